//! What the prerenderer renders a page from: handed over before the page
//! renders, taken once.

use tinso_model::archive::{ArchivePage, Shelf};
use tinso_model::{Article, ArticleCharts, ArticleIndex, ChartView, DatasetIndex};

thread_local! {
    static PRELOADED: std::cell::RefCell<Preloaded> = Default::default();
}

/// Hands the prerenderer's data to the page it renders next.
pub fn preload(preloaded: Preloaded) {
    PRELOADED.with(|cell| cell.replace(preloaded));
}

/// The data given to [`preload`], once. In the browser nothing is preloaded:
/// the app adopts the prerendered page without drawing it, and each page it
/// draws afterwards fetches its own data.
pub fn take_preloaded() -> Preloaded {
    PRELOADED.with(|cell| cell.take())
}

/// The data the prerenderer renders a page from, so the page renders whole
/// at once instead of in its loading state.
#[derive(Debug, Clone, Default)]
pub struct Preloaded {
    pub index: Option<ArticleIndex>,
    pub article: Option<Article>,
    /// The charts of `article`.
    pub charts: Option<ArticleCharts>,
    /// A dataset's page: its chart.
    pub chart: Option<ChartView>,
    /// The "Số liệu" page: every dataset.
    pub datasets: Option<DatasetIndex>,
    /// The page is `404.html`: whatever the path, it names nothing.
    pub not_found: bool,
    /// An archive page (prerendering only: the app leaves them static).
    pub archive: Option<Archive>,
}

/// What an archive page shows.
#[derive(Debug, Clone)]
pub enum Archive {
    /// `/luu-tru`: every shelf, with its number of articles.
    Index(Vec<(Shelf, usize)>),
    Page(ArchivePage),
}
