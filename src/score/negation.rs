//! The negation detector: a polarity flip counts only when a negation cue on one side scopes over
//! content the other side states, that content is not negated there too (`did not go` vs
//! `didn't go`, `if not repaid` vs `unless repaid`, `without injury` vs `not injured`, `their
//! failure, three times, to get` vs `they failed to get` are no flips), and the cue is the one
//! change at its place in the word-level diff (`removed from the bill` vs `not in the bill` is a
//! rewording, not a flip). A cue inside a hyphenated word (`do-not-call`) negates nothing.

use super::conflict::{reason, unmatched_content, Alignment};
use super::lexicon;
use super::relation::Side;
use super::similarity::Token;
use crate::model::{Marker, Reason, TextSpan};

/// Words that open a new clause: a negation before them does not reach past them.
const CLAUSE_WORDS: &[&str] = &[
    "but", "while", "although", "though", "because", "whereas", "however", "which", "who", "whom", "whose",
    "where", "when", "after", "before", "since", "unless", "if", "so",
];

/// How many content words after a negation cue make its scope (the head of what is negated).
pub(super) const SCOPE_WORDS: usize = 3;

/// Clause words that end the reach of a negation cue searched backwards from a word: they open a
/// new proposition (relative `who` / `which` do not: `nobody who pressured`).
const PROPOSITION_WORDS: &[&str] = &[
    "but", "while", "although", "though", "because", "whereas", "however", "after", "before", "since",
    "unless", "if", "so", "when", "where", "and",
];

/// How many words before a word a negation cue may stand and still negate it.
const NEGATION_REACH: usize = 8;

/// Negative determiners and pronouns: they stand for a determiner or a whole noun phrase, which
/// the other side may fill at their place with up to two words (`there are no men` / `two men`,
/// `nobody is riding` / `a man is riding`, `without shirt` / `with a green shirt`).
const NOUN_CUES: &[&str] = &["no", "nobody", "no one", "nothing", "none", "neither", "nowhere", "without"];

/// True when two tokens are the same word: the same stem, or a near spelling (Jaro-Winkler ≥
/// 0.9, both 5+ letters: `injury` / `injured`, `license` / `licence`).
pub(super) fn same_word(t: &Token, o: &Token) -> bool {
    o.stem == t.stem
        || (t.lower.chars().count() >= 5
            && o.lower.chars().count() >= 5
            && strsim::jaro_winkler(&t.lower, &o.lower) >= 0.9)
}

/// True when token `t` of one side has a match in `other` ([`same_word`]).
pub(super) fn found_in(t: &Token, other: &Side) -> bool {
    other.tokens.iter().any(|o| same_word(t, o))
}

/// The content tokens a negation cue ending at byte `cue_end` scopes over: the content words
/// after it (at most `limit`), stopping at clause punctuation or a clause word. Quote marks do
/// not stop it (`not "narrowly tailored"`).
pub(super) fn scope<'s>(side: &'s Side, cue_end: usize, limit: usize) -> Vec<&'s Token> {
    let mut out = Vec::new();
    let mut prev_end = cue_end;
    for t in side.tokens.iter().filter(|t| t.start >= cue_end) {
        let gap = side.text.get(prev_end..t.start).unwrap_or("");
        if gap.contains([',', ';', ':', '.', '?', '!', '(', ')']) || CLAUSE_WORDS.contains(&t.lower.as_str())
        {
            break;
        }
        prev_end = t.end;
        if !t.stop && !t.negation && t.number.is_none() {
            out.push(t);
            if out.len() == limit {
                break;
            }
        }
    }
    out
}

/// Every content word of `y` under a negation: the whole clause after each negation cue, and
/// after `unless` (`unless X` says `if not X`).
fn negated_words<'s>(y: &'s Side) -> Vec<&'s Token> {
    let cues = y.negations.iter().map(|m| m.end);
    let unless = y.tokens.iter().filter(|t| t.lower == "unless").map(|t| t.end);
    cues.chain(unless).flat_map(|end| scope(y, end, usize::MAX)).collect()
}

/// True when token `i` of `y` is, or is inside, a negation cue: a negation word, a negation
/// marker, or a noun such as `failure` (`their failure, three times in a row, to get`).
fn is_cue(y: &Side, i: usize) -> bool {
    let t = &y.tokens[i];
    t.negation
        || lexicon::is_nominal_negation(&t.lower)
        || y.negations.iter().any(|m| m.start <= t.start && t.end <= m.end)
}

