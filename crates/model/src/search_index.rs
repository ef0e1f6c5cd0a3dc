//! The search index: built at build time from the content, split into
//! chunk files so that a query downloads only what it needs; and the query
//! side, which the browser app runs over the chunks it fetched.
//!
//! Files, under the data directory (format in docs/data-format.md):
//! - `search/index.json`: the number of documents and the first key of
//!   every chunk, so a query knows which chunks hold its words;
//! - `search/w<n>.json`: word chunks, folded words in sorted order, each
//!   with its written forms ("dân", "dẫn" under "dan") and the documents
//!   holding each form;
//! - `search/p<n>.json`: pair chunks, two folded words that stand together
//!   ("thuoc la"), for ranking phrases above scattered words;
//! - `search/d/<id>.json`: one document: kind, path, title, date, text,
//!   fetched for the results shown (title, date and excerpt).
//!
//! Documents are numbered newest first, so a lower number is newer and
//! ties go to the newer document. A document list ("postings") is a
//! string of gaps between references `2 × document + in_title`: small
//! numbers that compress well and parse without a JSON array per item.

use std::collections::BTreeMap;

use crate::article::{article_route, Article, Block};
use crate::chart_view::{dataset_route, ArticleCharts, ChartView};
use crate::search::{fold, lowercase_text, words, Query, Word, JOINERS};

pub const SEARCH_FORMAT_VERSION: u32 = 1;
/// The search page; its query is in `?q=`.
pub const SEARCH_ROUTE: &str = "/tim-kiem";
pub const SEARCH_META_FILE: &str = "search/index.json";
/// Bytes of JSON a chunk holds before the next one starts (it may exceed
/// this by one entry): about 4 KB brotli-compressed.
pub const CHUNK_BYTES: usize = 12 * 1024;
/// Prefix matching of the word being typed needs two letters, and may
/// read at most this many chunks: "t" alone would fetch half the index.
const PREFIX_MIN_CHARS: usize = 2;
const PREFIX_MAX_CHUNKS: usize = 3;
/// Results shown at once (and documents fetched for them).
pub const RESULTS_PER_PAGE: usize = 10;

pub fn word_chunk_file(n: usize) -> String {
    format!("search/w{n}.json")
}

pub fn pair_chunk_file(n: usize) -> String {
    format!("search/p{n}.json")
}

pub fn search_doc_file(id: u32) -> String {
    format!("search/d/{id}.json")
}

/// `/tim-kiem?q=…` with the query encoded for a URL.
pub fn search_url(query: &str) -> String {
    if query.trim().is_empty() {
        return SEARCH_ROUTE.to_owned();
    }
    let mut url = format!("{SEARCH_ROUTE}?q=");
    for byte in query.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                url.push(byte as char)
            }
            b' ' => url.push('+'),
            _ => url.push_str(&format!("%{byte:02X}")),
        }
    }
    url
}

/// The `q` parameter of a URL's query string ("?q=thuoc+la&x=1" → "thuoc la").
pub fn query_param(search: &str) -> String {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .find_map(|pair| pair.strip_prefix("q="))
        .map(percent_decode)
        .unwrap_or_default()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match text
                .get(i + 1..i + 3)
                .map(|hex| u8::from_str_radix(hex, 16))
            {
                Some(Ok(value)) => {
                    out.push(value);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What a search document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    Article,
    Dataset,
}

impl DocKind {
    pub fn code(self) -> &'static str {
        match self {
            DocKind::Article => "bai-viet",
            DocKind::Dataset => "so-lieu",
        }
    }

    pub fn from_code(code: &str) -> Option<DocKind> {
        match code {
            "bai-viet" => Some(DocKind::Article),
            "so-lieu" => Some(DocKind::Dataset),
            _ => None,
        }
    }

    /// The label over a result.
    pub fn name_vi(self) -> &'static str {
        match self {
            DocKind::Article => "Bài viết",
            DocKind::Dataset => "Số liệu",
        }
    }
}

/// One searchable document: an article or a dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    pub kind: DocKind,
    /// The page's path, without the deployment's base path.
    pub path: String,
    pub title: String,
    /// "2011-12-29".
    pub date: String,
    /// The text searched and quoted in excerpts; paragraphs on lines.
    pub text: String,
}

