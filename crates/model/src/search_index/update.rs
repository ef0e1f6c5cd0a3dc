//! Updating the index a build left, instead of building it again: when
//! few documents changed since the [`IndexState`] it left, only the chunks
//! holding their words are read, changed and cut again, by the same rules
//! and into the same bytes as a build from nothing would write them. A
//! new article then costs its own words, not the archive's.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::build::{
    chunk, doc_hash, doc_terms, is_cut, meta_json, pair_entry, reference, text_hash, to_json,
    word_entry, DocPairs, DocWords, IndexState, Totals,
};
use super::{PairChunk, SearchDoc, SearchMeta, WordChunk};
use crate::route::{
    chunk_name, pair_chunk_file, search_doc_file, word_chunk_file, SEARCH_META_FILE,
};

/// More changed documents than this, and the index is built again: the
/// chunks they touch would be most of them anyway.
pub const MAX_CHANGED_DOCS: usize = 500;

/// What an update writes and leaves as it is.
#[derive(Debug)]
pub struct IndexUpdate {
    /// Files to write (path under the data directory, JSON).
    pub files: Vec<(String, String)>,
    /// Files of the last build that stay as they are.
    pub kept: Vec<String>,
    /// What the next build updates from.
    pub state: IndexState,
}

/// A key's written forms and their references (a pair's one form is "").
type Forms = BTreeMap<String, Vec<u32>>;
/// A chunk's entries, as read.
type Entries = Vec<(String, Forms)>;

/// The index of `docs` (oldest first, as for [`super::build_index`]) as an
/// update of the one `previous` describes, whose files `read` gives (by
/// path under the data directory); `None` where it must be built again:
/// too many documents changed, the chunks' spacing changes, or a file is
/// missing or not the one `previous` describes.
pub fn update_index(
    docs: &[SearchDoc],
    previous: &IndexState,
    read: &(dyn Fn(&str) -> Option<String> + Sync),
) -> Option<IndexUpdate> {
    let hashes: Vec<u64> = docs.iter().map(doc_hash).collect();
    let all = hashes.len().max(previous.docs.len());
    let changed: Vec<u32> = (0..all)
        .filter(|&i| hashes.get(i) != previous.docs.get(i))
        .map(|i| i as u32)
        .collect();
    if changed.len() > MAX_CHANGED_DOCS {
        return None;
    }
    let meta_text = read(SEARCH_META_FILE)?;
    if text_hash(&meta_text) != previous.meta {
        return None;
    }
    let meta = SearchMeta::from_json(SEARCH_META_FILE, &meta_text).ok()?;
    let old_docs = changed
        .iter()
        .filter(|&&id| (id as usize) < previous.docs.len());
    let read_early = read_together(old_docs.map(|&id| search_doc_file(id)).collect(), read);

    // Every key the changed documents held or hold, with their new references.
    let mut words: BTreeMap<String, Forms> = BTreeMap::new();
    let mut pairs: BTreeMap<String, Forms> = BTreeMap::new();
    let (mut doc_words, mut doc_pairs) = (DocWords::default(), DocPairs::default());
    for &id in &changed {
        let old = if (id as usize) < previous.docs.len() {
            let file = search_doc_file(id);
            let doc = SearchDoc::from_json(&file, &read_early(&file)?).ok()?;
            if doc_hash(&doc) != previous.docs[id as usize] {
                return None; // not the file the last build wrote
            }
            Some(doc)
        } else {
            None
        };
        for (doc, now) in [(old.as_ref(), false), (docs.get(id as usize), true)] {
            let Some(doc) = doc else { continue };
            doc_terms(doc, &mut doc_words, &mut doc_pairs);
            for ((folded, exact), in_title) in doc_words.drain() {
                let forms = words.entry(folded).or_default();
                let refs = forms.entry(exact).or_default();
                if now {
                    refs.push(reference(id, in_title));
                }
            }
            for (key, in_title) in doc_pairs.drain() {
                let refs = pairs
                    .entry(key)
                    .or_default()
                    .entry(String::new())
                    .or_default();
                if now {
                    refs.push(reference(id, in_title));
                }
            }
        }
    }
    let changed = Changed {
        first: changed.first().copied().unwrap_or(u32::MAX),
        ids: changed.into_iter().collect(),
    };
    let mut files = Vec::new();
    let mut kept = Vec::new();
    let word_kind = Kind {
        file: word_chunk_file,
        read_chunk: read_word_chunk,
        entry: |key, forms| word_entry(key, forms),
    };
    let pair_kind = Kind {
        file: pair_chunk_file,
        read_chunk: read_pair_chunk,
        entry: |key, forms| pair_entry(key, forms.get("").map_or(&[][..], Vec::as_slice)),
    };
    let mut wanted = word_kind.files_of(&meta.words, &words);
    wanted.extend(pair_kind.files_of(&meta.pairs, &pairs));
    let read_early = read_together(wanted, read);
    let read = &read_early;
    let (word_firsts, word_totals) = word_kind.update(
        &meta.words,
        previous.words,
        words,
        &changed,
        read,
        &mut files,
        &mut kept,
    )?;
    let (pair_firsts, pair_totals) = pair_kind.update(
        &meta.pairs,
        previous.pairs,
        pairs,
        &changed,
        read,
        &mut files,
        &mut kept,
    )?;
    let meta = meta_json(docs.len(), word_firsts, pair_firsts);
    let meta_hash = text_hash(&meta);
    files.push((SEARCH_META_FILE.to_owned(), meta));
    for (id, doc) in docs.iter().enumerate() {
        let file = search_doc_file(id as u32);
        if changed.ids.contains(&(id as u32)) {
            files.push((file, to_json(doc)));
        } else {
            kept.push(file);
        }
    }
    Some(IndexUpdate {
        files,
        kept,
        state: IndexState {
            docs: hashes,
            words: word_totals,
            pairs: pair_totals,
            meta: meta_hash,
        },
    })
}

