//! Shared by the content tools' integration tests.

use std::fs;
use std::path::{Path, PathBuf};

use tinso_content::batch::Places;

/// An empty site in a new scratch directory named after `name`: a data
/// directory holding the real `site.json`, and a drafts directory.
pub fn scratch_site(name: &str) -> (PathBuf, Places) {
    let scratch = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    let places = Places {
        data: scratch.join("data"),
        drafts: scratch.join("drafts"),
    };
    fs::create_dir_all(&places.data).unwrap();
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/site.json"),
        places.data.join("site.json"),
    )
    .unwrap();
    (scratch, places)
}
