//! `tinso-content`: the command line of the content tools.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tinso_content::batch::{expand, import_batch, write, Places};
use tinso_content::fsio::write_atomically;
use tinso_content::import::{parse_published, ImportOptions};
use tinso_content::publish::{publish_stats, Published};
use tinso_content::site::check;
use tinso_content::to_json_file;
use tinso_model::{check_url, Category, UrlForm};

const HELP: &str = "\
tinso-content: content tools for Tin & Số

USAGE
  tinso-content import --category SLUG=NAME [options] FILE|FOLDER...
  tinso-content publish-stats [--data DIR] [--drafts DIR] SLUG...
  tinso-content check [DATA_DIR]
  tinso-content help

import
  Reads raw article text as editors paste or scrape it from news sites
  (a title, a dateline in any of the portals' forms, paragraphs, photo
  captions, bylines, and the debris around them) and, for each FILE or
  each .txt file of a FOLDER, writes
    DIR/articles/<slug>.json      the article in the site's format
    DIR/articles.json             its entry in the index (added or replaced)
    DRAFTS/<slug>.json            every figure found in its text, with its
                                  exact phrase and paragraph
    DRAFTS/<slug>.stats.json      proposed charts in the statistics format,
                                  for `publish-stats` once an editor agrees
  and prints a table of what it did with each file: slug, title, date,
  paragraphs, captions, figures, datasets, lines removed and why, problems.
  Nothing is written unless every file imports cleanly; each file is
  written whole or not at all.
    --category SLUG=NAME  the articles' category, e.g. \"dan-van=Dân vận\" (required)
    --title TEXT          the title, when the text lacks one or has it wrong
    --published TIME      the publication time, 2020-10-19T08:00:00+07:00, or a
                          date alone, 2020-10-19 (00:00 Vietnam time)
    --byline TEXT         who wrote it, as it should be printed
    --source-url URL      where the text was first published, shown as \"Nguồn\"
                          (--title, --published, --byline and --source-url win
                          over the text, and apply to one FILE only)
    --data DIR            the site's data directory (default: public/data)
    --drafts DIR          where drafts go (default: content/drafts)
    --report FILE         also write the report as JSON to FILE
    --dry-run             print what would be written instead of writing it

publish-stats
  Copies DRAFTS/<slug>.stats.json to DIR/stats/<slug>.json once the whole
  site checks with it in place. It never overwrites a statistics file that
  an editor has changed since it was published, or wrote by hand.

check
  Validates every file under DATA_DIR (default: public/data): the format,
  NFC text, dates, unique slugs, that the index and the article files agree,
  that every figure's quote stands in its paragraph, and that every
  referenced file exists. Prints each problem as `file: field: what is
  wrong` and exits 1 if there is any.

Exit status: 0 on success, 1 when the content has problems, 2 on a usage error.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{HELP}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "import" => run_import(rest),
        "publish-stats" => run_publish(rest),
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

/// The value after an option, or a usage error naming the option.
fn value<'a>(args: &mut impl Iterator<Item = &'a String>, name: &str) -> Result<String, Failure> {
    args.next()
        .cloned()
        .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
}

