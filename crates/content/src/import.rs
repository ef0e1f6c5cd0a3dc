//! Raw article text in, a validated article out.
//!
//! Raw text arrives scraped or pasted from Vietnamese portals, in many
//! shapes: a page header and the site's name above the title, a dateline
//! above or below it (or glued to it), an author's name, paragraphs split
//! by one newline or by blank lines, photo captions printed twice, a
//! byline and a source credit, lists of other headlines, and debris.
//! [`import`] reads the parts ([`clean`](crate::clean), [`debris`](crate::debris),
//! [`layout`](crate::layout), [`blocks`](crate::blocks)), lets the editor's
//! options win over what the text says, and reports every line it left out.
//! It refuses what it cannot read for certain, saying what is missing and
//! which option supplies it: it is never silently wrong.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;
use tinso_model::datetime::{Timestamp, VIETNAM_OFFSET_MINUTES};
use tinso_model::text::{fold_diacritics, slugify, to_nfc};
use tinso_model::{Article, Block, Category, FORMAT_VERSION};

use crate::blocks::blocks;
use crate::byline::agency;
use crate::clean::{clean, Replacement};
use crate::dateline::DatelineError;
use crate::debris::{line_debris, Reason, Removed};
use crate::figures::{find_figures, Candidate};
use crate::layout::{excerpt, lay_out, LayoutError, LayoutOptions};
use crate::prose::first_sentence;

/// Larger inputs are refused: a news article is a few dozen kilobytes.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// What the raw text does not say, or says wrongly, and the editor does.
/// Every option wins over the text.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub category: Category,
    pub title: Option<String>,
    pub published: Option<Timestamp>,
    pub byline: Option<String>,
    pub source_url: Option<String>,
}

impl ImportOptions {
    /// Options that give the category only.
    pub fn category(category: Category) -> ImportOptions {
        ImportOptions {
            category,
            title: None,
            published: None,
            byline: None,
            source_url: None,
        }
    }
}

/// The result of importing one raw text.
#[derive(Debug, Clone)]
pub struct Imported {
    pub article: Article,
    pub candidates: Vec<Candidate>,
    /// Every line of the raw text left out of the article, and why.
    pub removed: Vec<Removed>,
    /// Characters the cleanup changed.
    pub replaced: Vec<Replacement>,
    /// What the editor should look at before publishing.
    pub notes: Vec<String>,
}

