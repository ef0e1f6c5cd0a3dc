//! Loading the JSON data: one fetch helper, typed errors, Vietnamese messages.

use gloo_net::http::Request;
use tinso_model::{article_file, Article, ArticleIndex, DataErrors, INDEX_FILE};

/// Where the data files are served from.
pub const DATA_PATH: &str = "/data/";

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
    let url = format!("{DATA_PATH}{file}");
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

pub async fn fetch_index() -> Result<ArticleIndex, FetchError> {
    fetch_data(INDEX_FILE, ArticleIndex::from_json).await
}

pub async fn fetch_article(slug: String) -> Result<Article, FetchError> {
    // A slug that cannot name a file cannot name an article either.
    if slug.is_empty() || !slug.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(FetchError::NotFound);
    }
    fetch_data(&article_file(&slug), |json| Article::from_json(&slug, json)).await
}
