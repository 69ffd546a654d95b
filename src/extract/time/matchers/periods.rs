//! Recognisers for clock times (`3 p.m.`), parts of the year (`the third quarter`, `summer`) and
//! recurring periods (`every year`).

use chrono::Datelike;

use super::{hit, lexicon, resolve, touches, Ctx, Hit, Kind, Tok};

/// `3 p.m.`, `10:30 a.m. EST`, `noon`, `midnight`.
pub(crate) fn clock(c: &Ctx, i: usize) -> Option<Hit> {
    // The date is formatted only once a clock time matched (this runs at every token).
    let fmt = |h: u32, m: u32| c.rel(|a| format!("{}T{h:02}:{m:02}", resolve::day(a)));
    match c.w(i) {
        "noon" | "midday" => return hit(i + 1, fmt(12, 0), Kind::Time),
        "midnight" => return hit(i + 1, fmt(24, 0), Kind::Time),
        _ => {}
    }
    let t = c.toks.get(i)?;
    // `3pm` in one token.
    let (h, mut j, suffix) = if let Some(h) = t.num() {
        (h, i + 1, None)
    } else {
        let d = t.lower.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
        let s = &t.lower[d.len()..];
        if d.is_empty() || !matches!(s, "am" | "pm") {
            return None;
        }
        (d.parse::<u32>().ok()?, i + 1, Some(s == "pm"))
    };
    let mut min = 0;
    if suffix.is_none() && c.w(j) == ":" && touches(c.toks, j - 1) {
        min = c.toks.get(j + 1).filter(|t| t.text.len() == 2).and_then(Tok::num)?;
        j += 2;
    }
    let pm = match suffix {
        Some(pm) => Some(pm),
        None => match c.w(j) {
            "am" => Some(false).inspect(|_| j += 1),
            "pm" => Some(true).inspect(|_| j += 1),
            "a" | "p" if c.w(j + 1) == "." && c.w(j + 2) == "m" => {
                let pm = c.w(j) == "p";
                j = c.skip_dot(j + 3);
                Some(pm)
            }
            _ => None,
        },
    };
    let pm = pm?;
    if !(1..=12).contains(&h) || min > 59 {
        return None;
    }
    let h24 = match (pm, h) {
        (false, 12) => 0,
        (true, h) if h < 12 => h + 12,
        (_, h) => h,
    };
    if c.toks.get(j).is_some_and(|t| {
        matches!(t.text, "EST" | "EDT" | "GMT" | "UTC" | "PST" | "PDT" | "CST" | "CDT" | "ET" | "JST")
    }) {
        j += 1;
    }
    hit(j, fmt(h24, min), Kind::Time)
}

/// `the third quarter`, `fourth-quarter`, `the first half`, `summer`, `the summer of 1998`.
pub(crate) fn part_of_year(c: &Ctx, i: usize) -> Option<Hit> {
    if let Some(s) = lexicon::season(c.w(i)) {
        let k = c.skip(i + 1, "of");
        if let Some(y) = c.year(k) {
            return hit(k + 1, format!("{y:04}-{s}"), Kind::Date);
        }
        if c.w(i) == "fall"
            && !c
                .toks
                .get(i)
                .is_some_and(|t| i > 0 && c.is(i - 1, &["the", "in", "this"]) && !t.is_capitalised())
        {
            return None; // `fall` the verb
        }
        if i > 0 && c.is(i - 1, &["the", "in", "this", "during", "early", "late"]) {
            return hit(i + 1, c.rel(|a| format!("{:04}-{s}", a.year())), Kind::Date);
        }
        return None;
    }
    let n = lexicon::ordinal(c.w(i)).filter(|n| *n <= 4)?;
    let mut j = i + 1;
    if c.w(j) == "-" {
        j += 1;
    }
    j = c.skip(j, "fiscal");
    let (code, max) = match c.w(j) {
        "quarter" => ("Q", 4),
        "half" => ("H", 2),
        _ => return None,
    };
    if n > max {
        return None;
    }
    let k = c.skip(c.skip(j + 1, "of"), ",");
    if let Some(y) = c.year(k) {
        return hit(k + 1, format!("{y:04}-{code}{n}"), Kind::Date);
    }
    let fwd = c.looks_ahead(i);
    let v = c.rel(|a| {
        let start_month = (n - 1) * 12 / max + 1;
        let y = if !fwd && start_month > a.month() { a.year() - 1 } else { a.year() };
        format!("{y:04}-{code}{n}")
    });
    hit(j + 1, v, Kind::Date)
}

/// `every year`, `each week`, `annually`, `daily`: a recurring period.
pub(crate) fn set(c: &Ctx, i: usize) -> Option<Hit> {
    let v = match c.w(i) {
        "every" | "each" | "per" => {
            let (u, plural) = lexicon::unit(c.w(i + 1))?;
            if plural {
                return None;
            }
            return hit(i + 2, resolve::duration(Some(1), u), Kind::Set);
        }
        "annually" | "yearly" => "P1Y",
        "monthly" => "P1M",
        "weekly" => "P1W",
        "daily" => "P1D",
        "hourly" => "PT1H",
        _ => return None,
    };
    hit(i + 1, v.to_string(), Kind::Set)
}
