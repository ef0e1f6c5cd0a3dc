//! The statistics format: datasets of figures quoted from an article.
//!
//! `public/data/stats/<article slug>.json` holds the datasets drawn from one
//! article ([`ArticleStats`]). Every value says where it comes from: a
//! **reported** value quotes the exact phrase of one paragraph, and
//! validation fails when that phrase is not in the paragraph, when the number
//! is not written in the phrase, or when the phrase qualifies the number
//! ("hơn", "gần", …) and the value does not say so. A **derived** value names
//! its formula and the values it is computed from. `docs/data-format.md`
//! describes the format with the seed's datasets as its example.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Block, Checker};
use crate::error::{parse_json, DataErrors};
use crate::format::{decimals_of, numbers_in, parse_date_vi};
use crate::route::stats_file;
use crate::text::NfcCheck;

/// Qualifiers the text puts before a number, as written: "hơn" (more
/// than), "gần" (nearly), "khoảng" (about), "trên" (over), "dưới" (under),
/// "xấp xỉ" (approximately), "ước" (an estimate), "tới" (as many as, "lên
/// tới"), "gần như" (almost).
pub const QUALIFIERS: [&str; 9] = [
    "hơn",
    "gần",
    "khoảng",
    "trên",
    "dưới",
    "xấp xỉ",
    "ước",
    "tới",
    "gần như",
];

/// The qualifier that ends `lead_in`, the text just before a number, as a
/// word of its own: "với số tiền đã hỗ trợ hơn" → "hơn". The one rule for
/// the importer that proposes values and the check that verifies them.
pub fn qualifier_before(lead_in: &str) -> Option<&'static str> {
    let lead_in = lead_in.trim_end();
    QUALIFIERS
        .iter()
        .copied()
        .filter(|q| {
            lead_in
                .strip_suffix(q)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .max_by_key(|q| q.len())
}

/// `stats/<slug>.json`: the datasets drawn from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleStats {
    pub format_version: u32,
    /// The slug of the article every value quotes.
    pub article: String,
    pub datasets: Vec<Dataset>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Unique across the site; the dataset's page is `/so-lieu/<id>`.
    pub id: String,
    pub title: String,
    pub description: String,
    pub chart: ChartKind,
    pub values: Vec<Value>,
    /// Caveats shown with the chart, e.g. about a garbled source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Parts of a whole: each value has `of` (26 of 31) or is a percentage.
    PartOfWhole,
    /// Horizontal bars comparing amounts in one unit.
    Bars,
    /// Dated events: each value has a `date`.
    Timeline,
}

/// One figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Value {
    /// Unique within the file; derived values name their inputs by it.
    pub id: String,
    pub label: String,
    /// The number as the text gives it (none for a timeline event).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<f64>,
    /// "tỷ đồng", "USD", "huyện", "%"…; empty for a timeline event.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// "hơn", "gần", "khoảng"…: the text's own hedge, kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// The whole this number is part of: 26 `of` 31.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<f64>,
    /// A percentage the text states for `number` / `of`, checked against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_percent: Option<f64>,
    /// ISO date (YYYY-MM-DD) of a timeline event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where a reported value is written. Exactly one of `source` and `derived`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived: Option<Derivation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A reported value's place in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Index of the paragraph in the article's `body`.
    pub paragraph: usize,
    /// The exact words of the paragraph that state the value.
    pub quote: String,
}

/// How a derived value is computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derivation {
    /// In words and symbols, e.g. "paid ÷ paid_share × 100".
    pub formula: String,
    /// Ids of the values (in this file) it is computed from.
    pub inputs: Vec<String>,
}

impl Value {
    /// `number` / `of` as a percentage, when both are given.
    pub fn computed_percent(&self) -> Option<f64> {
        match (self.number, self.of) {
            (Some(number), Some(of)) if of != 0.0 => Some(number / of * 100.0),
            _ => None,
        }
    }

    /// Whether the stated percentage agrees with `number` / `of` within the
    /// rounding of its last written decimal: 54/62 = 87,1% ≈ 87% ✓.
    pub fn percent_agrees(&self) -> Option<bool> {
        let stated = self.stated_percent?;
        let computed = self.computed_percent()?;
        Some((computed - stated).abs() <= rounding_tolerance(stated) + 1e-9)
    }
}

