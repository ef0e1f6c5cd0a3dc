//! The content format: site settings, the article index and articles.
//!
//! Files live under `public/data/` and are served as they are:
//!
//! | file                      | type             |
//! |---------------------------|------------------|
//! | `site.json`               | [`Site`]         |
//! | `articles.json`           | [`ArticleIndex`] |
//! | `articles/<slug>.json`    | [`Article`]      |
//!
//! All text is UTF-8 in Unicode NFC. Every file carries `format_version`
//! ([`FORMAT_VERSION`]); a reader refuses versions it does not know.
//! `docs/data-format.md` shows the seed article as a worked example.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::datetime::{Timestamp, VIETNAM_OFFSET_MINUTES};
use crate::error::{parse_json, DataError, DataErrors, WHOLE_DOCUMENT};
use crate::route::{article_file, INDEX_FILE, SITE_FILE};
use crate::text::NfcCheck;

/// The version of the format described here.
pub const FORMAT_VERSION: u32 = 1;

/// `site.json`: who publishes the site and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub format_version: u32,
    /// "Tin & Số".
    pub name: String,
    /// One line under the name.
    pub tagline: String,
    /// What the site is, for the home page's meta description.
    pub description: String,
    /// Absolute URL the site is deployed at, without a trailing slash.
    pub base_url: String,
    /// The licence the articles' data and charts are published under, shown
    /// on every page and in every citation and metadata file.
    pub license: License,
}

/// A licence: its name as readers see it and the address of its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct License {
    /// "CC BY 4.0".
    pub name: String,
    /// "https://creativecommons.org/licenses/by/4.0/deed.vi".
    pub url: String,
}

/// `articles.json`: what the home page lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleIndex {
    pub format_version: u32,
    pub articles: Vec<ArticleSummary>,
}

/// One article as the index lists it; the fields repeat the article's own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    pub published: Timestamp,
    pub category: Category,
    pub lead: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// URL-safe identifier, e.g. `dan-van`.
    pub slug: String,
    /// Shown to readers, e.g. "Dân vận".
    pub name: String,
}

/// `articles/<slug>.json`: one article, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub format_version: u32,
    /// Lowercase ASCII words joined by `-`; also the file name.
    pub slug: String,
    pub title: String,
    /// Publication time with its offset, `+07:00` for Vietnam.
    pub published: Timestamp,
    pub category: Category,
    /// A sentence or two for lists and link previews, quoted from the body.
    pub lead: String,
    /// Paragraphs and figures in the order they stand in the text.
    pub body: Vec<Block>,
    /// Who wrote the text and took the photos, as printed: "Tin, ảnh: …",
    /// "PV", "Nguyễn Văn A"; absent when the text names no one (many do not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The publication the text is credited to, as printed: "Theo TTO".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// The news agency whose mark opens the lead, e.g. "ĐN" for a lead that
    /// begins "(ĐN) -" (the mark stays in the text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The absolute http(s) address the text was first published at, shown
    /// to readers as "Nguồn".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// When the text was last corrected, if ever; never before `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
}

/// A piece of the article body, stored as `{"type": "paragraph", "text": …}`
/// or `{"type": "figure", "caption": …}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "StoredBlock")]
pub enum Block {
    /// A paragraph of plain text (never markup).
    Paragraph { text: String },
    /// A photo of the original report. The photo files are not part of the
    /// content, so a figure is its caption, and the photographer's name
    /// where the caption gave one ("… Ảnh: DIỆU THẢO" → `credit`).
    Figure {
        caption: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        credit: Option<String>,
    },
}

/// How a [`Block`] is read. serde's internally tagged enums buffer every
/// block before choosing its variant; a flat struct reads in one pass and
/// keeps that machinery out of the wasm (docs/budget.md).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredBlock {
    #[serde(rename = "type")]
    kind: BlockKind,
    text: Option<String>,
    caption: Option<String>,
    credit: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum BlockKind {
    Paragraph,
    Figure,
}

impl TryFrom<StoredBlock> for Block {
    type Error = &'static str;

    fn try_from(stored: StoredBlock) -> Result<Block, Self::Error> {
        match stored {
            StoredBlock {
                kind: BlockKind::Paragraph,
                text: Some(text),
                caption: None,
                credit: None,
            } => Ok(Block::Paragraph { text }),
            StoredBlock {
                kind: BlockKind::Figure,
                text: None,
                caption: Some(caption),
                credit,
            } => Ok(Block::Figure { caption, credit }),
            StoredBlock {
                kind: BlockKind::Paragraph,
                ..
            } => Err("a paragraph has `text` and no `caption` or `credit`"),
            StoredBlock {
                kind: BlockKind::Figure,
                ..
            } => Err("a figure has `caption` and no `text`"),
        }
    }
}

/// Words a reader reads in a minute, for the reading-time estimate: a
/// Vietnamese word of the count is one syllable, read faster than an
/// English word; 200 is a steady pace for news prose.
pub const WORDS_PER_MINUTE: usize = 200;

