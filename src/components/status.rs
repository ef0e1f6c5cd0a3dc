//! Loading placeholders and the failure message with its retry button.

use leptos::prelude::*;

use crate::api::FetchError;

/// Grey blocks in the shape of the page being loaded, so nothing jumps when
/// the text arrives.
#[component]
pub fn Skeleton(
    /// How many text blocks to draw.
    #[prop(default = 6)]
    lines: usize,
) -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true" data-testid="loading">
            <p class="visually-hidden" role="status">"Đang tải…"</p>
            <div class="skeleton__kicker"></div>
            <div class="skeleton__title"></div>
            <div class="skeleton__title skeleton__title--short"></div>
            <div class="skeleton__meta"></div>
            {(0..lines).map(|_| view! { <div class="skeleton__block"></div> }).collect_view()}
        </div>
    }
}

/// Says in Vietnamese what could not be loaded and offers to fetch again.
#[component]
pub fn LoadError(
    /// What the reader was trying to see, e.g. "bài viết".
    what: &'static str,
    error: FetchError,
    /// Fetches again.
    on_retry: Callback<()>,
) -> impl IntoView {
    let detail = error.detail();
    view! {
        <section class="load-error" role="alert" data-testid="load-error">
            <h1 class="load-error__title">{format!("Không tải được {what}")}</h1>
            <p>{error.message_vi()}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                "Thử lại"
            </button>
            <details class="load-error__detail">
                <summary>"Chi tiết kỹ thuật"</summary>
                <pre>{detail}</pre>
            </details>
        </section>
    }
}
