//! Charts ready to draw, laid out at build time from the statistics.
//!
//! `tinso-prerender` turns every [`Dataset`] into a [`ChartView`]: shapes
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
//! ([`svg_document`]) for readers to download.

use serde::{Deserialize, Serialize};

use crate::article::{Article, Block, Checker, FORMAT_VERSION};
use crate::chart::{
    arithmetic_text, bar_layout, date_vi, describe, iso_day_number, kind_name, nice_ticks,
    number_text, stack_labels, text_width, tick_text, value_text, wrap_text, year_of_day,
    LinearScale,
};
use crate::error::{parse_json, DataErrors};
use crate::head::escape_html;
use crate::stats::{ArticleStats, ChartKind, Dataset, Value};

/// Width of every chart's coordinate system. The SVG scales to its column;
/// 360 units keep 14-unit text readable from a 320 px phone up.
pub const CHART_WIDTH: i32 = 360;
const LABEL_SIZE: f64 = 14.0;
/// Height of one line of label text.
const LINE: i32 = 18;
const BAR_HEIGHT: i32 = 24;
const TRACK_HEIGHT: i32 = 20;
const ROW_GAP: i32 = 14;

/// The page listing every dataset.
pub const DATASETS_ROUTE: &str = "/so-lieu";
/// The dataset index, relative to the data directory.
pub const DATASET_INDEX_FILE: &str = "views/so-lieu.json";

/// The page of one dataset.
pub fn dataset_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}")
}

/// The CSV download of a dataset.
pub fn csv_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.csv")
}

/// The SVG download of a chart.
pub fn svg_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.svg")
}

/// The view of one dataset, relative to the data directory.
pub fn chart_file(id: &str) -> String {
    format!("views/{id}.json")
}

/// The charts of one article, relative to the data directory.
pub fn article_charts_file(slug: &str) -> String {
    format!("views/bai-viet/{slug}.json")
}

/// Element id of a chart's mark for a value: `#moc-<value id>`.
pub fn mark_id(value_id: &str) -> String {
    format!("moc-{value_id}")
}

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

impl ChartView {
    /// Parses `views/<id>.json`. The build wrote it from checked data, so
    /// the reader checks only what it relies on: the version and the ids
    /// it turns into element ids and links.
    pub fn from_json(id: &str, json: &str) -> Result<ChartView, DataErrors> {
        let view: ChartView = parse_json(&chart_file(id), json)?;
        view.validated(id)
    }

    /// Checks a view read from [`chart_file`]`(id)` by any reader.
    pub fn validated(self, id: &str) -> Result<ChartView, DataErrors> {
        let file = chart_file(id);
        let mut check = Checker::new(&file, |_| true);
        check.version(self.format_version);
        if self.id != id {
            check.fail("id", format!("is not \"{id}\""));
        }
        self.check_ids(&mut check, "");
        check.finish(self)
    }

    fn check_ids(&self, check: &mut Checker, at: &str) {
        check.slug(&format!("{at}id"), &self.id);
        check.slug(&format!("{at}article"), &self.article);
        for (i, mark) in self.marks.iter().enumerate() {
            check.slug(&format!("{at}marks[{i}].value"), &mark.value);
        }
    }

    /// Lays out `dataset`, drawn from `article`, whose figures are `refs`.
    pub fn build(dataset: &Dataset, article: &Article, refs: &[FigureRef]) -> ChartView {
        let mut canvas = Canvas::default();
        let height = match dataset.chart {
            ChartKind::Bars => canvas.bars(&dataset.values),
            ChartKind::PartOfWhole => canvas.parts_of_wholes(&dataset.values),
            ChartKind::Timeline => canvas.timeline(&dataset.values),
        };
        let sentence_of = |value: &Value| {
            let id = match &value.derived {
                Some(derivation) => derivation.inputs.first()?,
                None => &value.id,
            };
            refs.iter()
                .find(|r| r.values.contains(id))
                .map(|r| r.id.clone())
        };
        for (mark, value) in canvas.marks.iter_mut().zip(&dataset.values) {
            mark.value = value.id.clone();
            mark.name = mark_name(value, dataset.chart);
            mark.sentence = sentence_of(value);
        }
        let (columns, rows) = table(dataset, article);
        let mut notes = dataset.notes.clone();
        let units = units_of(&dataset.values);
        if dataset.chart == ChartKind::Bars && units.len() > 1 {
            notes.push(format!(
                "Các số có đơn vị khác nhau ({}) nên mỗi đơn vị có trục riêng; độ dài thanh chỉ so sánh được trong cùng một trục.",
                units.join(", ")
            ));
        }
        ChartView {
            format_version: FORMAT_VERSION,
            id: dataset.id.clone(),
            title: dataset.title.clone(),
            description: dataset.description.clone(),
            summary: describe(dataset),
            kind: kind_name(dataset.chart).to_owned(),
            article: article.slug.clone(),
            article_title: article.title.clone(),
            width: CHART_WIDTH,
            height,
            shapes: canvas.shapes,
            marks: canvas.marks,
            columns,
            rows,
            notes,
        }
    }