/// Minutes to read `words` words, rounded up, at least 1.
pub fn minutes_for_words(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

impl Article {
    /// Minutes a reader needs for the text and captions, rounded up, at
    /// least 1.
    pub fn reading_minutes(&self) -> usize {
        let words: usize = self
            .body
            .iter()
            .map(|block| match block {
                Block::Paragraph { text } => text,
                Block::Figure { caption, .. } => caption,
            })
            .map(|text| text.split_whitespace().count())
            .sum();
        minutes_for_words(words)
    }

    /// Parses and validates the article stored at [`article_file`]`(slug)`.
    #[cfg(feature = "unicode-tables")]
    pub fn from_json(slug: &str, json: &str) -> Result<Article, DataErrors> {
        Article::from_json_with(slug, json, crate::text::is_nfc)
    }

    /// [`Article::from_json`] with the caller's NFC test.
    pub fn from_json_with(slug: &str, json: &str, is_nfc: NfcCheck) -> Result<Article, DataErrors> {
        let article: Article = parse_json(&article_file(slug), json)?;
        article.validated(slug, is_nfc)
    }

    /// Checks an article read from [`article_file`]`(slug)` by any reader.
    pub fn validated(self, slug: &str, is_nfc: NfcCheck) -> Result<Article, DataErrors> {
        let article = self;
        let file = article_file(slug);
        let mut check = Checker::new(&file, is_nfc);
        article.check(&mut check);
        if article.slug != slug {
            check.fail(
                "slug",
                format!("is \"{}\" but the file is for \"{slug}\"", article.slug),
            );
        }
        check.finish(article)
    }

    fn check(&self, check: &mut Checker) {
        check.version(self.format_version);
        check.slug("slug", &self.slug);
        check.text("title", &self.title);
        check.published("published", self.published);
        check.category("category", &self.category);
        check.text("lead", &self.lead);
        for (field, value) in [
            ("byline", &self.byline),
            ("credit", &self.credit),
            ("agency", &self.agency),
        ] {
            if let Some(value) = value {
                check.text(field, value);
            }
        }
        if let Some(url) = &self.source_url {
            check.url("source_url", url, UrlForm::Page);
        }
        if let Some(updated) = self.updated {
            check.published("updated", updated);
            if updated < self.published {
                check.fail("updated", "is before published");
            }
        }
        if !self
            .body
            .iter()
            .any(|b| matches!(b, Block::Paragraph { .. }))
        {
            check.fail("body", "has no paragraph");
        }
        for (index, block) in self.body.iter().enumerate() {
            match block {
                Block::Paragraph { text } => check.text(&format!("body[{index}].text"), text),
                Block::Figure { caption, credit } => {
                    check.text(&format!("body[{index}].caption"), caption);
                    if let Some(credit) = credit {
                        check.text(&format!("body[{index}].credit"), credit);
                    }
                }
            }
        }
    }

    /// The paragraphs' text, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.body.iter().filter_map(|block| match block {
            Block::Paragraph { text } => Some(text.as_str()),
            Block::Figure { .. } => None,
        })
    }

    /// The entry the index should hold for this article.
    pub fn summary(&self) -> ArticleSummary {
        ArticleSummary {
            slug: self.slug.clone(),
            title: self.title.clone(),
            published: self.published,
            category: self.category.clone(),
            lead: self.lead.clone(),
        }
    }
}

impl ArticleIndex {
    /// Parses and validates `articles.json`.
    #[cfg(feature = "unicode-tables")]
    pub fn from_json(json: &str) -> Result<ArticleIndex, DataErrors> {
        ArticleIndex::from_json_with(json, crate::text::is_nfc)
    }

    /// [`ArticleIndex::from_json`] with the caller's NFC test.
    pub fn from_json_with(json: &str, is_nfc: NfcCheck) -> Result<ArticleIndex, DataErrors> {
        let index: ArticleIndex = parse_json(INDEX_FILE, json)?;
        index.validated(is_nfc)
    }

    /// Checks an index read by any reader.
    pub fn validated(self, is_nfc: NfcCheck) -> Result<ArticleIndex, DataErrors> {
        let index = self;
        let mut check = Checker::new(INDEX_FILE, is_nfc);
        check.version(index.format_version);
        let mut seen = HashSet::new();
        for (i, entry) in index.articles.iter().enumerate() {
            let field = |name: &str| format!("articles[{i}].{name}");
            check.slug(&field("slug"), &entry.slug);
            if !seen.insert(entry.slug.as_str()) {
                check.fail(
                    &field("slug"),
                    format!("\"{}\" is listed twice", entry.slug),
                );
            }
            check.text(&field("title"), &entry.title);
            check.published(&field("published"), entry.published);
            check.category(&field("category"), &entry.category);
            check.text(&field("lead"), &entry.lead);
        }
        check.finish(index)
    }

