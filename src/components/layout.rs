//! The frame around every page: header with the site name and navigation, footer.

use leptos::prelude::*;
use tinso_model::chart_view::DATASETS_ROUTE;
use tinso_model::route::Route;
use tinso_model::Site;

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
                    </ul>
                </nav>
            </div>
        </header>
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