/// Words or pairs: their chunks' files, how to read one, how an entry is
/// written.
struct Kind {
    file: fn(u64) -> String,
    read_chunk: fn(&str) -> Option<Entries>,
    entry: fn(&str, &Forms) -> String,
}

impl Kind {
    /// The files of the chunks the keys of `changes` fall in.
    fn files_of(&self, firsts: &[String], changes: &BTreeMap<String, Forms>) -> Vec<String> {
        let affected: BTreeSet<usize> = changes.keys().map(|k| chunk_of(firsts, k)).collect();
        affected
            .into_iter()
            .filter_map(|at| firsts.get(at))
            .map(|first| (self.file)(chunk_name(first)))
            .collect()
    }

    /// Applies `changes` (every key the changed documents held or hold,
    /// with their new references) to the chunks starting at `firsts`:
    /// returns the new chunks' first keys and the entries' totals, and adds
    /// the chunks written to `files` and those left to `kept`.
    #[allow(clippy::too_many_arguments)]
    fn update(
        &self,
        firsts: &[String],
        totals: Totals,
        changes: BTreeMap<String, Forms>,
        changed: &Changed,
        read: &dyn Fn(&str) -> Option<String>,
        files: &mut Vec<(String, String)>,
        kept: &mut Vec<String>,
    ) -> Option<(Vec<String>, Totals)> {
        if firsts.is_empty() {
            return None;
        }
        let spacing = totals.spacing();
        let affected: BTreeSet<usize> = changes.keys().map(|k| chunk_of(firsts, k)).collect();
        let mut changes = changes.into_iter().peekable();
        let mut totals = totals;
        let mut new_firsts = Vec::new();
        let mut next = 0;
        for &start in &affected {
            if start < next {
                continue; // taken into the run before
            }
            for first in &firsts[next..start] {
                kept.push((self.file)(chunk_name(first)));
                new_firsts.push(first.clone());
            }
            // A run of chunks read and changed together: it goes on while the
            // next chunk is affected too, or its last entry no longer ends a chunk.
            let mut entries: Vec<(String, String)> = Vec::new();
            let mut at = start;
            loop {
                let old = (self.read_chunk)(&read(&(self.file)(chunk_name(&firsts[at])))?)?;
                if old.first().map(|(key, _)| key) != Some(&firsts[at]) {
                    return None; // not the chunk the table describes
                }
                let end = firsts.get(at + 1);
                let mut in_chunk = Vec::new();
                while let Some((key, _)) = changes.peek() {
                    if end.is_some_and(|end| key >= end) {
                        break;
                    }
                    in_chunk.push(changes.next().expect("peeked"));
                }
                self.merge(old, in_chunk, changed, &mut totals, &mut entries);
                at += 1;
                let ends_a_chunk = entries.last().is_some_and(|(key, _)| is_cut(key, spacing));
                if at == firsts.len() || (!affected.contains(&at) && ends_a_chunk) {
                    break;
                }
            }
            next = at;
            new_firsts.extend(chunk(entries, spacing, self.file, &mut |file, json| {
                files.push((file, json))
            }));
        }
        for first in &firsts[next..] {
            kept.push((self.file)(chunk_name(first)));
            new_firsts.push(first.clone());
        }
        // A build from nothing would cut at another spacing: build again.
        (totals.spacing() == spacing).then_some((new_firsts, totals))
    }

