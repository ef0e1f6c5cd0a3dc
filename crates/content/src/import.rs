//! Raw article text in, a validated article out.
//!
//! Raw text arrives scraped or pasted: a title, a dateline such as
//! "Thứ Năm, 29/12/2011|15:28", paragraphs padded with no-break spaces,
//! photo captions printed twice (alt text, then caption), a byline, and
//! debris such as lone "." lines. [`import`] turns that into an [`Article`]
//! plus the candidate figures found in its paragraphs.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;
use tinso_model::datetime::{Timestamp, Weekday, VIETNAM_OFFSET_MINUTES};
use tinso_model::text::{fold_spaces, slugify, to_nfc};
use tinso_model::{Article, Block, Category, FORMAT_VERSION};

use crate::figures::{find_figures, Candidate};

/// Larger inputs are refused: a news article is a few dozen kilobytes.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// What the raw text does not say and the editor does.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub category: Category,
}

/// The result of importing one raw text.
#[derive(Debug, Clone)]
pub struct Imported {
    pub article: Article,
    pub candidates: Vec<Candidate>,
}

/// Why a raw text could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        dateline: String,
        actual: &'static str,
    },
    /// The dateline names a day or time that does not exist.
    ImpossibleDateline {
        dateline: String,
    },
    NoBody,
    NoByline,
    /// The title has no letter or digit to make a slug of.
    NoSlug {
        title: String,
    },
    /// The article the text makes fails the data format's rules.
    Invalid(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("the file holds no text"),
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes; an article is at most {MAX_INPUT_BYTES} bytes"
            ),
            ImportError::NotUtf8 { offset } => {
                write!(f, "the file is not UTF-8 text (invalid byte at offset {offset})")
            }
            ImportError::Binary { offset } => write!(
                f,
                "the file is not plain text (control character at byte offset {offset})"
            ),
            ImportError::NoDateline => f.write_str(
                "no dateline found near the top, e.g. \"Thứ Năm, 29/12/2011|15:28\" or \"29/12/2011 15:28\"",
            ),
            ImportError::WeekdayMismatch { dateline, actual } => write!(
                f,
                "the dateline \"{dateline}\" names the wrong weekday: that date was a {actual}"
            ),
            ImportError::ImpossibleDateline { dateline } => {
                write!(f, "the dateline \"{dateline}\" names a day or time that does not exist")
            }
            ImportError::NoBody => f.write_str("no paragraph found after the dateline"),
            ImportError::NoByline => {
                f.write_str("no byline found (a line such as \"Tin, ảnh: …\", \"Tin: …\" or \"Ảnh: …\")")
            }
            ImportError::NoSlug { title } => {
                write!(f, "the title \"{title}\" has no letters or digits to name the file after")
            }
            ImportError::Invalid(problems) => write!(f, "the imported article is invalid: {problems}"),
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
    // Decomposed input (typed on some keyboards) comes out identical to
    // composed. Byte-order marks and zero-width spaces, invisible debris of
    // copy and paste, go.
    let text: String = to_nfc(raw)
        .chars()
        .filter(|c| !matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}'))
        .collect();
    let lines: Vec<String> = text
        .lines()
        .map(fold_spaces)
        .filter(|line| !is_debris(line))
        .collect();
    if lines.is_empty() {
        return Err(ImportError::Empty);
    }

    // The dateline stands near the top, after the title (or before it).
    let (dateline_index, published) = lines
        .iter()
        .take(6)
        .enumerate()
        .find_map(|(i, line)| parse_dateline(line).map(|result| (i, result)))
        .ok_or(ImportError::NoDateline)?;
    let published = published?;
    let title_index = if dateline_index == 0 { 1 } else { 0 };
    let title = lines.get(title_index).ok_or(ImportError::NoBody)?.clone();
    let body_start = dateline_index.max(title_index) + 1;

    let mut rest: Vec<&str> = lines[body_start..].iter().map(String::as_str).collect();
    let byline_index = rest
        .iter()
        .rposition(|line| is_byline(line))
        .ok_or(ImportError::NoByline)?;
    let byline = rest.remove(byline_index).to_owned();

    let body = blocks(&rest);
    let Some(first_paragraph) = body.iter().find_map(|block| match block {
        Block::Paragraph { text } => Some(text.as_str()),
        Block::Figure { .. } => None,
    }) else {
        return Err(ImportError::NoBody);
    };
    let lead = first_sentence(first_paragraph).to_owned();
    let slug = slugify(&title);
    if slug.is_empty() {
        return Err(ImportError::NoSlug { title });
    }

    let candidates = body
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
        body,
        byline,
    };
    // The same rules as every other reader of the data.
    let json = serde_json::to_string(&article).map_err(|e| ImportError::Invalid(e.to_string()))?;
    Article::from_json(&article.slug, &json).map_err(|e| ImportError::Invalid(e.to_string()))?;
    Ok(Imported {
        article,
        candidates,
    })
}

