//! The archive: articles by category and by month, in pages of a fixed
//! size, prerendered as static pages; the newest articles for the home page
//! (whose data does not grow with the archive); related articles.

use std::collections::{BTreeMap, BTreeSet, HashMap};

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
    /// The path of a page of the shelf: its newest page (`None`),
    /// `/chuyen-muc/dan-van`, or page `n` counted from the oldest,
    /// `/luu-tru/2011/12/trang-2`.
    pub fn route(&self, number: Option<usize>) -> String {
        match self {
            Shelf::Category { slug, .. } => category_route(slug, number),
            Shelf::Month { year, month } => month_route(*year, *month, number),
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
///
/// Pages are numbered from the oldest, [`PAGE_SIZE`] articles each, and the
/// newest articles (from [`PAGE_SIZE`] to twice as many, less one) stand on
/// the shelf's own page, without a number. A new article changes the newest
/// page alone; every twentieth makes a new numbered page of the oldest of
/// them, and the page before it gains a link to it. A numbered page, once
/// written, lists the same articles for good: its address can be cited and
/// a CDN keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivePage {
    pub shelf: Shelf,
    /// `None` for the newest page; page `n` of the numbered ones (from 1,
    /// the oldest).
    pub number: Option<usize>,
    /// The shelf's numbered pages (the newest page links to the last).
    pub numbered: usize,
    /// Newest first.
    pub articles: Vec<ArticleSummary>,
}

impl ArchivePage {
    pub fn route(&self) -> String {
        self.shelf.route(self.number)
    }

    /// The page listing newer articles than this one, if any.
    pub fn newer(&self) -> Option<String> {
        let number = self.number?;
        Some(
            self.shelf
                .route((number < self.numbered).then_some(number + 1)),
        )
    }

    /// The page listing older articles than this one, if any.
    pub fn older(&self) -> Option<String> {
        let older = match self.number {
            None => self.numbered,
            Some(number) => number - 1,
        };
        (older > 0).then(|| self.shelf.route(Some(older)))
    }

    /// The page's description: "Chuyên mục Dân vận – Trang 2: các bài
    /// viết, mới nhất trước."
    pub fn description(&self) -> String {
        format!("{}: các bài viết, mới nhất trước.", self.title())
    }

    /// The page's title: "Chuyên mục Dân vận – Trang 2".
    pub fn title(&self) -> String {
        match self.number {
            Some(number) => format!("{} – Trang {number}", self.shelf.title()),
            None => self.shelf.title(),
        }
    }
}

/// Every page of every shelf: categories by name, months newest first;
/// each shelf's newest page first, then its numbered pages, newest first;
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
    for (shelf, mut articles) in shelves {
        // Months were keyed negated, to sort newest first.
        let shelf = match shelf {
            Shelf::Month { year, month } => Shelf::Month {
                year: -year,
                month: 13 - month,
            },
            other => other,
        };
        // Oldest first, to count the numbered pages from the oldest.
        articles.reverse();
        let numbered = (articles.len() / PAGE_SIZE).saturating_sub(1);
        let newest: Vec<ArticleSummary> = articles.drain(numbered * PAGE_SIZE..).rev().collect();
        pages.push(ArchivePage {
            shelf: shelf.clone(),
            number: None,
            numbered,
            articles: newest,
        });
        for (i, chunk) in articles.chunks(PAGE_SIZE).enumerate().rev() {
            pages.push(ArchivePage {
                shelf: shelf.clone(),
                number: Some(i + 1),
                numbered,
                articles: chunk.iter().rev().cloned().collect(),
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

/// For every article (by slug), up to [`RELATED_COUNT`] older articles
/// most like it: sharing the most distinct words of title and lead (with a
/// bonus for the same category), newer first among equals; never itself.
///
/// Older only, as the archive stood when the article came out: a new
/// article then changes no other article's page (a CDN keeps them), and an
/// article's list never changes unless an article on it does.
///
/// Through an inverted index, so the cost grows with the words articles
/// share, not with the square of the archive (10,000 articles compared
/// pairwise took minutes). Words found in more than a tenth of the older
/// articles say little about likeness and are not counted.
pub fn related_all(index: &ArticleIndex) -> BTreeMap<String, Vec<ArticleSummary>> {
    let articles = &index.articles;
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_key(|&i| articles[i].published);
    let mut holders: HashMap<String, Vec<usize>> = HashMap::new();
    let mut related = BTreeMap::new();
    for (older, &i) in order.iter().enumerate() {
        let article = &articles[i];
        let vocabulary: BTreeSet<String> = words(&format!("{} {}", article.title, article.lead))
            .into_iter()
            .map(|w| w.folded)
            .filter(|w| w.chars().count() > 1)
            .collect();
        let common = (older / 10).max(20);
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for word in &vocabulary {
            if let Some(holding) = holders.get(word).filter(|h| h.len() <= common) {
                for &j in holding {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let mut scored: Vec<(usize, usize, &ArticleSummary)> = shared
            .into_iter()
            .map(|(j, count)| {
                let other = &articles[j];
                let bonus = if other.category.slug == article.category.slug {
                    3
                } else {
                    0
                };
                (count + bonus, j, other)
            })
            .filter(|(score, _, _)| *score > 3)
            .collect();
        // Ties: the newer, then the later in the index (the order is whole,
        // so the choice does not hang on the hash map's order).
        scored.sort_by_key(|&(score, j, other)| {
            (
                std::cmp::Reverse(score),
                std::cmp::Reverse(other.published),
                std::cmp::Reverse(j),
            )
        });
        let chosen = scored
            .into_iter()
            .take(RELATED_COUNT)
            .map(|(_, _, a)| a.clone())
            .collect();
        related.insert(article.slug.clone(), chosen);
        for word in vocabulary {
            holders.entry(word).or_default().push(i);
        }
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
        // 45 articles: the newest 25 on the shelf's page, the oldest 20 on
        // its page 1.
        assert_eq!(dan_van.len(), 2, "45 articles");
        assert_eq!(
            dan_van.iter().map(|p| p.articles.len()).collect::<Vec<_>>(),
            [25, 20]
        );
        assert!(dan_van.iter().all(|p| p.numbered == 1));
        assert_eq!(dan_van[0].route(), "/chuyen-muc/dan-van");
        assert_eq!(
            dan_van[0].older().as_deref(),
            Some("/chuyen-muc/dan-van/trang-1")
        );
        assert_eq!(dan_van[0].newer(), None);
        assert_eq!(dan_van[1].route(), "/chuyen-muc/dan-van/trang-1");
        assert_eq!(dan_van[1].title(), "Chuyên mục DAN-VAN – Trang 1");
        assert_eq!(dan_van[1].newer().as_deref(), Some("/chuyen-muc/dan-van"));
        assert_eq!(dan_van[1].older(), None);
        assert!(dan_van[0].articles.last().unwrap().published >= dan_van[1].articles[0].published);
        // Months newest first, each newest first.
        let months: Vec<String> = pages
            .iter()
            .filter(|p| matches!(p.shelf, Shelf::Month { .. }) && p.number.is_none())
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
    fn a_new_article_leaves_every_numbered_page_as_it_was() {
        // One category, one month, an article an hour: each new one newest.
        let archive = |count: usize| ArticleIndex {
            format_version: FORMAT_VERSION,
            articles: (0..count)
                .map(|i| {
                    let time = format!("2012-01-{:02}T{:02}:00:00+07:00", 1 + i / 24, i % 24);
                    summary(i, "dan-van", &time, &format!("Tin {i}"))
                })
                .collect(),
        };
        for count in 0..200 {
            let before = archive_pages(&archive(count));
            let after = archive_pages(&archive(count + 1));
            for page in before.iter().filter(|p| p.number.is_some()) {
                let same = after.iter().find(|p| p.route() == page.route()).unwrap();
                assert_eq!(same.articles, page.articles, "{} at {count}", page.route());
                // Its links change only on the newest numbered page.
                if page.number != Some(page.numbered) {
                    assert_eq!((same.newer(), same.older()), (page.newer(), page.older()));
                }
            }
            // Each article once on each shelf; the newest page never short.
            let category: Vec<&ArchivePage> = after
                .iter()
                .filter(|p| matches!(p.shelf, Shelf::Category { .. }))
                .collect();
            let listed: usize = category.iter().map(|p| p.articles.len()).sum();
            assert_eq!(listed, count + 1);
            assert!(category[0].articles.len() >= PAGE_SIZE.min(count + 1));
            assert!(category[0].articles.len() < 2 * PAGE_SIZE);
        }
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
        // Older articles only: the oldest has none.
        assert!(slugs("bai-1").is_empty());
        assert_eq!(slugs("bai-2"), ["bai-1"]);
        assert!(slugs("bai-3").is_empty());
    }

    #[test]
    fn related_articles_are_at_most_four_the_same_category_first() {
        let title = "Hội nghị công tác dân vận khối doanh nghiệp";
        let mut index = index(0);
        index.articles = vec![summary(0, "dan-van", "2012-04-01T08:00:00+07:00", title)];
        // Older than it: three of another category, newer than the three
        // of the same one.
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

    #[test]
    fn a_new_article_changes_no_older_article_s_related_list() {
        let title = |i: usize| format!("Hội nghị công tác dân vận số {} khối doanh nghiệp", i % 7);
        let archive = |count: usize| ArticleIndex {
            format_version: FORMAT_VERSION,
            articles: (0..count)
                .map(|i| {
                    let time = format!("2012-01-{:02}T{:02}:00:00+07:00", 1 + i / 24, i % 24);
                    summary(
                        i,
                        if i % 3 == 0 { "dan-van" } else { "kinh-te" },
                        &time,
                        &title(i),
                    )
                })
                .collect(),
        };
        let before = related_all(&archive(300));
        let after = related_all(&archive(301));
        assert!(before.values().any(|list| list.len() == RELATED_COUNT));
        for (slug, list) in &before {
            assert_eq!(&after[slug], list, "{slug}");
        }
    }
}
