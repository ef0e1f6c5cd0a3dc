//! A result's excerpt: the text around its first match, matches marked.

use serde::{Deserialize, Serialize};

/// A piece of an excerpt: text, highlighted or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// Up to about `length` characters of `text` around its first highlight,
/// within that highlight's paragraph (a line of `text`), cut at spaces,
/// with "…" where text was left out, and every highlight inside marked.
/// Without highlights, the start of the text.
pub fn excerpt(text: &str, highlights: &[(usize, usize)], length: usize) -> Vec<Piece> {
    let first = highlights.first().map_or(0, |h| h.0);
    let from = text[..first].rfind('\n').map_or(0, |i| i + 1);
    let to = text[first..].find('\n').map_or(text.len(), |i| first + i);
    let inside: Vec<(usize, usize)> = highlights
        .iter()
        .filter(|(s, e)| *s >= from && *e <= to)
        .map(|(s, e)| (s - from, e - from))
        .collect();
    let mut pieces = paragraph_excerpt(&text[from..to], &inside, length);
    // Text left out before or after the paragraph.
    if from > 0 && pieces.first().is_none_or(|p| p.text != "…") {
        pieces.insert(
            0,
            Piece {
                text: "…".into(),
                marked: false,
            },
        );
    }
    if to < text.len() && pieces.last().is_none_or(|p| p.text != "…") {
        pieces.push(Piece {
            text: "…".into(),
            marked: false,
        });
    }
    pieces
}

fn paragraph_excerpt(text: &str, highlights: &[(usize, usize)], length: usize) -> Vec<Piece> {
    let first = highlights.first().map_or(0, |h| h.0);
    // Start some way before the first highlight, at a word's start.
    let lead = length / 3;
    let mut start = text[..first]
        .char_indices()
        .rev()
        .nth(lead)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        start = text[start..first]
            .find(char::is_whitespace)
            .map_or(first, |i| start + i + 1);
    }
    let mut end = text[start..]
        .char_indices()
        .nth(length)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        end = text[..end]
            .rfind(char::is_whitespace)
            .filter(|e| *e > first)
            .unwrap_or(end);
    }
    // A highlight cut by the end is kept whole.
    for (s, e) in highlights {
        if *s < end && *e > end {
            end = *e;
        }
    }
    let mut pieces = Vec::new();
    let mut push = |text: &str, marked: bool| {
        if !text.is_empty() {
            pieces.push(Piece {
                text: text.to_owned(),
                marked,
            });
        }
    };
    let mut at = start;
    let open = if start > 0 { "…" } else { "" };
    push(open, false);
    for (s, e) in highlights.iter().filter(|(s, e)| *s >= start && *e <= end) {
        push(&text[at..*s], false);
        push(&text[*s..*e], true);
        at = *e;
    }
    push(&text[at..end], false);
    if end < text.len() {
        push("…", false);
    }
    pieces
}
