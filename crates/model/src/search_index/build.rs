//! Writing the index: every document's words and pairs, into chunk files
//! of about [`CHUNK_BYTES`] each, cut where the keys say (below), so that
//! the files stay the same as the archive grows, but for those a change
//! touches.

use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use super::files::gaps;
use super::{SearchDoc, SearchMeta, SearchVersion, CHUNK_BYTES};
use crate::route::{
    chunk_name, pair_chunk_file, search_doc_file, word_chunk_file, SEARCH_META_FILE,
};
use crate::search::{Word, JOINERS};

/// What a build of the index leaves behind for the next build to update
/// it from ([`super::update_index`]) instead of building it again: each
/// document's hash, the size of each kind of entry (chunks are cut by the
/// mean entry), and the hash of the table of chunks it wrote, which tells
/// whether the files are still the ones described.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexState {
    /// [`doc_hash`] of each document, by number.
    pub docs: Vec<u64>,
    pub words: Totals,
    pub pairs: Totals,
    /// [`text_hash`] of `search/index.json` as written.
    pub meta: u64,
}

/// Entries of one kind: how many, and their JSON's bytes (each counted
/// with the comma after it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub entries: usize,
    pub bytes: usize,
}

impl Totals {
    pub(super) fn of<'a>(entries: impl Iterator<Item = &'a (String, String)>) -> Totals {
        entries.fold(Totals::default(), |t, (_, json)| Totals {
            entries: t.entries + 1,
            bytes: t.bytes + json.len() + 1,
        })
    }

    /// Keys per chunk on average, a power of two: see [`chunk`].
    pub(super) fn spacing(self) -> u64 {
        let per_chunk = (CHUNK_BYTES * self.entries.max(1) / self.bytes.max(1)).max(1) as u64;
        1 << per_chunk.ilog2()
    }
}

/// folded word → written form → references; pair → references.
type WordRefs = HashMap<String, HashMap<String, Vec<u32>, Fast>, Fast>;
type PairRefs = HashMap<String, Vec<u32>, Fast>;

/// One document's index keys: (folded, written) words and folded pairs,
/// each with whether the title holds it.
pub(super) type DocWords = HashMap<(String, String), bool, Fast>;
pub(super) type DocPairs = HashMap<String, bool, Fast>;

/// Builds every index file from `docs`, given oldest first (a document's
/// number is its place: a new article takes the next number, and no other
/// document's number changes), and gives each to `put` as (path under the
/// data directory, JSON) once written: an archive's index is not held whole.
pub fn build_index(docs: &[SearchDoc], put: &mut dyn FnMut(String, String)) -> IndexState {
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

    let word_entries: Vec<(String, String)> = sorted(word_refs)
        .into_iter()
        .map(|(key, forms)| {
            let json = word_entry(&key, &forms.into_iter().collect());
            (key, json)
        })
        .collect();
    let words = Totals::of(word_entries.iter());
    let word_firsts = chunk(word_entries, words.spacing(), word_chunk_file, put);
    let pair_entries: Vec<(String, String)> = sorted(pair_refs)
        .into_iter()
        .map(|(key, refs)| {
            let json = pair_entry(&key, &refs);
            (key, json)
        })
        .collect();
    let pairs = Totals::of(pair_entries.iter());
    let pair_firsts = chunk(pair_entries, pairs.spacing(), pair_chunk_file, put);
    let meta = meta_json(docs.len(), word_firsts, pair_firsts);
    let meta_hash = text_hash(&meta);
    put(SEARCH_META_FILE.to_owned(), meta);
    for (id, doc) in docs.iter().enumerate() {
        put(search_doc_file(id as u32), to_json(doc));
    }
    IndexState {
        docs: docs.iter().map(doc_hash).collect(),
        words,
        pairs,
        meta: meta_hash,
    }
}

/// `search/index.json`.
pub(super) fn meta_json(documents: usize, words: Vec<String>, pairs: Vec<String>) -> String {
    to_json(&SearchMeta {
        format_version: SearchVersion,
        documents: documents as u32,
        words,
        pairs,
    })
}

/// A word's entry: `[key, [[form, gaps], …]]`, forms in order.
pub(super) fn word_entry(key: &str, forms: &BTreeMap<String, Vec<u32>>) -> String {
    let forms: Vec<(&String, String)> = forms
        .iter()
        .map(|(form, refs)| (form, gaps(refs)))
        .collect();
    to_json(&(key, forms))
}

