//! Which documents answer a query, best first, from the chunks it needs.

use std::collections::BTreeMap;

use super::{PairChunk, SearchMeta, WordChunk, PREFIX_MAX_CHUNKS, PREFIX_MIN_CHARS};
use crate::search::Query;

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
        | u64::from(doc)
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
        .map(|key| (*key & u64::from(u32::MAX)) as u32)
        .collect()
}
