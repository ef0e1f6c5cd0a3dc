//! The table of the site's kinds of page: one row each, read by the app's
//! routing (which pages it draws), the prerenderer's loop (a renderer per
//! row) and the sitemap (which rows it lists).

/// A kind of page; [`super::Route`] names one page of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitePage {
    Home,
    Article,
    Datasets,
    Dataset,
    /// A chart alone, framed by other sites.
    Embed,
    Search,
    /// The archive's index and its category and month pages.
    Archive,
    Offline,
    NotFound,
}

/// How a kind of page is served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRow {
    pub page: SitePage,
    /// Drawn by the app when a reader goes there from another page; a page
    /// that is not is static: prerendered once and loaded by the browser
    /// itself (the app's wasm carries none of it).
    pub drawn_by_app: bool,
    /// Listed in `sitemap.xml`.
    pub in_sitemap: bool,
}

/// Every kind of page, in the order the prerenderer writes them.
pub const PAGES: [PageRow; 9] = [
    row(SitePage::Home, true, true),
    row(SitePage::Article, true, true),
    row(SitePage::Datasets, true, true),
    row(SitePage::Dataset, true, true),
    row(SitePage::Embed, false, false),
    row(SitePage::Archive, false, true),
    row(SitePage::Search, true, false),
    row(SitePage::NotFound, true, false),
    row(SitePage::Offline, false, false),
];

const fn row(page: SitePage, drawn_by_app: bool, in_sitemap: bool) -> PageRow {
    PageRow {
        page,
        drawn_by_app,
        in_sitemap,
    }
}

impl SitePage {
    /// This kind's row of [`PAGES`].
    pub fn row(self) -> PageRow {
        *PAGES
            .iter()
            .find(|row| row.page == self)
            .expect("every kind of page has a row")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_page_has_one_row() {
        let kinds = [
            SitePage::Home,
            SitePage::Article,
            SitePage::Datasets,
            SitePage::Dataset,
            SitePage::Embed,
            SitePage::Search,
            SitePage::Archive,
            SitePage::Offline,
            SitePage::NotFound,
        ];
        for kind in kinds {
            assert_eq!(
                PAGES.iter().filter(|row| row.page == kind).count(),
                1,
                "{kind:?}"
            );
        }
        assert_eq!(PAGES.len(), kinds.len());
        // Pages that are not drawn by the app are the static ones.
        assert!(!SitePage::Archive.row().drawn_by_app);
        assert!(!SitePage::Offline.row().drawn_by_app);
        assert!(!SitePage::Search.row().in_sitemap);
    }
}
