//! Conflict detectors: each looks at two related sides and returns `conflict-*` reasons with the
//! spans and words that show the conflict. Antonyms, misattributed quotes, misquotes and dates
//! are here; numbers ([`super::quantity`]), negation ([`super::negation`]) and hedges
//! ([`super::hedge`]) have their own files. The detectors that compare wording use one
//! word-level [`Alignment`], so a change counts only where the two texts differ at the same place.

use std::collections::BTreeSet;

use super::lexicon;
use super::relation::{Side, Thresholds};
use super::similarity::Token;

use crate::model::{ClaimKind, Reason, TextSpan};

/// Runs every detector; `scores` are the pair's similarity and paraphrase score, `same` whether
/// the words are identical.
pub fn detect(a: &Side, b: &Side, scores: (f64, f64), same: bool, th: &Thresholds) -> Vec<Reason> {
    let (sim, para) = scores;
    let mut out = Vec::new();
    out.extend(speaker(a, b, para, same, th));
    out.extend(denial(a, b, para, same, th));
    // Identical words may still carry different resolved dates (`Thursday` in two weeks).
    out.extend(dates(a, b));
    if same || sim < th.conflict {
        return out;
    }
    let al = Alignment::new(a, b);
    out.extend(super::quantity::detect(a, b, &al));
    out.extend(super::tally::detect(a, b, &al));
    out.extend(super::negation::detect(a, b, &al));
    out.extend(antonyms(a, b, &al));
    out.extend(super::misquote::detect(a, b));
    out.extend(super::hedge::detect(a, b, &al));
    out
}

pub(super) fn reason(code: &str, detail: String, a: Vec<TextSpan>, b: Vec<TextSpan>) -> Reason {
    Reason { code: code.into(), detail, a, b }
}

pub(super) fn texts(spans: &[TextSpan]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(", ")
}

/// Where the word-level diff (Myers, over lower-case words) puts each token: `None` when the token
/// is matched, else the number of the changed stretch (hunk) it is in. Both sides number their
/// hunks alike, so the same number means the two stretches stand at the same place (`13` / `17`
/// in `abducting 13 Japanese` / `abducting 17 Japanese`).
pub struct Alignment {
    pub a: Vec<Option<usize>>,
    pub b: Vec<Option<usize>>,
}

impl Alignment {
    pub fn new(a: &Side, b: &Side) -> Alignment {
        let (wa, wb): (Vec<&str>, Vec<&str>) = (
            a.tokens.iter().map(|t| t.lower.as_str()).collect(),
            b.tokens.iter().map(|t| t.lower.as_str()).collect(),
        );
        let (mut ha, mut hb) = (vec![None; wa.len()], vec![None; wb.len()]);
        let mut hunk = 0;
        let mut open = false;
        for op in similar::capture_diff_slices(similar::Algorithm::Myers, &wa, &wb) {
            let (tag, ra, rb) = op.as_tag_tuple();
            if tag == similar::DiffTag::Equal {
                if open {
                    hunk += 1;
                    open = false;
                }
                continue;
            }
            open = true;
            ra.for_each(|i| ha[i] = Some(hunk));
            rb.for_each(|j| hb[j] = Some(hunk));
        }
        Alignment { a: ha, b: hb }
    }

    /// The tokens of `side` (its hunk numbers `hunks`) in hunk `h`.
    pub fn in_hunk<'s>(side: &'s Side, hunks: &[Option<usize>], h: usize) -> Vec<&'s Token> {
        side.tokens.iter().zip(hunks).filter(|(_, x)| **x == Some(h)).map(|(t, _)| t).collect()
    }
}

/// Index of the first token of `side` that starts inside `[start, end)`.
pub(super) fn token_at(side: &Side, start: usize, end: usize) -> Option<usize> {
    side.tokens.iter().position(|t| t.start >= start && t.start < end)
}

/// Content words of `part` (one side's part of a hunk) that the other side has nowhere: what
/// else changed at that place besides the word a detector looks at (a word only moved elsewhere
/// is no change).
pub(super) fn unmatched_content<'s>(part: &[&'s Token], other: &Side) -> Vec<&'s Token> {
    part.iter()
        .filter(|t| !t.stop && !t.negation && t.number.is_none())
        .filter(|t| !super::negation::found_in(t, other))
        .copied()
        .collect()
}

