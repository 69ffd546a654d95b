//! Conflict detectors: each looks at two related sides and returns `conflict-*` reasons with the
//! spans and words that show the conflict. Numbers, negation, antonyms, misattributed quotes,
//! misquotes, hedges and dates.

use std::collections::{BTreeMap, BTreeSet};

use super::lexicon;
use super::negation;
use super::relation::{Side, Thresholds};
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{ClaimKind, Quantity, Reason, TextSpan};

/// Runs every detector; `scores` are the pair's similarity and paraphrase score, `same` whether
/// the words are identical, `diff` the word-level diff.
pub fn detect(
    a: &Side,
    b: &Side,
    scores: (f64, f64),
    same: bool,
    th: &Thresholds,
    diff: &[String],
) -> Vec<Reason> {
    let (sim, para) = scores;
    let mut out = Vec::new();
    out.extend(speaker(a, b, para, same, th));
    // Identical words may still carry different resolved dates (`Thursday` in two weeks).
    out.extend(dates(a, b));
    if same || sim < th.conflict {
        return out;
    }
    out.extend(numbers(a, b));
    out.extend(super::negation::detect(a, b));
    out.extend(antonyms(a, b));
    out.extend(misquote(a, b, diff));
    out.extend(hedge(a, b));
    out
}

pub(super) fn reason(code: &str, detail: String, a: Vec<TextSpan>, b: Vec<TextSpan>) -> Reason {
    Reason { code: code.into(), detail, a, b }
}

pub(super) fn texts(spans: &[TextSpan]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(", ")
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

/// Half a unit of the last digit a quantity is written with, in its value's scale: 0.05 for
/// `17.3`, 0.5 for `17`, 50,000 for `$1.7 million`.
fn precision(q: &Quantity) -> f64 {
    static NUM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d[\d,]*(?:\.(\d+))?").unwrap_or_else(|e| panic!("bad regex: {e}")));
    let Some(c) = NUM.captures(&q.text) else { return 0.0 };
    let mantissa: f64 = c[0].replace(',', "").parse().unwrap_or(0.0);
    let decimals = c.get(1).map_or(0, |d| d.as_str().len());
    let scale = if mantissa > 0.0 { q.value / mantissa } else { 1.0 };
    0.5 * 10f64.powi(-(decimals.min(12) as i32)) * scale.abs()
}

/// The number as written, without its scale word: 70 for `$70 million`.
fn mantissa(q: &Quantity) -> Option<f64> {
    static NUM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d[\d,]*(?:\.\d+)?").unwrap_or_else(|e| panic!("bad regex: {e}")));
    NUM.find(&q.text)?.as_str().replace(',', "").parse().ok()
}

/// Two quantities state the same value: equal, or one is the other rounded to the precision it is
/// written with (`17 percent` / `17.3 percent`, `$1.2 million` / `$1.23 million`), or the same
/// digits where one side dropped the scale word (`$70 million` / `$70`: a lost `million` is an
/// omission, not a competing figure).
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

/// Numbers that name a point in time rather than an amount: a bare year (`2003`, no unit, no
/// currency sign, no separator) or a clock time (`8 a.m.`). Dates have their own detector.
fn is_time_like(q: &Quantity) -> bool {
    let unit = q.unit.as_deref().unwrap_or("").to_lowercase();
    if ["a.m", "p.m", "am", "pm", "gmt"].iter().any(|u| unit.starts_with(u)) {
        return true;
    }
    let t = q.text.trim();
    q.unit.is_none()
        && t.len() == 4
        && t.bytes().all(|c| c.is_ascii_digit())
        && (1800.0..=2100.0).contains(&q.value)
}

/// The lower-case word just before a quantity (`at` in `at 1.29`), `""` at the start.
fn word_before<'s>(s: &'s Side, q: &Quantity) -> &'s str {
    s.tokens.iter().rev().find(|t| t.end <= q.start).map_or("", |t| t.lower.as_str())
}

