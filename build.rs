//! Compiles the site's settings into the app (and the prerenderer, which
//! renders the same header): `TINSO_SITE_JSON` names the file, by default
//! `public/data/site.json`. scripts/build sets it to `$DATA/site.json`, so
//! that a build of any data directory shows that data's site.
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-env-changed=TINSO_SITE_JSON");
    let source = env::var_os("TINSO_SITE_JSON")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("public/data/site.json"));
    println!("cargo:rerun-if-changed={}", source.display());
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::copy(&source, out.join("site.json"))
        .unwrap_or_else(|e| panic!("{}: cannot be read: {e}", source.display()));
}
