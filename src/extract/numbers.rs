//! Numbers with their unit or counted noun: `13 Japanese civilians`, `$9`, `five survivors`.
//!
//! Digits (`13`, `1,500`, `2.5`) and number words (`five`, `twenty-three`, `a dozen`), then a scale
//! (`million`, `2.5bn`), then a unit: currency (`$`, `€`, `£`, `¥`, `dollars`, `yen` → `usd`, …),
//! percent (`%`, `percent`, `per cent`), or the counted noun, skipping capitalised words and
//! common adjectives in between (`13 Japanese civilians` → `civilians`). Years, dates and durations
//! are time expressions ([`time::find_times`]) and are left out here; ordinals (`third
//! summit`) are ranks, not counts, and are left out too.

use crate::extract::time::{
    self,
    tokens::{self, touches, Tok, TokKind},
};
use crate::model::{Quantity, TimeExpr};

/// Adjectives and quantifiers that may stand between a number and the noun it counts.
const ADJECTIVES: &[&str] = &[
    "more",
    "other",
    "new",
    "additional",
    "former",
    "extra",
    "young",
    "old",
    "small",
    "large",
    "big",
    "senior",
    "junior",
    "top",
    "major",
    "key",
    "different",
    "separate",
    "remaining",
    "further",
    "armed",
    "elderly",
    "local",
    "foreign",
    "unidentified",
    "unnamed",
    "full",
    "total",
    "suspected",
    "missing",
    "dead",
    "injured",
    "wounded",
    "innocent",
    "million",
    "billion",
];

/// Words that end the search for a counted noun.
const STOP: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "were", "was",
    "are", "is", "be", "been", "had", "have", "has", "who", "which", "that", "said", "will", "would",
    "could", "than", "as", "but", "if", "it", "they", "he", "she", "we", "i", "you", "per", "each",
];

/// The codes [`currency`] gives: a quantity whose unit ends in one is an amount of money.
pub const CURRENCY_CODES: &[&str] = &["usd", "eur", "gbp", "jpy", "cny", "krw", "inr"];

/// Currency code for a symbol or currency word.
fn currency(word: &str) -> Option<&'static str> {
    Some(match word {
        "$" | "dollar" | "dollars" | "usd" => "usd",
        "€" | "euro" | "euros" | "eur" => "eur",
        "£" | "pound" | "pounds" | "gbp" => "gbp",
        "¥" | "yen" | "jpy" => "jpy",
        "yuan" | "renminbi" | "cny" => "cny",
        "won" => "krw",
        "rupee" | "rupees" => "inr",
        _ => return None,
    })
}

/// A number starting at token `i`: (value, next index).
fn number(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize)> {
    let w = |k: usize| toks.get(k).map_or("", |t| &*t.lower);
    let t = toks.get(i)?;
    // `40m`, `2bn`: digits with a scale glued on, one word token.
    if let Some((digits, scale)) = glued_scale(t) {
        return digits.parse::<f64>().ok().map(|v| (v * scale, i + 1));
    }
    if t.kind == TokKind::Num {
        let mut s = t.text.to_string();
        let mut j = i + 1;
        let mut scale = 1.0;
        // `1,500,000`: groups of three digits after touching commas.
        while w(j) == "," && touches(toks, j - 1) && touches(toks, j) {
            match toks.get(j + 1) {
                Some(g) if g.kind == TokKind::Num && g.text.len() == 3 => {
                    s.push_str(g.text);
                    j += 2;
                }
                _ => break,
            }
        }
        if w(j) == "." && touches(toks, j - 1) && touches(toks, j) {
            if let Some(f) = toks.get(j + 1) {
                // `2.5`, or `2.5bn` with the scale glued to the decimals.
                let decimals = if f.kind == TokKind::Num { Some((f.text, 1.0)) } else { glued_scale(f) };
                if let Some((d, sc)) = decimals {
                    s.push('.');
                    s.push_str(d);
                    scale = sc;
                    j += 2;
                }
            }
        }
        return s.parse::<f64>().ok().map(|v| (v * scale, j));
    }
    if let Some(n) = time::small_number(&t.lower) {
        if n >= 20 && w(i + 1) == "-" && touches(toks, i) {
            if let Some(u) = time::small_number(w(i + 2)).filter(|u| *u < 10) {
                return Some((f64::from(n + u), i + 3));
            }
        }
        return Some((f64::from(n), i + 1));
    }
    match (&*t.lower, w(i + 1)) {
        ("dozen", _) => Some((12.0, i + 1)),
        ("a", "dozen") => Some((12.0, i + 2)),
        ("a", s) if time::scale(s).is_some() => Some((1.0, i + 1)),
        _ => None,
    }
}

