//! The frame around every page: header with the site name, navigation and
//! the reader's settings, footer.

use leptos::prelude::*;
use tinso_model::archive::ARCHIVE_ROUTE;
use tinso_model::chart_view::DATASETS_ROUTE;
use tinso_model::route::Route;
use tinso_model::Site;

use crate::components::search::SearchBox;
use crate::href;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let site = expect_context::<Site>();
    let path = crate::router::use_path();
    let is_home = move || (Route::from_path(&path.get()) == Route::Home).then_some("page");
    // "page" on the list itself, "true" on a dataset's page under it.
    let in_datasets = move || match Route::from_path(&path.get()) {
        Route::Datasets => Some("page"),
        Route::Dataset(_) => Some("true"),
        _ => None,
    };
    // Archive pages are static, rendered once: "true" on all of them.
    let in_archive = move || (Route::from_path(&path.get()) == Route::Archive).then_some("true");
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
                        <li><a href=href("/") aria-current=is_home>"Trang chủ"</a></li>
                        <li><a href=href(DATASETS_ROUTE) aria-current=in_datasets>"Số liệu"</a></li>
                        <li><a href=href(ARCHIVE_ROUTE) aria-current=in_archive>"Lưu trữ"</a></li>
                    </ul>
                </nav>
                <SearchBox/>
                <ReaderSettings/>
            </div>
        </header>
    }
}

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
                <strong>{site.name}</strong>
                " — "
                {site.tagline}
            </p>
            <p>"Bài viết được giữ nguyên văn như bản gốc, kể cả cách viết các con số."</p>
        </footer>
    }
}
