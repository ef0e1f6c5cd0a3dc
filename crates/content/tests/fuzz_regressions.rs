//! Replays every input in `tests/fuzz-regressions/` (inputs that once broke
//! the importer, or that were written to probe it): the importer must answer
//! each with an article or an error, never a panic, and what it accepts must
//! keep its promises, its proposed statistics passing the check.

mod common;

use std::collections::HashSet;
use std::path::PathBuf;

use tinso_content::batch::{import_batch, write};
use tinso_content::import::{import_bytes, ImportOptions};
use tinso_content::proposal::propose;
use tinso_content::site::check;
use tinso_model::{ArticleStats, Block, Category};

#[test]
fn every_saved_input_imports_or_fails_cleanly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 7,
        "the regression inputs are missing from {}",
        dir.display()
    );
    let options = ImportOptions::category(Category {
        slug: "dan-van".into(),
        name: "Dân vận".into(),
    });
    let mut outcomes = Vec::new();
    for input in &inputs {
        let bytes = std::fs::read(input).unwrap();
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        match import_bytes(&bytes, &options) {
            Ok(imported) => {
                for candidate in &imported.candidates {
                    let Block::Paragraph { text } = &imported.article.body[candidate.paragraph]
                    else {
                        panic!("{name}: a candidate points at a figure");
                    };
                    assert!(text.contains(&candidate.phrase), "{name}: {candidate:?}");
                }
                let proposal = propose(&imported.article, &imported.candidates, &HashSet::new());
                let json = serde_json::to_string(&proposal.stats).unwrap();
                ArticleStats::from_json(&json, &imported.article)
                    .unwrap_or_else(|e| panic!("{name}: the proposal fails the check: {e}"));
                outcomes.push((name, "imported".to_owned()));
            }
            Err(error) => outcomes.push((name, error.to_string())),
        }
    }
    // The probes written by hand have known outcomes.
    let outcome = |name: &str| {
        outcomes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, o)| o.as_str())
    };
    let refused = |name: &str, reason: &str| {
        let found = outcome(name).unwrap_or_else(|| panic!("{name} is missing"));
        assert!(found.contains(reason), "{name}: {found}");
    };
    // A dateline alone, or bylines around it: no line can be the title.
    refused(
        "dateline-only.txt",
        "no title: the text has no line to take as the title",
    );
    refused(
        "title-is-a-byline.txt",
        "no title: the text has no line to take as the title",
    );
    // One-word lines above the body are taken for a page header.
    refused(
        "bom-and-caption-last.txt",
        "no title: every line of text was taken as the page header",
    );
    refused("unusual-digits.txt", "no paragraph found after the title");
    refused("impossible-time.txt", "does not exist");
    // The same probes with a title of a real title's length import.
    assert_eq!(outcome("unusual-digits-with-title.txt"), Some("imported"));
    assert_eq!(
        outcome("bom-and-caption-last-with-title.txt"),
        Some("imported")
    );
}

/// Every saved input through the batch path, as the `batch` fuzz target
/// runs it (split at 0xFF bytes into up to four files): written whole or not
/// at all, and what is written passes the check with its proposals copied in.
#[test]
fn every_saved_input_as_a_batch_writes_all_or_nothing() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    inputs.sort();
    let options = ImportOptions::category(Category {
        slug: "dan-van".into(),
        name: "Dân vận".into(),
    });
    for input in &inputs {
        let name = input.file_name().unwrap().to_string_lossy();
        let (scratch, places) = common::scratch_site(&format!("regression-batch-{name}"));
        let bytes = std::fs::read(input).unwrap();
        let files: Vec<PathBuf> = bytes
            .split(|b| *b == 0xff)
            .take(4)
            .enumerate()
            .map(|(i, part)| {
                let file = scratch.join(format!("{i}.txt"));
                std::fs::write(&file, part).unwrap();
                file
            })
            .collect();
        let batch = import_batch(&files, &options, &places);
        let ok = batch.report.files.iter().all(|f| f.problems.is_empty());
        assert_eq!(ok, !batch.writes.is_empty(), "{}", input.display());
        if ok {
            write(&batch.writes).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
            for report in &batch.report.files {
                let slug = report.slug.as_deref().unwrap();
                std::fs::create_dir_all(places.data.join("stats")).unwrap();
                std::fs::copy(
                    places.drafts.join(format!("{slug}.stats.json")),
                    places.data.join(format!("stats/{slug}.json")),
                )
                .unwrap();
            }
            check(&places.data).unwrap_or_else(|p| panic!("{}: {}", input.display(), p.join("\n")));
        } else {
            assert!(
                !places.data.join("articles.json").exists(),
                "{}",
                input.display()
            );
        }
        std::fs::remove_dir_all(&scratch).unwrap();
    }
}
