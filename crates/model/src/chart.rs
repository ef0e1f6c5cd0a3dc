//! Chart geometry and chart text, in plain Rust so they are unit-tested and
//! the same for the browser and the prerendered HTML: linear scales from
//! zero with "nice" ticks, horizontal bar layout whose small values stay
//! visible, part-of-whole proportions, timeline positions with labels that do
//! not overlap, numbers as the text writes them, the arithmetic a reader can
//! check, and a Vietnamese description of each chart for screen readers.

use crate::datetime::{civil_from_days, days_from_civil, days_in_month};
use crate::format::{decimals_of, number_vi, numbers_in};
use crate::stats::{ChartKind, Dataset, Value};

/// A linear map from data values to pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return r0;
        }
        r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// Ticks from zero to at least `max`, about `count` of them, at steps of
/// 1, 2 or 5 × 10ⁿ. Bars always start at zero: a truncated axis would
/// exaggerate differences.
pub fn nice_ticks(max: f64, count: usize) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        return vec![0.0, 1.0];
    }
    let rough = max / count.max(1) as f64;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * magnitude);
    let steps = (max / step - 1e-9).ceil().max(1.0) as usize;
    (0..=steps).map(|i| i as f64 * step).collect()
}

/// One horizontal bar's length and where its value label goes, in pixels
/// within the plot area.
#[derive(Debug, Clone, PartialEq)]
pub struct BarGeometry {
    pub width: f64,
    /// Where the value label starts.
    pub label_x: f64,
    /// True when the label sits inside the bar (the bar is long enough).
    pub label_inside: bool,
}

/// Smallest drawn width: a value far smaller than the largest is still a
/// visible mark, and its label says the number.
pub const MIN_BAR_WIDTH: f64 = 2.0;

/// Lays out horizontal bars for `values` in a plot `width` pixels wide.
/// `label_widths` are the estimated widths of the value labels; a label goes
/// inside its bar only where it fits.
pub fn bar_layout(
    values: &[f64],
    label_widths: &[f64],
    width: f64,
) -> (LinearScale, Vec<BarGeometry>) {
    let max = values.iter().copied().fold(0.0, f64::max);
    let ticks = nice_ticks(max, 4);
    let top = ticks.last().copied().unwrap_or(1.0);
    let scale = LinearScale {
        domain: (0.0, top),
        range: (0.0, width),
    };
    let gap = 6.0;
    let bars = values
        .iter()
        .zip(label_widths.iter().chain(std::iter::repeat(&0.0)))
        .map(|(value, label_width)| {
            let bar_width = scale.map(value.max(0.0)).max(MIN_BAR_WIDTH);
            let label_inside = label_width + 2.0 * gap <= bar_width;
            BarGeometry {
                width: bar_width,
                label_x: if label_inside {
                    bar_width - gap - label_width
                } else {
                    bar_width + gap
                },
                label_inside,
            }
        })
        .collect();
    (scale, bars)
}

