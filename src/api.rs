//! Loading the JSON data: one fetch helper, typed errors, Vietnamese
//! messages, and the loading state pages render from.

use std::cell::Cell;
#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use tinso_browser::Failure;
use tinso_model::archive::{ArchivePage, Shelf, LATEST_FILE};
use tinso_model::chart_view::{article_charts_file, chart_file, DATASET_INDEX_FILE};
#[cfg(target_arch = "wasm32")]
use tinso_model::search_index::SearchOutcome;
use tinso_model::{
    article_file, is_slug, Article, ArticleCharts, ArticleIndex, ChartView, DataErrors,
    DatasetIndex, Site, SITE_FILE,
};

/// Why data could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The request never got an answer (offline, connection refused, …).
    Network(String),
    /// The server has no such file: the page does not exist.
    NotFound,
    /// Any other HTTP error status.
    Http(u16),
    /// The answer was not valid data: malformed JSON or failed validation.
    Invalid(DataErrors),
}

impl FetchError {
    /// What went wrong, for readers, in Vietnamese.
    pub fn message_vi(&self) -> String {
        match self {
            FetchError::Network(_) => {
                "Không kết nối được tới máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.".into()
            }
            FetchError::NotFound => "Không tìm thấy dữ liệu trên máy chủ.".into(),
            FetchError::Http(status) => {
                format!("Máy chủ đang gặp sự cố (mã lỗi {status}). Xin thử lại sau ít phút.")
            }
            FetchError::Invalid(_) => "Dữ liệu nhận được bị lỗi nên không thể hiển thị.".into(),
        }
    }

    /// Technical detail for the curious and for bug reports.
    pub fn detail(&self) -> String {
        match self {
            FetchError::Network(reason) => reason.clone(),
            FetchError::NotFound => "HTTP 404".into(),
            FetchError::Http(status) => format!("HTTP {status}"),
            FetchError::Invalid(errors) => errors.to_string(),
        }
    }
}

/// Fetches `file` (relative to the data directory) and hands its text to
/// `parse`, which validates it.
async fn fetch_data<T>(
    file: &str,
    parse: impl FnOnce(&str) -> Result<T, DataErrors>,
) -> Result<T, FetchError> {
    let text = fetch_text(file).await?;
    parse(&text).map_err(FetchError::Invalid)
}

/// The text of `file`; one (non-generic) copy of the request code.
async fn fetch_text(file: &str) -> Result<String, FetchError> {
    let url = crate::href(&format!("/data/{file}"));
    tinso_browser::fetch_text(&url)
        .await
        .map_err(|failure| match failure {
            Failure::Network(reason) => FetchError::Network(reason),
            Failure::Status(404 | 410) => FetchError::NotFound,
            Failure::Status(status) => FetchError::Http(status),
        })
}

/// The NFC test validation uses in the browser: the browser's own Unicode
/// normalizer, so the wasm carries no normalization tables.
#[cfg(target_arch = "wasm32")]
pub fn is_nfc(text: &str) -> bool {
    let text = js_sys::JsString::from(text);
    text.normalize("NFC") == text
}

/// Natively (prerendering, tests) the model's own tables.
#[cfg(not(target_arch = "wasm32"))]
pub fn is_nfc(text: &str) -> bool {
    tinso_model::text::is_nfc(text)
}

thread_local! {
    static PRELOADED: std::cell::RefCell<Preloaded> = Default::default();
}

/// Hands the prerenderer's data to the page it renders next.
pub fn preload(preloaded: Preloaded) {
    PRELOADED.with(|cell| cell.replace(preloaded));
}

/// The data given to [`preload`], once. In the browser nothing is preloaded:
/// the app adopts the prerendered page without drawing it, and each page it
/// draws afterwards fetches its own data.
pub fn take_preloaded() -> Preloaded {
    PRELOADED.with(|cell| cell.take())
}

/// The data the prerenderer renders a page from, so the page renders whole
/// at once instead of in its loading state.
#[derive(Debug, Clone, Default)]
pub struct Preloaded {
    pub index: Option<ArticleIndex>,
    pub article: Option<Article>,
    /// The charts of `article`.
    pub charts: Option<ArticleCharts>,
    /// A dataset's page: its chart.
    pub chart: Option<ChartView>,
    /// The "Số liệu" page: every dataset.
    pub datasets: Option<DatasetIndex>,
    /// The page is `404.html`: whatever the path, it names nothing.
    pub not_found: bool,
    /// An archive page (prerendering only: the app leaves them static).
    pub archive: Option<Archive>,
}

/// What an archive page shows.
#[derive(Debug, Clone)]
pub enum Archive {
    /// `/luu-tru`: every shelf, with its number of articles.
    Index(Vec<(Shelf, usize)>),
    Page(ArchivePage),
}

/// The home page's list: the newest articles (a file of fixed size).
pub async fn fetch_index() -> Result<ArticleIndex, FetchError> {
    fetch_data(LATEST_FILE, read_index).await
}

/// An article and its charts, fetched side by side.
pub async fn fetch_article(slug: String) -> Result<(Article, ArticleCharts), FetchError> {
    // A slug that cannot name a file cannot name an article either.
    if !is_slug(&slug) {
        return Err(FetchError::NotFound);
    }
    let article_path = article_file(&slug);
    let article = fetch_data(&article_path, |json| read_article(&slug, json));
    let (article, charts) = futures::future::join(article, fetch_charts(slug.clone())).await;
    Ok((article?, charts?))
}

