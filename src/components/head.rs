//! The document's title and meta description for the page being shown.
//!
//! A few lines of web-sys instead of leptos_meta, which cost more wasm for
//! the same two tags (docs/budget.md).

use leptos::prelude::*;
use tinso_model::{page_title, Site};

/// Sets `<title>` to "`title` | site name" (the site name alone when `title`
/// is empty) and the meta description, when the page is shown.
#[component]
pub fn PageHead(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    let site = expect_context::<Site>();
    let full_title = page_title(&title, &site.name);
    Effect::new(move |_| set_head(&full_title, &description));
}

fn set_head(title: &str, description: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(title);
    let meta = match document.query_selector("meta[name=\"description\"]") {
        Ok(Some(meta)) => meta,
        _ => {
            let Ok(meta) = document.create_element("meta") else {
                return;
            };
            let _ = meta.set_attribute("name", "description");
            if let Some(head) = document.head() {
                let _ = head.append_child(&meta);
            }
            meta
        }
    };
    let _ = meta.set_attribute("content", description);
}
