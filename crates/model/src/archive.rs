//! The archive: articles by category and by month, in pages of a fixed
//! size, prerendered as static pages; the newest articles for the home page
//! (whose data does not grow with the archive); related articles.

use std::collections::{BTreeMap, BTreeSet};

use crate::article::{ArticleIndex, ArticleSummary, Category, FORMAT_VERSION};
use crate::route::{category_route, month_route};
use crate::search::words;

/// Articles per archive page, and on the home page.
pub const PAGE_SIZE: usize = 20;
/// Related articles shown under an article.
pub const RELATED_COUNT: usize = 4;

/// What an archive page lists.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shelf {
    Category { slug: String, name: String },
    Month { year: i32, month: u32 },
}

impl Shelf {
    /// The path of page `page` (from 1): `/chuyen-muc/dan-van`,
    /// `/luu-tru/2011/12/trang-2`.
    pub fn route(&self, page: usize) -> String {
        match self {
            Shelf::Category { slug, .. } => category_route(slug, page),
            Shelf::Month { year, month } => month_route(*year, *month, page),
        }
    }

    /// "Chuyên mục Dân vận", "Tháng 12/2011".
    pub fn title(&self) -> String {
        match self {
            Shelf::Category { name, .. } => format!("Chuyên mục {name}"),
            Shelf::Month { year, month } => format!("Tháng {month}/{year}"),
        }
    }
}

/// One page of a shelf.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivePage {
    pub shelf: Shelf,
    /// From 1.
    pub page: usize,
    pub pages: usize,
    pub articles: Vec<ArticleSummary>,
}

impl ArchivePage {
    pub fn route(&self) -> String {
        self.shelf.route(self.page)
    }

    /// The page's description: "Chuyên mục Dân vận – Trang 2: các bài
    /// viết, mới nhất trước."
    pub fn description(&self) -> String {
        format!("{}: các bài viết, mới nhất trước.", self.title())
    }

    /// The page's title: "Chuyên mục Dân vận – Trang 2".
    pub fn title(&self) -> String {
        if self.page > 1 {
            format!("{} – Trang {}", self.shelf.title(), self.page)
        } else {
            self.shelf.title()
        }
    }
}

/// Every page of every shelf: categories by name, months newest first;
/// articles newest first on each.
pub fn archive_pages(index: &ArticleIndex) -> Vec<ArchivePage> {
    let mut shelves: BTreeMap<Shelf, Vec<ArticleSummary>> = BTreeMap::new();
    for article in index.newest_first() {
        let Category { slug, name } = article.category.clone();
        let local = article.published.in_vietnam();
        let month = Shelf::Month {
            year: -local.year,
            month: 13 - local.month,
        };
        for shelf in [Shelf::Category { slug, name }, month] {
            shelves.entry(shelf).or_default().push(article.clone());
        }
    }
    let mut pages = Vec::new();
    for (shelf, articles) in shelves {
        // Months were keyed negated, to sort newest first.
        let shelf = match shelf {
            Shelf::Month { year, month } => Shelf::Month {
                year: -year,
                month: 13 - month,
            },
            other => other,
        };
        let count = articles.len().div_ceil(PAGE_SIZE);
        for (i, chunk) in articles.chunks(PAGE_SIZE).enumerate() {
            pages.push(ArchivePage {
                shelf: shelf.clone(),
                page: i + 1,
                pages: count,
                articles: chunk.to_vec(),
            });
        }
    }
    pages
}

/// The home page's list: the newest [`PAGE_SIZE`] articles, in the
/// shape of `articles.json`.
pub fn latest(index: &ArticleIndex) -> ArticleIndex {
    ArticleIndex {
        format_version: FORMAT_VERSION,
        articles: index
            .newest_first()
            .into_iter()
            .take(PAGE_SIZE)
            .cloned()
            .collect(),
    }
}