/// Numbers with the same unit whose values differ, and no equal value on the other side.
fn numbers(a: &Side, b: &Side) -> Option<Reason> {
    let group = |s: &Side| {
        let mut m: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, q) in s.quantities.iter().enumerate().filter(|(_, q)| !is_time_like(q)) {
            m.entry(unit_key(q.unit.as_deref())).or_default().push(i);
        }
        m
    };
    let (ga, gb) = (group(a), group(b));
    let (mut sa, mut sb, mut units) = (Vec::new(), Vec::new(), Vec::new());
    for (unit, ia) in &ga {
        let Some(ib) = gb.get(unit) else { continue };
        let (qa, qb) = (&a.quantities, &b.quantities);
        if ia.iter().any(|&i| ib.iter().any(|&j| same_value(&qa[i], &qb[j]))) {
            continue;
        }
        // Bare numbers (no unit) compete only at the same place: after the same word
        // (`at 1.29` / `at 1.31`); otherwise they may count different things.
        if unit.is_empty()
            && !ia.iter().any(|&i| ib.iter().any(|&j| word_before(a, &qa[i]) == word_before(b, &qb[j])))
        {
            continue;
        }
        sa.extend(ia.iter().map(|&i| a.span(a.quantities[i].start, a.quantities[i].end)));
        sb.extend(ib.iter().map(|&i| b.span(b.quantities[i].start, b.quantities[i].end)));
        units.push(if unit.is_empty() { "(no unit)".to_string() } else { unit.clone() });
    }
    if sa.is_empty() {
        return None;
    }
    let detail = format!("{} vs {} ({})", texts(&sa), texts(&sb), units.join(", "));
    Some(reason("conflict-number", detail, sa, sb))
}

/// A word on one side whose antonym stands at the same place on the other (both in one replaced
/// stretch of the word-level diff), neither word on both sides.
fn antonyms(a: &Side, b: &Side) -> Option<Reason> {
    let stems = |s: &Side| s.tokens.iter().map(|t| t.stem.clone()).collect::<BTreeSet<_>>();
    let (stems_a, stems_b) = (stems(a), stems(b));
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.tokens.iter().map(|t| t.lower.as_str()).collect(),
        b.tokens.iter().map(|t| t.lower.as_str()).collect(),
    );
    let (mut sa, mut sb) = (Vec::new(), Vec::new());
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &wa, &wb) {
        let (tag, ra, rb) = op.as_tag_tuple();
        if tag != similar::DiffTag::Replace {
            continue;
        }
        for ta in a.tokens[ra].iter().filter(|t| !stems_b.contains(&t.stem)) {
            for tb in b.tokens[rb.clone()].iter().filter(|t| !stems_a.contains(&t.stem)) {
                if lexicon::are_antonyms(&ta.stem, &tb.stem) {
                    sa.push(a.span(ta.start, ta.end));
                    sb.push(b.span(tb.start, tb.end));
                }
            }
        }
    }
    if sa.is_empty() {
        return None;
    }
    let detail = format!("{} vs {}", texts(&sa), texts(&sb));
    Some(reason("conflict-antonym", detail, sa, sb))
}

