//! Who a text comes from: bylines ("Tin, ảnh: …", "PV", an author's name
//! on its own line, "Ảnh: S.C"), source credits ("Theo TTO") and the news
//! agency's mark that opens a lead ("(ĐN) -", "(GLO)-").

use std::sync::LazyLock;

use regex::Regex;

/// What a short line says about who wrote the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credit {
    /// Written or photographed by: "Tin, ảnh: Hoàng Gia Hanh", "PV",
    /// "NGUYỄN VĂN A", "Ảnh: S.C". Kept as printed.
    Byline(String),
    /// Taken from another publication: "Theo TTO" (parentheses dropped).
    Source(String),
}

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:tin|bài|bài viết)(?:\s*,?\s*(?:và\s+)?ảnh)?|ảnh|tin\s+và\s+ảnh|thực\s+hiện|nhóm\s+phóng\s+viên)\s*:\s*\S")
        .expect("valid regex")
});
static NEWSROOM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:nhóm\s+)?(?:pv|p\.v|ptv|ctv|btv|phóng\s+viên)(?:\s*[/+,]\s*[\p{L}.]+|\s+[\p{L}.]+){0,3}$")
        .expect("valid regex")
});
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?\s*(?P<credit>(?:Theo|Nguồn)\s*:?\s+[^,;]{1,60}?)\s*\)?\s*\.?$")
        .expect("valid regex")
});
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\((?P<paren>[\p{Lu}][\p{L}.]{0,15})\)|(?P<bare>[\p{Lu}]{2,6}))\s*[-–—]\s*\S")
        .expect("valid regex")
});

/// What `line` credits, if it is a byline or a source credit. A name alone
/// counts only where bylines stand (under the title, at the end): above
/// the title a short title in capitals looks the same.
pub fn credit(line: &str) -> Option<Credit> {
    marked_credit(line).or_else(|| is_name(line).then(|| Credit::Byline(line.to_owned())))
}

/// A credit by its form alone: labelled, a newsroom's mark, or "Theo …".
pub fn marked_credit(line: &str) -> Option<Credit> {
    if line.chars().count() > 120 {
        return None;
    }
    if LABELLED.is_match(line) || NEWSROOM.is_match(line) {
        return Some(Credit::Byline(line.to_owned()));
    }
    let m = SOURCE.captures(line)?;
    (line.split_whitespace().count() <= 8).then(|| Credit::Source(m["credit"].to_owned()))
}

/// A person's name alone on a line: two to five words, each capitalised
/// or the whole in capitals, letters and initials only ("Nguyễn Văn A",
/// "TRẦN THỊ B", "Lê Q.").
pub fn is_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && line.chars().count() <= 40
        && words.iter().all(|word| {
            word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

/// True for the labelled forms ("Tin, ảnh: …", "Tin: …", "Ảnh: …") that
/// are a byline wherever they stand.
pub fn is_labelled_byline(line: &str) -> bool {
    LABELLED.is_match(line) && line.chars().count() <= 120
}

/// The agency's mark at the start of a lead: "(ĐN) - Sáng nay…" → "ĐN".
pub fn agency(lead: &str) -> Option<String> {
    let m = AGENCY.captures(lead)?;
    let mark = m.name("paren").or_else(|| m.name("bare"))?;
    Some(mark.as_str().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(line: &str) -> Option<Credit> {
        Some(Credit::Byline(line.to_owned()))
    }

    #[test]
    fn bylines_in_their_forms() {
        for line in [
            "Tin, ảnh: A",
            "Tin: A",
            "Ảnh: A",
            "Ảnh: S.C",
            "Bài và ảnh: A",
            "tin,ảnh:A",
            "PV",
            "Nhóm PV",
            "PV Thời sự",
            "CTV Minh Anh",
            "Nguyễn Văn A",
            "TRẦN THỊ BÍCH NGỌC",
            "Lê Q. Hùng",
        ] {
            assert_eq!(credit(line), byline(line), "{line}");
        }
    }

    #[test]
    fn source_credits() {
        assert_eq!(credit("Theo TTO"), Some(Credit::Source("Theo TTO".into())));
        assert_eq!(
            credit("(Theo Báo Đà Nẵng)"),
            Some(Credit::Source("Theo Báo Đà Nẵng".into()))
        );
        assert_eq!(
            credit("Nguồn: Sở Y tế"),
            Some(Credit::Source("Nguồn: Sở Y tế".into()))
        );
    }

    #[test]
    fn sentences_are_not_credits() {
        for line in [
            "Tin tức: hôm nay",
            "Tin",
            "Theo ông A, dự án sẽ hoàn thành vào cuối năm.",
            "Hội nghị tổng kết năm",
            "Sáng nay, Hà Nội mưa to.",
            "Thông tin thêm về dự án",
        ] {
            assert_eq!(credit(line), None, "{line}");
        }
    }

    #[test]
    fn agency_marks_on_the_lead() {
        assert_eq!(agency("(ĐN) - Sáng 5/3, Sở Y tế…").as_deref(), Some("ĐN"));
        assert_eq!(agency("(GLO)- Chiều qua…").as_deref(), Some("GLO"));
        assert_eq!(
            agency("(Chinhphu.vn) - Thủ tướng…").as_deref(),
            Some("Chinhphu.vn")
        );
        assert_eq!(agency("TTO - Sáng nay…").as_deref(), Some("TTO"));
        assert_eq!(agency("Sáng nay (5/3) - trời mưa"), None);
        assert_eq!(agency("(Ảnh minh họa)"), None);
    }
}
