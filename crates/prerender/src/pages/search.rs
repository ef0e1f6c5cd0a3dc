//! Search: the page (its results are the app's to find) and the index,
//! chunk files a query fetches only as it needs them.

use tinso::api::PageData;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::SEARCH_ROUTE;
use tinso_model::search_index::{build_index, SearchDoc};
use tinso_model::ArticleCharts;

use super::index_file;
use crate::previews;
use crate::render::Shell;
use crate::site::OutputFile;

/// The search page, then the index's files under `data/`, of the articles
/// and of `all_charts` (the articles', in their order), each given to `put`.
pub fn pages(
    shell: &Shell,
    content: &Content,
    all_charts: &[ArticleCharts],
    put: &(dyn Fn(OutputFile) + Sync),
) {
    let search = HeadTags {
        site: &content.site,
        title: tinso::pages::search::TITLE,
        description: tinso::pages::search::DESCRIPTION,
        path: Some(&href(SEARCH_ROUTE)),
        kind: PageKind::Website,
        image: Some(&previews::site_card(&content.site)),
    };
    put(OutputFile {
        file: index_file(SEARCH_ROUTE),
        html: shell.page(&search, SEARCH_ROUTE, PageData::Empty),
    });
    build_index(
        &SearchDoc::all(&content.articles, all_charts),
        &mut |file, json| {
            put(OutputFile {
                file: format!("data/{file}"),
                html: json,
            })
        },
    );
}