    /// The entry of the "Số liệu" page.
    pub fn summary(&self) -> DatasetSummary {
        DatasetSummary {
            id: self.id.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            kind: self.kind.clone(),
            count: self.marks.len(),
            article: self.article.clone(),
            article_title: self.article_title.clone(),
        }
    }
}

impl ArticleCharts {
    /// The charts of `article` from its statistics (none without).
    pub fn build(article: &Article, stats: Option<&ArticleStats>) -> ArticleCharts {
        let refs = stats.map(|s| figure_refs(s, article)).unwrap_or_default();
        let charts = stats
            .map(|s| {
                s.datasets
                    .iter()
                    .map(|d| ChartView::build(d, article, &refs))
                    .collect()
            })
            .unwrap_or_default();
        ArticleCharts {
            format_version: FORMAT_VERSION,
            article: article.slug.clone(),
            charts,
            refs,
            related: Vec::new(),
        }
    }

    /// Parses `views/bai-viet/<slug>.json` (checked as [`ChartView::from_json`]).
    pub fn from_json(slug: &str, json: &str) -> Result<ArticleCharts, DataErrors> {
        let charts: ArticleCharts = parse_json(&article_charts_file(slug), json)?;
        charts.validated(slug)
    }

    /// Checks charts read from [`article_charts_file`]`(slug)` by any reader.
    pub fn validated(self, slug: &str) -> Result<ArticleCharts, DataErrors> {
        let charts = self;
        let file = article_charts_file(slug);
        let mut check = Checker::new(&file, |_| true);
        check.version(charts.format_version);
        if charts.article != slug {
            check.fail("article", format!("is not \"{slug}\""));
        }
        for (i, chart) in charts.charts.iter().enumerate() {
            chart.check_ids(&mut check, &format!("charts[{i}]."));
        }
        for (i, figure) in charts.refs.iter().enumerate() {
            check.slug(&format!("refs[{i}].id"), &figure.id);
            for value in &figure.values {
                check.slug(&format!("refs[{i}].values"), value);
            }
        }
        check.finish(charts)
    }
}

impl DatasetIndex {
    pub fn from_json(json: &str) -> Result<DatasetIndex, DataErrors> {
        let index: DatasetIndex = parse_json(DATASET_INDEX_FILE, json)?;
        index.validated()
    }

    /// Checks an index read by any reader.
    pub fn validated(self) -> Result<DatasetIndex, DataErrors> {
        let index = self;
        let mut check = Checker::new(DATASET_INDEX_FILE, |_| true);
        check.version(index.format_version);
        for (i, entry) in index.datasets.iter().enumerate() {
            check.slug(&format!("datasets[{i}].id"), &entry.id);
            check.slug(&format!("datasets[{i}].article"), &entry.article);
        }
        check.finish(index)
    }
}

