//! The page the service worker shows for a page never read, when there is no
//! network: it says so, and lists what is kept to read (`js/offline.js`
//! fills the list from the worker's cache). Rendered only by the
//! prerenderer, to `/ngoai-tuyen` (`Route::Offline`), a static page.

use leptos::prelude::*;

use crate::components::head::PageHead;
use crate::href;

/// The script that lists what is kept.
pub const OFFLINE_SCRIPT: &str = "/offline.js";
pub const TITLE: &str = "Không có kết nối mạng";
pub const DESCRIPTION: &str = "Trang này chưa được lưu để đọc khi không có mạng.";

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <PageHead title=TITLE description=DESCRIPTION/>
        <section class="not-found" data-testid="offline">
            <p class="kicker">"Ngoại tuyến"</p>
            <h1>{TITLE}</h1>
            <p>"Trang bạn mở chưa được lưu để đọc khi không có mạng. Hãy thử lại khi có kết nối."</p>
            <h2 class="section-title" id="da-luu-tieu-de">"Đã lưu để đọc ngoại tuyến"</h2>
            <ul class="offline-list" id="da-luu" aria-labelledby="da-luu-tieu-de">
                <li><a href=href("/")>"Trang chủ: tin mới nhất"</a></li>
            </ul>
            <script src=href(OFFLINE_SCRIPT) defer></script>
        </section>
    }
}
