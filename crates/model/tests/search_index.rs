//! The chunked search index: built from the seed (and a few made-up
//! documents where a ranking rule needs a rival), read back through the
//! same serde definitions the search worker uses, queried chunk by chunk as
//! the app does.

mod common;

use std::collections::BTreeMap;

use tinso_model::route::{
    chunk_name, pair_chunk_file, query_param, search_url, word_chunk_file, SEARCH_META_FILE,
};
use tinso_model::search::Query;
use tinso_model::search_cache::{IndexFile, SearchCache};
use tinso_model::search_index::{
    build_index, excerpt, suggestions, DocKind, Piece, SearchDoc, SearchMeta, SearchResult,
    SearchVersion, WordChunk, WordedDoc,
};
use tinso_model::ArticleCharts;

fn seed_docs() -> Vec<SearchDoc> {
    let (article, stats) = common::seed_with_stats();
    let charts = ArticleCharts::build(&article, Some(&stats));
    SearchDoc::all(&[article], &[charts])
}

fn doc(title: &str, date: &str, text: &str) -> SearchDoc {
    SearchDoc {
        format_version: SearchVersion,
        kind: DocKind::Article,
        path: format!("/bai-viet/{date}"),
        title: title.into(),
        date: date.into(),
        text: text.into(),
    }
}

/// The index as the browser holds it after fetching every chunk a query
/// needs, read through the same decoder.
struct Index {
    files: BTreeMap<String, String>,
    meta: SearchMeta,
    docs: Vec<SearchDoc>,
}

impl Index {
    fn build(docs: Vec<SearchDoc>) -> Index {
        let mut files = BTreeMap::new();
        build_index(&docs, &mut |file, json| {
            files.insert(file, json);
        });
        let meta = SearchMeta::from_json(SEARCH_META_FILE, &files[SEARCH_META_FILE]).unwrap();
        Index { files, meta, docs }
    }

    fn json(&self, file: &str) -> &str {
        &self.files[file]
    }

    /// Reads every file the cache lacks for `query`, as the search worker
    /// does; returns how many chunk files that was.
    fn fill(&self, cache: &mut SearchCache, query: &Query) -> usize {
        let mut chunks = 0;
        loop {
            let missing = cache.missing(query);
            if missing.is_empty() {
                return chunks;
            }
            for file in missing {
                chunks += usize::from(file != IndexFile::Meta);
                cache.add(file, self.json(&file.path())).unwrap();
            }
        }
    }

    /// Titles of the documents answering `query`, best first, and the
    /// number of chunk files read.
    fn search(&self, query: &str) -> (Vec<String>, usize) {
        let query = Query::new(query);
        let mut cache = SearchCache::default();
        let chunks = self.fill(&mut cache, &query);
        let titles = cache
            .rank(&query)
            .iter()
            .map(|id| self.docs[*id as usize].title.clone())
            .collect();
        (titles, chunks)
    }

    fn titles(&self, query: &str) -> Vec<String> {
        self.search(query).0
    }
}

const SEED_TITLE: &str =
    "Hội nghị Giao ban công tác Dân vận năm 2011 Đảng bộ Khối Doanh nghiệp Trung ương";

#[test]
fn the_seed_is_found_with_and_without_diacritics_in_capitals_and_by_code() {
    let index = Index::build(seed_docs());
    for query in [
        "dân vận",
        "dan van",
        "DÂN VẬN",
        "thuoc la",
        "tap doan",
        "dan van kheo",
        "30a",
        "162-QĐ/ĐUK",
        "162-qd/duk",
        "54/62",
        "1.480",
    ] {
        let titles = index.titles(query);
        assert!(!titles.is_empty(), "{query}: nothing found");
    }
    assert_eq!(index.titles("dan van kheo")[0], SEED_TITLE);
    // The datasets are documents too: "54/62" is drawn in the 30a chart.
    let codes = index.titles("54/62");
    assert!(codes.contains(&SEED_TITLE.to_owned()));
    assert!(codes.len() >= 2, "{codes:?}");
    assert!(index.titles("xyzabc").is_empty());
    assert!(
        index.titles("dân vận xyzabc").is_empty(),
        "every word must match"
    );
}

