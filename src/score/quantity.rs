//! The number-mismatch detector. Two figures conflict only when they fill the same slot and
//! cannot both be true:
//! - the same slot: the same unit or counted noun, standing at the same place in the word-level
//!   diff (one changed stretch) or after the same word; an extra figure on one side, a count of
//!   `other` / `more` things, or a percentage of a different whole (`22% of students` / `31% of
//!   adults`) fills another slot;
//! - cannot both be true: their ranges do not meet, where a figure's range allows for the
//!   precision it is written with (`17` / `17.3`), approximation (`about 300`), bounds (`more than
//!   5,200`) and spans (`$54 million to $56 million`);
//! - not a figure at all: years and clock times (the date detector's business), conversions in
//!   parentheses (`220 pounds (100 kg)`), and pieces of a number the reader split (`167-1/2`,
//!   `1,2 million`, `$2.8bn` read as `$2`); and a value the other side states anywhere is no
//!   mismatch.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::conflict::{reason, texts, Alignment};
use super::lexicon;
use super::relation::Side;
use crate::model::{Quantity, Reason};

/// Words before a figure that make it approximate: its range widens by a unit of its last
/// significant digit either way (`about 300` is 200-400, `about 24` is 23-25).
const APPROXIMATE: &[&str] = &["about", "around", "approximately", "roughly", "some", "estimated", "circa"];
/// Words before a figure that make it an upper approximation (`nearly 20` is a little under 20).
const NEARLY: &[&str] = &["nearly", "almost", "close"];
/// Words before a figure that make it a lower bound (`more than 5,200`).
const AT_LEAST: &[&str] = &["over", "above", "exceeding", "upwards"];
/// Words before a figure that make it an upper bound (`up to 30`, `under 5`).
const AT_MOST: &[&str] = &["under", "below"];
/// Words that make a count one of other things (`five other people` / `seven people`).
const OTHER: &[&str] = &["other", "more", "additional", "another", "further", "extra", "new"];

/// Stems of words of movement: `rose 31 cents to 28.39` and `from 5 to 7` give a change and a
/// level, or two levels, not a span of values.
const MOVEMENT: &[&str] = &[
    "rise", "rose", "risen", "fall", "fell", "fallen", "gain", "lose", "lost", "add", "drop", "slip",
    "climb", "jump", "eas", "shed", "dip", "slide", "slid", "surg", "soar", "plung", "tumbl", "advanc",
    "declin", "increas", "decreas", "grow", "grew", "cut", "rais", "lower", "up", "down", "by", "from",
];

/// A quantity prepared for comparison.
struct Figure<'q> {
    q: &'q Quantity,
    /// Index of the figure's first token in its side.
    token: usize,
    unit: String,
    /// The values the text allows.
    lo: f64,
    hi: f64,
    /// Counts `other` / `more` things.
    other: bool,
    /// For a percentage or fraction: the first content word after `of` (`22% of students`).
    of_whole: Option<String>,
}

/// Unit key for matching quantities: lower case, stemmed last word, `""` for none.
fn unit_key(unit: Option<&str>) -> String {
    match unit {
        None => String::new(),
        Some(u) => {
            let u = u.to_lowercase();
            let last = u.split_whitespace().last().unwrap_or("").to_string();
            u.split_whitespace()
                .take(u.split_whitespace().count().saturating_sub(1))
                .chain(std::iter::once(lexicon::STEMMER.stem(&last).as_ref()))
                .collect::<Vec<_>>()
                .join(" ")
        }
    }
}

static NUM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d[\d,]*(?:\.(\d+))?").unwrap_or_else(|e| panic!("bad regex: {e}")));

/// Half a unit of the last digit a quantity is written with, in its value's scale: 0.05 for
/// `17.3`, 0.5 for `17`, 50,000 for `$1.7 million`.
fn precision(q: &Quantity) -> f64 {
    let Some(c) = NUM.captures(&q.text) else { return 0.0 };
    let mantissa: f64 = c[0].replace(',', "").parse().unwrap_or(0.0);
    let decimals = c.get(1).map_or(0, |d| d.as_str().len());
    let scale = if mantissa > 0.0 { q.value / mantissa } else { 1.0 };
    0.5 * 10f64.powi(-(decimals.min(12) as i32)) * scale.abs()
}

