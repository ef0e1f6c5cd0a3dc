//! Search: the box in the header of every page, and the list of results.

use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use tinso_model::chart_view::iso_date_vi;
use tinso_model::route::SEARCH_ROUTE;
#[cfg(target_arch = "wasm32")]
use tinso_model::route::{search_url, DATASETS_ROUTE};
use tinso_model::search_index::SearchOutcome;
#[cfg(target_arch = "wasm32")]
use tinso_model::search_index::{suggestions, Piece};

use crate::href;

/// The search box's id.
const BOX_ID: &str = "o-tim-kiem";

/// `type="search"`, labelled "Tìm kiếm": without the app a plain form that
/// opens `/tim-kiem?q=…`; the app makes results follow each keystroke
/// ([`attach_search_box`]).
#[component]
pub fn SearchBox() -> impl IntoView {
    view! {
        <form class="search-box" role="search" action=href(SEARCH_ROUTE) method="get">
            <label for=BOX_ID class="visually-hidden">"Tìm kiếm"</label>
            <input id=BOX_ID class="search-box__input" type="search" name="q"
                autocomplete="off" spellcheck="false" placeholder="Tìm bài viết, con số…"/>
            <button type="submit" class="search-box__submit">"Tìm"</button>
        </form>
    }
}

/// The app's search box, over the prerendered one: what the reader types
/// is searched as they type (one history entry per search, not one per
/// letter), entering the box gets the search ready, and the box shows the
/// query of the search page the reader goes to (and nothing elsewhere).
/// What the box holds when the app starts stays as it is.
#[cfg(target_arch = "wasm32")]
pub fn attach_search_box() {
    use tinso_model::route::Route;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use crate::router;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(input) = document
        .get_element_by_id(BOX_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    // Listeners run outside the app's reactive owner: they hold what they use.
    let location = router::use_location();
    let path = router::use_path();
    let search = router::use_search();
    let go = {
        let input = input.clone();
        move || {
            let on_search_page = Route::from_path(&path.get_untracked()) == Route::Search;
            location.navigate(&search_url(&input.value()), on_search_page);
        }
    };
    let listen = |target: &web_sys::EventTarget,
                  event: &str,
                  handler: Box<dyn FnMut(web_sys::Event)>| {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
        let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        closure.forget();
    };
    let on_input = go.clone();
    listen(&input, "input", Box::new(move |_| on_input()));
    listen(&input, "focus", Box::new(|_| crate::api::prepare_search()));
    if let Some(form) = input.form() {
        listen(
            &form,
            "submit",
            Box::new(move |event| {
                event.prevent_default();
                go();
            }),
        );
    }
    // At the start, only an empty box shows the search page's query: what
    // the reader typed before the app started stays.
    Effect::new(move |first: Option<()>| {
        let shown = if Route::from_path(&path.get()) == Route::Search {
            router::query_of(&search.get())
        } else {
            String::new()
        };
        if (first.is_some() || input.value().is_empty()) && input.value() != shown {
            input.set_value(&shown);
        }
    });
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
/// prerendered, and the same list as views cost more wasm than the budget
/// had left (docs/budget.md).
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
        text(&time, &iso_date_vi(&result.date));
        pieces(
            &element(&item, "p", "search-result__excerpt"),
            &result.excerpt,
        );
    }
}
