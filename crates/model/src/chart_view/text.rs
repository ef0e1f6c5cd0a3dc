//! Chart text, all generated from the data: rough widths for placing
//! labels and wrapping them, numbers as the text writes them, values with
//! their qualifier, the arithmetic a reader can check, dates, and a
//! Vietnamese description of each chart for screen readers.

use crate::format::{decimals_of, number_vi, numbers_in};
use crate::stats::{ChartKind, Dataset, Value};

/// A rough width of `text` in pixels at `font_size`, for label placement
/// (Vietnamese text in a sans-serif face averages about 0.55 em a character).
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * 0.55
}

/// What kind of chart, in words.
pub fn kind_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Bars => "Biểu đồ thanh ngang",
        ChartKind::PartOfWhole => "Biểu đồ tỷ lệ",
        ChartKind::Timeline => "Dòng thời gian",
    }
}

/// Breaks `text` into lines at most `max_width` pixels wide (estimated with
/// [`text_width`]); a word longer than a line gets a line of its own.
pub fn wrap_text(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && text_width(&format!("{line} {word}"), font_size) > max_width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The number of a value as the text writes it ("34,450", "1.480"), or in
/// vi-VN notation for a derived value ("1.736,5").
pub fn number_text(value: &Value) -> Option<String> {
    let number = value.number?;
    if let Some(source) = &value.source {
        // The token of the quote that states this number, as written.
        let written = source
            .quote
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|token| token.trim_end_matches(['.', ',']))
            .find(|token| {
                numbers_in(token)
                    .first()
                    .is_some_and(|n| (n - number).abs() < 1e-9)
            });
        if let Some(token) = written {
            return Some(token.to_owned());
        }
    }
    let decimals = if number.fract() == 0.0 { 0 } else { 1 };
    Some(number_vi(number, decimals))
}

/// The value as a reader should read it, qualifier kept: "hơn 1.480 tỷ đồng",
/// "26/31 tập đoàn…", "khoảng 1.736,5 tỷ đồng (tính ra)".
pub fn value_text(value: &Value) -> String {
    let mut text = String::new();
    if let Some(qualifier) = &value.qualifier {
        text.push_str(qualifier);
        text.push(' ');
    }
    if value.derived.is_some() {
        text.push_str("khoảng ");
    }
    match (number_text(value), value.of) {
        (Some(number), Some(of)) => text.push_str(&format!("{number}/{}", number_vi(of, 0))),
        (Some(number), None) => text.push_str(&number),
        (None, _) => {}
    }
    if !value.unit.is_empty() {
        if value.unit != "%" {
            text.push(' ');
        }
        text.push_str(&value.unit);
    }
    if value.derived.is_some() {
        text.push_str(" (tính ra)");
    }
    text.trim().to_owned()
}

/// The arithmetic behind a part of a whole, for readers to check:
/// "54/62 = 87,1% ≈ 87% ✓", or "26/31 = 83,9%" without a stated percentage.
pub fn arithmetic_text(value: &Value) -> Option<String> {
    let (number, of) = (value.number?, value.of?);
    let computed = value.computed_percent()?;
    let mut text = format!(
        "{}/{} = {}%",
        number_vi(number, 0),
        number_vi(of, 0),
        number_vi(computed, 1)
    );
    if let Some(stated) = value.stated_percent {
        let decimals = decimals_of(stated);
        let verdict = if value.percent_agrees() == Some(true) {
            "✓"
        } else {
            "✗ không khớp"
        };
        text.push_str(&format!(" ≈ {}% {verdict}", number_vi(stated, decimals)));
    }
    Some(text)
}

/// A Vietnamese description of the chart from its data, for `role="img"`.
pub fn describe(dataset: &Dataset) -> String {
    let kind = kind_name(dataset.chart);
    let items: Vec<String> = dataset
        .values
        .iter()
        .map(|value| match (&value.date, dataset.chart) {
            (Some(date), ChartKind::Timeline) => format!("{}: {}", iso_date_vi(date), value.label),
            _ => {
                let mut item = format!("{}: {}", value.label, value_text(value));
                if let Some(percent) = value.computed_percent() {
                    item.push_str(&format!(" ({}%)", number_vi(percent, 1)));
                }
                item
            }
        })
        .collect();
    format!(
        "{kind} “{}”, {} mục. {}.",
        dataset.title,
        dataset.values.len(),
        items.join("; ")
    )
}

/// "2011-02-24" → "24/02/2011".
pub fn iso_date_vi(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
    }
}

