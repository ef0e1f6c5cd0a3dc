//! Loading the JSON data: one fetch helper, typed errors, Vietnamese
//! messages, and the loading state pages render from.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use tinso_model::chart_view::{article_charts_file, chart_file, DATASET_INDEX_FILE};
use tinso_model::decode::{self, Json};
use tinso_model::{
    article_file, is_slug, Article, ArticleCharts, ArticleIndex, ChartView, DataErrors,
    DatasetIndex, Site, INDEX_FILE, SITE_FILE,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(network_error)?
        .unchecked_into();
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(FetchError::NotFound),
        status => return Err(FetchError::Http(status)),
    }
    let text = JsFuture::from(response.text().map_err(network_error)?)
        .await
        .map_err(network_error)?
        .as_string()
        .unwrap_or_default();
    Ok(text)
}

/// The browser's reason for a failed request ("Failed to fetch", …).
fn network_error(error: JsValue) -> FetchError {
    FetchError::Network(js_message(&error))
}

/// The message of a JavaScript error.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "unknown error".into())
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

/// Hands the page's embedded data to the first page the app renders.
pub fn preload(preloaded: Preloaded) {
    PRELOADED.with(|cell| cell.replace(preloaded));
}

/// The embedded data, once: a page opened later in the session (after a
/// click from `404.html`, say) fetches its own.
pub fn take_preloaded() -> Preloaded {
    PRELOADED.with(|cell| cell.take())
}

/// Data a page's HTML carries with it. A prerendered page embeds the data it
/// was rendered from, so the app starts with the same content: no request,
/// no placeholder, nothing moves when the wasm takes over.
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
}

pub async fn fetch_index() -> Result<ArticleIndex, FetchError> {
    fetch_data(INDEX_FILE, read_index).await
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

// Readers of each file's text: parse, read the shape, validate. Used for
// fetched files and for the data a prerendered page embeds alike.

pub fn read_site(json: &str) -> Result<Site, DataErrors> {
    decode::site(SITE_FILE, parse(SITE_FILE, json)?)?.validated(is_nfc)
}

pub fn read_index(json: &str) -> Result<ArticleIndex, DataErrors> {
    decode::article_index(INDEX_FILE, parse(INDEX_FILE, json)?)?.validated(is_nfc)
}

pub fn read_article(slug: &str, json: &str) -> Result<Article, DataErrors> {
    let file = article_file(slug);
    decode::article(&file, parse(&file, json)?)?.validated(slug, is_nfc)
}

pub fn read_charts(slug: &str, json: &str) -> Result<ArticleCharts, DataErrors> {
    let file = article_charts_file(slug);
    decode::article_charts(&file, parse(&file, json)?)?.validated(slug)
}

pub fn read_chart(id: &str, json: &str) -> Result<ChartView, DataErrors> {
    let file = chart_file(id);
    decode::chart(&file, parse(&file, json)?)?.validated(id)
}

pub fn read_datasets(json: &str) -> Result<DatasetIndex, DataErrors> {
    let file = DATASET_INDEX_FILE;
    decode::dataset_index(file, parse(file, json)?)?.validated()
}

/// A parsed JSON document: in the browser, what its own `JSON.parse`
/// returned, so the wasm carries no JSON parser (see `tinso_model::decode`).
#[cfg(target_arch = "wasm32")]
pub struct Parsed(JsValue);

#[cfg(target_arch = "wasm32")]
fn parse(file: &str, json: &str) -> Result<Parsed, DataErrors> {
    js_sys::JSON::parse(json).map(Parsed).map_err(|error| {
        DataErrors::unreadable(file, format!("is not valid JSON: {}", js_message(&error)))
    })
}

#[cfg(target_arch = "wasm32")]
impl Json for Parsed {
    fn member(&self, key: &str) -> Option<Self> {
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            return None;
        }
        js_sys::Reflect::get(&self.0, &JsValue::from_str(key))
            .ok()
            .filter(|value| !value.is_undefined() && !value.is_null())
            .map(Parsed)
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn integer(&self) -> Option<i64> {
        // Whole numbers JSON can carry exactly (|n| < 2^53).
        self.0
            .as_f64()
            .filter(|n| n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0)
            .map(|n| n as i64)
    }

    fn items(&self) -> Option<Vec<Self>> {
        let array = self.0.dyn_ref::<js_sys::Array>()?;
        Some(array.iter().map(Parsed).collect())
    }
}

/// Natively (prerendering, tests), serde_json's values.
#[cfg(not(target_arch = "wasm32"))]
pub struct Parsed(serde_json::Value);

#[cfg(not(target_arch = "wasm32"))]
fn parse(file: &str, json: &str) -> Result<Parsed, DataErrors> {
    serde_json::from_str(json)
        .map(Parsed)
        .map_err(|error| DataErrors::unreadable(file, format!("is not valid JSON: {error}")))
}

#[cfg(not(target_arch = "wasm32"))]
impl Json for Parsed {
    fn member(&self, key: &str) -> Option<Self> {
        (&self.0).member(key).cloned().map(Parsed)
    }

    fn string(&self) -> Option<String> {
        (&self.0).string()
    }

    fn integer(&self) -> Option<i64> {
        (&self.0).integer()
    }

    fn items(&self) -> Option<Vec<Self>> {
        (&self.0)
            .items()
            .map(|items| items.into_iter().cloned().map(Parsed).collect())
    }
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
/// the same behaviour for 8.5 KB less wasm (brotli, measured in this app),
/// which matters under the 120 KB budget. A late answer to an older request is ignored.
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