impl SearchDoc {
    /// An article: its title, then its lead is not repeated (it is quoted
    /// from the body); paragraphs and captions, one per line.
    pub fn of_article(article: &Article) -> SearchDoc {
        let local = article.published.in_vietnam();
        let text = article
            .body
            .iter()
            .map(|block| match block {
                Block::Paragraph { text } => text.as_str(),
                Block::Figure { caption, .. } => caption.as_str(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        SearchDoc {
            kind: DocKind::Article,
            path: article_route(&article.slug),
            title: article.title.clone(),
            date: format!("{:04}-{:02}-{:02}", local.year, local.month, local.day),
            text,
        }
    }

    /// A dataset: its description, what the chart shows, then each row of
    /// its table (labels, values as written, sources), one per line.
    pub fn of_dataset(view: &ChartView, date: &str) -> SearchDoc {
        let mut lines = vec![view.description.clone(), view.summary.clone()];
        lines.extend(view.rows.iter().map(|row| row.join(" — ")));
        SearchDoc {
            kind: DocKind::Dataset,
            path: dataset_route(&view.id),
            title: view.title.clone(),
            date: date.to_owned(),
            text: lines.join("\n"),
        }
    }

    /// Every article and dataset, newest first (an article before its
    /// datasets); `charts[i]` are the charts of `articles[i]`.
    pub fn all(articles: &[Article], charts: &[ArticleCharts]) -> Vec<SearchDoc> {
        let mut order: Vec<usize> = (0..articles.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(articles[i].published));
        let mut docs = Vec::new();
        for i in order {
            let article = SearchDoc::of_article(&articles[i]);
            let date = article.date.clone();
            docs.push(article);
            if let Some(charts) = charts.get(i) {
                docs.extend(
                    charts
                        .charts
                        .iter()
                        .map(|view| SearchDoc::of_dataset(view, &date)),
                );
            }
        }
        docs
    }

    pub fn to_json(&self) -> String {
        serde_json::json!({
            "format_version": SEARCH_FORMAT_VERSION,
            "kind": self.kind.code(),
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "text": self.text,
        })
        .to_string()
    }
}

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
        let forms: Vec<serde_json::Value> = forms
            .iter()
            .map(|(form, refs)| serde_json::json!([form, gaps(refs)]))
            .collect();
        (key.clone(), serde_json::json!([key, forms]).to_string())
    });
    let word_firsts = chunk(word_entries, word_chunk_file, &mut files);
    let pair_entries = pair_refs.iter().map(|(key, refs)| {
        (
            key.clone(),
            serde_json::json!([key, gaps(refs)]).to_string(),
        )
    });
    let pair_firsts = chunk(pair_entries, pair_chunk_file, &mut files);
    files.push((
        SEARCH_META_FILE.to_owned(),
        serde_json::json!({
            "format_version": SEARCH_FORMAT_VERSION,
            "documents": docs.len(),
            "words": word_firsts,
            "pairs": pair_firsts,
        })
        .to_string(),
    ));
    for (id, doc) in docs.iter().enumerate() {
        files.push((search_doc_file(id as u32), doc.to_json()));
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

/// Sorted references as gaps: "0 3 1".
fn gaps(refs: &[u32]) -> String {
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

/// Splits sorted (key, JSON) entries into chunk files; returns each
/// chunk's first key.
fn chunk(
    entries: impl Iterator<Item = (String, String)>,
    file: fn(usize) -> String,
    files: &mut Vec<(String, String)>,
) -> Vec<String> {
    let mut firsts = Vec::new();
    let mut body = String::new();
    let close = |body: &mut String, files: &mut Vec<(String, String)>, n: usize| {
        files.push((
            file(n),
            format!(
                "{{\"format_version\":{SEARCH_FORMAT_VERSION},\"entries\":[{}]}}",
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

/// `search/index.json`, read.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchMeta {
    pub documents: u32,
    pub words: Vec<String>,
    pub pairs: Vec<String>,
}

/// A written form of a word and the documents holding it.
pub type Form = (String, Vec<u32>);

/// A word chunk, read: folded key → written forms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordChunk(pub Vec<(String, Vec<Form>)>);

/// A pair chunk, read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PairChunk(pub Vec<(String, Vec<u32>)>);

impl WordChunk {
    /// From the entries' raw form: (key, [(form, gaps)]).
    pub fn from_raw(entries: Vec<(String, Vec<(String, String)>)>) -> WordChunk {
        WordChunk(
            entries
                .into_iter()
                .map(|(key, forms)| {
                    let forms = forms
                        .into_iter()
                        .map(|(form, refs)| (form, parse_gaps(&refs)))
                        .collect();
                    (key, forms)
                })
                .collect(),
        )
    }
}

impl PairChunk {
    pub fn from_raw(entries: Vec<(String, String)>) -> PairChunk {
        PairChunk(
            entries
                .into_iter()
                .map(|(key, refs)| (key, parse_gaps(&refs)))
                .collect(),
        )
    }
}

/// The chunks a query needs, by number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needed {
    pub words: Vec<usize>,
    pub pairs: Vec<usize>,
}

/// How a key of the index is looked for.
enum Lookup<'a> {
    Exact(&'a str),
    /// The word being typed: any key starting with it.
    Prefix(&'a str),
}

impl Lookup<'_> {
    fn matches(&self, key: &str) -> bool {
        match self {
            Lookup::Exact(term) => key == *term,
            Lookup::Prefix(prefix) => key.starts_with(prefix),
        }
    }

    /// Chunk numbers that may hold the keys, given each chunk's first key.
    fn chunks(&self, firsts: &[String]) -> Vec<usize> {
        let holding = |term: &str| firsts.partition_point(|first| first.as_str() <= term);
        match self {
            Lookup::Exact(term) => holding(term).checked_sub(1).into_iter().collect(),
            Lookup::Prefix(prefix) => {
                let first = holding(prefix).saturating_sub(1);
                // Chunks starting within the prefix's range follow the first.
                let after = firsts[first..]
                    .iter()
                    .skip(1)
                    .take_while(|key| key.starts_with(prefix))
                    .count();
                (first..first + 1 + after.min(PREFIX_MAX_CHUNKS - 1))
                    .filter(|n| *n < firsts.len())
                    .collect()
            }
        }
    }
}

/// The lookups of a query: one per word, and one per pair of neighbours.
/// A last word of one letter after others constrains nothing by itself
/// (it would match half the index) but still ranks through its pair:
/// "thuoc l" keeps the results of "thuoc", "Thuốc lá" first.
struct Plan<'q> {
    words: Vec<Option<Lookup<'q>>>,
    pairs: Vec<(String, bool)>,
}

fn plan(query: &Query) -> Plan<'_> {
    let query_words = query.words();
    let last = query_words.len().saturating_sub(1);
    let typing = |k: usize, folded: &str| k == last && folded.chars().count() >= PREFIX_MIN_CHARS;
    let words = query_words
        .iter()
        .enumerate()
        .map(|(k, word)| {
            if typing(k, &word.folded) {
                Some(Lookup::Prefix(&word.folded))
            } else if k == last && k > 0 {
                None
            } else {
                Some(Lookup::Exact(&word.folded))
            }
        })
        .collect();
    let pairs = query_words
        .windows(2)
        .enumerate()
        .map(|(k, pair)| {
            let key = format!("{} {}", pair[0].folded, pair[1].folded);
            (key, k + 1 == last)
        })
        .collect();
    Plan { words, pairs }
}

impl SearchMeta {
    /// The chunks `query` reads.
    pub fn needed(&self, query: &Query) -> Needed {
        let plan = plan(query);
        let mut words = std::collections::BTreeSet::new();
        let mut pairs = std::collections::BTreeSet::new();
        for lookup in plan.words.iter().flatten() {
            words.extend(lookup.chunks(&self.words));
        }
        for (key, typing) in &plan.pairs {
            let lookup = if *typing {
                Lookup::Prefix(key)
            } else {
                Lookup::Exact(key)
            };
            pairs.extend(lookup.chunks(&self.pairs));
        }
        Needed {
            words: words.into_iter().collect(),
            pairs: pairs.into_iter().collect(),
        }
    }

    /// The pair chunks holding every pair that starts with `word` (folded).
    pub fn pairs_after(&self, word: &str) -> Vec<usize> {
        Lookup::Prefix(&format!("{word} ")).chunks(&self.pairs)
    }
}

/// How well a document answers one word of the query (0: not at all).
const PARTIAL: u8 = 1;
const FOLDED: u8 = 2;
const EXACT: u8 = 3;
const IN_TITLE: u8 = 4;

/// How well a document answers the query, packed so that a greater number
/// ranks first (one sort of plain integers keeps the browser's code small):
/// every pair of neighbouring query words standing together; words with
/// the query's marks; words matched whole; words in the title; newer.
fn score(together: bool, exact: u8, folded: u8, in_title: u8, doc: u32) -> u64 {
    (u64::from(together) << 63)
        | (u64::from(exact) << 55)
        | (u64::from(folded) << 47)
        | (u64::from(in_title) << 39)
        | u64::from(u32::MAX - doc)
}

/// The documents that answer `query`, best first, from the chunks
/// [`SearchMeta::needed`] named (missing chunks count as empty).
pub fn rank(
    query: &Query,
    meta: &SearchMeta,
    words: &BTreeMap<usize, WordChunk>,
    pairs: &BTreeMap<usize, PairChunk>,
) -> Vec<u32> {
    let query_words = query.words();
    if query_words.is_empty() {
        return Vec::new();
    }
    let plan = plan(query);
    let documents = meta.documents as usize;
    // best[k][doc]: how well doc answers word k, with the title bit.
    let mut best = vec![vec![0u8; documents]; query_words.len()];
    for (k, lookup) in plan.words.iter().enumerate() {
        let query_word = &query_words[k];
        let Some(lookup) = lookup else {
            best[k].fill(PARTIAL);
            continue;
        };
        for n in lookup.chunks(&meta.words) {
            let Some(chunk) = words.get(&n) else { continue };
            for (key, forms) in chunk.0.iter().filter(|(key, _)| lookup.matches(key)) {
                for (form, refs) in forms {
                    let quality = if *key != query_word.folded {
                        PARTIAL
                    } else if query.marked() && *form == query_word.exact {
                        EXACT
                    } else {
                        FOLDED
                    };
                    for r in refs {
                        let Some(slot) = best[k].get_mut((r / 2) as usize) else {
                            continue;
                        };
                        let title = if r % 2 == 1 { IN_TITLE } else { 0 };
                        let level = (*slot & 3).max(quality);
                        *slot = level | (*slot & IN_TITLE) | title;
                    }
                }
            }
        }
    }
    let mut together = vec![0u8; documents];
    for (key, typing) in &plan.pairs {
        let lookup = if *typing {
            Lookup::Prefix(key)
        } else {
            Lookup::Exact(key)
        };
        let mut seen = vec![false; documents];
        for n in lookup.chunks(&meta.pairs) {
            let Some(chunk) = pairs.get(&n) else { continue };
            for (_, refs) in chunk.0.iter().filter(|(k, _)| lookup.matches(k)) {
                for r in refs {
                    if let Some(seen) = seen.get_mut((r / 2) as usize) {
                        *seen = true;
                    }
                }
            }
        }
        for (count, seen) in together.iter_mut().zip(seen) {
            *count += u8::from(seen);
        }
    }
    let pairs_wanted = plan.pairs.len() as u8;
    let mut found: Vec<u64> = (0..documents)
        .filter(|&doc| best.iter().all(|word| word[doc] & 3 > 0))
        .map(|doc| {
            let level =
                |wanted: fn(u8) -> bool| best.iter().filter(|word| wanted(word[doc])).count() as u8;
            score(
                together[doc] == pairs_wanted,
                level(|w| w & 3 == EXACT),
                level(|w| w & 3 >= FOLDED),
                level(|w| w & IN_TITLE > 0),
                doc as u32,
            )
        })
        .collect();
    found.sort_unstable();
    found
        .iter()
        .rev()
        .map(|key| u32::MAX - (*key & u64::from(u32::MAX)) as u32)
        .collect()
}

/// A piece of an excerpt: text, highlighted or not.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// Characters of text around the first match in a result's excerpt.
pub const EXCERPT_LENGTH: usize = 180;

/// One result as the results list shows it.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchOutcome {
    pub total: usize,
    pub results: Vec<SearchResult>,
}

impl SearchOutcome {
    /// The search worker's answer to the app, as JSON (written by hand:
    /// the worker carries no serializer). Pieces are `[text, 1]` when
    /// marked, `[text, 0]` otherwise.
    pub fn to_json(&self) -> String {
        let mut out = format!("{{\"total\":{},\"results\":[", self.total);
        for (i, result) in self.results.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"kind\":");
            json_string(&mut out, result.kind.code());
            out.push_str(",\"path\":");
            json_string(&mut out, &result.path);
            out.push_str(",\"date\":");
            json_string(&mut out, &result.date);
            for (name, pieces) in [("title", &result.title), ("excerpt", &result.excerpt)] {
                out.push_str(&format!(",\"{name}\":["));
                for (k, piece) in pieces.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    out.push('[');
                    json_string(&mut out, &piece.text);
                    out.push_str(if piece.marked { ",1]" } else { ",0]" });
                }
                out.push(']');
            }
            out.push('}');
        }
        out.push_str("]}");
        out
    }
}

/// Appends `text` as a JSON string.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
