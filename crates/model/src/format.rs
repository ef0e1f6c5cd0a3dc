//! vi-VN formatting of dates and numbers, as Vietnamese newspapers print them.

use crate::datetime::{LocalDateTime, Timestamp};

/// "29/12/2011": day and month with two digits, as in datelines.
pub fn date_vi(local: &LocalDateTime) -> String {
    format!("{:02}/{:02}/{}", local.day, local.month, local.year)
}

/// "15:28": 24-hour clock.
pub fn time_vi(local: &LocalDateTime) -> String {
    format!("{:02}:{:02}", local.hour, local.minute)
}

/// "Thứ Năm, 29/12/2011": weekday and date in Vietnam time.
pub fn weekday_date_vi(time: Timestamp) -> String {
    let local = time.in_vietnam();
    format!("{}, {}", local.weekday.name_vi(), date_vi(&local))
}

/// "Thứ Năm, 29/12/2011 | 15:28": the article dateline, in Vietnam time.
/// A time of exactly 00:00 is shown as the date alone ("Thứ Sáu,
/// 15/11/2019"): it is what the importer records when the text gives a date
/// without a time, and a reader must not be told a time nobody wrote.
pub fn dateline_vi(time: Timestamp) -> String {
    let local = time.in_vietnam();
    if (local.hour, local.minute, local.second) == (0, 0, 0) {
        return weekday_date_vi(time);
    }
    format!(
        "{}, {} | {}",
        local.weekday.name_vi(),
        date_vi(&local),
        time_vi(&local)
    )
}

/// "Khoảng 4 phút đọc": the estimate is never more precise than it is.
pub fn reading_time_vi(minutes: usize) -> String {
    format!("Khoảng {minutes} phút đọc")
}

/// Parses a Vietnamese number: "1.480" → 1480, "85,23" → 85.23, "34,450" → 34.45.
pub fn parse_number_vi(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once(',').unwrap_or((text, ""));
    let groups: Vec<&str> = whole.split('.').collect();
    let grouped_right = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !grouped_right
        || !groups.iter().all(|g| digits(g))
        || (text.contains(',') && !digits(fraction))
    {
        return None;
    }
    let plain = if fraction.is_empty() {
        groups.concat()
    } else {
        format!("{}.{fraction}", groups.concat())
    };
    plain.parse().ok()
}

/// A "d/m/yyyy" date as ISO "yyyy-mm-dd", if it exists.
pub fn parse_date_vi(text: &str) -> Option<String> {
    let mut parts = text.split('/').map(|p| p.parse::<u32>().ok());
    let (day, month, year) = (parts.next()??, parts.next()??, parts.next()??);
    let valid = (1..=12).contains(&month)
        && day >= 1
        && day <= crate::datetime::days_in_month(year as i32, month);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Every Vietnamese number written in `text`, in order: "54/62 huyện nghèo
/// bằng 87%" → [54, 62, 87]. Digits inside a date count as numbers too.
pub fn numbers_in(text: &str) -> Vec<f64> {
    let mut numbers = Vec::new();
    let mut token = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (matches!(c, '.' | ',') && !token.is_empty()) {
            token.push(c);
            continue;
        }
        // A sentence's full stop or comma after a number is not part of it.
        let trimmed = token.trim_end_matches(['.', ',']);
        if let Some(number) = parse_number_vi(trimmed) {
            numbers.push(number);
        } else {
            // "1.48" is no Vietnamese number; its digit runs still are.
            numbers.extend(
                trimmed
                    .split(['.', ','])
                    .filter_map(|part| part.parse::<f64>().ok()),
            );
        }
        token.clear();
    }
    numbers
}

