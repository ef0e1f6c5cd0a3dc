//! Unknown routes and unknown articles.

use leptos::prelude::*;

use crate::components::head::PageHead;
use crate::href;

/// The page's title and description, for the app and the prerenderer.
pub const TITLE: &str = "Không tìm thấy trang";
pub const DESCRIPTION: &str = "Trang bạn tìm không có hoặc đã được chuyển đi.";

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHead title=TITLE description=DESCRIPTION/>
        <section class="not-found" data-testid="not-found">
            <p class="kicker">"Lỗi 404"</p>
            <h1>"Không tìm thấy trang"</h1>
            <p>"Trang bạn tìm không có hoặc đã được chuyển đi. Có thể đường dẫn bị gõ sai."</p>
            <p><a href=href("/")>"Về trang chủ"</a>" để xem các bài viết mới nhất."</p>
        </section>
    }
}
