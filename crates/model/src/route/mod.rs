//! The site's pages and their paths (without the deployment's base path):
//! every path built ([`paths`], [`search_url`]) and parsed ([`Route`]) here,
//! and the table of the kinds of page ([`PAGES`]).

mod pages;
mod paths;
mod search_url;

pub use pages::{PageRow, SitePage, PAGES};
pub use paths::*;
pub use search_url::{query_param, search_url};

use crate::article::is_slug;

/// A page of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`
    Home,
    /// `/bai-viet/<slug>`
    Article(String),
    /// `/so-lieu`
    Datasets,
    /// `/so-lieu/<dataset id>`
    Dataset(String),
    /// `/nhung/<dataset id>`: the chart alone, for other sites to frame.
    /// Static: the app never runs there.
    Embed(String),
    /// `/tim-kiem` (the query is in `?q=`)
    Search,
    /// `/luu-tru`, `/luu-tru/<yyyy>/<mm>[/trang-<n>]`,
    /// `/chuyen-muc/<slug>[/trang-<n>]`: static pages the browser loads
    /// itself (the app neither draws nor takes them over).
    Archive,
    /// `/ngoai-tuyen`: the service worker's page for a page never read, when
    /// there is no network. Static, like the archive.
    Offline,
    /// Anything else.
    NotFound,
}

impl Route {
    /// The page `path` names. A trailing slash is allowed (static servers
    /// add one to directories); a segment that is not a slug names nothing.
    pub fn from_path(path: &str) -> Route {
        let path = match path.strip_suffix('/') {
            Some(trimmed) if !trimmed.is_empty() => trimmed,
            _ => path,
        };
        let segments: Vec<&str> = path.split('/').collect();
        match segments.as_slice() {
            ["", ""] | [""] => Route::Home,
            ["", "bai-viet", slug] if is_slug(slug) => Route::Article((*slug).to_owned()),
            ["", "so-lieu"] => Route::Datasets,
            ["", "so-lieu", id] if is_slug(id) => Route::Dataset((*id).to_owned()),
            ["", "nhung", id] if is_slug(id) => Route::Embed((*id).to_owned()),
            ["", "tim-kiem"] => Route::Search,
            ["", "ngoai-tuyen"] => Route::Offline,
            ["", "luu-tru"] => Route::Archive,
            ["", "luu-tru", year, month, rest @ ..]
                if year.len() == 4
                    && month.len() == 2
                    && [year, month]
                        .iter()
                        .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
                    && is_page(rest) =>
            {
                Route::Archive
            }
            ["", "chuyen-muc", slug, rest @ ..] if is_slug(slug) && is_page(rest) => Route::Archive,
            _ => Route::NotFound,
        }
    }

    /// The kind of page this is.
    pub fn page(&self) -> SitePage {
        match self {
            Route::Home => SitePage::Home,
            Route::Article(_) => SitePage::Article,
            Route::Datasets => SitePage::Datasets,
            Route::Dataset(_) => SitePage::Dataset,
            Route::Embed(_) => SitePage::Embed,
            Route::Search => SitePage::Search,
            Route::Archive => SitePage::Archive,
            Route::Offline => SitePage::Offline,
            Route::NotFound => SitePage::NotFound,
        }
    }

    /// Whether the page is static: prerendered once, loaded by the browser
    /// itself, never drawn or taken over by the app ([`PAGES`]).
    pub fn is_static(&self) -> bool {
        !self.page().row().drawn_by_app
    }

    /// The path of the page (the inverse of [`Route::from_path`]).
    pub fn path(&self) -> String {
        match self {
            Route::Home => HOME_ROUTE.into(),
            Route::Article(slug) => article_route(slug),
            Route::Datasets => DATASETS_ROUTE.into(),
            Route::Dataset(id) => dataset_route(id),
            Route::Embed(id) => embed_route(id),
            Route::Search => SEARCH_ROUTE.into(),
            Route::Archive => ARCHIVE_ROUTE.into(),
            Route::Offline => OFFLINE_ROUTE.into(),
            Route::NotFound => NOT_FOUND_ROUTE.into(),
        }
    }
}

/// Nothing (a shelf's newest page), or one `trang-<n>` segment with n ≥ 1
/// written without leading zeros.
fn is_page(rest: &[&str]) -> bool {
    match rest {
        [] => true,
        [page] => page
            .strip_prefix("trang-")
            .and_then(|n| n.parse::<usize>().ok())
            .is_some_and(|n| n >= 1 && !page.contains("trang-0")),
        _ => false,
    }
}

/// `path` without the deployment's `base` ("" or "/tin"), if it is under it.
pub fn strip_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(base)?;
    match rest {
        "" => Some("/"),
        rest if rest.starts_with('/') => Some(rest),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_pages() {
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(
            Route::from_path("/bai-viet/hoi-nghi"),
            Route::Article("hoi-nghi".into())
        );
        assert_eq!(
            Route::from_path("/bai-viet/hoi-nghi/"),
            Route::Article("hoi-nghi".into())
        );
        assert_eq!(Route::from_path("/so-lieu"), Route::Datasets);
        assert_eq!(Route::from_path("/tim-kiem"), Route::Search);
        assert_eq!(Route::from_path("/tim-kiem/"), Route::Search);
        for archive in [
            "/luu-tru",
            "/luu-tru/2011/12",
            "/luu-tru/2011/12/trang-2",
            "/luu-tru/2011/12/trang-1",
            "/chuyen-muc/dan-van",
            "/chuyen-muc/dan-van/trang-3/",
        ] {
            assert_eq!(Route::from_path(archive), Route::Archive, "{archive}");
        }
        for nowhere in [
            "/luu-tru/11/12",
            "/chuyen-muc/dan-van/trang-0",
            "/chuyen-muc/dan-van/trang-01",
            "/chuyen-muc/dan-van/trang-x",
            "/chuyen-muc/Dan",
        ] {
            assert_eq!(Route::from_path(nowhere), Route::NotFound, "{nowhere}");
        }
        assert_eq!(Route::from_path("/so-lieu/"), Route::Datasets);
        assert_eq!(
            Route::from_path("/so-lieu/an-sinh"),
            Route::Dataset("an-sinh".into())
        );
        for nowhere in [
            "/bai-viet",
            "/bai-viet/",
            "/bai-viet/a/b",
            "/bai-viet/%C3%A1",
            "/bai-viet/Hoi-Nghi",
            "/so-lieu/an-sinh.csv",
            "/khong-tim-thay",
        ] {
            assert_eq!(Route::from_path(nowhere), Route::NotFound, "{nowhere}");
        }
        for route in [
            Route::Home,
            Route::Article("a-b".into()),
            Route::Datasets,
            Route::Dataset("c".into()),
            Route::Embed("c".into()),
            Route::Search,
            Route::Archive,
            Route::NotFound,
        ] {
            assert_eq!(Route::from_path(&route.path()), route);
        }
    }

    #[test]
    fn the_base_path_is_stripped_only_at_a_segment_boundary() {
        assert_eq!(strip_base("/bai-viet/x", ""), Some("/bai-viet/x"));
        assert_eq!(strip_base("/tin/bai-viet/x", "/tin"), Some("/bai-viet/x"));
        assert_eq!(strip_base("/tin", "/tin"), Some("/"));
        assert_eq!(strip_base("/tin/", "/tin"), Some("/"));
        assert_eq!(strip_base("/tinso/x", "/tin"), None);
        assert_eq!(strip_base("/other", "/tin"), None);
    }
}
