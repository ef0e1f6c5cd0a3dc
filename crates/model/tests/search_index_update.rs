//! Updating the search index a build left gives, file for file, the index
//! a build from nothing gives: after a new document, a corrected one, a
//! removed one, and a long run of random edits; and it declines (so the
//! index is built again) where it cannot be sure.

use std::collections::BTreeMap;

use tinso_model::route::SEARCH_META_FILE;
use tinso_model::search_index::{
    build_index, update_index, DocKind, IndexState, SearchDoc, SearchVersion, MAX_CHANGED_DOCS,
};

type Files = BTreeMap<String, String>;

/// A small deterministic generator, so that a failure can be replayed.
struct Random(u64);

impl Random {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }

    /// A Vietnamese-looking word, with marks, now and then a code.
    fn word(&mut self) -> String {
        const ONSETS: [&str; 12] = [
            "b", "c", "d", "đ", "h", "kh", "l", "m", "ng", "th", "tr", "v",
        ];
        const RHYMES: [&str; 16] = [
            "a", "à", "ấn", "ông", "ưởng", "iến", "oà", "uy", "ênh", "ọc", "ười", "ắt", "em", "ao",
            "ương", "ỉnh",
        ];
        if self.next(40) == 0 {
            return format!("{}/{}/nđ-cp", self.next(200), 2000 + self.next(25));
        }
        let onset = ONSETS[self.next(ONSETS.len())];
        let rhyme = RHYMES[self.next(RHYMES.len())];
        match self.next(4) {
            0 => format!("{onset}{rhyme}{}", self.next(30)),
            _ => format!("{onset}{rhyme}"),
        }
    }

    fn words(&mut self, count: usize) -> String {
        (0..count)
            .map(|_| self.word())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn doc(&mut self, n: usize) -> SearchDoc {
        let title = self.words(6);
        let length = 30 + self.next(60);
        let text = self.words(length);
        SearchDoc {
            format_version: SearchVersion,
            kind: DocKind::Article,
            path: format!("/bai-viet/tin-{n}"),
            title,
            date: "2026-12-04".into(),
            text,
        }
    }
}

fn clean(docs: &[SearchDoc]) -> (Files, IndexState) {
    let mut files = Files::new();
    let state = build_index(docs, &mut |file, json| {
        files.insert(file, json);
    });
    (files, state)
}

/// The files after updating `previous` to `docs`, the state, and how many
/// files were written; `None` where the update declined.
fn updated(
    previous: &(Files, IndexState),
    docs: &[SearchDoc],
) -> Option<(Files, IndexState, usize)> {
    let (old_files, old_state) = previous;
    let update = update_index(docs, old_state, &|file| old_files.get(file).cloned())?;
    let mut files = Files::new();
    for file in &update.kept {
        let json = old_files
            .get(file)
            .unwrap_or_else(|| panic!("{file} kept but not there"));
        assert!(
            files.insert(file.clone(), json.clone()).is_none(),
            "{file} kept twice"
        );
    }
    for (file, json) in &update.files {
        assert!(
            files.insert(file.clone(), json.clone()).is_none(),
            "{file} kept and written"
        );
    }
    Some((files, update.state, update.files.len()))
}

/// Asserts that the update of `previous` to `docs` is the clean build of
/// `docs`; returns it, and the number of files written.
fn assert_same(
    previous: &(Files, IndexState),
    docs: &[SearchDoc],
    what: &str,
) -> ((Files, IndexState), usize) {
    let (files, state, written) =
        updated(previous, docs).unwrap_or_else(|| panic!("{what}: the update declined"));
    let (clean_files, clean_state) = clean(docs);
    let missing: Vec<_> = clean_files
        .keys()
        .filter(|f| !files.contains_key(*f))
        .collect();
    let extra: Vec<_> = files
        .keys()
        .filter(|f| !clean_files.contains_key(*f))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: missing {missing:?}, extra {extra:?}"
    );
    for (file, json) in &clean_files {
        assert_eq!(&files[file], json, "{what}: {file} differs");
    }
    assert_eq!(state, clean_state, "{what}: state");
    ((files, state), written)
}

fn archive(random: &mut Random, count: usize) -> Vec<SearchDoc> {
    (0..count).map(|n| random.doc(n)).collect()
}

