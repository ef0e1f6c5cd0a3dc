//! `/bai-viet/:slug`: one article.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tinso_model::{ArticleCharts, ChartView};

use crate::api::{fetch_article, load, FetchError, Load, Preloaded};
use crate::components::article::ArticleView;
use crate::components::charts::{ChartFigure, TitleLevel};
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
            charts: Some(charts),
            ..
        }) if params.read_untracked().get("slug").as_deref() == Some(article.slug.as_str()) => {
            Load::Ready((article, charts))
        }
        _ => Load::Loading,
    };
    let (article, retry) = load(slug, fetch_article, initial);
    move || match article.get() {
        Load::Loading => view! { <Skeleton/> }.into_any(),
        Load::Ready((article, ArticleCharts { charts, refs, .. })) => view! {
            <PageHead title=article.title.clone() description=article.lead.clone()/>
            <ArticleView article refs/>
            <ChartsSection charts/>
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

/// The charts drawn from the article, under it.
#[component]
fn ChartsSection(charts: Vec<ChartView>) -> impl IntoView {
    (!charts.is_empty()).then(|| {
        view! {
            <section class="article-charts" aria-labelledby="so-lieu-trong-bai">
                <h2 id="so-lieu-trong-bai" class="section-title">"Số liệu trong bài"</h2>
                {charts
                    .into_iter()
                    .map(|view| view! { <ChartFigure view level=TitleLevel::Section/> })
                    .collect_view()}
            </section>
        }
    })
}
