//! Client-side navigation: the current path, links that change it without
//! a reload, and back/forward. The pages a path names are
//! `tinso_model::route::Route`, plain Rust and tested natively.
//!
//! About sixty lines instead of leptos_router: removing it took the wasm
//! from 139.0 to 104.7 KB brotli (measured with the charts in), which is
//! what let the charts fit the 120 KB budget.

use leptos::prelude::*;

/// The path being shown, without the deployment's base path.
#[derive(Debug, Clone, Copy)]
pub struct CurrentPath(pub ReadSignal<String>);

/// The path to render natively (prerendering), given as context.
#[derive(Debug, Clone)]
pub struct RequestPath(pub String);

/// Provides [`CurrentPath`] and, in the browser, follows link clicks and
/// the history.
pub fn provide_router() -> ReadSignal<String> {
    let initial = use_context::<RequestPath>()
        .map(|request| request.0)
        .or_else(browser::current_path)
        .unwrap_or_else(|| "/".into());
    let (path, set_path) = signal(initial);
    provide_context(CurrentPath(path));
    browser::listen(path, set_path);
    path
}

/// The current path (inside the app).
pub fn use_path() -> ReadSignal<String> {
    expect_context::<CurrentPath>().0
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use leptos::ev;
    use leptos::prelude::*;
    use tinso_model::route::strip_base;
    use wasm_bindgen::JsCast;

    use crate::BASE_PATH;

    pub fn current_path() -> Option<String> {
        let pathname = web_sys::window()?.location().pathname().ok()?;
        Some(
            strip_base(&pathname, BASE_PATH)
                .unwrap_or(&pathname)
                .to_owned(),
        )
    }

    pub fn listen(path: ReadSignal<String>, set_path: WriteSignal<String>) {
        let show = move |new: String| {
            if path.get_untracked() != new {
                set_path.set(new);
            }
        };
        window_event_listener(ev::click, move |event| {
            let Some((url, new_path)) = link_target(&event) else {
                return;
            };
            event.prevent_default();
            let window = window();
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
            show(new_path);
            window.scroll_to_with_x_and_y(0.0, 0.0);
        });
        window_event_listener(ev::popstate, move |_| {
            if let Some(new_path) = current_path() {
                show(new_path);
            }
        });
    }

    /// Where a click on a link goes, when the app can show it itself: a
    /// plain left click on a link to another page of this site. Downloads,
    /// `rel="external"`, other targets, other sites and links to a place
    /// on the same page are left to the browser.
    fn link_target(event: &web_sys::MouseEvent) -> Option<(String, String)> {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return None;
        }
        let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
        let link = target.closest("a[href]").ok()??;
        let external = link
            .get_attribute("rel")
            .is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"));
        let other_target = link
            .get_attribute("target")
            .is_some_and(|t| !t.is_empty() && t != "_self");
        if external || other_target || link.has_attribute("download") {
            return None;
        }
        let location = window().location();
        let url = web_sys::Url::new_with_base(&link.get_attribute("href")?, &location.href().ok()?)
            .ok()?;
        if url.origin() != location.origin().ok()? {
            return None;
        }
        let pathname = url.pathname();
        let same_page =
            pathname == location.pathname().ok()? && url.search() == location.search().ok()?;
        if same_page && !url.hash().is_empty() {
            return None;
        }
        let path = strip_base(&pathname, BASE_PATH)?.to_owned();
        Some((format!("{pathname}{}{}", url.search(), url.hash()), path))
    }
}

/// Natively there is nothing to follow: the page is rendered once.
#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use leptos::prelude::*;

    pub fn current_path() -> Option<String> {
        None
    }

    pub fn listen(_: ReadSignal<String>, _: WriteSignal<String>) {}
}
