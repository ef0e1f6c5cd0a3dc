//! `tinso-bench`: measurements at the scale of a real news archive.
//!
//! - `tinso-bench synth COUNT DATA_DIR` writes a clearly synthetic corpus
//!   (made-up text from Vietnamese syllables, every article titled "Bài thử
//!   nghiệm số …" and signed as not real news) in the site's data format, for
//!   benchmarks and tests only: it is never written into the real site's data.
//! - `tinso-bench search DIST_DIR QUERY…` types each query one character at a
//!   time against the search index a build wrote into DIST_DIR, as the browser
//!   would, and prints the compressed bytes each keystroke downloads (from the
//!   `.br` files the build wrote) and the time ranking takes natively.

mod synth;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use tinso_model::decode;
use tinso_model::search::Query;
use tinso_model::search_index::{
    pair_chunk_file, rank, search_doc_file, word_chunk_file, PairChunk, SearchMeta, WordChunk,
    RESULTS_PER_PAGE, SEARCH_META_FILE,
};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [command, count, dir] if command == "synth" => match count.parse::<usize>() {
            Ok(count) => synth::write_corpus(count, Path::new(dir)),
            Err(_) => Err(format!("{count}: not a number of articles")),
        },
        [command, dist, queries @ ..] if command == "search" && !queries.is_empty() => {
            search(Path::new(dist), queries)
        }
        _ => Err(
            "usage: tinso-bench synth COUNT DATA_DIR | tinso-bench search DIST_DIR QUERY…".into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("tinso-bench: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What the browser holds after some keystrokes: the files it fetched.
struct Session<'a> {
    data: &'a Path,
    meta: SearchMeta,
    fetched: BTreeSet<String>,
    words: BTreeMap<usize, WordChunk>,
    pairs: BTreeMap<usize, PairChunk>,
}

impl Session<'_> {
    fn read(&self, file: &str) -> Result<serde_json::Value, String> {
        let text =
            std::fs::read_to_string(self.data.join(file)).map_err(|e| format!("{file}: {e}"))?;
        serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))
    }

    /// Brotli bytes of `file` if not fetched before.
    fn fetch(&mut self, file: &str) -> Result<u64, String> {
        if !self.fetched.insert(file.to_owned()) {
            return Ok(0);
        }
        let compressed = self.data.join(format!("{file}.br"));
        std::fs::metadata(&compressed)
            .map(|m| m.len())
            .map_err(|e| {
                format!(
                    "{}: {e} (run the build's precompression)",
                    compressed.display()
                )
            })
    }

    /// One keystroke: returns (bytes downloaded, microseconds ranking took, results).
    fn keystroke(&mut self, text: &str) -> Result<(u64, u128, usize), String> {
        let query = Query::new(text);
        let needed = self.meta.needed(&query);
        let mut bytes = 0;
        for n in needed.words {
            let file = word_chunk_file(n);
            if !self.words.contains_key(&n) {
                bytes += self.fetch(&file)?;
                let chunk =
                    decode::word_chunk(&file, &self.read(&file)?).map_err(|e| e.to_string())?;
                self.words.insert(n, chunk);
            }
        }
        for n in needed.pairs {
            let file = pair_chunk_file(n);
            if !self.pairs.contains_key(&n) {
                bytes += self.fetch(&file)?;
                let chunk =
                    decode::pair_chunk(&file, &self.read(&file)?).map_err(|e| e.to_string())?;
                self.pairs.insert(n, chunk);
            }
        }
        let started = Instant::now();
        let found = rank(&query, &self.meta, &self.words, &self.pairs);
        let micros = started.elapsed().as_micros();
        for id in found.iter().take(RESULTS_PER_PAGE) {
            bytes += self.fetch(&search_doc_file(*id))?;
        }
        Ok((bytes, micros, found.len()))
    }
}

fn search(dist: &Path, queries: &[String]) -> Result<(), String> {
    let data = dist.join("data");
    let meta_json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(data.join(SEARCH_META_FILE))
            .map_err(|e| format!("{SEARCH_META_FILE}: {e}"))?,
    )
    .map_err(|e| e.to_string())?;
    let meta = decode::search_meta(SEARCH_META_FILE, &meta_json).map_err(|e| e.to_string())?;
    println!(
        "index: {} documents, {} word chunks, {} pair chunks",
        meta.documents,
        meta.words.len(),
        meta.pairs.len()
    );
    let mut all_micros = Vec::new();
    let mut later_bytes = Vec::new();
    for query in queries {
        let mut session = Session {
            data: &data,
            meta: meta.clone(),
            fetched: BTreeSet::new(),
            words: BTreeMap::new(),
            pairs: BTreeMap::new(),
        };
        let meta_bytes = session.fetch(SEARCH_META_FILE)?;
        let mut typed = String::new();
        let mut first = None;
        let mut steps = Vec::new();
        for c in query.chars() {
            typed.push(c);
            let (bytes, micros, results) = session.keystroke(&typed)?;
            all_micros.push(micros);
            if first.is_none() && !Query::new(&typed).is_empty() {
                first = Some(meta_bytes + bytes);
            } else {
                later_bytes.push(bytes);
            }
            steps.push(format!("{typed:?}: {bytes} B, {results} found"));
        }
        println!(
            "\"{query}\": first keystroke {} B brotli (index.json included); then {}",
            first.unwrap_or(0),
            steps[1..].join("; ")
        );
    }
    all_micros.sort_unstable();
    later_bytes.sort_unstable();
    let at = |list: &[u128], p: f64| list[((list.len() - 1) as f64 * p).round() as usize];
    println!(
        "ranking per keystroke (native, release): median {} µs, p95 {} µs, over {} keystrokes",
        at(&all_micros, 0.5),
        at(&all_micros, 0.95),
        all_micros.len()
    );
    let later: Vec<u128> = later_bytes.iter().map(|b| *b as u128).collect();
    println!(
        "bytes per later keystroke: median {} B, p95 {} B, max {} B",
        at(&later, 0.5),
        at(&later, 0.95),
        later.last().copied().unwrap_or(0)
    );
    Ok(())
}