/// The figures of `article`'s text that `stats` quotes. Each value's words
/// are the number as written with its qualifier, its whole ("54/62") and
/// its unit, or a document's whole quote; two values stating the same words
/// share one reference, and overlapping words keep the first.
pub fn figure_refs(stats: &ArticleStats, article: &Article) -> Vec<FigureRef> {
    let mut spans: Vec<(usize, usize, usize, String)> = Vec::new();
    for value in stats.datasets.iter().flat_map(|d| &d.values) {
        let Some(source) = &value.source else {
            continue;
        };
        let Some(Block::Paragraph { text }) = article.body.get(source.paragraph) else {
            continue;
        };
        let Some(at) = text.find(&source.quote) else {
            continue;
        };
        let (start, end) = figure_span(&source.quote, value);
        spans.push((source.paragraph, at + start, at + end, value.id.clone()));
    }
    spans.sort_by_key(|(paragraph, start, end, _)| (*paragraph, *start, *end));
    let mut refs: Vec<FigureRef> = Vec::new();
    for (paragraph, start, end, value) in spans {
        match refs.last_mut() {
            Some(last) if last.paragraph == paragraph && (last.start, last.end) == (start, end) => {
                last.values.push(value)
            }
            Some(last) if last.paragraph == paragraph && start < last.end => {}
            _ => refs.push(FigureRef {
                paragraph,
                start,
                end,
                id: format!("so-{value}"),
                values: vec![value],
            }),
        }
    }
    refs
}

/// The bytes of `quote` that state `value`: "hơn 1.480 tỷ đồng",
/// "54/62 huyện", "18,026 tỷ đồng"; a dated event's whole quote.
fn figure_span(quote: &str, value: &Value) -> (usize, usize) {
    let whole = (0, quote.len());
    let Some(token) = value.number.and_then(|_| number_text(value)) else {
        return whole;
    };
    let is_number_char = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    let Some(mut start) = quote
        .match_indices(token.as_str())
        .map(|(i, _)| i)
        .find(|&i| {
            let before = quote[..i].chars().next_back();
            let after = quote[i + token.len()..].chars().next();
            !before.is_some_and(is_number_char) && !after.is_some_and(|c| c.is_ascii_digit())
        })
    else {
        return whole;
    };
    let mut end = start + token.len();
    if let Some(qualifier) = &value.qualifier {
        let lead = quote[..start].trim_end();
        if let Some(rest) = lead.strip_suffix(qualifier.as_str()) {
            start = rest.len();
        }
    }
    if value.of.is_some() {
        if let Some(rest) = quote[end..].strip_prefix('/') {
            let digits = rest.len() - rest.trim_start_matches(is_number_char).len();
            end += 1 + digits;
        }
    }
    let rest = &quote[end..];
    if !value.unit.is_empty() {
        if rest.starts_with(&value.unit) {
            end += value.unit.len();
        } else if rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(&value.unit))
        {
            end += 1 + value.unit.len();
        }
    }
    (start, end)
}

/// "Label: value as written" for a number, "date: label" for an event.
fn mark_name(value: &Value, kind: ChartKind) -> String {
    match (&value.date, kind) {
        (Some(date), ChartKind::Timeline) => format!("{}: {}", date_vi(date), value.label),
        _ => format!("{}: {}", value.label, value_text(value)),
    }
}

/// Which paragraph of the article, counted as a reader counts them.
fn paragraph_number(article: &Article, body_index: usize) -> usize {
    article.body[..=body_index.min(article.body.len().saturating_sub(1))]
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .count()
}

/// Where a value comes from, for readers: the quote and its paragraph, or
/// the computation of a derived value.
fn provenance(value: &Value, article: &Article) -> String {
    match (&value.source, &value.derived) {
        (Some(source), _) => format!(
            "Trong bài (đoạn {}): “{}”",
            paragraph_number(article, source.paragraph),
            source.quote
        ),
        (None, Some(derivation)) => {
            // The formula names ids first, then the numbers: show the numbers.
            let numbers = derivation
                .formula
                .split_once(" = ")
                .map_or(derivation.formula.as_str(), |(_, n)| n);
            format!("Tin & Số tính ra: {numbers}")
        }
        (None, None) => String::new(),
    }
}

/// The data table: the values as the text writes them, their sources and,
/// when a value has one, its note. Row `i` is value `i`, mark `i`: a mark's
/// details are its row ("—" where a value has no cell).
fn table(dataset: &Dataset, article: &Article) -> (Vec<String>, Vec<Vec<String>>) {
    let (mut columns, mut rows) = table_cells(dataset, article);
    if dataset.values.iter().any(|v| v.note.is_some()) {
        columns.push("Ghi chú".into());
        for (row, value) in rows.iter_mut().zip(&dataset.values) {
            row.push(value.note.clone().unwrap_or_else(|| "—".into()));
        }
    }
    (columns, rows)
}