#[test]
fn exact_marks_rank_first_when_typed() {
    // The rival is newer, so without marks it comes first.
    let index = Index::build(vec![
        doc(
            "Công tác dân vận",
            "2012-01-01",
            "Làm tốt công tác dân vận.",
        ),
        doc("Dẫn đầu phong trào", "2012-01-02", "Đơn vị dẫn đầu."),
    ]);
    assert_eq!(index.titles("dân")[0], "Công tác dân vận");
    assert_eq!(index.titles("dẫn")[0], "Dẫn đầu phong trào");
    assert_eq!(index.titles("dan")[0], "Dẫn đầu phong trào");
}

#[test]
fn words_standing_together_rank_above_words_apart() {
    let index = Index::build(vec![
        doc(
            "Thuốc men và lá cờ",
            "2012-02-01",
            "Thuốc men cho bà con, lá cờ đỏ.",
        ),
        doc(
            "Tổng công ty",
            "2012-01-01",
            "Tổng công ty Thuốc lá Việt Nam.",
        ),
    ]);
    assert_eq!(
        index.titles("thuoc la"),
        ["Tổng công ty", "Thuốc men và lá cờ"]
    );
    // Still so while the last word is being typed.
    assert_eq!(index.titles("cong ty thuoc l")[0], "Tổng công ty");
}

// docs/search.md's order: "more words matched whole (not as a prefix or
// part); more words in the title; newer". Each rival below is newer, so it
// would come first without the rule.

#[test]
fn a_word_matched_whole_ranks_above_one_matched_as_a_prefix() {
    let index = Index::build(vec![
        doc("Cam kết mới", "2012-02-01", "Cam kết làm tốt."),
        doc("Ca dao xưa", "2012-01-01", "Ca dao của làng."),
    ]);
    assert_eq!(index.titles("ca"), ["Ca dao xưa", "Cam kết mới"]);
    // Both holding both words whole: the newer first.
    assert_eq!(
        Index::build(vec![
            doc("Cam kết", "2012-02-01", "Ca và cam."),
            doc("Ca dao", "2012-01-01", "Ca và cam."),
        ])
        .titles("cam ca"),
        ["Cam kết", "Ca dao"]
    );
}

#[test]
fn a_word_in_the_title_ranks_above_one_only_in_the_text() {
    let index = Index::build(vec![
        doc("Dân vận khéo", "2012-01-01", "Gặp gỡ bà con trong xã."),
        doc(
            "Họp mặt cuối năm",
            "2012-02-01",
            "Gặp gỡ người dân trong xã.",
        ),
    ]);
    assert_eq!(index.titles("dan"), ["Dân vận khéo", "Họp mặt cuối năm"]);
    // A word both hold only in the text: the newer first.
    assert_eq!(index.titles("gap go")[0], "Họp mặt cuối năm");
}

#[test]
fn the_last_word_matches_as_a_prefix_from_two_letters() {
    let index = Index::build(seed_docs());
    assert_eq!(index.titles("dan va")[0], SEED_TITLE);
    assert_eq!(index.titles("giao b")[0], SEED_TITLE);
    // One letter matches whole words only: "ha" is a word, "h" is not.
    assert!(index.titles("h").is_empty());
    assert!(!index.titles("ha").is_empty());
}

/// Made-up documents with many distinct words, enough for many chunks.
fn many_docs(count: usize) -> Vec<SearchDoc> {
    let syllables = [
        "an", "bao", "cam", "dung", "em", "gia", "hoa", "khanh", "lam", "minh", "nam", "oanh",
        "phuc", "quang", "son", "thanh", "uyen", "vinh", "xuan", "yen",
    ];
    (0..count)
        .map(|i| {
            let word = |k: usize| format!("{}{}", syllables[(i * 7 + k) % 20], (i * 13 + k) % 97);
            let text = (0..40).map(word).collect::<Vec<_>>().join(" ");
            doc(&format!("Tin số {i}"), "2012-01-01", &text)
        })
        .collect()
}

