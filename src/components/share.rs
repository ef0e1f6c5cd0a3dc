//! The share button of articles and dataset pages.

use leptos::prelude::*;

/// The system share sheet where the browser has one, otherwise "Sao chép
/// liên kết" with a confirmation; `js/reader.js` does both, and shows the
/// one label that applies. `url` is the page's absolute address.
#[component]
pub fn ShareButton(url: String) -> impl IntoView {
    view! {
        <div class="share">
            <button type="button" class="reader-button" data-reader="share" data-url=url>
                <span class="share__native">"Chia sẻ"</span>
                <span class="share__copy">"Sao chép liên kết"</span>
            </button>
            <span class="share__status" role="status"></span>
        </div>
    }
}
