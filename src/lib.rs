//! Tin & Số: the Leptos app. Routes are declared here; each page lives in
//! `pages/`, the views they share in `components/`, data loading in `api`.

pub mod api;
pub mod components;
pub mod pages;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use tinso_model::Site;

use components::layout::{SiteFooter, SiteHeader};
use pages::{article::ArticlePage, home::HomePage, not_found::NotFoundPage};

/// The site settings, compiled in from `public/data/site.json` so the header
/// never waits for a request. `tinso-content check` (run by scripts/build) and the
/// model's tests validate the file.
pub const SITE_JSON: &str = include_str!("../public/data/site.json");

/// The parsed site settings. The build validates `site.json` before it gets
/// here, so a failure is a broken build, not a reader's problem.
pub fn site() -> Site {
    Site::from_json_with(SITE_JSON, api::is_nfc)
        .expect("public/data/site.json is validated at build time")
}

#[component]
pub fn App() -> impl IntoView {
    let site = site();
    provide_context(site);

    view! {
        <Router>
            <a class="skip-link" href="#noi-dung">"Bỏ qua, đến nội dung chính"</a>
            <SiteHeader/>
            <main id="noi-dung" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/bai-viet/:slug") view=ArticlePage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
