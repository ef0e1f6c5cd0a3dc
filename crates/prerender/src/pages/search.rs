//! Search: the page (its results are the app's to find) and the index,
//! chunk files a query fetches only as it needs them.

use tinso::api::PageData;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::SEARCH_ROUTE;
use tinso_model::search_index::{build_index, update_index, IndexState, SearchDoc};
use tinso_model::ArticleCharts;

use super::index_file;
use crate::output::Output;
use crate::previews;
use crate::render::Shell;
use crate::site::OutputFile;

/// The output directory, and the state of the index the last build left
/// there (none if it left none this build can use).
#[derive(Clone, Copy)]
pub struct EarlierIndex<'a> {
    pub output: &'a Output,
    pub state: Option<&'a IndexState>,
}

/// The search page, then the index's files under `data/`, of the articles
/// and of `all_charts` (the articles', in their order), each given to
/// `put`: updated from the index the last build left where it can be,
/// else built. Returns what the next build updates from.
pub fn pages(
    shell: &Shell,
    content: &Content,
    all_charts: &[ArticleCharts],
    put: &(dyn Fn(OutputFile) + Sync),
    earlier: EarlierIndex,
) -> IndexState {
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
    let docs = SearchDoc::all(&content.articles, all_charts);
    let data_file = |file: &str| format!("data/{file}");
    let mut put_data = |file: String, json: String| {
        put(OutputFile {
            file: data_file(&file),
            html: json,
        })
    };
    let EarlierIndex { output, state } = earlier;
    let update = state
        .and_then(|earlier| {
            update_index(&docs, earlier, &|file| {
                output.read_earlier(&data_file(file))
            })
        })
        .filter(|update| {
            update
                .kept
                .iter()
                .all(|file| output.has_earlier(&data_file(file)))
        });
    match update {
        Some(update) => {
            for file in &update.kept {
                output.keep(&data_file(file));
            }
            for (file, json) in update.files {
                put_data(file, json);
            }
            update.state
        }
        None => build_index(&docs, &mut put_data),
    }
}
