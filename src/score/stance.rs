//! Stance toward a topic's target and the predicates a negation governs: the signals of a
//! reversal that carries no commitment marker ("not ready to support him" → "endorsed him").
//!
//! Rules:
//! - **Stance words** are two small lists of word forms: [`PRO`] (support, endorse, back, accept,
//!   approve, praise, qualified …) and [`CON`] (oppose, against, reject, denounce, disavow,
//!   unqualified, unfit …), matched whole-word, case-insensitively; `vote for` counts as
//!   support. A hit is negated when a
//!   negator ([`NEGATORS`], or a word ending in `n't`) lies among the [`NEG_WINDOW`] words before
//!   it ("not ready to support", "refused to endorse", "no longer backs"); a negated hit counts
//!   with the opposite sign. `back*` followed by a particle ("backed away", "back down") is not a
//!   stance. The stance of a text is the sum of the signs.
//! - **Negated predicates** are the content words among the [`PREDICATE_WINDOW`] words after a
//!   plain negation (`not`, `never`, `no` …, from `extract::markers`), capitalised words (names)
//!   excepted: "did not rule out talks" negates `rule` and `talks`. Two texts flip polarity on a
//!   predicate when one negates a stem the other states without negation.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::words::{is_stop, tokens};

/// Word forms stating support for the target.
pub const PRO: &[&str] = &[
    "support",
    "supports",
    "supported",
    "supporting",
    "endorse",
    "endorses",
    "endorsed",
    "endorsing",
    "endorsement",
    "backs",
    "backed",
    "backing",
    "favor",
    "favors",
    "favored",
    "favoring",
    "favour",
    "favours",
    "favoured",
    "favouring",
    "embrace",
    "embraces",
    "embraced",
    "embracing",
    "accept",
    "accepts",
    "accepted",
    "accepting",
    "approve",
    "approves",
    "approved",
    "approving",
    "approval",
    "praise",
    "praises",
    "praised",
    "praising",
    "welcome",
    "welcomes",
    "welcomed",
    "welcoming",
    "champion",
    "champions",
    "championed",
    "qualified",
    "agree",
    "agrees",
    "agreed",
];

/// Word forms stating opposition to the target.
pub const CON: &[&str] = &[
    "oppose",
    "opposes",
    "opposed",
    "opposing",
    "opposition",
    "against",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
    "rejection",
    "denounce",
    "denounces",
    "denounced",
    "denouncing",
    "condemn",
    "condemns",
    "condemned",
    "condemning",
    "disavow",
    "disavows",
    "disavowed",
    "disavowing",
    "criticize",
    "criticizes",
    "criticized",
    "criticizing",
    "criticise",
    "criticises",
    "criticised",
    "criticising",
    "disapprove",
    "disapproves",
    "disapproved",
    "unqualified",
    "unfit",
];

/// Words that negate a stance word shortly after them.
pub const NEGATORS: &[&str] = &[
    "not",
    "never",
    "no",
    "nor",
    "cannot",
    "without",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "decline",
    "declines",
    "declined",
    "declining",
    "fail",
    "fails",
    "failed",
    "failing",
];

/// Words before a stance word searched for a negator.
pub const NEG_WINDOW: usize = 4;
/// Words after a plain negation whose content words it negates.
pub const PREDICATE_WINDOW: usize = 3;

/// Particles after which `back*` is a movement, not support ("backed away", "back down").
const BACK_PARTICLES: &[&str] = &["away", "down", "off", "out", "up", "into", "from"];

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// One stance word of a text: byte range and sign after negation (+1 support, −1 opposition).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceHit {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sign: i8,
}

/// The stance words of a text (see the module rules).
pub fn stance_hits(text: &str) -> Vec<StanceHit> {
    let toks = tokens(text);
    let lower: Vec<String> = toks.iter().map(|t| t.word.to_lowercase()).collect();
    let mut out = Vec::new();
    for (i, w) in lower.iter().enumerate() {
        // "vote for" states support; "vote against" is caught by `against`
        let vote_for = w == "for" && i > 0 && lower[i - 1].starts_with("vot");
        let sign: i8 = if PRO.contains(&w.as_str()) || vote_for {
            1
        } else if CON.contains(&w.as_str()) {
            -1
        } else {
            continue;
        };
        if w.starts_with("back") && lower.get(i + 1).is_some_and(|n| BACK_PARTICLES.contains(&n.as_str())) {
            continue;
        }
        let negated = lower[i.saturating_sub(NEG_WINDOW)..i]
            .iter()
            .any(|p| NEGATORS.contains(&p.as_str()) || p.ends_with("n't") || p.ends_with("n’t"));
        out.push(StanceHit {
            text: toks[i].word.to_string(),
            start: toks[i].start,
            end: toks[i].end,
            sign: if negated { -sign } else { sign },
        });
    }
    out
}

