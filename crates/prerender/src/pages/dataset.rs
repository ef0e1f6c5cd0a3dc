//! Số liệu: the page of each dataset (with its data, its CSV, its chart's
//! SVG and its metadata) and the index of them all.

use tinso::api::PageData;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::chart_view::{csv_document, svg_document, DatasetMetadata};
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::{
    article_route, chart_file, csv_route, dataset_route, metadata_route, oembed_route, svg_route,
    DATASETS_ROUTE, DATASET_INDEX_FILE,
};
use tinso_model::{Article, ArticleCharts, ChartView, Dataset, DatasetIndex, FORMAT_VERSION};

use super::index_file;
use crate::previews;
use crate::render::{to_json, Shell};
use crate::site::OutputFile;

/// Each dataset's view beside its dataset and article, in the order of the
/// articles and of their charts (`all_charts`, the articles' in their order).
pub(super) fn views<'a>(
    content: &'a Content,
    all_charts: &'a [ArticleCharts],
) -> impl Iterator<Item = (&'a Article, &'a ChartView, &'a Dataset)> {
    content
        .articles
        .iter()
        .zip(all_charts)
        .flat_map(move |(article, charts)| {
            let stats = content.stats_of(&article.slug);
            charts
                .charts
                .iter()
                .zip(stats.into_iter().flat_map(|s| &s.datasets))
                .map(move |(view, dataset)| (article, view, dataset))
        })
}

/// The datasets' pages, each with `data/` its view, its CSV, its SVG and
/// its metadata.
pub fn pages(shell: &Shell, content: &Content, all_charts: &[ArticleCharts]) -> Vec<OutputFile> {
    let site = &content.site;
    let mut pages = Vec::new();
    for (article, view, dataset) in views(content, all_charts) {
        let route = dataset_route(&view.id);
        let path = href(&route);
        let csv = href(&csv_route(&view.id));
        let article_path = href(&article_route(&article.slug));
        let oembed = href(&oembed_route(&view.id));
        let head = HeadTags {
            site,
            title: &view.title,
            description: &view.description,
            path: Some(&path),
            kind: PageKind::Dataset {
                view,
                csv: &csv,
                article: &article_path,
                oembed: &oembed,
            },
            image: Some(&previews::dataset_card(site, view)),
        };
        let preloaded = PageData::Dataset(view.clone());
        let view_json = to_json(view);
        pages.push(OutputFile {
            file: index_file(&route),
            html: shell.page(&head, &route, preloaded),
        });
        pages.push(OutputFile {
            file: format!("data/{}", chart_file(&view.id)),
            html: view_json,
        });
        pages.push(OutputFile {
            file: csv_route(&view.id).trim_start_matches('/').to_owned(),
            html: csv_document(dataset, article),
        });
        pages.push(OutputFile {
            file: svg_route(&view.id).trim_start_matches('/').to_owned(),
            html: svg_document(view, site),
        });
        let metadata = DatasetMetadata::build(view, site, |route| site.url(&href(route)));
        pages.push(OutputFile {
            file: metadata_route(&view.id).trim_start_matches('/').to_owned(),
            html: to_json(&metadata),
        });
    }
    pages
}

/// The index page of every dataset, and `data/` [`DATASET_INDEX_FILE`].
pub fn index(shell: &Shell, content: &Content, all_charts: &[ArticleCharts]) -> Vec<OutputFile> {
    let site = &content.site;
    let index = DatasetIndex {
        format_version: FORMAT_VERSION,
        datasets: views(content, all_charts)
            .map(|(_, view, _)| view.summary())
            .collect(),
    };
    let path = href(DATASETS_ROUTE);
    let head = HeadTags {
        site,
        title: tinso::pages::datasets::TITLE,
        description: tinso::pages::datasets::DESCRIPTION,
        path: Some(&path),
        kind: PageKind::Website,
        image: Some(&previews::site_card(site)),
    };
    let preloaded = PageData::Datasets(index.clone());
    let index_json = to_json(&index);
    vec![
        OutputFile {
            file: index_file(DATASETS_ROUTE),
            html: shell.page(&head, DATASETS_ROUTE, preloaded),
        },
        OutputFile {
            file: format!("data/{DATASET_INDEX_FILE}"),
            html: index_json,
        },
    ]
}
