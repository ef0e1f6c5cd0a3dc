//! Finding candidate figures in Vietnamese news text: numbers with units,
//! ratios, percentages, dates and cited documents, each with the exact phrase
//! it was read from, so an editor can keep, name and group them.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use tinso_model::format::{parse_date_vi, parse_number_vi};
use tinso_model::stats::qualifier_before;
use tinso_model::text::fold_spaces;

/// A figure as the text states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Figure {
    /// "hơn 1.480 tỷ đồng", "24 đơn vị", "280.000 USD", "03 đồng chí".
    Amount { value: f64, unit: String },
    /// "20 - 30 triệu đồng/mái ấm", "720-800 USD/tấn": two ends, one unit.
    Range { low: f64, high: f64, unit: String },
    /// "26/31 tập đoàn", "54/62 huyện", "24/38".
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
    /// Where `phrase` starts in the paragraph, in bytes.
    #[serde(skip)]
    pub start: usize,
    /// "hơn" (more than), "gần" (nearly), "khoảng" (about)…, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(flatten)]
    pub figure: Figure,
    /// Something an editor should look at, e.g. a number glued to a word.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Words for thousands, millions and billions, longest first.
const MAGNITUDES: &[&str] = &[
    "nghìn tỷ",
    "nghìn tỉ",
    "ngàn tỷ",
    "ngàn tỉ",
    "triệu",
    "nghìn",
    "ngàn",
    "tỷ",
    "tỉ",
];
/// Currencies.
const MONEY: &[&str] = &[
    "đồng",
    "USD",
    "đô la Mỹ",
    "đô la",
    "euro",
    "EUR",
    "yên",
    "nhân dân tệ",
];
/// Measures and the things news counts. "đồng chí" and "đồng bào" are
/// people, not money: the longest unit is tried first.
const THINGS: &[&str] = &[
    "tấn",
    "kg",
    "ha",
    "hecta",
    "héc-ta",
    "km",
    "m2",
    "m²",
    "m3",
    "m³",
    "lít",
    "MW",
    "kWh",
    "người",
    "hộ",
    "hộ dân",
    "hộ nghèo",
    "xã",
    "phường",
    "huyện",
    "tỉnh",
    "tỉnh, thành phố",
    "địa phương",
    "doanh nghiệp",
    "đơn vị",
    "tập đoàn",
    "đồng chí",
    "đồng bào",
    "đảng viên",
    "học sinh",
    "sinh viên",
    "giáo viên",
    "bệnh nhân",
    "ca",
    "ca mắc",
    "lượt",
    "lượt khách",
    "lượt người",
    "căn",
    "căn hộ",
    "căn nhà",
    "ngôi nhà",
    "mái ấm",
    "trường",
    "dự án",
    "công trình",
    "cây",
    "con",
    "chiếc",
    "xe",
    "sản phẩm",
    "suất",
    "phần quà",
    "tiêu chí",
    "chỉ tiêu",
    "thôn",
    "bản",
    "làng",
    "cơ sở",
    "hợp tác xã",
    "lao động",
    "việc làm",
    "thí sinh",
    "vận động viên",
    "hội viên",
    "thành viên",
    "gia đình",
    "trẻ em",
    "cán bộ",
    "chiến sĩ",
    "tàu",
    "chuyến",
    "km đường",
    "hồ sơ",
    "vụ",
    "vụ việc",
];
/// A Vietnamese number: "1.480" (dots between thousands), "85,23" (decimal
/// comma), "8532" (no separator), "03" (a leading zero).
const NUMBER: &str = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?";
/// Words before a day and month ("sáng 5/3") or a period ("năm
/// 2019/2020"): what follows is no ratio.
const NOT_BEFORE_RATIO: &[&str] = &[
    "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "tháng", "năm", "từ", "đến", "tới",
    "mùng", "rạng", "quý", "kỳ",
];

/// `words` as a regex alternation, longest first so that "tỷ đồng" wins
/// over "tỷ" and "đồng chí" over "đồng".
fn alternation(words: &[&str]) -> String {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    sorted
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A unit: a magnitude with or without a currency or thing, or either
/// alone, and a "per" part ("triệu đồng/mái ấm", "USD/tấn").
fn unit_pattern() -> String {
    let magnitude = alternation(MAGNITUDES);
    let named = alternation(&[MONEY, THINGS].concat());
    let per = alternation(&[THINGS, &["tháng", "năm", "ngày", "giờ", "lít", "kg"]].concat());
    format!(r"(?:(?:{magnitude})(?:\s+(?:{named}))?|(?:{named}))(?:\s?/\s?(?:{per}))?")
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<number>{NUMBER})\s*(?P<unit>{})",
        unit_pattern()
    ))
    .expect("valid regex")
});
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:\btừ\s+)?(?P<low>{NUMBER})\s*(?:-|–|—|\s(?:đến|tới)\s)\s*(?P<high>{NUMBER})\s*(?P<unit>{})",
        unit_pattern()
    ))
    .expect("valid regex")
});
static PERCENTAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?P<number>{NUMBER})\s?%")).expect("valid regex"));
/// A whole number, with or without dots between thousands.
const WHOLE: &str = r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+";
static RATIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<numerator>{WHOLE})/(?P<denominator>{WHOLE})(?:\s+(?P<unit>{}))?",
        alternation(THINGS)
    ))
    .expect("valid regex")
});
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<type>(?i:nghị quyết|quyết định|quy định|chỉ thị|kết luận|thông tư|nghị định|công văn|kế hoạch))\s+(?:số\s+)?(?P<code>[0-9]+[a-zđ]?(?:/[0-9]{4})?[-/]\p{Lu}+(?:[-/]\p{Lu}[\p{Lu}\p{Ll}]*)*)(?:\s+ngày\s+(?P<date>[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}))?",
    )
    .expect("valid regex")
});
static DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}").expect("valid regex"));

