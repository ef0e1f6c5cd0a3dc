//! The search engine, in a Web Worker of its own: the app's wasm stays
//! within its budget (docs/budget.md), the worker is fetched only when a
//! reader searches, and ranking never blocks the page.
//!
//! Started by `js/search-worker.js`. Protocol: the app posts `[id, query,
//! shown, data_url]` (`data_url` is where the data directory is served, base
//! path included); the worker answers `[id, json]` with a [`SearchOutcome`]
//! as JSON, or `[id, null, message]` when the index could not be read. A
//! question that a newer one replaced before it started gets the newer
//! one's answer (the app keeps only answers to what the reader last typed,
//! and a promise is never left waiting). An empty query only
//! gets the index ready: the app asks one when the reader enters the search
//! box. The steps of an answer, and the cache that spares later keystrokes
//! their fetches, are `tinso_model::search_cache`'s; index files are read
//! by serde (serde_json), through the index's own definitions.
//!
//! [`SearchOutcome`]: tinso_model::search_index::SearchOutcome

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;

    use futures::future::join_all;
    use tinso_browser::{fetch_text, Failure};
    use tinso_model::search::Query;
    use tinso_model::search_cache::{IndexFile, SearchCache};
    use tinso_model::search_index::SearchOutcome;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// A question from the app, with those it replaced.
    struct Request {
        ids: Vec<JsValue>,
        /// The query, in NFC.
        text: String,
        shown: usize,
        data_url: String,
    }

    /// Questions are answered one at a time: an answer never waits for a
    /// file another is fetching, and while the reader types fast only the
    /// newest question waits.
    #[derive(Default)]
    struct State {
        cache: SearchCache,
        busy: bool,
        waiting: Option<Request>,
    }

    thread_local! {
        static STATE: RefCell<State> = RefCell::default();
    }

    pub fn start() {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let request = js_sys::Array::from(&event.data());
                let text = js_sys::JsString::from(request.get(1)).normalize("NFC");
                let mut request = Request {
                    ids: vec![request.get(0)],
                    text: text.into(),
                    shown: request.get(2).as_f64().unwrap_or(10.0) as usize,
                    data_url: request.get(3).as_string().unwrap_or_default(),
                };
                let idle = STATE.with(|state| {
                    let mut state = state.borrow_mut();
                    if let Some(replaced) = state.waiting.take() {
                        request.ids.extend(replaced.ids);
                    }
                    state.waiting = Some(request);
                    !std::mem::replace(&mut state.busy, true)
                });
                if idle {
                    wasm_bindgen_futures::spawn_local(serve());
                }
            },
        );
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
    }

    /// Answers the waiting questions, one after the other.
    async fn serve() {
        while let Some(request) = STATE.with(|state| state.borrow_mut().waiting.take()) {
            reply(&request.ids, answer(&request).await);
            // While the reader is still typing the next word: its pairs.
            if STATE.with(|state| state.borrow().waiting.is_none()) {
                let ahead = STATE.with(|state| state.borrow().cache.ahead(&request.text));
                let _ = load(&request.data_url, ahead).await;
            }
        }
        STATE.with(|state| state.borrow_mut().busy = false);
    }

    fn reply(ids: &[JsValue], result: Result<SearchOutcome, String>) {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let (json, problem) = match result {
            Ok(outcome) => (JsValue::from_str(&outcome.to_json()), JsValue::UNDEFINED),
            Err(message) => (JsValue::NULL, JsValue::from_str(&message)),
        };
        for id in ids {
            let _ = scope.post_message(&js_sys::Array::of3(id, &json, &problem));
        }
    }

    /// Fetches `files` under `data_url` side by side into the cache.
    async fn load(data_url: &str, files: Vec<IndexFile>) -> Result<(), String> {
        let texts = join_all(files.iter().map(|file| async move {
            let path = file.path();
            fetch_text(&format!("{data_url}{path}"))
                .await
                .map_err(|failure| match failure {
                    Failure::Network(reason) => format!("{path}: {reason}"),
                    Failure::Status(status) => format!("{path}: HTTP {status}"),
                })
        }))
        .await;
        STATE.with(|state| {
            let cache = &mut state.borrow_mut().cache;
            for (file, text) in files.into_iter().zip(texts) {
                cache
                    .add(file, &text?)
                    .map_err(|errors| errors.to_string())?;
            }
            Ok(())
        })
    }

    async fn answer(request: &Request) -> Result<SearchOutcome, String> {
        let query = Query::new(&request.text);
        loop {
            let missing = STATE.with(|state| state.borrow().cache.missing(&query));
            if missing.is_empty() {
                break;
            }
            load(&request.data_url, missing).await?;
        }
        let ranked = STATE.with(|state| state.borrow().cache.rank(&query));
        let shown = &ranked[..ranked.len().min(request.shown)];
        let docs = STATE.with(|state| state.borrow().cache.missing_docs(shown));
        load(&request.data_url, docs).await?;
        Ok(STATE.with(|state| state.borrow().cache.outcome(&query, &ranked, request.shown)))
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
