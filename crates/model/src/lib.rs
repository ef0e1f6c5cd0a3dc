//! Plain-Rust core of Tin & Số, shared by the web app and the content tools:
//! the JSON data format and its validation ([`article`]), date-times in
//! Vietnam time ([`datetime`]), vi-VN formatting ([`format`]) and text
//! normalization ([`text`]). No web dependencies, tested natively.

pub mod archive;
pub mod article;
pub mod chart_view;
pub mod datetime;
pub mod decode;
pub mod error;
pub mod format;
pub mod head;
pub mod json;
pub mod route;
pub mod search;
pub mod search_cache;
pub mod search_index;
pub mod stats;
pub mod text;

pub use article::{
    article_file, article_route, check_url, is_slug, minutes_for_words, url_host, Article,
    ArticleIndex, ArticleSummary, Block, Category, Site, UrlForm, FORMAT_VERSION, INDEX_FILE,
    SITE_FILE,
};
pub use chart_view::{
    ArticleCharts, ChartView, DatasetIndex, DatasetSummary, FigureRef, Mark, Shape, ShapeKind,
};
pub use datetime::{Timestamp, Weekday};
pub use error::{DataError, DataErrors};
pub use format::page_title;
pub use stats::{stats_file, ArticleStats, ChartKind, Dataset, Value};