#[test]
fn one_new_document_rewrites_its_own_chunks_only() {
    let mut random = Random(1);
    let mut docs = archive(&mut random, 300);
    let before = clean(&docs);
    assert!(
        before.0.len() > 340,
        "{} files: chunks enough to matter",
        before.0.len()
    );
    docs.push(random.doc(300));
    let ((after, _), written) = assert_same(&before, &docs, "a new document");
    let chunks = after.len() - docs.len() - 1;
    // The new document, the table, and the chunks holding its ~80 keys.
    assert!(written < 2 + 100, "{written} files written");
    assert!(written < chunks, "{written} written of {chunks} chunks");
}

#[test]
fn nothing_changed_rewrites_only_the_table_with_the_same_bytes() {
    let mut random = Random(2);
    let docs = archive(&mut random, 120);
    let before = clean(&docs);
    let ((after, _), written) = assert_same(&before, &docs, "no change");
    assert_eq!(written, 1);
    assert_eq!(after[SEARCH_META_FILE], before.0[SEARCH_META_FILE]);
}

#[test]
fn a_correction_and_a_removal_match_a_clean_build() {
    let mut random = Random(3);
    let mut docs = archive(&mut random, 200);
    let mut state = clean(&docs);
    docs[57].text = random.words(40);
    state = assert_same(&state, &docs, "a corrected text").0;
    docs[12].title = random.words(5);
    state = assert_same(&state, &docs, "a corrected title").0;
    docs.pop();
    state = assert_same(&state, &docs, "the newest removed").0;
    // Every later document's number moves down one.
    docs.remove(150);
    state = assert_same(&state, &docs, "one removed from the middle").0;
    docs.truncate(3);
    assert_same(&state, &docs, "most removed");
}

#[test]
fn a_long_run_of_random_edits_matches_a_clean_build_each_time() {
    let mut random = Random(4);
    let mut docs = archive(&mut random, 160);
    let mut state = clean(&docs);
    let chunks = state.0.len() - docs.len() - 1;
    assert!(chunks > 20, "{chunks} chunks");
    for step in 0..30 {
        let what = match random.next(5) {
            0 | 1 => {
                let n = docs.len();
                docs.push(random.doc(n));
                "publish"
            }
            2 => {
                let at = random.next(docs.len());
                let length = 20 + random.next(80);
                docs[at].text = random.words(length);
                "correct"
            }
            3 => {
                // A few words taken out: keys that leave the index, and
                // chunks that end at them join the next.
                let at = random.next(docs.len());
                let words: Vec<&str> = docs[at].text.split(' ').collect();
                docs[at].text = words[..words.len() / 3].join(" ");
                "shorten"
            }
            _ => {
                let at = docs.len() - 1 - random.next(10);
                docs.remove(at);
                "remove a recent one"
            }
        };
        state = assert_same(&state, &docs, &format!("step {step}: {what}")).0;
    }
}

#[test]
fn it_declines_where_it_cannot_be_sure() {
    let mut random = Random(5);
    let docs = archive(&mut random, MAX_CHANGED_DOCS + 20);
    let (files, state) = clean(&docs);
    // Too many changes: every document is another.
    let others = archive(&mut random, MAX_CHANGED_DOCS + 20);
    assert!(update_index(&others, &state, &|f| files.get(f).cloned()).is_none());
    // The table is not the one the state describes.
    let mut touched = files.clone();
    touched.insert(
        SEARCH_META_FILE.into(),
        touched[SEARCH_META_FILE].replace("\"documents\"", " \"documents\""),
    );
    let mut one_more = docs.clone();
    one_more.push(random.doc(0));
    assert!(update_index(&one_more, &state, &|f| touched.get(f).cloned()).is_none());
    // A file is missing.
    assert!(update_index(&one_more, &state, &|f| (f != SEARCH_META_FILE)
        .then(|| files[f].clone()))
    .is_none());
    // A removed document's file was changed since.
    let mut fewer = docs.clone();
    fewer.pop();
    let last = format!("search/d/{}.json", docs.len() - 1);
    let mut edited = files.clone();
    edited.insert(last.clone(), files[&last].replace("tin-", "tin-x-"));
    assert!(update_index(&fewer, &state, &|f| edited.get(f).cloned()).is_none());
    // And with the files as written, it goes ahead.
    assert!(update_index(&one_more, &state, &|f| files.get(f).cloned()).is_some());
}
