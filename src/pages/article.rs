//! `/bai-viet/:slug`: one article.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{fetch_article, load, FetchError, Load, Preloaded};
use crate::components::article::ArticleView;
use crate::components::head::PageHead;
use crate::components::status::{LoadError, Skeleton};
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let initial = match use_context::<Preloaded>() {
        Some(Preloaded {
            not_found: true, ..
        }) => Load::Failed(FetchError::NotFound),
        Some(Preloaded {
            article: Some(article),
            ..
        }) if params.read_untracked().get("slug").as_deref() == Some(article.slug.as_str()) => {
            Load::Ready(article)
        }
        _ => Load::Loading,
    };
    let (article, retry) = load(slug, fetch_article, initial);
    move || match article.get() {
        Load::Loading => view! { <Skeleton/> }.into_any(),
        Load::Ready(article) => view! {
            <PageHead title=article.title.clone() description=article.lead.clone()/>
            <ArticleView article/>
        }
        .into_any(),
        Load::Failed(FetchError::NotFound) => view! { <NotFoundPage/> }.into_any(),
        Load::Failed(error) => view! {
            <PageHead title="Không tải được bài viết" description=error.message_vi()/>
            <LoadError what="bài viết" error on_retry=retry/>
        }
        .into_any(),
    }
}
