//! The importer's entry point on arbitrary bytes: it may refuse them, but it
//! never panics, and what it accepts keeps its promises: every figure quotes
//! its paragraph, and the proposed statistics pass the check.
#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use tinso_content::import::{import_bytes, ImportOptions};
use tinso_content::proposal::propose;
use tinso_model::{ArticleStats, Block, Category};

fuzz_target!(|data: &[u8]| {
    let options = ImportOptions::category(Category {
        slug: "dan-van".into(),
        name: "Dân vận".into(),
    });
    if let Ok(imported) = import_bytes(data, &options) {
        for candidate in &imported.candidates {
            match &imported.article.body[candidate.paragraph] {
                Block::Paragraph { text } => assert!(text.contains(&candidate.phrase)),
                Block::Figure { .. } => panic!("a candidate points at a figure"),
            }
        }
        let proposal = propose(&imported.article, &imported.candidates, &HashSet::new());
        let json = serde_json::to_string(&proposal.stats).expect("stats serialize");
        if let Err(errors) = ArticleStats::from_json(&json, &imported.article) {
            panic!("the proposal fails the check: {errors}\n{json}");
        }
    }
});