/// True when `y` negates `word` wherever it states it: a word of a negation's scope, or a
/// negation cue among the [`NEGATION_REACH`] words before it in the same proposition.
fn negated_in(y: &Side, y_negated: &[&Token], word: &Token) -> bool {
    if y_negated.iter().any(|n| same_word(word, n)) {
        return true;
    }
    y.tokens.iter().enumerate().filter(|(_, o)| same_word(word, o)).any(|(j, o)| {
        let mut seen_start = o.start;
        for k in (j.saturating_sub(NEGATION_REACH)..j).rev() {
            let t = &y.tokens[k];
            let gap = y.text.get(t.end..seen_start).unwrap_or("");
            if gap.contains(['.', ';', '?', '!']) || PROPOSITION_WORDS.contains(&t.lower.as_str()) {
                return false;
            }
            if is_cue(y, k) {
                return true;
            }
            seen_start = t.start;
        }
        false
    })
}

/// True when the negation marker `m` is part of a hyphenated word (`do-not-call`, `no-fly`).
fn in_compound(text: &str, m: &Marker) -> bool {
    text[..m.start].ends_with('-') || text[m.end..].starts_with('-')
}

/// True when the cue is the one change at its place: the other side's part of the cue's hunk
/// holds no content word this side lacks (a [`NOUN_CUES`] word may stand for up to two). The
/// cue's place is that of its negation word (`not` of `isn't`); a cue outside any hunk is
/// matched by the same cue on the other side.
fn only_change(x: &Side, y: &Side, hx: &[Option<usize>], hy: &[Option<usize>], m: &Marker) -> bool {
    let inside = |i: &usize| x.tokens[*i].start >= m.start && x.tokens[*i].start < m.end;
    let cue = (0..x.tokens.len()).filter(inside).max_by_key(|&i| (x.tokens[i].negation, hx[i].is_some()));
    let Some(h) = cue.and_then(|i| hx[i]) else { return false };
    let allowed = if NOUN_CUES.contains(&m.text.to_lowercase().as_str()) { 2 } else { 0 };
    unmatched_content(&Alignment::in_hunk(y, hy, h), x).len() <= allowed
}

/// The negation cues of `x` that flip shared content: every content word in the cue's scope
/// (its first [`SCOPE_WORDS`] content words) is found in `y`, none of them is negated in `y`,
/// and the cue is the one change at its place. Returns each cue with its scope.
fn flips<'s>(
    x: &'s Side,
    y: &Side,
    hx: &[Option<usize>],
    hy: &[Option<usize>],
) -> Vec<(&'s Marker, Vec<&'s Token>)> {
    let y_negated = negated_words(y);
    x.negations
        .iter()
        .filter(|m| !in_compound(x.text, m))
        .filter_map(|m| {
            let words = scope(x, m.end, SCOPE_WORDS);
            let shared = !words.is_empty() && words.iter().all(|t| found_in(t, y));
            let also_negated = words.iter().any(|t| negated_in(y, &y_negated, t));
            (shared && !also_negated && only_change(x, y, hx, hy, m)).then_some((m, words))
        })
        .collect()
}

/// A polarity flip: a negation on one side whose scope (the next content words) the other side
/// states without negation.
pub fn detect(a: &Side, b: &Side, al: &Alignment) -> Option<Reason> {
    let (fa, fb) = (flips(a, b, &al.a, &al.b), flips(b, a, &al.b, &al.a));
    if fa.is_empty() && fb.is_empty() {
        return None;
    }
    let describe = |side: &str, f: &[(&Marker, Vec<&Token>)]| -> Option<String> {
        let parts: Vec<String> = f
            .iter()
            .map(|(m, w)| {
                let words: Vec<&str> = w.iter().map(|t| t.lower.as_str()).collect();
                format!("'{}' over {}", m.text, words.join(" "))
            })
            .collect();
        (!parts.is_empty()).then(|| format!("only {side} negates: {}", parts.join(", ")))
    };
    let detail: Vec<String> = [describe("a", &fa), describe("b", &fb)].into_iter().flatten().collect();
    let spans = |s: &Side, f: &[(&Marker, Vec<&Token>)]| -> Vec<TextSpan> {
        f.iter().map(|(m, _)| s.span(m.start, m.end)).collect()
    };
    Some(reason("conflict-negation", detail.join("; "), spans(a, &fa), spans(b, &fb)))
}

