//! Recognisers for one time expression starting at a token: each returns where it ends and its
//! TIMEX3 value. Relative values need the anchor; without one they are left empty.

use chrono::{Datelike, Duration, NaiveDate};

mod periods;

pub(crate) use periods::{clock, part_of_year, set};

use super::lexicon::{self, Unit};
use super::resolve;
use super::tokens::{touches, Tok, TokKind};

/// TIMEX3 type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Date,
    Time,
    Duration,
    Set,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Duration => "duration",
            Kind::Set => "set",
        }
    }
}

/// A recognised expression: tokens up to `end` (exclusive), its value and type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub end: usize,
    pub value: String,
    pub kind: Kind,
}

fn hit(end: usize, value: String, kind: Kind) -> Option<Hit> {
    Some(Hit { end, value, kind })
}

/// The tokens being matched and the publication date.
pub(crate) struct Ctx<'t, 'a> {
    pub toks: &'t [Tok<'a>],
    pub anchor: Option<NaiveDate>,
    /// Set when a recogniser chose where an expression ends by looking at a value that depends on
    /// the anchor (see [`super::find_times_and_check`]).
    pub anchored_choice: std::cell::Cell<bool>,
}

/// Words before a date that make the sentence look ahead.
const FUTURE_CUES: &[&str] = &[
    "will",
    "ll",
    "shall",
    "scheduled",
    "expected",
    "planned",
    "plans",
    "plan",
    "due",
    "upcoming",
    "going",
    "until",
    "next",
    "coming",
    "set",
    "would",
    "later",
];

/// Words a bare `May` or `March` follows when it is the month.
const MONTH_PREPS: &[&str] = &[
    "in", "since", "until", "till", "by", "of", "from", "through", "early", "late", "mid", "last", "next",
    "this", "during", "before", "after", "-", "between", "and", "to", "on", "that",
];

impl Ctx<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &*t.lower)
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.w(i))
    }

    /// Skips a period touching token `i - 1` (`Feb.`), returning the next index.
    fn skip_dot(&self, i: usize) -> usize {
        if i > 0 && self.w(i) == "." && touches(self.toks, i - 1) {
            i + 1
        } else {
            i
        }
    }

    fn skip(&self, i: usize, word: &str) -> usize {
        if self.w(i) == word {
            i + 1
        } else {
            i
        }
    }

    /// True when the sentence before token `i` looks ahead.
    pub fn looks_ahead(&self, i: usize) -> bool {
        let lo = i.saturating_sub(10);
        for j in (lo..i).rev() {
            let w = self.w(j);
            if matches!(w, "." | "!" | "?" | ";") {
                return false;
            }
            if FUTURE_CUES.contains(&w) {
                return true;
            }
        }
        false
    }

    /// A value computed from the anchor, or empty without one.
    fn rel(&self, f: impl FnOnce(NaiveDate) -> String) -> String {
        self.anchor.map(f).unwrap_or_default()
    }

    /// A year token (`1998`): four digits between 1000 and 2099.
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.toks.get(i)?;
        let y = t.num()?;
        (t.text.len() == 4 && (1000..=2099).contains(&y)).then_some(y as i32)
    }

    /// A day of the month (`28`, `28th`).
    fn day(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        let d = t.num().filter(|_| t.text.len() <= 2).or_else(|| lexicon::ordinal(&t.lower))?;
        (1..=31).contains(&d).then_some(d)
    }

    /// A month name at `i` that is really a month here; returns (month, next index).
    fn month(&self, i: usize, need_context: bool) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        let m = lexicon::month(&t.lower)?;
        if !t.is_capitalised() {
            return None;
        }
        let full = lexicon::is_full_month(&t.lower);
        let next = if full { i + 1 } else { self.skip_dot(i + 1) };
        let dotted = next > i + 1;
        let followed_by_number = self.day(next).is_some() || self.year(self.skip(next, ",")).is_some();
        if !full && !dotted && !followed_by_number {
            return None;
        }
        if need_context
            && matches!(m, 3 | 5)
            && !followed_by_number
            && (i == 0 || !self.is(i - 1, MONTH_PREPS))
        {
            return None;
        }
        Some((m, next))
    }

    /// A count: digits, a number word (`twenty-three`), `a`/`an`, or vague (`several`) → None count.
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let t = self.toks.get(i)?;
        if let Some(n) = t.num() {
            if t.text.len() <= 4 && !(i > 0 && touches(self.toks, i - 1) && self.is(i - 1, &[",", "."])) {
                return Some((Some(n), i + 1));
            }
            return None;
        }
        if let Some(n) = lexicon::small_number(&t.lower) {
            if n >= 20 && self.w(i + 1) == "-" && touches(self.toks, i) {
                if let Some(u) = lexicon::small_number(self.w(i + 2)).filter(|u| *u < 10) {
                    return Some((Some(n + u), i + 3));
                }
            }
            return Some((Some(n), i + 1));
        }
        match &*t.lower {
            "a" | "an" | "one" => Some((Some(1), i + 1)),
            "several" | "many" | "some" | "few" => Some((None, i + 1)),
            "couple" if self.w(i + 1) == "of" => Some((Some(2), i + 2)),
            _ => None,
        }
    }
}

