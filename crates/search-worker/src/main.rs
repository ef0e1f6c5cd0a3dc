//! The search engine, in a Web Worker of its own: the app's wasm stays
//! within its budget (measured: the engine in the app took it from 107.2 to
//! 139.8 KB brotli, over the 120 KB limit), the worker is fetched only when
//! a reader searches, and ranking never blocks the page.
//!
//! Started by `js/search-worker.js`. Protocol: the app posts `[id, query, shown, data_url]` (`data_url` is
//! where the data directory is served, base path included); the worker
//! answers `[id, json]` with a [`SearchOutcome`] as JSON, or `[id, null,
//! message]` when the index could not be read. Index files are cached for
//! the worker's life, so later keystrokes fetch only what they lack.

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    use futures::future::join_all;
    use tinso_browser::{fetch_text, parse, Failure};
    use tinso_model::decode;
    use tinso_model::search::Query;
    use tinso_model::search_index::{
        pair_chunk_file, rank, search_doc_file, word_chunk_file, PairChunk, SearchDoc, SearchMeta,
        SearchOutcome, SearchResult, WordChunk, SEARCH_META_FILE,
    };
    use tinso_model::DataErrors;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The index files read so far.
    #[derive(Default)]
    struct Cache {
        meta: Option<SearchMeta>,
        words: BTreeMap<usize, WordChunk>,
        pairs: BTreeMap<usize, PairChunk>,
        docs: BTreeMap<u32, SearchDoc>,
    }

    thread_local! {
        static CACHE: RefCell<Cache> = RefCell::default();
    }

    pub fn start() {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply_scope = scope.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let request = js_sys::Array::from(&event.data());
                let id = request.get(0);
                let text = request.get(1).as_string().unwrap_or_default();
                let shown = request.get(2).as_f64().unwrap_or(10.0) as usize;
                let data_url = request.get(3).as_string().unwrap_or_default();
                let scope = reply_scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let reply = match search(&text, shown, &data_url).await {
                        Ok(outcome) => {
                            js_sys::Array::of2(&id, &JsValue::from_str(&outcome.to_json()))
                        }
                        Err(message) => {
                            js_sys::Array::of3(&id, &JsValue::NULL, &JsValue::from_str(&message))
                        }
                    };
                    let _ = scope.post_message(&reply);
                });
            },
        );
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
    }

    /// The texts of `files` under `data_url`, fetched side by side.
    async fn fetch_all(data_url: &str, files: &[String]) -> Result<Vec<String>, String> {
        join_all(files.iter().map(|file| async move {
            fetch_text(&format!("{data_url}{file}"))
                .await
                .map_err(|failure| match failure {
                    Failure::Network(reason) => format!("{file}: {reason}"),
                    Failure::Status(status) => format!("{file}: HTTP {status}"),
                })
        }))
        .await
        .into_iter()
        .collect()
    }

    fn problem(errors: DataErrors) -> String {
        errors.to_string()
    }

    async fn search(text: &str, shown: usize, data_url: &str) -> Result<SearchOutcome, String> {
        let text = String::from(js_sys::JsString::from(text).normalize("NFC"));
        let query = Query::new(&text);
        if query.is_empty() {
            return Ok(SearchOutcome::default());
        }
        if CACHE.with(|cache| cache.borrow().meta.is_none()) {
            let json = fetch_all(data_url, &[SEARCH_META_FILE.to_owned()])
                .await?
                .remove(0);
            let meta = parse(SEARCH_META_FILE, &json)
                .and_then(|json| decode::search_meta(SEARCH_META_FILE, json))
                .map_err(problem)?;
            CACHE.with(|cache| cache.borrow_mut().meta = Some(meta));
        }
        // The chunks the query needs and the cache lacks: words, then pairs.
        let (word_count, missing) = CACHE.with(|cache| {
            let cache = cache.borrow();
            let needed = cache
                .meta
                .as_ref()
                .map(|m| m.needed(&query))
                .unwrap_or_default();
            let words: Vec<(usize, String)> = needed
                .words
                .into_iter()
                .filter(|n| !cache.words.contains_key(n))
                .map(|n| (n, word_chunk_file(n)))
                .collect();
            let pairs = needed
                .pairs
                .into_iter()
                .filter(|n| !cache.pairs.contains_key(n))
                .map(|n| (n, pair_chunk_file(n)));
            (
                words.len(),
                words.into_iter().chain(pairs).collect::<Vec<_>>(),
            )
        });
        let names: Vec<String> = missing.iter().map(|(_, file)| file.clone()).collect();
        let texts = fetch_all(data_url, &names).await?;
        let ranked = CACHE
            .with(|cache| -> Result<Vec<u32>, DataErrors> {
                let mut cache = cache.borrow_mut();
                for (i, ((n, file), json)) in missing.iter().zip(&texts).enumerate() {
                    let json = parse(file, json)?;
                    if i < word_count {
                        cache.words.insert(*n, decode::word_chunk(file, json)?);
                    } else {
                        cache.pairs.insert(*n, decode::pair_chunk(file, json)?);
                    }
                }
                let cache = &*cache;
                let meta = cache.meta.as_ref().expect("read above");
                Ok(rank(&query, meta, &cache.words, &cache.pairs))
            })
            .map_err(problem)?;
        let total = ranked.len();
        let shown: Vec<u32> = ranked.into_iter().take(shown).collect();
        let wanted: Vec<u32> = CACHE.with(|cache| {
            let cache = cache.borrow();
            shown
                .iter()
                .copied()
                .filter(|id| !cache.docs.contains_key(id))
                .collect()
        });
        let files: Vec<String> = wanted.iter().map(|&id| search_doc_file(id)).collect();
        let texts = fetch_all(data_url, &files).await?;
        CACHE
            .with(|cache| -> Result<SearchOutcome, DataErrors> {
                let mut cache = cache.borrow_mut();
                for ((id, file), json) in wanted.iter().zip(&files).zip(&texts) {
                    cache
                        .docs
                        .insert(*id, decode::search_doc(file, parse(file, json)?)?);
                }
                let results = shown
                    .iter()
                    .filter_map(|id| cache.docs.get(id))
                    .map(|doc| SearchResult::of(&query, doc))
                    .collect();
                Ok(SearchOutcome { total, results })
            })
            .map_err(problem)
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
