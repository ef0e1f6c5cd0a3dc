//! Content tools for Tin & Số. [`import`] reads raw article text, with
//! [`clean`] (characters), [`debris`] (lines that are not the article),
//! [`dateline`], [`byline`], [`layout`] (which line is what, by where it
//! stands), [`blocks`] (paragraphs and captions) and [`prose`] (words and
//! sentences); [`figures`] finds the figures it states and [`proposal`]
//! drafts charts of them. [`batch`] imports many files at once and
//! [`report`] says what it did; [`publish`] publishes a proposal; [`site`]
//! checks the data directory; [`fsio`] writes files whole. The
//! `tinso-content` binary is their command line.

pub mod batch;
pub mod blocks;
pub mod byline;
pub mod clean;
pub mod dateline;
pub mod debris;
pub mod figures;
pub mod fsio;
pub mod import;
pub mod layout;
pub mod proposal;
pub mod prose;
pub mod publish;
pub mod report;
pub mod site;

use serde::Serialize;

/// The JSON text of a data file as the project stores it: two-space
/// indentation, non-ASCII letters as they are, a final newline.
pub fn to_json_file<T: Serialize>(value: &T) -> String {
    let mut json = serde_json::to_string_pretty(value).expect("data types serialize");
    json.push('\n');
    json
}