/// A pair's entry: `[key, gaps]`.
pub(super) fn pair_entry(key: &str, refs: &[u32]) -> String {
    to_json(&(key, gaps(refs)))
}

/// A hash of a document, to tell whether it changed since the last build.
pub fn doc_hash(doc: &SearchDoc) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    doc.hash(&mut hasher);
    hasher.finish()
}

/// A hash of a file's text.
pub(super) fn text_hash(text: &str) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Document `id`'s reference in a document list: see the module's notes.
pub(super) fn reference(id: u32, in_title: bool) -> u32 {
    2 * id + u32::from(in_title)
}

/// The index keys of `doc`, into `words` and `pairs` (empty on entry).
pub(super) fn doc_terms(doc: &SearchDoc, words: &mut DocWords, pairs: &mut DocPairs) {
    for (field, in_title) in [(&doc.title, true), (&doc.text, false)] {
        let found = crate::search::words(field);
        for word in &found {
            for (folded, exact) in terms_of(word) {
                *words.entry((folded, exact)).or_default() |= in_title;
            }
        }
        let mut key = String::new();
        for pair in found.windows(2) {
            key.clear();
            key.push_str(&pair[0].folded);
            key.push(' ');
            key.push_str(&pair[1].folded);
            match pairs.get_mut(key.as_str()) {
                Some(seen) => *seen |= in_title,
                None => {
                    pairs.insert(key.clone(), in_title);
                }
            }
        }
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
    let mut doc_words = DocWords::default();
    let mut doc_pairs = DocPairs::default();
    for (id, doc) in (first..).zip(docs) {
        doc_terms(doc, &mut doc_words, &mut doc_pairs);
        for ((folded, exact), in_title) in doc_words.drain() {
            let forms = word_refs.entry(folded).or_default();
            forms
                .entry(exact)
                .or_default()
                .push(reference(id, in_title));
        }
        for (key, in_title) in doc_pairs.drain() {
            pair_refs
                .entry(key)
                .or_default()
                .push(reference(id, in_title));
        }
    }
    (word_refs, pair_refs)
}

/// A fast hash for the index's own words (FNV-1a, a word at a time: no
/// reader picks these keys, so a keyed hash buys nothing here and cost a
/// fifth of the build).
#[derive(Default, Clone, Copy)]
pub(super) struct Fast;

impl std::hash::BuildHasher for Fast {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0xcbf2_9ce4_8422_2325)
    }
}

pub(super) struct FastHasher(u64);

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

pub(super) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("index entries serialize")
}

/// Splits sorted (key, JSON) entries into chunk files, each named after
/// its first key; returns each chunk's first key.
///
/// A chunk ends after a key whose [`chunk_name`] is a multiple of
/// `spacing`: where chunks end depends on the keys alone, not on the bytes
/// before them, so an entry that grows (a new article's word) or a new key
/// changes its own chunk and no other. `spacing` is the power of two that
/// comes nearest below [`CHUNK_BYTES`] over the mean entry
/// ([`Totals::spacing`]): it changes, and every chunk with it, only when
/// entries double or halve in size.
pub(super) fn chunk(
    entries: Vec<(String, String)>,
    spacing: u64,
    file: fn(u64) -> String,
    put: &mut dyn FnMut(String, String),
) -> Vec<String> {
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
        if is_cut(&key, spacing) {
            close(&mut body, put, firsts.last().expect("a first key"));
        }
    }
    if !body.is_empty() {
        close(&mut body, put, firsts.last().expect("a first key"));
    }
    firsts
}

/// Whether a chunk ends after `key`: see [`chunk`].
pub(super) fn is_cut(key: &str, spacing: u64) -> bool {
    chunk_name(key).is_multiple_of(spacing)
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
        let entries = entries(keys);
        let spacing = Totals::of(entries.iter()).spacing();
        chunk(entries, spacing, word_chunk_file, &mut |file, json| {
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
        let totals = |entries, bytes| Totals { entries, bytes };
        assert_eq!(totals(10, CHUNK_BYTES * 10).spacing(), 1);
        assert_eq!(totals(100, CHUNK_BYTES).spacing(), 64);
        assert_eq!(totals(0, 0).spacing(), 1 << (CHUNK_BYTES as u64).ilog2());
    }
}
