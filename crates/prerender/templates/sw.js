// Tin & Số service worker, written by the build from
// crates/prerender/templates/sw.js (the values in capitals filled in).
//
// The app shell (hashed assets, the home, not-found and offline pages) is
// cached at install. Pages and data come from the network first and are
// kept, so that what a reader read once reads again without a network: the
// pages open when the worker starts (a first visit), and every page the app
// opens (it asks the worker to keep them). A page never read shows the
// offline page, which lists what is kept.
const CACHE = 'tinso-@VERSION@';
const SHELL = @SHELL@;
const HOME = '@HOME@';
const OFFLINE = '@OFFLINE@';
const SEARCH_DATA = '@SEARCH_DATA@';
const SEARCH_PAGE = '@SEARCH_PAGE@';

// A page worth keeping to read again: of this site, not a search.
function keepable(url) {
  const { origin, pathname } = new URL(url, self.location.href);
  return origin === self.location.origin && !pathname.startsWith(SEARCH_PAGE) && !pathname.startsWith(SEARCH_DATA);
}

function keep(cache, url) {
  return keepable(url) ? cache.add(url).catch(() => {}) : Promise.resolve();
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // A new deploy: what readers kept from older builds (their pages and
    // data, not their assets) moves here, then the older caches go.
    for (const key of await caches.keys()) {
      if (!key.startsWith('tinso-') || key === CACHE) continue;
      const old = await caches.open(key);
      for (const request of await old.keys()) {
        const kept = await old.match(request);
        const type = (kept && kept.headers.get('content-type')) || '';
        const page = type.startsWith('text/html') || type.startsWith('application/json');
        if (page && keepable(request.url) && !(await cache.match(request))) await cache.put(request, kept);
      }
      await caches.delete(key);
    }
    // The pages open now were fetched before the worker was there.
    const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    await Promise.all(open.map((client) => keep(cache, client.url)));
    await self.clients.claim();
  })());
});

// The app opened a page: keep it (`postMessage({ keep: url })`).
self.addEventListener('message', (event) => {
  const url = event.data && event.data.keep;
  if (typeof url === 'string') event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, url)));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The search index: the browser's own cache. A copy here of each chunk
  // and document slowed every keystroke that fetched one.
  if (url.pathname.startsWith(SEARCH_DATA)) return;
  if (SHELL.includes(url.pathname) && url.pathname !== HOME && !url.pathname.endsWith('.json')) {
    // Hashed assets never change: the cache answers.
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
    return;
  }
  // Pages and data: the network first, the cache when offline; a page
  // never kept: the offline page.
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && keepable(request.url)) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(async () => (await caches.match(request))
        || (request.mode === 'navigate' && (await caches.match(OFFLINE)))
        || Response.error())
  );
});