/// Sum of the signs of the hits.
pub fn net(hits: &[StanceHit]) -> i32 {
    hits.iter().map(|h| i32::from(h.sign)).sum()
}

/// Content words of a stance word's target taken at most: "backs the dam repair plan" → `dam`,
/// `repair`, `plan`.
pub const TARGET_WORDS: usize = 4;

/// Stems of the target of a stance hit: the content words right after it (after the hit's own
/// `for` in "vote for"), up to [`TARGET_WORDS`], ending at the first stop word or punctuation
/// once one is taken ("supports the plan and expects …" → `plan`). `from` is where the target
/// may start: the hit's end for a hit in the text, 0 for a hit in the cue ("endorsed | the
/// mayor").
pub fn target_stems(text: &str, from: usize) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut last = from;
    for t in tokens(text).into_iter().filter(|t| t.start >= from) {
        let gap = text.get(last..t.start).unwrap_or("");
        let lower = t.word.to_lowercase();
        let stop = is_stop(&lower) || t.word.chars().count() < 2;
        if !out.is_empty() && (stop || gap.contains(|c: char| c.is_ascii_punctuation() && c != '\'')) {
            break;
        }
        if gap.contains(['.', ';', ':', '?', '!']) || out.len() == TARGET_WORDS {
            break;
        }
        if !stop {
            out.insert(STEMMER.stem(&lower).into_owned());
        }
        last = t.end;
    }
    out
}

/// A hit of a stance and where it stands: in the text (`false`) or in the cue (`true`).
pub type Located<'h> = (&'h StanceHit, bool);

/// The first pair of hits by which two texts take opposite stances on one target: a hit of `a`
/// and a hit of `b` have opposite signs and the target of one holds every word of the other's
/// (overlap coefficient 1): "supports the plan" / "no longer supports the dam repair plan",
/// "backs the levy" / "opposes the levy". Targets that differ in a word on both sides ("the
/// Democratic candidate" / "the Republican candidate") do not count. Each side gives `(text,
/// hits, cue hits)`: a cue hit's target is the start of the text.
pub fn opposed_on_target<'h>(
    a: (&str, &'h [StanceHit], &'h [StanceHit]),
    b: (&str, &'h [StanceHit], &'h [StanceHit]),
) -> Option<(Located<'h>, Located<'h>)> {
    type Aimed<'h> = (Located<'h>, BTreeSet<String>);
    let sides = |(text, hits, cue): (&str, &'h [StanceHit], &'h [StanceHit])| -> Vec<Aimed<'h>> {
        hits.iter()
            .map(|h| ((h, false), target_stems(text, h.end)))
            .chain(cue.iter().map(|h| ((h, true), target_stems(text, 0))))
            .filter(|(_, t)| !t.is_empty())
            .collect()
    };
    let (sa, sb) = (sides(a), sides(b));
    sa.iter().find_map(|(x, ta)| {
        sb.iter()
            .find(|(y, tb)| x.0.sign != y.0.sign && (ta.is_subset(tb) || tb.is_subset(ta)))
            .map(|(y, _)| (*x, *y))
    })
}

/// Stems of the stance word forms.
static STANCE_STEMS: LazyLock<BTreeSet<String>> =
    LazyLock::new(|| PRO.iter().chain(CON).map(|w| STEMMER.stem(w).into_owned()).collect());

/// True for the stem of a stance word (either list): "endors", "support", "oppos" …
pub fn is_stance_stem(stem: &str) -> bool {
    STANCE_STEMS.contains(stem)
}

/// Stems of the content words a plain negation governs, and stems of all content words, of a
/// text (see the module rules).
pub fn predicates(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let toks = tokens(text);
    let content = |w: &str| w.chars().count() > 1 && !is_stop(&w.to_lowercase());
    let all: BTreeSet<String> = toks
        .iter()
        .filter(|t| content(t.word))
        .map(|t| STEMMER.stem(&t.word.to_lowercase()).into_owned())
        .collect();
    let mut negated = BTreeSet::new();
    for m in crate::extract::markers::negations(text) {
        if !matches!(m.kind.as_str(), "not" | "never" | "no") {
            continue;
        }
        let after = toks.iter().filter(|t| t.start >= m.end).take(PREDICATE_WINDOW);
        for t in after {
            let capitalised = t.word.chars().next().is_some_and(char::is_uppercase);
            if content(t.word) && !capitalised {
                negated.insert(STEMMER.stem(&t.word.to_lowercase()).into_owned());
            }
        }
    }
    (negated, all)
}

