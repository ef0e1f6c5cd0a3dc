//! Tin & Số: the Leptos app. Routes are declared here; each page lives in
//! `pages/`, the views they share in `components/`, data loading in `api`.

pub mod api;
pub mod components;
pub mod navigation;
pub mod pages;
pub mod router;

use leptos::prelude::*;
use tinso_model::route::Route;
use tinso_model::Site;

use components::layout::{SiteFooter, SiteHeader};
use pages::{
    article::ArticlePage, dataset::DatasetPage, datasets::DatasetsPage, home::HomePage,
    not_found::NotFoundPage, search::SearchPage,
};

/// The site settings, compiled in (from `public/data/site.json`, or the
/// file `TINSO_SITE_JSON` names: build.rs) so the header never waits for a
/// request. The prerenderer refuses data whose settings differ, and the
/// model's tests validate the repository's file.
pub const SITE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/site.json"));

/// The parsed site settings. The build validates `site.json` before it gets
/// here, so a failure is a broken build, not a reader's problem.
pub fn site() -> Site {
    api::read_site(SITE_JSON).expect("site.json is validated at build time")
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

/// The element the prerendered page stands in.
pub const APP_ROOT_ID: &str = "app";
/// Set on the app root once the live app has adopted the page.
pub const READY_ATTRIBUTE: &str = "data-app-ready";
/// The `data-page` value of a static page (the archive): the app leaves it be.
pub const STATIC_PAGE: &str = "static";

/// The id of `<main>`: the skip link's target, and where the app draws pages.
pub const MAIN_ID: &str = "noi-dung";

/// Starts the app in the browser, over the prerendered page: it adopts the
/// page as it is (the browser keeps focus, selection, scroll, what the
/// reader typed or opened; nothing is drawn again, nothing moves) and draws
/// only the pages the reader goes to next, in `<main>`. What the page's
/// controls do is theirs already: plain scripts (`js/`) for the reader's
/// settings and the charts, and for the search box and links, listeners
/// the app attaches to the elements in place.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id(APP_ROOT_ID);
    let main = document
        .get_element_by_id(MAIN_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(root), Some(main)) = (root, main) else {
        return;
    };
    // The archive's pages are static: no app.
    if root.get_attribute("data-page").as_deref() == Some(STATIC_PAGE) {
        return;
    }
    // What the page holds before the app draws anything: removed when the
    // reader goes to another page (or at once, for a page the app must draw
    // itself: search results are never prerendered).
    let children = main.child_nodes();
    let prerendered: Vec<web_sys::Node> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    leptos::mount::mount_to(main, move || view! { <Outlet prerendered/> }).forget();
    // For tests and tools: the live app is in place.
    let _ = root.set_attribute(READY_ATTRIBUTE, "");
}

/// The whole page, as the prerenderer writes it: the same components the
/// browser draws pages with.
#[component]
pub fn App() -> impl IntoView {
    provide_context(site());
    let path = router::provide_router();
    // Same page, same view: a change of fragment or a repeated click renders nothing anew.
    let route = Memo::new(move |_| Route::from_path(&path.get()));

    view! {
        // rel="external": the browser itself follows the link, scrolls to
        // <main> and moves focus there.
        <a class="skip-link" href=format!("#{MAIN_ID}") rel="external">"Bỏ qua, đến nội dung chính"</a>
        <SiteHeader/>
        <main id=MAIN_ID tabindex="-1">{move || page_of(route.get())}</main>
        <SiteFooter/>
        // What a screen reader says after the app opens a page (router).
        <p class="visually-hidden" id=navigation::ANNOUNCER_ID aria-live="polite"></p>
    }
}

/// The page a route names.
pub fn page_of(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Article(slug) => view! { <ArticlePage slug/> }.into_any(),
        Route::Datasets => view! { <DatasetsPage/> }.into_any(),
        Route::Dataset(id) => view! { <DatasetPage id/> }.into_any(),
        Route::Embed(_) => embed_view(),
        Route::Search => view! { <SearchPage/> }.into_any(),
        Route::Archive => components::archive::archive_view(),
        Route::Offline => offline_view(),
        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The offline page: the prerenderer's only.
#[cfg(not(target_arch = "wasm32"))]
fn offline_view() -> AnyView {
    view! { <pages::offline::OfflinePage/> }.into_any()
}

#[cfg(target_arch = "wasm32")]
fn offline_view() -> AnyView {
    components::archive::load_static_page()
}

/// An embed page is a document of its own, written apart by the
/// prerenderer (components::embed); in the browser, the browser loads it.
#[cfg(not(target_arch = "wasm32"))]
fn embed_view() -> AnyView {
    view! { <NotFoundPage/> }.into_any()
}

#[cfg(target_arch = "wasm32")]
fn embed_view() -> AnyView {
    components::archive::load_static_page()
}

/// What the app draws in `<main>`: nothing while the prerendered page it
/// adopted is shown; the page of the route once the reader goes elsewhere.
#[cfg(target_arch = "wasm32")]
#[component]
fn Outlet(prerendered: Vec<web_sys::Node>) -> impl IntoView {
    provide_context(site());
    let path = router::provide_router();
    let route = Memo::new(move |_| Route::from_path(&path.get()));
    components::layout::follow_route(route);
    components::search::attach_search_box();
    navigation::start();
    let initial = route.get_untracked();
    let adopted = RwSignal::new(initial != Route::Search);
    let drop_prerendered = move || {
        for node in &prerendered {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
    };
    if !adopted.get_untracked() {
        drop_prerendered();
    }
    Effect::new(move |_| {
        if route.get() != initial && adopted.get_untracked() {
            drop_prerendered();
            adopted.set(false);
        }
    });
    move || (!adopted.get()).then(|| page_of(route.get()))
}
