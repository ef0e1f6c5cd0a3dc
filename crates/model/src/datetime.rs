//! Date-times as the data stores them (ISO 8601 with a UTC offset) and as a
//! Vietnamese reader sees them (Asia/Ho_Chi_Minh, UTC+07:00 all year).
//!
//! Plain integer arithmetic instead of a date crate: it keeps the wasm small
//! and the rules are few (proleptic Gregorian calendar, no leap seconds).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Vietnam's offset from UTC in minutes. Vietnam has one time zone and no
/// daylight saving time.
pub const VIETNAM_OFFSET_MINUTES: i32 = 7 * 60;

/// A point in time with the UTC offset it was written with, e.g.
/// `2011-12-29T15:28:00+07:00`. Serialized back exactly in that form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    unix_seconds: i64,
    /// The offset the time was written with, in minutes east of UTC.
    offset_minutes: i32,
}

/// Days of the week, Monday first as in Vietnamese usage ("Thứ Hai").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// The Vietnamese name as used in datelines: "Thứ Hai" … "Thứ Bảy", "Chủ Nhật".
    pub fn name_vi(self) -> &'static str {
        match self {
            Weekday::Monday => "Thứ Hai",
            Weekday::Tuesday => "Thứ Ba",
            Weekday::Wednesday => "Thứ Tư",
            Weekday::Thursday => "Thứ Năm",
            Weekday::Friday => "Thứ Sáu",
            Weekday::Saturday => "Thứ Bảy",
            Weekday::Sunday => "Chủ Nhật",
        }
    }
}

/// A calendar date and wall-clock time in one offset, as a reader sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDateTime {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub weekday: Weekday,
}

/// Why a date-time string was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError(String);

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TimestampError {}

impl Timestamp {
    /// Builds a timestamp from a wall-clock date and time at an offset.
    /// Returns `None` when the date or time does not exist.
    pub fn from_local(
        year: i32,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
        second: u32,
        offset_minutes: i32,
    ) -> Option<Timestamp> {
        if !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 59
            || offset_minutes.abs() >= 24 * 60
        {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let local_seconds =
            days * 86_400 + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second);
        Some(Timestamp {
            unix_seconds: local_seconds - i64::from(offset_minutes) * 60,
            offset_minutes,
        })
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`. The offset is required: a
    /// time without one is ambiguous, and this site's readers live at +07:00.
    pub fn parse(text: &str) -> Result<Timestamp, TimestampError> {
        let error = || {
            TimestampError(format!(
                "\"{text}\" is not a date-time like 2011-12-29T15:28:00+07:00"
            ))
        };
        let bytes = text.as_bytes();
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = bytes.get(range)?;
            if part.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(part).ok()?.parse().ok()
            } else {
                None
            }
        };
        let expect = |index: usize, byte: u8| bytes.get(index) == Some(&byte);
        if !(expect(4, b'-') && expect(7, b'-') && expect(10, b'T') && expect(13, b':')) {
            return Err(error());
        }
        let year = number(0..4).ok_or_else(error)? as i32;
        let month = number(5..7).ok_or_else(error)?;
        let day = number(8..10).ok_or_else(error)?;
        let hour = number(11..13).ok_or_else(error)?;
        let minute = number(14..16).ok_or_else(error)?;
        let (second, rest) = if expect(16, b':') {
            (number(17..19).ok_or_else(error)?, 19)
        } else {
            (0, 16)
        };
        let offset_minutes = match &bytes[rest..] {
            b"Z" => 0,
            [sign @ (b'+' | b'-'), ..] if bytes.len() == rest + 6 && expect(rest + 3, b':') => {
                let hours = number(rest + 1..rest + 3).ok_or_else(error)? as i32;
                let minutes = number(rest + 4..rest + 6).ok_or_else(error)? as i32;
                if minutes > 59 {
                    return Err(error());
                }
                let magnitude = hours * 60 + minutes;
                if *sign == b'-' {
                    -magnitude
                } else {
                    magnitude
                }
            }
            _ => return Err(error()),
        };
        Timestamp::from_local(year, month, day, hour, minute, second, offset_minutes)
            .ok_or_else(error)
    }

    pub fn unix_seconds(self) -> i64 {
        self.unix_seconds
    }

    pub fn offset_minutes(self) -> i32 {
        self.offset_minutes
    }

    /// The wall-clock date and time at `offset_minutes` east of UTC.
    pub fn at_offset(self, offset_minutes: i32) -> LocalDateTime {
        let local = self.unix_seconds + i64::from(offset_minutes) * 60;
        let days = local.div_euclid(86_400);
        let seconds_of_day = local.rem_euclid(86_400) as u32;
        let (year, month, day) = civil_from_days(days);
        // 1970-01-01 was a Thursday.
        let weekday = match (days + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        };
        LocalDateTime {
            year,
            month,
            day,
            hour: seconds_of_day / 3600,
            minute: seconds_of_day / 60 % 60,
            second: seconds_of_day % 60,
            weekday,
        }
    }

    /// The date and time in Vietnam (Asia/Ho_Chi_Minh), whatever offset the
    /// data was written with.
    pub fn in_vietnam(self) -> LocalDateTime {
        self.at_offset(VIETNAM_OFFSET_MINUTES)
    }
}

impl fmt::Display for Timestamp {
    /// RFC 3339, in the offset the time was written with.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self.at_offset(self.offset_minutes);
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            local.year, local.month, local.day, local.hour, local.minute, local.second
        )?;
        if self.offset_minutes == 0 {
            return f.write_str("Z");
        }
        let sign = if self.offset_minutes < 0 { '-' } else { '+' };
        let magnitude = self.offset_minutes.abs();
        write!(f, "{sign}{:02}:{:02}", magnitude / 60, magnitude % 60)
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.unix_seconds
            .cmp(&other.unix_seconds)
            .then(self.offset_minutes.cmp(&other.offset_minutes))
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).map_err(serde::de::Error::custom)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub(crate) fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`].
pub(crate) fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_seed_publication_time() {
        let time = Timestamp::parse("2011-12-29T15:28:00+07:00").unwrap();
        let local = time.in_vietnam();
        assert_eq!((local.year, local.month, local.day), (2011, 12, 29));
        assert_eq!((local.hour, local.minute), (15, 28));
        assert_eq!(local.weekday, Weekday::Thursday);
        assert_eq!(time.to_string(), "2011-12-29T15:28:00+07:00");
    }

