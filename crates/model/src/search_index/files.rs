//! The index files' format (docs/search.md), one serde definition each,
//! read the same way by the search worker, the benchmark and the tests.

use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};

use super::SEARCH_FORMAT_VERSION;
use crate::error::{parse_json, DataErrors};

/// The `format_version` of every index file: written as
/// [`SEARCH_FORMAT_VERSION`], and a file of another version is refused
/// (the build wrote it, and a reader of another version would find
/// nothing without saying why).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchVersion;

impl Serialize for SearchVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(SEARCH_FORMAT_VERSION)
    }
}

impl<'de> Deserialize<'de> for SearchVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match u32::deserialize(deserializer)? {
            SEARCH_FORMAT_VERSION => Ok(SearchVersion),
            _ => Err(serde::de::Error::custom(
                "format_version: is not a version this app reads",
            )),
        }
    }
}

/// `search/index.json`: the number of documents and each chunk's first key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchMeta {
    pub format_version: SearchVersion,
    pub documents: u32,
    pub words: Vec<String>,
    pub pairs: Vec<String>,
}

/// A chunk file: sorted `[key, value]` entries.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChunkFile<E> {
    #[allow(dead_code)] // checked as it is read
    pub format_version: SearchVersion,
    pub entries: Vec<E>,
}

/// A written form of a word and the documents holding it.
pub type Form = (String, Vec<u32>);

/// A word chunk, read: folded key → written forms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordChunk(pub Vec<(String, Vec<Form>)>);

/// A pair chunk, read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PairChunk(pub Vec<(String, Vec<u32>)>);

impl SearchMeta {
    pub fn from_json(file: &str, json: &str) -> Result<SearchMeta, DataErrors> {
        parse_json(file, json)
    }
}

impl WordChunk {
    /// A word chunk's entries are `[key, [[form, gaps], …]]`.
    pub fn from_json(file: &str, json: &str) -> Result<WordChunk, DataErrors> {
        let chunk: ChunkFile<(String, Vec<(String, String)>)> = parse_json(file, json)?;
        Ok(WordChunk(
            chunk
                .entries
                .into_iter()
                .map(|(key, forms)| {
                    let forms = forms
                        .into_iter()
                        .map(|(form, refs)| (form, parse_gaps(&refs)))
                        .collect();
                    (key, forms)
                })
                .collect(),
        ))
    }
}

impl PairChunk {
    /// A pair chunk's entries are `[key, gaps]`.
    pub fn from_json(file: &str, json: &str) -> Result<PairChunk, DataErrors> {
        let chunk: ChunkFile<(String, String)> = parse_json(file, json)?;
        Ok(PairChunk(
            chunk
                .entries
                .into_iter()
                .map(|(key, refs)| (key, parse_gaps(&refs)))
                .collect(),
        ))
    }
}

/// Sorted references as gaps: "0 3 1".
pub(super) fn gaps(refs: &[u32]) -> String {
    let mut out = String::new();
    let mut previous = 0;
    for (i, r) in refs.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&(r - previous).to_string());
        previous = *r;
    }
    out
}

fn parse_gaps(text: &str) -> Vec<u32> {
    let mut total = 0u32;
    text.split(' ')
        .filter_map(|gap| gap.parse::<u32>().ok())
        .map(|gap| {
            total += gap;
            total
        })
        .collect()
}
