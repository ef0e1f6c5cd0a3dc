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

pub use search::EarlierIndex;

use tinso_content::site::Content;
use tinso_model::archive::ArchivePage;
use tinso_model::route::{SitePage, PAGES};
use tinso_model::search_index::IndexState;
use tinso_model::ArticleCharts;

use crate::render::Shell;
use crate::site::OutputFile;
use crate::timings::Timings;

/// The pages of the site and their data, each given to `put` once
/// rendered (none is kept: an archive's pages do not fit in memory
/// together): `charts` are the articles' (in their order), `shelves` the
/// archive's pages. The search index is updated from the one the last
/// build left, where it can be; returns the state the next build updates
/// it from.
pub fn render_pages(
    shell: &Shell,
    content: &Content,
    charts: &[ArticleCharts],
    shelves: Vec<ArchivePage>,
    put: &(dyn Fn(OutputFile) + Sync),
    earlier_index: EarlierIndex,
    timings: &mut Timings,
) -> IndexState {
    let mut shelves = Some(shelves);
    let mut index = None;
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
                index = Some(search::pages(shell, content, charts, put, earlier_index));
                Vec::new()
            }
            SitePage::NotFound => fallback::not_found(shell, content),
            SitePage::Offline => fallback::offline(shell, content),
        };
        pages.into_iter().for_each(put);
        timings.lap(&format!("pages: {:?}", row.page));
    }
    index.expect("the table of pages has the search page")
}

/// The file of the page at `route`: its `index.html`, relative to DIST_DIR.
fn index_file(route: &str) -> String {
    format!("{}/index.html", route.trim_start_matches('/'))
}
