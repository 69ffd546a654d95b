//! Dates as feeds and newspapers print them → [`NaiveDate`] / ISO 8601 timestamps.
//!
//! Accepts ISO 8601 (`2019-02-28`, `2019-02-28T10:30:00+09:00`, `20190228`), RFC 2822
//! (`Thu, 28 Feb 2019 10:30:00 +0900`) and the printed forms `Feb. 28, 2019`, `February 28 2019`,
//! `28 February 2019`, `Sept. 3, 2019`, `May 2, 2019 12:30 GMT`, `Thursday, 28 Feb 2019`.
//! `2019/02/28` is accepted; `28/02/2019` is refused because day/month order is ambiguous.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};
use regex::Regex;

use crate::text::MONTHS;

/// Month number for an English month name or abbreviation (`Feb`, `Feb.`, `Sept`, `February`).
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() <= 4 && m.starts_with(&w)))
        .and_then(|i| u32::try_from(i + 1).ok())
}

static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ])").expect("valid regex"));
static COMPACT_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})(\d{2})(\d{2})(?:$|T)").expect("valid regex"));
/// `Feb. 28, 2019`, `February 28th 2019`, with an optional weekday before it.
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[a-z]+\.?,?\s+)??([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
        .expect("valid regex")
});
/// `28 February 2019`, `28 Feb. 2019`, `Thursday, 28th of February, 2019`.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9}\.?),?\s+(\d{4})\b")
        .expect("valid regex")
});
/// A clock time after the date: `12:30`, `12:30:05`, `12:30 GMT`, `3:05 p.m. ET`.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?").expect("valid regex")
});

/// Parses a calendar date in any of the accepted forms; `None` when it is not a date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(dt) = parse_fixed_datetime(s) {
        return Some(dt.date_naive());
    }
    if let Some(c) = ISO_DATE.captures(s).or_else(|| COMPACT_DATE.captures(s)) {
        return ymd(&c[1], &c[2], &c[3]);
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        let m = month_number(&c[1])?;
        return NaiveDate::from_ymd_opt(c[3].parse().ok()?, m, c[2].parse().ok()?);
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        let m = month_number(&c[2])?;
        return NaiveDate::from_ymd_opt(c[3].parse().ok()?, m, c[1].parse().ok()?);
    }
    None
}

/// Parses a date with its time where one is given, as an ISO 8601 string (`2019-05-02T12:30:00`,
/// with the offset when the source gives one: `2019-02-28T10:30:00+09:00`). A bare date gives
/// `None`: there is no timestamp to keep beyond the date.
pub fn parse_datetime(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(dt) = parse_fixed_datetime(s) {
        return Some(dt.to_rfc3339());
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%.f") {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
    }
    let date = parse_date(s)?;
    // A clock time written after the date (`May 2, 2019 12:30 GMT`).
    let after_date = MONTH_DAY_YEAR
        .find(s)
        .or_else(|| DAY_MONTH_YEAR.find(s))
        .or_else(|| ISO_DATE.find(s))
        .map_or(s.len(), |m| m.end());
    let rest = &s[after_date..];
    let c = CLOCK.captures(rest)?;
    let mut hour: u32 = c[1].parse().ok()?;
    let min: u32 = c[2].parse().ok()?;
    let sec: u32 = c.get(3).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
    if let Some(ampm) = c.get(4) {
        let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
        hour = match (hour, pm) {
            (12, false) => 0,
            (h, true) if h < 12 => h + 12,
            (h, _) => h,
        };
    }
    let time = NaiveTime::from_hms_opt(hour, min, sec)?;
    let stamp = date.and_time(time).format("%Y-%m-%dT%H:%M:%S").to_string();
    let zone = rest[c.get(0).map_or(0, |m| m.end())..].trim();
    let offset = match zone.split_whitespace().next().map(str::to_ascii_uppercase).as_deref() {
        Some("GMT" | "UTC" | "Z") => "Z",
        _ => "",
    };
    Some(format!("{stamp}{offset}"))
}

/// RFC 3339 / ISO 8601 with an offset, or RFC 2822.
fn parse_fixed_datetime(s: &str) -> Option<DateTime<chrono::FixedOffset>> {
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .or_else(|_| DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M%z"))
        .or_else(|_| DateTime::parse_from_rfc2822(s))
        .ok()
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(input: &str, want: Option<(i32, u32, u32)>) {
        let got = parse_date(input);
        let want = want.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        assert_eq!(got, want, "parse_date({input:?})");
    }

    #[test]
    fn accepted_forms() {
        case("2019-02-28", Some((2019, 2, 28)));
        case("2021-07-04T10:30:00+09:00", Some((2021, 7, 4)));
        case("2021-07-04T10:30:00Z", Some((2021, 7, 4)));
        case("2020-11-09 08:15:00", Some((2020, 11, 9)));
        case("20180315", Some((2018, 3, 15)));
        case("2018/03/15", Some((2018, 3, 15)));
        case("Thu, 28 Feb 2019 10:30:00 +0900", Some((2019, 2, 28)));
        case("Feb. 28, 2019", Some((2019, 2, 28)));
        case("February 28 2019", Some((2019, 2, 28)));
        case("28 February 2019", Some((2019, 2, 28)));
        case("3 Oct. 2017", Some((2017, 10, 3)));
        case("May 2, 2019 12:30 GMT", Some((2019, 5, 2)));
        case("Sept. 3, 2019", Some((2019, 9, 3)));
        case("Sep 3 2019", Some((2019, 9, 3)));
        case("Tuesday, March 12th, 2024", Some((2024, 3, 12)));
        case("Monday 1st of June 2015", Some((2015, 6, 1)));
        case("  dec. 24, 1999  ", Some((1999, 12, 24)));
    }

    #[test]
    fn refused_forms() {
        case("", None);
        case("yesterday", None);
        case("2019-02-30", None);
        case("Foo 3, 2019", None);
        case("Feb. 31, 2019", None);
        case("28/02/2019", None);
        case("Ma 3, 2019", None);
    }

    #[test]
    fn datetimes_keep_time_and_zone() {
        assert_eq!(parse_datetime("May 2, 2019 12:30 GMT").as_deref(), Some("2019-05-02T12:30:00Z"));
        assert_eq!(parse_datetime("2021-07-04T10:30:00+09:00").as_deref(), Some("2021-07-04T10:30:00+09:00"));
        assert_eq!(parse_datetime("Oct. 9, 2020 3:05 p.m. ET").as_deref(), Some("2020-10-09T15:05:00"));
        assert_eq!(parse_datetime("2020-10-09T07:00:00").as_deref(), Some("2020-10-09T07:00:00"));
        assert_eq!(parse_datetime("2020-10-09"), None);
    }
}