/// A unit of the last significant digit a quantity is written with, in its value's scale: 100
/// for `300`, 0.1 for `2.5`, 100,000 for `$1.7 million`.
fn last_digit(q: &Quantity) -> f64 {
    let Some(c) = NUM.captures(&q.text) else { return 0.0 };
    let mantissa: f64 = c[0].replace(',', "").parse().unwrap_or(0.0);
    let scale = if mantissa > 0.0 { q.value / mantissa } else { 1.0 };
    let unit = match c.get(1) {
        Some(d) => 10f64.powi(-(d.as_str().len().min(12) as i32)),
        None => {
            let int = c[0].replace(',', "");
            let zeros = int.len() - int.trim_end_matches('0').len();
            10f64.powi(zeros.min(int.len().saturating_sub(1)) as i32)
        }
    };
    unit * scale.abs()
}

/// The number as written, without its scale word: 70 for `$70 million`.
fn mantissa(q: &Quantity) -> Option<f64> {
    NUM.find(&q.text)?.as_str().replace(',', "").parse().ok()
}

/// Two quantities state the same value: equal, or one is the other rounded to the precision it is
/// written with (`17 percent` / `17.3 percent`), or the same digits where one side dropped the
/// scale word (`$70 million` / `$70`: a lost `million` is an omission, not a competing figure).
fn same_value(x: &Quantity, y: &Quantity) -> bool {
    let tolerance = precision(x).max(precision(y)).max(1e-9 * x.value.abs().max(y.value.abs()));
    if (x.value - y.value).abs() <= tolerance {
        return true;
    }
    let unscaled = |q: &Quantity| mantissa(q).is_some_and(|m| (m - q.value).abs() < 1e-9);
    match (mantissa(x), mantissa(y)) {
        (Some(mx), Some(my)) => (mx - my).abs() < 1e-9 && (unscaled(x) != unscaled(y)),
        _ => false,
    }
}

/// Numbers that name a point in time rather than an amount: a bare year (`2003`), a clock time
/// (`8 a.m.`), or a number inside a date or time expression the time finder read.
fn is_time_like(s: &Side, q: &Quantity) -> bool {
    let unit = q.unit.as_deref().unwrap_or("").to_lowercase();
    if ["a.m", "p.m", "am", "pm", "gmt"].iter().any(|u| unit.starts_with(u)) {
        return true;
    }
    let t = q.text.trim();
    let year = t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit()) && (1800.0..=2100.0).contains(&q.value);
    let digits = NUM.find(&q.text).map(|m| (q.start + m.start(), q.start + m.end()));
    let in_time = digits.is_some_and(|(ds, de)| {
        s.times.iter().any(|t| matches!(t.kind.as_str(), "date" | "time") && t.start < de && ds < t.end)
    });
    (q.unit.is_none() && year) || in_time
}

/// A piece of a longer number the reader split: the whitespace-delimited word around the digits
/// holds digits outside the quantity (`167-1/2`, `1,2`, `$2.8bn` read as `$2`), or the digits follow
/// a decimal point (`.85`).
fn is_fragment(text: &str, q: &Quantity) -> bool {
    let Some(m) = NUM.find(&q.text) else { return false };
    let (ds, de) = (q.start + m.start(), q.start + m.end());
    if text[..ds].ends_with('.') {
        return true;
    }
    let word_start = crate::text::last_word_start(&text[..ds]);
    let word_end = text[de..].find(char::is_whitespace).map_or(text.len(), |i| de + i);
    let outside = |s: &str| {
        let s = s.trim_end_matches(['.', ',', ';', ':', ')', '"', '\'']);
        s.chars().any(|c| c.is_ascii_digit())
    };
    outside(&text[word_start..ds]) || outside(&text[de..word_end])
}

/// A conversion in parentheses right after another figure (`220 pounds (100 kg)`).
fn is_conversion(text: &str, q: &Quantity, all: &[Quantity]) -> bool {
    let before = text[..q.start].trim_end();
    let Some(before) = before.strip_suffix('(') else { return false };
    let before = before.trim_end();
    all.iter().any(|p| p.end <= q.start && p.end == before.len())
}

/// Index of the first token of `side` inside `[start, end)`.
fn first_token(side: &Side, start: usize, end: usize) -> Option<usize> {
    side.tokens.iter().position(|t| t.start >= start && t.start < end)
}

/// The lower-case words just before token `i` (nearest first), up to two.
fn words_before<'s>(side: &'s Side, i: usize) -> Vec<&'s str> {
    side.tokens[..i].iter().rev().take(2).map(|t| t.lower.as_str()).collect()
}

