//! Writing the index: every document's words and pairs, into chunk files
//! of about [`CHUNK_BYTES`] each, cut where the keys say (below), so that
//! the files stay the same as the archive grows, but for those a change
//! touches.

use std::collections::{BTreeMap, HashMap};

use super::files::gaps;
use super::{SearchDoc, SearchMeta, SearchVersion, CHUNK_BYTES};
use crate::route::{
    chunk_name, pair_chunk_file, search_doc_file, word_chunk_file, SEARCH_META_FILE,
};
use crate::search::{words, Word, JOINERS};

/// What the index holds, for reports: distinct folded words and pairs.
pub struct IndexCounts {
    pub words: usize,
    pub pairs: usize,
}

/// folded word → written form → references; pair → references.
type WordRefs = HashMap<String, HashMap<String, Vec<u32>, Fast>, Fast>;
type PairRefs = HashMap<String, Vec<u32>, Fast>;

/// Builds every index file from `docs`, given oldest first (a document's
/// number is its place: a new article takes the next number, and no other
/// document's number changes), and gives each to `put` as (path under the
/// data directory, JSON) once written: an archive's index is not held whole.
pub fn build_index(docs: &[SearchDoc], put: &mut dyn FnMut(String, String)) -> IndexCounts {
    // Each core counts a run of the documents; the runs' references then
    // join in order (a later run's documents have higher numbers).
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let run = docs.len().div_ceil(workers).max(1);
    let counted: Vec<(WordRefs, PairRefs)> = if workers == 1 {
        vec![count(docs, 0)]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = docs
                .chunks(run)
                .enumerate()
                .map(|(k, run_docs)| scope.spawn(move || count(run_docs, (k * run) as u32)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("counting does not panic"))
                .collect()
        })
    };
    let mut counted = counted.into_iter();
    let (mut word_refs, mut pair_refs) = counted.next().unwrap_or_default();
    for (words, pairs) in counted {
        for (folded, forms) in words {
            let into = word_refs.entry(folded).or_default();
            for (exact, refs) in forms {
                into.entry(exact).or_default().extend(refs);
            }
        }
        for (key, refs) in pairs {
            pair_refs.entry(key).or_default().extend(refs);
        }
    }
    let (words, pairs) = (word_refs.len(), pair_refs.len());

    let word_entries = sorted(word_refs).into_iter().map(|(key, forms)| {
        let forms: BTreeMap<String, Vec<u32>> = forms.into_iter().collect();
        let forms: Vec<(&String, String)> = forms
            .iter()
            .map(|(form, refs)| (form, gaps(refs)))
            .collect();
        let json = to_json(&(&key, forms));
        (key, json)
    });
    let word_firsts = chunk(word_entries.collect(), word_chunk_file, put);
    let pair_entries = sorted(pair_refs).into_iter().map(|(key, refs)| {
        let json = to_json(&(&key, gaps(&refs)));
        (key, json)
    });
    let pair_firsts = chunk(pair_entries.collect(), pair_chunk_file, put);
    put(
        SEARCH_META_FILE.to_owned(),
        to_json(&SearchMeta {
            format_version: SearchVersion,
            documents: docs.len() as u32,
            words: word_firsts,
            pairs: pair_firsts,
        }),
    );
    for (id, doc) in docs.iter().enumerate() {
        put(search_doc_file(id as u32), to_json(doc));
    }
    IndexCounts { words, pairs }
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

/// The entries of `map` in key order.
fn sorted<V>(map: HashMap<String, V, Fast>) -> Vec<(String, V)> {
    let mut entries: Vec<(String, V)> = map.into_iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    entries
}

/// The words and pairs of `docs`, numbered from `first`: hash maps while
/// counting (a sorted map per word seen cost most of the time), sorted once
/// at the end by [`build_index`].
fn count(docs: &[SearchDoc], first: u32) -> (WordRefs, PairRefs) {
    let mut word_refs = WordRefs::default();
    let mut pair_refs = PairRefs::default();
    let mut doc_words: HashMap<(String, String), bool, Fast> = HashMap::default();
    let mut doc_pairs: HashMap<String, bool, Fast> = HashMap::default();
    for (id, doc) in (first..).zip(docs) {
        for (field, in_title) in [(&doc.title, true), (&doc.text, false)] {
            let found = words(field);
            for word in &found {
                for (folded, exact) in terms_of(word) {
                    *doc_words.entry((folded, exact)).or_default() |= in_title;
                }
            }
            let mut key = String::new();
            for pair in found.windows(2) {
                key.clear();
                key.push_str(&pair[0].folded);
                key.push(' ');
                key.push_str(&pair[1].folded);
                match doc_pairs.get_mut(key.as_str()) {
                    Some(seen) => *seen |= in_title,
                    None => {
                        doc_pairs.insert(key.clone(), in_title);
                    }
                }
            }
        }
        let reference = |in_title: bool| 2 * id + u32::from(in_title);
        for ((folded, exact), in_title) in doc_words.drain() {
            let forms = word_refs.entry(folded).or_default();
            forms.entry(exact).or_default().push(reference(in_title));
        }
        for (key, in_title) in doc_pairs.drain() {
            pair_refs.entry(key).or_default().push(reference(in_title));
        }
    }
    (word_refs, pair_refs)
}

