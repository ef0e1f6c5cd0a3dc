//! `/bai-viet/:slug`: one article.

use leptos::prelude::*;
use tinso_model::{ArticleCharts, ArticleSummary, ChartView};

use crate::api::{fetch_article, load, take_preloaded, FetchError, Load, PageData};
use crate::components::article::ArticleView;
use crate::components::article_list::ArticleList;
use crate::components::charts::{ChartFigure, TitleLevel};
use crate::components::head::PageHead;
use crate::components::status::{LoadError, Skeleton};
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn ArticlePage(slug: String) -> impl IntoView {
    let initial = match take_preloaded() {
        Some(PageData::NotFound) => Load::Failed(FetchError::NotFound),
        Some(PageData::Article(article, charts)) if article.slug == slug => {
            Load::Ready((article, charts))
        }
        _ => Load::Loading,
    };
    let (article, retry) = load(move || slug.clone(), fetch_article, initial);
    move || match article.get() {
        Load::Loading => view! { <Skeleton/> }.into_any(),
        Load::Ready((
            article,
            ArticleCharts {
                charts,
                refs,
                related,
                ..
            },
        )) => view! {
            <PageHead title=article.title.clone() description=article.lead.clone()/>
            <ArticleView article refs/>
            {charts_section(charts)}
            {related_section(related)}
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

/// "Tin liên quan": articles like this one, chosen at build time.
fn related_section(related: Vec<ArticleSummary>) -> impl IntoView {
    (!related.is_empty()).then(|| {
        view! {
            <section class="related" aria-labelledby="tin-lien-quan">
                <h2 id="tin-lien-quan" class="section-title">"Tin liên quan"</h2>
                <ArticleList articles=related/>
            </section>
        }
    })
}

/// The charts drawn from the article, under it.
fn charts_section(charts: Vec<ChartView>) -> impl IntoView {
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
