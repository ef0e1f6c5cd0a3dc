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
      function () { say(status, 'Không sao chép được. Địa chỉ bài: ' + url); }
    );
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-reader]');
    if (!button) return;
    var kind = button.getAttribute('data-reader');
    if (kind === 'theme') {
      choose(settings.theme, isDark() ? 'light' : 'dark');
    } else if (kind === 'size') {
      choose(settings.size, button.value);
    } else if (kind === 'share') {
      share(button);
    }
    sync();
  });

  if (systemDark && systemDark.addEventListener) systemDark.addEventListener('change', sync);
  // Deferred: the page is parsed.
  sync();
  // The app replaces the prerendered page (header included) when it starts.
  var app = document.getElementById('app');
  if (app && window.MutationObserver) new MutationObserver(sync).observe(app, { childList: true });
}());
