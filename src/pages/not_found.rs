//! Unknown routes and unknown articles.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Không tìm thấy trang"/>
        <Meta name="description" content="Trang bạn tìm không có trên Tin & Số."/>
        <section class="not-found" data-testid="not-found">
            <p class="kicker">"Lỗi 404"</p>
            <h1>"Không tìm thấy trang"</h1>
            <p>"Trang bạn tìm không có hoặc đã được chuyển đi. Có thể đường dẫn bị gõ sai."</p>
            <p><A href="/">"Về trang chủ"</A>" để xem các bài viết mới nhất."</p>
        </section>
    }
}
