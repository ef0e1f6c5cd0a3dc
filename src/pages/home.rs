//! `/`: the newest articles.

use leptos::prelude::*;
use tinso_model::Site;

use crate::api::{fetch_index, load, take_preloaded, Load, PageData};
use crate::components::article_list::ArticleList;
use crate::components::head::PageHead;
use crate::components::status::{LoadError, Skeleton};

#[component]
pub fn HomePage() -> impl IntoView {
    let site = expect_context::<Site>();
    let initial = match take_preloaded() {
        Some(PageData::Home(index)) => Load::Ready(index),
        _ => Load::Loading,
    };
    let (index, retry) = load(|| (), |()| fetch_index(), initial);
    view! {
        <PageHead title="" description=site.description/>
        <section class="home" aria-labelledby="home-heading">
            <h1 id="home-heading" class="section-title">"Tin mới nhất"</h1>
            {move || match index.get() {
                Load::Loading => view! { <Skeleton lines=2/> }.into_any(),
                Load::Ready(index) => {
                    let articles = index.newest_first().into_iter().cloned().collect();
                    view! { <ArticleList articles/> }.into_any()
                }
                Load::Failed(error) => {
                    view! { <LoadError what="danh sách bài viết" error on_retry=retry/> }.into_any()
                }
            }}
        </section>
    }
}
