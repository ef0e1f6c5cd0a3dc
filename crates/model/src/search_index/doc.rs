//! What is searched: one document per article and per dataset.

use serde::{Deserialize, Serialize};

use super::SearchVersion;
use crate::article::{Article, Block};
use crate::chart_view::{ArticleCharts, ChartView};
use crate::error::{parse_json, DataErrors};
use crate::route::{article_route, dataset_route};

/// What a search document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocKind {
    #[serde(rename = "bai-viet")]
    Article,
    #[serde(rename = "so-lieu")]
    Dataset,
}

impl DocKind {
    pub fn code(self) -> &'static str {
        match self {
            DocKind::Article => "bai-viet",
            DocKind::Dataset => "so-lieu",
        }
    }

    /// The label over a result.
    pub fn name_vi(self) -> &'static str {
        match self {
            DocKind::Article => "Bài viết",
            DocKind::Dataset => "Số liệu",
        }
    }
}

/// One searchable document: an article or a dataset; `search/d/<id>.json`.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchDoc {
    pub format_version: SearchVersion,
    pub kind: DocKind,
    /// The page's path, without the deployment's base path.
    pub path: String,
    pub title: String,
    /// "2011-12-29".
    pub date: String,
    /// The text searched and quoted in excerpts; paragraphs on lines.
    pub text: String,
}

impl SearchDoc {
    /// An article: its title, then its lead is not repeated (it is quoted
    /// from the body); paragraphs and captions, one per line.
    pub fn of_article(article: &Article) -> SearchDoc {
        let local = article.published.in_vietnam();
        let text = article
            .body
            .iter()
            .map(|block| match block {
                Block::Paragraph { text } => text.as_str(),
                Block::Figure { caption, .. } => caption.as_str(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        SearchDoc {
            format_version: SearchVersion,
            kind: DocKind::Article,
            path: article_route(&article.slug),
            title: article.title.clone(),
            date: format!("{:04}-{:02}-{:02}", local.year, local.month, local.day),
            text,
        }
    }

    /// A dataset: its description, what the chart shows, then each row of
    /// its table (labels, values as written, sources), one per line.
    pub fn of_dataset(view: &ChartView, date: &str) -> SearchDoc {
        let mut lines = vec![view.description.clone(), view.summary.clone()];
        lines.extend(view.rows.iter().map(|row| row.join(" — ")));
        SearchDoc {
            format_version: SearchVersion,
            kind: DocKind::Dataset,
            path: dataset_route(&view.id),
            title: view.title.clone(),
            date: date.to_owned(),
            text: lines.join("\n"),
        }
    }

    pub fn from_json(file: &str, json: &str) -> Result<SearchDoc, DataErrors> {
        parse_json(file, json)
    }

    /// Every article and dataset, oldest first, each article after its
    /// datasets (a higher number wins a tie: the article ranks above its
    /// charts); `charts[i]` are the charts of `articles[i]`.
    pub fn all(articles: &[Article], charts: &[ArticleCharts]) -> Vec<SearchDoc> {
        let mut order: Vec<usize> = (0..articles.len()).collect();
        order.sort_by_key(|&i| articles[i].published);
        let mut docs = Vec::new();
        for i in order {
            let article = SearchDoc::of_article(&articles[i]);
            if let Some(charts) = charts.get(i) {
                docs.extend(
                    charts
                        .charts
                        .iter()
                        .map(|view| SearchDoc::of_dataset(view, &article.date)),
                );
            }
            docs.push(article);
        }
        docs
    }
}
