//! Every path of the site, in one place: the pages (without the
//! deployment's base path) and the data files (relative to the data
//! directory). [`super::Route`] parses page paths back.

// Pages.

pub const HOME_ROUTE: &str = "/";

/// The site path of an article page.
pub fn article_route(slug: &str) -> String {
    format!("/bai-viet/{slug}")
}

/// The page listing every dataset.
pub const DATASETS_ROUTE: &str = "/so-lieu";

/// The page of one dataset.
pub fn dataset_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}")
}

/// The CSV download of a dataset.
pub fn csv_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.csv")
}

/// The SVG download of a chart.
pub fn svg_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.svg")
}

/// The page that shows a chart alone, for other sites to frame.
pub fn embed_route(id: &str) -> String {
    format!("/nhung/{id}")
}

/// The oEmbed description of a chart's embed (its discovery link is on
/// the dataset's page).
pub fn oembed_route(id: &str) -> String {
    format!("/nhung/{id}.oembed.json")
}

/// The PNG download of a chart (twice the size the page shows it at).
pub fn png_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.png")
}

/// The link-preview card of pages without a chart of their own.
pub const SITE_CARD_ROUTE: &str = "/anh/tin-va-so.png";

/// The link-preview card of an article that has charts: title and first chart.
pub fn article_card_route(slug: &str) -> String {
    format!("/anh/bai-viet/{slug}.png")
}

/// The link-preview card of a dataset's page.
pub fn dataset_card_route(id: &str) -> String {
    format!("/anh/so-lieu/{id}.png")
}

/// A dataset's metadata (title, source, licence, citation, files), beside its CSV.
pub fn metadata_route(id: &str) -> String {
    format!("{DATASETS_ROUTE}/{id}.metadata.json")
}

/// The search page; its query is in `?q=`.
pub const SEARCH_ROUTE: &str = "/tim-kiem";

/// The archive's entry page: every category and month.
pub const ARCHIVE_ROUTE: &str = "/luu-tru";

/// Page `page` (from 1) of a category: `/chuyen-muc/dan-van[/trang-2]`.
pub fn category_route(slug: &str, number: Option<usize>) -> String {
    paged(format!("/chuyen-muc/{slug}"), number)
}

/// Page `page` (from 1) of a month: `/luu-tru/2011/12[/trang-2]`.
pub fn month_route(year: i32, month: u32, number: Option<usize>) -> String {
    paged(format!("{ARCHIVE_ROUTE}/{year:04}/{month:02}"), number)
}

/// The newest page has no page segment; numbered pages count from the
/// oldest ([`crate::archive::ArchivePage`]).
fn paged(shelf: String, number: Option<usize>) -> String {
    match number {
        Some(number) => format!("{shelf}/trang-{number}"),
        None => shelf,
    }
}

/// The offline page: the service worker's answer for a page never read,
/// when there is no network.
pub const OFFLINE_ROUTE: &str = "/ngoai-tuyen";

/// A path that names no page (what [`super::Route::NotFound`] prints).
pub const NOT_FOUND_ROUTE: &str = "/khong-tim-thay";

/// The file static servers answer unknown paths with.
pub const NOT_FOUND_FILE: &str = "404.html";

// Data files.

/// The site settings.
pub const SITE_FILE: &str = "site.json";
/// The article index.
pub const INDEX_FILE: &str = "articles.json";

/// One article.
pub fn article_file(slug: &str) -> String {
    format!("articles/{slug}.json")
}

/// The statistics of one article.
pub fn stats_file(article_slug: &str) -> String {
    format!("stats/{article_slug}.json")
}

/// The home page's list, built: the newest articles.
pub const LATEST_FILE: &str = "views/moi-nhat.json";

/// The dataset index, built.
pub const DATASET_INDEX_FILE: &str = "views/so-lieu.json";

/// The view of one dataset, built.
pub fn chart_file(id: &str) -> String {
    format!("views/{id}.json")
}

/// The charts of one article, built.
pub fn article_charts_file(slug: &str) -> String {
    format!("views/bai-viet/{slug}.json")
}

/// The search index's table of chunks.
pub const SEARCH_META_FILE: &str = "search/index.json";

/// A word chunk's file, named by [`chunk_name`] of its first key.
pub fn word_chunk_file(name: u64) -> String {
    format!("search/w/{name:016x}.json")
}

/// A pair chunk's file, named by [`chunk_name`] of its first key.
pub fn pair_chunk_file(name: u64) -> String {
    format!("search/p/{name:016x}.json")
}

/// The name of the chunk starting at `first_key`: the key's FNV-1a hash,
/// the same natively and in the browser. A chunk named by its first key,
/// not by its place, keeps its name when a chunk before it splits or goes:
/// a new article rewrites only the chunks it adds words to.
pub fn chunk_name(first_key: &str) -> u64 {
    first_key.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

pub fn search_doc_file(id: u32) -> String {
    format!("search/d/{id}.json")
}
