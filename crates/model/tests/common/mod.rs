//! Helpers shared by the model's integration tests.

use std::path::PathBuf;

pub const SEED_SLUG: &str =
    "hoi-nghi-giao-ban-cong-tac-dan-van-nam-2011-dang-bo-khoi-doanh-nghiep-trung-uong";

/// A file of the repository, by its path from the repository root.
pub fn repo_file(path: &str) -> String {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The seed article and its statistics, as committed.
#[allow(dead_code)] // not every test file uses it
pub fn seed_with_stats() -> (tinso_model::Article, tinso_model::ArticleStats) {
    let article = tinso_model::Article::from_json(
        SEED_SLUG,
        &repo_file(&format!("public/data/articles/{SEED_SLUG}.json")),
    )
    .unwrap();
    let stats = tinso_model::ArticleStats::from_json(
        &repo_file(&format!("public/data/stats/{SEED_SLUG}.json")),
        &article,
    )
    .unwrap();
    (article, stats)
}
