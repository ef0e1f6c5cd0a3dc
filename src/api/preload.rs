//! What the prerenderer renders a page from: one typed value per page,
//! handed over before the page renders and taken once.

use tinso_model::archive::{ArchivePage, Shelf};
use tinso_model::{Article, ArticleCharts, ArticleIndex, ChartView, DatasetIndex};

thread_local! {
    static PRELOADED: std::cell::RefCell<Option<PageData>> = const { std::cell::RefCell::new(None) };
}

/// Hands the prerenderer's data to the page it renders next.
pub fn preload(data: PageData) {
    PRELOADED.with(|cell| cell.replace(Some(data)));
}

/// The data given to [`preload`], once. In the browser nothing is preloaded:
/// the app adopts the prerendered page without drawing it, and each page it
/// draws afterwards fetches its own data.
pub fn take_preloaded() -> Option<PageData> {
    PRELOADED.with(|cell| cell.take())
}

/// What one page is rendered from, so that it renders whole at once
/// instead of in its loading state.
#[derive(Debug, Clone)]
pub enum PageData {
    /// The home page: the newest articles.
    Home(ArticleIndex),
    /// An article and its charts.
    Article(Article, ArticleCharts),
    /// The "Số liệu" page: every dataset.
    Datasets(DatasetIndex),
    /// A dataset's page: its chart.
    Dataset(ChartView),
    /// `/luu-tru`: every shelf, with its number of articles.
    ArchiveIndex(Vec<(Shelf, usize)>),
    /// A page of a category or a month.
    ArchivePage(ArchivePage),
    /// A page that needs no data (search, offline).
    Empty,
    /// `404.html`: whatever the path, it names nothing.
    NotFound,
}
