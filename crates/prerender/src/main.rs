//! `tinso-prerender DATA_DIR DIST_DIR`: the last step of `scripts/build`.
//!
//! trunk has built the app shell (`DIST_DIR/index.html`, wasm, JS, CSS).
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
//! - `service_worker`: `sw.js`, from `templates/sw.js`.

mod csp;
mod feeds;
mod first_paint;
mod loader;
mod pages;
mod previews;
mod render;
mod service_worker;
mod site;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, dist] = args.as_slice() else {
        eprintln!("usage: tinso-prerender DATA_DIR DIST_DIR");
        return ExitCode::from(2);
    };
    match site::prerender(Path::new(data), Path::new(dist)) {
        Ok(count) => {
            println!("tinso-prerender: wrote {count} file(s) into {dist}");
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
