//! The weight of a candidate pair of claims: how sure the aligner is that two claims of different
//! outlets report the same statement or fact. Pure functions of the two claims and the lexical
//! scores computed upstream ([`crate::score::score_claims`] similarity, TF-IDF cosine).
//!
//! The weight favours precision: a pair must share informative content (not only stop words or a
//! title and a name), and the speakers, the numbers and — for two direct quotes — the quoted
//! characters move it up or down. (A penalty for claims naming no common entity was tried and
//! dropped: it barely moved ECB+ and fired on capitalised headline words taken as entities.) Coefficients are round numbers, set by hand so that each
//! signal stays readable; only the threshold ([`super::DEFAULT_THRESHOLD`]) and the document gate
//! ([`super::DEFAULT_MIN_DOC_COSINE`]) are calibrated on data.

use crate::model::{Claim, ClaimKind};

/// How the speakers of two claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerMatch {
    /// The same canonical name or surname.
    Same,
    /// Two different named (not anonymous) speakers.
    Different,
    /// Either has no speaker or is an unnamed source.
    Unknown,
}

/// The signals one candidate pair is weighed on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairFeatures {
    /// The pair scorer's similarity (0..1).
    pub similarity: f64,
    /// TF-IDF cosine of the index terms (0..1).
    pub cosine: f64,
    /// Sum of the idf of the index terms both claims contain (content stems, entities, numbers).
    pub shared_idf: f64,
    /// Number of phrases (two adjacent content words) both claims contain.
    pub shared_phrases: usize,
    pub speakers: SpeakerMatch,
    /// Both carry numbers and none is shared (a different count or figure: perhaps a different event,
    /// perhaps a number conflict — a small penalty, so a strong match still aligns and is labelled).
    pub disjoint_numbers: bool,
    pub same_date: bool,
    /// Character bigram Dice of the quoted words when both claims are direct quotes.
    pub quote_dice: Option<f64>,
}

/// Coefficients of [`weight`].
pub mod coef {
    /// Share of the scorer's similarity (the rest is the TF-IDF cosine).
    pub const SIMILARITY: f64 = 0.5;
    pub const SAME_SPEAKER: f64 = 0.15;
    /// Penalty for two different named speakers. A quote reproduced nearly verbatim
    /// (Dice ≥ [`VERBATIM_DICE`]) escapes it, so a quote given to a different speaker still aligns
    /// and is labelled a misattribution.
    pub const DIFFERENT_SPEAKER: f64 = 0.12;
    pub const VERBATIM_DICE: f64 = 0.8;
    pub const DISJOINT_NUMBERS: f64 = 0.06;
    pub const SAME_DATE: f64 = 0.05;
    /// Bonus per unit of quote Dice above [`QUOTE_DICE_FLOOR`] (two direct quotes).
    pub const QUOTE: f64 = 0.3;
    pub const QUOTE_DICE_FLOOR: f64 = 0.55;
    /// Bonus per shared phrase (at most [`MAX_PHRASES`] count): the same predicate with the same
    /// argument (`face Kim`) is stronger evidence than the same words scattered.
    pub const PHRASE: f64 = 0.04;
    pub const MAX_PHRASES: usize = 3;
    /// A pair whose shared index terms weigh less than this (sum of idf) is not aligned at all:
    /// one shared common word or the story's main name is not evidence of the same claim.
    pub const MIN_SHARED_IDF: f64 = 10.0;
    /// Pairs whose TF-IDF cosine is below this are not scored at all (the scorer is the costly
    /// step): their weight practically never reaches the threshold — on the ECB+ dev topics the
    /// gate leaves the links at the calibrated threshold unchanged (see the README).
    pub const MIN_COSINE: f64 = 0.1;
}

fn surname(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// How the speakers of `a` and `b` relate.
pub fn speaker_match(a: &Claim, b: &Claim) -> SpeakerMatch {
    match (&a.speaker, &b.speaker) {
        (Some(sa), Some(sb)) if !sa.anonymous && !sb.anonymous => {
            if sa.name.eq_ignore_ascii_case(&sb.name) || surname(&sa.name) == surname(&sb.name) {
                SpeakerMatch::Same
            } else {
                SpeakerMatch::Different
            }
        }
        _ => SpeakerMatch::Unknown,
    }
}

/// Sorted, deduplicated character bigrams of the letters and digits of `s`, lower-cased, words
/// separated by one space.
fn bigrams(s: &str) -> Vec<(char, char)> {
    let mut norm = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !norm.is_empty() {
            norm.push(' ');
        }
        norm.extend(w.chars().flat_map(char::to_lowercase));
    }
    let chars: Vec<char> = norm.chars().collect();
    let mut out: Vec<(char, char)> = chars.windows(2).map(|w| (w[0], w[1])).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Dice coefficient of the character bigram sets of two texts (0..1), linear in their length.
pub fn bigram_dice(a: &str, b: &str) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let both = crate::score::prepared::shared(&x, &y);
    2.0 * both as f64 / (x.len() + y.len()) as f64
}

