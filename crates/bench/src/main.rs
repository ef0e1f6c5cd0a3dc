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

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use tinso_model::search::Query;
use tinso_model::search_cache::{IndexFile, SearchCache};
use tinso_model::search_index::RESULTS_PER_PAGE;

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

/// What a reader's search worker holds after some keystrokes: the worker's
/// own steps (`SearchCache`), reading files where the worker fetches them.
struct Session<'a> {
    data: &'a Path,
    cache: SearchCache,
}

impl Session<'_> {
    /// Reads `files` (which the cache lacks) into it; returns their brotli
    /// bytes, which the browser would download (the build's `.br` files).
    fn load(&mut self, files: Vec<IndexFile>) -> Result<u64, String> {
        let mut bytes = 0;
        for file in files {
            let path = file.path();
            let compressed = self.data.join(format!("{path}.br"));
            bytes += std::fs::metadata(&compressed)
                .map(|m| m.len())
                .map_err(|e| {
                    format!(
                        "{}: {e} (run the build's precompression)",
                        compressed.display()
                    )
                })?;
            let text = std::fs::read_to_string(self.data.join(&path))
                .map_err(|e| format!("{path}: {e}"))?;
            self.cache.add(file, &text).map_err(|e| e.to_string())?;
        }
        Ok(bytes)
    }

    /// One keystroke, as the worker answers it: returns (bytes downloaded,
    /// microseconds ranking and excerpts took, results); then the pairs
    /// the worker fetches ahead while the reader types on.
    fn keystroke(&mut self, text: &str) -> Result<(u64, u128, usize), String> {
        let query = Query::new(text);
        let mut bytes = 0;
        loop {
            let missing = self.cache.missing(&query);
            if missing.is_empty() {
                break;
            }
            bytes += self.load(missing)?;
        }
        let started = Instant::now();
        let ranked = self.cache.rank(&query);
        let mut micros = started.elapsed().as_micros();
        let shown = &ranked[..ranked.len().min(RESULTS_PER_PAGE)];
        bytes += self.load(self.cache.missing_docs(shown))?;
        let started = Instant::now();
        let outcome = self.cache.outcome(&query, &ranked, RESULTS_PER_PAGE);
        micros += started.elapsed().as_micros();
        bytes += self.load(self.cache.ahead(text))?;
        Ok((bytes, micros, outcome.total))
    }
}

fn search(dist: &Path, queries: &[String]) -> Result<(), String> {
    let data = dist.join("data");
    let mut all_micros = Vec::new();
    let mut later_bytes = Vec::new();
    let mut described = false;
    for query in queries {
        let mut session = Session {
            data: &data,
            cache: SearchCache::default(),
        };
        // Entering the search box: the index's table of chunks.
        let meta_bytes = session.keystroke("")?.0;
        if !described {
            println!("index: {} documents", session.cache.documents());
            described = true;
        }
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
            "\"{query}\": entering the box and the first keystroke {} B brotli; then {}",
            first.unwrap_or(0),
            steps[1..].join("; ")
        );
    }
    all_micros.sort_unstable();
    later_bytes.sort_unstable();
    let at = |list: &[u128], p: f64| list[((list.len() - 1) as f64 * p).round() as usize];
    println!(
        "ranking and excerpts per keystroke (native, release): median {} µs, p95 {} µs, over {} keystrokes",
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
