//! What a scrape or a paste leaves in the text that is not the article:
//! lines recognised wherever they stand. Debris that only position reveals
//! (a page header above the title, headlines after the byline) is found
//! where the article's parts are laid out (`layout`).

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

/// A line of the raw text left out of the article, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// Its number in the raw file, from 1.
    pub line: usize,
    pub text: String,
    pub reason: Reason,
}

/// Why a line was left out of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// ".", "-", ";": no letter or digit.
    NoText,
    /// "1": a number alone on a line (a counter or a page number).
    LoneNumber,
    /// "Xem với cỡ chữ", "• Click để copy", "Xem bản gốc tại đây".
    PageControl,
    /// "Link nội dung: https://…": an address, not text.
    Link,
    /// "* Mời quý độc giả …": the site's invitation to its readers.
    Invitation,
    /// `tle="http://…">`: HTML that leaked into the text.
    Markup,
    /// "Bat ngo voi … - Anh 1": an image's alt text, written without diacritics.
    AltText,
    /// The site's name or section names above the title.
    PageHeader,
    /// A list of other articles' headlines.
    Navigation,
    /// A line printed twice: the second copy of a caption or of the lead.
    PrintedTwice,
    /// A date of the page rather than of the article, or a second dateline.
    OtherDateline,
    /// Replaced by an option (`--title`, `--byline`).
    ReplacedByOption,
}

impl Reason {
    /// What the report says.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::NoText => "no letter or digit",
            Reason::LoneNumber => "a number alone on a line",
            Reason::PageControl => "a control of the web page",
            Reason::Link => "a link, not text",
            Reason::Invitation => "the site's invitation to readers",
            Reason::Markup => "HTML left in the text",
            Reason::AltText => "image alt text without diacritics",
            Reason::PageHeader => "the site's name or page header above the title",
            Reason::Navigation => "a list of other headlines",
            Reason::PrintedTwice => "printed twice",
            Reason::OtherDateline => "a page date, not the article's",
            Reason::ReplacedByOption => "replaced by an option",
        }
    }
}

/// Controls of the page that scrapes keep, compared lowercased with
/// bullets and closing punctuation trimmed.
const PAGE_CONTROLS: [&str; 16] = [
    "xem với cỡ chữ",
    "cỡ chữ",
    "click để copy",
    "xem bản gốc tại đây",
    "xem bản gốc",
    "in bài viết",
    "in bài",
    "gửi bài viết",
    "chia sẻ",
    "chia sẻ bài viết",
    "lưu bài viết",
    "bình luận",
    "đánh giá bài viết",
    "nghe bài viết",
    "đọc bài viết",
    "quay lại",
];

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:https?://|www\.)\S+").expect("valid regex"));
static MARKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?:=\s*"(?:https?:)?//|"\s*/?>|</?[a-z][a-z0-9]*(?:\s[^>]*)?/?>|&(?:nbsp|amp|quot|lt|gt);)"#)
        .expect("valid regex")
});
static INVITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[*•\-–>]*\s*mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc|quý\s+vị)")
        .expect("valid regex")
});
static ALT_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s[-–]\s*[aả]nh\s+[0-9]{1,2}$").expect("valid regex"));

/// The reason `line` is debris wherever it stands, if it is.
pub fn line_debris(line: &str) -> Option<Reason> {
    if !line.chars().any(char::is_alphanumeric) {
        return Some(Reason::NoText);
    }
    if line.len() <= 3 && line.chars().all(|c| c.is_ascii_digit()) {
        return Some(Reason::LoneNumber);
    }
    let bare = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if PAGE_CONTROLS.contains(&bare.as_str()) {
        return Some(Reason::PageControl);
    }
    if MARKUP.is_match(line) {
        return Some(Reason::Markup);
    }
    if INVITATION.is_match(line) {
        return Some(Reason::Invitation);
    }
    if is_link_line(line) {
        return Some(Reason::Link);
    }
    if ALT_TEXT.is_match(line) && !has_diacritics(line) {
        return Some(Reason::AltText);
    }
    None
}

/// An address alone, or after a short label ("Link nội dung: https://…").
fn is_link_line(line: &str) -> bool {
    let Some(url) = URL.find(line) else {
        return false;
    };
    let before = line[..url.start()].trim();
    let after = line[url.end()..].trim();
    after.chars().all(|c| !c.is_alphanumeric())
        && before.split_whitespace().count() <= 5
        && (before.is_empty() || before.ends_with(':') || before.ends_with('-'))
}

/// True when `text` has a letter outside ASCII (Vietnamese text nearly
/// always does: "ă", "ơ", "đ", a tone mark).
pub fn has_diacritics(text: &str) -> bool {
    text.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debris_in_its_forms() {
        for (line, reason) in [
            (".", Reason::NoText),
            ("-", Reason::NoText),
            (";", Reason::NoText),
            ("1", Reason::LoneNumber),
            ("Xem với cỡ chữ", Reason::PageControl),
            ("• Click để copy", Reason::PageControl),
            ("Xem bản gốc tại đây", Reason::PageControl),
            (
                "Link nội dung: https://example.vn/bai-viet-1.html",
                Reason::Link,
            ),
            ("https://example.vn/bai-viet-1.html", Reason::Link),
            (
                "* Mời quý độc giả theo dõi các chương trình trên ứng dụng của đài",
                Reason::Invitation,
            ),
            (r#"tle="http://example.vn/anh.jpg">"#, Reason::Markup),
            ("<p>", Reason::Markup),
            (
                "Nong dan thu hoach lua tren canh dong - Anh 1",
                Reason::AltText,
            ),
        ] {
            assert_eq!(line_debris(line), Some(reason), "{line}");
        }
    }

    #[test]
    fn text_is_not_debris() {
        for line in [
            "Bình luận của ông A về dự án được nhiều người đồng tình.",
            "Theo báo cáo, có 1.234 hộ dân được hỗ trợ.",
            "Chi tiết xem tại trang https://example.vn của Sở, nơi đăng toàn văn quyết định.",
            "Nông dân thu hoạch lúa - Ảnh 1",
            "2020",
            "Mời gọi đầu tư vào khu công nghiệp",
        ] {
            assert_eq!(line_debris(line), None, "{line}");
        }
    }
}
