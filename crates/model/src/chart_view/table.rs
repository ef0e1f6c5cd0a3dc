//! The data table of a chart: a row per value as the text writes it, with
//! where it comes from.

use super::text::{arithmetic_text, iso_date_vi, value_text};
use crate::article::{Article, Block};
use crate::stats::{ChartKind, Dataset, Value};

/// Which paragraph of the article, counted as a reader counts them.
fn paragraph_number(article: &Article, body_index: usize) -> usize {
    article.body[..=body_index.min(article.body.len().saturating_sub(1))]
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .count()
}

/// Where a value comes from, for readers: the quote and its paragraph, or
/// the computation of a derived value.
pub(super) fn provenance(value: &Value, article: &Article) -> String {
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
pub(super) fn table(dataset: &Dataset, article: &Article) -> (Vec<String>, Vec<Vec<String>>) {
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
                        v.date.as_deref().map(iso_date_vi).unwrap_or_default(),
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
