//! The list of articles on the home page and in the archive.

use leptos::prelude::*;
use tinso_model::archive::Shelf;
use tinso_model::route::article_route;
use tinso_model::{format, ArticleSummary, Category};

use crate::href;

/// A category's name, linking to its archive page.
#[component]
pub fn CategoryLink(category: Category) -> impl IntoView {
    let shelf = Shelf::Category {
        slug: category.slug,
        name: String::new(),
    };
    view! { <a class="kicker__link" href=href(&shelf.route(None))>{category.name}</a> }
}

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
            <p class="kicker"><CategoryLink category=summary.category/></p>
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
