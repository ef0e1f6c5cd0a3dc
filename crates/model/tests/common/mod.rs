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
