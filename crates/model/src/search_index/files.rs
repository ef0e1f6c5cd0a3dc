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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
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

/// Sorted references as gaps: "0 3 1". Digits are written by hand: a
/// string per number was most of the time of updating a long list.
pub(super) fn gaps(refs: &[u32]) -> String {
    let mut out = String::with_capacity(refs.len() * 3);
    let mut previous = 0;
    let mut digits = [0u8; 10];
    for (i, r) in refs.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut gap = r - previous;
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (gap % 10) as u8;
            gap /= 10;
            if gap == 0 {
                break;
            }
        }
        out.push_str(std::str::from_utf8(&digits[at..]).expect("ASCII digits"));
        previous = *r;
    }
    out
}

/// The references that `gaps` wrote; a gap that is not a number is left out.
fn parse_gaps(text: &str) -> Vec<u32> {
    let mut refs = Vec::with_capacity(text.len() / 2);
    let mut total = 0u32;
    for gap in text.split(' ') {
        let value = gap.bytes().try_fold(None, |value: Option<u32>, b| {
            let digit = b.wrapping_sub(b'0');
            (digit < 10).then_some(())?;
            value
                .unwrap_or(0)
                .checked_mul(10)?
                .checked_add(u32::from(digit))
                .map(Some)
        });
        if let Some(Some(gap)) = value {
            total += gap;
            refs.push(total);
        }
    }
    refs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_read_back_as_the_references_written() {
        for refs in [
            vec![],
            vec![0],
            vec![0, 3, 4],
            vec![7, 10, 1_000_000, u32::MAX],
        ] {
            assert_eq!(parse_gaps(&gaps(&refs)), refs);
        }
        assert_eq!(gaps(&[0, 3, 4, 14]), "0 3 1 10");
    }

    #[test]
    fn a_gap_that_is_not_a_number_is_left_out() {
        assert_eq!(parse_gaps("1 x 2  3"), [1, 3, 6]);
        assert_eq!(
            parse_gaps("1 99999999999 2"),
            [1, 3],
            "too large for a reference"
        );
        assert_eq!(parse_gaps("-1 +2 3"), [3]);
    }
}
