//! Calendar arithmetic for relative time expressions, and TIMEX3 value formatting.
//!
//! News convention: a bare weekday or month refers to the most recent one up to and including the
//! publication date, unless the sentence looks ahead (`will`, `next`); then the next one.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::lexicon::Unit;

/// `2019-02-28`. Written by hand: chrono's formatter parses the format string on every call and
/// was the hottest spot of claim extraction. Years outside 0–9999 (signed, wider) go through chrono
/// so the output stays exactly `%Y-%m-%d`.
pub(crate) fn day(d: NaiveDate) -> String {
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return d.format("%Y-%m-%d").to_string();
    }
    let (m, dd) = (d.month(), d.day());
    let mut s = String::with_capacity(10);
    for n in [y as u32 / 1000, y as u32 / 100 % 10, y as u32 / 10 % 10, y as u32 % 10] {
        s.push(char::from(b'0' + n as u8));
    }
    s.push('-');
    s.push(char::from(b'0' + (m / 10) as u8));
    s.push(char::from(b'0' + (m % 10) as u8));
    s.push('-');
    s.push(char::from(b'0' + (dd / 10) as u8));
    s.push(char::from(b'0' + (dd % 10) as u8));
    s
}

/// Parses a `YYYY-MM-DD` value as [`day`] writes it; anything else (or an impossible date) goes
/// to chrono's `%Y-%m-%d` parser, so the result is always the same as that parser's.
pub(crate) fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10) {
        let n = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
        if let Some(d) = NaiveDate::from_ymd_opt(n(0..4) as i32, n(5..7), n(8..10)) {
            return Some(d);
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `2019-02`.
pub(crate) fn month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// ISO week: `2019-W09`.
pub(crate) fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Year and month `delta` months from (`year`, `month`).
pub(crate) fn add_months(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let idx = year * 12 + month as i32 - 1 + delta;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// Quarter (1–4) of a month.
pub(crate) fn quarter_of(month: u32) -> u32 {
    (month.saturating_sub(1)) / 3 + 1
}

/// The `wd` on or before `anchor` (`forward`: on or after).
pub(crate) fn weekday_near(anchor: NaiveDate, wd: Weekday, forward: bool) -> NaiveDate {
    let a = anchor.weekday().num_days_from_monday() as i64;
    let w = wd.num_days_from_monday() as i64;
    if forward {
        anchor + Duration::days((w - a).rem_euclid(7))
    } else {
        anchor - Duration::days((a - w).rem_euclid(7))
    }
}

/// Year of a month named without a year: the most recent one not after `anchor`, or with
/// `forward` the next one not before it.
pub(crate) fn year_of_month(anchor: NaiveDate, m: u32, forward: bool) -> i32 {
    let y = anchor.year();
    match (forward, m.cmp(&anchor.month())) {
        (false, std::cmp::Ordering::Greater) => y - 1,
        (true, std::cmp::Ordering::Less) => y + 1,
        _ => y,
    }
}

/// Year of a month and day named without a year: this year's, unless it lies more than two
/// months ahead in a backward-looking sentence or already passed in a forward-looking one.
pub(crate) fn year_of_day(anchor: NaiveDate, m: u32, d: u32, forward: bool) -> i32 {
    let y = anchor.year();
    let Some(this) = NaiveDate::from_ymd_opt(y, m, d) else { return y };
    if forward && this < anchor {
        y + 1
    } else if !forward && this > anchor + Duration::days(62) {
        y - 1
    } else {
        y
    }
}

/// The period `n` units before (negative: after) `anchor`, at the unit's granularity.
pub(crate) fn shifted(anchor: NaiveDate, unit: Unit, n: i64) -> String {
    let n32 = i32::try_from(n).unwrap_or(0);
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let days = match unit {
                Unit::Hour => n / 24,
                Unit::Day => n,
                _ => 0,
            };
            anchor.checked_sub_signed(Duration::days(days)).map(day).unwrap_or_default()
        }
        Unit::Week | Unit::Weekend => {
            anchor.checked_sub_signed(Duration::weeks(n)).map(week).unwrap_or_default()
        }
        Unit::Month => {
            let (y, m) = add_months(anchor.year(), anchor.month(), -n32);
            month(y, m)
        }
        Unit::Quarter => {
            let (y, m) = add_months(anchor.year(), anchor.month(), -3 * n32);
            format!("{y:04}-Q{}", quarter_of(m))
        }
        Unit::Year => format!("{:04}", anchor.year() - n32),
        Unit::Decade => format!("{:03}X", (anchor.year() - 10 * n32).div_euclid(10)),
        Unit::Century => format!("{:02}XX", (anchor.year() - 100 * n32).div_euclid(100)),
    }
}

/// A TIMEX3 duration: `P3Y`, `PT2H`, `PXY` (`n` unknown).
pub(crate) fn duration(n: Option<u32>, unit: Unit) -> String {
    let count = n.map_or_else(|| "X".to_string(), |n| n.to_string());
    let t = if unit.is_clock() { "T" } else { "" };
    let we = if unit == Unit::Weekend { "E" } else { "" };
    format!("P{t}{count}{}{we}", unit.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn day_writes_and_reads_like_chrono() {
        for s in ["2019-02-28", "0001-01-01", "0999-12-31", "9999-12-31", "2020-02-29"] {
            let dt = d(s);
            assert_eq!(day(dt), dt.format("%Y-%m-%d").to_string());
            assert_eq!(parse_day(s), Some(dt));
        }
        let far = NaiveDate::from_ymd_opt(-44, 3, 15).unwrap();
        assert_eq!(day(far), far.format("%Y-%m-%d").to_string());
        assert_eq!(parse_day(&day(far)), Some(far));
        for s in
            ["2019-02-30", "2019-02", "2019-W08", "2019-02-28T15:00", "P3Y", "", "2019-2-28", "２０19-02-28"]
        {
            assert_eq!(parse_day(s), NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(), "{s}");
        }
    }

    #[test]
    fn weekdays_look_back_by_default() {
        let a = d("2019-02-28"); // Thursday
        assert_eq!(weekday_near(a, Weekday::Thu, false), a);
        assert_eq!(weekday_near(a, Weekday::Wed, false), d("2019-02-27"));
        assert_eq!(weekday_near(a, Weekday::Fri, false), d("2019-02-22"));
        assert_eq!(weekday_near(a, Weekday::Mon, true), d("2019-03-04"));
    }

    #[test]
    fn months_and_shifts() {
        let a = d("2019-02-28");
        assert_eq!(year_of_month(a, 1, false), 2019);
        assert_eq!(year_of_month(a, 5, false), 2018);
        assert_eq!(year_of_month(a, 5, true), 2019);
        assert_eq!(year_of_month(a, 1, true), 2020);
        assert_eq!(year_of_day(a, 3, 10, false), 2019);
        assert_eq!(year_of_day(a, 12, 10, false), 2018);
        assert_eq!(add_months(2019, 1, -1), (2018, 12));
        assert_eq!(shifted(a, Unit::Month, 1), "2019-01");
        assert_eq!(shifted(a, Unit::Week, 1), "2019-W08");
        assert_eq!(shifted(a, Unit::Year, 2), "2017");
        assert_eq!(shifted(a, Unit::Quarter, 1), "2018-Q4");
        assert_eq!(shifted(a, Unit::Decade, 0), "201X");
        assert_eq!(shifted(a, Unit::Day, 3), "2019-02-25");
        assert_eq!(duration(Some(3), Unit::Year), "P3Y");
        assert_eq!(duration(Some(2), Unit::Hour), "PT2H");
        assert_eq!(duration(None, Unit::Decade), "PXDE");
    }
}
