//! The files that tell others about the site: `sitemap.xml` (an index of
//! the sitemaps under `sitemap/`: the home page, the articles, the
//! datasets and the archive, for search engines),
//! `robots.txt` (which names the sitemap) and the Atom feed `feed.xml` (the
//! newest articles), all with absolute URLs.

use std::collections::HashMap;

use tinso::BASE_PATH;
use tinso_content::site::Content;
use tinso_model::archive::{ArchivePage, PAGE_SIZE};
use tinso_model::head::escape_html;
use tinso_model::route::{
    article_route, dataset_route, SitePage, ARCHIVE_ROUTE, DATASETS_ROUTE, HOME_ROUTE, PAGES,
};
use tinso_model::{ArticleIndex, Site, Timestamp};

use crate::site::OutputFile;

/// One URL of a sitemap, with its date where known.
pub type SitemapEntry = (String, Option<String>);

/// The groups of pages the sitemaps list, each a file of its own (or
/// several: [`SITEMAP_SIZE`]): named, in the order of the table of pages.
pub struct SitemapGroups {
    pub groups: Vec<(&'static str, Vec<SitemapEntry>)>,
}

/// URLs per sitemap file: the protocol allows 50,000. Articles are listed
/// oldest first, so a new one changes the last file alone.
pub const SITEMAP_SIZE: usize = 10_000;

/// The pages the sitemaps list, with their dates where known: those of the
/// kinds of page the table marks `in_sitemap` (the archive's pages are
/// `shelves`). Articles, oldest first, and datasets have groups of their
/// own; the rest (home, indexes, the archive) stand in "trang".
pub fn sitemap_entries(content: &Content, shelves: &[ArchivePage]) -> SitemapGroups {
    let (mut pages, mut articles, mut datasets) = (Vec::new(), Vec::new(), Vec::new());
    for row in PAGES.iter().filter(|row| row.in_sitemap) {
        match row.page {
            SitePage::Home => pages.push((HOME_ROUTE.to_owned(), None)),
            SitePage::Article => {
                // The date of the last change: a correction's, if any.
                let updated: HashMap<&str, Timestamp> = content
                    .articles
                    .iter()
                    .filter_map(|a| Some((a.slug.as_str(), a.updated?)))
                    .collect();
                let mut oldest_first = content.index.newest_first();
                oldest_first.reverse();
                articles.extend(oldest_first.iter().map(|a| {
                    let changed = updated.get(a.slug.as_str()).copied().unwrap_or(a.published);
                    (article_route(&a.slug), Some(changed.to_string()))
                }))
            }
            SitePage::Datasets => pages.push((DATASETS_ROUTE.to_owned(), None)),
            SitePage::Dataset => datasets.extend(
                content
                    .stats
                    .iter()
                    .flat_map(|s| s.datasets.iter().map(|d| (dataset_route(&d.id), None))),
            ),
            SitePage::Archive => {
                pages.push((ARCHIVE_ROUTE.to_owned(), None));
                pages.extend(shelves.iter().map(|p| (p.route(), None)));
            }
            SitePage::Embed | SitePage::Search | SitePage::Offline | SitePage::NotFound => {}
        }
    }
    SitemapGroups {
        groups: vec![
            ("trang", pages),
            ("bai-viet", articles),
            ("so-lieu", datasets),
        ],
    }
}

/// `sitemap.xml`, an index of the sitemap files under `sitemap/`, and
/// those files, from `groups`; all with absolute URLs under `base`.
fn sitemaps(base: &str, groups: &SitemapGroups) -> Vec<OutputFile> {
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::new();
    for (name, entries) in &groups.groups {
        for (k, chunk) in entries.chunks(SITEMAP_SIZE).enumerate() {
            let file = format!("sitemap/{name}-{}.xml", k + 1);
            let mut sitemap = String::from(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
            );
            for (route, lastmod) in chunk {
                let loc = escape_html(&format!("{base}{route}"));
                match lastmod {
                    Some(date) => sitemap.push_str(&format!(
                        "  <url><loc>{loc}</loc><lastmod>{date}</lastmod></url>\n"
                    )),
                    None => sitemap.push_str(&format!("  <url><loc>{loc}</loc></url>\n")),
                }
            }
            sitemap.push_str("</urlset>\n");
            index.push_str(&format!(
                "  <sitemap><loc>{}</loc></sitemap>\n",
                escape_html(&format!("{base}/{file}"))
            ));
            files.push(OutputFile {
                file,
                html: sitemap,
            });
        }
    }
    index.push_str("</sitemapindex>\n");
    files.push(OutputFile {
        file: "sitemap.xml".into(),
        html: index,
    });
    files
}

/// The sitemaps (of `sitemap`: [`sitemap_entries`]), `robots.txt` and the
/// Atom feed, from the data.
pub fn site_files(site: &Site, index: &ArticleIndex, sitemap: &SitemapGroups) -> Vec<OutputFile> {
    // Absolute URLs: the site's address and the deployment's base path.
    let base = &format!("{}{BASE_PATH}", site.base_url);
    let articles = index.newest_first();
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
    let mut files = sitemaps(base, sitemap);
    files.push(OutputFile {
        file: "feed.xml".into(),
        html: feed,
    });
    files.push(OutputFile {
        file: "robots.txt".into(),
        html: robots,
    });
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use tinso_model::{ArticleSummary, Category, License, FORMAT_VERSION};

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
        let entries: Vec<SitemapEntry> = index
            .articles
            .iter()
            .map(|a| (article_route(&a.slug), Some(a.published.to_string())))
            .collect();
        let many: Vec<SitemapEntry> = (0..SITEMAP_SIZE + 1)
            .map(|i| (format!("/trang-{i}"), None))
            .collect();
        let groups = SitemapGroups {
            groups: vec![("bai-viet", entries), ("trang", many)],
        };
        let files = site_files(&site, &index, &groups);
        let feed = &files.iter().find(|f| f.file == "feed.xml").unwrap().html;
        assert_eq!(feed.matches("<entry>").count(), PAGE_SIZE);
        // Newest first: day 30 down to day 11.
        assert!(feed.contains("/bai-viet/bai-30\"") && feed.contains("/bai-viet/bai-11\""));
        assert!(!feed.contains("/bai-viet/bai-10\""));
        let file = |name: &str| &files.iter().find(|f| f.file == name).unwrap().html;
        assert_eq!(file("sitemap/bai-viet-1.xml").matches("<url>").count(), 30);
        // A group past the size of one file goes on in another.
        assert_eq!(
            file("sitemap/trang-1.xml").matches("<url>").count(),
            SITEMAP_SIZE
        );
        assert_eq!(file("sitemap/trang-2.xml").matches("<url>").count(), 1);
        let index = file("sitemap.xml");
        assert_eq!(index.matches("<sitemap>").count(), 3);
        assert!(index.contains("<loc>https://tin.example/sitemap/trang-2.xml</loc>"));
    }
}