/// The range of values a figure's text allows: its written precision, widened or opened by an
/// approximation or bound just before it.
fn range(side: &Side, q: &Quantity, token: usize) -> (f64, f64) {
    let prec = precision(q).max(1e-9 * q.value.abs());
    let (v, lo, hi) = (q.value, q.value - prec, q.value + prec);
    let before = words_before(side, token);
    let w1 = before.first().copied().unwrap_or("");
    let w2 = before.get(1).copied().unwrap_or("");
    if matches!((w2, w1), ("more" | "greater", "than") | ("at", "least")) || AT_LEAST.contains(&w1) {
        return (lo, f64::INFINITY);
    }
    if matches!((w2, w1), ("less" | "fewer", "than") | ("at", "most") | ("up", "to")) || AT_MOST.contains(&w1)
    {
        return (f64::NEG_INFINITY, hi);
    }
    let loose = last_digit(q);
    if APPROXIMATE.contains(&w1) || APPROXIMATE.contains(&w2) {
        return (lo.min(v - loose), hi.max(v + loose));
    }
    if NEARLY.contains(&w1) || NEARLY.contains(&w2) {
        return (lo.min(v - loose), hi);
    }
    (lo, hi)
}

/// The figures of a side that can take part in a number conflict, with spans `X to Y unit`
/// (`between X and Y unit`) merged into one figure whose range covers both ends.
fn figures<'s>(side: &'s Side) -> Vec<Figure<'s>> {
    let qs = &side.quantities;
    let mut out: Vec<Figure> = Vec::new();
    let mut skip_next = false;
    for (i, q) in qs.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        if is_time_like(side, q) || is_fragment(side.text, q) || is_conversion(side.text, q, qs) {
            continue;
        }
        let Some(token) = first_token(side, q.start, q.end) else { continue };
        let (mut lo, mut hi) = range(side, q, token);
        let mut unit = unit_key(q.unit.as_deref());
        // `54 to 56 million`, `$54 million to $56 million`, `between 30 and 80 pounds`.
        if let Some(next) = qs.get(i + 1) {
            let gap = side.text.get(q.end..next.start).unwrap_or("").trim().to_lowercase();
            let before = side.tokens[..token].last();
            let between = before.is_some_and(|t| t.lower == "between");
            let movement = before.is_some_and(|t| MOVEMENT.contains(&t.stem.as_str()));
            let joins = (matches!(gap.as_str(), "to" | "-" | "–") && !movement) || (between && gap == "and");
            let next_unit = unit_key(next.unit.as_deref());
            if joins && (unit.is_empty() || unit == next_unit) && !next_unit.is_empty() {
                let (nlo, nhi) = first_token(side, next.start, next.end)
                    .map_or((next.value, next.value), |t| range(side, next, t));
                (lo, hi, unit) = (lo.min(nlo), hi.max(nhi), next_unit);
                skip_next = true;
            }
        }
        let other = side.tokens.iter().enumerate().any(|(k, t)| {
            (k + 1 == token || (t.start >= q.start && t.end <= q.end)) && OTHER.contains(&t.lower.as_str())
        });
        let of_whole = (unit == "%" || unit.ends_with("percentag"))
            .then(|| {
                let after = side.tokens.iter().skip_while(|t| t.start < q.end).take(4).collect::<Vec<_>>();
                let of = after.iter().position(|t| t.lower == "of")?;
                after[of + 1..].iter().find(|t| !t.stop && t.number.is_none()).map(|t| t.stem.clone())
            })
            .flatten();
        out.push(Figure { q, token, unit, lo, hi, other, of_whole });
    }
    out
}

/// True when the two figures' ranges meet, or they state the same value.
fn compatible(x: &Figure, y: &Figure) -> bool {
    (x.lo <= y.hi && y.lo <= x.hi) || same_value(x.q, y.q)
}

/// True when `y` states the value of `x` anywhere: as a quantity of any unit, or as a bare number.
fn stated(x: &Quantity, y: &Side) -> bool {
    y.quantities.iter().any(|q| same_value(x, q))
        || mantissa(x)
            .is_some_and(|m| y.tokens.iter().any(|t| t.number.is_some_and(|n| (n - m).abs() < 1e-9)))
}

/// True when two figures stand in the same slot: the same place in the diff (one changed
/// stretch) or the same word just before, and neither counts `other` things or a different whole.
fn same_slot(a: &Side, fa: &Figure, b: &Side, fb: &Figure, al: &Alignment) -> bool {
    if fa.other != fb.other {
        return false;
    }
    if let (Some(x), Some(y)) = (&fa.of_whole, &fb.of_whole) {
        if x != y {
            return false;
        }
    }
    let same_word_before = words_before(a, fa.token).first() == words_before(b, fb.token).first();
    if fa.unit.is_empty() {
        // Bare numbers compete only after the same word (`at 1.29` / `at 1.31`).
        return same_word_before;
    }
    let same_hunk = matches!((al.a[fa.token], al.b[fb.token]), (Some(x), Some(y)) if x == y);
    same_hunk || same_word_before || words_after(a, fa.q).is_some_and(|w| Some(w) == words_after(b, fb.q))
}