#[test]
fn a_query_reads_only_the_chunks_holding_its_words() {
    let index = Index::build(many_docs(400));
    assert!(
        index.meta.words.len() >= 10,
        "{} word chunks",
        index.meta.words.len()
    );
    let (titles, files) = index.search("an0 bao1");
    assert!(!titles.is_empty());
    assert!(
        files <= 3,
        "{files} chunk files for two words and their pair"
    );
    // A prefix reads a few chunks at most, never the whole index.
    let (_, files) = index.search("th");
    assert!((1..=3).contains(&files), "{files}");
}

#[test]
fn chunks_hold_their_keys_in_order() {
    let index = Index::build(many_docs(400));
    let mut previous = String::new();
    for (n, first) in index.meta.words.iter().enumerate() {
        let file = word_chunk_file(chunk_name(first));
        assert_eq!(
            IndexFile::Words(n, chunk_name(first)).path(),
            file,
            "the file the cache asks for"
        );
        let chunk = WordChunk::from_json(&file, index.json(&file)).unwrap();
        assert_eq!(&chunk.0[0].0, first);
        for (key, forms) in &chunk.0 {
            assert!(*key > previous, "{key} after {previous}");
            previous = key.clone();
            for (_, refs) in forms {
                assert!(refs.windows(2).all(|w| w[0] < w[1]), "sorted references");
            }
        }
    }
}

#[test]
fn excerpts_mark_the_matches_and_say_where_text_was_cut() {
    let text = "Đầu bài. ".repeat(30)
        + "Tổng công ty Thuốc lá Việt Nam ủng hộ. "
        + &"Cuối bài. ".repeat(30);
    let at = text.find("Thuốc lá").unwrap();
    let pieces = excerpt(&text, &[(at, at + "Thuốc lá".len())], 80);
    assert_eq!(pieces.first().unwrap().text, "…");
    assert_eq!(pieces.last().unwrap().text, "…");
    let marked: Vec<&Piece> = pieces.iter().filter(|p| p.marked).collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0].text, "Thuốc lá");
    let length: usize = pieces.iter().map(|p| p.text.chars().count()).sum();
    assert!(length <= 90, "{length}");
    // An excerpt stays within its paragraph.
    let text = "Đoạn một.\nTổng công ty Thuốc lá ủng hộ.\nĐoạn ba.";
    let at = text.find("Thuốc lá").unwrap();
    let pieces = excerpt(text, &[(at, at + "Thuốc lá".len())], 80);
    let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(joined, "…Tổng công ty Thuốc lá ủng hộ.…");
    // No highlight: the start of the text.
    let plain = excerpt("Một câu ngắn.", &[], 80);
    assert_eq!(
        plain,
        [Piece {
            text: "Một câu ngắn.".into(),
            marked: false
        }]
    );
}

/// The place in the table of chunks (`firsts`) of the chunk file `name`.
fn chunk_at(firsts: &[String], name: &str, file: fn(u64) -> String) -> usize {
    firsts
        .iter()
        .position(|first| file(chunk_name(first)) == name)
        .unwrap_or_else(|| panic!("{name}: no chunk of the table has this name"))
}

#[test]
fn every_index_file_reads_back_and_another_version_is_refused() {
    let mut docs = seed_docs();
    docs.extend(many_docs(60));
    let index = Index::build(docs.clone());
    assert_eq!(index.meta.documents as usize, docs.len());
    let mut cache = SearchCache::default();
    for (name, text) in &index.files {
        let file = if name == SEARCH_META_FILE {
            IndexFile::Meta
        } else if name.starts_with("search/w/") {
            let n = chunk_at(&index.meta.words, name, word_chunk_file);
            IndexFile::Words(n, chunk_name(&index.meta.words[n]))
        } else if name.starts_with("search/p/") {
            let n = chunk_at(&index.meta.pairs, name, pair_chunk_file);
            IndexFile::Pairs(n, chunk_name(&index.meta.pairs[n]))
        } else {
            let id: u32 = name["search/d/".len()..]
                .trim_end_matches(".json")
                .parse()
                .unwrap();
            assert_eq!(SearchDoc::from_json(name, text).unwrap(), docs[id as usize]);
            IndexFile::Doc(id)
        };
        assert_eq!(file.path(), *name);
        cache
            .add(file, text)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let newer = text.replacen("\"format_version\":2", "\"format_version\":3", 1);
        let refused = SearchCache::default()
            .add(file, &newer)
            .unwrap_err()
            .to_string();
        assert!(
            refused.contains("is not a version this app reads"),
            "{name}: {refused}"
        );
    }
}