fn table_cells(dataset: &Dataset, article: &Article) -> (Vec<String>, Vec<Vec<String>>) {
    let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
    match dataset.chart {
        ChartKind::Timeline => (
            strings(&["Ngày", "Văn bản, sự kiện", "Nguồn"]),
            dataset
                .values
                .iter()
                .map(|v| {
                    vec![
                        v.date.as_deref().map(date_vi).unwrap_or_default(),
                        v.label.clone(),
                        provenance(v, article),
                    ]
                })
                .collect(),
        ),
        ChartKind::PartOfWhole => (
            strings(&["Mục", "Giá trị", "Phép tính", "Nguồn"]),
            dataset
                .values
                .iter()
                .map(|v| {
                    vec![
                        v.label.clone(),
                        value_text(v),
                        arithmetic_text(v).unwrap_or_else(|| "—".into()),
                        provenance(v, article),
                    ]
                })
                .collect(),
        ),
        ChartKind::Bars => (
            strings(&["Mục", "Giá trị", "Nguồn"]),
            dataset
                .values
                .iter()
                .map(|v| vec![v.label.clone(), value_text(v), provenance(v, article)])
                .collect(),
        ),
    }
}

/// The units of `values`, each once, in order.
fn units_of(values: &[Value]) -> Vec<&str> {
    let mut units: Vec<&str> = Vec::new();
    for value in values {
        if !units.contains(&value.unit.as_str()) {
            units.push(&value.unit);
        }
    }
    units
}

fn px(value: f64) -> i32 {
    value.round() as i32
}

/// Shapes and marks as they are laid out.
#[derive(Default)]
struct Canvas {
    shapes: Vec<Shape>,
    marks: Vec<Mark>,
}

impl Canvas {
    fn shape(&mut self, kind: ShapeKind, [x, y, w, h]: [i32; 4], class: &str, text: &str) {
        self.shapes.push(Shape {
            kind,
            x,
            y,
            w,
            h,
            class: class.into(),
            text: text.into(),
        });
    }

    fn text(&mut self, x: i32, y: i32, class: &str, text: &str) {
        self.shape(ShapeKind::Text, [x, y, 0, 0], class, text);
    }

    /// Lines of `text` wrapped to `width` from `x`, the first line's top at
    /// `top`; returns the bottom.
    fn paragraph(&mut self, x: i32, top: i32, width: i32, class: &str, text: &str) -> i32 {
        let mut y = top;
        for line in wrap_text(text, f64::from(width), LABEL_SIZE) {
            self.text(x, y + 14, class, &line);
            y += LINE;
        }
        y
    }

    fn mark(&mut self, [x, y, w, h]: [i32; 4]) {
        self.marks.push(Mark {
            value: String::new(),
            x,
            y,
            w,
            h,
            name: String::new(),
            sentence: None,
        });
    }

    /// A value axis under bars or tracks from `top` to `bottom`: the zero
    /// line, the baseline, ticks and their labels; returns the new bottom.
    fn axis(
        &mut self,
        scale: &LinearScale,
        ticks: &[f64],
        top: i32,
        bottom: i32,
        unit: &str,
    ) -> i32 {
        self.shape(ShapeKind::Line, [0, top, 0, bottom], "c-axis", "");
        self.shape(
            ShapeKind::Line,
            [0, bottom, CHART_WIDTH, bottom],
            "c-axis",
            "",
        );
        let step = ticks.get(1).copied().unwrap_or(1.0);
        let last = ticks.len().saturating_sub(1);
        for (i, tick) in ticks.iter().enumerate() {
            let x = px(scale.map(*tick));
            self.shape(ShapeKind::Line, [x, bottom, x, bottom + 4], "c-axis", "");
            let (class, text) = match i {
                0 => ("c-tick", tick_text(*tick, step)),
                i if i == last => ("c-tick t-end", format!("{} {unit}", tick_text(*tick, step))),
                _ => ("c-tick t-mid", tick_text(*tick, step)),
            };
            self.text(x, bottom + 18, class, text.trim_end());
        }
        bottom + 24
    }

