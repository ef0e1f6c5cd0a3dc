//! Loading the JSON data: typed errors with Vietnamese messages, one fetch
//! helper, a fetcher per file, and the loading state pages render from.
//!
//! Modules: [`read`] (each file's text read by serde and validated),
//! [`load`] (the loading state), [`preload`] (what the prerenderer renders a
//! page from), [`search`] (the search worker, in the browser).

mod load;
mod preload;
mod read;
#[cfg(target_arch = "wasm32")]
mod search;

pub use load::{load, Load};
pub use preload::{preload, take_preloaded, PageData};
pub use read::{
    is_nfc, read_article, read_chart, read_charts, read_datasets, read_index, read_site,
};
#[cfg(target_arch = "wasm32")]
pub use search::{prepare_search, search};

use tinso_browser::Failure;
use tinso_model::route::{
    article_charts_file, article_file, chart_file, DATASET_INDEX_FILE, LATEST_FILE,
};
use tinso_model::{
    is_slug, Article, ArticleCharts, ArticleIndex, ChartView, DataErrors, DatasetIndex,
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
