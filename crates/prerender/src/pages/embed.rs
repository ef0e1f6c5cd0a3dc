//! Each chart's embed page (`/nhung/<id>`, the one kind of page other
//! sites may frame) and its oEmbed description.

use tinso::components::embed::EmbeddedChart;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::chart_view::OEmbed;
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::{dataset_card_route, dataset_route, embed_route, oembed_route};
use tinso_model::ArticleCharts;

use super::dataset::views;
use super::index_file;
use crate::previews;
use crate::render::{render_view, to_json, Shell};
use crate::site::OutputFile;

pub fn pages(shell: &Shell, content: &Content, all_charts: &[ArticleCharts]) -> Vec<OutputFile> {
    let site = &content.site;
    let mut pages = Vec::new();
    for (_, view, _) in views(content, all_charts) {
        // The dataset's page is the address to index and to share.
        let canonical = href(&dataset_route(&view.id));
        let image = previews::dataset_card(site, view);
        let head = HeadTags {
            site,
            title: &view.title,
            description: &view.description,
            path: Some(&canonical),
            kind: PageKind::Website,
            image: Some(&image),
        };
        let body = render_view(|| {
            let (view, site_name) = (view.clone(), site.name.clone());
            leptos::view! { <EmbeddedChart view site_name/> }
        });
        let route = embed_route(&view.id);
        pages.push(OutputFile {
            file: index_file(&route),
            html: shell.embed(&head, &body),
        });
        let oembed = OEmbed::build(
            view,
            site,
            &site.url(&href(&route)),
            &site.url(&href(&dataset_card_route(&view.id))),
        );
        pages.push(OutputFile {
            file: oembed_route(&view.id).trim_start_matches('/').to_owned(),
            html: to_json(&oembed),
        });
    }
    pages
}