/// Absolute dates written with digits: `2019-02-28`, `02/13/1998`.
pub(crate) fn numeric_date(c: &Ctx, i: usize) -> Option<Hit> {
    let t = |k| c.toks.get(i + k);
    let adjacent = (0..4).all(|k| touches(c.toks, i + k));
    if !adjacent {
        return None;
    }
    let (a, s1, b, s2, e) = (t(0)?, t(1)?, t(2)?, t(3)?, t(4)?);
    if a.kind != TokKind::Num || b.kind != TokKind::Num || e.kind != TokKind::Num || s1.text != s2.text {
        return None;
    }
    let (y, m, d) = match s1.text {
        "-" if a.text.len() == 4 => (a.num()? as i32, b.num()?, e.num()?),
        "/" if e.text.len() == 4 => (e.num()? as i32, a.num()?, b.num()?),
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    hit(i + 5, resolve::day(date), Kind::Date)
}

/// `Feb. 28, 2019`, `May 2`, `March 1998`, `January`.
pub(crate) fn month_first(c: &Ctx, i: usize) -> Option<Hit> {
    let (m, mut j) = c.month(i, true)?;
    if let Some(d) = c.day(j).filter(|_| c.w(j + 1) != ":") {
        j += 1;
        let k = c.skip(j, ",");
        if let Some(y) = c.year(k) {
            let v = NaiveDate::from_ymd_opt(y, m, d).map_or_else(|| resolve::month(y, m), resolve::day);
            return hit(k + 1, v, Kind::Date);
        }
        let fwd = c.looks_ahead(i);
        let v = c.rel(|a| {
            let y = resolve::year_of_day(a, m, d, fwd);
            NaiveDate::from_ymd_opt(y, m, d).map(resolve::day).unwrap_or_default()
        });
        return hit(j, v, Kind::Date);
    }
    let k = c.skip(c.skip(j, ","), "of");
    if let Some(y) = c.year(k) {
        return hit(k + 1, resolve::month(y, m), Kind::Date);
    }
    let fwd = c.looks_ahead(i) || (i > 0 && c.is(i - 1, &["next", "coming"]));
    hit(j, c.rel(|a| resolve::month(resolve::year_of_month(a, m, fwd), m)), Kind::Date)
}

/// `28 February 2019`, `2nd of May`.
pub(crate) fn day_first(c: &Ctx, i: usize) -> Option<Hit> {
    let d = c.day(i)?;
    let j = c.skip(i + 1, "of");
    let (m, j) = c.month(j, false)?;
    if let Some(y) = c.year(c.skip(j, ",")) {
        let k = c.skip(j, ",");
        let v = NaiveDate::from_ymd_opt(y, m, d).map_or_else(|| resolve::month(y, m), resolve::day);
        return hit(k + 1, v, Kind::Date);
    }
    let fwd = c.looks_ahead(i);
    let v = c.rel(|a| {
        let y = resolve::year_of_day(a, m, d, fwd);
        NaiveDate::from_ymd_opt(y, m, d).map(resolve::day).unwrap_or_default()
    });
    hit(j, v, Kind::Date)
}

/// `Thursday`, `next Monday`, `last Friday night`, `Tuesday, Feb. 26`.
pub(crate) fn weekday(c: &Ctx, i: usize) -> Option<Hit> {
    let (dir, wi) = match c.w(i) {
        "next" | "coming" => (Some(true), i + 1),
        "last" | "past" => (Some(false), i + 1),
        "this" => (None, i + 1),
        _ => (None, i),
    };
    let t = c.toks.get(wi)?;
    if !t.is_capitalised() || t.text.len() < 6 {
        return None;
    }
    let wd = lexicon::weekday(&t.lower)?;
    // `Tuesday, Feb. 26, 2019`: the explicit date wins.
    if let Some(h) = month_first(c, c.skip(wi + 1, ",")) {
        // Whether the date is complete (10 characters) can depend on the anchor (`Feb. 26`).
        c.anchored_choice.set(true);
        if h.value.len() == 10 {
            return Some(h);
        }
    }
    let fwd = dir.unwrap_or_else(|| c.looks_ahead(i));
    let strict = dir.is_some();
    let date = c.anchor.map(|a| {
        let d = resolve::weekday_near(a, wd, fwd);
        match (strict, d == a, fwd) {
            (true, true, true) => d + Duration::days(7),
            (true, true, false) => d - Duration::days(7),
            _ => d,
        }
    });
    let v = date.map(resolve::day).unwrap_or_default();
    if let Some(p) = lexicon::part_of_day(c.w(wi + 1)) {
        let v = if v.is_empty() { v } else { format!("{v}T{p}") };
        return hit(wi + 2, v, Kind::Time);
    }
    hit(wi + 1, v, Kind::Date)
}

/// `today`, `yesterday morning`, `tonight`, `now`, `recently`.
pub(crate) fn deictic(c: &Ctx, i: usize) -> Option<Hit> {
    let shift = match c.w(i) {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        "tonight" => return hit(i + 1, c.rel(|a| format!("{}TNI", resolve::day(a))), Kind::Time),
        "now" | "currently" | "nowadays" | "presently" => {
            return hit(i + 1, "PRESENT_REF".into(), Kind::Date)
        }
        "recently" | "lately" | "formerly" => return hit(i + 1, "PAST_REF".into(), Kind::Date),
        // `year-earlier`, `year-ago` (results): the year before.
        "year" if c.w(i + 1) == "-" && c.is(i + 2, &["earlier", "ago"]) && touches(c.toks, i) => {
            // `the year-earlier quarter`: results compare the last completed quarter.
            if c.is(i + 3, &["quarter", "period"]) {
                return hit(i + 4, c.rel(|a| resolve::shifted(a, Unit::Quarter, 5)), Kind::Date);
            }
            return hit(i + 3, c.rel(|a| resolve::shifted(a, Unit::Year, 1)), Kind::Date);
        }
        "past" if i > 0 && c.is(i - 1, &["the"]) && !c.is(i + 1, &["few", "several"]) => {
            return hit(i + 1, "PAST_REF".into(), Kind::Date)
        }
        "future" if i > 0 && c.is(i - 1, &["the"]) => return hit(i + 1, "FUTURE_REF".into(), Kind::Date),
        _ => return None,
    };
    let date = c.anchor.map(|a| a + Duration::days(shift));
    if let Some(p) = lexicon::part_of_day(c.w(i + 1)) {
        return hit(i + 2, date.map(|d| format!("{}T{p}", resolve::day(d))).unwrap_or_default(), Kind::Time);
    }
    hit(i + 1, date.map(resolve::day).unwrap_or_default(), Kind::Date)
}

/// `last week`, `this year`, `next month`, `last night`, `this summer`, `the past three years`.
pub(crate) fn relative(c: &Ctx, i: usize) -> Option<Hit> {
    let the = c.w(i) == "the";
    let j = if the { i + 1 } else { i };
    let shift: i64 = match c.w(j) {
        "last" | "past" | "previous" => 1,
        "this" | "current" => 0,
        "next" | "coming" => -1,
        _ => return None,
    };
    // `the past three years`, `the next two weeks`: a duration.
    if shift != 0 {
        if let Some((n, k)) = c.count(j + 1).filter(|(n, _)| n != &Some(1)) {
            if let Some((u, _)) = lexicon::unit(c.w(k)) {
                return hit(k + 1, resolve::duration(n, u), Kind::Duration);
            }
        }
    }
    let w = c.w(j + 1);
    if let Some(p) = lexicon::part_of_day(w) {
        if shift == 0 || (shift == 1 && w == "night") {
            let v = c.rel(|a| format!("{}T{p}", resolve::day(a - Duration::days(shift))));
            return hit(j + 2, v, Kind::Time);
        }
    }
    if let Some(s) = lexicon::season(w) {
        let v = c.rel(|a| format!("{:04}-{s}", a.year() - shift as i32));
        return hit(j + 2, v, Kind::Date);
    }
    let (u, plural) = lexicon::unit(w)?;
    if plural || u.is_clock() {
        return None;
    }
    // `the past year` reads as a stretch of time, `last year` as a date.
    if the && shift == 1 && c.w(j) == "past" {
        return hit(j + 2, resolve::duration(Some(1), u), Kind::Duration);
    }
    let v = c.rel(|a| {
        if u == Unit::Weekend {
            format!("{}-WE", resolve::shifted(a, Unit::Week, shift))
        } else {
            resolve::shifted(a, u, shift)
        }
    });
    hit(j + 2, v, Kind::Date)
}

/// `three years`, `a five-year plan`, `two years ago`, `several months`.
pub(crate) fn counted(c: &Ctx, i: usize) -> Option<Hit> {
    let (n, j) = c.count(i)?;
    let hyphen = c.w(j) == "-" && touches(c.toks, j - 1);
    let k = if hyphen { j + 1 } else { j };
    let (u, _) = lexicon::unit(c.w(k))?;
    if hyphen && c.w(k + 1) == "-" && c.w(k + 2) == "old" {
        return None; // an age, not a time
    }
    if c.w(k + 1) == "ago" {
        let v = match n {
            Some(n) => c.rel(|a| resolve::shifted(a, u, i64::from(n))),
            None => "PAST_REF".to_string(),
        };
        return hit(k + 2, v, Kind::Date);
    }
    if c.w(k + 1) == "from" && c.w(k + 2) == "now" {
        let v = match n {
            Some(n) => c.rel(|a| resolve::shifted(a, u, -i64::from(n))),
            None => "FUTURE_REF".to_string(),
        };
        return hit(k + 3, v, Kind::Date);
    }
    // `a day`, `one week` need more than an article to be a duration when not followed by `ago`.
    if c.is(i, &["some", "many"]) && !c.is(i.wrapping_sub(1), &["for", "in", "about", "over"]) {
        return None;
    }
    hit(k + 1, resolve::duration(n, u), Kind::Duration)
}

/// `for years`, `for decades`, `in recent years`: a vague duration.
pub(crate) fn vague(c: &Ctx, i: usize) -> Option<Hit> {
    let (u, plural) = lexicon::unit(c.w(i))?;
    if plural && i > 0 && c.is(i - 1, &["for", "over", "recent"]) {
        return hit(i + 1, resolve::duration(None, u), Kind::Duration);
    }
    None
}

/// `1998`, `fiscal 1998`, `the 1970s`, `'80s`.
pub(crate) fn year(c: &Ctx, i: usize, after_decade: bool) -> Option<Hit> {
    if c.w(i) == "fiscal" {
        let y = c.year(i + 1)?;
        return hit(i + 2, format!("FY{y}"), Kind::Date);
    }
    if let Some(y) = c.year(i) {
        let prev = if i > 0 { c.w(i - 1) } else { "" };
        let next = c.w(i + 1);
        let money = matches!(prev, "$" | "€" | "£" | "¥" | "#" | "no");
        let part_of_number = i > 0 && touches(c.toks, i - 1) && matches!(prev, "," | "." | ":");
        let amount = next == "%" || lexicon::scale(next).is_some() || next == "percent";
        if money
            || part_of_number
            || amount
            || (touches(c.toks, i)
                && matches!(next, "," | ".")
                && c.toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num && touches(c.toks, i + 1)))
        {
            return None;
        }
        return hit(i + 1, format!("{y:04}"), Kind::Date);
    }
    // `'80s`: an apostrophe touching a two-digit decade.
    let (apos, k) =
        if matches!(c.w(i), "'" | "’" | "‘") && touches(c.toks, i) { (true, i + 1) } else { (false, i) };
    let t = c.toks.get(k)?;
    let digits = t.lower.strip_suffix('s')?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    let v = match digits.len() {
        4 => format!("{}X", &digits[..3]),
        2 if apos || after_decade => format!("19{}X", &digits[..1]),
        _ => return None,
    };
    hit(k + 1, v, Kind::Date)
}