#[cfg(test)]
mod tests {
    use crate::model::Relation;
    use crate::score::score_texts;

    use crate::score::test_codes as codes;

    #[test]
    fn negation_counts_only_over_shared_words() {
        // The negated word (`released`) is not in b: no flip, whatever else is shared.
        let (_, c) = codes(
            "The two suspects, whose names were not released, were seen at the bus station on Friday.",
            "The two suspects were seen at the bus station on Friday.",
        );
        assert!(!c.contains(&"conflict-negation".to_string()), "{c:?}");
        // `no` over a different noun: a different thing is denied, not this one.
        let (_, c) =
            codes("No passengers were hurt in the crash.", "Two crew members were hurt in the crash.");
        assert!(!c.contains(&"conflict-negation".to_string()), "{c:?}");
        let s = score_texts("No passengers were hurt in the crash.", "Passengers were hurt in the crash.");
        assert_eq!(s.relation, Relation::Conflict);
        assert!(s.reasons[0].detail.contains("'No' over passengers hurt crash"), "{}", s.reasons[0].detail);
    }

    #[test]
    fn negation_on_both_sides_or_idioms_is_no_flip() {
        for (a, b) in [
            (
                "If the loan is not repaid, the bank will seize the farm.",
                "The bank will seize the farm unless the loan is repaid.",
            ),
            (
                "The agency's failure to inspect the dam drew criticism.",
                "The agency did not inspect the dam, critics said.",
            ),
            (
                "they have not confirmed the deaths, but the agency has offered to send doctors",
                "The health agency has been unable to confirm the deaths.",
            ),
            (
                "Not only is the bridge the longest in the region, it is the oldest.",
                "The bridge is the longest in the region and the oldest.",
            ),
            ("Police could not find the weapon.", "Police did not find the weapon."),
            (
                "Officials dont expect the strike to end soon.",
                "Officials don't expect the strike to end soon.",
            ),
        ] {
            let (_, c) = codes(a, b);
            assert!(!c.contains(&"conflict-negation".to_string()), "{a} / {b}: {c:?}");
        }
    }

    fn no_flip(a: &str, b: &str) {
        let (_, c) = codes(a, b);
        assert!(!c.contains(&"conflict-negation".to_string()), "{a} / {b}: {c:?}");
    }

    fn flip(a: &str, b: &str) {
        let (rel, c) = codes(a, b);
        assert_eq!(rel, Relation::Conflict, "{a} / {b}: {c:?}");
        assert!(c.contains(&"conflict-negation".to_string()), "{a} / {b}: {c:?}");
    }

    #[test]
    fn negation_said_another_way_on_the_other_side_is_no_flip() {
        no_flip(
            "All twelve guests escaped without injury, the manager said.",
            "All twelve guests were not injured, the manager said.",
        );
        no_flip(
            "The pilot was flying without a license when he crashed.",
            "The pilot was flying without a licence when he crashed.",
        );
        no_flip(
            "That shows in their failure, three years running, to win a majority in the assembly.",
            "Three years running, they failed to win a majority in the assembly.",
        );
        no_flip(
            "\"I know of no pressure on the panel,\" she said.",
            "\"I know of nobody who pressured the panel,\" she said.",
        );
    }

    #[test]
    fn a_reworded_place_or_a_compound_is_no_flip() {
        no_flip(
            "The senator will work to get the tax clause removed from the final bill.",
            "The senator will work to see that the tax clause is not in the final bill.",
        );
        no_flip(
            "Sign-ups for the do-not-call list have grown quickly this year.",
            "Sign-ups for the call list have grown quickly this year.",
        );
    }

    #[test]
    fn contractions_and_negative_determiners_flip() {
        flip("The dog isn't chasing the red ball.", "The dog is chasing the red ball.");
        flip("There are no men fighting in the yard.", "Two men are fighting in the yard.");
        flip("Nobody is riding the old bicycle.", "A man is riding the old bicycle.");
    }
}
