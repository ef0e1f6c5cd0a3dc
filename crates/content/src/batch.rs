//! `import` over many files at once: every file is read and imported
//! before anything is written, and nothing is written unless all of them
//! import cleanly. Each written file is whole or absent, never a part.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;
use tinso_model::route::{article_file, INDEX_FILE};
use tinso_model::ArticleIndex;

use crate::figures::Candidate;
use crate::fsio::write_all_atomically;
use crate::import::{import_bytes, ImportError, ImportOptions, Imported, MAX_INPUT_BYTES};
use crate::proposal::{propose, Proposal};
use crate::publish::proposal_file;
use crate::report::{BatchReport, FileReport};
use crate::to_json_file;

/// Where a batch reads and writes.
#[derive(Debug, Clone)]
pub struct Places {
    /// The site's data directory (`public/data`).
    pub data: PathBuf,
    /// Where drafts go (`content/drafts`).
    pub drafts: PathBuf,
}

/// A batch read and imported, ready to be written.
#[derive(Debug)]
pub struct Batch {
    pub report: BatchReport,
    /// Every file to write with its text, in order; empty when a file had
    /// a problem.
    pub writes: Vec<(PathBuf, String)>,
}

/// The draft of one article's figures: every candidate, for an editor.
#[derive(Serialize)]
struct CandidatesDraft<'a> {
    format_version: u32,
    /// The slug of the article the figures are from.
    article: &'a str,
    /// The raw file they were read from.
    source: String,
    candidates: &'a [Candidate],
}

/// The files to import: each FILE as it is, each folder's `.txt` files in
/// name order. A folder with none is an error.
pub fn expand(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = fs::read_dir(input)
                .map_err(|e| format!("{}: cannot be read: {e}", input.display()))?
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "txt"))
                .collect();
            if found.is_empty() {
                return Err(format!("{}: holds no .txt file", input.display()));
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

/// Imports every file, proposes its statistics, and lays out the writes.
pub fn import_batch(files: &[PathBuf], options: &ImportOptions, places: &Places) -> Batch {
    let mut reports = Vec::new();
    let mut results: Vec<(&PathBuf, Imported)> = Vec::new();
    for file in files {
        match read_and_import(file, options) {
            Ok(imported) => results.push((file, imported)),
            Err(problem) => reports.push((file, FileReport::refused(&name(file), problem))),
        }
    }
    let index = read_index(&places.data);
    let batch_slugs: HashSet<&str> = results
        .iter()
        .map(|(_, r)| r.article.slug.as_str())
        .collect();
    // Dataset ids are site-wide: other articles' ids are taken, and each
    // proposal in the batch takes its own.
    let mut taken = dataset_ids(&places.data, &batch_slugs);
    let mut proposals: Vec<Proposal> = Vec::new();
    for (file, imported) in &results {
        let proposal = propose(&imported.article, &imported.candidates, &taken);
        taken.extend(proposal.stats.datasets.iter().map(|d| d.id.clone()));
        let mut report = FileReport::imported(&name(file), imported, &proposal);
        let slug = &imported.article.slug;
        if let Some((other, _)) = results
            .iter()
            .find(|(f, r)| f != file && r.article.slug == *slug)
        {
            report.problems.push(format!(
                "has the same title, so the same slug \"{slug}\", as {}",
                other.display()
            ));
        }
        reports.push((file, report));
        proposals.push(proposal);
    }
    reports.sort_by_key(|(file, _)| files.iter().position(|f| f == *file));
    let mut report = BatchReport {
        format_version: tinso_model::FORMAT_VERSION,
        written: false,
        files: reports.into_iter().map(|(_, r)| r).collect(),
    };
    let mut index = match index {
        Ok(index) => index,
        Err(problem) => {
            for file in &mut report.files {
                file.problems.push(problem.clone());
            }
            return Batch {
                report,
                writes: Vec::new(),
            };
        }
    };
    if report.files.iter().any(|f| !f.problems.is_empty()) {
        return Batch {
            report,
            writes: Vec::new(),
        };
    }

    let mut writes = Vec::new();
    for ((file, imported), proposal) in results.iter().zip(&proposals) {
        let article = &imported.article;
        let summary = article.summary();
        match index.articles.iter_mut().find(|a| a.slug == summary.slug) {
            Some(entry) => *entry = summary,
            None => index.articles.push(summary),
        }
        writes.push((
            places.data.join(article_file(&article.slug)),
            to_json_file(article),
        ));
        let candidates = CandidatesDraft {
            format_version: tinso_model::FORMAT_VERSION,
            article: &article.slug,
            source: file
                .file_name()
                .map_or_else(|| name(file), |n| n.to_string_lossy().into_owned()),
            candidates: &imported.candidates,
        };
        writes.push((
            places.drafts.join(format!("{}.json", article.slug)),
            to_json_file(&candidates),
        ));
        writes.push((
            proposal_file(&places.drafts, &article.slug),
            to_json_file(&proposal.stats),
        ));
    }
    writes.push((places.data.join(INDEX_FILE), to_json_file(&index)));
    Batch { report, writes }
}

/// Writes the batch: every file whole, or none of them.
pub fn write(writes: &[(PathBuf, String)]) -> Result<(), String> {
    let files: Vec<(PathBuf, Vec<u8>)> = writes
        .iter()
        .map(|(path, text)| (path.clone(), text.clone().into_bytes()))
        .collect();
    write_all_atomically(&files).map_err(|(path, e)| {
        format!(
            "{}: cannot be written ({e}); nothing was written",
            path.display()
        )
    })
}

fn name(file: &Path) -> String {
    file.display().to_string()
}

/// Reads a file no larger than an article can be, then imports it.
fn read_and_import(file: &Path, options: &ImportOptions) -> Result<Imported, String> {
    let size = fs::metadata(file)
        .map_err(|e| format!("cannot be read: {e}"))?
        .len();
    if size > MAX_INPUT_BYTES as u64 {
        return Err(ImportError::TooLarge {
            bytes: size as usize,
        }
        .to_string());
    }
    let bytes = fs::read(file).map_err(|e| format!("cannot be read: {e}"))?;
    import_bytes(&bytes, options).map_err(|e| e.to_string())
}

/// The current index, or an empty one where there is none yet.
fn read_index(data: &Path) -> Result<ArticleIndex, String> {
    let path = data.join(INDEX_FILE);
    match fs::read_to_string(&path) {
        Ok(json) => ArticleIndex::from_json(&json).map_err(|e| e.to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ArticleIndex {
            format_version: tinso_model::FORMAT_VERSION,
            articles: Vec::new(),
        }),
        Err(e) => Err(format!("{}: cannot be read: {e}", path.display())),
    }
}

/// The dataset ids the site's statistics files use, but for the articles
/// being imported (their statistics are theirs to replace).
fn dataset_ids(data: &Path, except: &HashSet<&str>) -> HashSet<String> {
    let mut ids = HashSet::new();
    for name in crate::site::json_files(&data.join("stats")) {
        if except.contains(name.trim_end_matches(".json")) {
            continue;
        }
        let Ok(text) = fs::read_to_string(data.join("stats").join(&name)) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        for dataset in value["datasets"].as_array().into_iter().flatten() {
            if let Some(id) = dataset["id"].as_str() {
                ids.insert(id.to_owned());
            }
        }
    }
    ids
}
