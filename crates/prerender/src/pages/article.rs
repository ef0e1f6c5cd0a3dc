//! The page of each article, and its charts' data.

use std::sync::atomic::{AtomicUsize, Ordering};
use tinso::api::PageData;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::{article_charts_file, article_route};

use tinso_model::{Article, ArticleCharts};

use super::index_file;
use crate::previews;
use crate::render::{to_json, Shell};
use crate::site::OutputFile;

/// Each article's page and `data/` [`article_charts_file`], from `all_charts`
/// (the articles', in their order), given to `put` as they are rendered, on
/// every core.
pub fn pages(
    shell: &Shell,
    content: &Content,
    all_charts: &[ArticleCharts],
    put: &(dyn Fn(OutputFile) + Sync),
) {
    let site = &content.site;
    let render = |(article, charts): (&Article, &ArticleCharts)| {
        let route = article_route(&article.slug);
        let path = href(&route);
        let head = HeadTags {
            site,
            title: &article.title,
            description: &article.lead,
            path: Some(&path),
            kind: PageKind::Article(article),
            image: Some(&previews::article_card(site, article, charts)),
        };
        let preloaded = PageData::Article(article.clone(), charts.clone());
        put(OutputFile {
            file: format!("data/{}", article_charts_file(&article.slug)),
            html: to_json(&charts),
        });
        put(OutputFile {
            file: index_file(&route),
            html: shell.page(&head, &route, preloaded),
        });
    };
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let at = next.fetch_add(1, Ordering::Relaxed);
                let (Some(article), Some(charts)) = (content.articles.get(at), all_charts.get(at))
                else {
                    break;
                };
                render((article, charts));
            });
        }
    });
}
