//! How to cite a dataset, and the metadata file beside its CSV: what a
//! researcher or another newsroom needs to credit the figures (who
//! published them, from which article and when, at which address, under
//! which licence) in words and as data.

use serde::{Deserialize, Serialize};

use super::embed::embed_code;
use super::{ChartView, PassOn};
use crate::article::FORMAT_VERSION;
use crate::article::{License, Site};
use crate::datetime::Timestamp;
use crate::format::date_vi;
use crate::route::{
    article_route, csv_route, dataset_route, embed_route, metadata_route, svg_route,
};

/// "Cách trích dẫn": `Tin & Số (2011). “Title” [bộ số liệu]. Số liệu từ bài
/// “Article”, đăng ngày 29/12/2011. https://…/so-lieu/id. Giấy phép CC BY 4.0.`
/// `address` is the dataset page's absolute URL.
pub fn citation_text(view: &ChartView, site: &Site, address: &str) -> String {
    let published = view.article_published.in_vietnam();
    format!(
        "{} ({}). “{}” [bộ số liệu]. Số liệu từ bài “{}”, đăng ngày {}. {address}. Giấy phép {}.",
        site.name,
        published.year,
        view.title,
        view.article_title,
        date_vi(&published),
        site.license.name,
    )
}

/// `so-lieu/<id>.metadata.json`: one dataset described for machines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetMetadata {
    pub format_version: u32,
    pub id: String,
    pub title: String,
    pub description: String,
    /// "Biểu đồ thanh ngang", …
    pub kind: String,
    /// Who publishes the data: the site's name and address.
    pub publisher: String,
    pub publisher_url: String,
    /// The article every value is quoted from.
    pub article: ArticleReference,
    pub license: License,
    /// The same text as the dataset page's "Cách trích dẫn".
    pub citation: String,
    /// Absolute addresses of the page and its downloads.
    pub files: DatasetFiles,
    /// The CSV's columns, in order.
    pub columns: Vec<String>,
    /// How many values (rows) the dataset holds.
    pub values: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleReference {
    pub slug: String,
    pub title: String,
    pub published: Timestamp,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFiles {
    pub page: String,
    pub csv: String,
    pub svg: String,
    pub metadata: String,
}

impl ChartView {
    /// The view with its [`PassOn`]; `url` makes a site path absolute (base
    /// path and address of the deployment).
    pub fn with_pass_on(mut self, site: &Site, url: impl Fn(&str) -> String) -> ChartView {
        let address = url(&dataset_route(&self.id));
        self.pass_on = Some(PassOn {
            citation: citation_text(&self, site, &address),
            embed_code: embed_code(&self, site, &url(&embed_route(&self.id))),
            address,
        });
        self
    }
}

impl DatasetMetadata {
    /// The metadata of `view`; `url` makes a site path absolute (base path
    /// and address of the deployment).
    pub fn build(view: &ChartView, site: &Site, url: impl Fn(&str) -> String) -> DatasetMetadata {
        let page = url(&dataset_route(&view.id));
        DatasetMetadata {
            format_version: FORMAT_VERSION,
            id: view.id.clone(),
            title: view.title.clone(),
            description: view.description.clone(),
            kind: view.kind.clone(),
            publisher: site.name.clone(),
            publisher_url: url("/"),
            article: ArticleReference {
                slug: view.article.clone(),
                title: view.article_title.clone(),
                published: view.article_published,
                url: url(&article_route(&view.article)),
            },
            license: site.license.clone(),
            citation: citation_text(view, site, &page),
            files: DatasetFiles {
                csv: url(&csv_route(&view.id)),
                svg: url(&svg_route(&view.id)),
                metadata: url(&metadata_route(&view.id)),
                page,
            },
            columns: view.columns.clone(),
            values: view.rows.len(),
            notes: view.notes.clone(),
        }
    }
}