/// Digits with a scale glued on (`40m`, `2bn`, `5k`): the digits and the scale's factor.
fn glued_scale<'t>(t: &Tok<'t>) -> Option<(&'t str, f64)> {
    if t.kind != TokKind::Word || !t.text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let at = t.text.find(|c: char| !c.is_ascii_digit())?;
    let suffix = t.text[at..].to_ascii_lowercase();
    let scale = if suffix == "k" { Some(1e3) } else { time::scale(&suffix).filter(|_| suffix.len() <= 3) }?;
    Some((&t.text[..at], scale))
}

/// False when no quantity can open at token `t`: it is neither digits (`13`, `40m`), nor a
/// currency sign, nor `us` (`US$`), `a` (`a dozen`, `a million`), `dozen` or a number word. Most
/// tokens of a text are none of these, and each was asked about every form before. Kept in step
/// with the scan by the test `may_open_never_skips_a_quantity`.
fn may_open(t: &Tok<'_>) -> bool {
    match t.kind {
        TokKind::Num => true,
        TokKind::Punct => currency(&t.lower).is_some(),
        TokKind::Word => {
            t.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
                || matches!(&*t.lower, "us" | "a" | "dozen")
                || time::small_number(&t.lower).is_some()
        }
    }
}

/// Quantities in `text`; spans are byte offsets into `text`.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    find_quantities_in(text, &tokens::tokenize(text))
}

