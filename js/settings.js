// Applies the reader's saved theme and text size before the first paint:
// inline in <head> (the build writes it in), so the wrong theme never flashes. Kept tiny,
// since it stands before the first paint; js/reader.js (deferred) does the rest.
(function () {
  'use strict';
  var root = document.documentElement;
  var settings = window.tinsoSettings = {
    theme: { key: 'tinso.theme', attribute: 'data-theme', values: ['light', 'dark'] },
    size: { key: 'tinso.text-size', attribute: 'data-text-size', values: ['small', 'large'] },
    // Storage may be disabled; a choice then lasts for the page.
    stored: function (key) {
      try { return localStorage.getItem(key); } catch (e) { return null; }
    },
    apply: function (setting, value) {
      if (setting.values.indexOf(value) >= 0) root.setAttribute(setting.attribute, value);
      else root.removeAttribute(setting.attribute);
    }
  };
  settings.apply(settings.theme, settings.stored(settings.theme.key));
  settings.apply(settings.size, settings.stored(settings.size.key));
  // The CSS shows the reader's buttons only where the scripts run.
  root.classList.add('reader-js');
  if (navigator.share) root.classList.add('can-share');
}());
