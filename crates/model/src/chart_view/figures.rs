//! The figures of an article's text that its datasets quote: the words
//! stating each value, which the article links to the value's mark.

use super::text::number_text;
use super::FigureRef;
use crate::article::{Article, Block};
use crate::stats::{ArticleStats, Value};

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