    /// The articles, newest first (ties keep the index's order).
    pub fn newest_first(&self) -> Vec<&ArticleSummary> {
        let mut list: Vec<_> = self.articles.iter().collect();
        list.sort_by_key(|a| std::cmp::Reverse(a.published));
        list
    }
}

impl Site {
    /// The absolute URL of `path` (which holds the base path, if any).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// Parses and validates `site.json`.
    #[cfg(feature = "unicode-tables")]
    pub fn from_json(json: &str) -> Result<Site, DataErrors> {
        Site::from_json_with(json, crate::text::is_nfc)
    }

    /// [`Site::from_json`] with the caller's NFC test.
    pub fn from_json_with(json: &str, is_nfc: NfcCheck) -> Result<Site, DataErrors> {
        let site: Site = parse_json(SITE_FILE, json)?;
        site.validated(is_nfc)
    }

    /// Checks settings read by any reader.
    pub fn validated(self, is_nfc: NfcCheck) -> Result<Site, DataErrors> {
        let site = self;
        let mut check = Checker::new(SITE_FILE, is_nfc);
        check.version(site.format_version);
        check.text("name", &site.name);
        check.text("tagline", &site.tagline);
        check.text("description", &site.description);
        check.url("base_url", &site.base_url, UrlForm::Base);
        check.text("license.name", &site.license.name);
        check.url("license.url", &site.license.url, UrlForm::Page);
        check.finish(site)
    }
}

/// Collects every problem in one file; shared by the article and statistics rules.
pub(crate) struct Checker<'a> {
    file: &'a str,
    is_nfc: NfcCheck,
    errors: Vec<DataError>,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(file: &'a str, is_nfc: NfcCheck) -> Self {
        Checker {
            file,
            is_nfc,
            errors: Vec::new(),
        }
    }

    pub(crate) fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(DataError {
            file: self.file.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        });
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T, DataErrors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(DataErrors(self.errors))
        }
    }

    pub(crate) fn version(&mut self, version: u32) {
        if version != FORMAT_VERSION {
            self.fail(
                "format_version",
                format!("is {version}, this reader knows version {FORMAT_VERSION}"),
            );
        }
    }

    /// Reader-facing text: not blank, NFC, no padding, no control characters.
    pub(crate) fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "is empty");
        } else if !(self.is_nfc)(value) {
            self.fail(field, "is not in Unicode NFC (normalize the text)");
        } else if value.trim() != value {
            self.fail(field, "starts or ends with whitespace");
        } else if value.chars().any(char::is_control) {
            self.fail(field, "contains a control character (line break, tab, …)");
        }
    }

    pub(crate) fn slug(&mut self, field: &str, value: &str) {
        if !is_slug(value) {
            self.fail(
                field,
                format!(
                "\"{value}\" is not a slug (a-z, 0-9, single hyphens, at most {SLUG_MAX_LEN} characters)"
            ),
            );
        }
    }

    fn category(&mut self, field: &str, category: &Category) {
        self.slug(&format!("{field}.slug"), &category.slug);
        self.text(&format!("{field}.name"), &category.name);
    }

    /// An absolute http(s) address with a host and no whitespace.
    fn url(&mut self, field: &str, url: &str, form: UrlForm) {
        if let Err(message) = check_url(url, form) {
            self.fail(field, message);
        }
    }

    fn published(&mut self, field: &str, time: Timestamp) {
        if time.offset_minutes() != VIETNAM_OFFSET_MINUTES {
            self.fail(
                field,
                format!("{time} must be written in Vietnam time (+07:00)"),
            );
        }
    }
}

/// What an address in the data is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UrlForm {
    /// A page anywhere on the web (an article's source).
    Page,
    /// Where the site is deployed: paths are appended, so no trailing slash.
    Base,
}

/// Whether `url` is an absolute http(s) address with a host, without
/// whitespace or control characters (and, as a base, no trailing slash).
pub fn check_url(url: &str, form: UrlForm) -> Result<(), &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or("");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    match form {
        UrlForm::Base if host.is_empty() || url.ends_with('/') || !clean => {
            Err("must be an absolute http(s) URL without a trailing slash")
        }
        UrlForm::Page
            if host.is_empty() || (!host.contains('.') && host != "localhost") || !clean =>
        {
            Err("must be an absolute http(s) URL, like https://example.vn/bai-viet")
        }
        _ => Ok(()),
    }
}

/// The host of an http(s) address, without "www.": what a reader is shown
/// of an article's source ("baodanang.vn").
pub fn url_host(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

/// The longest a slug is: it names a file and a path, and file names stop
/// at 255 bytes.
pub const SLUG_MAX_LEN: usize = 120;

/// Lowercase ASCII letters and digits in words joined by single hyphens, at
/// most [`SLUG_MAX_LEN`] long.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= SLUG_MAX_LEN
        && value.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl DataErrors {
    /// An error for a file whose text could not be read at all.
    pub fn unreadable(file: &str, message: impl Into<String>) -> DataErrors {
        DataErrors::single(file, WHOLE_DOCUMENT, message)
    }
}
