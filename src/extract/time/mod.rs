//! Time expressions normalised against the publication date (`Thursday`, `last week`, `in 2002`).
//!
//! A token scanner tries, at each word, recognisers for absolute dates, weekdays, deictic words,
//! relative periods, durations, years and decades, clock times and parts of the year (see
//! [`matchers`]); the longest match wins and scanning resumes after it, so the whole pass is linear.
//! Values follow TIMEX3 (`2019-02-28`, `2019-W08`, `2019-Q1`, `2019-SU`, `197X`, `P3Y`,
//! `PRESENT_REF`), except decades, written `197X` rather than TimeML's `197`.
//!
//! Relative expressions resolve with the news convention: a bare weekday or month is the most recent
//! one up to the publication date unless the sentence looks ahead (`will`, `next`). Without an
//! anchor, expressions that need one are still reported, with an empty `value`; absolute dates,
//! durations and `PRESENT_REF`-style references keep theirs.

mod known;
pub(crate) mod lexicon;
mod matchers;
mod resolve;
mod starters;
mod table;
pub(crate) mod tokens;

pub(crate) use lexicon::{scale, small_number};
pub(crate) use resolve::parse_day;

use chrono::NaiveDate;

use crate::model::TimeExpr;
use matchers::{Ctx, Hit};

/// Time expressions in `text`, normalised against `anchor` (the publication date) where relative;
/// spans are byte offsets into `text`.
pub fn find_times(text: &str, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    find_times_in(text, &tokens::tokenize(text), anchor)
}