/// The signals of one pair; `similarity`, `cosine` and `shared_idf` come from the caller.
pub fn features(
    a: &Claim,
    b: &Claim,
    similarity: f64,
    cosine: f64,
    (shared_idf, shared_phrases): (f64, usize),
) -> PairFeatures {
    let quotes = a.kind == ClaimKind::Direct && b.kind == ClaimKind::Direct;
    PairFeatures {
        similarity,
        cosine,
        shared_idf,
        shared_phrases,
        speakers: speaker_match(a, b),
        disjoint_numbers: !a.numbers.is_empty()
            && !b.numbers.is_empty()
            && !a.numbers.iter().any(|x| b.numbers.iter().any(|y| (x.value - y.value).abs() < 1e-9)),
        same_date: matches!((a.said_on, b.said_on), (Some(x), Some(y)) if x == y),
        quote_dice: quotes.then(|| bigram_dice(&a.content.text, &b.content.text)),
    }
}

/// The weight 0..1 of a pair: `0.5 · similarity + 0.5 · cosine`, plus a bonus for the same
/// speaker, the same date and similar quoted characters, minus a penalty for two different named
/// speakers and for disjoint numbers; 0 when the shared content is too thin
/// ([`coef::MIN_SHARED_IDF`]).
pub fn weight(f: &PairFeatures) -> f64 {
    if f.shared_idf < coef::MIN_SHARED_IDF {
        return 0.0;
    }
    let mut w = coef::SIMILARITY * f.similarity + (1.0 - coef::SIMILARITY) * f.cosine;
    let verbatim = f.quote_dice.is_some_and(|d| d >= coef::VERBATIM_DICE);
    match f.speakers {
        SpeakerMatch::Same => w += coef::SAME_SPEAKER,
        SpeakerMatch::Different if !verbatim => w -= coef::DIFFERENT_SPEAKER,
        _ => {}
    }
    if f.disjoint_numbers {
        w -= coef::DISJOINT_NUMBERS;
    }
    w += coef::PHRASE * f.shared_phrases.min(coef::MAX_PHRASES) as f64;
    if f.same_date {
        w += coef::SAME_DATE;
    }
    if let Some(d) = f.quote_dice {
        w += coef::QUOTE * (d - coef::QUOTE_DICE_FLOOR).max(0.0);
    }
    w.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f() -> PairFeatures {
        PairFeatures {
            similarity: 0.4,
            cosine: 0.4,
            shared_idf: 20.0,
            shared_phrases: 0,
            speakers: SpeakerMatch::Unknown,
            disjoint_numbers: false,
            same_date: false,
            quote_dice: None,
        }
    }

    #[test]
    fn thin_shared_content_is_never_aligned() {
        assert_eq!(weight(&PairFeatures { shared_idf: 8.0, similarity: 0.9, cosine: 0.9, ..f() }), 0.0);
        assert!((weight(&f()) - 0.4).abs() < 1e-9);
    }

    #[test]
    fn speakers_move_the_weight_but_a_verbatim_quote_escapes_the_penalty() {
        let same = weight(&PairFeatures { speakers: SpeakerMatch::Same, ..f() });
        let diff = weight(&PairFeatures { speakers: SpeakerMatch::Different, ..f() });
        assert!(same > weight(&f()) && diff < weight(&f()), "{same} {diff}");
        let verbatim = PairFeatures { speakers: SpeakerMatch::Different, quote_dice: Some(0.95), ..f() };
        assert!(weight(&verbatim) > weight(&f()), "a misattributed quote still aligns");
    }

    #[test]
    fn phrases_count_up_to_a_cap_and_disjoint_numbers_cost() {
        let w = |p| weight(&PairFeatures { shared_phrases: p, ..f() });
        assert!(w(1) > w(0) && w(3) > w(2));
        assert_eq!(w(3), w(9));
        assert!(weight(&PairFeatures { disjoint_numbers: true, ..f() }) < weight(&f()));
    }

    #[test]
    fn bigram_dice_of_quotes() {
        assert!((bigram_dice("We will win.", "we WILL win") - 1.0).abs() < 1e-9);
        assert!(bigram_dice("We will win", "Prices fell sharply") < 0.2);
        assert_eq!(bigram_dice("", "x y"), 0.0);
    }
}
