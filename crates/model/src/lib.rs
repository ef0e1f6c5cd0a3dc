//! Plain-Rust core of Tin & Số, shared by the web app, its search worker and
//! the build tools; no web dependencies, tested natively. Every data file
//! is read by serde through one definition per type, in the browser as
//! natively (`from_json` on each type, then its validation).
//!
//! - [`article`]: the article format (articles, the index, the site), its
//!   validation and reading time;
//! - [`stats`]: the statistics format and its checks (wholes, qualifiers,
//!   the quotes each value stands on);
//! - [`chart_view`]: charts laid out at build time (view, table, layouts per
//!   kind, scales, text, export as CSV and SVG, palette);
//! - [`archive`]: categories and months, their pages, related articles;
//! - [`route`]: the site's paths;
//! - [`head`]: a page's head tags and JSON-LD;
//! - [`search`], [`search_index`], [`search_cache`]: words and queries, the
//!   index files and ranking, and what a reader's browser holds of them;
//! - [`datetime`]: Vietnam time; [`format`]: vi-VN numbers and dates;
//!   [`text`]: NFC and text checks; [`error`]: errors naming file and field.

pub mod archive;
pub mod article;
pub mod chart_view;
pub mod datetime;
pub mod error;
pub mod format;
pub mod head;
pub mod route;
pub mod search;
pub mod search_cache;
pub mod search_index;
pub mod stats;
pub mod text;

pub use article::{
    check_url, is_slug, minutes_for_words, url_host, Article, ArticleIndex, ArticleSummary, Block,
    Category, License, Site, UrlForm, FORMAT_VERSION,
};
pub use chart_view::{
    ArticleCharts, ChartView, DatasetIndex, DatasetSummary, FigureRef, Mark, Shape, ShapeKind,
};
pub use datetime::{Timestamp, Weekday};
pub use error::{DataError, DataErrors};
pub use format::page_title;
pub use stats::{ArticleStats, ChartKind, Dataset, Value};
