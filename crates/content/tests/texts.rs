//! The importer on texts of our own, one per shape editors receive from
//! Vietnamese portals (`tests/texts/*.txt`: datelines, bylines, captions,
//! debris, text, numbers, and texts it must refuse). Each text's `.json`
//! beside it holds what it must give, exactly: title, date, byline,
//! paragraphs, captions, every removed line with its reason, or the error;
//! a text with options has a case for each. Then the whole batch is
//! imported through the command line's path, its proposed statistics
//! copied into the data as they stand, and the site must pass the check.
//!
//! `TINSO_BLESS=1 cargo test -p tinso-content --test texts` rewrites the
//! `.json` files from what the importer gives; read the diff before
//! committing it.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tinso_content::batch::{import_batch, write};
use tinso_content::import::{import, parse_published, ImportOptions};
use tinso_content::proposal::propose;
use tinso_content::publish::{publish_stats, Published};
use tinso_content::site::check;
use tinso_model::{Block, Category};

fn texts_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/texts")
}

fn texts() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(texts_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn category() -> Category {
    Category {
        slug: "thu-nghiem".into(),
        name: "Thử nghiệm".into(),
    }
}

#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Options {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source_url: Option<String>,
}

impl Options {
    fn is_empty(&self) -> bool {
        *self == Options::default()
    }