/// Scrape debris: a line with no letter or digit ("." or a lone no-break
/// space, already folded to nothing).
fn is_debris(line: &str) -> bool {
    !line.chars().any(char::is_alphanumeric)
}

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:tin|bài)(?:\s*,?\s*(?:và\s+)?ảnh)?|ảnh)\s*:\s*\S").expect("valid regex")
});

fn is_byline(line: &str) -> bool {
    BYLINE.is_match(line) && line.chars().count() <= 120
}

/// Paragraphs and figures: a line printed twice in a row is a photo's alt
/// text followed by its caption, kept once as a figure.
fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut body = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        if lines.get(index + 1) == Some(&line) {
            body.push(Block::Figure {
                caption: line.to_owned(),
            });
            index += 2;
        } else {
            body.push(Block::Paragraph {
                text: line.to_owned(),
            });
            index += 1;
        }
    }
    body
}

/// The first sentence: up to the first ". " that is followed by a capital.
fn first_sentence(paragraph: &str) -> &str {
    let mut search_from = 0;
    while let Some(found) = paragraph[search_from..].find(". ") {
        let end = search_from + found + 1;
        if paragraph[end + 1..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        {
            return &paragraph[..end];
        }
        search_from = end;
    }
    paragraph
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^
        (?: (?P<weekday> thứ \s* (?:hai|ba|tư|năm|sáu|bảy|[2-7]) | chủ \s* nhật | cn ) \s* [,\-]? \s* )?
        (?: ngày \s+ )?
        (?P<day>\d{1,2}) [/.\-] (?P<month>\d{1,2}) [/.\-] (?P<year>\d{4})
        \s* (?: [|,\-] \s* )? (?: lúc \s* )?
        (?P<hour>\d{1,2}) \s* [:hg] \s* (?P<minute>\d{2})
        (?: \s* \(? \s* GMT \s* \+ \s* 0?7 (?::00)? \s* \)? )?
        $",
    )
    .expect("valid regex")
});

/// Reads a dateline in its Vietnamese forms: "Thứ Năm, 29/12/2011|15:28",
/// "29/12/2011 15:28", "Thứ năm, ngày 29/12/2011 lúc 15:28", "Thứ 5,
/// 29/12/2011 - 15h28 (GMT+7)". `None` when the line is not a dateline;
/// an error when it is one that cannot be true.
pub fn parse_dateline(line: &str) -> Option<Result<Timestamp, ImportError>> {
    let m = DATELINE.captures(line)?;
    let number = |name: &str| m[name].parse::<u32>().unwrap_or(u32::MAX);
    let impossible = || ImportError::ImpossibleDateline {
        dateline: line.to_owned(),
    };
    let Some(time) = Timestamp::from_local(
        number("year") as i32,
        number("month"),
        number("day"),
        number("hour"),
        number("minute"),
        0,
        VIETNAM_OFFSET_MINUTES,
    ) else {
        return Some(Err(impossible()));
    };
    if let Some(written) = m.name("weekday") {
        let actual = time.in_vietnam().weekday;
        if weekday_named(written.as_str()) != Some(actual) {
            return Some(Err(ImportError::WeekdayMismatch {
                dateline: line.to_owned(),
                actual: actual.name_vi(),
            }));
        }
    }
    Some(Ok(time))
}

