//! An article as readers see it: category, title, dateline, body, byline.

use leptos::prelude::*;
use tinso_model::{format, Article, Block};

#[component]
pub fn ArticleView(article: Article) -> impl IntoView {
    let Article {
        title,
        published,
        category,
        body,
        byline,
        ..
    } = article;
    let body = body
        .into_iter()
        .map(|block| match block {
            Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
            Block::Figure { caption } => view! { <Photo caption/> }.into_any(),
        })
        .collect_view();
    view! {
        <article class="article" data-testid="article">
            <header class="article__header">
                <p class="kicker">{category.name}</p>
                <h1 class="article__title">{title}</h1>
                <p class="dateline" data-testid="dateline">
                    <time datetime=published.to_string()>{format::dateline_vi(published)}</time>
                </p>
            </header>
            <div class="article__body">{body}</div>
            <p class="byline" data-testid="byline">{byline}</p>
        </article>
    }
}

/// A photo of the original report. The photo files are not published, so
/// the frame shows a quiet camera mark beside the caption, never a broken image.
#[component]
fn Photo(caption: String) -> impl IntoView {
    view! {
        <figure class="photo">
            <div class="photo__frame" aria-hidden="true">
                <svg class="photo__icon" viewBox="0 0 24 24" width="24" height="24" focusable="false">
                    <path d="M4 7h3l2-2h6l2 2h3v12H4z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>
                    <circle cx="12" cy="13" r="3.5" fill="none" stroke="currentColor" stroke-width="1.6"/>
                </svg>
                <span>"Ảnh trong bài gốc"</span>
            </div>
            <figcaption>{caption}</figcaption>
        </figure>
    }
}
