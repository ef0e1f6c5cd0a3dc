//! What a search found, as the results list shows it: the worker's answer.

use serde::{Deserialize, Serialize};

use super::{excerpt, DocKind, Piece, SearchDoc};
use crate::error::{parse_json, DataErrors};
use crate::search::{words, Query, Word};

/// Characters of text around the first match in a result's excerpt.
pub const EXCERPT_LENGTH: usize = 180;

/// One result as the results list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResult {
    pub kind: DocKind,
    pub path: String,
    /// "2011-12-29".
    pub date: String,
    /// The whole title, matched words marked.
    pub title: Vec<Piece>,
    pub excerpt: Vec<Piece>,
}

impl SearchResult {
    /// `doc` as a result of `query`: its title and an excerpt around the
    /// first match, with every match marked (a phrase as one mark).
    pub fn of(query: &Query, doc: &WordedDoc) -> SearchResult {
        let pieces = |text: &str, words: &[Word], length: usize| {
            let highlights = crate::search::answer(query, words)
                .map(|a| a.highlights)
                .unwrap_or_default();
            excerpt(text, &highlights, length)
        };
        let WordedDoc { doc, title, text } = doc;
        SearchResult {
            kind: doc.kind,
            path: doc.path.clone(),
            date: doc.date.clone(),
            title: pieces(&doc.title, title, usize::MAX / 2),
            excerpt: pieces(&doc.text, text, EXCERPT_LENGTH),
        }
    }
}

/// A document with its words read once, when it arrives: each keystroke
/// after that only matches them (reading the words of a long article again
/// for every keystroke took milliseconds in the browser).
#[derive(Debug, Clone)]
pub struct WordedDoc {
    doc: SearchDoc,
    title: Vec<Word>,
    text: Vec<Word>,
}

impl From<SearchDoc> for WordedDoc {
    fn from(doc: SearchDoc) -> WordedDoc {
        WordedDoc {
            title: words(&doc.title),
            text: words(&doc.text),
            doc,
        }
    }
}

/// What a search found: how many documents, and the first few as results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchOutcome {
    pub total: usize,
    pub results: Vec<SearchResult>,
}

impl SearchOutcome {
    /// The search worker's answer to the app.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("outcomes serialize")
    }

    pub fn from_json(file: &str, json: &str) -> Result<SearchOutcome, DataErrors> {
        parse_json(file, json)
    }
}
