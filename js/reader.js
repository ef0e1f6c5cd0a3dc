// The reader's buttons: theme, text size (js/settings.js applied the saved
// choice before the first paint), sharing and copying the page's address.
//
// Plain JavaScript rather than wasm: the prerendered page must work whether
// or not the app has started (or loads at all). Buttons are found by
// delegation (`data-reader`), so the app may render and re-render them freely.
(function () {
  'use strict';
  var root = document.documentElement;
  var settings = window.tinsoSettings;
  if (!settings) return;

  // Applies and remembers a choice; `null` (or an unknown value) is the default.
  function choose(setting, value) {
    settings.apply(setting, value);
    try {
      if (root.hasAttribute(setting.attribute)) localStorage.setItem(setting.key, value);
      else localStorage.removeItem(setting.key);
    } catch (e) { /* storage disabled: kept for this page only */ }
  }

  var systemDark = window.matchMedia && matchMedia('(prefers-color-scheme: dark)');
  function isDark() {
    var chosen = root.getAttribute(settings.theme.attribute);
    return chosen ? chosen === 'dark' : !!(systemDark && systemDark.matches);
  }

  // The buttons' pressed state follows the settings.
  function sync() {
    var dark = String(isDark());
    var size = root.getAttribute(settings.size.attribute) || 'normal';
    var buttons = document.querySelectorAll('[data-reader]');
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      var kind = button.getAttribute('data-reader');
      var pressed = kind === 'theme' ? dark : kind === 'size' ? String(button.value === size) : null;
      if (pressed && button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
    }
  }

  function say(status, message) {
    if (!status) return;
    // Emptied first so that a second identical message is announced again.
    status.textContent = '';
    setTimeout(function () { status.textContent = message; }, 50);
    clearTimeout(status.tinsoTimer);
    status.tinsoTimer = setTimeout(function () { status.textContent = ''; }, 8000);
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return new Promise(function (done, failed) {
      var field = document.createElement('textarea');
      field.value = text;
      field.setAttribute('readonly', '');
      field.className = 'visually-hidden';
      document.body.appendChild(field);
      field.select();
      var copied = false;
      try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
      field.remove();
      if (copied) done(); else failed();
    });
  }

  function share(button) {
    var url = button.getAttribute('data-url') || location.href;
    var status = button.parentNode.querySelector('[role="status"]');
    if (navigator.share) {
      // Closing the share sheet rejects the promise; that is no error.
      navigator.share({ title: document.title, url: url }).catch(function () {});
      return;
    }
    copy(url).then(
      function () { say(status, 'Đã sao chép liên kết'); },
      function () { say(status, 'Không sao chép được. Địa chỉ: ' + url); }
    );
  }

  // "Sao chép mã": the text of the field the button names.
  function copyField(button) {
    var field = document.getElementById(button.getAttribute('data-target'));
    var status = button.parentNode.querySelector('[role="status"]');
    if (!field) return;
    copy(field.textContent).then(
      function () { say(status, 'Đã sao chép mã'); },
      function () {
        window.getSelection().selectAllChildren(field);
        say(status, 'Không sao chép được: mã đã được chọn, hãy sao chép bằng tay.');
      }
    );
  }

  // The header's panels (search, the reader's settings) on a narrow screen:
  // a button opens its panel (and closes the other), Esc closes it.
  function openPanel(button, open) {
    var panel = document.getElementById(button.getAttribute('data-panel'));
    if (!panel) return;
    button.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('is-open', open);
    if (open) {
      var others = document.querySelectorAll('[data-panel][aria-expanded="true"]');
      for (var i = 0; i < others.length; i++) if (others[i] !== button) openPanel(others[i], false);
      var first = panel.querySelector('input, button');
      if (first) first.focus();
    }
  }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var open = document.querySelector('[data-panel][aria-expanded="true"]');
    if (!open) return;
    var panel = document.getElementById(open.getAttribute('data-panel'));
    var within = panel && panel.contains(document.activeElement);
    openPanel(open, false);
    if (within) open.focus();
  });

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('[data-panel]');
    if (toggle) {
      openPanel(toggle, toggle.getAttribute('aria-expanded') !== 'true');
      return;
    }
    var button = event.target.closest && event.target.closest('[data-reader]');
    if (!button) return;
    var kind = button.getAttribute('data-reader');
    if (kind === 'theme') {
      choose(settings.theme, isDark() ? 'light' : 'dark');
    } else if (kind === 'size') {
      choose(settings.size, button.value);
    } else if (kind === 'share') {
      share(button);
    } else if (kind === 'copy') {
      copyField(button);
    }
    sync();
  });

  if (systemDark && systemDark.addEventListener) systemDark.addEventListener('change', sync);
  // Deferred: the page is parsed.
  sync();
  // The app draws pages in <main> (a share button among them).
  var main = document.getElementById('noi-dung');
  if (main && window.MutationObserver) new MutationObserver(sync).observe(main, { childList: true });
}());