/// Half a unit of the last decimal written: 87 → 0.5, 85.23 → 0.005.
fn rounding_tolerance(stated: f64) -> f64 {
    0.5 * 10f64.powi(-(decimals_of(stated) as i32))
}

impl ArticleStats {
    /// Parses `stats/<slug>.json` and checks every value against `article`.
    #[cfg(feature = "unicode-tables")]
    pub fn from_json(json: &str, article: &Article) -> Result<ArticleStats, DataErrors> {
        ArticleStats::from_json_with(json, article, crate::text::is_nfc)
    }

    /// [`ArticleStats::from_json`] with the caller's NFC test.
    pub fn from_json_with(
        json: &str,
        article: &Article,
        is_nfc: NfcCheck,
    ) -> Result<ArticleStats, DataErrors> {
        let file = stats_file(&article.slug);
        let stats: ArticleStats = parse_json(&file, json)?;
        let mut check = Checker::new(&file, is_nfc);
        check.stats(&stats, article);
        check.finish(stats)
    }
}

/// The statistics rules, on the checker the article rules use.
impl Checker<'_> {
    fn stats(&mut self, stats: &ArticleStats, article: &Article) {
        self.version(stats.format_version);
        if stats.article != article.slug {
            self.fail(
                "article",
                format!(
                    "is \"{}\" but the file is for \"{}\"",
                    stats.article, article.slug
                ),
            );
        }
        let mut ids = HashSet::new();
        let value_ids: Vec<&str> = stats
            .datasets
            .iter()
            .flat_map(|d| d.values.iter().map(|v| v.id.as_str()))
            .collect();
        for (d, dataset) in stats.datasets.iter().enumerate() {
            let at = |name: &str| format!("datasets[{d}].{name}");
            self.slug(&at("id"), &dataset.id);
            if !ids.insert(dataset.id.as_str()) {
                self.fail(&at("id"), format!("\"{}\" is used twice", dataset.id));
            }
            self.text(&at("title"), &dataset.title);
            self.text(&at("description"), &dataset.description);
            for (n, note) in dataset.notes.iter().enumerate() {
                self.text(&at(&format!("notes[{n}]")), note);
            }
            if dataset.values.is_empty() {
                self.fail(&at("values"), "is empty");
            }
            for (v, value) in dataset.values.iter().enumerate() {
                let field = format!("datasets[{d}].values[{v}]");
                self.slug(&format!("{field}.id"), &value.id);
                if value_ids.iter().filter(|id| **id == value.id).count() > 1 {
                    self.fail(
                        &format!("{field}.id"),
                        format!("\"{}\" is used twice in the file", value.id),
                    );
                }
                self.value(&field, value, dataset.chart, &value_ids, article);
            }
        }
    }

    fn value(
        &mut self,
        field: &str,
        value: &Value,
        chart: ChartKind,
        ids: &[&str],
        article: &Article,
    ) {
        let at = |name: &str| format!("{field}.{name}");
        self.text(&at("label"), &value.label);
        if let Some(note) = &value.note {
            self.text(&at("note"), note);
        }
        if let Some(qualifier) = &value.qualifier {
            if !QUALIFIERS.contains(&qualifier.as_str()) {
                self.fail(
                    &at("qualifier"),
                    format!("\"{qualifier}\" is not one of {}", QUALIFIERS.join(", ")),
                );
            }
        }
        match chart {
            ChartKind::Timeline => match &value.date {
                Some(date) if iso_date_is_valid(date) => {}
                Some(date) => self.fail(
                    &at("date"),
                    format!("\"{date}\" is not a date like 2011-12-28"),
                ),
                None => self.fail(&at("date"), "a timeline event needs a date"),
            },
            ChartKind::Bars | ChartKind::PartOfWhole => {
                if value.number.is_none() {
                    self.fail(&at("number"), "is missing");
                }
                if value.number.is_some_and(|n| !n.is_finite() || n < 0.0) {
                    self.fail(&at("number"), "must be a finite number, not negative");
                }
                if value.unit.trim().is_empty() {
                    self.fail(&at("unit"), "is missing");
                }
            }
        }
        if chart == ChartKind::PartOfWhole && value.of.is_none() && value.unit != "%" {
            self.fail(
                &at("of"),
                "a part of a whole needs the whole (`of`) or the unit \"%\"",
            );
        }
        if let (Some(number), Some(of)) = (value.number, value.of) {
            if !(of > 0.0 && number <= of) {
                self.fail(&at("of"), format!("{number} cannot be a part of {of}"));
            }
        }
        if value.percent_agrees() == Some(false) {
            self.fail(
                &at("stated_percent"),
                format!(
                    "{}% does not agree with {} / {} = {:.2}%",
                    value.stated_percent.unwrap_or_default(),
                    value.number.unwrap_or_default(),
                    value.of.unwrap_or_default(),
                    value.computed_percent().unwrap_or_default()
                ),
            );
        }
        match (&value.source, &value.derived) {
            (Some(source), None) => self.source(field, value, source, article),
            (None, Some(derived)) => {
                self.text(&at("derived.formula"), &derived.formula);
                if derived.inputs.is_empty() {
                    self.fail(&at("derived.inputs"), "names no input");
                }
                for input in &derived.inputs {
                    if input == &value.id || !ids.contains(&input.as_str()) {
                        self.fail(
                            &at("derived.inputs"),
                            format!("\"{input}\" is not another value of this file"),
                        );
                    }
                }
            }
            _ => self.fail(
                field,
                "needs exactly one of `source` (reported) and `derived`",
            ),
        }
    }

    /// The quote is in its paragraph, and states the value as the value says.
    fn source(&mut self, field: &str, value: &Value, source: &Source, article: &Article) {
        let at = |name: &str| format!("{field}.source.{name}");
        let paragraph = match article.body.get(source.paragraph) {
            Some(Block::Paragraph { text }) => text,
            _ => {
                self.fail(
                    &at("paragraph"),
                    format!(
                        "body[{}] of the article is not a paragraph",
                        source.paragraph
                    ),
                );
                return;
            }
        };
        if source.quote.trim().is_empty() {
            self.fail(&at("quote"), "is empty");
            return;
        }
        let Some(position) = paragraph.find(&source.quote) else {
            self.fail(
                &at("quote"),
                format!(
                    "\"{}\" is not in body[{}] word for word",
                    source.quote, source.paragraph
                ),
            );
            return;
        };
        let written = numbers_in(&source.quote);
        let in_quote = |n: f64| written.iter().any(|w| (w - n).abs() < 1e-9);
        for (name, number) in [
            ("number", value.number),
            ("of", value.of),
            ("stated_percent", value.stated_percent),
        ] {
            if let Some(number) = number.filter(|n| !in_quote(*n)) {
                self.fail(
                    &format!("{field}.{name}"),
                    format!("{number} is not written in the quote \"{}\"", source.quote),
                );
            }
        }
        if let Some(date) = &value.date {
            let as_written = written_dates(&source.quote);
            if !as_written.contains(date) {
                self.fail(
                    &format!("{field}.date"),
                    format!("{date} is not written in the quote \"{}\"", source.quote),
                );
            }
        }
        if value.number.is_none() {
            return;
        }
        // A hedge in the text must stay with the number: "hơn 1.480" is not "1.480".
        let first_digit = source.quote.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let hedged = qualifier_before(&paragraph[..position + first_digit]);
        match (hedged, value.qualifier.as_deref()) {
            (Some(q), None) => self.fail(
                &format!("{field}.qualifier"),
                format!("the text says \"{q}\" before the number; keep it"),
            ),
            (Some(q), Some(kept)) if q != kept => self.fail(
                &format!("{field}.qualifier"),
                format!("is \"{kept}\" but the text says \"{q}\""),
            ),
            (None, Some(kept)) => self.fail(
                &format!("{field}.qualifier"),
                format!("\"{kept}\" is not in the text before the number"),
            ),
            _ => {}
        }
    }
}

fn iso_date_is_valid(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            parse_date_vi(&format!("{d}/{m}/{y}")).as_deref() == Some(date)
        }
        _ => false,
    }
}

/// The d/m/yyyy dates written in `text`, as ISO dates.
fn written_dates(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '/'))
        .filter_map(parse_date_vi)
        .collect()
}
