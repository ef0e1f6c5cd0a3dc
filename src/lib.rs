//! Tin & Số: the Leptos app. Routes are declared here; each page lives in
//! `pages/`, the views they share in `components/`, data loading in `api`.

pub mod api;
pub mod components;
pub mod pages;
pub mod router;

use leptos::prelude::*;
use tinso_model::route::Route;
use tinso_model::Site;
use wasm_bindgen::JsCast;

use api::Preloaded;

use components::layout::{SiteFooter, SiteHeader};
use pages::{
    article::ArticlePage, dataset::DatasetPage, datasets::DatasetsPage, home::HomePage,
    not_found::NotFoundPage, search::SearchPage,
};

/// The site settings, compiled in from `public/data/site.json` so the header
/// never waits for a request. `tinso-content check` (run by scripts/build) and the
/// model's tests validate the file.
pub const SITE_JSON: &str = include_str!("../public/data/site.json");

/// The parsed site settings. The build validates `site.json` before it gets
/// here, so a failure is a broken build, not a reader's problem.
pub fn site() -> Site {
    api::read_site(SITE_JSON).expect("public/data/site.json is validated at build time")
}

/// The path the site is deployed under, without a trailing slash: "" at the
/// domain root, "/tin" under a sub-path. scripts/build sets it from BASE_PATH
/// (for cargo: TINSO_BASE_PATH) for the wasm and the prerenderer alike.
pub const BASE_PATH: &str = match option_env!("TINSO_BASE_PATH") {
    Some(path) => path,
    None => "",
};

/// A site path under the deployment's base: "/bai-viet/x" → "/tin/bai-viet/x".
pub fn href(path: &str) -> String {
    format!("{BASE_PATH}{path}")
}

/// The element the app renders into; a prerendered page holds its HTML.
pub const APP_ROOT_ID: &str = "app";
/// `<script type="application/json">` elements a prerendered page carries
/// its data in: the index (home page), a dataset's chart (with `data-id`),
/// or the list of datasets.
pub const INDEX_DATA_ID: &str = "data-index";
pub const CHART_DATA_ID: &str = "data-chart";
pub const DATASETS_DATA_ID: &str = "data-datasets";
/// Set on the app root once the live app has replaced the prerendered page.
pub const READY_ATTRIBUTE: &str = "data-app-ready";
/// An article page's app root names its article (the slug) in this
/// attribute. The page embeds neither the article's data nor its charts':
/// its first paint stays within one round trip, and the app fetches both.
pub const ARTICLE_ATTRIBUTE: &str = "data-article";
/// The `data-page` value of the app root in `404.html`.
pub const NOT_FOUND_PAGE: &str = "not-found";
/// The `data-page` value of a static page (the archive): the app leaves it be.
pub const STATIC_PAGE: &str = "static";

/// Starts the app in the browser. The prerendered markup is replaced by the
/// live app in one task, rendered from the same data (the page's own, or an
/// article and its charts fetched first), so the reader sees no flash and nothing moves.
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(APP_ROOT_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(root) = root else {
        leptos::mount::mount_to_body(App);
        return;
    };
    if root.get_attribute("data-page").as_deref() == Some(STATIC_PAGE) {
        return;
    }
    let script = |id: &str| document.get_element_by_id(id);
    let mut preloaded = Preloaded {
        index: script(INDEX_DATA_ID)
            .and_then(|e| e.text_content())
            .and_then(|json| api::read_index(&json).ok()),
        article: None,
        charts: None,
        chart: script(CHART_DATA_ID).and_then(|e| {
            let id = e.get_attribute("data-id")?;
            api::read_chart(&id, &e.text_content()?).ok()
        }),
        datasets: script(DATASETS_DATA_ID)
            .and_then(|e| e.text_content())
            .and_then(|json| api::read_datasets(&json).ok()),
        not_found: root.get_attribute("data-page").as_deref() == Some(NOT_FOUND_PAGE),
        archive: None,
    };
    let article = root.get_attribute(ARTICLE_ATTRIBUTE);
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(slug) = article {
            match api::fetch_article(slug).await {
                Ok((article, charts)) => {
                    preloaded.article = Some(article);
                    preloaded.charts = Some(charts);
                }
                // The prerendered page is complete and its links work
                // without the app: better kept than traded for an error.
                Err(_) => return,
            }
        }
        api::preload(preloaded);
        // Reading the data and drawing the page are two tasks, not one long
        // one: the reader's input is never blocked for long (Lighthouse's
        // Total Blocking Time). The prerendered page stays in place in between.
        leptos::prelude::set_timeout(
            move || {
                root.replace_children_with_node_0();
                leptos::mount::mount_to(root.clone(), App).forget();
                // For tests and tools: the live app is in place.
                let _ = root.set_attribute(READY_ATTRIBUTE, "");
            },
            std::time::Duration::ZERO,
        );
    });
}

#[component]
pub fn App() -> impl IntoView {
    let site = site();
    provide_context(site);
    let path = router::provide_router();
    // Same page, same view: a change of fragment or a repeated click renders nothing anew.
    let route = Memo::new(move |_| Route::from_path(&path.get()));

    view! {
        // rel="external": the browser itself follows the link, scrolls to
        // <main> and moves focus there.
        <a class="skip-link" href="#noi-dung" rel="external">"Bỏ qua, đến nội dung chính"</a>
        <SiteHeader/>
        <main id="noi-dung" tabindex="-1">
            {move || match route.get() {
                Route::Home => view! { <HomePage/> }.into_any(),
                Route::Article(slug) => view! { <ArticlePage slug/> }.into_any(),
                Route::Datasets => view! { <DatasetsPage/> }.into_any(),
                Route::Dataset(id) => view! { <DatasetPage id/> }.into_any(),
                Route::Search => view! { <SearchPage/> }.into_any(),
                Route::Archive => components::archive::archive_view(),
                Route::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <SiteFooter/>
    }
}