#[test]
fn one_read_of_a_document_serves_every_keystroke() {
    let seed = seed_docs().pop().expect("the article, after its datasets");
    assert_eq!(seed.kind, DocKind::Article);
    let worded = WordedDoc::from(seed.clone());
    let marks = |query: &str| -> Vec<String> {
        let result = SearchResult::of(&Query::new(query), &worded);
        assert_eq!(result.path, seed.path);
        result
            .title
            .iter()
            .chain(&result.excerpt)
            .filter(|p| p.marked)
            .map(|p| p.text.clone())
            .collect()
    };
    // Keystroke after keystroke on the same words: a phrase as one mark.
    // Typing without marks, the first phrase that fits is marked whole.
    assert_eq!(
        marks("thuoc l").first().map(String::as_str),
        Some("thuộc lãnh")
    );
    assert_eq!(
        marks("thuoc la").first().map(String::as_str),
        Some("Thuốc lá")
    );
    assert_eq!(
        marks("dan van").first().map(String::as_str),
        Some("Dân vận")
    );
    assert!(marks("162-QĐ/ĐUK").contains(&"162-QĐ/ĐUK".to_owned()));
    assert!(marks("không có từ này").is_empty());
}

#[test]
fn a_finished_word_fetches_its_pairs_ahead_and_answers_come_from_the_cache() {
    let index = Index::build(seed_docs());
    let mut cache = SearchCache::default();
    // An empty query gets the table of chunks ready, nothing else.
    assert_eq!(index.fill(&mut cache, &Query::new("")), 0);
    assert_eq!(cache.documents(), index.docs.len() as u32);
    index.fill(&mut cache, &Query::new("thuoc "));
    assert!(cache.ahead("thuoc").is_empty(), "a word still being typed");
    let ahead = cache.ahead("thuoc ");
    assert!(!ahead.is_empty());
    for file in ahead {
        assert!(matches!(file, IndexFile::Pairs(..)));
        cache.add(file, index.json(&file.path())).unwrap();
    }
    // The next word's letters find their pairs here.
    for text in ["thuoc l", "thuoc la"] {
        let missing = cache.missing(&Query::new(text));
        assert!(
            !missing.iter().any(|f| matches!(f, IndexFile::Pairs(..))),
            "{text}: {missing:?}"
        );
    }
    let query = Query::new("thuoc la");
    // Its word chunks may stand apart from "thuoc"'s.
    index.fill(&mut cache, &query);
    let ranked = cache.rank(&query);
    assert!(!ranked.is_empty());
    for file in cache.missing_docs(&ranked) {
        cache.add(file, index.json(&file.path())).unwrap();
    }
    assert!(cache.missing_docs(&ranked).is_empty());
    let outcome = cache.outcome(&query, &ranked, 1);
    assert_eq!((outcome.total, outcome.results.len()), (ranked.len(), 1));
    let title: String = outcome.results[0]
        .title
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(title, index.docs[ranked[0] as usize].title);
}

#[test]
fn queries_travel_in_the_url() {
    assert_eq!(search_url("thuốc lá"), "/tim-kiem?q=thu%E1%BB%91c+l%C3%A1");
    assert_eq!(query_param("?q=thu%E1%BB%91c+l%C3%A1"), "thuốc lá");
    assert_eq!(query_param("?x=1&q=162-Q%C4%90%2F%C4%90UK"), "162-QĐ/ĐUK");
    assert_eq!(
        query_param(&search_url("54/62 & 30a")["/tim-kiem".len()..]),
        "54/62 & 30a"
    );
    assert_eq!(query_param("?q=%"), "%");
    assert_eq!(search_url("  "), "/tim-kiem");
}

#[test]
fn a_query_that_found_nothing_gets_suggestions() {
    assert_eq!(suggestions("thuốc lá xyz"), ["thuoc la xyz", "thuốc lá"]);
    assert_eq!(suggestions("xyz"), Vec::<String>::new());
}
