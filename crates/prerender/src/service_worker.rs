//! The service worker `sw.js`, from the template `templates/sw.js`: what it
//! keeps for offline reading, and the cache it keeps it in.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};
use tinso::href;
use tinso_model::route::{HOME_ROUTE, LATEST_FILE, NOT_FOUND_FILE, OFFLINE_ROUTE, SEARCH_ROUTE};

use crate::site::OutputFile;

/// `sw.js`: caches the app shell at install and every page and article data
/// the reader opens, under a cache named after this build, so a new deploy
/// installs beside the old one and removes it once active. `app` is where
/// trunk wrote the app; `inlined` its files the pages carry inline.
pub fn service_worker(app: &Path, inlined: &[String]) -> Result<OutputFile, Vec<String>> {
    // The shell: the hashed assets trunk wrote, the home and 404 pages, the index.
    let mut shell: Vec<String> = fs::read_dir(app)
        .map_err(|e| vec![format!("{}: cannot be read: {e}", app.display())])?
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| {
            [".js", ".wasm", ".css", ".svg"]
                .iter()
                .any(|ext| name.ends_with(ext))
                && name.contains('-')
                // The search worker is fetched when a reader first searches,
                // not with every first visit.
                && !name.starts_with("tinso-search")
                && name != "search-worker.js"
                && !inlined.contains(name)
        })
        .map(|name| href(&format!("/{name}")))
        .collect();
    shell.sort();
    shell.dedup();
    shell.extend([
        href(HOME_ROUTE),
        href(&format!("/{NOT_FOUND_FILE}")),
        href(OFFLINE_ROUTE),
        href(tinso::pages::offline::OFFLINE_SCRIPT),
        href(&format!("/data/{LATEST_FILE}")),
    ]);
    // Asset names carry content hashes, so a new build names a new cache.
    let version = &hex_digest(format!("{shell:?}").as_bytes())[..16];
    let list = serde_json::to_string(&shell).expect("strings serialize");
    let script = include_str!("../templates/sw.js")
        .replace("@VERSION@", version)
        .replace("@SHELL@", &list)
        .replace("@HOME@", &href("/"))
        .replace("@OFFLINE@", &href(OFFLINE_ROUTE))
        .replace("@SEARCH_DATA@", &href("/data/search/"))
        .replace("@SEARCH_PAGE@", &href(SEARCH_ROUTE));
    Ok(OutputFile {
        file: "sw.js".into(),
        html: script,
    })
}

/// The SHA-256 of `bytes`, in lowercase hex.
fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
