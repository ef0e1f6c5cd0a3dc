//! The frame around every page: header with the site name, navigation and
//! the reader's settings, footer.

use leptos::prelude::*;

use tinso_model::route::{Route, ARCHIVE_ROUTE, DATASETS_ROUTE};
use tinso_model::Site;

use crate::components::search::SearchBox;
use crate::href;

/// The sections the navigation links to, by their paths.
const SECTIONS: [&str; 3] = ["/", DATASETS_ROUTE, ARCHIVE_ROUTE];

/// The `aria-current` of the navigation's link to `section` on `route`:
/// "page" on the section's own page, "true" on a page under it (a dataset
/// under "Số liệu", any archive page under "Lưu trữ": they are static,
/// rendered once).
fn current_in(route: &Route, section: &str) -> Option<&'static str> {
    match (route, section) {
        (Route::Home, "/") | (Route::Datasets, DATASETS_ROUTE) => Some("page"),
        (Route::Dataset(_), DATASETS_ROUTE) | (Route::Archive, ARCHIVE_ROUTE) => Some("true"),
        _ => None,
    }
}

/// Keeps the prerendered navigation's `aria-current` in step with the page
/// the app shows (the browser never draws the header again).
#[cfg(target_arch = "wasm32")]
pub fn follow_route(route: Memo<Route>) {
    Effect::new(move |_| {
        let route = route.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(links) = document.query_selector_all(".site-nav a") else {
            return;
        };
        for (link, section) in (0..links.length())
            .filter_map(|i| links.item(i))
            .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            .zip(SECTIONS)
        {
            let _ = match current_in(&route, section) {
                Some(value) => link.set_attribute("aria-current", value),
                None => link.remove_attribute("aria-current"),
            };
        }
    });
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = expect_context::<Site>();
    let route = Route::from_path(&crate::router::use_path().get_untracked());
    let [home, datasets, archive] = SECTIONS.map(|section| current_in(&route, section));
    view! {
        // Plain links: the router turns clicks on them into client-side navigation.
        <header class="site-header">
            <div class="site-header__inner">
                <a href=href("/") class="brand">
                    <span class="brand__name">{site.name}</span>
                    <span class="brand__tagline">{site.tagline}</span>
                </a>
                <nav class="site-nav" aria-label="Điều hướng chính">
                    <ul>
                        // In the order of SECTIONS.
                        <li><a href=href("/") aria-current=home>"Trang chủ"</a></li>
                        <li><a href=href(DATASETS_ROUTE) aria-current=datasets>"Số liệu"</a></li>
                        <li><a href=href(ARCHIVE_ROUTE) aria-current=archive>"Lưu trữ"</a></li>
                    </ul>
                </nav>
                // On a phone the search box and the reader's settings open from
                // these buttons (js/reader.js), so the header stays one row.
                <div class="header-tools">
                    <button type="button" class="tool-button" data-panel=SEARCH_PANEL
                        aria-controls=SEARCH_PANEL aria-expanded="false">
                        <svg class="tool-button__icon" viewBox="0 0 24 24" width="22" height="22"
                            aria-hidden="true" focusable="false">
                            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2"/>
                            <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>
                        </svg>
                        <span class="visually-hidden">"Tìm kiếm"</span>
                    </button>
                    <button type="button" class="tool-button tool-button--settings" data-panel=SETTINGS_PANEL
                        aria-controls=SETTINGS_PANEL aria-expanded="false">
                        <span aria-hidden="true">"Aa"</span>
                        <span class="visually-hidden">"Cỡ chữ và nền"</span>
                    </button>
                </div>
                <div class="header-panel header-panel--search" id=SEARCH_PANEL>
                    <SearchBox/>
                </div>
                <div class="header-panel header-panel--settings" id=SETTINGS_PANEL>
                    <ReaderSettings/>
                </div>
            </div>
        </header>
    }
}

/// The header's panels, which open from its buttons on a narrow screen.
const SEARCH_PANEL: &str = "o-tim-kiem-khung";
const SETTINGS_PANEL: &str = "cai-dat-doc";

/// Theme and text size. `js/reader.js` (run before the first paint) owns
/// them: it applies the saved choice, handles these buttons by their
/// `data-reader` attribute and keeps `aria-pressed` in step, in the
/// prerendered page and in the app alike. Shown only where that script runs.
#[component]
fn ReaderSettings() -> impl IntoView {
    let size = |value: &'static str, label: &'static str, title: &'static str| {
        view! {
            <button type="button" class="reader-button reader-button--size" data-reader="size"
                value=value title=title aria-pressed=(value == "normal").to_string()>
                {label}
            </button>
        }
    };
    view! {
        <div class="reader-settings">
            <button type="button" class="reader-button" data-reader="theme" aria-pressed="false">
                <svg class="reader-button__icon" viewBox="0 0 24 24" width="20" height="20"
                    aria-hidden="true" focusable="false">
                    <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="currentColor"/>
                </svg>
                "Nền tối"
            </button>
            <div class="reader-settings__size" role="group" aria-label="Cỡ chữ">
                {size("small", "A−", "Chữ nhỏ")}
                {size("normal", "A", "Chữ vừa")}
                {size("large", "A+", "Chữ lớn")}
            </div>
        </div>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let site = expect_context::<Site>();
    view! {
        <footer class="site-footer">
            <p>
                <strong>{site.name.clone()}</strong>
                " — "
                {site.tagline}
            </p>
            <p>"Bài viết được giữ nguyên văn như bản gốc, kể cả cách viết các con số."</p>
            <p>
                "Số liệu, biểu đồ: giấy phép "
                <a rel="license" href=site.license.url>{site.license.name}</a>
                ", xin ghi nguồn "{site.name}"."
            </p>
        </footer>
    }
}
