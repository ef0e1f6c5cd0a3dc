//! Loading the JSON data: one fetch helper, typed errors, Vietnamese
//! messages, and the loading state pages render from.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use tinso_model::{article_file, is_slug, Article, ArticleIndex, DataErrors, INDEX_FILE};

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
    let url = crate::href(&format!("/data/{file}"));
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|error| FetchError::Network(error.to_string()))?;
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(FetchError::NotFound),
        status => return Err(FetchError::Http(status)),
    }
    let text = response
        .text()
        .await
        .map_err(|error| FetchError::Network(error.to_string()))?;
    parse(&text).map_err(FetchError::Invalid)
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

/// Data a page's HTML carries with it. A prerendered page embeds the data it
/// was rendered from, so the app starts with the same content: no request,
/// no placeholder, nothing moves when the wasm takes over.
#[derive(Debug, Clone, Default)]
pub struct Preloaded {
    pub index: Option<ArticleIndex>,
    pub article: Option<Article>,
    /// The page is `404.html`: whatever the path, it names nothing.
    pub not_found: bool,
}

pub async fn fetch_index() -> Result<ArticleIndex, FetchError> {
    fetch_data(INDEX_FILE, |json| {
        ArticleIndex::from_json_with(json, is_nfc)
    })
    .await
}

pub async fn fetch_article(slug: String) -> Result<Article, FetchError> {
    // A slug that cannot name a file cannot name an article either.
    if !is_slug(&slug) {
        return Err(FetchError::NotFound);
    }
    fetch_data(&article_file(&slug), |json| {
        Article::from_json_with(&slug, json, is_nfc)
    })
    .await
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
