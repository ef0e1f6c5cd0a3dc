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
pub fn dateline_vi(time: Timestamp) -> String {
    let local = time.in_vietnam();
    format!(
        "{}, {} | {}",
        local.weekday.name_vi(),
        date_vi(&local),
        time_vi(&local)
    )
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
    let fixed = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::with_capacity(fixed.len() + whole.len() / 3 + 1);
    // A value that rounds to zero carries no sign ("-0" would read as a loss).
    if value < 0.0 && fixed.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
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
    }
}
