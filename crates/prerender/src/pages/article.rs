//! The page of each article, and its charts' data.

use tinso::api::PageData;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::{article_charts_file, article_route};
use tinso_model::ArticleCharts;

use super::index_file;
use crate::previews;
use crate::render::{to_json, Shell};
use crate::site::OutputFile;

/// Each article's page and `data/` [`article_charts_file`], from `all_charts`
/// (the articles', in their order).
pub fn pages(shell: &Shell, content: &Content, all_charts: &[ArticleCharts]) -> Vec<OutputFile> {
    let site = &content.site;
    let mut pages = Vec::new();
    for (article, charts) in content.articles.iter().zip(all_charts) {
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
        let charts_json = to_json(&charts);
        let html = shell.page(&head, &route, preloaded);
        pages.push(OutputFile {
            file: index_file(&route),
            html,
        });
        pages.push(OutputFile {
            file: format!("data/{}", article_charts_file(&article.slug)),
            html: charts_json,
        });
    }
    pages
}
