//! Browser glue shared by the app and the search worker: fetching a file's
//! text with gloo-net, in a page or a worker alike (gloo-net calls the
//! global `fetch`, which both have). What the text holds is read by serde,
//! through each type's `from_json` in `tinso_model`.

/// Why a request gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No answer (offline, connection refused, …): the browser's reason.
    Network(String),
    /// An HTTP error status.
    Status(u16),
}

/// The text at `url`.
pub async fn fetch_text(url: &str) -> Result<String, Failure> {
    let network = |error: gloo_net::Error| Failure::Network(error.to_string());
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    response.text().await.map_err(network)
}
