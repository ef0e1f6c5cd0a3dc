//! Browser glue shared by the app and the search worker: fetching a file's
//! text (in a page or a worker alike), and, for the app, reading JSON
//! through the browser's own `JSON.parse`, so the app's wasm carries no JSON
//! parser (see `tinso_model::decode`; the worker, which reads many small
//! index files, parses them in Rust with `tinso_model::json`). Natively, for
//! prerendering and tests, serde_json reads the same documents.

use tinso_model::decode::Json;
use tinso_model::DataErrors;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a request gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No answer (offline, connection refused, …): the browser's reason.
    Network(String),
    /// An HTTP error status.
    Status(u16),
}

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, which pages and workers both have.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str) -> js_sys::Promise;
}

/// The text at `url`.
pub async fn fetch_text(url: &str) -> Result<String, Failure> {
    let response: web_sys::Response = JsFuture::from(global_fetch(url))
        .await
        .map_err(network)?
        .unchecked_into();
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(text.as_string().unwrap_or_default())
}

fn network(error: JsValue) -> Failure {
    Failure::Network(js_message(&error))
}

/// The message of a JavaScript error.
pub fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "unknown error".into())
}

/// A parsed JSON document: in the browser, what `JSON.parse` returned (or
/// any value built in JavaScript, such as a worker's message).
#[cfg(target_arch = "wasm32")]
pub struct Parsed(pub JsValue);

/// Parses `json`, naming `file` in the error.
#[cfg(target_arch = "wasm32")]
pub fn parse(file: &str, json: &str) -> Result<Parsed, DataErrors> {
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
pub struct Parsed(pub serde_json::Value);

#[cfg(not(target_arch = "wasm32"))]
pub fn parse(file: &str, json: &str) -> Result<Parsed, DataErrors> {
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