/// "Label: value as written" for a number, "date: label" for an event.
pub(super) fn mark_name(value: &Value, kind: ChartKind) -> String {
    match (&value.date, kind) {
        (Some(date), ChartKind::Timeline) => format!("{}: {}", iso_date_vi(date), value.label),
        _ => format!("{}: {}", value.label, value_text(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::{Derivation, Source};

    fn value(number: f64, unit: &str, quote: &str) -> Value {
        Value {
            id: "v".into(),
            label: "Nhãn".into(),
            number: Some(number),
            unit: unit.into(),
            qualifier: None,
            of: None,
            stated_percent: None,
            date: None,
            source: Some(Source {
                paragraph: 0,
                quote: quote.into(),
            }),
            derived: None,
            note: None,
        }
    }

    #[test]
    fn text_wraps_at_word_boundaries() {
        let lines = wrap_text(
            "Tập đoàn, tổng công ty, ngân hàng thực hiện cam kết",
            160.0,
            14.0,
        );
        assert_eq!(
            lines,
            ["Tập đoàn, tổng công", "ty, ngân hàng thực", "hiện cam kết"]
        );
        assert!(lines.iter().all(|l| text_width(l, 14.0) <= 160.0));
        assert_eq!(wrap_text("  ", 100.0, 14.0), Vec::<String>::new());
        assert_eq!(wrap_text("30a/2008/NQ-CP", 10.0, 14.0), ["30a/2008/NQ-CP"]);
    }

    #[test]
    fn numbers_read_as_the_text_writes_them() {
        assert_eq!(
            number_text(&value(34.45, "tỷ đồng", "miền Trung 34,450 tỷ đồng")).unwrap(),
            "34,450"
        );
        assert_eq!(
            number_text(&value(1480.0, "tỷ đồng", "hơn 1.480 tỷ đồng")).unwrap(),
            "1.480"
        );
        let mut derived = value(1736.5, "tỷ đồng", "");
        derived.source = None;
        derived.derived = Some(Derivation {
            formula: "a ÷ b".into(),
            inputs: vec!["a".into()],
        });
        assert_eq!(value_text(&derived), "khoảng 1.736,5 tỷ đồng (tính ra)");
        let mut hedged = value(1480.0, "tỷ đồng", "hơn 1.480 tỷ đồng");
        hedged.qualifier = Some("hơn".into());
        assert_eq!(value_text(&hedged), "hơn 1.480 tỷ đồng");
        assert_eq!(value_text(&value(85.23, "%", "85,23 % so với")), "85,23%");
    }

    #[test]
    fn arithmetic_a_reader_can_check() {
        let mut districts = value(54.0, "huyện", "54/62 huyện nghèo bằng 87%");
        districts.of = Some(62.0);
        districts.stated_percent = Some(87.0);
        assert_eq!(
            arithmetic_text(&districts).unwrap(),
            "54/62 = 87,1% ≈ 87% ✓"
        );
        districts.stated_percent = Some(88.0);
        assert_eq!(
            arithmetic_text(&districts).unwrap(),
            "54/62 = 87,1% ≈ 88% ✗ không khớp"
        );
        let mut corporations = value(26.0, "tập đoàn", "26/31 tập đoàn");
        corporations.of = Some(31.0);
        assert_eq!(arithmetic_text(&corporations).unwrap(), "26/31 = 83,9%");
        assert_eq!(arithmetic_text(&value(24.0, "đơn vị", "24 đơn vị")), None);
    }

    #[test]
    fn descriptions_are_vietnamese_sentences_from_the_data() {
        let mut districts = value(54.0, "huyện", "54/62 huyện nghèo bằng 87%");
        districts.label = "Huyện nghèo được hỗ trợ".into();
        districts.of = Some(62.0);
        let dataset = Dataset {
            id: "d".into(),
            title: "Chương trình 30a".into(),
            description: "x".into(),
            chart: ChartKind::PartOfWhole,
            values: vec![districts],
            notes: vec![],
        };
        assert_eq!(
            describe(&dataset),
            "Biểu đồ tỷ lệ “Chương trình 30a”, 1 mục. Huyện nghèo được hỗ trợ: 54/62 huyện (87,1%)."
        );
        let mut event = value(0.0, "", "ngày 24/02/2011");
        event.number = None;
        event.label = "Quyết định 162".into();
        event.date = Some("2011-02-24".into());
        let timeline = Dataset {
            chart: ChartKind::Timeline,
            values: vec![event],
            ..dataset
        };
        assert_eq!(
            describe(&timeline),
            "Dòng thời gian “Chương trình 30a”, 1 mục. 24/02/2011: Quyết định 162."
        );
    }
}
