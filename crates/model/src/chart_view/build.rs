//! Building the views: a dataset laid out as a [`ChartView`] with its marks,
//! table and notes, and the charts of an article with the figures of its
//! text they quote ([`ArticleCharts`]).

use super::figures::figure_refs;
use super::layout::bars::units_of;
use super::layout::{Canvas, CHART_WIDTH};
use super::table::table;
use super::text::{describe, kind_name, mark_name};
use super::{ArticleCharts, ChartView, DatasetSummary, FigureRef};
use crate::article::{Article, FORMAT_VERSION};
use crate::stats::{ArticleStats, ChartKind, Dataset, Value};

impl ChartView {
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
            article_published: article.published,
            width: CHART_WIDTH,
            height,
            shapes: canvas.shapes,
            marks: canvas.marks,
            columns,
            rows,
            notes,
            pass_on: None,
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
}
