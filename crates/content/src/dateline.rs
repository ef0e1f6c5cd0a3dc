//! Datelines in the shapes Vietnamese portals print them.
//!
//! "Thứ Hai, 17/07/2017|10:57", "09:33 15/12/2009" (time first),
//! "Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)", "04:46 CH @ Thứ Bảy -
//! 15 Tháng Mười, 2022" (SA/CH for AM/PM, the month in words), "6/07/22
//! 11:07 AM" (a two-digit year), "15/11/2019 | 604" (a view count after it),
//! "- 07:10, 07/06/2021" (under the author's name), or a date and time glued
//! to the title that follows ("16/03/2020 20:57Bất ngờ với…").

use std::sync::LazyLock;

use regex::{Captures, Regex};
use tinso_model::datetime::{Timestamp, Weekday, VIETNAM_OFFSET_MINUTES};
use tinso_model::text::fold_spaces;

/// A line read as a dateline.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    pub time: Timestamp,
    /// False when the line gives a date alone (the time is then 00:00).
    pub has_time: bool,
    /// "Cập nhật …": when the page was last changed, not first published.
    pub updated: bool,
    /// The text glued after the date and time, when the line holds more
    /// than the dateline ("16/03/2020 20:57Bất ngờ với…" → "Bất ngờ với…").
    pub glued: Option<String>,
}

/// Why a line that is a dateline cannot be true.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatelineError {
    /// The dateline's weekday is not the weekday of its date.
    WeekdayMismatch { actual: &'static str },
    /// The day or the time does not exist.
    Impossible,
}

/// Digits are spelled `[0-9]`: `\d` would take digits of other scripts too.
fn time_pattern(n: u8) -> String {
    format!(
        r"(?P<hour{n}>[0-9]{{1,2}}) \s* (?: : | h | giờ ) \s* (?P<minute{n}>[0-9]{{2}}) (?: :[0-9]{{2}} )?
        (?: \s* (?P<half{n}> SA | CH | AM | PM | sáng | chiều | tối ) \b )?"
    )
}

const SEPARATOR: &str = r"(?: [,|\-–—@] \s* )?";

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?xi) ^
        (?P<mark> [-–—@|•] \s* )?
        (?P<prefix> (?P<updated> cập \s* nhật | ngày \s* cập \s* nhật ) (?: \s* lúc )?
                  | (?: đăng | ngày \s* đăng | xuất \s* bản | thời \s* gian ) (?: \s* (?: lúc | ngày ) )? )?
        \s* [:,]? \s*
        (?: {time1} \s* {SEPARATOR} )?
        (?: (?P<weekday> thứ \s* (?: hai | ba | tư | năm | sáu | bảy | bẩy | [2-7] ) | chủ \s* nhật | cn ) \s* {SEPARATOR} )?
        (?: ngày \s+ )?
        (?:
            (?P<day>[0-9]{{1,2}}) \s* [/.\-] \s* (?P<month>[0-9]{{1,2}}) \s* [/.\-] \s* (?P<year>[0-9]{{4}} | [0-9]{{2}})
          | (?P<word_day>[0-9]{{1,2}}) \s+ tháng \s+
            (?P<word_month> mười \s+ một | mười \s+ hai | mười | một | giêng | hai | ba | tư | bốn | năm | sáu | bảy | tám | chín | chạp | [0-9]{{1,2}} )
            \s* (?: , | năm )? \s* (?P<word_year>[0-9]{{4}})
        )
        (?: \s* {SEPARATOR} (?: lúc \s* )? {time2} )?
        (?P<gmt> \s* \(? \s* GMT \s* \+ \s* 0?7 (?: :?00 )? \s* \)? )?
        (?P<views> \s* \| \s* [0-9][0-9.]* (?: \s* lượt \s* xem )? )?
        (?P<rest> .* ) $",
        time1 = time_pattern(1),
        time2 = time_pattern(2),
    );
    Regex::new(&pattern).expect("valid regex")
});