/// A word on one side whose antonym stands at the same place on the other (one changed stretch of
/// the word-level diff), neither word on both sides, and at most one other content word changed
/// on each side of that stretch: `helps customers buy` / `sells` is a different clause, not a flip.
fn antonyms(a: &Side, b: &Side, al: &Alignment) -> Option<Reason> {
    let stems = |s: &Side| s.tokens.iter().map(|t| t.stem.clone()).collect::<BTreeSet<_>>();
    let (stems_a, stems_b) = (stems(a), stems(b));
    let hunks: BTreeSet<usize> = al.a.iter().flatten().copied().collect();
    let (mut sa, mut sb) = (Vec::new(), Vec::new());
    for h in hunks {
        let (ta, tb) = (Alignment::in_hunk(a, &al.a, h), Alignment::in_hunk(b, &al.b, h));
        for x in ta.iter().filter(|t| !stems_b.contains(&t.stem)) {
            for y in tb.iter().filter(|t| !stems_a.contains(&t.stem)) {
                if !lexicon::are_antonyms(&x.stem, &y.stem) {
                    continue;
                }
                let extra = |mine: &[&Token], other: &Side, own: &Token| {
                    unmatched_content(mine, other).iter().filter(|t| t.start != own.start).count()
                };
                if extra(&ta, b, x) <= 1 && extra(&tb, a, y) <= 1 {
                    sa.push(a.span(x.start, x.end));
                    sb.push(b.span(y.start, y.end));
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

/// True when two canonical names may be one person: the same last word, or every word of one in
/// the other (`Tan` / `Tan Shen`, where the family name comes first and one article names the
/// speaker by it alone).
pub(super) fn same_person(a: &str, b: &str) -> bool {
    let words = |n: &str| n.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    let (wa, wb) = (words(a), words(b));
    surname(a) == surname(b) || wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w))
}

/// True for a name of two or more words whose first and last are capitalised (`Lena Ortiz`,
/// `Sheikh Saleh al-Munajjid`): a person named in full. A one-word name (`Reuters`, `Michael`,
/// an `I'm` the reader took for a name) or a description (`His captors`) is too often an outlet
/// passing the words on, or a speaker found wrongly, to call the quote misattributed: on 120
/// FNC-1 body pairs every `conflict-speaker` without this check had such a side (6 of 6).
fn full_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    words.len() >= 2 && words.first().is_some_and(capital) && words.last().is_some_and(capital)
}

/// The same words (or a paraphrase of them: paraphrase score `para`) given to different named
/// speakers, each named in full ([`full_name`]).
fn speaker(a: &Side, b: &Side, para: f64, same: bool, th: &Thresholds) -> Option<Reason> {
    let (sa, sb) = (a.speaker?, b.speaker?);
    if sa.anonymous || sb.anonymous || !(same || para >= th.agree) {
        return None;
    }
    let quoted = |k: Option<ClaimKind>| matches!(k, Some(ClaimKind::Direct | ClaimKind::Mixed));
    if !quoted(a.kind) && !quoted(b.kind) && !same {
        return None;
    }
    if same_person(&sa.name, &sb.name) || !full_name(&sa.name) || !full_name(&sb.name) {
        return None;
    }
    let span = |s: &crate::model::Speaker| TextSpan { text: s.text.clone(), start: s.start, end: s.end };
    let detail = format!("the same words attributed to {} and to {}", sa.name, sb.name);
    Some(reason("conflict-speaker", detail, vec![span(sa)], vec![span(sb)]))
}

fn is_denial(side: &Side) -> bool {
    side.cue.is_some_and(|c| crate::extract::cues::is_denial(&c.text))
}

/// The same content reported with a denial on one side only (`denied that the vote was fair` /
/// `said the vote was fair`): a negation carried by the reporting verb, which the content-level
/// negation detector cannot see.
fn denial(a: &Side, b: &Side, para: f64, same: bool, th: &Thresholds) -> Option<Reason> {
    let (da, db) = (is_denial(a), is_denial(b));
    if da == db || a.cue.is_none() || b.cue.is_none() || !(same || para >= th.agree) {
        return None;
    }
    let (ca, cb) = (a.cue?, b.cue?);
    let (denier, deny, plain) = if da { ("a", ca, cb) } else { ("b", cb, ca) };
    let detail = format!("only {denier} reports a denial: '{}' against '{}'", deny.text, plain.text);
    Some(reason("conflict-negation", detail, vec![ca.clone()], vec![cb.clone()]))
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
    // One value is a prefix of the other, `X` standing for any digit (`198X` is the 1980s).
    let compatible = |x: &str, y: &str| x.chars().zip(y.chars()).all(|(p, q)| p == q || p == 'X' || q == 'X');
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
pub(super) mod tests {
    use crate::model::{Claim, ClaimKind, Polarity, Relation, Speaker, TextSpan};
    use crate::score::{score_claims, score_texts};

    use crate::score::test_codes as codes;

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
    fn antonyms_in_a_reworded_clause_or_a_decade_are_no_conflict() {
        let (_, c) = codes(
            "A judge shut down a company that helps customers buy cheaper drugs abroad.",
            "A judge shut down a company that sells cheaper drugs abroad.",
        );
        assert!(!c.contains(&"conflict-antonym".to_string()), "{c:?}");
        let (_, c) = codes(
            "The minister is accused of taking bribes over the sale of the steel mill in 1985.",
            "The minister is accused of taking bribes over the sale of the steel mill in the 1980s.",
        );
        assert!(!c.contains(&"conflict-date".to_string()), "{c:?}");
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

    /// A claim of `speaker` with `content` at byte `start`, for the detector tests.
    pub(in crate::score) fn claim(content: &str, start: usize, speaker: &str, kind: ClaimKind) -> Claim {
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
            within: None,
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
    fn a_name_inside_the_other_is_the_same_speaker() {
        let text = "I only went in for a bowl of noodles that night";
        let s = score_claims(
            &claim(text, 0, "Tan Shen", ClaimKind::Direct),
            &claim(text, 0, "Tan", ClaimKind::Direct),
        );
        assert!(s.reasons.iter().all(|r| r.code != "conflict-speaker"), "{:?}", s.reasons);
        assert!(super::same_person("Mei Ling Wu", "Wu") && super::same_person("Tan", "Tan Shen"));
        assert!(!super::same_person("Tan Shen", "Shen Tao"));
        assert!(!super::same_person("Ann Lee", "Bo Park"));
        // a one-word name or a description is no full name: no misattribution
        let other = |who: &str| {
            score_claims(
                &claim(text, 0, "Tan Shen", ClaimKind::Direct),
                &claim(text, 0, who, ClaimKind::Direct),
            )
        };
        for who in ["Reuters", "His captors"] {
            assert!(other(who).reasons.iter().all(|r| r.code != "conflict-speaker"), "{who}");
        }
        assert!(other("Bo Park").reasons.iter().any(|r| r.code == "conflict-speaker"));
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
    fn a_denial_against_a_plain_report_is_a_negation() {
        let text = "the vote was fair";
        let cue = |w: &str, at: usize| Some(TextSpan { text: w.into(), start: at, end: at + w.len() });
        let mut a = claim(text, 20, "Tom Hale", ClaimKind::Indirect);
        a.cue = cue("denied", 10);
        let mut b = claim(text, 220, "Tom Hale", ClaimKind::Indirect);
        b.cue = cue("said", 210);
        let s = score_claims(&a, &b);
        assert_eq!(s.relation, Relation::Conflict);
        assert_eq!(s.reasons[0].code, "conflict-negation");
        assert_eq!((s.reasons[0].a[0].start, s.reasons[0].b[0].start), (10, 210));
        assert!(s.reasons[0].detail.contains("'denied' against 'said'"), "{}", s.reasons[0].detail);
        // Both deny, or neither does: no conflict from the cue.
        let mut c = b.clone();
        c.cue = cue("flatly denied", 300);
        assert_eq!(score_claims(&a, &c).relation, Relation::Same);
        b.cue = cue("told", 210);
        let mut d = a.clone();
        d.cue = cue("stated", 5);
        assert_eq!(score_claims(&b, &d).relation, Relation::Same);
        // Different content: the denial is of something else.
        let mut e = claim("ticket prices will double next year", 400, "Tom Hale", ClaimKind::Indirect);
        e.cue = cue("said", 390);
        assert!(score_claims(&a, &e).reasons.iter().all(|r| r.code != "conflict-negation"));
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
