//! Importing the raw seed reproduces the committed article JSON, its index
//! entry and the committed draft of its figures, byte for byte.

use std::path::PathBuf;

use tinso_content::import::{import, ImportOptions};
use tinso_content::to_json_file;
use tinso_model::{ArticleIndex, Category};

fn repo_file(path: &str) -> String {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn import_seed() -> tinso_content::import::Imported {
    let options = ImportOptions::category(Category {
        slug: "dan-van".into(),
        name: "Dân vận".into(),
    });
    import(&repo_file("content/raw/000_5242cce672c6c43f.txt"), &options).unwrap()
}

#[test]
fn the_seed_imports_to_the_committed_article() {
    let imported = import_seed();
    let slug = &imported.article.slug;
    assert_eq!(
        to_json_file(&imported.article),
        repo_file(&format!("public/data/articles/{slug}.json"))
    );
    let index = ArticleIndex::from_json(&repo_file("public/data/articles.json")).unwrap();
    assert_eq!(index.articles, vec![imported.article.summary()]);
}

#[test]
fn the_seed_figures_match_the_committed_draft() {
    let imported = import_seed();
    let committed: serde_json::Value = serde_json::from_str(&repo_file(&format!(
        "content/drafts/{}.json",
        imported.article.slug
    )))
    .unwrap();
    let found = serde_json::to_value(&imported.candidates).unwrap();
    assert_eq!(committed["candidates"], found);
}

#[test]
fn the_seed_proposal_matches_the_committed_draft_and_passes_the_check() {
    let imported = import_seed();
    let slug = &imported.article.slug;
    let proposal = tinso_content::proposal::propose(
        &imported.article,
        &imported.candidates,
        &std::collections::HashSet::new(),
    );
    assert_eq!(
        to_json_file(&proposal.stats),
        repo_file(&format!("content/drafts/{slug}.stats.json"))
    );
    let json = serde_json::to_string(&proposal.stats).unwrap();
    tinso_model::ArticleStats::from_json(&json, &imported.article).unwrap();
    assert_eq!(proposal.stats.datasets.len(), 3);
}

#[test]
fn the_seed_figures_include_every_statistic_the_text_reports() {
    let imported = import_seed();
    let phrases: Vec<&str> = imported
        .candidates
        .iter()
        .map(|c| c.phrase.as_str())
        .collect();
    for expected in [
        "26/31 tập đoàn",
        "54/62 huyện",
        "87%",
        "hơn 1.480 tỷ đồng",
        "85,23 %",
        "gần 6.000 tỷ đồng",
        "34,450 tỷ đồng",
        "101,550 tỷ đồng",
        "280.000 USD",
        "18,026 tỷ đồng",
        "24 đơn vị",
        "Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008",
        "Quy định 222-QĐ/TW ngày 08/5/2009",
        "Quyết định 290-QĐ/TW ngày 25/02/2010",
        "Quyết định số 162-QĐ/ĐUK ngày 24/02/2011",
        "ngày 28/12/2011",
    ] {
        assert!(
            phrases.contains(&expected),
            "{expected} not found in {phrases:?}"
        );
    }
    // Every phrase is quoted verbatim from the paragraph it names.
    for candidate in &imported.candidates {
        match &imported.article.body[candidate.paragraph] {
            tinso_model::Block::Paragraph { text } => assert!(text.contains(&candidate.phrase)),
            other => panic!("{candidate:?} points at {other:?}"),
        }
    }
}