fn run_import(args: &[String]) -> Result<(), Failure> {
    let mut places = Places {
        data: PathBuf::from("public/data"),
        drafts: PathBuf::from("content/drafts"),
    };
    let mut category = None;
    let (mut title, mut published, mut byline, mut source_url) = (None, None, None, None);
    let mut dry_run = false;
    let mut report_file = None;
    let mut inputs = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => places.data = PathBuf::from(value(&mut args, arg)?),
            "--drafts" => places.drafts = PathBuf::from(value(&mut args, arg)?),
            "--category" => category = Some(parse_category(&value(&mut args, arg)?)?),
            "--title" => title = Some(non_blank(value(&mut args, arg)?, arg)?),
            "--published" => {
                published = Some(
                    parse_published(&value(&mut args, arg)?)
                        .map_err(|e| Failure::Usage(format!("--published: {e}")))?,
                )
            }
            "--byline" => byline = Some(non_blank(value(&mut args, arg)?, arg)?),
            "--source-url" => {
                let url = value(&mut args, arg)?;
                check_url(&url, UrlForm::Page)
                    .map_err(|e| Failure::Usage(format!("--source-url \"{url}\" {e}")))?;
                source_url = Some(url);
            }
            "--report" => report_file = Some(PathBuf::from(value(&mut args, arg)?)),
            "--dry-run" => dry_run = true,
            flag if flag.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {flag}")))
            }
            file => inputs.push(PathBuf::from(file)),
        }
    }
    let category =
        category.ok_or_else(|| Failure::Usage("import needs --category SLUG=NAME".into()))?;
    if inputs.is_empty() {
        return Err(Failure::Usage(
            "import needs at least one FILE or FOLDER".into(),
        ));
    }
    let files = expand(&inputs).map_err(|p| Failure::Problems(vec![p]))?;
    let per_file = [
        ("--title", title.is_some()),
        ("--published", published.is_some()),
        ("--byline", byline.is_some()),
        ("--source-url", source_url.is_some()),
    ];
    if files.len() > 1 {
        if let Some((name, _)) = per_file.iter().find(|(_, given)| *given) {
            return Err(Failure::Usage(format!(
                "{name} describes one article, but {} files were given; import that file on its own",
                files.len()
            )));
        }
    }
    let options = ImportOptions {
        category,
        title,
        published,
        byline,
        source_url,
    };

    let mut batch = import_batch(&files, &options, &places);
    let ok = batch.report.files.iter().all(|f| f.problems.is_empty());
    if ok && dry_run {
        for (path, text) in &batch.writes {
            println!("── {} ──\n{text}", path.display());
        }
    }
    let written = if ok && !dry_run {
        write(&batch.writes).map_err(|p| Failure::Problems(vec![p]))?;
        true
    } else {
        false
    };
    batch.report.written = written;
    print!("{}", batch.report.to_text());
    if let Some(path) = &report_file {
        write_atomically(path, to_json_file(&batch.report).as_bytes()).map_err(|e| {
            Failure::Problems(vec![format!("{}: cannot be written: {e}", path.display())])
        })?;
    }
    if !ok {
        let problems = batch
            .report
            .files
            .iter()
            .flat_map(|f| f.problems.iter().map(move |p| format!("{}: {p}", f.file)))
            .collect();
        return Err(Failure::Problems(problems));
    }
    if written {
        for (path, _) in &batch.writes {
            println!("wrote {}", path.display());
        }
    }
    Ok(())
}

fn run_publish(args: &[String]) -> Result<(), Failure> {
    let mut data = PathBuf::from("public/data");
    let mut drafts = PathBuf::from("content/drafts");
    let mut slugs = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => data = PathBuf::from(value(&mut args, arg)?),
            "--drafts" => drafts = PathBuf::from(value(&mut args, arg)?),
            flag if flag.starts_with("--") => {
                return Err(Failure::Usage(format!("unknown option {flag}")))
            }
            slug if tinso_model::is_slug(slug) => slugs.push(slug.to_owned()),
            other => {
                return Err(Failure::Usage(format!(
                    "\"{other}\" is not an article slug (a-z, 0-9, single hyphens)"
                )))
            }
        }
    }
    if slugs.is_empty() {
        return Err(Failure::Usage(
            "publish-stats needs at least one SLUG".into(),
        ));
    }
    let mut problems = Vec::new();
    for slug in &slugs {
        match publish_stats(slug, &data, &drafts) {
            Ok(Published::Written(path)) => println!("wrote {}", path.display()),
            Ok(Published::Unchanged(path)) => {
                println!("{} already holds the proposal", path.display())
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::Problems(problems))
    }
}

fn non_blank(value: String, option: &str) -> Result<String, Failure> {
    let value = value.trim().to_owned();
    if value.is_empty() || value.chars().any(char::is_control) {
        return Err(Failure::Usage(format!(
            "{option} wants text on one line, got \"{value}\""
        )));
    }
    Ok(value)
}

fn parse_category(value: &str) -> Result<Category, Failure> {
    match value.split_once('=') {
        Some((slug, name)) if tinso_model::is_slug(slug) && !name.trim().is_empty() => {
            Ok(Category {
                slug: slug.to_owned(),
                name: tinso_model::text::to_nfc(name.trim()),
            })
        }
        _ => Err(Failure::Usage(format!(
            "--category wants SLUG=NAME, like \"dan-van=Dân vận\", got \"{value}\""
        ))),
    }
}
