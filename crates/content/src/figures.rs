//! Finding candidate figures in Vietnamese news text: numbers with units,
//! ratios, percentages, dates and cited documents, each with the exact phrase
//! it was read from, so an editor can keep, name and group them.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use tinso_model::format::{parse_date_vi, parse_number_vi};

/// A figure as the text states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Figure {
    /// "hơn 1.480 tỷ đồng", "24 đơn vị", "280.000 USD".
    Amount { value: f64, unit: String },
    /// "26/31 tập đoàn", "54/62 huyện".
    Ratio {
        numerator: u64,
        denominator: u64,
        #[serde(skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// "87%", "85,23 %".
    Percentage { value: f64 },
    /// "Quyết định số 162-QĐ/ĐUK ngày 24/02/2011".
    Document {
        document_type: String,
        code: String,
        /// ISO date (YYYY-MM-DD) when the text gives one.
        #[serde(skip_serializing_if = "Option::is_none")]
        date: Option<String>,
    },
    /// "ngày 28/12/2011" outside a document reference.
    Date { date: String },
}

/// A figure found in one paragraph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Index of the paragraph in the article's `body`.
    pub paragraph: usize,
    /// The exact text it was read from, a substring of the paragraph.
    pub phrase: String,
    /// "hơn" (more than), "gần" (nearly), "khoảng" (about)…, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(flatten)]
    pub figure: Figure,
    /// Something an editor should look at, e.g. a number glued to a word.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

const QUALIFIERS: &str = r"hơn|gần|khoảng|trên|dưới|xấp xỉ|ước|gần như";
/// Units after a number, longest first so "tỷ đồng" wins over "đồng". The
/// regex crate has no look-ahead, so [`unit_ends_word`] checks that a unit
/// is not the start of a longer word ("hộ" in "hội").
const UNITS: &str = r"nghìn tỷ đồng|tỷ đồng|triệu đồng|nghìn đồng|ngàn đồng|tỷ USD|triệu USD|USD|đồng|huyện|đơn vị|tập đoàn|doanh nghiệp|người|tỉnh|xã|hộ";
/// A Vietnamese number: "1.480" (dots between thousands), "85,23" (decimal comma).
const NUMBER: &str = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?";

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\b(?P<qualifier>{QUALIFIERS})\s+)?(?P<number>{NUMBER})\s*(?P<unit>{UNITS})"
    ))
    .expect("valid regex")
});
static PERCENTAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\b(?P<qualifier>{QUALIFIERS})\s+)?(?P<number>{NUMBER})\s?%"
    ))
    .expect("valid regex")
});
static RATIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<numerator>\d+)/(?P<denominator>\d+)(?:\s+(?P<unit>{UNITS}))?"
    ))
    .expect("valid regex")
});
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<type>(?i:nghị quyết|quyết định|quy định|chỉ thị|kết luận|thông tư|nghị định|công văn|kế hoạch))\s+(?:số\s+)?(?P<code>\d+[a-zđ]?(?:/\d{4})?[-/]\p{Lu}+(?:[-/]\p{Lu}+)*)(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?",
    )
    .expect("valid regex")
});
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{1,2}/\d{1,2}/\d{4}").expect("valid regex"));

