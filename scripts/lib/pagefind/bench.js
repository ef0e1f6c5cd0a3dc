// Pagefind's API on a page of its own, for scripts/lib/pagefind-latency.mjs.
window.pagefind = await import('/pagefind/pagefind.js');
window.pagefindReady = true;
