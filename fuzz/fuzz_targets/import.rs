//! The importer's entry point on arbitrary bytes: it may refuse them, but it
//! never panics, and what it accepts keeps its promises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tinso_content::import::{import_bytes, ImportOptions};
use tinso_model::{Block, Category};

fuzz_target!(|data: &[u8]| {
    let options = ImportOptions {
        category: Category {
            slug: "dan-van".into(),
            name: "Dân vận".into(),
        },
    };
    if let Ok(imported) = import_bytes(data, &options) {
        for candidate in &imported.candidates {
            match &imported.article.body[candidate.paragraph] {
                Block::Paragraph { text } => assert!(text.contains(&candidate.phrase)),
                Block::Figure { .. } => panic!("a candidate points at a figure"),
            }
        }
    }
});