/// Every candidate figure in `text`, the paragraph at body index `paragraph`,
/// in the order they appear.
pub fn find_figures(paragraph: usize, text: &str) -> Vec<Candidate> {
    let mut found: Vec<(usize, usize, Candidate)> = Vec::new();
    let candidate = |phrase: &str, qualifier: Option<&str>, figure: Figure| Candidate {
        paragraph,
        phrase: phrase.to_owned(),
        qualifier: qualifier.map(str::to_owned),
        figure,
        note: None,
    };
    let overlaps = |found: &[(usize, usize, Candidate)], start: usize, end: usize| {
        found.iter().any(|(s, e, _)| start < *e && *s < end)
    };

    // Documents first: their codes and dates hold digits and slashes that
    // must not be read again as ratios or plain dates.
    for m in DOCUMENT.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let date_text = m.name("date").map(|d| d.as_str());
        let date = date_text.and_then(parse_date_vi);
        let mut c = candidate(
            whole.as_str(),
            None,
            Figure::Document {
                document_type: capitalized(&m["type"]),
                code: m["code"].to_owned(),
                date: date.clone(),
            },
        );
        if date_text.is_some() && date.is_none() {
            c.note = Some(format!(
                "\"{}\" is not a real date",
                date_text.unwrap_or_default()
            ));
        }
        found.push((whole.start(), whole.end(), c));
    }
    for m in DATE.find_iter(text) {
        if overlaps(&found, m.start(), m.end()) || !standalone(text, m.start(), m.end()) {
            continue;
        }
        if let Some(date) = parse_date_vi(m.as_str()) {
            let (start, phrase) = match text[..m.start()].strip_suffix("ngày ") {
                Some(before) => (before.len(), &text[before.len()..m.end()]),
                None => (m.start(), m.as_str()),
            };
            found.push((
                start,
                m.end(),
                candidate(phrase, None, Figure::Date { date }),
            ));
        }
    }
    for m in RATIO.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let digits = m.name("denominator").expect("group");
        if overlaps(&found, whole.start(), whole.end())
            || !standalone(text, whole.start(), digits.end())
        {
            continue;
        }
        let (Ok(numerator), Ok(denominator)) = (m["numerator"].parse(), m["denominator"].parse())
        else {
            continue;
        };
        if denominator == 0 {
            continue;
        }
        let unit = m.name("unit").filter(|u| unit_ends_word(text, u.end()));
        let end = unit.map_or(digits.end(), |u| u.end());
        let figure = Figure::Ratio {
            numerator,
            denominator,
            unit: unit.map(|u| u.as_str().to_owned()),
        };
        let phrase = &text[whole.start()..end];
        found.push((whole.start(), end, candidate(phrase, None, figure)));
    }
    for (regex, is_percentage) in [(&*PERCENTAGE, true), (&*AMOUNT, false)] {
        for m in regex.captures_iter(text) {
            let whole = m.get(0).expect("match");
            let number = m.name("number").expect("group");
            if overlaps(&found, whole.start(), whole.end())
                || preceded_by_number(text, number.start())
                || (!is_percentage && !unit_ends_word(text, whole.end()))
            {
                continue;
            }
            let Some(value) = parse_number_vi(number.as_str()) else {
                continue;
            };
            let figure = if is_percentage {
                Figure::Percentage { value }
            } else {
                Figure::Amount {
                    value,
                    unit: m["unit"].to_owned(),
                }
            };
            let qualifier = m.name("qualifier").map(|q| q.as_str());
            let mut c = candidate(whole.as_str(), qualifier, figure);
            if text[..number.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            {
                c.note =
                    Some("the number is glued to the word before it in the source text".into());
            }
            found.push((whole.start(), whole.end(), c));
        }
    }
    found.sort_by_key(|(start, _, _)| *start);
    found.into_iter().map(|(_, _, c)| c).collect()
}

/// True when text[start..end] is not part of a longer number, date or code.
fn standalone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '.' || c == ',')
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '/')
}

/// True when the unit ending at `end` is a whole word: no letter follows.
/// A digit may ("USD18,026" is a typo in the source, not a longer word).
fn unit_ends_word(text: &str, end: usize) -> bool {
    !text[end..].chars().next().is_some_and(char::is_alphabetic)
}