/// Surname-level key of a speaker: the last word of the canonical name, lower case.
fn surname(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// The same words (or a paraphrase of them: paraphrase score `para`) given to different named
/// speakers.
fn speaker(a: &Side, b: &Side, para: f64, same: bool, th: &Thresholds) -> Option<Reason> {
    let (sa, sb) = (a.speaker?, b.speaker?);
    if sa.anonymous || sb.anonymous || !(same || para >= th.agree) {
        return None;
    }
    let quoted = |k: Option<ClaimKind>| matches!(k, Some(ClaimKind::Direct | ClaimKind::Mixed));
    if !quoted(a.kind) && !quoted(b.kind) && !same {
        return None;
    }
    if surname(&sa.name) == surname(&sb.name) || sa.name.is_empty() || sb.name.is_empty() {
        return None;
    }
    let span = |s: &crate::model::Speaker| TextSpan { text: s.text.clone(), start: s.start, end: s.end };
    let detail = format!("the same words attributed to {} and to {}", sa.name, sb.name);
    Some(reason("conflict-speaker", detail, vec![span(sa)], vec![span(sb)]))
}

/// Both direct quotes of the same speaker, with different content words.
fn misquote(a: &Side, b: &Side, diff: &[String]) -> Option<Reason> {
    let (sa, sb) = (a.speaker?, b.speaker?);
    if a.kind != Some(ClaimKind::Direct) || b.kind != Some(ClaimKind::Direct) {
        return None;
    }
    if surname(&sa.name) != surname(&sb.name) {
        return None;
    }
    let changed = |prefix: char| -> Vec<&str> {
        diff.iter()
            .filter(|d| d.starts_with(prefix))
            .map(|d| &d[1..])
            .filter(|w| !lexicon::is_stop(w))
            .collect()
    };
    let (gone, added) = (changed('-'), changed('+'));
    if gone.is_empty() && added.is_empty() {
        return None;
    }
    let spans = |s: &Side, words: &[&str]| -> Vec<TextSpan> {
        s.tokens
            .iter()
            .filter(|t| words.contains(&t.lower.as_str()))
            .map(|t| s.span(t.start, t.end))
            .collect()
    };
    let detail =
        format!("quotes of {} differ: a has [{}], b has [{}]", sa.name, gone.join(" "), added.join(" "));
    Some(reason("conflict-misquote", detail, spans(a, &gone), spans(b, &added)))
}

/// A hedge (`reportedly`, `may`, `allegedly` …) on one side only, over words the other side states.
fn hedge(a: &Side, b: &Side) -> Option<Reason> {
    let kinds = |s: &Side| s.hedges.iter().map(|m| m.kind.to_lowercase()).collect::<BTreeSet<_>>();
    let (ka, kb) = (kinds(a), kinds(b));
    // A hedge only in `x` whose scope (the next content words) `y` states: `y` asserts what `x`
    // only reports or supposes.
    let only = |x: &Side, y: &Side, theirs: &BTreeSet<String>| -> (Vec<TextSpan>, Vec<String>) {
        x.hedges
            .iter()
            .filter(|m| !theirs.contains(&m.kind.to_lowercase()))
            .filter_map(|m| {
                let words = negation::scope(x, m.end, negation::SCOPE_WORDS);
                let shared = !words.is_empty() && words.iter().all(|t| negation::found_in(t, y));
                let over: Vec<&str> = words.iter().map(|t| t.lower.as_str()).collect();
                shared.then(|| (x.span(m.start, m.end), format!("'{}' over {}", m.text, over.join(" "))))
            })
            .unzip()
    };
    let ((sa, da), (sb, db)) = (only(a, b, &kb), only(b, a, &ka));
    if sa.is_empty() && sb.is_empty() {
        return None;
    }
    let detail = match (sa.is_empty(), sb.is_empty()) {
        (false, true) => format!("hedge only in a: {}", da.join(", ")),
        (true, false) => format!("hedge only in b: {}", db.join(", ")),
        _ => format!("different hedges: {} vs {}", da.join(", "), db.join(", ")),
    };
    Some(reason("conflict-hedge", detail, sa, sb))
}

/// Two date values that cannot be the same day, month or year (one is not a prefix of the other).
fn dates(a: &Side, b: &Side) -> Option<Reason> {
    let dated = |s: &Side| -> Vec<usize> {
        (0..s.times.len())
            .filter(|&i| {
                let t = &s.times[i];
                t.kind == "date" && t.value.starts_with(|c: char| c.is_ascii_digit())
            })
            .collect()
    };
    let (da, db) = (dated(a), dated(b));
    if da.is_empty() || db.is_empty() {
        return None;
    }
    let compatible = |x: &str, y: &str| x.starts_with(y) || y.starts_with(x);
    if da.iter().any(|&i| db.iter().any(|&j| compatible(&a.times[i].value, &b.times[j].value))) {
        return None;
    }
    let sa: Vec<TextSpan> = da.iter().map(|&i| a.span(a.times[i].start, a.times[i].end)).collect();
    let sb: Vec<TextSpan> = db.iter().map(|&j| b.span(b.times[j].start, b.times[j].end)).collect();
    let values = |s: &Side, idx: &[usize]| idx.iter().map(|&i| s.times[i].value.clone()).collect::<Vec<_>>();
    let detail = format!("dates differ: {} vs {}", values(a, &da).join(", "), values(b, &db).join(", "));
    Some(reason("conflict-date", detail, sa, sb))
}

#[cfg(test)]
mod tests {
    use crate::model::{Claim, ClaimKind, Polarity, Relation, Speaker, TextSpan};
    use crate::score::{score_claims, score_texts};

    use crate::score::test_codes as codes;

    #[test]
    fn number_mismatch_13_vs_17() {
        let a = "North Korea admitted abducting 13 Japanese citizens in the 1970s.";
        let b = "North Korea admitted abducting 17 Japanese citizens in the 1970s.";
        let s = score_texts(a, b);
        assert_eq!(s.relation, Relation::Conflict);
        let r = &s.reasons[0];
        assert_eq!(r.code, "conflict-number");
        assert!(r.a[0].text.starts_with("13 Japanese"), "{:?}", r.a);
        assert_eq!(&a[r.a[0].start..r.a[0].end], r.a[0].text);
        assert!(r.b[0].text.starts_with("17 Japanese"), "{:?}", r.b);
    }

    #[test]
    fn money_in_billions_differs() {
        let (rel, c) = codes(
            "The chain was sold to the grocer for $2.5 billion last year.",
            "The chain was sold to the grocer for $1.8 billion last year.",
        );
        assert_eq!(rel, Relation::Conflict);
        assert!(c.contains(&"conflict-number".to_string()), "{c:?}");
    }

    #[test]
    fn years_clock_times_and_dropped_scale_words_are_no_number_conflict() {
        let no_number = |a: &str, b: &str| {
            let (_, c) = codes(a, b);
            assert!(!c.contains(&"conflict-number".to_string()), "{a} / {b}: {c:?}");
        };
        no_number(
            "The bakery opened in 1998 and now employs forty staff.",
            "The bakery, which opened in 2001, now employs forty staff.",
        );
        no_number(
            "The ferry leaves the harbour at 6 a.m. daily.",
            "The ferry leaves the harbour at 7 a.m. daily.",
        );
        no_number(
            "The city paid $40 million for the new stadium roof.",
            "The city paid $40 for the new stadium roof.",
        );
        // Bare numbers after different words count different things.
        no_number(
            "Rescuers found 12 of the missing hikers near the ridge.",
            "Rescuers found the missing hikers near the ridge after searching about 30 hours.",
        );
        // After the same word they compete.
        let (rel, c) = codes(
            "The euro was last at 1.29 against the franc.",
            "The euro was last at 1.35 against the franc.",
        );
        assert_eq!((rel, c), (Relation::Conflict, vec!["conflict-number".to_string()]));
    }

    #[test]
    fn did_not_flips_polarity() {
        let a = "The minister attended the summit in Hanoi.";
        let b = "The minister did not attend the summit in Hanoi.";
        let s = score_texts(a, b);
        assert_eq!(s.relation, Relation::Conflict);
        let r = s.reasons.iter().find(|r| r.code == "conflict-negation");
        let r = r.map(|r| (r.a.len(), r.b[0].text.clone()));
        assert_eq!(r, Some((0, "not".to_string())));
        let (rel, _) = codes("Sales didn't grow in March.", "Sales did not grow in March.");
        assert_ne!(rel, Relation::Conflict);
    }

    #[test]
    fn a_rounded_number_is_the_same_number() {
        let (_, c) = codes(
            "Turnout in the northern district reached 17 percent on Sunday.",
            "Turnout in the northern district reached 17.3 percent on Sunday.",
        );
        assert!(!c.contains(&"conflict-number".to_string()), "{c:?}");
        let (rel, c) = codes(
            "Turnout in the northern district reached 17.8 percent on Sunday.",
            "Turnout in the northern district reached 17.3 percent on Sunday.",
        );
        assert_eq!((rel, c), (Relation::Conflict, vec!["conflict-number".to_string()]));
        let (_, c) = codes(
            "The port handled $1.2 million in fees last week.",
            "The port handled $1.23 million in fees last week.",
        );
        assert!(!c.contains(&"conflict-number".to_string()), "{c:?}");
    }

    #[test]
    fn a_hedge_counts_only_over_what_the_other_side_states() {
        // `may` is over `delay the harvest`, which b does not state.
        let (_, c) = codes(
            "Farmers said the storm may delay the harvest, and the river flooded two villages.",
            "The river flooded two villages, farmers said.",
        );
        assert!(!c.contains(&"conflict-hedge".to_string()), "{c:?}");
        let s = score_texts(
            "The mayor reportedly resigned after the audit.",
            "The mayor resigned after the audit.",
        );
        assert_eq!(s.relation, Relation::Conflict);
        assert_eq!(s.reasons[0].detail, "hedge only in a: 'reportedly' over resigned");
    }

    #[test]
    fn antonyms_only_at_the_same_place_and_not_descriptions() {
        let (_, c) =
            codes("Shares rose on Monday, a day after the rival's stock fell.", "Shares rose on Monday.");
        assert!(!c.contains(&"conflict-antonym".to_string()), "{c:?}");
        let (rel, _) = codes(
            "A man was hurt when the old roof collapsed.",
            "A woman was hurt when the old roof collapsed.",
        );
        assert_ne!(rel, Relation::Conflict);
        let (rel, c) = codes(
            "The court found the driver guilty of manslaughter.",
            "The court found the driver innocent of manslaughter.",
        );
        assert_eq!((rel, c), (Relation::Conflict, vec!["conflict-antonym".to_string()]));
    }

    #[test]
    fn month_may_and_past_could_are_no_hedges() {
        let (_, c) = codes(
            "The election will be held in May, officials said.",
            "Officials said the election will be held in May.",
        );
        assert!(!c.contains(&"conflict-hedge".to_string()), "{c:?}");
        let (_, c) = codes(
            "Divers could not reach the wreck before dark.",
            "Divers did not reach the wreck before dark.",
        );
        assert!(!c.contains(&"conflict-hedge".to_string()), "{c:?}");
        let (_, c) =
            codes("The vote may be delayed until next week.", "The vote will be delayed until next week.");
        assert!(c.contains(&"conflict-hedge".to_string()), "{c:?}");
    }

    #[test]
    fn antonyms_rose_fell() {
        let (rel, c) =
            codes("Exports rose sharply in the third quarter.", "Exports fell sharply in the third quarter.");
        assert_eq!(rel, Relation::Conflict);
        assert_eq!(c, ["conflict-antonym"]);
        let (rel, _) = codes("The senate approved the budget bill.", "The senate rejected the budget bill.");
        assert_eq!(rel, Relation::Conflict);
    }

    #[test]
    fn reportedly_added_is_a_hedge_conflict() {
        let s = score_texts(
            "The general was dismissed after the failed offensive.",
            "The general was reportedly dismissed after the failed offensive.",
        );
        assert_eq!(s.relation, Relation::Conflict);
        let r = &s.reasons[0];
        assert_eq!(r.code, "conflict-hedge");
        assert!(r.a.is_empty());
        assert_eq!(r.b[0].text, "reportedly");
    }

    fn claim(content: &str, start: usize, speaker: &str, kind: ClaimKind) -> Claim {
        Claim {
            id: "c1".into(),
            sentence: 0,
            kind,
            speaker: Some(Speaker {
                name: speaker.into(),
                text: speaker.into(),
                start: 0,
                end: speaker.len(),
                anonymous: false,
            }),
            cue: None,
            content: TextSpan { text: content.into(), start, end: start + content.len() },
            said_on: None,
            said_in: None,
            entities: Vec::new(),
            numbers: Vec::new(),
            times: Vec::new(),
            polarity: Polarity::Positive,
            modality: Vec::new(),
            conditions: Vec::new(),
        }
    }

    #[test]
    fn misquote_shows_word_diff_in_original_offsets() {
        let a = claim("We will never accept a hasty compromise", 100, "Jane Doe", ClaimKind::Direct);
        let b = claim("We will never accept a quick compromise", 500, "Jane Doe", ClaimKind::Direct);
        let s = score_claims(&a, &b);
        assert_eq!(s.relation, Relation::Conflict);
        let r = s.reasons.iter().find(|r| r.code == "conflict-misquote");
        let Some(r) = r else { panic!("no misquote: {:?}", s.reasons) };
        assert_eq!(r.a[0].text, "hasty");
        assert_eq!(r.a[0].start, 100 + 23);
        assert_eq!(r.b[0].text, "quick");
        assert_eq!(r.b[0].start, 500 + 23);
        assert!(s.evidence.diff.contains(&"-hasty".to_string()));
        assert!(s.evidence.diff.contains(&"+quick".to_string()));
        assert!(s.evidence.diff.contains(&"=compromise".to_string()));
    }

    #[test]
    fn same_quote_other_speaker_is_misattribution() {
        let text = "The talks were a waste of time for everyone involved";
        let a = claim(text, 0, "Jane Doe", ClaimKind::Direct);
        let b = claim(text, 0, "John Roe", ClaimKind::Direct);
        let s = score_claims(&a, &b);
        assert_eq!(s.relation, Relation::Conflict);
        assert_eq!(s.reasons[0].code, "conflict-speaker");
        let same = score_claims(&a, &claim(text, 9, "Doe", ClaimKind::Direct));
        assert_eq!(same.relation, Relation::Same);
    }

    #[test]
    fn dates_that_cannot_match() {
        let mut a = claim("The ministers met in Geneva", 0, "Jane Doe", ClaimKind::Indirect);
        let mut b = a.clone();
        let t = |v: &str| crate::model::TimeExpr {
            text: "Geneva".into(),
            value: v.into(),
            kind: "date".into(),
            start: 21,
            end: 27,
        };
        a.times = vec![t("2019-02-28")];
        b.times = vec![t("2019-03-01")];
        let s = score_claims(&a, &b);
        assert_eq!(s.relation, Relation::Conflict);
        assert_eq!(s.reasons[0].code, "conflict-date");
        b.times = vec![t("2019-02")];
        assert_eq!(score_claims(&a, &b).relation, Relation::Same);
    }
}
