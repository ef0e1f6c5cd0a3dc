//! What a reader's browser holds of the search index, and the steps of one
//! keystroke over it, without the fetching: the search worker fetches over
//! the network, `tinso-bench` and the tests read files, and both drive the
//! same steps:
//!
//! 1. [`SearchCache::missing`]: the index files the query needs and the cache
//!    lacks. First the index's table of chunks, alone (which chunks a query
//!    needs depends on it); once that is there, the chunks. Fetch them and
//!    [`SearchCache::add`] each; repeat until nothing is missing.
//! 2. [`SearchCache::rank`]: the documents that answer, best first.
//! 3. [`SearchCache::missing_docs`] of those shown: fetch and add them.
//! 4. [`SearchCache::outcome`]: the results, with titles and excerpts.
//!
//! Files once added stay for the cache's life, so later keystrokes fetch
//! only what they lack.

use std::collections::BTreeMap;

use crate::route::{
    chunk_name, pair_chunk_file, search_doc_file, word_chunk_file, SEARCH_META_FILE,
};
use crate::search::Query;
use crate::search_index::{
    rank, PairChunk, SearchDoc, SearchMeta, SearchOutcome, SearchResult, WordChunk, WordedDoc,
};
use crate::DataErrors;

/// One file of the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum IndexFile {
    /// `search/index.json`: the table of chunks.
    Meta,
    /// A word chunk: its place in the table, and its name
    /// ([`crate::route::chunk_name`] of its first key).
    Words(usize, u64),
    Pairs(usize, u64),
    Doc(u32),
}

impl IndexFile {
    /// The file's path under the data directory.
    pub fn path(self) -> String {
        match self {
            IndexFile::Meta => SEARCH_META_FILE.to_owned(),
            IndexFile::Words(_, name) => word_chunk_file(name),
            IndexFile::Pairs(_, name) => pair_chunk_file(name),
            IndexFile::Doc(id) => search_doc_file(id),
        }
    }
}

/// The index files read so far.
#[derive(Debug, Default)]
pub struct SearchCache {
    meta: Option<SearchMeta>,
    words: BTreeMap<usize, WordChunk>,
    pairs: BTreeMap<usize, PairChunk>,
    docs: BTreeMap<u32, WordedDoc>,
}

impl SearchCache {
    /// The files `query` needs that the cache lacks: the table of chunks
    /// first, on its own; then the chunks. An empty query needs the table
    /// only, so asking for one gets the index ready before the reader types.
    pub fn missing(&self, query: &Query) -> Vec<IndexFile> {
        let Some(meta) = &self.meta else {
            return vec![IndexFile::Meta];
        };
        if query.is_empty() {
            return Vec::new();
        }
        let needed = meta.needed(query);
        let words = needed
            .words
            .into_iter()
            .filter(|n| !self.words.contains_key(n))
            .map(|n| IndexFile::Words(n, chunk_name(&meta.words[n])));
        let pairs = needed
            .pairs
            .into_iter()
            .filter(|n| !self.pairs.contains_key(n))
            .map(|n| IndexFile::Pairs(n, chunk_name(&meta.pairs[n])));
        words.chain(pairs).collect()
    }

    /// Pair chunks the next keystrokes will read once the reader has
    /// finished a word (`text` ends with a space): every pair that starts
    /// with the last word. Fetched while the reader goes on typing, so the
    /// next word's first letter finds them here.
    pub fn ahead(&self, text: &str) -> Vec<IndexFile> {
        let query = Query::new(text);
        match (&self.meta, query.words().last()) {
            (Some(meta), Some(last)) if text.ends_with(char::is_whitespace) => meta
                .pairs_after(&last.folded)
                .into_iter()
                .filter(|n| !self.pairs.contains_key(n))
                .map(|n| IndexFile::Pairs(n, chunk_name(&meta.pairs[n])))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The documents among `ids` that the cache lacks.
    pub fn missing_docs(&self, ids: &[u32]) -> Vec<IndexFile> {
        ids.iter()
            .filter(|id| !self.docs.contains_key(id))
            .map(|&id| IndexFile::Doc(id))
            .collect()
    }

    /// Reads `json`, the text of `file`, into the cache.
    pub fn add(&mut self, file: IndexFile, json: &str) -> Result<(), DataErrors> {
        let path = file.path();
        match file {
            IndexFile::Meta => self.meta = Some(SearchMeta::from_json(&path, json)?),
            IndexFile::Words(n, _) => {
                self.words.insert(n, WordChunk::from_json(&path, json)?);
            }
            IndexFile::Pairs(n, _) => {
                self.pairs.insert(n, PairChunk::from_json(&path, json)?);
            }
            IndexFile::Doc(id) => {
                self.docs
                    .insert(id, SearchDoc::from_json(&path, json)?.into());
            }
        }
        Ok(())
    }

    /// The documents that answer `query`, best first (missing chunks count
    /// as empty; nothing before the table of chunks is read).
    pub fn rank(&self, query: &Query) -> Vec<u32> {
        match &self.meta {
            Some(meta) => rank(query, meta, &self.words, &self.pairs),
            None => Vec::new(),
        }
    }

    /// The answer to `query` that ranked `ranked`: its first `shown`
    /// documents as results (those in the cache).
    pub fn outcome(&self, query: &Query, ranked: &[u32], shown: usize) -> SearchOutcome {
        SearchOutcome {
            total: ranked.len(),
            results: ranked
                .iter()
                .take(shown)
                .filter_map(|id| self.docs.get(id))
                .map(|doc| SearchResult::of(query, doc))
                .collect(),
        }
    }

    /// Documents in the table of chunks (none before it is read).
    pub fn documents(&self) -> u32 {
        self.meta.as_ref().map_or(0, |meta| meta.documents)
    }
}