/// Reads `line` as a dateline: `None` when it is not one, an error when it
/// is one that cannot be true. A line that gives a date without a time must
/// also carry a dateline's mark (a weekday, "Cập nhật", a view count,
/// "GMT+7" or a leading dash): a date alone on a line may be anything.
pub fn parse_dateline(line: &str) -> Option<Result<Dateline, DatelineError>> {
    let m = DATELINE.captures(line)?;
    let rest = &m["rest"];
    let time1 = m.name("hour1").is_some();
    let time2 = m.name("hour2").is_some();
    if time1 && time2 {
        return None;
    }
    let has_time = time1 || time2;
    // Text after the dateline: only a title glued to a full date and time
    // ("20:57Bất ngờ"); anything else makes the line a sentence, not a dateline.
    let glued = if rest.is_empty() {
        None
    } else if time2
        && m.name("gmt").is_none()
        && m.name("views").is_none()
        && rest.chars().next().is_some_and(char::is_uppercase)
    {
        Some(rest.to_owned())
    } else {
        return None;
    };
    let marked = m.name("weekday").is_some()
        || m.name("prefix").is_some()
        || m.name("mark").is_some()
        || m.name("gmt").is_some()
        || m.name("views").is_some();
    if !has_time && !marked {
        return None;
    }
    let time = match timestamp(&m, if time1 { 1 } else { 2 }, has_time) {
        Some(time) => time,
        None => return Some(Err(DatelineError::Impossible)),
    };
    if let Some(written) = m.name("weekday") {
        let actual = time.in_vietnam().weekday;
        if weekday_named(written.as_str()) != Some(actual) {
            return Some(Err(DatelineError::WeekdayMismatch {
                actual: actual.name_vi(),
            }));
        }
    }
    Some(Ok(Dateline {
        time,
        has_time,
        updated: m.name("updated").is_some(),
        glued,
    }))
}