    /// Horizontal bars from zero, one axis per unit; every value labelled.
    fn bars(&mut self, values: &[Value]) -> i32 {
        let units = units_of(values);
        let mut y = 0;
        for unit in &units {
            let group: Vec<&Value> = values.iter().filter(|v| v.unit == *unit).collect();
            if units.len() > 1 {
                self.text(0, y + 14, "c-unit", &format!("Tính bằng {unit}"));
                y += LINE + 6;
            }
            let numbers: Vec<f64> = group.iter().map(|v| v.number.unwrap_or(0.0)).collect();
            let texts: Vec<String> = group.iter().map(|v| value_text(v)).collect();
            let widths: Vec<f64> = texts.iter().map(|t| text_width(t, LABEL_SIZE)).collect();
            let (scale, bars) = bar_layout(&numbers, &widths, f64::from(CHART_WIDTH));
            let ticks = nice_ticks(numbers.iter().copied().fold(0.0, f64::max), 4);
            let top = y;
            for ((value, bar), text) in group.iter().zip(&bars).zip(&texts) {
                let row_top = y;
                y = self.paragraph(0, y, CHART_WIDTH, "c-label", &value.label) + 4;
                let class = if value.derived.is_some() {
                    "c-bar c-bar--derived"
                } else {
                    "c-bar"
                };
                let width = px(bar.width);
                self.shape(ShapeKind::Rect, [0, y, width, BAR_HEIGHT], class, "");
                let baseline = y + 17;
                let outside_fits =
                    bar.label_x + text_width(text, LABEL_SIZE) <= f64::from(CHART_WIDTH);
                if bar.label_inside && value.derived.is_none() {
                    self.text(width - 6, baseline, "c-value c-value--inside t-end", text);
                } else if !bar.label_inside && outside_fits {
                    self.text(px(bar.label_x), baseline, "c-value", text);
                } else {
                    // Too long for either side (or a derived bar, drawn
                    // hollow): the label goes under the bar.
                    y += BAR_HEIGHT;
                    self.text(0, y + 16, "c-value", text);
                    y += 22 - BAR_HEIGHT;
                }
                y += BAR_HEIGHT;
                self.mark([0, row_top, CHART_WIDTH, y - row_top]);
                y += ROW_GAP;
            }
            y = self.axis(&scale, &ticks, top, y - ROW_GAP / 2, unit) + 10;
        }
        y
    }

    /// One track per value: the whole as an outline, the part filled, the
    /// arithmetic under it.
    fn parts_of_wholes(&mut self, values: &[Value]) -> i32 {
        let scale = LinearScale {
            domain: (0.0, 100.0),
            range: (0.0, f64::from(CHART_WIDTH)),
        };
        let mut y = 0;
        for value in values {
            let row_top = y;
            y = self.paragraph(0, y, CHART_WIDTH, "c-label", &value.label) + 4;
            let percent = value
                .computed_percent()
                .or(value.number.filter(|_| value.unit == "%"))
                .unwrap_or(0.0)
                .clamp(0.0, 100.0);
            self.shape(
                ShapeKind::Rect,
                [0, y, CHART_WIDTH, TRACK_HEIGHT],
                "c-track",
                "",
            );
            let width = px(scale.map(percent)).max(if percent > 0.0 { 2 } else { 0 });
            self.shape(ShapeKind::Rect, [0, y, width, TRACK_HEIGHT], "c-part", "");
            y += TRACK_HEIGHT;
            let text = arithmetic_text(value).unwrap_or_else(|| value_text(value));
            self.text(0, y + 17, "c-value", &text);
            y += 22;
            self.mark([0, row_top, CHART_WIDTH, y - row_top]);
            y += ROW_GAP;
        }
        self.axis(
            &scale,
            &[0.0, 25.0, 50.0, 75.0, 100.0],
            0,
            y - ROW_GAP / 2,
            "%",
        )
    }

