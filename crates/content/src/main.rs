//! `tinso-content`: the command line of the content tools.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;
use tinso_content::figures::Candidate;
use tinso_content::fsio::write_atomically;
use tinso_content::import::{import_bytes, ImportError, ImportOptions, Imported, MAX_INPUT_BYTES};
use tinso_content::site::check;
use tinso_content::to_json_file;
use tinso_model::{article_file, ArticleIndex, Category, INDEX_FILE};

const HELP: &str = "\
tinso-content: content tools for Tin & Số

USAGE
  tinso-content import --category SLUG=NAME [--data DIR] [--drafts DIR] [--dry-run] FILE...
  tinso-content check [DATA_DIR]
  tinso-content help

import
  Reads raw article text (scraped or pasted: title, dateline, paragraphs,
  captions printed twice, byline) and, for each FILE, writes
    DIR/articles/<slug>.json    the article in the site's format
    DIR/articles.json           its entry in the index (added or replaced)
    DRAFTS/<slug>.json          the candidate figures found in its text, each
                                with its exact phrase and paragraph, for an
                                editor to keep, name and group
  Nothing is written unless every FILE imports cleanly; each file is written
  whole or not at all.
    --category SLUG=NAME  the articles' category, e.g. \"dan-van=Dân vận\" (required)
    --data DIR            the site's data directory (default: public/data)
    --drafts DIR          where candidate figures go (default: content/drafts)
    --dry-run             print what would be written instead of writing it

check
  Validates every file under DATA_DIR (default: public/data): the format,
  NFC text, dates, unique slugs, that the index and the article files agree
  and that every referenced file exists. Prints each problem as
  `file: field: what is wrong` and exits 1 if there is any.

Exit status: 0 on success, 1 when the content has problems, 2 on a usage error.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{HELP}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "import" => run_import(rest),
        "check" => run_check(rest),
        "help" | "-h" | "--help" => {
            println!("{HELP}");
            return ExitCode::SUCCESS;
        }
        other => Err(Failure::Usage(format!("unknown command \"{other}\""))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("tinso-content: {message}\nRun `tinso-content help` for the options.");
            ExitCode::from(2)
        }
        Err(Failure::Problems(problems)) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("tinso-content: {} problem(s) found", problems.len());
            ExitCode::FAILURE
        }
    }
}

enum Failure {
    Usage(String),
    Problems(Vec<String>),
}

fn run_check(args: &[String]) -> Result<(), Failure> {
    let data = match args {
        [] => Path::new("public/data"),
        [data] => Path::new(data),
        _ => return Err(Failure::Usage("check takes at most one directory".into())),
    };
    let content = check(data).map_err(Failure::Problems)?;
    let datasets: usize = content.stats.iter().map(|s| s.datasets.len()).sum();
    println!(
        "tinso-content: {} article(s) and {datasets} dataset(s) checked in {}, no problem found",
        content.articles.len(),
        data.display()
    );
    Ok(())
}

/// The draft statistics file of one article: candidate figures for an editor.
#[derive(Serialize)]
struct Draft<'a> {
    format_version: u32,
    /// The slug of the article the figures are from.
    article: &'a str,
    /// The raw file they were read from.
    source: String,
    candidates: &'a [Candidate],
}

fn run_import(args: &[String]) -> Result<(), Failure> {
    let mut data = PathBuf::from("public/data");
    let mut drafts = PathBuf::from("content/drafts");
    let mut category = None;
    let mut dry_run = false;
    let mut files = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--data" => data = PathBuf::from(value("--data")?),
            "--drafts" => drafts = PathBuf::from(value("--drafts")?),
            "--category" => category = Some(parse_category(&value("--category")?)?),
            "--dry-run" => dry_run = true,
            flag if flag.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {flag}")))
            }
            file => files.push(PathBuf::from(file)),
        }
    }
    let category =
        category.ok_or_else(|| Failure::Usage("import needs --category SLUG=NAME".into()))?;
    if files.is_empty() {
        return Err(Failure::Usage("import needs at least one FILE".into()));
    }
    let options = ImportOptions { category };

    // Import everything before writing anything.
    let mut imported = Vec::new();
    let mut problems = Vec::new();
    for file in &files {
        match read_and_import(file, &options) {
            Ok(result) => imported.push((file, result)),
            Err(error) => problems.push(format!("{}: {error}", file.display())),
        }
    }
    let mut index = read_index(&data).map_err(|p| Failure::Problems(vec![p]))?;
    for (file, result) in &imported {
        let slug = &result.article.slug;
        if let Some((other, _)) = imported
            .iter()
            .find(|(f, r)| f != file && r.article.slug == *slug)
        {
            problems.push(format!(
                "{}: has the same title, so the same slug \"{slug}\", as {}",
                file.display(),
                other.display()
            ));
        }
    }
    if !problems.is_empty() {
        return Err(Failure::Problems(problems));
    }

    let mut writes: Vec<(PathBuf, String)> = Vec::new();
    for (
        file,
        Imported {
            article,
            candidates,
        },
    ) in &imported
    {
        let summary = article.summary();
        match index.articles.iter_mut().find(|a| a.slug == summary.slug) {
            Some(entry) => *entry = summary,
            None => index.articles.push(summary),
        }
        writes.push((
            data.join(article_file(&article.slug)),
            to_json_file(article),
        ));
        let draft = Draft {
            format_version: tinso_model::FORMAT_VERSION,
            article: &article.slug,
            source: file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            candidates,
        };
        writes.push((
            drafts.join(format!("{}.json", article.slug)),
            to_json_file(&draft),
        ));
    }
    writes.push((data.join(INDEX_FILE), to_json_file(&index)));

    for (path, json) in &writes {
        if dry_run {
            println!("── {} ──\n{json}", path.display());
        } else {
            write_atomically(path, json.as_bytes()).map_err(|e| {
                Failure::Problems(vec![format!("{}: cannot be written: {e}", path.display())])
            })?;
            println!("wrote {}", path.display());
        }
    }
    Ok(())
}

fn parse_category(value: &str) -> Result<Category, Failure> {
    match value.split_once('=') {
        Some((slug, name)) if !slug.is_empty() && !name.trim().is_empty() => Ok(Category {
            slug: slug.to_owned(),
            name: tinso_model::text::to_nfc(name.trim()),
        }),
        _ => Err(Failure::Usage(format!(
            "--category wants SLUG=NAME, got \"{value}\""
        ))),
    }
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