/// An article's charts: what its page draws under the text.
pub async fn fetch_charts(slug: String) -> Result<ArticleCharts, FetchError> {
    fetch_data(&article_charts_file(&slug), |json| read_charts(&slug, json)).await
}

pub async fn fetch_chart(id: String) -> Result<ChartView, FetchError> {
    if !is_slug(&id) {
        return Err(FetchError::NotFound);
    }
    fetch_data(&chart_file(&id), |json| read_chart(&id, json)).await
}

pub async fn fetch_datasets() -> Result<DatasetIndex, FetchError> {
    fetch_data(DATASET_INDEX_FILE, read_datasets).await
}

// Readers of each file's text: serde reads the shape, then the type's
// validation; the same in the browser as natively.

/// In the browser: the browser's `JSON.parse`, then serde over its value.
#[cfg(target_arch = "wasm32")]
fn read<T: serde::de::DeserializeOwned>(file: &str, json: &str) -> Result<T, DataErrors> {
    let whole = |message: String| DataErrors::single(file, "(document)", message);
    let value = js_sys::JSON::parse(json).map_err(|_| whole("is not valid JSON".into()))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| whole(e.to_string()))
}

#[cfg(not(target_arch = "wasm32"))]
use tinso_model::error::parse_json as read;

pub fn read_site(json: &str) -> Result<Site, DataErrors> {
    read::<Site>(SITE_FILE, json)?.validated(is_nfc)
}

pub fn read_index(json: &str) -> Result<ArticleIndex, DataErrors> {
    read::<ArticleIndex>(LATEST_FILE, json)?.validated(is_nfc)
}

pub fn read_article(slug: &str, json: &str) -> Result<Article, DataErrors> {
    read::<Article>(&article_file(slug), json)?.validated(slug, is_nfc)
}

pub fn read_charts(slug: &str, json: &str) -> Result<ArticleCharts, DataErrors> {
    read::<ArticleCharts>(&article_charts_file(slug), json)?.validated(slug)
}

pub fn read_chart(id: &str, json: &str) -> Result<ChartView, DataErrors> {
    read::<ChartView>(&chart_file(id), json)?.validated(id)
}

pub fn read_datasets(json: &str) -> Result<DatasetIndex, DataErrors> {
    read::<DatasetIndex>(DATASET_INDEX_FILE, json)?.validated()
}

/// Where a data request stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(FetchError),
}

/// Fetches with `fetch(key())`, again whenever `key` changes (a new slug)
/// and whenever the returned callback is run (the "Thử lại" button).
/// Starts from `initial`; unless that is `Loading`, the first fetch is
/// skipped (the page came with its data).
///
/// A signal and a spawned task instead of `LocalResource` + `<Suspense>`:
/// the same behaviour for less wasm (docs/budget.md). A late answer to an
/// older request is ignored.
pub fn load<K, T, Fut>(
    key: impl Fn() -> K + 'static,
    fetch: impl Fn(K) -> Fut + 'static,
    initial: Load<T>,
) -> (ReadSignal<Load<T>>, Callback<()>)
where
    K: 'static,
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, FetchError>> + 'static,
{
    let mut preloaded = !matches!(initial, Load::Loading);
    let (state, set_state) = signal(initial);
    let (attempt, set_attempt) = signal(0_u32);
    let latest = Rc::new(Cell::new(0_u32));
    let fetch = Rc::new(fetch);
    Effect::new(move |_| {
        attempt.track();
        let key = key();
        if std::mem::take(&mut preloaded) {
            return;
        }
        let request = fetch(key);
        let generation = latest.get().wrapping_add(1);
        latest.set(generation);
        set_state.set(Load::Loading);
        let latest = Rc::clone(&latest);
        spawn_local(async move {
            let result = request.await;
            if latest.get() == generation {
                set_state.set(match result {
                    Ok(value) => Load::Ready(value),
                    Err(error) => Load::Failed(error),
                });
            }
        });
    });
    (
        state,
        Callback::new(move |()| set_attempt.update(|n| *n += 1)),
    )
}

/// The search worker (`crates/search-worker`), started by the first search,
/// and the answers it still owes, by request number.
#[cfg(target_arch = "wasm32")]
struct SearchWorker {
    worker: web_sys::Worker,
    /// (request number, its promise's resolve): a few at most.
    pending: Rc<RefCell<Vec<(u32, js_sys::Function)>>>,
    next: u32,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static SEARCH_WORKER: RefCell<Option<SearchWorker>> = const { RefCell::new(None) };
}

/// The worker's script (`js/search-worker.js`; worker files keep their names).
#[cfg(target_arch = "wasm32")]
const SEARCH_WORKER_SCRIPT: &str = "/search-worker.js";

#[cfg(target_arch = "wasm32")]
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
#[cfg(target_arch = "wasm32")]
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
#[cfg(target_arch = "wasm32")]
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
#[cfg(target_arch = "wasm32")]
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
#[cfg(target_arch = "wasm32")]
const SEARCH_ANSWER: &str = "(search worker)";