    /// Time flows down at true distances; labels move down only to clear
    /// the one above, joined to their date by a leader line.
    fn timeline(&mut self, values: &[Value]) -> i32 {
        const AXIS_X: i32 = 56;
        const LABEL_X: i32 = 74;
        let days: Vec<i64> = values
            .iter()
            .map(|v| v.date.as_deref().and_then(iso_day_number).unwrap_or(0))
            .collect();
        let mut order: Vec<usize> = (0..values.len()).collect();
        order.sort_by_key(|&i| days[i]);
        let lines: Vec<Vec<String>> = values
            .iter()
            .map(|v| wrap_text(&v.label, f64::from(CHART_WIDTH - LABEL_X), LABEL_SIZE))
            .collect();
        let heights: Vec<f64> = order
            .iter()
            .map(|&i| f64::from(LINE * (1 + lines[i].len() as i32)))
            .collect();
        let span = (heights.iter().sum::<f64>() + 10.0 * values.len() as f64).max(240.0);
        let (first, last) = (
            order.first().map_or(0, |&i| days[i]),
            order.last().map_or(0, |&i| days[i]),
        );
        let scale = LinearScale {
            domain: (first as f64, last as f64),
            range: (16.0, 16.0 + span),
        };
        let dots: Vec<f64> = order.iter().map(|&i| scale.map(days[i] as f64)).collect();
        let anchors: Vec<f64> = dots.iter().map(|y| y - 13.0).collect();
        let tops = stack_labels(&anchors, &heights, 10.0);
        let height = tops
            .last()
            .zip(heights.last())
            .map_or(0.0, |(top, h)| top + h)
            .max(16.0 + span)
            + 12.0;
        let height = px(height);

        self.shape(
            ShapeKind::Line,
            [AXIS_X, 4, AXIS_X, height - 4],
            "c-axis",
            "",
        );
        let first_year = year_of_day(first);
        let last_year = year_of_day(last);
        for year in first_year + 1..=last_year {
            let day = iso_day_number(&format!("{year:04}-01-01")).unwrap_or(first);
            let y = px(scale.map(day as f64));
            self.shape(ShapeKind::Line, [AXIS_X - 6, y, AXIS_X, y], "c-axis", "");
            self.text(AXIS_X - 10, y + 5, "c-tick t-end", &year.to_string());
        }
        let mut marks = vec![[0; 4]; values.len()];
        let mut previous_bottom = 0;
        for (position, &i) in order.iter().enumerate() {
            let dot = px(dots[position]);
            let top = px(tops[position]);
            if top - px(anchors[position]) > 2 {
                self.shape(
                    ShapeKind::Line,
                    [AXIS_X + 6, dot, LABEL_X - 4, top + 9],
                    "c-leader",
                    "",
                );
            }
            self.shape(ShapeKind::Circle, [AXIS_X, dot, 6, 0], "c-dot", "");
            let date = values[i].date.as_deref().map(date_vi).unwrap_or_default();
            self.text(LABEL_X, top + 14, "c-date", &date);
            for (n, line) in lines[i].iter().enumerate() {
                self.text(LABEL_X, top + 14 + LINE * (n as i32 + 1), "c-label", line);
            }
            let bottom = top + px(heights[position]);
            // The area covers the dot when the label above leaves room.
            let hit_top = (top.min(dot - 8) - 2).max(previous_bottom);
            marks[i] = [
                AXIS_X - 12,
                hit_top,
                CHART_WIDTH - AXIS_X + 12,
                bottom + 2 - hit_top,
            ];
            previous_bottom = bottom + 2;
        }
        for area in marks {
            self.mark(area);
        }
        height
    }
}