    fn to_import(&self) -> ImportOptions {
        ImportOptions {
            category: category(),
            title: self.title.clone(),
            published: self
                .published
                .as_deref()
                .map(|p| parse_published(p).unwrap()),
            byline: self.byline.clone(),
            source_url: self.source_url.clone(),
        }
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expectations {
    cases: Vec<Case>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    #[serde(default, skip_serializing_if = "Options::is_empty")]
    options: Options,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expect: Option<Outcome>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Outcome {
    Imported(Box<Article>),
    Refused(String),
}

/// What an imported text must be, field by field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Article {
    title: String,
    published: String,
    byline: Option<String>,
    credit: Option<String>,
    agency: Option<String>,
    source_url: Option<String>,
    lead: String,
    paragraphs: Vec<String>,
    /// Caption, and the photographer's credit taken out of it.
    captions: Vec<(String, Option<String>)>,
    /// Line number, reason and text of each line left out.
    removed: Vec<(usize, String, String)>,
    replaced: Vec<(String, usize)>,
    notes: Vec<String>,
    /// Titles of the proposed datasets.
    datasets: Vec<String>,
}

fn outcome(raw: &str, options: &Options) -> Outcome {
    match import(raw, &options.to_import()) {
        Err(error) => Outcome::Refused(error.to_string()),
        Ok(imported) => {
            let a = &imported.article;
            let proposal = propose(a, &imported.candidates, &HashSet::new());
            Outcome::Imported(Box::new(Article {
                title: a.title.clone(),
                published: a.published.to_string(),
                byline: a.byline.clone(),
                credit: a.credit.clone(),
                agency: a.agency.clone(),
                source_url: a.source_url.clone(),
                lead: a.lead.clone(),
                paragraphs: a.paragraphs().map(str::to_owned).collect(),
                captions: a
                    .body
                    .iter()
                    .filter_map(|b| match b {
                        Block::Figure { caption, credit } => {
                            Some((caption.clone(), credit.clone()))
                        }
                        Block::Paragraph { .. } => None,
                    })
                    .collect(),
                removed: imported
                    .removed
                    .iter()
                    .map(|r| {
                        let reason = serde_json::to_value(r.reason).unwrap();
                        (r.line, reason.as_str().unwrap().to_owned(), r.text.clone())
                    })
                    .collect(),
                replaced: imported
                    .replaced
                    .iter()
                    .map(|r| (r.what.to_owned(), r.count))
                    .collect(),
                notes: imported.notes.clone(),
                datasets: proposal
                    .stats
                    .datasets
                    .iter()
                    .map(|d| d.title.clone())
                    .collect(),
            }))
        }
    }
}

#[test]
fn every_text_imports_exactly_as_expected() {
    let bless = std::env::var_os("TINSO_BLESS").is_some();
    let files = texts();
    assert!(files.len() >= 25, "only {} test texts", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let raw = fs::read_to_string(file).unwrap();
        let json_path = file.with_extension("json");
        let mut expectations: Expectations = match fs::read_to_string(&json_path) {
            Ok(json) => serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}: {e}", json_path.display())),
            Err(_) => Expectations {
                cases: vec![Case::default()],
            },
        };
        for (n, case) in expectations.cases.iter_mut().enumerate() {
            let actual = outcome(&raw, &case.options);
            if bless {
                case.expect = Some(actual);
            } else if case.expect.as_ref() != Some(&actual) {
                failures.push(format!(
                    "{} case {n}:\nexpected {}\n     got {}",
                    file.display(),
                    serde_json::to_string_pretty(&case.expect).unwrap(),
                    serde_json::to_string_pretty(&actual).unwrap()
                ));
            }
        }
        if bless {
            let mut json = serde_json::to_string_pretty(&expectations).unwrap();
            json.push('\n');
            fs::write(&json_path, json).unwrap();
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// How many texts import as they are, how many are refused (and why), and
/// how many proposals pass the check as they stand: the figures the issue
/// asks for.
#[test]
fn the_batch_imports_and_its_proposals_pass_the_check_unchanged() {
    let (scratch, places) = common::scratch_site("texts-batch");

    let options = ImportOptions::category(category());
    let mut refused = BTreeMap::new();
    let mut importable = Vec::new();
    for file in texts() {
        match import(&fs::read_to_string(&file).unwrap(), &options) {
            Ok(_) => importable.push(file),
            Err(error) => {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                refused.insert(name, error.to_string());
            }
        }
    }
    let batch = import_batch(&importable, &options, &places);
    assert!(
        batch.report.files.iter().all(|f| f.problems.is_empty()),
        "{}",
        batch.report.to_text()
    );
    write(&batch.writes).unwrap();

    // Each proposal copied into the data as it stands: the site checks.
    let mut with_figures = 0;
    let mut datasets = 0;
    for report in &batch.report.files {
        let slug = report.slug.as_deref().unwrap();
        let proposal = places.drafts.join(format!("{slug}.stats.json"));
        if report.datasets > 0 {
            with_figures += 1;
            datasets += report.datasets;
            fs::create_dir_all(places.data.join("stats")).unwrap();
            fs::copy(&proposal, places.data.join(format!("stats/{slug}.json"))).unwrap();
        }
    }
    let content = check(&places.data).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    assert_eq!(content.articles.len(), importable.len());
    assert_eq!(content.stats.len(), with_figures);

    eprintln!(
        "{} texts: {} import as they are, {} refused; {} proposals with {} datasets pass the check unchanged",
        importable.len() + refused.len(),
        importable.len(),
        refused.len(),
        with_figures,
        datasets
    );
    for (name, why) in &refused {
        eprintln!("  refused {name}: {why}");
    }
    assert_eq!(refused.len(), 4, "{refused:#?}");
    assert!(
        with_figures >= 6,
        "only {with_figures} texts with proposed charts"
    );
    fs::remove_dir_all(&scratch).unwrap();
}

#[test]
fn publish_stats_copies_a_proposal_once_and_never_over_an_editors_change() {
    let (scratch, places) = common::scratch_site("texts-publish");
    let file = texts_dir().join("42-shares.txt");
    let options = ImportOptions::category(category());
    let batch = import_batch(std::slice::from_ref(&file), &options, &places);
    write(&batch.writes).unwrap();
    let slug = batch.report.files[0].slug.clone().unwrap();
    let published = places.data.join(format!("stats/{slug}.json"));

    let first = publish_stats(&slug, &places.data, &places.drafts).unwrap();
    assert_eq!(first, Published::Written(published.clone()));
    assert!(check(&places.data).is_ok());
    assert_eq!(
        publish_stats(&slug, &places.data, &places.drafts).unwrap(),
        Published::Unchanged(published.clone())
    );
    // A newer proposal replaces the tool's own file…
    let proposal = places.drafts.join(format!("{slug}.stats.json"));
    let newer =
        fs::read_to_string(&proposal)
            .unwrap()
            .replacen("\"title\": \"", "\"title\": \"Mới: ", 1);
    fs::write(&proposal, &newer).unwrap();
    assert_eq!(
        publish_stats(&slug, &places.data, &places.drafts).unwrap(),
        Published::Written(published.clone())
    );
    assert_eq!(fs::read_to_string(&published).unwrap(), newer);
    // …but not a file an editor changed since.
    let edited = newer.replacen("Mới: ", "Biên tập viên sửa: ", 1);
    fs::write(&published, &edited).unwrap();
    fs::write(&proposal, newer.replacen("Mới: ", "", 1)).unwrap();
    let refused = publish_stats(&slug, &places.data, &places.drafts).unwrap_err();
    assert!(refused[0].contains("changed by an editor"), "{refused:?}");
    assert_eq!(fs::read_to_string(&published).unwrap(), edited);
    // A proposal the check refuses is not copied.
    fs::remove_file(&published).unwrap();
    fs::write(
        &proposal,
        newer.replacen("\"quote\": \"", "\"quote\": \"không có ", 1),
    )
    .unwrap();
    let problems = publish_stats(&slug, &places.data, &places.drafts).unwrap_err();
    assert!(problems[0].contains("is not in body"), "{problems:?}");
    assert!(!published.exists());
    fs::remove_dir_all(&scratch).unwrap();
}