/// The stems negated in one text and stated without negation in the other, sorted.
pub fn flipped_predicates(a: &str, b: &str) -> Vec<String> {
    let ((na, aa), (nb, ab)) = (predicates(a), predicates(b));
    let mut out: BTreeSet<String> =
        na.iter().filter(|s| ab.contains(*s) && !nb.contains(*s)).cloned().collect();
    out.extend(nb.iter().filter(|s| aa.contains(*s) && !na.contains(*s)).cloned());
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signs(text: &str) -> Vec<(String, i8)> {
        stance_hits(text).into_iter().map(|h| (h.text, h.sign)).collect()
    }

    #[test]
    fn stance_words_and_their_negation() {
        assert_eq!(signs("The mayor is not ready to support the stadium plan"), [("support".into(), -1)]);
        assert_eq!(signs("The mayor endorsed the stadium plan"), [("endorsed".into(), 1)]);
        assert_eq!(signs("She refused to endorse the treaty"), [("endorse".into(), -1)]);
        assert_eq!(signs("The union opposes the merger"), [("opposes".into(), -1)]);
        assert_eq!(signs("She will vote for the budget"), [("for".into(), 1)]);
        assert!(signs("The budget for schools grew").is_empty());
        assert_eq!(signs("He says he is no longer against the levy"), [("against".into(), 1)]);
        assert_eq!(signs("The council doesn't approve of it"), [("approve".into(), -1)]);
        assert_eq!(net(&stance_hits("We support the bill and reject the amendment")), 0);
    }

    #[test]
    fn back_as_a_movement_and_unrelated_text_are_no_stance() {
        assert!(stance_hits("The senator backed away from the pledge").is_empty());
        assert!(stance_hits("They came back on Tuesday to count the ballots").is_empty());
        assert!(stance_hits("Rain is expected over the weekend").is_empty());
    }

    #[test]
    fn stance_stems_are_recognised() {
        assert!(is_stance_stem(&STEMMER.stem("endorsed")) && is_stance_stem("support"));
        assert!(!is_stance_stem("stadium"));
    }

    #[test]
    fn offsets_point_at_the_stance_word() {
        let t = "Critics said the governor backed the pipeline.";
        let h = &stance_hits(t)[0];
        assert_eq!(&t[h.start..h.end], "backed");
    }

    #[test]
    fn a_stance_target_is_the_content_words_after_it() {
        let t = "he backs the dam repair plan and will veto the bill";
        let h = &stance_hits(t)[0];
        let want: BTreeSet<String> = ["dam", "repair", "plan"].iter().map(|s| s.to_string()).collect();
        assert_eq!(target_stems(t, h.end), want);
        let t = "she supports the levy, aides said";
        assert_eq!(target_stems(t, stance_hits(t)[0].end).into_iter().collect::<Vec<_>>(), ["levi"]);
        // nothing after the stance word: no target
        assert!(target_stems("the union approves.", 18).is_empty());
    }

    #[test]
    fn opposite_stances_on_one_target_are_linked() {
        fn linked(a: (&str, &[StanceHit], &[StanceHit]), b: (&str, &[StanceHit], &[StanceHit])) -> bool {
            opposed_on_target(a, b).is_some()
        }
        let side = |t: &'static str| (t, stance_hits(t));
        let (a, b) =
            (side("she supports the plan and expects a vote"), side("she no longer supports the ferry plan"));
        assert!(linked((a.0, &a.1, &[]), (b.0, &b.1, &[])));
        let c = side("she opposes the levy");
        assert!(linked((side("he backs the levy").0, &side("he backs the levy").1, &[]), (c.0, &c.1, &[])));
        // same sign, or targets that differ on both sides: no link
        let d = side("she supports the ferry plan");
        assert!(!linked((a.0, &a.1, &[]), (d.0, &d.1, &[])));
        let (e, f) = (side("he backs the Democratic candidate"), side("he opposes the Republican candidate"));
        assert!(!linked((e.0, &e.1, &[]), (f.0, &f.1, &[])));
        // a stance in the cue takes the start of the content as its target
        let g = side("the ferry plan");
        let cue = stance_hits("endorsed");
        assert!(linked((g.0, &g.1, &cue), (b.0, &b.1, &[])));
    }

    #[test]
    fn negation_governs_the_next_content_words_but_not_names() {
        let (neg, all) = predicates("The club will not renew the contract of Smith");
        assert!(neg.contains("renew") && neg.contains("contract"), "{neg:?}");
        assert!(!neg.contains("smith") && all.contains("smith"));
        assert_eq!(
            flipped_predicates("The club will not renew the contract", "The club will renew the contract"),
            ["contract", "renew"]
        );
        // both negated, or the negated word absent from the other text: no flip
        assert!(flipped_predicates("We will not raise taxes", "They never raise taxes").is_empty());
        assert!(flipped_predicates("We will not raise taxes", "Spending goes up").is_empty());
    }
}
