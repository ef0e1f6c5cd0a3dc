//! A batch of arbitrary files (the input split at 0xFF bytes, up to four):
//! `import` writes all of them or none, never part of a file, and what it
//! writes is a site that passes the check, with every proposal copied in
//! as it stands.
#![no_main]

use std::fs;
use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use tinso_content::batch::{import_batch, write, Places};
use tinso_content::import::ImportOptions;
use tinso_content::site::check;
use tinso_model::Category;

const SITE: &str = r#"{"format_version": 1, "name": "Tin & Số", "tagline": "t", "description": "d", "base_url": "https://example.vn"}"#;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("tinso-fuzz-batch-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let places = Places {
        data: dir.join("data"),
        drafts: dir.join("drafts"),
    };
    fs::create_dir_all(&places.data).unwrap();
    fs::write(places.data.join("site.json"), SITE).unwrap();
    let files: Vec<PathBuf> = data
        .split(|b| *b == 0xff)
        .take(4)
        .enumerate()
        .map(|(i, bytes)| {
            let path = dir.join(format!("{i}.txt"));
            fs::write(&path, bytes).unwrap();
            path
        })
        .collect();
    let options = ImportOptions::category(Category {
        slug: "dan-van".into(),
        name: "Dân vận".into(),
    });
    let batch = import_batch(&files, &options, &places);
    let ok = batch.report.files.iter().all(|f| f.problems.is_empty());
    assert_eq!(ok, !batch.writes.is_empty(), "all or nothing");
    if ok {
        write(&batch.writes).unwrap();
        for report in &batch.report.files {
            let slug = report.slug.as_deref().expect("an imported file has a slug");
            let proposal = places.drafts.join(format!("{slug}.stats.json"));
            fs::create_dir_all(places.data.join("stats")).unwrap();
            fs::copy(&proposal, places.data.join(format!("stats/{slug}.json"))).unwrap();
        }
        if let Err(problems) = check(&places.data) {
            panic!("the written site fails the check:\n{}", problems.join("\n"));
        }
    } else {
        assert!(!places.data.join("articles.json").exists(), "a refused batch wrote");
    }
    let _ = fs::remove_dir_all(&dir);
});