/// True when the digits at `start` continue a number or date before them.
fn preceded_by_number(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(c) if c.is_ascii_digit() || c == '/' => true,
        Some('.' | ',') => before.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

fn capitalized(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        find_figures(0, text)
            .into_iter()
            .map(|c| c.phrase)
            .collect()
    }

    fn only(text: &str) -> Candidate {
        let found = find_figures(0, text);
        assert_eq!(found.len(), 1, "{found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn amounts_keep_their_qualifier() {
        let c = only("với số tiền đã hỗ trợ hơn 1.480 tỷ đồng bằng");
        assert_eq!(c.phrase, "hơn 1.480 tỷ đồng");
        assert_eq!(c.qualifier.as_deref(), Some("hơn"));
        assert_eq!(
            c.figure,
            Figure::Amount {
                value: 1480.0,
                unit: "tỷ đồng".into()
            }
        );

        let c = only("với số tiền gần 6.000 tỷ đồng.");
        assert_eq!(c.phrase, "gần 6.000 tỷ đồng");
        assert_eq!(c.qualifier.as_deref(), Some("gần"));

        let c = only("khảo sát 24 đơn vị cơ sở");
        assert_eq!(
            c.figure,
            Figure::Amount {
                value: 24.0,
                unit: "đơn vị".into()
            }
        );
        assert_eq!(c.qualifier, None);

        let c = only("khoảng 3,5 triệu đồng mỗi tháng");
        assert_eq!(c.phrase, "khoảng 3,5 triệu đồng");
    }

    #[test]
    fn percentages_with_and_without_a_space() {
        let c = only("bằng 87% tổng số");
        assert_eq!(
            (c.phrase.as_str(), c.figure),
            ("87%", Figure::Percentage { value: 87.0 })
        );
        let c = only("bằng 85,23 % so với");
        assert_eq!(
            (c.phrase.as_str(), c.figure),
            ("85,23 %", Figure::Percentage { value: 85.23 })
        );
    }

    #[test]
    fn ratios_but_not_dates_or_codes() {
        let found = find_figures(
            4,
            "có 26/31 tập đoàn, tổng công ty hỗ trợ 54/62 huyện nghèo",
        );
        assert_eq!(
            found
                .iter()
                .map(|c| (&c.phrase[..], &c.figure))
                .collect::<Vec<_>>(),
            vec![
                (
                    "26/31 tập đoàn",
                    &Figure::Ratio {
                        numerator: 26,
                        denominator: 31,
                        unit: Some("tập đoàn".into())
                    }
                ),
                (
                    "54/62 huyện",
                    &Figure::Ratio {
                        numerator: 54,
                        denominator: 62,
                        unit: Some("huyện".into())
                    }
                ),
            ]
        );
        assert_eq!(found[0].paragraph, 4);
        assert_eq!(phrases("nhiệm kỳ 2012-2017"), Vec::<String>::new());
        // "hộ" is a unit, but not the start of "hội".
        assert_eq!(phrases("có 3/4 hội viên"), vec!["3/4"]);
        assert_eq!(phrases("có 5 hội viên và 7 hộ"), vec!["7 hộ"]);
        assert_eq!(
            phrases("Sáng ngày 28/12/2011, tại Hà Nội"),
            vec!["ngày 28/12/2011"]
        );
    }

    #[test]
    fn documents_with_their_dates() {
        let c = only("ban hành Quyết định số 162-QĐ/ĐUK ngày 24/02/2011 thành lập");
        assert_eq!(c.phrase, "Quyết định số 162-QĐ/ĐUK ngày 24/02/2011");
        assert_eq!(
            c.figure,
            Figure::Document {
                document_type: "Quyết định".into(),
                code: "162-QĐ/ĐUK".into(),
                date: Some("2011-02-24".into()),
            }
        );
        // A date at the end of a sentence: the full stop is not part of it.
        let c = only("thực hiện Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008.");
        assert_eq!(c.phrase, "Nghị quyết 30a/2008/NQ-CP ngày 27/12/2008");
        assert!(
            matches!(c.figure, Figure::Document { ref code, ref date, .. }
            if code == "30a/2008/NQ-CP" && date.as_deref() == Some("2008-12-27"))
        );
        let c = only("Quy định 222-QĐ/TW ngày 08/5/2009 của Ban Bí thư");
        assert!(
            matches!(c.figure, Figure::Document { ref date, .. } if date.as_deref() == Some("2009-05-08"))
        );
        let c = only("thực hiện Chỉ thị số 03-CT/ĐUK của Ban Thường vụ");
        assert!(matches!(c.figure, Figure::Document { ref date, .. } if date.is_none()));
        let c = only("Quyết định 1-QĐ/TW ngày 31/02/2011");
        assert!(c.note.unwrap().contains("not a real date"));
    }

    #[test]
    fn glued_numbers_are_found_and_flagged() {
        let found = find_figures(0, "sóng thần 280.000 USD18,026 tỷ đồng).");
        assert_eq!(
            found.iter().map(|c| c.phrase.as_str()).collect::<Vec<_>>(),
            ["280.000 USD", "18,026 tỷ đồng"]
        );
        assert_eq!(
            found[0].figure,
            Figure::Amount {
                value: 280_000.0,
                unit: "USD".into()
            }
        );
        assert_eq!(
            found[1].figure,
            Figure::Amount {
                value: 18.026,
                unit: "tỷ đồng".into()
            }
        );
        assert!(found[0].note.is_none());
        assert!(found[1].note.as_deref().unwrap().contains("glued"));
    }

    #[test]
    fn every_phrase_is_a_substring_of_its_paragraph() {
        let text = "Đến nay, có 26/31 tập đoàn hỗ trợ 54/62 huyện nghèo bằng 87% tổng số, hơn 1.480 tỷ đồng bằng 85,23 % so với tổng số vốn.";
        let found = find_figures(0, text);
        assert_eq!(found.len(), 5);
        assert!(found.iter().all(|c| text.contains(&c.phrase)));
    }
}
