//! `tinso-prerender DATA_DIR APP_DIR DIST_DIR [CHANGED_LIST]`: the last step
//! of `scripts/build`.
//!
//! trunk has built the app into APP_DIR (the shell `index.html`, wasm, JS,
//! CSS). DIST_DIR may hold an earlier build: only files whose bytes change
//! are written, and CHANGED_LIST (if given) lists them, one per line.
//! This renders every route natively from the app's own Leptos components
//! (the `ssr` feature) and writes one real HTML file per route, holding the
//! page's content and its head tags; then `sitemap.xml`, `robots.txt` and
//! the Atom feed `feed.xml`. Readers and crawlers get the text without
//! running the wasm; the app then adopts the page.
//!
//! What the first paint needs stands in each page (first_paint.rs), with
//! the loader, which fetches everything else after that paint; the CSP it
//! writes allows exactly these inline scripts and styles by their hashes,
//! and it refuses any page carrying another. It also writes the service
//! worker `sw.js` with the list of files to keep for offline reading.
//!
//! The modules:
//! - `site`: the run, step by step, from the content to the files written;
//! - `render`: the shell a page fills, and the app rendered at a route;
//! - `pages`: the pages of each kind (home, archive, article, dataset,
//!   search, and the 404 and offline pages) with the data they carry;
//! - `feeds`: `sitemap.xml`, `robots.txt` and `feed.xml`;
//! - `previews`: the charts' PNG downloads and the link-preview cards;
//! - `first_paint`: the stylesheet and scripts written into each page;
//! - `loader`: the inline loader, which starts the rest after the first paint;
//! - `csp`: the Content-Security-Policy for these inline scripts and styles;
//! - `output`: the output directory, rewritten only where it changes;
//! - `service_worker`: `sw.js`, from `templates/sw.js`;
//! - `timings`: where a build's time goes (`TINSO_TIMINGS`);
//! - `build_state`: what a build leaves for the next (`TINSO_BUILD_STATE`).

mod build_state;
mod csp;
mod feeds;
mod first_paint;
mod loader;
mod output;
mod pages;
mod previews;
mod render;
mod service_worker;
mod site;
mod timings;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (data, app, dist, changed_list) = match args.as_slice() {
        [data, app, dist] => (data, app, dist, None),
        [data, app, dist, list] => (data, app, dist, Some(list)),
        _ => {
            eprintln!("usage: tinso-prerender DATA_DIR APP_DIR DIST_DIR [CHANGED_LIST]");
            return ExitCode::from(2);
        }
    };
    match site::prerender(Path::new(data), Path::new(app), Path::new(dist)) {
        Ok(written) => {
            println!(
                "tinso-prerender: {} file(s) in {dist}: {} written, {} removed, {} unchanged",
                written.files,
                written.changed.len(),
                written.removed.len(),
                written.files - written.changed.len()
            );
            // For precompressing: only what changed needs new .br and .gz files.
            if let Some(list) = changed_list {
                let mut text = written.changed.join("\n");
                text.push('\n');
                if let Err(e) = std::fs::write(list, text) {
                    eprintln!("{list}: cannot be written: {e}");
                    return ExitCode::FAILURE;
                }
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            ExitCode::FAILURE
        }
    }
}
