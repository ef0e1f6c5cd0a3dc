//! The archive's static pages: every shelf (`/luu-tru`), and one page of a
//! shelf with its pagination. Rendered only by the prerenderer: the browser
//! loads these pages as they are, and the app's wasm carries none of this.

use leptos::prelude::*;

/// What the route switch shows for an archive path.
#[cfg(not(target_arch = "wasm32"))]
pub fn archive_view() -> AnyView {
    use crate::api::{take_preloaded, PageData};
    use crate::pages::not_found::NotFoundPage;
    match take_preloaded() {
        Some(PageData::ArchiveIndex(shelves)) => view! { <ArchiveIndex shelves/> }.into_any(),
        Some(PageData::ArchivePage(page)) => view! { <ShelfPage page/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// In the browser an archive path is a static page: load it.
#[cfg(target_arch = "wasm32")]
pub fn archive_view() -> AnyView {
    load_static_page()
}

/// A static page (back or forward to one): the browser loads it itself.
#[cfg(target_arch = "wasm32")]
pub fn load_static_page() -> AnyView {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
    ().into_any()
}

#[cfg(not(target_arch = "wasm32"))]
pub use ssr::{ArchiveIndex, ShelfPage, DESCRIPTION, TITLE};

#[cfg(not(target_arch = "wasm32"))]
mod ssr {
    use leptos::prelude::*;
    use tinso_model::archive::{ArchivePage, Shelf};
    use tinso_model::format::date_vi;
    use tinso_model::route::ARCHIVE_ROUTE;
    use tinso_model::ArticleSummary;

    use crate::components::article_list::ArticleList;
    use crate::components::head::PageHead;
    use crate::href;

    pub const TITLE: &str = "Lưu trữ";
    /// The archive index's description, for the app and the prerenderer.
    pub const DESCRIPTION: &str = "Mọi bài viết của Tin & Số, theo chuyên mục và theo tháng.";

    #[component]
    pub fn ArchiveIndex(shelves: Vec<(Shelf, usize)>) -> impl IntoView {
        let (categories, months): (Vec<_>, Vec<_>) = shelves
            .into_iter()
            .partition(|(shelf, _)| matches!(shelf, Shelf::Category { .. }));
        let list = |shelves: Vec<(Shelf, usize)>| {
            shelves
                .into_iter()
                .map(|(shelf, count)| {
                    let label = match &shelf {
                        Shelf::Category { name, .. } => name.clone(),
                        Shelf::Month { .. } => shelf.title(),
                    };
                    view! {
                        <li><a href=href(&shelf.route(None))>{label}</a>{format!(" ({count} bài)")}</li>
                    }
                })
                .collect_view()
        };
        view! {
            <PageHead title=TITLE description=DESCRIPTION/>
            <section class="archive" aria-labelledby="archive-heading">
                <h1 id="archive-heading" class="section-title">{TITLE}</h1>
                <h2 class="archive__group">"Theo chuyên mục"</h2>
                <ul class="archive__shelves">{list(categories)}</ul>
                <h2 class="archive__group">"Theo tháng"</h2>
                <ul class="archive__shelves">{list(months)}</ul>
            </section>
        }
    }

    #[component]
    pub fn ShelfPage(page: ArchivePage) -> impl IntoView {
        let title = page.title();
        // What the page lists, by the dates of its oldest and newest
        // articles: numbered pages count from the oldest, so the reader
        // needs the dates to know where a page stands.
        let span = match (page.articles.last(), page.articles.first()) {
            (Some(oldest), Some(newest)) => {
                let day = |a: &ArticleSummary| date_vi(&a.published.in_vietnam());
                let (from, to) = (day(oldest), day(newest));
                let count = page.articles.len();
                if from == to {
                    format!("{count} bài, ngày {from}")
                } else {
                    format!("{count} bài, từ {from} đến {to}")
                }
            }
            _ => String::new(),
        };
        let label = match page.number {
            Some(number) => format!("Trang {number} · {span}"),
            None if page.numbered > 0 => format!("Mới nhất · {span}"),
            None => span,
        };
        // Links that stay true as articles are added: newer, older, the
        // newest page and the oldest. A numbered page never changes but for
        // the newest one's link to a page after it.
        let shelf = page.shelf.clone();
        let (newer, older) = (page.newer(), page.older());
        let (landing, first) = (shelf.route(None), shelf.route(Some(1)));
        let newest = newer.as_ref().filter(|r| **r != landing).map(|_| landing);
        let oldest = older.as_ref().filter(|r| **r != first).map(|_| first);
        let pagination = (newer.is_some() || older.is_some()).then(|| {
            view! {
                <nav class="pagination" aria-label="Phân trang">
                    {newest.map(|r| view! { <a href=href(&r)>"« Mới nhất"</a> })}
                    {newer.map(|r| view! { <a rel="prev" href=href(&r)>"← Mới hơn"</a> })}
                    {older.map(|r| view! { <a rel="next" href=href(&r)>"Cũ hơn →"</a> })}
                    {oldest.map(|r| view! { <a href=href(&r)>"Cũ nhất »"</a> })}
                </nav>
            }
        });
        view! {
            <PageHead title=title.clone() description=page.description()/>
            <section class="archive" aria-labelledby="archive-heading">
                <p class="breadcrumb"><a href=href(ARCHIVE_ROUTE)>{TITLE}</a></p>
                <h1 id="archive-heading" class="section-title">{title}</h1>
                <p class="archive__count">{label}</p>
                <ArticleList articles=page.articles/>
                {pagination}
            </section>
        }
    }
}