/// Why a raw text could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotUtf8 {
        offset: usize,
    },
    /// A control character other than a line break or tab: not text.
    Binary {
        offset: usize,
    },
    NoDateline,
    /// The dateline's weekday is not the weekday of its date.
    WeekdayMismatch {
        line: usize,
        dateline: String,
        actual: &'static str,
    },
    /// The dateline names a day or time that does not exist.
    ImpossibleDateline {
        line: usize,
        dateline: String,
    },
    /// No line can be taken for the title; `why` says what the first lines are.
    NoTitle {
        why: String,
    },
    NoBody,
    /// The title has no letter or digit to make a slug of.
    NoSlug {
        title: String,
    },
    /// The article the text makes fails the data format's rules.
    Invalid(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const GIVE_DATE: &str = "give the date with --published 2020-10-19T08:00:00+07:00 \
            (or --published 2020-10-19 for a date alone)";
        match self {
            ImportError::Empty => f.write_str("the file holds no text"),
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes; an article is at most {MAX_INPUT_BYTES} bytes"
            ),
            ImportError::NotUtf8 { offset } => {
                write!(
                    f,
                    "the file is not UTF-8 text (invalid byte at offset {offset})"
                )
            }
            ImportError::Binary { offset } => write!(
                f,
                "the file is not plain text (control character at byte offset {offset})"
            ),
            ImportError::NoDateline => write!(
                f,
                "no date: no line reads as a dateline (such as \"Thứ Năm, 29/12/2011|15:28\" \
                 or \"09:33 15/12/2009\"); {GIVE_DATE}"
            ),
            ImportError::WeekdayMismatch {
                line,
                dateline,
                actual,
            } => write!(
                f,
                "line {line}: the dateline \"{dateline}\" names the wrong weekday: that date \
                 was a {actual}; correct the text, or {GIVE_DATE}"
            ),
            ImportError::ImpossibleDateline { line, dateline } => write!(
                f,
                "line {line}: the dateline \"{dateline}\" names a day or time that does not \
                 exist; correct the text, or {GIVE_DATE}"
            ),
            ImportError::NoTitle { why } => {
                write!(f, "no title: {why}; give the title with --title TEXT")
            }
            ImportError::NoBody => f.write_str("no paragraph found after the title"),
            ImportError::NoSlug { title } => write!(
                f,
                "the title \"{title}\" has no letters or digits to name the file after; \
                 give another with --title TEXT"
            ),
            ImportError::Invalid(problems) => {
                write!(f, "the imported article is invalid: {problems}")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// Imports raw bytes: checks that they are text of a sane size first.
pub fn import_bytes(bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    import(text, options)
}

/// Imports one raw article.
pub fn import(raw: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    if raw.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: raw.len() });
    }
    if let Some((offset, _)) = raw
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(ImportError::Binary { offset });
    }
    let (all_lines, replaced) = clean(raw);
    let mut removed = Vec::new();
    let mut lines = Vec::with_capacity(all_lines.len());
    // A photo's alt text without diacritics stands before its caption: the
    // line after it that reads the same with diacritics is a caption.
    let mut captions = HashSet::new();
    let mut alt_text: Option<String> = None;
    for line in all_lines {
        match line_debris(&line.text) {
            Some(reason) => {
                if reason == Reason::AltText {
                    alt_text = Some(line.text.clone());
                }
                removed.push(Removed {
                    line: line.number,
                    text: line.text,
                    reason,
                });
            }
            None => {
                if alt_text
                    .take()
                    .is_some_and(|alt| captions_alt(&line.text, &alt))
                {
                    captions.insert(line.number);
                }
                lines.push(line);
            }
        }
    }
    if lines.is_empty() {
        return Err(ImportError::Empty);
    }
    let given_title = options.title.as_deref().map(to_nfc);
    let layout = lay_out(
        &lines,
        LayoutOptions {
            title: given_title.as_deref(),
            date_given: options.published.is_some(),
        },
    )
    .map_err(|error| match error {
        LayoutError::Dateline { line, error } => match error {
            DatelineError::WeekdayMismatch { actual } => ImportError::WeekdayMismatch {
                line: line.number,
                dateline: line.text,
                actual,
            },
            DatelineError::Impossible => ImportError::ImpossibleDateline {
                line: line.number,
                dateline: line.text,
            },
        },
        LayoutError::NoTitle { why } => ImportError::NoTitle { why },
        LayoutError::NoBody => ImportError::NoBody,
    })?;
    removed.extend(layout.removed);
    let mut notes = Vec::new();

    let title = match (&given_title, &layout.title) {
        (Some(given), _) => given.clone(),
        (None, Some(line)) => line.text.clone(),
        (None, None) => unreachable!("the layout finds a title or refuses the text"),
    };
    let published = match (options.published, &layout.dateline) {
        (Some(given), _) => given,
        (None, Some((line, dateline))) => {
            if !dateline.has_time {
                notes.push(format!(
                    "the dateline \"{}\" gives no time of day: published at 00:00, shown as \
                     the date alone; give the time with --published",
                    line.text
                ));
            }
            if dateline.updated {
                notes.push(format!(
                    "the only date is when the page was updated (\"{}\"); it is taken as the \
                     publication time",
                    line.text
                ));
            }
            dateline.time
        }
        (None, None) => return Err(ImportError::NoDateline),
    };

    let mut body = blocks(&layout.body, &captions);
    removed.append(&mut body.removed);
    let text_bylines: Vec<String> = layout
        .bylines
        .iter()
        .chain(&body.loose_credits)
        .map(|line| line.text.clone())
        .collect();
    let byline = match &options.byline {
        Some(given) => {
            for line in layout.bylines.iter().chain(&body.loose_credits) {
                removed.push(Removed {
                    line: line.number,
                    text: line.text.clone(),
                    reason: Reason::ReplacedByOption,
                });
            }
            Some(to_nfc(given.trim()))
        }
        None if text_bylines.is_empty() => None,
        None => Some(text_bylines.join(" – ")),
    };
    let credit = (!layout.credits.is_empty()).then(|| layout.credits.join(", "));
    removed.sort_by_key(|r| r.line);

    let Some(first_paragraph) = body.blocks.iter().find_map(|block| match block {
        Block::Paragraph { text } => Some(text.as_str()),
        Block::Figure { .. } => None,
    }) else {
        return Err(ImportError::NoBody);
    };
    let lead = first_sentence(first_paragraph).to_owned();
    let agency = agency(first_paragraph);
    let slug = slugify(&title);
    if slug.is_empty() {
        return Err(ImportError::NoSlug { title });
    }
    if title.split_whitespace().count() > crate::prose::TITLE_MAX_WORDS {
        notes.push(format!("the title \"{}\" is long", excerpt(&title)));
    }

    let candidates = body
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(index, block)| match block {
            Block::Paragraph { text } => find_figures(index, text),
            Block::Figure { .. } => Vec::new(),
        })
        .collect();
    let article = Article {
        format_version: FORMAT_VERSION,
        slug,
        title,
        published,
        category: options.category.clone(),
        lead,
        body: std::mem::take(&mut body.blocks),
        byline,
        credit,
        agency,
        source_url: options.source_url.clone(),
        updated: None,
    };
    // The same rules as every other reader of the data.
    let json = serde_json::to_string(&article).map_err(|e| ImportError::Invalid(e.to_string()))?;
    Article::from_json(&article.slug, &json).map_err(|e| ImportError::Invalid(e.to_string()))?;
    Ok(Imported {
        article,
        candidates,
        removed,
        replaced,
        notes,
    })
}