/// A rough width of `text` in pixels at `font_size`, for label placement
/// (Vietnamese text in a sans-serif face averages about 0.55 em a character).
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * 0.55
}

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD`.
pub fn iso_day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year as i32, month);
    valid.then(|| days_from_civil(year as i32, month, day))
}

/// The year of a day counted from 1970-01-01.
pub fn year_of_day(day: i64) -> i32 {
    civil_from_days(day).0
}

/// What kind of chart, in words.
pub fn kind_name(kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::Bars => "Biểu đồ thanh ngang",
        ChartKind::PartOfWhole => "Biểu đồ tỷ lệ",
        ChartKind::Timeline => "Dòng thời gian",
    }
}

/// Tops of labels `heights` tall that want to start at `anchors` (sorted
/// ascending): each keeps its place unless the label above reaches it, then
/// it moves down just enough to leave `gap`. A vertical timeline keeps dates
/// at their true positions and only the labels shift (with a leader line).
pub fn stack_labels(anchors: &[f64], heights: &[f64], gap: f64) -> Vec<f64> {
    let mut bottom = f64::NEG_INFINITY;
    anchors
        .iter()
        .zip(heights)
        .map(|(anchor, height)| {
            let top = anchor.max(bottom + gap);
            bottom = top + height;
            top
        })
        .collect()
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

/// A tick value in vi-VN notation with the decimals its step needs:
/// 2000 → "2.000", 0.5 → "0,5".
pub fn tick_text(tick: f64, step: f64) -> String {
    let decimals = if step.fract() == 0.0 || tick == 0.0 {
        0
    } else {
        decimals_of((step * 1e6).round() / 1e6).min(3)
    };
    number_vi(tick, decimals)
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
            (Some(date), ChartKind::Timeline) => format!("{}: {}", date_vi(date), value.label),
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
pub fn date_vi(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
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
    fn scales_map_linearly() {
        let scale = LinearScale {
            domain: (0.0, 100.0),
            range: (0.0, 300.0),
        };
        assert_eq!(scale.map(0.0), 0.0);
        assert_eq!(scale.map(50.0), 150.0);
        assert_eq!(scale.map(100.0), 300.0);
        let flat = LinearScale {
            domain: (5.0, 5.0),
            range: (10.0, 20.0),
        };
        assert_eq!(flat.map(5.0), 10.0);
    }

    #[test]
    fn ticks_are_nice_and_start_at_zero() {
        assert_eq!(nice_ticks(6000.0, 4), [0.0, 2000.0, 4000.0, 6000.0]);
        assert_eq!(nice_ticks(101.55, 4), [0.0, 50.0, 100.0, 150.0]);
        assert_eq!(nice_ticks(87.0, 4), [0.0, 50.0, 100.0]);
        assert_eq!(nice_ticks(62.0, 4), [0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(1.0, 4), [0.0, 0.5, 1.0]);
        assert_eq!(nice_ticks(0.0, 4), [0.0, 1.0]);
        assert_eq!(nice_ticks(f64::NAN, 4), [0.0, 1.0]);
        for max in [3.0, 18.026, 34.45, 280_000.0, 1736.5] {
            let ticks = nice_ticks(max, 4);
            assert_eq!(ticks[0], 0.0);
            assert!(*ticks.last().unwrap() >= max, "{max}: {ticks:?}");
            assert!(ticks.len() <= 7, "{max}: {ticks:?}");
        }
    }

    #[test]
    fn bars_300_fold_apart_stay_visible_and_labelled() {
        // The 2011 giving: nearly 6.000 against 18,026 tỷ đồng.
        let values = [6000.0, 34.45, 101.55, 18.026];
        let labels: Vec<f64> = ["gần 6.000 tỷ đồng", "34,450", "101,550", "18,026"]
            .iter()
            .map(|t| text_width(t, 14.0))
            .collect();
        let (scale, bars) = bar_layout(&values, &labels, 300.0);
        assert_eq!(scale.domain, (0.0, 6000.0));
        assert_eq!(bars[0].width, 300.0);
        assert!(bars[0].label_inside);
        for bar in &bars[1..] {
            assert!(bar.width >= MIN_BAR_WIDTH);
            assert!(!bar.label_inside, "a short bar's label goes outside it");
            assert!(bar.label_x > bar.width);
        }
        // Lengths stay proportional above the minimum mark: no broken axis.
        assert!((bars[2].width / bars[0].width - 101.55 / 6000.0).abs() < 1e-9);
        assert_eq!(
            bars[1].width, MIN_BAR_WIDTH,
            "34,45 of 6.000 is under 2 px: still drawn"
        );
    }

    #[test]
    fn stacked_labels_keep_order_and_never_overlap() {
        let anchors = [0.0, 10.0, 200.0, 205.0, 400.0];
        let heights = [50.0, 30.0, 40.0, 40.0, 20.0];
        let tops = stack_labels(&anchors, &heights, 8.0);
        assert_eq!(tops, [0.0, 58.0, 200.0, 248.0, 400.0]);
        for i in 1..tops.len() {
            assert!(tops[i] >= tops[i - 1] + heights[i - 1] + 8.0);
            assert!(tops[i] >= anchors[i], "a label never rises above its date");
        }
        assert_eq!(iso_day_number("1970-01-01"), Some(0));
        assert_eq!(iso_day_number("2011-02-30"), None);
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
    fn ticks_read_in_vietnamese_notation() {
        assert_eq!(tick_text(2000.0, 2000.0), "2.000");
        assert_eq!(tick_text(0.5, 0.5), "0,5");
        assert_eq!(tick_text(300_000.0, 100_000.0), "300.000");
        assert_eq!(tick_text(0.0, 0.2), "0");
        assert_eq!(tick_text(0.4, 0.2), "0,4");
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
