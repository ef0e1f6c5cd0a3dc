//! Charts ready to draw, laid out at build time from the statistics.
//!
//! `tinso-prerender` turns every [`Dataset`](crate::Dataset) into a [`ChartView`]: shapes
//! with integer coordinates and finished Vietnamese text, the marks a reader
//! can open with their details, and the data table. The prerendered page and
//! the app draw the same view with the same components, so the browser
//! carries no geometry, number formatting or statistics validation (the wasm
//! budget). Files, written into the build's `data/views/`:
//!
//! | file                          | type               |
//! |-------------------------------|--------------------|
//! | `views/so-lieu.json`          | [`DatasetIndex`]   |
//! | `views/<dataset id>.json`     | [`ChartView`]      |
//! | `views/bai-viet/<slug>.json`  | [`ArticleCharts`]  |
//!
//! beside `/so-lieu/<id>.csv` ([`csv_document`]) and `/so-lieu/<id>.svg`
//! ([`svg_document`]) for readers to download, and
//! `/so-lieu/<id>.metadata.json` ([`DatasetMetadata`]) for machines.
//!
//! The code, a file per idea:
//!
//! | file                 | what                                                      |
//! |----------------------|-----------------------------------------------------------|
//! | `mod.rs`             | the view types                                            |
//! | `paths.rs`           | the routes and files of datasets and views                |
//! | `read.rs`            | reading views back: the checks every reader relies on     |
//! | `build.rs`           | a view from a dataset, the charts of an article           |
//! | `collide.rs`         | label boxes: no text over text, none on an axis line      |
//! | `citation.rs`        | how to cite a dataset; its metadata file                  |
//! | `card.rs`            | the link-preview card: title and chart, 1200×630          |
//! | `embed.rs`           | the code other sites paste to embed a chart; its oEmbed   |
//! | `figures.rs`         | the figures of the article's text that values quote       |
//! | `table.rs`           | the data table                                            |
//! | `layout/mod.rs`      | the canvas shapes are laid out on, and the value axis     |
//! | `layout/bars.rs`     | horizontal bars                                           |
//! | `layout/parts.rs`    | parts of a whole                                          |
//! | `layout/timeline.rs` | the timeline                                              |
//! | `scale.rs`           | linear scales and ticks                                   |
//! | `text.rs`            | chart text: widths, wrapping, values as written, summary  |
//! | `export.rs`          | the CSV and SVG files readers download                    |
//! | `palette.rs`         | the chart colours and their contrast                      |

mod build;
mod card;
mod citation;
mod collide;
mod embed;
mod export;
mod figures;
mod layout;
mod palette;
mod paths;
mod read;
mod scale;
mod table;
mod text;

pub use card::{card_alt, card_svg, CARD_HEIGHT, CARD_WIDTH};
pub use citation::{citation_text, ArticleReference, DatasetFiles, DatasetMetadata};
pub use collide::{collisions, font_size, text_box, LabelBox, CLEARANCE};
pub use embed::{embed_code, embed_height, site_origin, OEmbed, EMBED_MAX_WIDTH, HEIGHT_MESSAGE};
pub use export::{
    chart_elements, csv_document, file_attributes, source_lines, svg_document, FILE_FONTS,
};
pub use figures::figure_refs;
pub use layout::bars::{bar_layout, BarGeometry, MIN_BAR_WIDTH};
pub use layout::timeline::{iso_day_number, stack_labels, year_of_day};
pub use layout::CHART_WIDTH;
pub use palette::{contrast_ratio, DARK_PALETTE, PALETTE};
pub use paths::mark_id;
pub use scale::{nice_ticks, tick_text, LinearScale};
pub use text::{
    arithmetic_text, describe, iso_date_vi, kind_name, number_text, text_width, value_text,
    wrap_text,
};

use serde::{Deserialize, Serialize};

use crate::datetime::Timestamp;

/// A chart: everything needed to draw it, describe it and tabulate it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartView {
    pub format_version: u32,
    /// The dataset's id.
    pub id: String,
    pub title: String,
    pub description: String,
    /// What the chart shows, generated from the data: the SVG's description.
    pub summary: String,
    /// "Biểu đồ thanh ngang", "Biểu đồ tỷ lệ", "Dòng thời gian".
    pub kind: String,
    /// The article every value comes from: slug and title.
    pub article: String,
    pub article_title: String,
    /// When that article was published: the date a citation gives.
    pub article_published: Timestamp,
    pub width: i32,
    pub height: i32,
    /// Drawn in order; none of them is interactive.
    pub shapes: Vec<Shape>,
    /// One per value: the area that opens its details.
    pub marks: Vec<Mark>,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// How to pass the chart on (its address, citation, embed code): set
    /// by the build, which knows where the site is deployed
    /// ([`ChartView::with_pass_on`]); none in a view laid out alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_on: Option<PassOn>,
}

/// What a reader needs to pass a chart on, written at build time so that
/// the browser formats none of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassOn {
    /// The dataset page's absolute address.
    pub address: String,
    /// "Cách trích dẫn" ([`citation_text`]).
    pub citation: String,
    /// The HTML another site pastes to embed the chart ([`embed_code`]).
    pub embed_code: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ShapeKind {
    /// `x`, `y`, width `w`, height `h`.
    Rect,
    /// From (`x`, `y`) to (`w`, `h`).
    Line,
    /// Centre (`x`, `y`), radius `w`.
    Circle,
    /// `text` with its baseline starting at (`x`, `y`); anchored by class.
    Text,
}

/// One SVG element. `class` names its look (CSS in the page, attributes in
/// the downloaded file: see [`file_attributes`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shape {
    pub kind: ShapeKind,
    pub x: i32,
    pub y: i32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub w: i32,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub h: i32,
    pub class: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

fn is_zero(value: &i32) -> bool {
    *value == 0
}

/// The interactive area of one value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    /// The value's id; the mark's element id is [`mark_id`] of it.
    pub value: String,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// "Label: value as written", the mark's accessible name. Its details
    /// are its row of the chart's table (`js/charts.js` shows them).
    pub name: String,
    /// The element id of the figure in the article text this value comes
    /// from (for a derived value: its first input's), if the text has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

/// A figure in an article's text that datasets quote: the words
/// `start..end` (bytes) of `body[paragraph]` become a link to the mark of
/// `values[0]`, with the element id `id`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureRef {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub id: String,
    /// Every value stating these words (two datasets may quote one figure).
    pub values: Vec<String>,
}

/// `views/bai-viet/<slug>.json`: the charts drawn from one article and the
/// figures of its text they quote; and its related articles ("Tin liên quan").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleCharts {
    pub format_version: u32,
    pub article: String,
    pub charts: Vec<ChartView>,
    pub refs: Vec<FigureRef>,
    /// See [`crate::archive::related_all`]; left out when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<crate::article::ArticleSummary>,
}

/// `views/so-lieu.json`: every dataset, for the "Số liệu" page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetIndex {
    pub format_version: u32,
    pub datasets: Vec<DatasetSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetSummary {
    pub id: String,
    pub title: String,
    pub description: String,
    pub kind: String,
    pub count: usize,
    pub article: String,
    pub article_title: String,
}
