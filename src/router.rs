//! Client-side navigation: the current path and query string, links that
//! change them without a reload, and back/forward. The pages a path names are
//! `tinso_model::route::Route`, plain Rust and tested natively.
//!
//! About sixty lines instead of leptos_router, the largest saving in the
//! wasm's history (docs/budget.md).

use leptos::prelude::*;

/// Where the app is: the path, without the deployment's base path, and the
/// query string ("?q=…" or "").
#[derive(Debug, Clone, Copy)]
pub struct CurrentLocation {
    path: ReadSignal<String>,
    search: ReadSignal<String>,
    set_path: WriteSignal<String>,
    set_search: WriteSignal<String>,
}

impl CurrentLocation {
    /// Shows `path` with `search`, unless already shown; whether it did.
    fn show(&self, path: String, search: String) -> bool {
        let new_path = self.path.get_untracked() != path;
        let new_search = self.search.get_untracked() != search;
        if new_path {
            self.set_path.set(path);
        }
        if new_search {
            self.set_search.set(search);
        }
        new_path || new_search
    }
}

/// The path to render natively (prerendering), given as context.
#[derive(Debug, Clone)]
pub struct RequestPath(pub String);

/// Provides the [`CurrentLocation`] and, in the browser, follows link
/// clicks and the history.
pub fn provide_router() -> ReadSignal<String> {
    let (initial_path, initial_search) = use_context::<RequestPath>()
        .map(|request| (request.0, String::new()))
        .or_else(browser::current)
        .unwrap_or_else(|| ("/".into(), String::new()));
    let (path, set_path) = signal(initial_path);
    let (search, set_search) = signal(initial_search);
    let location = CurrentLocation {
        path,
        search,
        set_path,
        set_search,
    };
    provide_context(location);
    browser::listen(location);
    path
}

/// The current path (inside the app).
pub fn use_path() -> ReadSignal<String> {
    expect_context::<CurrentLocation>().path
}

/// The current query string, "?q=…" or "" (inside the app).
pub fn use_search() -> ReadSignal<String> {
    expect_context::<CurrentLocation>().search
}

/// Where the app is (inside the app).
pub fn use_location() -> CurrentLocation {
    expect_context::<CurrentLocation>()
}

impl CurrentLocation {
    /// Goes to `url` (a site path without the base, with its query string)
    /// from the search box, adding a history entry, or replacing the
    /// current one (typing a search). Focus stays in the box.
    pub fn navigate(&self, url: &str, replace: bool) {
        let (path, search) = match url.find('?') {
            Some(at) => (&url[..at], &url[at..]),
            None => (url, ""),
        };
        browser::record(&crate::href(url), replace);
        self.show(path.to_owned(), search.to_owned());
        #[cfg(target_arch = "wasm32")]
        crate::navigation::arrive(crate::navigation::Arrival::Typing);
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use leptos::ev;
    use leptos::prelude::*;
    use tinso_model::route::strip_base;
    use wasm_bindgen::JsCast;

    use super::CurrentLocation;
    use crate::navigation::{arrive, entry_for_new_page, Arrival};
    use crate::BASE_PATH;

    pub fn current() -> Option<(String, String)> {
        let location = web_sys::window()?.location();
        let pathname = location.pathname().ok()?;
        let path = strip_base(&pathname, BASE_PATH)
            .unwrap_or(&pathname)
            .to_owned();
        Some((path, location.search().ok()?))
    }

    /// A new history entry for `url` (with the base path), numbered for its
    /// scroll position, or the current one replaced.
    pub fn record(url: &str, replace: bool) {
        if let Ok(history) = window().history() {
            let _ = if replace {
                let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                history.replace_state_with_url(&state, "", Some(url))
            } else {
                history.push_state_with_url(&entry_for_new_page(), "", Some(url))
            };
        }
    }

    pub fn listen(location: CurrentLocation) {
        window_event_listener(ev::click, move |event| {
            let Some((url, path, search)) = link_target(&event) else {
                return;
            };
            event.prevent_default();
            record(&url, false);
            location.show(path, search);
            arrive(Arrival::Link);
        });
        window_event_listener(ev::popstate, move |_| {
            let entry = window()
                .history()
                .ok()
                .and_then(|h| h.state().ok())
                .and_then(|state| crate::navigation::entry_number(&state))
                .unwrap_or(0);
            // A move between places of one page (its fragments) is the
            // browser's to scroll.
            if let Some((path, search)) = current() {
                if location.show(path, search) {
                    arrive(Arrival::History(entry));
                }
            }
        });
    }

    /// Where a click on a link goes, when the app can show it itself: a
    /// plain left click on a link to another page of this site. Downloads,
    /// `rel="external"`, other targets, other sites and links to a place
    /// on the same page are left to the browser.
    fn link_target(event: &web_sys::MouseEvent) -> Option<(String, String, String)> {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return None;
        }
        let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        let link = target.closest("a[href]").ok()??;
        let external = link
            .get_attribute("rel")
            .is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"));
        let other_target = link
            .get_attribute("target")
            .is_some_and(|t| !t.is_empty() && t != "_self");
        if external || other_target || link.has_attribute("download") {
            return None;
        }
        let location = window().location();
        let url = web_sys::Url::new_with_base(&link.get_attribute("href")?, &location.href().ok()?)
            .ok()?;
        if url.origin() != location.origin().ok()? {
            return None;
        }
        let pathname = url.pathname();
        let same_page =
            pathname == location.pathname().ok()? && url.search() == location.search().ok()?;
        if same_page && !url.hash().is_empty() {
            return None;
        }
        let path = strip_base(&pathname, BASE_PATH)?.to_owned();
        // Static pages (the archive) are the browser's to load.
        if tinso_model::route::Route::from_path(&path).is_static() {
            return None;
        }
        let search = url.search();
        Some((format!("{pathname}{search}{}", url.hash()), path, search))
    }
}

/// Natively there is nothing to follow: the page is rendered once.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::CurrentLocation;

    pub fn current() -> Option<(String, String)> {
        None
    }

    pub fn record(_: &str, _: bool) {}

    pub fn listen(_: CurrentLocation) {}
}

/// The `q` parameter of a query string ("?q=thuoc+la" → "thuoc la"): in
/// the browser its own parser (less wasm than the model's: docs/budget.md).
#[cfg(target_arch = "wasm32")]
pub fn query_of(search: &str) -> String {
    web_sys::UrlSearchParams::new_with_str(search)
        .ok()
        .and_then(|params| params.get("q"))
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn query_of(search: &str) -> String {
    tinso_model::route::query_param(search)
}
