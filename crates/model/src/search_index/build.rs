//! Writing the index: every document's words and pairs, into chunk files
//! of about [`CHUNK_BYTES`] each.

use std::collections::BTreeMap;

use super::files::gaps;
use super::{SearchDoc, SearchMeta, SearchVersion, CHUNK_BYTES};
use crate::route::{pair_chunk_file, search_doc_file, word_chunk_file, SEARCH_META_FILE};
use crate::search::{words, Word, JOINERS};

/// The index files, by path under the data directory.
pub struct IndexFiles {
    pub files: Vec<(String, String)>,
    /// Distinct folded words and pairs, for reports.
    pub words: usize,
    pub pairs: usize,
}

/// Builds every index file from `docs`, given newest first.
pub fn build_index(docs: &[SearchDoc]) -> IndexFiles {
    // folded word → written form → references; pair → references.
    let mut word_refs: BTreeMap<String, BTreeMap<String, Vec<u32>>> = BTreeMap::new();
    let mut pair_refs: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (id, doc) in docs.iter().enumerate() {
        let id = id as u32;
        let mut doc_words: BTreeMap<(String, String), bool> = BTreeMap::new();
        let mut doc_pairs: BTreeMap<String, bool> = BTreeMap::new();
        for (field, in_title) in [(&doc.title, true), (&doc.text, false)] {
            let found = words(field);
            for word in &found {
                for (folded, exact) in terms_of(word) {
                    *doc_words.entry((folded, exact)).or_default() |= in_title;
                }
            }
            for pair in found.windows(2) {
                let key = format!("{} {}", pair[0].folded, pair[1].folded);
                *doc_pairs.entry(key).or_default() |= in_title;
            }
        }
        let reference = |in_title: bool| 2 * id + u32::from(in_title);
        for ((folded, exact), in_title) in doc_words {
            let forms = word_refs.entry(folded).or_default();
            forms.entry(exact).or_default().push(reference(in_title));
        }
        for (key, in_title) in doc_pairs {
            pair_refs.entry(key).or_default().push(reference(in_title));
        }
    }

    let mut files = Vec::new();
    let word_entries = word_refs.iter().map(|(key, forms)| {
        let forms: Vec<(&String, String)> = forms
            .iter()
            .map(|(form, refs)| (form, gaps(refs)))
            .collect();
        (key.clone(), to_json(&(key, forms)))
    });
    let word_firsts = chunk(word_entries, word_chunk_file, &mut files);
    let pair_entries = pair_refs
        .iter()
        .map(|(key, refs)| (key.clone(), to_json(&(key, gaps(refs)))));
    let pair_firsts = chunk(pair_entries, pair_chunk_file, &mut files);
    files.push((
        SEARCH_META_FILE.to_owned(),
        to_json(&SearchMeta {
            format_version: SearchVersion,
            documents: docs.len() as u32,
            words: word_firsts,
            pairs: pair_firsts,
        }),
    ));
    for (id, doc) in docs.iter().enumerate() {
        files.push((search_doc_file(id as u32), to_json(doc)));
    }
    IndexFiles {
        files,
        words: word_refs.len(),
        pairs: pair_refs.len(),
    }
}

/// The index keys of a word: itself and, for a code or number, each part
/// ("30a/2008/nq-cp" → also "30a", "2008", "nq", "cp"), as (folded, written).
fn terms_of(word: &Word) -> Vec<(String, String)> {
    let mut terms = vec![(word.folded.clone(), word.exact.clone())];
    if word.folded.contains(JOINERS) {
        let folded = word.folded.split(JOINERS);
        let exact = word.exact.split(JOINERS);
        for (f, e) in folded.zip(exact) {
            if !f.is_empty() {
                terms.push((f.to_owned(), e.to_owned()));
            }
        }
    }
    terms
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("index entries serialize")
}

/// Splits sorted (key, JSON) entries into chunk files; returns each
/// chunk's first key.
fn chunk(
    entries: impl Iterator<Item = (String, String)>,
    file: fn(usize) -> String,
    files: &mut Vec<(String, String)>,
) -> Vec<String> {
    let mut firsts = Vec::new();
    let mut body = String::new();
    // A `ChunkFile`, written an entry at a time to cut chunks by size.
    let close = |body: &mut String, files: &mut Vec<(String, String)>, n: usize| {
        files.push((
            file(n),
            format!(
                "{{\"format_version\":{},\"entries\":[{}]}}",
                to_json(&SearchVersion),
                std::mem::take(body)
            ),
        ));
    };
    for (key, json) in entries {
        if body.is_empty() {
            firsts.push(key);
        } else {
            body.push(',');
        }
        body.push_str(&json);
        if body.len() >= CHUNK_BYTES {
            close(&mut body, files, firsts.len() - 1);
        }
    }
    if !body.is_empty() {
        close(&mut body, files, firsts.len() - 1);
    }
    firsts
}
