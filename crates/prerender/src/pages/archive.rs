//! The archive: its index (the shelves, each with its count of articles)
//! and the pages of each shelf. Static pages the app leaves as they are.

use tinso::api::PageData;
use tinso::href;
use tinso_content::site::Content;
use tinso_model::archive::{ArchivePage, Shelf};
use tinso_model::head::{HeadTags, PageKind};
use tinso_model::route::ARCHIVE_ROUTE;

use super::index_file;
use crate::previews;
use crate::render::Shell;
use crate::site::OutputFile;

/// The archive's index page, then each of `shelves`, in their order.
pub fn pages(shell: &Shell, content: &Content, shelves: Vec<ArchivePage>) -> Vec<OutputFile> {
    let site = &content.site;
    let mut counts: Vec<(Shelf, usize)> = Vec::new();
    for shelf_page in &shelves {
        match counts.last_mut() {
            Some((shelf, count)) if *shelf == shelf_page.shelf => {
                *count += shelf_page.articles.len()
            }
            _ => counts.push((shelf_page.shelf.clone(), shelf_page.articles.len())),
        }
    }
    let archive_path = href(ARCHIVE_ROUTE);
    let archive_head = HeadTags {
        site,
        title: tinso::components::archive::TITLE,
        description: tinso::components::archive::DESCRIPTION,
        path: Some(&archive_path),
        kind: PageKind::Website,
        image: Some(&previews::site_card(&content.site)),
    };
    let preloaded = PageData::ArchiveIndex(counts);
    let mut pages = vec![OutputFile {
        file: index_file(ARCHIVE_ROUTE),
        html: shell.page(&archive_head, ARCHIVE_ROUTE, preloaded),
    }];
    for shelf_page in shelves {
        let route = shelf_page.route();
        let path = href(&route);
        let title = shelf_page.title();
        let description = shelf_page.description();
        let head = HeadTags {
            site,
            title: &title,
            description: &description,
            path: Some(&path),
            kind: PageKind::Website,
            image: Some(&previews::site_card(&content.site)),
        };
        let preloaded = PageData::ArchivePage(shelf_page);
        pages.push(OutputFile {
            file: index_file(&route),
            html: shell.page(&head, &route, preloaded),
        });
    }
    pages
}

#[cfg(test)]
mod tests {
    use tinso_model::archive::archive_pages;
    use tinso_model::{ArticleIndex, FORMAT_VERSION};

    use super::*;
    use crate::render::render_route;

    /// 45 made-up articles of one category, a day apart.
    fn archive_of_45() -> ArticleIndex {
        let articles = (0..45)
            .map(|i| tinso_model::ArticleSummary {
                slug: format!("bai-{i:02}"),
                title: format!("Tin số {i}"),
                published: tinso_model::Timestamp::parse(&format!(
                    "2012-03-{:02}T08:00:00+07:00",
                    1 + i % 28
                ))
                .unwrap(),
                category: tinso_model::Category {
                    slug: "dan-van".into(),
                    name: "Dân vận".into(),
                },
                lead: "Một câu dẫn.".into(),
            })
            .collect();
        ArticleIndex {
            format_version: FORMAT_VERSION,
            articles,
        }
    }

    #[test]
    fn archive_pages_render_with_their_pagination() {
        // 45 articles: the newest 25 on the shelf's page, the oldest 20 on page 1.
        let pages = archive_pages(&archive_of_45());
        let newest = pages
            .iter()
            .find(|p| p.route() == "/chuyen-muc/dan-van")
            .expect("the newest page")
            .clone();
        let html = render_route(&newest.route(), PageData::ArchivePage(newest));
        assert!(
            html.contains(
                "<h1 id=\"archive-heading\" class=\"section-title\">Chuyên mục Dân vận</h1>"
            ),
            "{html}"
        );
        assert!(html.contains("Mới nhất · 25 bài, từ "), "{html}");
        assert_eq!(html.matches(r#"class="teaser""#).count(), 25);
        assert!(html.contains(r#"rel="next" href="/chuyen-muc/dan-van/trang-1""#));
        assert!(!html.contains(r#"rel="prev""#));
        assert!(!html.contains("Cũ nhất"), "the older page is the oldest");
        let first = pages
            .iter()
            .find(|p| p.route() == "/chuyen-muc/dan-van/trang-1")
            .unwrap()
            .clone();
        let html = render_route(&first.route(), PageData::ArchivePage(first));
        assert!(html.contains("Chuyên mục Dân vận – Trang 1"), "{html}");
        assert!(html.contains("Trang 1 · 20 bài, từ "), "{html}");
        assert_eq!(html.matches(r#"class="teaser""#).count(), 20);
        assert!(html.contains(r#"rel="prev" href="/chuyen-muc/dan-van""#));
        assert!(!html.contains(r#"rel="next""#));
        assert!(!html.contains("Mới nhất"), "the newer page is the newest");
    }
}