/// The two lower-case words right after a figure's text when no punctuation comes between and
/// one of them is a content word (`212 homes were evacuated` → `were evacuated`): a figure
/// moved within its sentence (`During the floods, 180 homes were evacuated`) keeps its slot.
fn words_after<'s>(side: &'s Side, q: &Quantity) -> Option<[&'s str; 2]> {
    let at = side.tokens.iter().position(|t| t.start >= q.end)?;
    let (x, y) = (side.tokens.get(at)?, side.tokens.get(at + 1)?);
    let between = side.text.get(q.end..y.end)?;
    (between.chars().all(|c| c.is_alphabetic() || c == ' ') && !(x.stop && y.stop))
        .then_some([x.lower.as_str(), y.lower.as_str()])
}

fn by_unit(figs: Vec<Figure<'_>>) -> BTreeMap<String, Vec<Figure<'_>>> {
    let mut m: BTreeMap<String, Vec<Figure>> = BTreeMap::new();
    for f in figs {
        m.entry(f.unit.clone()).or_default().push(f);
    }
    m
}

/// Numbers in the same slot whose values cannot both be true (see the module docs).
pub fn detect(a: &Side, b: &Side, al: &Alignment) -> Option<Reason> {
    mismatches(a, b, |_, x, y| same_slot(a, x, b, y, al))
}

/// The amounts of money of two sides that conflict when the only amount in a currency on one side
/// is taken to fill the slot of the only amount in that currency on the other (`will cost about
/// $48 million` / `will spend $63 million`), wherever they stand. For sides the aligner pairs
/// although their wording differs too much for the word-level slots of [`detect`]. Counts are
/// left alone: on such pairs `injuring five people` / `killing 10 people` are other slots as
/// often as not, while a sum of money in a story is usually the one sum (measured on ECB+
/// weak matches; see the README).
pub fn detect_lone(a: &Side, b: &Side) -> Option<Reason> {
    let money = |unit: &str| {
        unit.split_whitespace().last().is_some_and(|w| crate::extract::numbers::CURRENCY_CODES.contains(&w))
    };
    let count = |s: &Side| {
        let mut n: BTreeMap<String, usize> = BTreeMap::new();
        for f in figures(s) {
            *n.entry(f.unit).or_default() += 1;
        }
        n
    };
    let (na, nb) = (count(a), count(b));
    mismatches(a, b, |unit, _, _| money(unit) && na.get(unit) == Some(&1) && nb.get(unit) == Some(&1))
}

/// Pairs of open figures (no compatible partner, value not stated on the other side) of each
/// unit that `slot` says stand in one slot, as one `conflict-number` reason.
fn mismatches(a: &Side, b: &Side, slot: impl Fn(&str, &Figure, &Figure) -> bool) -> Option<Reason> {
    let (ga, gb) = (by_unit(figures(a)), by_unit(figures(b)));
    let (mut sa, mut sb, mut units) = (Vec::new(), Vec::new(), Vec::new());
    for (unit, fa) in &ga {
        let Some(fb) = gb.get(unit) else { continue };
        // A figure with a compatible partner, or whose value the other side states, is no mismatch.
        let open_a: Vec<&Figure> =
            fa.iter().filter(|x| !fb.iter().any(|y| compatible(x, y)) && !stated(x.q, b)).collect();
        let open_b: Vec<&Figure> =
            fb.iter().filter(|y| !fa.iter().any(|x| compatible(x, y)) && !stated(y.q, a)).collect();
        let mut found = false;
        for x in &open_a {
            for y in open_b.iter().filter(|y| slot(unit, x, y)) {
                let (spa, spb) = (a.span(x.q.start, x.q.end), b.span(y.q.start, y.q.end));
                if !sa.contains(&spa) {
                    sa.push(spa);
                }
                if !sb.contains(&spb) {
                    sb.push(spb);
                }
                found = true;
            }
        }
        if found {
            units.push(if unit.is_empty() { "(no unit)".to_string() } else { unit.clone() });
        }
    }
    if sa.is_empty() {
        return None;
    }
    sa.sort_by_key(|s| s.start);
    sb.sort_by_key(|s| s.start);
    let detail = format!("{} vs {} ({})", texts(&sa), texts(&sb), units.join(", "));
    Some(reason("conflict-number", detail, sa, sb))
}

#[cfg(test)]
mod tests;