/// Whether `caption` is the line `alt` (its alt text, "Ho sen no ro - Anh
/// 1") describes: the same letters once diacritics are dropped.
fn captions_alt(caption: &str, alt: &str) -> bool {
    let letters = |text: &str| -> String {
        fold_diacritics(text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let alt = alt.rsplit_once(" - ").map_or(alt, |(words, _)| words);
    let alt = letters(alt);
    !alt.is_empty() && letters(caption).starts_with(&alt)
}

/// Reads `--published`: a time with Vietnam's offset
/// (`2020-10-19T08:00:00+07:00`), or a date alone (`2020-10-19`), which is
/// 00:00 Vietnam time.
pub fn parse_published(value: &str) -> Result<Timestamp, String> {
    let value = value.trim();
    let digits = |s: &str| {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let parts: Vec<&str> = value.split('-').collect();
    if let [year, month, day] = parts.as_slice() {
        if let (4, Some(year), Some(month), Some(day)) =
            (year.len(), digits(year), digits(month), digits(day))
        {
            return Timestamp::from_local(year as i32, month, day, 0, 0, 0, VIETNAM_OFFSET_MINUTES)
                .ok_or_else(|| format!("\"{value}\" is not a real date"));
        }
    }
    let Ok(time) = Timestamp::parse(value) else {
        return Err(format!(
            "\"{value}\" is not a date like 2020-10-19 or a time like 2020-10-19T08:00:00+07:00"
        ));
    };
    if time.offset_minutes() != VIETNAM_OFFSET_MINUTES {
        return Err(format!(
            "\"{value}\" must be in Vietnam time, with the offset +07:00"
        ));
    }
    Ok(time)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn options() -> ImportOptions {
        ImportOptions::category(Category {
            slug: "dan-van".into(),
            name: "Dân vận".into(),
        })
    }

    const SMALL: &str = ".\n\nTiêu đề bài viết\n\nThứ Năm, 29/12/2011|15:28\n\nĐoạn một.  Câu hai\u{a0}\u{a0}có 26/31 tập đoàn.\n\nẢnh một\nẢnh   một\n\nĐoạn hai.\n\nTin, ảnh: Hoàng Gia Hanh\n\n\u{a0}\n.\n";

    #[test]
    fn imports_a_small_article() {
        let imported = import(SMALL, &options()).unwrap();
        let article = imported.article;
        assert_eq!(article.slug, "tieu-de-bai-viet");
        assert_eq!(article.title, "Tiêu đề bài viết");
        assert_eq!(article.published.to_string(), "2011-12-29T15:28:00+07:00");
        assert_eq!(article.lead, "Đoạn một.");
        assert_eq!(
            article.body,
            vec![
                Block::Paragraph {
                    text: "Đoạn một. Câu hai có 26/31 tập đoàn.".into()
                },
                Block::Figure {
                    caption: "Ảnh một".into(),
                    credit: None,
                },
                Block::Paragraph {
                    text: "Đoạn hai.".into()
                },
            ]
        );
        assert_eq!(article.byline.as_deref(), Some("Tin, ảnh: Hoàng Gia Hanh"));
        assert_eq!(imported.candidates.len(), 1);
        assert_eq!(imported.candidates[0].phrase, "26/31 tập đoàn");
        assert_eq!(
            imported
                .removed
                .iter()
                .map(|r| (r.line, r.reason))
                .collect::<Vec<_>>(),
            [
                (1, Reason::NoText),
                (10, Reason::PrintedTwice),
                (17, Reason::NoText)
            ]
        );
    }

    #[test]
    fn decomposed_input_comes_out_identical() {
        let decomposed: String = SMALL.nfd().collect();
        assert_ne!(decomposed, SMALL);
        let a = import(SMALL, &options()).unwrap().article;
        let b = import(&decomposed, &options()).unwrap().article;
        assert_eq!(a, b);
    }

    #[test]
    fn options_win_over_the_text() {
        let o = ImportOptions {
            title: Some("Tiêu đề đã sửa".into()),
            published: Some(parse_published("2020-10-19T08:00:00+07:00").unwrap()),
            byline: Some("Nguyễn Văn A".into()),
            source_url: Some("https://example.vn/bai-1.html".into()),
            ..options()
        };
        let imported = import(SMALL, &o).unwrap();
        let article = &imported.article;
        assert_eq!(article.title, "Tiêu đề đã sửa");
        assert_eq!(article.slug, "tieu-de-da-sua");
        assert_eq!(article.published.to_string(), "2020-10-19T08:00:00+07:00");
        assert_eq!(article.byline.as_deref(), Some("Nguyễn Văn A"));
        assert_eq!(
            article.source_url.as_deref(),
            Some("https://example.vn/bai-1.html")
        );
        let replaced: Vec<&str> = imported
            .removed
            .iter()
            .filter(|r| r.reason == Reason::ReplacedByOption)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(replaced, ["Tiêu đề bài viết", "Tin, ảnh: Hoàng Gia Hanh"]);
        // A contradicting dateline no longer matters once the date is given.
        let wrong_day = SMALL.replace("Thứ Năm", "Thứ Sáu");
        assert!(matches!(
            import(&wrong_day, &options()),
            Err(ImportError::WeekdayMismatch { line: 5, .. })
        ));
        assert!(import(&wrong_day, &o).is_ok());
    }

    #[test]
    fn published_dates_and_times() {
        assert_eq!(
            parse_published("2020-10-19").unwrap().to_string(),
            "2020-10-19T00:00:00+07:00"
        );
        assert_eq!(
            parse_published("2020-10-19T08:00:00+07:00")
                .unwrap()
                .to_string(),
            "2020-10-19T08:00:00+07:00"
        );
        assert!(parse_published("2020-02-30").is_err());
        assert!(parse_published("2020-10-19T08:00:00Z")
            .unwrap_err()
            .contains("+07:00"));
        assert!(parse_published("19/10/2020").is_err());
        assert!(parse_published("2020-1-199").is_err());
    }

    #[test]
    fn bad_input_gets_a_clear_error() {
        let o = options();
        assert_eq!(import("", &o).unwrap_err(), ImportError::Empty);
        assert_eq!(
            import(" \n.\n\u{a0}\n", &o).unwrap_err(),
            ImportError::Empty
        );
        assert_eq!(
            import("Tiêu đề của bài\n\nĐoạn.\n", &o).unwrap_err(),
            ImportError::NoDateline
        );
        assert_eq!(
            import_bytes(b"ab\xffcd", &o).unwrap_err(),
            ImportError::NotUtf8 { offset: 2 }
        );
        assert_eq!(
            import_bytes(b"\x7fELF\x00\x01", &o).unwrap_err(),
            ImportError::Binary { offset: 0 }
        );
        let huge = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert_eq!(
            import_bytes(&huge, &o).unwrap_err(),
            ImportError::TooLarge {
                bytes: MAX_INPUT_BYTES + 1
            }
        );
        let no_body = "Tiêu đề của bài\n29/12/2011 15:28\nTin: A\n";
        assert_eq!(import(no_body, &o).unwrap_err(), ImportError::NoBody);
        let only_captions = "Tiêu đề của bài\n29/12/2011 15:28\nẢnh chụp\nẢnh chụp\nTin: A\n";
        assert_eq!(import(only_captions, &o).unwrap_err(), ImportError::NoBody);
        for error in [
            ImportError::Empty,
            ImportError::NoDateline,
            ImportError::TooLarge { bytes: 9 },
        ] {
            assert!(!error.to_string().is_empty());
        }
        assert!(ImportError::NoDateline.to_string().contains("--published"));
        assert!(ImportError::NoTitle { why: "x".into() }
            .to_string()
            .contains("--title"));
    }
}
