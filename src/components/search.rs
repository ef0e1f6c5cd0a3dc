//! Search: the box in the header of every page, and the list of results.

use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use tinso_model::chart::date_vi;
#[cfg(target_arch = "wasm32")]
use tinso_model::chart_view::DATASETS_ROUTE;
use tinso_model::route::Route;
use tinso_model::search_index::{search_url, SearchOutcome, SEARCH_ROUTE};
#[cfg(target_arch = "wasm32")]
use tinso_model::search_index::{suggestions, Piece};

use crate::{href, router};

/// `type="search"`, labelled "Tìm kiếm". Without the app it is a plain form
/// that opens `/tim-kiem?q=…`; in the app, results follow each keystroke
/// (one history entry per search, not one per letter).
#[component]
pub fn SearchBox() -> impl IntoView {
    let path = router::use_path();
    let search = router::use_search();
    let on_search_page = move || Route::from_path(&path.get_untracked()) == Route::Search;
    let value = move || {
        if Route::from_path(&path.get()) == Route::Search {
            router::query_of(&search.get())
        } else {
            String::new()
        }
    };
    let input = NodeRef::<leptos::html::Input>::new();
    // Entering the box gets the search ready before the first keystroke.
    let prepare = || {
        #[cfg(target_arch = "wasm32")]
        crate::api::prepare_search();
    };
    let go = move || {
        if let Some(input) = input.get_untracked() {
            router::navigate(&search_url(&input.value()), on_search_page());
        }
    };
    view! {
        <form class="search-box" role="search" action=href(SEARCH_ROUTE) method="get"
            on:submit=move |event| {
                event.prevent_default();
                go();
            }>
            <label for="o-tim-kiem" class="visually-hidden">"Tìm kiếm"</label>
            <input id="o-tim-kiem" node_ref=input class="search-box__input" type="search" name="q"
                autocomplete="off" spellcheck="false" placeholder="Tìm bài viết, con số…"
                prop:value=value on:input=move |_| go() on:focus=move |_| prepare()/>
            <button type="submit" class="search-box__submit">"Tìm"</button>
        </form>
    }
}

/// The line the results page announces: how many were found.
pub fn status_text(query: &str, outcome: &SearchOutcome) -> String {
    if outcome.total == 0 {
        format!("Không tìm thấy kết quả cho “{query}”.")
    } else {
        format!("Tìm thấy {} kết quả cho “{query}”.", outcome.total)
    }
}

/// Draws `outcome` into `container`: each result (kind, title, date,
/// excerpt with the matched words in `<mark>`), or, when nothing was found,
/// other ways to ask. Text goes in as text nodes, never as markup.
///
/// The DOM's own calls rather than Leptos views: results are never
/// prerendered, and the same list as views cost 16.4 KB of the app's wasm
/// (brotli, measured), more than its budget had left.
#[cfg(target_arch = "wasm32")]
pub fn render_results(container: &web_sys::Element, query: &str, outcome: &SearchOutcome) {
    let Some(document) = container.owner_document() else {
        return;
    };
    let element = |parent: &web_sys::Element, tag: &str, class: &str| {
        let child = document.create_element(tag).expect("a valid tag name");
        if !class.is_empty() {
            child.set_class_name(class);
        }
        let _ = parent.append_child(&child);
        child
    };
    let text = |parent: &web_sys::Element, content: &str| {
        let _ = parent.append_child(&document.create_text_node(content));
    };
    let pieces = |parent: &web_sys::Element, pieces: &[Piece]| {
        for piece in pieces {
            if piece.marked {
                text(&element(parent, "mark", ""), &piece.text);
            } else {
                text(parent, &piece.text);
            }
        }
    };
    let link = |parent: &web_sys::Element, path: &str| {
        let a = element(parent, "a", "");
        let _ = a.set_attribute("href", &href(path));
        a
    };
    container.set_text_content(None);
    if outcome.total == 0 {
        text(
            &element(container, "p", ""),
            "Gợi ý: gõ ít từ hơn, kiểm tra chính tả, hoặc gõ không dấu.",
        );
        let tips = element(container, "ul", "search-tips");
        for tip in suggestions(query) {
            text(
                &link(&element(&tips, "li", ""), &search_url(&tip)),
                &format!("Tìm “{tip}”"),
            );
        }
        text(&link(&element(&tips, "li", ""), "/"), "Xem tin mới nhất");
        text(
            &link(&element(&tips, "li", ""), DATASETS_ROUTE),
            "Xem mọi bộ số liệu",
        );
        return;
    }
    let list = element(container, "ol", "search-results");
    for result in &outcome.results {
        let item = element(&list, "li", "search-result");
        text(&element(&item, "p", "kicker"), result.kind.name_vi());
        pieces(
            &link(&element(&item, "h2", "search-result__title"), &result.path),
            &result.title,
        );
        let time = element(&element(&item, "p", "search-result__date"), "time", "");
        let _ = time.set_attribute("datetime", &result.date);
        text(&time, &date_vi(&result.date));
        pieces(
            &element(&item, "p", "search-result__excerpt"),
            &result.excerpt,
        );
    }
}
