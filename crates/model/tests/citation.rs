//! What a dataset page tells researchers and machines: the citation, the
//! metadata beside the CSV, the `Dataset` JSON-LD; and the article's
//! `dateModified`.

mod common;

use tinso_model::chart_view::{citation_text, DatasetMetadata};
use tinso_model::head::{HeadTags, PageKind, PreviewImage};
use tinso_model::route::{article_route, csv_route, dataset_route};
use tinso_model::{ArticleCharts, ChartView, Site, Timestamp};

fn site() -> Site {
    Site::from_json(&common::repo_file("public/data/site.json")).unwrap()
}

fn first_chart() -> ChartView {
    let (article, stats) = common::seed_with_stats();
    ArticleCharts::build(&article, Some(&stats))
        .charts
        .remove(0)
}

/// The one JSON-LD block of a page's head, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let open = r#"<script type="application/ld+json">"#;
    assert_eq!(html.matches(open).count(), 1, "{html}");
    let json = &html[html.find(open).unwrap() + open.len()..];
    serde_json::from_str(&json[..json.find("</script>").unwrap()]).unwrap()
}

#[test]
fn a_citation_names_publisher_year_title_article_date_address_and_licence() {
    let site = site();
    let view = first_chart();
    let address = site.url(&dataset_route(&view.id));
    let text = citation_text(&view, &site, &address);
    assert_eq!(
        text,
        format!(
            "Tin & Số (2011). “{}” [bộ số liệu]. Số liệu từ bài “{}”, đăng ngày 29/12/2011. {address}. Giấy phép CC BY 4.0.",
            view.title, view.article_title
        )
    );
}

#[test]
fn the_metadata_file_gives_every_address_and_round_trips() {
    let site = site();
    let view = first_chart();
    let metadata = DatasetMetadata::build(&view, &site, |path| site.url(path));
    assert_eq!(metadata.files.csv, site.url(&csv_route(&view.id)));
    assert_eq!(
        metadata.article.url,
        site.url(&article_route(&view.article))
    );
    assert_eq!(metadata.license, site.license);
    assert_eq!(metadata.values, view.rows.len());
    assert_eq!(
        metadata.citation,
        citation_text(&view, &site, &metadata.files.page)
    );
    let json = serde_json::to_string(&metadata).unwrap();
    assert_eq!(
        serde_json::from_str::<DatasetMetadata>(&json).unwrap(),
        metadata
    );
}

#[test]
fn a_dataset_page_has_dataset_json_ld_with_its_csv_and_licence() {
    let site = site();
    let view = first_chart();
    let image = PreviewImage {
        url: "https://tinvaso.example/anh/so-lieu/x.png".into(),
        width: 1200,
        height: 630,
        alt: "Tin & Số: biểu đồ".into(),
    };
    let (path, csv, article) = (
        dataset_route(&view.id),
        csv_route(&view.id),
        article_route(&view.article),
    );
    let head = HeadTags {
        site: &site,
        title: &view.title,
        description: &view.description,
        path: Some(&path),
        kind: PageKind::Dataset {
            view: &view,
            csv: &csv,
            article: &article,
            oembed: "/nhung/x.oembed.json",
        },
        image: Some(&image),
    };
    let html = head.to_html();
    for tag in [
        r#"<meta property="og:image" content="https://tinvaso.example/anh/so-lieu/x.png">"#,
        r#"<meta property="og:image:width" content="1200">"#,
        r#"<meta property="og:image:height" content="630">"#,
        r#"<meta property="og:image:alt" content="Tin &amp; Số: biểu đồ">"#,
        r#"<meta name="twitter:card" content="summary_large_image">"#,
        r#"<link rel="alternate" type="application/json+oembed" href="https://tinvaso.example/nhung/x.oembed.json" title="#,
    ] {
        assert!(html.contains(tag), "{tag} in {html}");
    }
    let value = json_ld(&html);
    assert_eq!(value["image"]["url"], image.url.as_str());
    assert_eq!(value["image"]["width"], 1200);
    assert_eq!(value["@type"], "Dataset");
    assert_eq!(value["name"], view.title.as_str());
    assert_eq!(value["creator"]["name"], "Tin & Số");
    assert_eq!(value["license"], site.license.url.as_str());
    assert_eq!(value["datePublished"], view.article_published.to_string());
    assert_eq!(value["distribution"][0]["contentUrl"], site.url(&csv));
    assert_eq!(value["distribution"][0]["encodingFormat"], "text/csv");
    assert_eq!(value["url"], site.url(&path));
}

#[test]
fn an_article_is_modified_when_corrected_else_when_published() {
    let site = site();
    let (mut article, _) = common::seed_with_stats();
    let path = article_route(&article.slug);
    let modified = |article: &tinso_model::Article| {
        let head = HeadTags {
            site: &site,
            title: &article.title,
            description: &article.lead,
            path: Some(&path),
            kind: PageKind::Article(article),
            image: None,
        };
        json_ld(&head.to_html())["dateModified"].clone()
    };
    assert_eq!(modified(&article), article.published.to_string());
    let corrected = Timestamp::parse("2012-01-03T09:30:00+07:00").unwrap();
    article.updated = Some(corrected);
    assert_eq!(modified(&article), corrected.to_string());
}