/// [`find_quantities`] over the tokens of `text` already made.
pub(crate) fn find_quantities_in(text: &str, toks: &[Tok<'_>]) -> Vec<Quantity> {
    find_quantities_with_times(text, toks, &time::find_times_in(text, toks, None))
}

/// [`find_quantities_in`] with the time expressions of `text` found without an anchor (only
/// their spans are read) given, when the caller has them already.
pub(crate) fn find_quantities_with_times(text: &str, toks: &[Tok<'_>], times: &[TimeExpr]) -> Vec<Quantity> {
    let in_time = |t: &Tok<'_>| times.iter().any(|x| t.start < x.end && x.start < t.end);
    let w = |k: usize| toks.get(k).map_or("", |t| &*t.lower);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_open(&toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut unit: Option<String> = None;
        let mut j = i;
        // `US$`, `$`, `€`.
        if w(j) == "us" && w(j + 1) == "$" && touches(toks, j) {
            j += 1;
        }
        if let Some(c) = currency(w(j)).filter(|_| toks[j].kind == TokKind::Punct) {
            unit = Some(c.to_string());
            j += 1;
        }
        let Some((mut value, mut k)) = number(toks, j) else {
            i += 1;
            continue;
        };
        let pronoun = w(j) == "one"
            && j > 0
            && matches!(w(j - 1), "no" | "any" | "every" | "some" | "each" | "the" | "this" | "that");
        // `voted 7-2`, `10-15`: a tally or a range, not a count of its own (see score::tally).
        let chain = matches!(w(k), "-" | "–")
            && touches(toks, k - 1)
            && touches(toks, k)
            && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num);
        if pronoun
            || chain
            || toks[j..k].iter().any(&in_time)
            || (j > 0 && touches(toks, j - 1) && w(j - 1) == "-")
        {
            i = k.max(i + 1);
            continue;
        }
        // `2.5 billion`, `2.5bn` (suffix in the same token is handled as a separate word here).
        if let Some(s) = time::scale(w(k)) {
            if w(k).len() > 1 || touches(toks, k - 1) {
                value *= s;
                k += 1;
            }
        }
        if w(k) == "%" || w(k) == "percent" {
            unit = Some("%".into());
            k += 1;
        } else if w(k) == "per" && w(k + 1) == "cent" {
            unit = Some("%".into());
            k += 2;
        } else if let Some(c) = currency(w(k)).filter(|_| toks[k].kind == TokKind::Word) {
            unit = Some(c.to_string());
            k += 1;
        } else if unit.is_none() {
            if let Some((noun, e)) = counted_noun(toks, k) {
                unit = Some(noun);
                k = e;
            } else if matches!(w(j), "one" | "a") {
                // `one of them`, `no one`: a pronoun, not a count.
                i = k;
                continue;
            }
        }
        let (s, e) = (toks[start].start, toks[k - 1].end);
        out.push(Quantity { text: text[s..e].to_string(), value, unit, start: s, end: e });
        i = k;
    }
    out
}

/// The noun a number counts, searched in the next few words: (noun, index after it).
fn counted_noun(toks: &[Tok<'_>], k: usize) -> Option<(String, usize)> {
    let mut last_cap: Option<usize> = None;
    // Up to four words; a hyphenated compound counts as one.
    let (mut compound_end, mut joined) = (0, 0);
    for (j, t) in toks.iter().enumerate().skip(k) {
        if j < compound_end {
            continue;
        }
        if j - k - joined >= 4 {
            break;
        }
        if t.kind != TokKind::Word || STOP.contains(&&*t.lower) {
            break;
        }
        // `low-income`, `Japanese-born`: a hyphenated compound before the noun is an adjective.
        let hyphen =
            toks.get(j + 1).is_some_and(|h| h.text == "-") && touches(toks, j) && touches(toks, j + 1);
        if hyphen && toks.get(j + 2).is_some_and(|n| n.kind == TokKind::Word) {
            compound_end = j + 3;
            joined += 2;
            continue;
        }
        if t.is_capitalised() || ADJECTIVES.contains(&&*t.lower) {
            last_cap = Some(j).filter(|_| t.is_capitalised()).or(last_cap);
            continue;
        }
        let lower = t.lowered();
        if lower.ends_with("ed") || lower.ends_with("ly") {
            break; // a verb or adverb: `13 abducted`, `five reportedly`
        }
        return Some((lower.into_owned(), j + 1));
    }
    last_cap.map(|j| (toks[j].lowered().into_owned(), j + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[track_caller]
    fn case(text: &str, span: &str, value: f64, unit: Option<&str>) {
        let found = find_quantities(text);
        let q = found.iter().find(|q| q.text == span);
        assert!(q.is_some(), "{text:?}: no {span:?} in {found:?}");
        let q = q.map(|q| (q.value, q.unit.as_deref()));
        assert_eq!(q, Some((value, unit)), "{text:?}");
    }

    #[test]
    fn counts_with_nouns() {
        case("It had taken 13 Japanese civilians hostage.", "13 Japanese civilians", 13.0, Some("civilians"));
        case(
            "It released five survivors, while eight others had died.",
            "five survivors",
            5.0,
            Some("survivors"),
        );
        case("It released five survivors, while eight others had died.", "eight others", 8.0, Some("others"));
        case("Some 1,500 troops arrived.", "1,500 troops", 1500.0, Some("troops"));
        case("Twenty-three miners were rescued.", "Twenty-three miners", 23.0, Some("miners"));
        case("A dozen protesters gathered.", "A dozen protesters", 12.0, Some("protesters"));
        case("Police arrested 40 more people.", "40 more people", 40.0, Some("people"));
    }

    #[test]
    fn money_and_percent() {
        case("Try 3 months for $9 today.", "$9", 9.0, Some("usd"));
        case("The deal is worth $2.5 billion.", "$2.5 billion", 2.5e9, Some("usd"));
        case("It costs 300 million yen.", "300 million yen", 3e8, Some("jpy"));
        case("Fees rose to €40.", "€40", 40.0, Some("eur"));
        case("Turnout was 52.3%.", "52.3%", 52.3, Some("%"));
        case("Support fell 4 percent.", "4 percent", 4.0, Some("%"));
        case("Prices rose 2 per cent.", "2 per cent", 2.0, Some("%"));
        // A scale glued to the digits, as many outlets write it.
        case("The deal is worth $2.5bn.", "$2.5bn", 2.5e9, Some("usd"));
        case("It will cost £40m over two years.", "£40m", 4e7, Some("gbp"));
        case("A bonus of $5k was paid.", "$5k", 5e3, Some("usd"));
    }

    #[test]
    fn tallies_and_ranges_are_no_counts() {
        let found = find_quantities("The council voted 7-2 to close it.");
        assert!(found.is_empty(), "{found:?}");
        // A hyphenated compound before the counted noun is an adjective.
        case("Only 12 low-income families applied.", "12 low-income families", 12.0, Some("families"));
    }

    #[test]
    fn times_and_ordinals_are_not_quantities() {
        let found = find_quantities("In 2002, on Feb. 28, for three years, at the third summit, 13 March.");
        assert!(found.is_empty(), "{found:?}");
        let found = find_quantities("One of them said no one came.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn bare_number_has_no_unit() {
        case("The vote was 89 to 52.", "89", 89.0, None);
    }

    /// Where `may_open` says no, the scan's first steps all fail: no `US$`, no currency sign
    /// and no number start there (checked on every token of word soups with near-misses).
    #[test]
    fn may_open_never_skips_a_quantity() {
        const VOCAB: &[&str] = &[
            "US", "us", "$", "€", "£", "¥", "#", "a", "A", "an", "dozen", "Dozen", "million", "m", "bn",
            "40m", "2bn", "5k", "13", "1", ",", "500", ".", "5", "five", "Five", "twenty", "-", "three",
            "Twenty", "one", "One", "no", "dollars", "yen", "Yen", "percent", "%", "per", "cent", "said",
            "people", "Japanese", "3rd", "1970s", "’", "x", "é", "Ünü", "½", "12٣", "won", "hundred",
        ];
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut asked = 0;
        for n in 0..3000 {
            let mut text = String::new();
            for _ in 0..10 {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                if !rng.is_multiple_of(3) {
                    text.push(' ');
                }
                text.push_str(VOCAB[(rng >> 8) as usize % VOCAB.len()]);
            }
            let toks = tokens::tokenize(&text);
            let w = |k: usize| toks.get(k).map_or("", |t| &*t.lower);
            for (i, t) in toks.iter().enumerate() {
                if may_open(t) {
                    continue;
                }
                asked += 1;
                let us = w(i) == "us" && w(i + 1) == "$" && touches(&toks, i);
                let sign = currency(w(i)).is_some() && t.kind == TokKind::Punct;
                assert!(!us && !sign && number(&toks, i).is_none(), "case {n}: {text:?} at {i}");
            }
        }
        assert!(asked > 5000, "the soups should hold many tokens that open nothing: {asked}");
    }

    proptest! {
        #[test]
        fn any_text_gives_spans_on_char_boundaries(text in "\\PC{0,80}") {
            for q in find_quantities(&text) {
                prop_assert!(q.start < q.end && q.end <= text.len());
                prop_assert_eq!(&text[q.start..q.end], q.text.as_str());
            }
        }
    }
}