/// The dataset as CSV for spreadsheets: UTF-8 with a byte-order mark (so
/// spreadsheet programs read Vietnamese right), RFC 4180 quoting, CRLF.
/// Numbers are plain with a decimal comma, as vi-VN spreadsheets read them;
/// "Giá trị như bài viết" keeps the text's own notation and qualifier.
pub fn csv_document(dataset: &Dataset, article: &Article) -> String {
    let header = [
        "Bộ số liệu",
        "Mục",
        "Giá trị như bài viết",
        "Số",
        "Đơn vị",
        "Từ chỉ mức độ",
        "Trên tổng số",
        "Tỷ lệ bài viết nêu (%)",
        "Tỷ lệ tính lại (%)",
        "Ngày",
        "Loại",
        "Nguồn",
        "Ghi chú",
    ];
    let plain = |n: Option<f64>| {
        n.map(|n| n.to_string().replace('.', ","))
            .unwrap_or_default()
    };
    let mut out = String::from("\u{feff}");
    let mut row = |cells: &[String]| {
        let quoted: Vec<String> = cells
            .iter()
            .map(|cell| {
                if cell.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell.clone()
                }
            })
            .collect();
        out.push_str(&quoted.join(","));
        out.push_str("\r\n");
    };
    row(&header.map(String::from));
    for value in &dataset.values {
        row(&[
            dataset.title.clone(),
            value.label.clone(),
            if value.number.is_some() {
                value_text(value)
            } else {
                String::new()
            },
            plain(value.number),
            value.unit.clone(),
            value.qualifier.clone().unwrap_or_default(),
            plain(value.of),
            plain(value.stated_percent),
            value
                .computed_percent()
                .map(|p| crate::format::number_vi(p, 1))
                .unwrap_or_default(),
            value.date.as_deref().map(date_vi).unwrap_or_default(),
            if value.derived.is_some() {
                "Tính ra".into()
            } else {
                "Số trong bài".into()
            },
            provenance(value, article),
            value.note.clone().unwrap_or_default(),
        ]);
    }
    out
}

/// The chart colours (Okabe–Ito blue and vermillion, told apart with any
/// colour vision), lines, text, and the page they stand on. The page's CSS
/// uses the same values (a test checks).
pub const PALETTE: [(&str, &str); 7] = [
    ("mark", "#0072b2"),
    ("derived fill", "#e3eef7"),
    ("event", "#d55e00"),
    ("line", "#6b6b6b"),
    ("text", "#1b1b1b"),
    ("tick text", "#4d4d4d"),
    ("paper", "#ffffff"),
];

/// The same roles on the dark theme's paper: Okabe–Ito sky blue and orange.
/// Labels inside bars are written in the paper colour, as in [`PALETTE`].
pub const DARK_PALETTE: [(&str, &str); 7] = [
    ("mark", "#56b4e9"),
    ("derived fill", "#1d3342"),
    ("event", "#e69f00"),
    ("line", "#8c8c8c"),
    ("text", "#e9e6e1"),
    ("tick text", "#b8b8b8"),
    ("paper", "#17191c"),
];

/// WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21).
pub fn contrast_ratio(a: &str, b: &str) -> f64 {
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let value = u8::from_str_radix(hex.get(1 + 2 * i..3 + 2 * i).unwrap_or("0"), 16)
                .unwrap_or(0) as f64
                / 255.0;
            if value <= 0.04045 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How a shape class looks in a downloaded SVG file, as presentation
/// attributes: the file must look right on its own, and a page's
/// Content-Security-Policy would block a `<style>` element inside it.
/// The page's CSS (style/main.css, `.chart`) uses the same colours.
pub fn file_attributes(class: &str) -> String {
    let mut attributes = String::new();
    for name in class.split_whitespace() {
        attributes.push_str(match name {
            "c-bar" | "c-part" => r##" fill="#0072b2""##,
            "c-bar--derived" => {
                r##" fill="#e3eef7" stroke="#0072b2" stroke-width="2" stroke-dasharray="5 3""##
            }
            "c-track" => r##" fill="#ffffff" stroke="#6b6b6b""##,
            "c-axis" => r##" stroke="#6b6b6b""##,
            "c-leader" => r##" stroke="#6b6b6b" stroke-dasharray="2 2""##,
            "c-dot" => r##" fill="#d55e00""##,
            "c-label" | "c-value" | "c-date" | "c-unit" => r##" fill="#1b1b1b""##,
            "c-tick" => r##" fill="#4d4d4d" font-size="12""##,
            _ => "",
        });
        attributes.push_str(match name {
            "c-value--inside" => r##" fill="#ffffff""##,
            "c-value" | "c-date" | "c-unit" => r#" font-weight="700""#,
            "t-end" => r#" text-anchor="end""#,
            "t-mid" => r#" text-anchor="middle""#,
            _ => "",
        });
    }
    // The later fill of "c-value c-value--inside" wins in CSS; in
    // attributes the first would: keep only the last of each.
    dedupe_attributes(&attributes)
}

fn dedupe_attributes(attributes: &str) -> String {
    let mut kept: Vec<(&str, &str)> = Vec::new();
    for pair in attributes.split(" ").filter(|p| !p.is_empty()) {
        let Some((name, value)) = pair.split_once('=') else {
            continue;
        };
        match kept.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => kept.push((name, value)),
        }
    }
    kept.iter().map(|(n, v)| format!(" {n}={v}")).collect()
}