fn weekday_named(name: &str) -> Option<Weekday> {
    let name = fold_spaces(&name.to_lowercase());
    let day = name.strip_prefix("thứ").map(str::trim);
    Some(match (name.as_str(), day) {
        (_, Some("hai" | "2")) => Weekday::Monday,
        (_, Some("ba" | "3")) => Weekday::Tuesday,
        (_, Some("tư" | "4")) => Weekday::Wednesday,
        (_, Some("năm" | "5")) => Weekday::Thursday,
        (_, Some("sáu" | "6")) => Weekday::Friday,
        (_, Some("bảy" | "7")) => Weekday::Saturday,
        ("chủ nhật" | "chủnhật" | "cn", _) => Weekday::Sunday,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn options() -> ImportOptions {
        ImportOptions {
            category: Category {
                slug: "dan-van".into(),
                name: "Dân vận".into(),
            },
        }
    }

    fn dateline(line: &str) -> Result<String, ImportError> {
        parse_dateline(line)
            .expect("a dateline")
            .map(|t| t.to_string())
    }

    #[test]
    fn datelines_in_their_vietnamese_forms() {
        let expected = Ok("2011-12-29T15:28:00+07:00".to_owned());
        for line in [
            "Thứ Năm, 29/12/2011|15:28",
            "Thứ Năm, 29/12/2011 | 15:28",
            "29/12/2011 15:28",
            "29/12/2011|15:28",
            "Thứ năm, 29/12/2011 lúc 15:28",
            "Thứ Năm, ngày 29/12/2011 - 15:28",
            "THỨ NĂM, 29/12/2011, 15:28",
            "Thứ 5, 29/12/2011 15h28 (GMT+7)",
            "Thứ Năm 29-12-2011 15:28",
        ] {
            assert_eq!(dateline(line), expected, "{line}");
        }
        assert_eq!(
            dateline("Chủ Nhật, 1/1/2012 | 08:05"),
            Ok("2012-01-01T08:05:00+07:00".into())
        );
        assert_eq!(
            dateline("CN, 01/01/2012 08:05"),
            Ok("2012-01-01T08:05:00+07:00".into())
        );
    }

    #[test]
    fn a_contradicting_weekday_is_an_error_not_a_guess() {
        assert_eq!(
            dateline("Thứ Sáu, 29/12/2011|15:28"),
            Err(ImportError::WeekdayMismatch {
                dateline: "Thứ Sáu, 29/12/2011|15:28".into(),
                actual: "Thứ Năm"
            })
        );
        assert!(matches!(
            dateline("31/02/2011 10:00"),
            Err(ImportError::ImpossibleDateline { .. })
        ));
        assert!(matches!(
            dateline("29/12/2011 25:00"),
            Err(ImportError::ImpossibleDateline { .. })
        ));
    }

    #[test]
    fn other_lines_are_not_datelines() {
        for line in [
            "Sáng ngày 28/12/2011, tại Hà Nội",
            "Hội nghị Giao ban năm 2011",
            "29/12/2011",
            "15:28",
            "Thứ Tám, 29/12/2011|15:28",
        ] {
            assert!(parse_dateline(line).is_none(), "{line}");
        }
    }

    const SMALL: &str = ".\n\nTiêu đề bài\n\nThứ Năm, 29/12/2011|15:28\n\nĐoạn một.  Câu hai\u{a0}\u{a0}có 26/31 tập đoàn.\n\nẢnh một\nẢnh   một\n\nĐoạn hai.\n\nTin, ảnh: Hoàng Gia Hanh\n\n\u{a0}\n.\n";

    #[test]
    fn imports_a_small_article() {
        let imported = import(SMALL, &options()).unwrap();
        let article = imported.article;
        assert_eq!(article.slug, "tieu-de-bai");
        assert_eq!(article.title, "Tiêu đề bài");
        assert_eq!(article.published.to_string(), "2011-12-29T15:28:00+07:00");
        assert_eq!(article.lead, "Đoạn một.");
        assert_eq!(
            article.body,
            vec![
                Block::Paragraph {
                    text: "Đoạn một. Câu hai có 26/31 tập đoàn.".into()
                },
                Block::Figure {
                    caption: "Ảnh một".into()
                },
                Block::Paragraph {
                    text: "Đoạn hai.".into()
                },
            ]
        );
        assert_eq!(article.byline, "Tin, ảnh: Hoàng Gia Hanh");
        assert_eq!(imported.candidates.len(), 1);
        assert_eq!(imported.candidates[0].phrase, "26/31 tập đoàn");
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
    fn bylines_in_their_forms() {
        for line in [
            "Tin, ảnh: A",
            "Tin: A",
            "Ảnh: A",
            "Bài và ảnh: A",
            "tin,ảnh:A",
        ] {
            assert!(is_byline(line), "{line}");
        }
        assert!(!is_byline("Tin tức: hôm nay"));
        assert!(!is_byline("Tin"));
    }

    #[test]
    fn first_sentence_ends_before_a_capital() {
        assert_eq!(first_sentence("Ngày 28/12. Hội nghị mở."), "Ngày 28/12.");
        assert_eq!(
            first_sentence("Số 1.480 tỷ. đồng vẫn."),
            "Số 1.480 tỷ. đồng vẫn."
        );
        assert_eq!(first_sentence("Một câu"), "Một câu");
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
            import("Tiêu đề\n\nĐoạn.\n", &o).unwrap_err(),
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
        let no_byline = "Tiêu đề\n29/12/2011 15:28\nĐoạn.\n";
        assert_eq!(import(no_byline, &o).unwrap_err(), ImportError::NoByline);
        let no_body = "Tiêu đề\n29/12/2011 15:28\nTin: A\n";
        assert_eq!(import(no_body, &o).unwrap_err(), ImportError::NoBody);
        let only_captions = "Tiêu đề\n29/12/2011 15:28\nẢnh\nẢnh\nTin: A\n";
        assert_eq!(import(only_captions, &o).unwrap_err(), ImportError::NoBody);
        for error in [
            ImportError::Empty,
            ImportError::NoDateline,
            ImportError::TooLarge { bytes: 9 },
        ] {
            assert!(!error.to_string().is_empty());
        }
    }
}
