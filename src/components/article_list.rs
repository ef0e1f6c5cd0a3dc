//! The list of articles on the home page.

use leptos::prelude::*;
use tinso_model::{article_route, format, ArticleSummary};

use crate::href;

#[component]
pub fn ArticleList(articles: Vec<ArticleSummary>) -> impl IntoView {
    if articles.is_empty() {
        return view! { <p class="empty">"Chưa có bài viết nào."</p> }.into_any();
    }
    view! {
        <ol class="article-list" data-testid="article-list">
            {articles
                .into_iter()
                .map(|summary| view! { <li><ArticleTeaser summary/></li> })
                .collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn ArticleTeaser(summary: ArticleSummary) -> impl IntoView {
    view! {
        <article class="teaser">
            <p class="kicker">{summary.category.name}</p>
            <h2 class="teaser__title">
                <a href=href(&article_route(&summary.slug))>{summary.title}</a>
            </h2>
            <p class="teaser__date">
                <time datetime=summary.published.to_string()>
                    {format::weekday_date_vi(summary.published)}
                </time>
            </p>
            <p class="teaser__lead">{summary.lead}</p>
        </article>
    }
}
