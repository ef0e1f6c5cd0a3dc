//! The search index: built at build time from the content, split into
//! chunk files so that a query downloads only what it needs; and the query
//! side, which the browser app runs over the chunks it fetched.
//!
//! Files, under the data directory (format in docs/data-format.md):
//! - `search/index.json`: the number of documents and the first key of
//!   every chunk, so a query knows which chunks hold its words;
//! - `search/w/<name>.json`: word chunks, folded words in sorted order, each
//!   with its written forms ("dân", "dẫn" under "dan") and the documents
//!   holding each form;
//! - `search/p/<name>.json`: pair chunks, two folded words that stand together
//!   ("thuoc la"), for ranking phrases above scattered words;
//! - `search/d/<id>.json`: one document: kind, path, title, date, text,
//!   fetched for the results shown (title, date and excerpt).
//!
//! Documents are numbered oldest first, so a higher number is newer and
//! ties go to the newer document; a new article takes the next number and
//! leaves every other document's file as it was. A document list ("postings") is a
//! string of gaps between references `2 × document + in_title`: small
//! numbers that compress well and parse without a JSON array per item.
//!
//! Modules: [`doc`] (what is searched), [`files`] (the index files' format),
//! [`build`] (writing the index), [`update`] (updating the one a build
//! left, where few documents changed), [`rank`] (which documents answer, in what
//! order), [`excerpt`] and [`outcome`] (what a result shows), [`suggest`].
//! The index's file names and the search page's address are in
//! [`crate::route`].

mod build;
mod doc;
mod excerpt;
mod files;
mod outcome;
mod rank;
mod suggest;
mod update;

pub use build::{build_index, doc_hash, IndexState, Totals};
pub use doc::{DocKind, SearchDoc};
pub use excerpt::{excerpt, Piece};
pub use files::{Form, PairChunk, SearchMeta, SearchVersion, WordChunk};
pub use outcome::{SearchOutcome, SearchResult, WordedDoc, EXCERPT_LENGTH};
pub use rank::{rank, Needed};
pub use suggest::suggestions;
pub use update::{update_index, IndexUpdate, MAX_CHANGED_DOCS};

pub const SEARCH_FORMAT_VERSION: u32 = 2;
/// Bytes of JSON a chunk holds before the next one starts (it may exceed
/// this by one entry), a few kilobytes once compressed.
pub const CHUNK_BYTES: usize = 12 * 1024;
/// Prefix matching of the word being typed needs two letters, and may
/// read at most this many chunks: "t" alone would fetch half the index.
const PREFIX_MIN_CHARS: usize = 2;
const PREFIX_MAX_CHUNKS: usize = 3;
/// Results shown at once (and documents fetched for them).
pub const RESULTS_PER_PAGE: usize = 10;