/// The chart as a standalone SVG file, with its title, description and
/// source written in, for readers to download.
pub fn svg_document(view: &ChartView, site_name: &str) -> String {
    let footer = 28;
    let (width, height) = (view.width, view.height + footer);
    let mut svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-8 -8 {} {}\" width=\"{}\" height=\"{}\" font-family=\"system-ui, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"14\">\n<title>{}</title>\n<desc>{}</desc>\n<rect x=\"-8\" y=\"-8\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        width + 16,
        height + 16,
        width + 16,
        height + 16,
        escape_html(&view.title),
        escape_html(&view.summary),
    );
    for shape in &view.shapes {
        let attributes = file_attributes(&shape.class);
        let (x, y, w, h) = (shape.x, shape.y, shape.w, shape.h);
        let element = match shape.kind {
            ShapeKind::Rect => {
                format!("<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"{attributes}/>")
            }
            ShapeKind::Line => {
                format!("<line x1=\"{x}\" y1=\"{y}\" x2=\"{w}\" y2=\"{h}\"{attributes}/>")
            }
            ShapeKind::Circle => format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{w}\"{attributes}/>"),
            ShapeKind::Text => format!(
                "<text x=\"{x}\" y=\"{y}\"{attributes}>{}</text>",
                escape_html(&shape.text)
            ),
        };
        svg.push_str(&element);
        svg.push('\n');
    }
    svg.push_str(&format!(
        "<text x=\"0\" y=\"{}\" fill=\"#4d4d4d\" font-size=\"12\">{}</text>\n</svg>\n",
        view.height + 20,
        escape_html(&format!(
            "Nguồn: {site_name}, số liệu từ bài “{}”",
            view.article_title
        )),
    ));
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_reach_wcag_contrast_in_both_themes() {
        for palette in [PALETTE, DARK_PALETTE] {
            let colour = |name: &str| palette.iter().find(|(n, _)| *n == name).unwrap().1;
            let paper = colour("paper");
            // Graphical objects: 3:1 (WCAG 1.4.11); text: 4.5:1 (1.4.3).
            for graphic in ["mark", "event", "line"] {
                let ratio = contrast_ratio(colour(graphic), paper);
                assert!(ratio >= 3.0, "{graphic} on {paper}: {ratio:.2}");
            }
            for text in ["text", "tick text"] {
                assert!(
                    contrast_ratio(colour(text), paper) >= 4.5,
                    "{text} on {paper}"
                );
            }
            // Labels inside bars: the paper colour on the mark colour.
            assert!(contrast_ratio(paper, colour("mark")) >= 4.5, "{paper}");
            // A derived bar's dashed outline against its own fill.
            assert!(contrast_ratio(colour("mark"), colour("derived fill")) >= 3.0);
        }
        assert!((contrast_ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        // Every colour the SVG files use is in the palette.
        for class in [
            "c-bar",
            "c-bar--derived",
            "c-track",
            "c-axis",
            "c-dot",
            "c-label",
            "c-tick",
            "c-value--inside",
        ] {
            for (_, value) in file_attributes(class)
                .split(' ')
                .filter_map(|a| a.split_once('='))
                .filter(|(name, _)| *name == "fill" || *name == "stroke")
            {
                let value = value.trim_matches('"');
                assert!(PALETTE.iter().any(|(_, c)| *c == value), "{class}: {value}");
            }
        }
    }

    #[test]
    fn attributes_for_files_follow_the_last_class() {
        assert_eq!(
            file_attributes("c-value c-value--inside t-end"),
            r##" fill="#ffffff" font-weight="700" text-anchor="end""##
        );
        assert_eq!(file_attributes("c-grid-unknown"), "");
    }
}