/// How many decimals `value` is written with, up to 6: 87 → 0, 85.23 → 2.
pub fn decimals_of(value: f64) -> usize {
    (0..6)
        .find(|&d| {
            let scaled = value * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(6)
}

/// The document title of a page: "Page | Site", or the site name alone for
/// the home page (an empty page title).
pub fn page_title(page: &str, site: &str) -> String {
    if page.is_empty() {
        site.to_owned()
    } else {
        format!("{page} | {site}")
    }
}

/// A number with `.` between thousands and `,` before decimals, rounded to
/// `decimals` places: 1480 → "1.480", 85.23 → "85,23", 34.45 with 3 → "34,450".
pub fn number_vi(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::from("—");
    }
    // Integer arithmetic instead of `format!("{:.2}")`: float formatting
    // would add to the wasm (docs/budget.md).
    let scaled = (value.abs() * 10f64.powi(decimals as i32)).round();
    if scaled >= u128::MAX as f64 {
        return String::from("—");
    }
    let digits = format!("{:0>width$}", scaled as u128, width = decimals + 1);
    let (whole, fraction) = digits.split_at(digits.len() - decimals);
    let mut out = String::with_capacity(digits.len() + whole.len() / 3 + 1);
    // A value that rounds to zero carries no sign ("-0" would read as a loss).
    if value < 0.0 && scaled > 0.0 {
        out.push('-');
    }
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            out.push('.');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(',');
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed_time() -> Timestamp {
        Timestamp::parse("2011-12-29T15:28:00+07:00").unwrap()
    }

    #[test]
    fn dateline_as_the_portal_prints_it() {
        assert_eq!(dateline_vi(seed_time()), "Thứ Năm, 29/12/2011 | 15:28");
        assert_eq!(weekday_date_vi(seed_time()), "Thứ Năm, 29/12/2011");
    }

    #[test]
    fn dates_pad_day_and_month() {
        let time = Timestamp::parse("2009-05-08T07:05:00+07:00").unwrap();
        let local = time.in_vietnam();
        assert_eq!(date_vi(&local), "08/05/2009");
        assert_eq!(time_vi(&local), "07:05");
        assert_eq!(weekday_date_vi(time), "Thứ Sáu, 08/05/2009");
    }

    #[test]
    fn every_weekday_name() {
        let names: Vec<_> = (21..=27)
            .map(|day| {
                let text = format!("2026-09-{day}T12:00:00+07:00");
                Timestamp::parse(&text)
                    .unwrap()
                    .in_vietnam()
                    .weekday
                    .name_vi()
            })
            .collect();
        assert_eq!(
            names,
            [
                "Thứ Hai",
                "Thứ Ba",
                "Thứ Tư",
                "Thứ Năm",
                "Thứ Sáu",
                "Thứ Bảy",
                "Chủ Nhật"
            ]
        );
    }

    #[test]
    fn dateline_converts_to_vietnam_time() {
        let utc = Timestamp::parse("2011-12-29T08:28:00Z").unwrap();
        assert_eq!(dateline_vi(utc), "Thứ Năm, 29/12/2011 | 15:28");
        let date_only = Timestamp::parse("2019-11-15T00:00:00+07:00").unwrap();
        assert_eq!(dateline_vi(date_only), "Thứ Sáu, 15/11/2019");
        let just_after = Timestamp::parse("2019-11-15T00:01:00+07:00").unwrap();
        assert_eq!(dateline_vi(just_after), "Thứ Sáu, 15/11/2019 | 00:01");
    }

    #[test]
    fn thousands_dot_and_decimal_comma() {
        assert_eq!(parse_number_vi("1.480"), Some(1480.0));
        assert_eq!(parse_number_vi("85,23"), Some(85.23));
        assert_eq!(parse_number_vi("34,450"), Some(34.45));
        assert_eq!(parse_number_vi("101,550"), Some(101.55));
        assert_eq!(parse_number_vi("280.000"), Some(280_000.0));
        assert_eq!(parse_number_vi("1.234.567,5"), Some(1_234_567.5));
        assert_eq!(parse_number_vi("6.000"), Some(6000.0));
        assert_eq!(parse_number_vi("1.48"), None);
        assert_eq!(parse_number_vi("1480."), None);
        assert_eq!(parse_number_vi(",5"), None);
        assert_eq!(parse_number_vi("1234.567"), None);
    }

    #[test]
    fn numbers_in_a_phrase() {
        assert_eq!(numbers_in("54/62 huyện nghèo bằng 87%"), [54.0, 62.0, 87.0]);
        assert_eq!(
            numbers_in("hơn 1.480 tỷ đồng bằng 85,23 % so với"),
            [1480.0, 85.23]
        );
        assert_eq!(
            numbers_in("280.000 USD18,026 tỷ đồng)."),
            [280_000.0, 18.026]
        );
        assert_eq!(numbers_in("ngày 27/12/2008."), [27.0, 12.0, 2008.0]);
        assert_eq!(numbers_in("không có số"), Vec::<f64>::new());
    }

    #[test]
    fn dates_as_written_in_vietnamese() {
        assert_eq!(parse_date_vi("08/5/2009").as_deref(), Some("2009-05-08"));
        assert_eq!(parse_date_vi("24/02/2011").as_deref(), Some("2011-02-24"));
        assert_eq!(parse_date_vi("29/02/2011"), None);
        assert_eq!(parse_date_vi("1/13/2011"), None);
        assert_eq!(parse_date_vi("1/1"), None);
    }

    #[test]
    fn page_titles_end_with_the_site_name() {
        assert_eq!(page_title("", "Tin & Số"), "Tin & Số");
        assert_eq!(
            page_title("Không tìm thấy trang", "Tin & Số"),
            "Không tìm thấy trang | Tin & Số"
        );
    }

    #[test]
    fn numbers_use_vietnamese_separators() {
        assert_eq!(number_vi(1480.0, 0), "1.480");
        assert_eq!(number_vi(85.23, 2), "85,23");
        assert_eq!(number_vi(34.45, 3), "34,450");
        assert_eq!(number_vi(101.55, 3), "101,550");
        assert_eq!(number_vi(6000.0, 0), "6.000");
        assert_eq!(number_vi(280_000.0, 0), "280.000");
        assert_eq!(number_vi(1_736.5, 1), "1.736,5");
        assert_eq!(number_vi(1_234_567.891, 2), "1.234.567,89");
        assert_eq!(number_vi(87.096_774, 1), "87,1");
        assert_eq!(number_vi(0.0, 0), "0");
        assert_eq!(number_vi(999.0, 0), "999");
        assert_eq!(number_vi(-1480.0, 0), "-1.480");
        assert_eq!(number_vi(-0.001, 1), "0,0");
        assert_eq!(number_vi(f64::NAN, 0), "—");
        assert_eq!(number_vi(0.5, 0), "1");
        assert_eq!(number_vi(0.05, 2), "0,05");
        assert_eq!(number_vi(1e40, 0), "—");
        assert_eq!(decimals_of(87.0), 0);
        assert_eq!(decimals_of(85.23), 2);
        assert_eq!(decimals_of(34.45), 2);
        assert_eq!(decimals_of(18.026), 3);
    }
}
