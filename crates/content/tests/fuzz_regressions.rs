//! Replays every input in `tests/fuzz-regressions/` (inputs that once broke
//! the importer, or that were written to probe it): the importer must answer
//! each with an article or an error, never a panic, and what it accepts must
//! keep its promises.

use std::path::PathBuf;

use tinso_content::import::{import_bytes, ImportOptions};
use tinso_model::{Block, Category};

#[test]
fn every_saved_input_imports_or_fails_cleanly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    inputs.sort();
    assert!(
        inputs.len() >= 5,
        "the regression inputs are missing from {}",
        dir.display()
    );
    let options = ImportOptions {
        category: Category {
            slug: "dan-van".into(),
            name: "Dân vận".into(),
        },
    };
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
    assert_eq!(
        outcome("dateline-only.txt"),
        Some("no paragraph found after the dateline")
    );
    assert_eq!(outcome("unusual-digits.txt"), Some("imported"));
    assert_eq!(outcome("bom-and-caption-last.txt"), Some("imported"));
    assert!(outcome("impossible-time.txt")
        .unwrap()
        .contains("does not exist"));
}
