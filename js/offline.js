// The offline page's list of what is kept to read: every page of the site
// in the service worker's cache, by its title (read from the kept page,
// never run), the home page first.
(function () {
  'use strict';
  var list = document.getElementById('da-luu');
  if (!list || !window.caches) return;
  var site = document.title.split(' | ').pop();

  function isPage(url) {
    var path = new URL(url).pathname;
    return !/\.[a-z0-9]+$/i.test(path) && path.indexOf('/data/') < 0 && path.indexOf('/tim-kiem') < 0;
  }

  function titleOf(response) {
    return response.text().then(function (html) {
      var title = new DOMParser().parseFromString(html, 'text/html').title;
      return title.replace(' | ' + site, '');
    });
  }

  caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) { return key.indexOf('tinso-') === 0; }).map(function (key) {
      return caches.open(key).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.filter(function (r) { return isPage(r.url); }).map(function (request) {
            return cache.match(request).then(titleOf).then(function (title) {
              return { path: new URL(request.url).pathname, title: title };
            });
          }));
        });
      });
    }));
  }).then(function (groups) {
    var seen = {};
    var pages = [].concat.apply([], groups).filter(function (page) {
      var fresh = !seen[page.path];
      seen[page.path] = true;
      return fresh && page.title;
    });
    // The home page stands first, already in the list.
    var home = list.querySelector('a').getAttribute('href');
    pages.forEach(function (page) {
      if (page.path === home) return;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = page.path;
      link.textContent = page.title;
      item.appendChild(link);
      list.appendChild(item);
    });
  }).catch(function () { /* the list stays as printed */ });
}());
