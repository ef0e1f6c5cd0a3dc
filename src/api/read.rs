//! Each data file's text, read by serde through its type's one definition
//! and then validated: in the browser with serde-wasm-bindgen over the
//! browser's `JSON.parse` (less wasm than serde_json: docs/budget.md),
//! natively with serde_json.

use tinso_model::route::{
    article_charts_file, article_file, chart_file, DATASET_INDEX_FILE, LATEST_FILE, SITE_FILE,
};
use tinso_model::{
    Article, ArticleCharts, ArticleIndex, ChartView, DataErrors, DatasetIndex, Site,
};

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

/// In the browser: the browser's `JSON.parse`, then serde over its value.
#[cfg(target_arch = "wasm32")]
pub(super) fn read<T: serde::de::DeserializeOwned>(
    file: &str,
    json: &str,
) -> Result<T, DataErrors> {
    let whole = |message: String| DataErrors::single(file, "(document)", message);
    let value = js_sys::JSON::parse(json).map_err(|_| whole("is not valid JSON".into()))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| whole(e.to_string()))
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) use tinso_model::error::parse_json as read;

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