/// A fast hash for the index's own words (FNV-1a, a word at a time: no
/// reader picks these keys, so a keyed hash buys nothing here and cost a
/// fifth of the build).
#[derive(Default, Clone, Copy)]
struct Fast;

impl std::hash::BuildHasher for Fast {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0xcbf2_9ce4_8422_2325)
    }
}

struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0 ^ u64::from_le_bytes(word)).wrapping_mul(0x0000_0100_0000_01b3);
            self.0 ^= self.0 >> 29;
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("index entries serialize")
}

/// Splits sorted (key, JSON) entries into chunk files, each named after
/// its first key; returns each chunk's first key.
///
/// A chunk ends after a key whose [`chunk_name`] is a multiple of
/// `spacing`: where chunks end depends on the keys alone, not on the bytes
/// before them, so an entry that grows (a new article's word) or a new key
/// changes its own chunk and no other. `spacing` is the power of two that
/// comes nearest below [`CHUNK_BYTES`] over the mean entry: it changes,
/// and every chunk with it, only when entries double or halve in size.
fn chunk(
    entries: Vec<(String, String)>,
    file: fn(u64) -> String,
    put: &mut dyn FnMut(String, String),
) -> Vec<String> {
    let total: usize = entries.iter().map(|(_, json)| json.len() + 1).sum();
    let spacing = spacing(total, entries.len());
    let mut firsts: Vec<String> = Vec::new();
    let mut body = String::new();
    // A `ChunkFile`, written an entry at a time.
    let close = |body: &mut String, put: &mut dyn FnMut(String, String), first: &str| {
        put(
            file(chunk_name(first)),
            format!(
                "{{\"format_version\":{},\"entries\":[{}]}}",
                to_json(&SearchVersion),
                std::mem::take(body)
            ),
        );
    };
    for (key, json) in entries {
        if body.is_empty() {
            firsts.push(key.clone());
        } else {
            body.push(',');
        }
        body.push_str(&json);
        if chunk_name(&key).is_multiple_of(spacing) {
            close(&mut body, put, firsts.last().expect("a first key"));
        }
    }
    if !body.is_empty() {
        close(&mut body, put, firsts.last().expect("a first key"));
    }
    firsts
}

/// Keys per chunk on average, a power of two: see [`chunk`].
fn spacing(total_bytes: usize, entries: usize) -> u64 {
    let per_chunk = (CHUNK_BYTES * entries.max(1) / total_bytes.max(1)).max(1) as u64;
    1 << per_chunk.ilog2()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(keys: &[&str]) -> Vec<(String, String)> {
        keys.iter()
            .map(|k| (k.to_string(), format!("[\"{k}\",\"{}\"]", "x".repeat(600))))
            .collect()
    }

    /// Chunks as (file, first key) pairs.
    fn chunks_of(keys: &[&str]) -> Vec<(String, String)> {
        let mut files = Vec::new();
        chunk(entries(keys), word_chunk_file, &mut |file, json| {
            files.push((file, json))
        });
        files
    }

    #[test]
    fn a_new_key_changes_its_own_chunk_only() {
        let keys: Vec<String> = (0..2000).map(|i| format!("k{i:05}")).collect();
        let mut refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let before = chunks_of(&refs);
        assert!(before.len() > 20, "{} chunks", before.len());
        refs.insert(1000, "k00999a");
        let after = chunks_of(&refs);
        let changed = after.iter().filter(|f| !before.contains(f)).count();
        assert_eq!(changed, 1, "one chunk holds the new key");
        assert_eq!(after.len(), before.len());
    }

    #[test]
    fn spacing_follows_the_mean_entry() {
        assert_eq!(spacing(CHUNK_BYTES * 10, 10), 1);
        assert_eq!(spacing(CHUNK_BYTES, 100), 64);
        assert_eq!(spacing(0, 0), 1 << (CHUNK_BYTES as u64).ilog2());
    }
}
