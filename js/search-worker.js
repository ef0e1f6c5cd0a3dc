// Starts the search worker (crates/search-worker): wasm-bindgen's glue for
// workers, then its wasm, both beside this file (under the base path too).
// Questions that arrive while the wasm starts wait, then go to its handler.
importScripts('./tinso-search.js');
const early = [];
self.onmessage = (event) => early.push(event);
wasm_bindgen({ module_or_path: './tinso-search_bg.wasm' }).then(() => {
  for (const event of early) self.onmessage(event);
});