/// For every article (by slug), up to [`RELATED_COUNT`] articles most like
/// it: sharing the most distinct words of title and lead (with a bonus for
/// the same category), newer first among equals; never itself.
///
/// Through an inverted index, so the cost grows with the words articles
/// share, not with the square of the archive (10,000 articles compared
/// pairwise took minutes). Words found in more than a tenth of the
/// articles say little about likeness and are not counted.
pub fn related_all(index: &ArticleIndex) -> BTreeMap<String, Vec<ArticleSummary>> {
    let articles = &index.articles;
    let vocabularies: Vec<BTreeSet<String>> = articles
        .iter()
        .map(|a| {
            words(&format!("{} {}", a.title, a.lead))
                .into_iter()
                .map(|w| w.folded)
                .filter(|w| w.chars().count() > 1)
                .collect()
        })
        .collect();
    let mut holders: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, vocabulary) in vocabularies.iter().enumerate() {
        for word in vocabulary {
            holders.entry(word).or_default().push(i);
        }
    }
    let common = (articles.len() / 10).max(20);
    let mut related = BTreeMap::new();
    for (i, article) in articles.iter().enumerate() {
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for word in &vocabularies[i] {
            let holding = &holders[word.as_str()];
            if holding.len() <= common {
                for &j in holding.iter().filter(|&&j| j != i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let mut scored: Vec<(usize, &ArticleSummary)> = shared
            .into_iter()
            .map(|(j, count)| {
                let other = &articles[j];
                let bonus = if other.category.slug == article.category.slug {
                    3
                } else {
                    0
                };
                (count + bonus, other)
            })
            .filter(|(score, _)| *score > 3)
            .collect();
        scored.sort_by_key(|(score, other)| {
            (
                std::cmp::Reverse(*score),
                std::cmp::Reverse(other.published),
            )
        });
        let chosen = scored
            .into_iter()
            .take(RELATED_COUNT)
            .map(|(_, a)| a.clone())
            .collect();
        related.insert(article.slug.clone(), chosen);
    }
    related
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::datetime::Timestamp;

    fn summary(i: usize, category: &str, time: &str, title: &str) -> ArticleSummary {
        ArticleSummary {
            slug: format!("bai-{i}"),
            title: title.into(),
            published: Timestamp::parse(time).unwrap(),
            category: Category {
                slug: category.into(),
                name: category.to_uppercase(),
            },
            lead: "Một câu dẫn.".into(),
        }
    }

    fn index(count: usize) -> ArticleIndex {
        ArticleIndex {
            format_version: FORMAT_VERSION,
            articles: (0..count)
                .map(|i| {
                    let month = 1 + i % 3;
                    let category = if i % 2 == 0 { "dan-van" } else { "kinh-te" };
                    summary(
                        i,
                        category,
                        &format!("2012-{month:02}-{:02}T08:00:00+07:00", 1 + i % 28),
                        &format!("Tin {i}"),
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn shelves_are_paged_at_a_fixed_size() {
        let pages = archive_pages(&index(90));
        let dan_van: Vec<&ArchivePage> = pages
            .iter()
            .filter(|p| matches!(&p.shelf, Shelf::Category { slug, .. } if slug == "dan-van"))
            .collect();
        assert_eq!(dan_van.len(), 3, "45 articles, 20 a page");
        assert_eq!(
            dan_van.iter().map(|p| p.articles.len()).collect::<Vec<_>>(),
            [20, 20, 5]
        );
        assert!(dan_van.iter().all(|p| p.pages == 3));
        assert_eq!(dan_van[1].route(), "/chuyen-muc/dan-van/trang-2");
        assert_eq!(dan_van[1].title(), "Chuyên mục DAN-VAN – Trang 2");
        // Months newest first, each newest first.
        let months: Vec<String> = pages
            .iter()
            .filter(|p| matches!(p.shelf, Shelf::Month { .. }) && p.page == 1)
            .map(ArchivePage::route)
            .collect();
        assert_eq!(
            months,
            ["/luu-tru/2012/03", "/luu-tru/2012/02", "/luu-tru/2012/01"]
        );
        for page in &pages {
            assert!(page
                .articles
                .windows(2)
                .all(|w| w[0].published >= w[1].published));
        }
        // Every article is on exactly one category page and one month page.
        assert_eq!(pages.iter().map(|p| p.articles.len()).sum::<usize>(), 180);
    }

    #[test]
    fn the_home_list_does_not_grow_with_the_archive() {
        let latest = latest(&index(500));
        assert_eq!(latest.articles.len(), PAGE_SIZE);
        assert!(latest
            .articles
            .windows(2)
            .all(|w| w[0].published >= w[1].published));
    }

    #[test]
    fn related_articles_share_words_and_never_include_the_article() {
        let mut index = index(0);
        index.articles = vec![
            summary(
                1,
                "dan-van",
                "2012-01-01T08:00:00+07:00",
                "Hội nghị công tác dân vận khối doanh nghiệp",
            ),
            summary(
                2,
                "dan-van",
                "2012-02-01T08:00:00+07:00",
                "Công tác dân vận năm 2012 của khối doanh nghiệp",
            ),
            summary(
                3,
                "kinh-te",
                "2012-03-01T08:00:00+07:00",
                "Giá xăng dầu tăng",
            ),
        ];
        let related = related_all(&index);
        let slugs =
            |slug: &str| -> Vec<String> { related[slug].iter().map(|a| a.slug.clone()).collect() };
        assert_eq!(slugs("bai-1"), ["bai-2"]);
        assert_eq!(slugs("bai-2"), ["bai-1"]);
        assert!(slugs("bai-3").is_empty());
    }

    #[test]
    fn related_articles_are_at_most_four_the_same_category_first() {
        let title = "Hội nghị công tác dân vận khối doanh nghiệp";
        let mut index = index(0);
        index.articles = vec![summary(0, "dan-van", "2012-01-01T08:00:00+07:00", title)];
        // Three of another category, newer than the three of the same one.
        for i in 1..=3 {
            let time = format!("2012-03-0{i}T08:00:00+07:00");
            index.articles.push(summary(i, "kinh-te", &time, title));
        }
        for i in 4..=6 {
            let time = format!("2012-02-0{i}T08:00:00+07:00");
            index.articles.push(summary(i, "dan-van", &time, title));
        }
        let related = related_all(&index);
        let slugs: Vec<&str> = related["bai-0"].iter().map(|a| a.slug.as_str()).collect();
        assert_eq!(slugs.len(), RELATED_COUNT);
        // The same category, newest first; then the newest of the other.
        assert_eq!(slugs, ["bai-6", "bai-5", "bai-4", "bai-3"]);
    }
}
