//! The files that tell others about the site: `sitemap.xml` (the home
//! page, the articles, the datasets and the archive, for search engines),
//! `robots.txt` (which names the sitemap) and the Atom feed `feed.xml` (the
//! newest articles), all with absolute URLs.

use tinso::BASE_PATH;
use tinso_content::site::Content;
use tinso_model::archive::{ArchivePage, PAGE_SIZE};
use tinso_model::head::escape_html;
use tinso_model::route::{
    article_route, dataset_route, SitePage, ARCHIVE_ROUTE, DATASETS_ROUTE, HOME_ROUTE, PAGES,
};
use tinso_model::{ArticleIndex, Site};

use crate::site::OutputFile;

/// The pages `sitemap.xml` lists, with their dates where known: those of
/// the kinds of page the table marks `in_sitemap`, in its order (the
/// archive's pages are `shelves`).
pub fn sitemap_entries(
    content: &Content,
    shelves: &[ArchivePage],
) -> Vec<(String, Option<String>)> {
    let mut entries = Vec::new();
    for row in PAGES.iter().filter(|row| row.in_sitemap) {
        match row.page {
            SitePage::Home => entries.push((HOME_ROUTE.to_owned(), None)),
            SitePage::Article => entries.extend(
                content
                    .index
                    .newest_first()
                    .iter()
                    .map(|a| (article_route(&a.slug), Some(a.published.to_string()))),
            ),
            SitePage::Datasets => entries.push((DATASETS_ROUTE.to_owned(), None)),
            SitePage::Dataset => entries.extend(
                content
                    .stats
                    .iter()
                    .flat_map(|s| s.datasets.iter().map(|d| (dataset_route(&d.id), None))),
            ),
            SitePage::Archive => {
                entries.push((ARCHIVE_ROUTE.to_owned(), None));
                entries.extend(shelves.iter().map(|p| (p.route(), None)));
            }
            SitePage::Embed | SitePage::Search | SitePage::Offline | SitePage::NotFound => {}
        }
    }
    entries
}

/// `sitemap.xml` (of `entries`: [`sitemap_entries`]), `robots.txt` and the
/// Atom feed, from the data.
pub fn site_files(
    site: &Site,
    index: &ArticleIndex,
    entries: &[(String, Option<String>)],
) -> Vec<OutputFile> {
    // Absolute URLs: the site's address and the deployment's base path.
    let base = &format!("{}{BASE_PATH}", site.base_url);
    let articles = index.newest_first();
    let mut sitemap = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (route, lastmod) in entries {
        let loc = escape_html(&format!("{base}{route}"));
        match lastmod {
            Some(date) => sitemap.push_str(&format!(
                "  <url><loc>{loc}</loc><lastmod>{date}</lastmod></url>\n"
            )),
            None => sitemap.push_str(&format!("  <url><loc>{loc}</loc></url>\n")),
        }
    }
    sitemap.push_str("</urlset>\n");

    let updated = articles.first().map_or_else(
        || "1970-01-01T00:00:00Z".to_owned(),
        |a| a.published.to_string(),
    );
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n  <title>{}</title>\n  <subtitle>{}</subtitle>\n  <id>{}/</id>\n  <link href=\"{}/\"/>\n  <link rel=\"self\" href=\"{}/feed.xml\"/>\n  <updated>{updated}</updated>\n  <author><name>{}</name></author>\n",
        escape_html(&site.name),
        escape_html(&site.tagline),
        escape_html(base),
        escape_html(base),
        escape_html(base),
        escape_html(&site.name),
    );
    // The newest articles, as many as the home page lists: a feed is read
    // for what is new, and must not grow with the archive.
    for article in articles.iter().take(PAGE_SIZE) {
        let url = escape_html(&format!("{base}{}", article_route(&article.slug)));
        feed.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <link href=\"{url}\"/>\n    <id>{url}</id>\n    <published>{}</published>\n    <updated>{}</updated>\n    <category term=\"{}\" label=\"{}\"/>\n    <summary>{}</summary>\n  </entry>\n",
            escape_html(&article.title),
            article.published,
            article.published,
            escape_html(&article.category.slug),
            escape_html(&article.category.name),
            escape_html(&article.lead),
        ));
    }
    feed.push_str("</feed>\n");

    let robots = format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n");
    vec![
        OutputFile {
            file: "sitemap.xml".into(),
            html: sitemap,
        },
        OutputFile {
            file: "feed.xml".into(),
            html: feed,
        },
        OutputFile {
            file: "robots.txt".into(),
            html: robots,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use tinso_model::{ArticleSummary, Category, License, Timestamp, FORMAT_VERSION};

    #[test]
    fn the_feed_holds_the_newest_articles_only_and_the_sitemap_all() {
        let site = Site {
            format_version: FORMAT_VERSION,
            name: "Tin & Số".into(),
            tagline: "Tin và số".into(),
            description: "Tin tức và số liệu.".into(),
            base_url: "https://tin.example".into(),
            license: License {
                name: "CC BY 4.0".into(),
                url: "https://creativecommons.org/licenses/by/4.0/".into(),
            },
        };
        let articles: Vec<ArticleSummary> = (1..=30)
            .map(|day| ArticleSummary {
                slug: format!("bai-{day}"),
                title: format!("Bài {day}"),
                published: Timestamp::parse(&format!("2012-01-{day:02}T08:00:00+07:00")).unwrap(),
                category: Category {
                    slug: "dan-van".into(),
                    name: "Dân vận".into(),
                },
                lead: "Một câu dẫn.".into(),
            })
            .collect();
        let index = ArticleIndex {
            format_version: FORMAT_VERSION,
            articles,
        };
        let entries: Vec<(String, Option<String>)> = index
            .articles
            .iter()
            .map(|a| (article_route(&a.slug), Some(a.published.to_string())))
            .collect();
        let files = site_files(&site, &index, &entries);
        let feed = &files.iter().find(|f| f.file == "feed.xml").unwrap().html;
        assert_eq!(feed.matches("<entry>").count(), PAGE_SIZE);
        // Newest first: day 30 down to day 11.
        assert!(feed.contains("/bai-viet/bai-30\"") && feed.contains("/bai-viet/bai-11\""));
        assert!(!feed.contains("/bai-viet/bai-10\""));
        let sitemap = &files.iter().find(|f| f.file == "sitemap.xml").unwrap().html;
        assert_eq!(sitemap.matches("<url>").count(), 30);
    }
}