    /// The entries of one chunk (`old`) with `changes` (sorted keys in its
    /// range) applied, onto `into`, keeping `totals` right.
    fn merge(
        &self,
        old: Vec<(String, Forms)>,
        changes: Vec<(String, Forms)>,
        changed: &Changed,
        totals: &mut Totals,
        into: &mut Vec<(String, String)>,
    ) {
        let mut changes = changes.into_iter().peekable();
        let push =
            |totals: &mut Totals, into: &mut Vec<(String, String)>, key: String, forms: Forms| {
                let forms = without_empty(forms);
                if !forms.is_empty() {
                    let json = (self.entry)(&key, &forms);
                    totals.entries += 1;
                    totals.bytes += json.len() + 1;
                    into.push((key, json));
                }
            };
        for (key, mut forms) in old {
            while changes.peek().is_some_and(|(k, _)| *k < key) {
                let (new_key, new_forms) = changes.next().expect("peeked");
                push(totals, into, new_key, new_forms);
            }
            if changes.peek().is_some_and(|(k, _)| *k == key) {
                let (_, new_forms) = changes.next().expect("peeked");
                let old_json = (self.entry)(&key, &forms);
                totals.entries -= 1;
                totals.bytes -= old_json.len() + 1;
                for refs in forms.values_mut() {
                    refs.retain(|r| !changed.holds(r / 2));
                }
                for (form, refs) in new_forms {
                    let into = forms.entry(form).or_default();
                    into.extend(refs);
                    into.sort_unstable();
                }
                push(totals, into, key, forms);
            } else {
                let json = (self.entry)(&key, &forms);
                into.push((key, json));
            }
        }
        for (key, forms) in changes {
            push(totals, into, key, forms);
        }
    }
}

/// The documents that changed.
struct Changed {
    ids: HashSet<u32>,
    /// The lowest: most references are older than every change (a new
    /// article), and need no look-up.
    first: u32,
}

impl Changed {
    fn holds(&self, id: u32) -> bool {
        id >= self.first && self.ids.contains(&id)
    }
}

/// The chunk `key` falls in: the last whose first key is not after it.
fn chunk_of(firsts: &[String], key: &str) -> usize {
    firsts
        .partition_point(|f| f.as_str() <= key)
        .saturating_sub(1)
}

/// Reads `files` together, on several threads, and gives a reader that
/// answers from them first (each once), then from `read`: read one at a
/// time, a cold disk's wait for each file was most of an update's time.
fn read_together<'a>(
    files: Vec<String>,
    read: &'a (dyn Fn(&str) -> Option<String> + Sync),
) -> impl Fn(&str) -> Option<String> + 'a {
    const READERS: usize = 16;
    let per_reader = files.len().div_ceil(READERS).max(1);
    let read_files: Vec<(String, Option<String>)> = std::thread::scope(|scope| {
        let readers: Vec<_> = files
            .chunks(per_reader)
            .map(|some| {
                scope.spawn(move || {
                    some.iter()
                        .map(|f| (f.clone(), read(f)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        readers
            .into_iter()
            .flat_map(|reader| reader.join().expect("reading does not panic"))
            .collect()
    });
    let early = std::sync::Mutex::new(read_files.into_iter().collect::<HashMap<_, _>>());
    move |file| {
        let taken = early.lock().unwrap_or_else(|e| e.into_inner()).remove(file);
        taken.unwrap_or_else(|| read(file))
    }
}

fn without_empty(mut forms: Forms) -> Forms {
    forms.retain(|_, refs| !refs.is_empty());
    forms
}

fn read_word_chunk(json: &str) -> Option<Entries> {
    let WordChunk(entries) = WordChunk::from_json("", json).ok()?;
    let entries = entries
        .into_iter()
        .map(|(key, forms)| (key, forms.into_iter().collect()));
    Some(entries.collect())
}

fn read_pair_chunk(json: &str) -> Option<Entries> {
    let PairChunk(entries) = PairChunk::from_json("", json).ok()?;
    let entries = entries
        .into_iter()
        .map(|(key, refs)| (key, Forms::from([(String::new(), refs)])));
    Some(entries.collect())
}
