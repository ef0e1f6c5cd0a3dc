//! Every page of the site, kind by kind, each with the files that go with
//! it: the data the app fetches when a reader goes there from another page,
//! a dataset's downloads and embed page, the search index.

mod archive;
mod article;
mod dataset;
mod embed;
mod fallback;
mod home;
mod search;

use tinso_content::site::Content;
use tinso_model::archive::ArchivePage;
use tinso_model::route::{SitePage, PAGES};
use tinso_model::ArticleCharts;

use crate::render::Shell;
use crate::site::OutputFile;
use crate::timings::Timings;

/// The pages of the site and their data, each given to `put` once
/// rendered (none is kept: an archive's pages do not fit in memory
/// together): `charts` are the articles' (in their order), `shelves` the
/// archive's pages.
pub fn render_pages(
    shell: &Shell,
    content: &Content,
    charts: &[ArticleCharts],
    shelves: Vec<ArchivePage>,
    put: &(dyn Fn(OutputFile) + Sync),
    timings: &mut Timings,
) {
    let mut shelves = Some(shelves);
    // A renderer for each row of the table of pages, in its order.
    for row in PAGES {
        let pages = match row.page {
            SitePage::Home => home::pages(shell, content),
            SitePage::Article => {
                article::pages(shell, content, charts, put);
                Vec::new()
            }
            SitePage::Datasets => dataset::index(shell, content, charts),
            SitePage::Dataset => dataset::pages(shell, content, charts),
            SitePage::Embed => embed::pages(shell, content, charts),
            SitePage::Archive => archive::pages(shell, content, shelves.take().unwrap_or_default()),
            SitePage::Search => {
                search::pages(shell, content, charts, put);
                Vec::new()
            }
            SitePage::NotFound => fallback::not_found(shell, content),
            SitePage::Offline => fallback::offline(shell, content),
        };
        pages.into_iter().for_each(put);
        timings.lap(&format!("pages: {:?}", row.page));
    }
}

/// The file of the page at `route`: its `index.html`, relative to DIST_DIR.
fn index_file(route: &str) -> String {
    format!("{}/index.html", route.trim_start_matches('/'))
}
