//! After the app opens a page: the reader's place and a screen reader's cue.
//!
//! A new page starts at the top; back and forward return to where the
//! reader left each page, once its content is drawn (its data may arrive
//! after the navigation). Either way focus moves to the page's main heading
//! (or `<main>`) and a polite live region says the page's title, so that a
//! screen reader follows. The browser's own scroll restoration is off: it
//! restores before the page is drawn, and lands short. And the service
//! worker is asked to keep the page, to read it again offline: the app
//! fetched its data, never its HTML.

/// The live region that announces the page opened (in `App`).
pub const ANNOUNCER_ID: &str = "thong-bao";

/// How the reader came to the page now shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arrival {
    /// A link: a new page, from its top.
    Link,
    /// Back or forward, to the history entry numbered so.
    History(u32),
    /// The search box: the reader is typing, focus stays in the box.
    Typing,
}

#[cfg(target_arch = "wasm32")]
pub use browser::{arrive, entry_for_new_page, entry_number, start};

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::{Cell, RefCell};
    use std::collections::HashMap;

    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use super::{Arrival, ANNOUNCER_ID};
    use crate::MAIN_ID;

    thread_local! {
        /// The history entry shown, and where the reader was in each.
        static CURRENT: Cell<u32> = const { Cell::new(0) };
        static NEXT: Cell<u32> = const { Cell::new(1) };
        static SCROLLS: RefCell<HashMap<u32, f64>> = RefCell::default();
        /// Bumped by each arrival: a later one cancels an earlier's wait.
        static GENERATION: Cell<u32> = const { Cell::new(0) };
    }

    /// The longest an arrival waits for its page to be drawn, in frames.
    const MAX_FRAMES: u32 = 600;

    /// Takes over scrolling on history navigation and numbers the entry
    /// the page was loaded in; keeps each entry's scroll position.
    pub fn start() {
        let Ok(history) = window().history() else {
            return;
        };
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
        let number = entry_number(&history.state().unwrap_or(JsValue::NULL)).unwrap_or(0);
        CURRENT.with(|c| c.set(number));
        NEXT.with(|n| n.set(n.get().max(number + 1)));
        let _ = history.replace_state(&number.into(), "");
        window_event_listener(leptos::ev::scroll, |_| {
            let y = window().scroll_y().unwrap_or(0.0);
            SCROLLS.with(|s| s.borrow_mut().insert(CURRENT.with(Cell::get), y));
        });
    }

    /// The number a history entry's state holds (the app's entries hold one).
    pub fn entry_number(state: &JsValue) -> Option<u32> {
        state.as_f64().map(|n| n as u32)
    }

    /// The state for a new history entry: its number, now the current one.
    pub fn entry_for_new_page() -> JsValue {
        let number = NEXT.with(|n| {
            let number = n.get();
            n.set(number + 1);
            number
        });
        CURRENT.with(|c| c.set(number));
        number.into()
    }

    /// Puts the reader where `arrival` says, once the page is drawn.
    pub fn arrive(arrival: Arrival) {
        let generation = GENERATION.with(|g| {
            g.set(g.get().wrapping_add(1));
            g.get()
        });
        let scroll = match arrival {
            Arrival::Typing => return,
            Arrival::Link => {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                0.0
            }
            Arrival::History(number) => {
                CURRENT.with(|c| c.set(number));
                SCROLLS.with(|s| s.borrow().get(&number).copied().unwrap_or(0.0))
            }
        };
        // From the next frame: the app draws the new page after this task.
        next_frame(move || {
            when_drawn(generation, MAX_FRAMES, move || {
                if matches!(arrival, Arrival::History(_)) {
                    window().scroll_to_with_x_and_y(0.0, scroll);
                }
                focus_heading();
                announce();
                keep_offline();
            })
        });
    }

    fn next_frame(then: impl FnOnce() + 'static) {
        let next = Closure::once_into_js(then);
        let _ = window().request_animation_frame(next.unchecked_ref());
    }

    /// Asks the service worker, if one controls the page, to keep this
    /// page's address (`postMessage({ keep: url })`, see sw.js).
    fn keep_offline() {
        use js_sys::Reflect;
        let window = window();
        let Ok(url) = window.location().href() else {
            return;
        };
        let controller = Reflect::get(&window.navigator(), &"serviceWorker".into())
            .and_then(|workers| Reflect::get(&workers, &"controller".into()));
        let Ok(controller) = controller else {
            return;
        };
        let post = Reflect::get(&controller, &"postMessage".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(post) = post {
            let message = js_sys::Object::new();
            let _ = Reflect::set(&message, &"keep".into(), &url.into());
            let _ = post.call1(&controller, &message);
        }
    }

    /// Runs `then` on the first frame `<main>` holds a drawn page (no
    /// loading placeholder), unless a later arrival came first.
    fn when_drawn(generation: u32, frames_left: u32, then: impl FnOnce() + 'static) {
        if GENERATION.with(Cell::get) != generation {
            return;
        }
        let drawn = document()
            .query_selector(&format!("#{MAIN_ID} .skeleton"))
            .ok()
            .flatten()
            .is_none();
        if drawn || frames_left == 0 {
            then();
            return;
        }
        next_frame(move || when_drawn(generation, frames_left - 1, then));
    }

    /// Focus on the page's main heading, or on `<main>` when it has none,
    /// without scrolling to it.
    fn focus_heading() {
        let document = document();
        let target = document
            .query_selector(&format!("#{MAIN_ID} h1"))
            .ok()
            .flatten()
            .or_else(|| document.get_element_by_id(MAIN_ID));
        let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return;
        };
        if !target.has_attribute("tabindex") {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }

    /// Says the page's title in the live region (emptied first, so that the
    /// same title twice is said twice).
    fn announce() {
        let document = document();
        let Some(region) = document.get_element_by_id(ANNOUNCER_ID) else {
            return;
        };
        region.set_text_content(None);
        let title = document.title();
        set_timeout(
            move || region.set_text_content(Some(&title)),
            std::time::Duration::from_millis(100),
        );
    }
}