/// Every candidate figure in `text`, the paragraph at body index `paragraph`,
/// in the order they appear.
pub fn find_figures(paragraph: usize, text: &str) -> Vec<Candidate> {
    // Found figures by where they start; they never overlap, so the one
    // starting last before a span's end is the only one that can overlap it.
    let mut found: BTreeMap<usize, (usize, Candidate)> = BTreeMap::new();
    let candidate = |start: usize, end: usize, qualifier: Option<&str>, figure: Figure| Candidate {
        paragraph,
        phrase: text[start..end].to_owned(),
        start,
        qualifier: qualifier.map(str::to_owned),
        figure,
        note: None,
    };
    let overlaps = |found: &BTreeMap<usize, (usize, Candidate)>, start: usize, end: usize| {
        found
            .range(..end)
            .next_back()
            .is_some_and(|(_, (e, _))| *e > start)
    };

    // Documents first: their codes and dates hold digits and slashes that
    // must not be read again as ratios or plain dates.
    for m in DOCUMENT.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let date_text = m.name("date").map(|d| d.as_str());
        let date = date_text.and_then(parse_date_vi);
        let mut c = candidate(
            whole.start(),
            whole.end(),
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
        found.insert(whole.start(), (whole.end(), c));
    }
    for m in DATE.find_iter(text) {
        if overlaps(&found, m.start(), m.end()) || !standalone(text, m.start(), m.end()) {
            continue;
        }
        let start = text[..m.start()]
            .strip_suffix("ngày ")
            .map_or(m.start(), str::len);
        if let Some(date) = parse_date_vi(m.as_str()).filter(|_| !overlaps(&found, start, m.end()))
        {
            let c = candidate(start, m.end(), None, Figure::Date { date });
            found.insert(start, (m.end(), c));
        }
    }
    for m in RANGE.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let low = m.name("low").expect("group");
        if overlaps(&found, whole.start(), whole.end())
            || preceded_by_number(text, low.start())
            || !unit_ends_word(text, whole.end())
        {
            continue;
        }
        let (Some(low), Some(high)) = (parse_number_vi(&m["low"]), parse_number_vi(&m["high"]))
        else {
            continue;
        };
        if low >= high {
            continue;
        }
        let figure = Figure::Range {
            low,
            high,
            unit: fold_spaces(&m["unit"]),
        };
        found.insert(
            whole.start(),
            (
                whole.end(),
                candidate(whole.start(), whole.end(), None, figure),
            ),
        );
    }
    for m in RATIO.captures_iter(text) {
        let whole = m.get(0).expect("match");
        let digits = m.name("denominator").expect("group");
        let word_before = text[..whole.start()]
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        if overlaps(&found, whole.start(), whole.end())
            || !standalone(text, whole.start(), digits.end())
            || NOT_BEFORE_RATIO.contains(&word_before.as_str())
        {
            continue;
        }
        let whole_number = |text: &str| text.replace('.', "").parse::<u64>();
        let (Ok(numerator), Ok(denominator)) = (
            whole_number(&m["numerator"]),
            whole_number(&m["denominator"]),
        ) else {
            continue;
        };
        // "số 12/2020", "3/2024": a document's number or a month of a year.
        let year = m["denominator"].len() == 4 && (1900..=2100).contains(&denominator);
        if denominator == 0 || numerator > denominator || year {
            continue;
        }
        let unit = m.name("unit").filter(|u| unit_ends_word(text, u.end()));
        let end = unit.map_or(digits.end(), |u| u.end());
        let figure = Figure::Ratio {
            numerator,
            denominator,
            unit: unit.map(|u| fold_spaces(u.as_str())),
        };
        found.insert(
            whole.start(),
            (end, candidate(whole.start(), end, None, figure)),
        );
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
                    unit: fold_spaces(&m["unit"]),
                }
            };
            // The hedge before the number, by the rule the check applies.
            let before = &text[..whole.start()];
            let qualifier = qualifier_before(before);
            let start = qualifier.map_or(whole.start(), |q| before.trim_end().len() - q.len());
            if overlaps(&found, start, whole.end()) {
                continue;
            }
            let mut c = candidate(start, whole.end(), qualifier, figure);
            if before.chars().next_back().is_some_and(char::is_alphabetic) {
                c.note =
                    Some("the number is glued to the word before it in the source text".into());
            }
            found.insert(start, (whole.end(), c));
        }
    }
    found.into_values().map(|(_, c)| c).collect()
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
        assert_eq!(phrases("có 3/4 hội đồng"), vec!["3/4"]);
        assert_eq!(phrases("có 5 hội đồng và 7 hộ"), vec!["7 hộ"]);
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

    fn amount(value: f64, unit: &str) -> Figure {
        Figure::Amount {
            value,
            unit: unit.into(),
        }
    }

    #[test]
    fn magnitudes_in_both_spellings_and_three_decimals() {
        for (text, phrase, figure) in [
            (
                "thu 12.500 tỉ đồng",
                "12.500 tỉ đồng",
                amount(12_500.0, "tỉ đồng"),
            ),
            ("đạt 1,2 tỷ USD", "1,2 tỷ USD", amount(1.2, "tỷ USD")),
            (
                "850 nghìn tấn lúa",
                "850 nghìn tấn",
                amount(850.0, "nghìn tấn"),
            ),
            (
                "120 ngàn tấn ngô",
                "120 ngàn tấn",
                amount(120.0, "ngàn tấn"),
            ),
            (
                "quyên góp 850 triệu đồng",
                "850 triệu đồng",
                amount(850.0, "triệu đồng"),
            ),
            (
                "1.926,684 tỷ đồng",
                "1.926,684 tỷ đồng",
                amount(1926.684, "tỷ đồng"),
            ),
            ("có 8532 căn nhà", "8532 căn nhà", amount(8532.0, "căn nhà")),
            (
                "khen thưởng 03 đồng chí",
                "03 đồng chí",
                amount(3.0, "đồng chí"),
            ),
            (
                "giá 7.500 đồng/kg",
                "7.500 đồng/kg",
                amount(7500.0, "đồng/kg"),
            ),
        ] {
            let c = only(text);
            assert_eq!((c.phrase.as_str(), c.figure), (phrase, figure), "{text}");
        }
    }

    #[test]
    fn every_qualifier_stays_with_its_number() {
        for (text, qualifier) in [
            ("trên 500 hộ", "trên"),
            ("hơn 3 tấn", "hơn"),
            ("gần 800 triệu USD", "gần"),
            ("khoảng 70 hộ", "khoảng"),
            ("lên tới 1.000 người", "tới"),
            ("gần như 100%", "gần như"),
        ] {
            let c = only(text);
            assert_eq!(c.qualifier.as_deref(), Some(qualifier), "{text}");
            assert!(c.phrase.starts_with(qualifier), "{text}: {}", c.phrase);
        }
        // Glued to another word, a qualifier is not one: "nhanh hơn" is not a hedge.
        assert_eq!(only("cầnhơn 5 hộ").qualifier, None);
    }

    #[test]
    fn ranges_are_two_ends_of_one_unit() {
        for (text, phrase, low, high, unit) in [
            (
                "hỗ trợ 20 - 30 triệu đồng/mái ấm",
                "20 - 30 triệu đồng/mái ấm",
                20.0,
                30.0,
                "triệu đồng/mái ấm",
            ),
            (
                "giá 720-800 USD/tấn",
                "720-800 USD/tấn",
                720.0,
                800.0,
                "USD/tấn",
            ),
            ("thu về từ 2 đến 3 tấn", "từ 2 đến 3 tấn", 2.0, 3.0, "tấn"),
            (
                "từ 40 – 60 triệu đồng",
                "từ 40 – 60 triệu đồng",
                40.0,
                60.0,
                "triệu đồng",
            ),
        ] {
            let c = only(text);
            assert_eq!(c.phrase, phrase, "{text}");
            assert_eq!(
                c.figure,
                Figure::Range {
                    low,
                    high,
                    unit: unit.into()
                },
                "{text}"
            );
        }
        // Years are no range.
        assert_eq!(phrases("nhiệm kỳ 2020-2025"), Vec::<String>::new());
    }

    #[test]
    fn ratios_with_separators_or_no_unit_and_not_days() {
        let c = only("có 9.812/9.900 thí sinh đỗ");
        assert_eq!(
            c.figure,
            Figure::Ratio {
                numerator: 9812,
                denominator: 9900,
                unit: Some("thí sinh".into())
            }
        );
        let c = only("đạt 24/38 tiêu chí");
        assert_eq!(c.phrase, "24/38 tiêu chí");
        assert_eq!(phrases("tỷ số 24/38 là"), vec!["24/38"]);
        // A day and month after a time of day or "ngày" is a date.
        for text in [
            "Sáng 3/2, Sở Y tế",
            "chiều 2/9 tại quảng trường",
            "ngày 10/12 tới",
            "số 12/2020",
        ] {
            assert_eq!(phrases(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn document_codes_in_mixed_case() {
        let c = only("Quyết định 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng");
        assert_eq!(
            c.figure,
            Figure::Document {
                document_type: "Quyết định".into(),
                code: "749/QĐ-TTg".into(),
                date: Some("2020-06-03".into())
            }
        );
    }
}
