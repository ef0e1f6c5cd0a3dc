//! The search worker (`crates/search-worker`), seen from the app: started
//! by the first search, asked by message, answering with a
//! [`SearchOutcome`].

use std::cell::RefCell;
use std::rc::Rc;

use tinso_model::search_index::SearchOutcome;

use super::read::read;
use super::FetchError;

/// The search worker (`crates/search-worker`), started by the first search,
/// and the answers it still owes, by request number.
struct SearchWorker {
    worker: web_sys::Worker,
    /// (request number, its promise's resolve): a few at most.
    pending: Rc<RefCell<Vec<(u32, js_sys::Function)>>>,
    next: u32,
}

thread_local! {
    static SEARCH_WORKER: RefCell<Option<SearchWorker>> = const { RefCell::new(None) };
}

/// The worker's script (`js/search-worker.js`; worker files keep their names).
const SEARCH_WORKER_SCRIPT: &str = "/search-worker.js";

impl SearchWorker {
    fn start() -> Option<SearchWorker> {
        use wasm_bindgen::prelude::*;
        let worker = web_sys::Worker::new(&crate::href(SEARCH_WORKER_SCRIPT)).ok()?;
        let pending: Rc<RefCell<Vec<(u32, js_sys::Function)>>> = Rc::default();
        let answers = Rc::clone(&pending);
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let reply = event.data();
                let id = js_sys::Array::from(&reply).get(0).as_f64().unwrap_or(0.0) as u32;
                let mut answers = answers.borrow_mut();
                if let Some(at) = answers.iter().position(|(waiting, _)| *waiting == id) {
                    let _ = answers.swap_remove(at).1.call1(&JsValue::NULL, &reply);
                }
            },
        );
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        // A worker that cannot start answers nothing: fail what is waiting.
        let failed = Rc::clone(&pending);
        let on_error = Closure::<dyn FnMut()>::new(move || {
            for (id, resolve) in std::mem::take(&mut *failed.borrow_mut()) {
                let reply =
                    js_sys::Array::of3(&id.into(), &JsValue::NULL, &"search worker failed".into());
                let _ = resolve.call1(&JsValue::NULL, &reply);
            }
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Some(SearchWorker {
            worker,
            pending,
            next: 0,
        })
    }
}

/// Posts `text` to the search worker (started if need be) as question `id`.
fn ask_worker(worker: &SearchWorker, id: u32, text: &str, shown: usize) -> Option<()> {
    use wasm_bindgen::JsValue;
    let message = js_sys::Array::of4(
        &id.into(),
        &JsValue::from_str(text),
        &(shown as u32).into(),
        &JsValue::from_str(&crate::href("/data/")),
    );
    worker.worker.post_message(&message).ok()
}

/// Starts the search worker and has it read the index's table of chunks,
/// so that the reader's first keystroke does not wait for either (called
/// when the reader enters the search box). Its answer, to question 0, is
/// for no one.
pub fn prepare_search() {
    SEARCH_WORKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = SearchWorker::start();
            if let Some(worker) = cell.as_ref() {
                ask_worker(worker, 0, "", 0);
            }
        }
    });
}

/// Asks the search worker for the first `shown` results of `text`.
pub async fn search(text: String, shown: usize) -> Result<SearchOutcome, FetchError> {
    prepare_search();
    let promise = SEARCH_WORKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        let worker = cell.as_mut()?;
        worker.next += 1;
        let id = worker.next;
        let pending = Rc::clone(&worker.pending);
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            pending.borrow_mut().push((id, resolve));
        });
        ask_worker(worker, id, &text, shown)?;
        Some(promise)
    });
    let failed = || FetchError::Network("search worker unavailable".into());
    let reply = wasm_bindgen_futures::JsFuture::from(promise.ok_or_else(failed)?)
        .await
        .map_err(|_| failed())?;
    let reply = js_sys::Array::from(&reply);
    match reply.get(1).as_string() {
        Some(json) => read::<SearchOutcome>(SEARCH_ANSWER, &json).map_err(FetchError::Invalid),
        None => Err(FetchError::Network(
            reply.get(2).as_string().unwrap_or_default(),
        )),
    }
}

/// How errors name the worker's answer.
const SEARCH_ANSWER: &str = "(search worker)";