/// [`find_times`] over the tokens of `text` already made, so callers that also look for numbers
/// tokenize once.
pub(crate) fn find_times_in(
    text: &str,
    toks: &[tokens::Tok<'_>],
    anchor: Option<NaiveDate>,
) -> Vec<TimeExpr> {
    find_times_and_check(text, toks, anchor).0
}

/// [`find_times_in`], and whether the spans found are also those of `find_times_in(text, toks,
/// None)`: true unless a recogniser chose an expression's end from a value only the anchor gives
/// (a decade count, `Tuesday, Feb. 26`). Lets the number finder, which wants the spans without
/// an anchor, reuse this pass instead of making another.
pub(crate) fn find_times_and_check(
    text: &str,
    toks: &[tokens::Tok<'_>],
    anchor: Option<NaiveDate>,
) -> (Vec<TimeExpr>, bool) {
    let c = Ctx { toks, anchor, anchored_choice: std::cell::Cell::new(false) };
    let mut out = Vec::new();
    let mut i = 0;
    let mut last_decade_end: Option<usize> = None;
    while i < toks.len() {
        let after_decade =
            last_decade_end.is_some_and(|e| (e..i).all(|k| c_is_joiner(&toks[k].lower)) && i - e <= 2);
        let found = if may_start(&toks[i]) && !article_leads_nowhere(toks, i) {
            match_at(&c, i, after_decade)
        } else {
            None
        };
        match found {
            Some(h) if h.end > i => {
                let (start, end) = (toks[i].start, toks[h.end - 1].end);
                let is_decade = h.value.len() == 4 && h.value.ends_with('X');
                // Without the anchor a relative decade has no value, so is no decade.
                if is_decade {
                    c.anchored_choice.set(true);
                }
                last_decade_end = is_decade.then_some(h.end);
                out.push(TimeExpr {
                    text: text[start..end].to_string(),
                    value: h.value,
                    kind: h.kind.as_str().to_string(),
                    start,
                    end,
                });
                i = h.end;
            }
            _ => i += 1,
        }
    }
    let same_without_anchor = anchor.is_none() || !c.anchored_choice.get();
    (out, same_without_anchor)
}

/// False when no time expression of `text` lies outside the byte range `inner`: no token of the
/// text before or after it can open one (each expression opens at a token [`may_start`] takes,
/// and a token outside `inner` is a token of the part it lies in). Lets a caller that wants only
/// the expressions around a claim's content skip the search of the whole sentence.
pub(crate) fn may_have_times_outside(text: &str, inner: std::ops::Range<usize>) -> bool {
    let a = inner.start.min(text.len());
    let b = inner.end.clamp(a, text.len());
    [text.get(..a), text.get(b..)]
        .into_iter()
        .any(|part| part.is_none_or(|p| tokens::Tokens { text: p, i: 0 }.any(|t| may_start(&t))))
}

/// Words that can open an expression, besides month, weekday, season, unit, number and ordinal
/// words (looked up in [`lexicon`]): modifiers, `the`, deictic and relative words, quantifiers
/// counted recognisers take, `fiscal`, recurring-period words, clock words. [`may_start`] looks
/// them up in [`starters`]; this `match` is their definition, checked against it by the tests.
#[cfg(test)]
fn is_opener(w: &str) -> bool {
    matches!(
        w,
        "early"
            | "late"
            | "mid"
            | "earlier"
            | "later"
            | "the"
            | "end"
            | "beginning"
            | "start"
            | "middle"
            | "next"
            | "coming"
            | "last"
            | "past"
            | "this"
            | "previous"
            | "current"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "now"
            | "currently"
            | "nowadays"
            | "presently"
            | "recently"
            | "lately"
            | "formerly"
            | "year"
            | "future"
            | "noon"
            | "midday"
            | "midnight"
            | "a"
            | "an"
            | "one"
            | "several"
            | "many"
            | "some"
            | "few"
            | "couple"
            | "fiscal"
            | "every"
            | "each"
            | "per"
            | "annually"
            | "yearly"
            | "monthly"
            | "weekly"
            | "daily"
            | "hourly"
    )
}

/// False when no recogniser can start at this token, so the scan skips it without trying each
/// of them: most words of a text are neither digits nor time words. Kept in step with the
/// recognisers by the test `may_start_never_skips_a_match`.
fn may_start(t: &tokens::Tok<'_>) -> bool {
    if t.text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return true; // numbers, `28th`, `3pm`, `1970s`
    }
    let w: &str = &t.lower;
    match t.kind {
        tokens::TokKind::Punct => matches!(w, "'" | "\u{2019}" | "\u{2018}"), // `'80s`
        _ => starters::contains(w),
    }
}

/// True when token `i` is `the`, `a` or `an` and the word after it cannot go on with one: `the`
/// opens only `the last week`, `the past three years`, `the end of May` and the like (the
/// relative and modified forms of [`match_at`]), `a`/`an` only a count of a unit (`a year`,
/// `a five-year plan` goes through `-`). The articles are most of the tokens [`may_start`] takes,
/// and for them every recogniser was tried in turn. Kept in step with the recognisers by the test
/// `may_start_never_skips_a_match`.
fn article_leads_nowhere(toks: &[tokens::Tok<'_>], i: usize) -> bool {
    let next = toks.get(i + 1).map_or("", |t| &*t.lower);
    match &*toks[i].lower {
        "the" => !matches!(
            next,
            "last"
                | "past"
                | "previous"
                | "this"
                | "current"
                | "next"
                | "coming"
                | "end"
                | "beginning"
                | "start"
                | "middle"
        ),
        "a" | "an" => next != "-" && lexicon::unit(next).is_none(),
        _ => false,
    }
}

fn c_is_joiner(w: &str) -> bool {
    matches!(w, "and" | "or" | "to" | "-" | "," | "through" | "the")
}

/// Words before a period that shift it within itself (`early`, `late 1998`, `earlier this year`):
/// they become part of the span, the value stays that of the period.
const MODIFIERS: &[&str] = &["early", "late", "mid", "earlier", "later"];

/// The expression starting at token `i`, with any modifier in front of it.
fn match_at(c: &Ctx, i: usize, after_decade: bool) -> Option<Hit> {
    let w = |k: usize| c.toks.get(k).map_or("", |t| &*t.lower);
    let mut j = i;
    let mut modified = false;
    if MODIFIERS.contains(&w(j)) {
        j += 1;
        if w(j) == "-" {
            j += 1;
        }
        if w(j) == "in" {
            j += 1;
        }
        modified = true;
    }
    let k = if w(j) == "the" { j + 1 } else { j };
    if matches!(w(k), "end" | "beginning" | "start" | "middle") && w(k + 1) == "of" {
        j = k + 2;
        modified = true;
    }
    if let Some(h) = core(c, j, after_decade) {
        return Some(h);
    }
    if modified {
        // `later in the year`, `the end of the month`: the current one.
        let k = if w(j) == "the" { j + 1 } else { j };
        if let Some(unit @ ("year" | "month" | "week")) = Some(w(k)) {
            let u = match unit {
                "year" => lexicon::Unit::Year,
                "month" => lexicon::Unit::Month,
                _ => lexicon::Unit::Week,
            };
            let v = c.anchor.map(|a| resolve::shifted(a, u, 0)).unwrap_or_default();
            return Some(Hit { end: k + 1, value: v, kind: matchers::Kind::Date });
        }
    }
    None
}

/// The first recogniser that matches at token `i`.
fn core(c: &Ctx, i: usize, after_decade: bool) -> Option<Hit> {
    matchers::numeric_date(c, i)
        .or_else(|| matchers::month_first(c, i))
        .or_else(|| matchers::day_first(c, i))
        .or_else(|| matchers::weekday(c, i))
        .or_else(|| matchers::deictic(c, i))
        .or_else(|| matchers::relative(c, i))
        .or_else(|| matchers::part_of_year(c, i))
        .or_else(|| matchers::clock(c, i))
        .or_else(|| matchers::counted(c, i))
        .or_else(|| matchers::year(c, i, after_decade))
        .or_else(|| matchers::vague(c, i))
        .or_else(|| matchers::set(c, i))
}

#[cfg(test)]
mod tests;