fn timestamp(m: &Captures, n: u8, has_time: bool) -> Option<Timestamp> {
    let number = |name: &str| m.name(name).and_then(|g| g.as_str().parse::<u32>().ok());
    let (day, month, year) = if m.name("day").is_some() {
        (number("day")?, number("month")?, number("year")?)
    } else {
        let month = m.name("word_month")?.as_str();
        (
            number("word_day")?,
            month_named(month).or_else(|| month.parse().ok())?,
            number("word_year")?,
        )
    };
    // "22" is 2022; news sites are younger than 1970.
    let year = match year {
        0..=69 => 2000 + year,
        70..=99 => 1900 + year,
        _ => year,
    };
    let (mut hour, minute) = if has_time {
        (number(&format!("hour{n}"))?, number(&format!("minute{n}"))?)
    } else {
        (0, 0)
    };
    if let Some(half) = m.name(&format!("half{n}")) {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let afternoon = matches!(
            half.as_str().to_lowercase().as_str(),
            "ch" | "pm" | "chiều" | "tối"
        );
        hour = match (afternoon, hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    Timestamp::from_local(
        year as i32,
        month,
        day,
        hour,
        minute,
        0,
        VIETNAM_OFFSET_MINUTES,
    )
}

fn month_named(name: &str) -> Option<u32> {
    Some(match fold_spaces(&name.to_lowercase()).as_str() {
        "một" | "giêng" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" | "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        "mười hai" | "chạp" => 12,
        _ => return None,
    })
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
        (_, Some("bảy" | "bẩy" | "7")) => Weekday::Saturday,
        ("chủ nhật" | "chủnhật" | "cn", _) => Weekday::Sunday,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The time a line gives, with whether it has a time of day.
    fn read(line: &str) -> Result<(String, bool), DatelineError> {
        parse_dateline(line)
            .unwrap_or_else(|| panic!("not read as a dateline: {line}"))
            .map(|d| (d.time.to_string(), d.has_time))
    }

    fn at(time: &str) -> Result<(String, bool), DatelineError> {
        Ok((format!("{time}:00+07:00"), true))
    }

    #[test]
    fn the_seed_and_its_variants() {
        let expected = at("2011-12-29T15:28");
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
            assert_eq!(read(line), expected, "{line}");
        }
        assert_eq!(read("Chủ Nhật, 1/1/2012 | 08:05"), at("2012-01-01T08:05"));
        assert_eq!(read("CN, 01/01/2012 08:05"), at("2012-01-01T08:05"));
    }

    #[test]
    fn every_shape_portals_print() {
        for (line, expected) in [
            ("Thứ Hai, 17/07/2017|10:57", at("2017-07-17T10:57")),
            ("Thứ Năm, 01-10-2020, 04:09", at("2020-10-01T04:09")),
            ("09:33 15/12/2009", at("2009-12-15T09:33")),
            ("27/07/2020 09:33", at("2020-07-27T09:33")),
            ("03/12/2021 - 20:25", at("2021-12-03T20:25")),
            (
                "Cập nhật, 13:39, Thứ Năm, 05/02/2015 (GMT+7)",
                at("2015-02-05T13:39"),
            ),
            (
                "Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)",
                at("2018-08-27T10:29"),
            ),
            (
                "04:46 CH @ Thứ Bảy - 15 Tháng Mười, 2022",
                at("2022-10-15T16:46"),
            ),
            (
                "09:05 SA @ Thứ Ba - 1 Tháng Mười Một, 2022",
                at("2022-11-01T09:05"),
            ),
            ("12:10 SA @ 2 Tháng Giêng, 2023", at("2023-01-02T00:10")),
            ("6/07/22 11:07 AM", at("2022-07-06T11:07")),
            ("6/07/22 11:07 PM", at("2022-07-06T23:07")),
            ("- 07:10, 07/06/2021", at("2021-06-07T07:10")),
            (
                "Thứ Bảy, ngày 15 tháng 10 năm 2022 lúc 8:30",
                at("2022-10-15T08:30"),
            ),
        ] {
            assert_eq!(read(line), expected, "{line}");
        }
        for (line, date) in [
            ("15/11/2019 | 604", "2019-11-15"),
            ("Thứ hai, 06/10/2025", "2025-10-06"),
            ("Cập nhật: 05/02/2015", "2015-02-05"),
        ] {
            assert_eq!(
                read(line),
                Ok((format!("{date}T00:00:00+07:00"), false)),
                "{line}"
            );
        }
    }

    #[test]
    fn updates_are_marked() {
        let d = parse_dateline("Cập nhật lúc 10:29, Thứ Hai, 27/08/2018 (GMT+7)")
            .unwrap()
            .unwrap();
        assert!(d.updated);
        assert!(!parse_dateline("27/08/2018 10:29").unwrap().unwrap().updated);
    }

    #[test]
    fn a_title_glued_to_its_date() {
        let d = parse_dateline("16/03/2020 20:57Bất ngờ với giá rau")
            .unwrap()
            .unwrap();
        assert_eq!(d.time.to_string(), "2020-03-16T20:57:00+07:00");
        assert_eq!(d.glued.as_deref(), Some("Bất ngờ với giá rau"));
        // With a space it is a sentence that starts with a date.
        assert!(parse_dateline("16/03/2020 20:57 Bất ngờ với giá rau").is_none());
    }

    #[test]
    fn a_contradicting_weekday_is_an_error_not_a_guess() {
        assert_eq!(
            read("Thứ Sáu, 29/12/2011|15:28"),
            Err(DatelineError::WeekdayMismatch {
                actual: "Thứ Năm"
            })
        );
        assert_eq!(
            read("04:46 CH @ Thứ Hai - 15 Tháng Mười, 2022"),
            Err(DatelineError::WeekdayMismatch {
                actual: "Thứ Bảy"
            })
        );
        assert_eq!(read("31/02/2011 10:00"), Err(DatelineError::Impossible));
        assert_eq!(read("29/12/2011 25:00"), Err(DatelineError::Impossible));
        assert_eq!(read("6/07/22 13:07 PM"), Err(DatelineError::Impossible));
    }

    #[test]
    fn other_lines_are_not_datelines() {
        for line in [
            "Sáng ngày 28/12/2011, tại Hà Nội",
            "Hội nghị Giao ban năm 2011",
            "29/12/2011",
            "15:28",
            "Thứ Tám, 29/12/2011|15:28",
            "27/07/2020 09:33 ông Nguyễn Văn A cho biết",
            "Hà Nội, 15/11/2019",
            "Ngày 15/11/2019, Sở Y tế thông báo",
            "12:00 12/12/2012 12:00",
        ] {
            assert!(parse_dateline(line).is_none(), "{line}");
        }
    }
}