    #[test]
    fn seconds_are_optional_and_output_is_rfc3339() {
        let time = Timestamp::parse("2011-12-29T15:28+07:00").unwrap();
        assert_eq!(time.to_string(), "2011-12-29T15:28:00+07:00");
    }

    #[test]
    fn other_offsets_are_shown_in_vietnam_time() {
        // 20:30 UTC on 31 Dec is already New Year's Day in Hà Nội.
        let time = Timestamp::parse("2011-12-31T20:30:00Z").unwrap();
        let local = time.in_vietnam();
        assert_eq!((local.year, local.month, local.day), (2012, 1, 1));
        assert_eq!((local.hour, local.minute), (3, 30));
        assert_eq!(local.weekday, Weekday::Sunday);
        assert_eq!(time.to_string(), "2011-12-31T20:30:00Z");
        let negative = Timestamp::parse("2011-12-28T20:00:00-05:30").unwrap();
        assert_eq!(negative.to_string(), "2011-12-28T20:00:00-05:30");
        assert_eq!(negative.in_vietnam().hour, 8);
    }

    #[test]
    fn weekdays_across_years() {
        let weekday = |text: &str| Timestamp::parse(text).unwrap().in_vietnam().weekday;
        assert_eq!(weekday("1970-01-01T07:00:00+07:00"), Weekday::Thursday);
        assert_eq!(weekday("2000-02-29T12:00:00+07:00"), Weekday::Tuesday);
        assert_eq!(weekday("2011-12-28T09:00:00+07:00"), Weekday::Wednesday);
        assert_eq!(weekday("2026-11-27T09:00:00+07:00"), Weekday::Friday);
        assert_eq!(weekday("1969-12-31T23:00:00+07:00"), Weekday::Wednesday);
    }

    #[test]
    fn rejects_malformed_and_impossible_times() {
        for text in [
            "",
            "2011-12-29",
            "2011-12-29T15:28",
            "2011-12-29 15:28+07:00",
            "2011-13-01T00:00+07:00",
            "2011-02-29T00:00+07:00",
            "2011-12-32T00:00+07:00",
            "2011-12-29T24:00+07:00",
            "2011-12-29T15:60+07:00",
            "2011-12-29T15:28+0700",
            "2011-12-29T15:28+07:60",
            "2011-12-29T15:28:00+07:00 ",
            "２０11-12-29T15:28+07:00",
        ] {
            assert!(Timestamp::parse(text).is_err(), "accepted {text:?}");
        }
        assert!(Timestamp::parse("2012-02-29T00:00+07:00").is_ok());
    }

    #[test]
    fn civil_round_trip_over_many_days() {
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn ordering_follows_the_instant() {
        let early = Timestamp::parse("2011-12-29T15:28:00+07:00").unwrap();
        let late = Timestamp::parse("2011-12-29T09:00:00Z").unwrap();
        assert!(early < late);
    }
}
