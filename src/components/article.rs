//! An article as readers see it: category, title, dateline, body, and who
//! it comes from (byline, credit, source).

use leptos::either::Either;
use leptos::prelude::*;
use tinso_model::chart_view::mark_id;
use tinso_model::route::article_route;
use tinso_model::{format, url_host, Article, Block, FigureRef, Site};

use crate::components::article_list::CategoryLink;
use crate::components::share::ShareButton;
use crate::href;

/// `refs`: the figures of the text that charts quote; each becomes a link
/// to its chart's mark (and the mark links back to it).
#[component]
pub fn ArticleView(article: Article, #[prop(optional)] refs: Vec<FigureRef>) -> impl IntoView {
    let minutes = article.reading_minutes();
    let url = expect_context::<Site>().url(&href(&article_route(&article.slug)));
    let Article {
        title,
        published,
        category,
        body,
        byline,
        credit,
        source_url,
        updated,
        ..
    } = article;
    let body = body
        .into_iter()
        .enumerate()
        .map(|(index, block)| match block {
            Block::Paragraph { text } => {
                let figures = refs.iter().filter(|r| r.paragraph == index);
                view! { <p>{with_figure_links(text, figures)}</p> }.into_any()
            }
            Block::Figure { caption, credit } => view! { <Photo caption credit/> }.into_any(),
        })
        .collect_view();
    view! {
        <article class="article" data-testid="article">
            <header class="article__header">
                <p class="kicker"><CategoryLink category/></p>
                <h1 class="article__title">{title}</h1>
                <div class="article__meta">
                    <p class="dateline" data-testid="dateline">
                        <time datetime=published.to_string()>{format::dateline_vi(published)}</time>
                        {updated.map(|updated| view! {
                            " · Cập nhật "
                            <time datetime=updated.to_string()>{format::dateline_vi(updated)}</time>
                        })}
                    </p>
                    <p class="reading-time" data-testid="reading-time">{format::reading_time_vi(minutes)}</p>
                    <ShareButton url=url.clone()/>
                </div>
            </header>
            <div class="article__body">{body}</div>
            <footer class="article__credits">
                {[("byline", byline), ("credit", credit)]
                    .into_iter()
                    .filter_map(|(class, text)| {
                        text.map(|text| view! { <p class=class data-testid=class>{text}</p> })
                    })
                    .collect_view()}
                {source_url.map(|url| {
                    let host = url_host(&url).to_owned();
                    view! {
                        <p class="source" data-testid="source">
                            "Nguồn: " <a href=url rel="external nofollow noopener">{host}</a>
                        </p>
                    }
                })}
            </footer>
            // Paper has no address bar.
            <p class="print-only">"Địa chỉ bài viết: " {url}</p>
        </article>
    }
}

/// A photo of the original report. The photo files are not published, so
/// the frame shows a quiet camera mark beside the caption, never a broken image.
#[component]
fn Photo(caption: String, credit: Option<String>) -> impl IntoView {
    view! {
        <figure class="photo">
            <div class="photo__frame" aria-hidden="true">
                <svg class="photo__icon" viewBox="0 0 24 24" width="24" height="24" focusable="false">
                    <path d="M4 7h3l2-2h6l2 2h3v12H4z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>
                    <circle cx="12" cy="13" r="3.5" fill="none" stroke="currentColor" stroke-width="1.6"/>
                </svg>
                <span>"Ảnh trong bài gốc"</span>
            </div>
            // As newspapers print it: "Nông dân gặt lúa. Ảnh: DIỆU THẢO".
            <figcaption>
                {match credit {
                    Some(credit) => format!("{caption} Ảnh: {credit}"),
                    None => caption,
                }}
            </figcaption>
        </figure>
    }
}

/// The paragraph's text with its figures as links to their marks. Offsets
/// that do not fall on the text's character boundaries are skipped.
fn with_figure_links<'a>(
    text: String,
    figures: impl Iterator<Item = &'a FigureRef>,
) -> Vec<Either<String, impl IntoView>> {
    let mut parts = Vec::new();
    let mut at = 0;
    for figure in figures {
        let (Some(before), Some(words)) = (
            text.get(at..figure.start),
            text.get(figure.start..figure.end),
        ) else {
            continue;
        };
        let Some(value) = figure.values.first() else {
            continue;
        };
        // An empty text node would be rendered as a space in the static HTML.
        if !before.is_empty() {
            parts.push(Either::Left(before.to_owned()));
        }
        // rel="external": the browser itself follows the fragment, so the
        // mark becomes :target (highlighted) and the focus starts there.
        parts.push(Either::Right(view! {
            <a class="figure-ref" id=figure.id.clone() href=format!("#{}", mark_id(value))
                rel="external">{words.to_owned()}</a>
        }));
        at = figure.end;
    }
    match text.get(at..) {
        Some(rest) if !rest.is_empty() => parts.push(Either::Left(rest.to_owned())),
        _ => {}
    }
    parts
}
