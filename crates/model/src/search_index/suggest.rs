//! Other queries to try when one found nothing.

use crate::search::{fold, lowercase_text};

/// Queries worth suggesting when `query` found nothing: without marks,
/// then with fewer words.
pub fn suggestions(query: &str) -> Vec<String> {
    let mut out = Vec::new();
    let folded = fold(query.trim());
    if folded != lowercase_text(query.trim()) && !folded.is_empty() {
        out.push(folded);
    }
    let written: Vec<&str> = query.split_whitespace().collect();
    if written.len() > 1 {
        out.push(written[..written.len() - 1].join(" "));
    }
    out
}
