//! Cue words used as nouns: `the report`, `his claims`, `Trump's call`, `a think tank`. A
//! reporting verb never follows a determiner or a possessive, and a few cue words head noun
//! compounds; such a match is no verb cue, and the speaker search must not stop at it.
//!
//! A few nouns of saying and intending are cues of their own when a possessive names their
//! source and a clause follows: `Lee's claim that the vote was rigged`, `her promise to resign`
//! ([`noun_attributions`]): the possessor is the speaker, the noun the cue.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem;

use super::Attribution;
use crate::lower::Lower;
use crate::model::Span;

/// Determiners and possessive pronouns: the next word is a noun or an adjective, not a verb.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "every",
    "each",
];

/// `'s` contractions of pronouns, which stand for `has`/`is` (`he's said`), not a possessive.
const CONTRACTIONS: &[&str] = &["it", "he", "she", "that", "there", "what", "who", "here", "where", "let"];

/// Nouns that make a compound with a cue word before them (`think tank`, `report card`).
const COMPOUND_HEADS: &[&str] = &[
    "tank", "tanks", "card", "cards", "center", "centers", "centre", "centres", "sign", "signs", "shot",
    "shots", "label", "labels",
];

/// Words that make `show` a programme (`TV show`, `talk shows`, `an MSNBC show`; PolNeAR train:
/// 12 false predictions, 2 chance matches).
const SHOW_KINDS: &[&str] = &[
    "tv",
    "radio",
    "talk",
    "game",
    "reality",
    "television",
    "cable",
    "cw",
    "msnbc",
    "hbo",
    "daily",
    "variety",
    "cooking",
    "comedy",
];

/// Quantifiers: a cue form in `-s` after them is a plural noun (`many promises`, `some claims`).
const QUANTIFIERS: &[&str] =
    &["many", "several", "few", "some", "all", "both", "most", "numerous", "multiple", "various"];

/// Degree words: an `-ing` cue form after them is an adjective (`most telling`, `very promising`).
const DEGREE: &[&str] = &["most", "more", "less", "least", "very", "so", "too", "quite", "particularly"];

/// True when the cue word between `start` and `end` of `text` is a noun here: it follows a
/// determiner or a possessive (`the report`, `Lee's claim`) or heads a compound (`think tank`).
pub fn is_noun_use(text: &str, start: usize, end: usize) -> bool {
    let prev = super::words::words_back(&text[..start]).next().unwrap_or("");
    // The lower cases on the stack (this runs at every cue): the same text as `to_lowercase`.
    let low = Lower::of(prev);
    let quoted: Cow<str> =
        if low.contains('’') { Cow::Owned(low.replace('’', "'")) } else { Cow::Borrowed(&low) };
    let p: &str = &quoted;
    if DETERMINERS.contains(&p) {
        return true;
    }
    if let Some(owner) = p.strip_suffix("'s") {
        if !owner.is_empty() && !CONTRACTIONS.contains(&owner) {
            return true;
        }
    }
    let cue = Lower::of(&text[start..end]);
    if matches!(cue.as_str(), "show" | "shows") && SHOW_KINDS.contains(&p) {
        return true;
    }
    if (QUANTIFIERS.contains(&p) && cue.ends_with('s') && !cue.ends_with("ss"))
        || (DEGREE.contains(&p) && cue.ends_with("ing"))
    {
        return true;
    }
    let next = text[end..].split_whitespace().next().unwrap_or("");
    let n = Lower::of(next.trim_end_matches(|c: char| !c.is_alphanumeric()));
    COMPOUND_HEADS.contains(&n.as_str())
}

/// Nouns that report a statement or a position when a `that` clause follows them: `Lee's claim
/// that …`, `their fear that …`.
const THAT_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "charge",
    "charges",
    "argument",
    "arguments",
    "contention",
    "insistence",
    "suggestion",
    "suggestions",
    "warning",
    "warnings",
    "statement",
    "statements",
    "remark",
    "remarks",
    "comment",
    "comments",
    "belief",
    "beliefs",
    "view",
    "hope",
    "hopes",
    "assessment",
    "assessments",
    "conclusion",
    "conclusions",
    "finding",
    "findings",
    "prediction",
    "predictions",
    "recommendation",
    "recommendations",
    "admission",
    "acknowledgment",
    "acknowledgement",
    "denial",
    "denials",
    "assurance",
    "assurances",
    "boast",
    "boasts",
    "complaint",
    "complaints",
    "declaration",
    "announcement",
    "insinuation",
    "observation",
    "explanation",
    "reminder",
    "proposal",
    "demand",
    "demands",
    "estimate",
    "idea",
    "notion",
    "theory",
    "conviction",
    "position",
];

/// Nouns that take either clause (`his promise that …`, `her promise to …`).
const PLEDGE_NOUNS: &[&str] =
    &["promise", "promises", "pledge", "pledges", "vow", "vows", "threat", "threats"];

/// True when `noun` reports a statement or a position before a `that` clause.
fn takes_that(noun: &str) -> bool {
    THAT_NOUNS.contains(&noun) || PLEDGE_NOUNS.contains(&noun)
}

/// True when `noun` reports an intention or a demand before a `to` infinitive.
fn takes_to(noun: &str) -> bool {
    TO_NOUNS.contains(&noun) || PLEDGE_NOUNS.contains(&noun)
}

/// Nouns that report an intention or a demand when a `to` infinitive follows them: `her promise
/// to resign`, `the council's call to vote`. Not `plan(s)`, `decision`, `refusal`, `effort`, `bid`,
/// `commitment`, `willingness` (PolNeAR train: about as many false predictions as matches or
/// more; the annotators mark them as a verb's object more often than as cues).
const TO_NOUNS: &[&str] = &[
    "proposal",
    "proposals",
    "call",
    "calls",
    "demand",
    "demands",
    "request",
    "offer",
    "intention",
    "desire",
    "push",
    "reluctance",
    "wish",
];

/// Words that cannot stand between a possessive and its noun (`his and her`, `Lee's is`).
const NOT_MODIFIER: &[&str] = &[
    "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "for", "with", "that", "is", "was", "are",
    "were", "has", "had", "have", "be", "been", "will", "would", "not", "own",
];

/// Words that open no infinitive after `to`: a determiner or pronoun makes it a preposition
/// (`his response to the question`, `her call to them`).
const NOT_INFINITIVE: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    "them", "him", "us", "me", "it", "all", "any", "some", "such", "what", "which", "whom",
];

/// ` that ` and ` to `, the links after a noun cue, as prebuilt searchers: `match_indices` and
/// `contains` set up a string searcher at each call, two or four per sentence (~27 M
/// instructions on PolNeAR train).
static LINKS: LazyLock<[memmem::Finder<'static>; 2]> =
    LazyLock::new(|| [memmem::Finder::new(" that "), memmem::Finder::new(" to ")]);

/// True when `text` has ` that ` or ` to `: without one, [`noun_attributions`] finds nothing.
pub fn has_link(text: &str) -> bool {
    LINKS.iter().any(|f| f.find(text.as_bytes()).is_some())
}

/// Noun cues with a possessive source and a clause after them: `Lee's claim that …`, `his
/// repeated warnings that …`, `the council's refusal to …`, `their promise to …`. The speaker is
/// the possessor (with its `'s`, as PolNeAR marks it), the cue the noun; in reading order.
pub fn noun_attributions(text: &str) -> Vec<Attribution> {
    let mut out = Vec::new();
    let links = [(" that ", takes_that as fn(&str) -> bool), (" to ", takes_to)];
    for ((link, nouns), finder) in links.into_iter().zip(LINKS.iter()) {
        for at in finder.find_iter(text.as_bytes()) {
            if link == " to " {
                let next = text[at + link.len()..].split_whitespace().next().unwrap_or("");
                let n = next.trim_end_matches(|c: char| !c.is_alphanumeric());
                if n.is_empty()
                    || !n.starts_with(|c: char| c.is_ascii_lowercase())
                    || NOT_INFINITIVE.contains(&n)
                {
                    continue;
                }
            }
            let by = || (link == " that ").then(|| noun_by_source(text, at)).flatten();
            if let Some(a) = possessed_noun(text, at, nouns).or_else(by) {
                out.push(a);
            }
        }
    }
    out.sort_by_key(|a| a.cue.start);
    out
}

/// The attribution of the noun ending at `end` of `text` (one `nouns` accepts), when up to two
/// modifiers and a possessive stand before it.
fn possessed_noun(text: &str, end: usize, nouns: fn(&str) -> bool) -> Option<Attribution> {
    let before = &text[..end];
    let mut words = words_back(before);
    let (noun_at, noun) = words.next()?;
    if !nouns(noun) {
        return None;
    }
    let cue = Span::new(noun_at, noun_at + noun.len());
    for _ in 0..3 {
        let (at, w) = words.next()?;
        if let Some(sp) = possessor(before, at, w) {
            return Some(Attribution { cue, speaker: sp, inverted: false });
        }
        let modifier = w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !NOT_MODIFIER.contains(&w);
        if !modifier {
            return None;
        }
    }
    None
}

/// `the suggestion by a senator that …`, `an admission from Ann Lee that …`: a `that` noun, `by` or
/// `from` and a source of at most five words (a name, or a determiner and its noun) right before
/// the `that` at `end` of `text`.
fn noun_by_source(text: &str, end: usize) -> Option<Attribution> {
    let words: Vec<(usize, &str)> = words_back(&text[..end]).take(7).collect();
    let k = words.iter().position(|&(_, w)| w == "by" || w == "from")?;
    let &(noun_at, noun) = words.get(k + 1)?;
    if k == 0 || !takes_that(noun) {
        return None;
    }
    let source = &words[..k];
    let (first_at, first) = source[source.len() - 1];
    let plain = |w: &str| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'));
    let named = source.iter().all(|&(_, w)| w.starts_with(|c: char| c.is_uppercase()));
    let described = ["the", "a", "an", "his", "her", "their", "its"].contains(&first);
    let finite = |w: &str| super::FINITE_AUX.contains(&w.to_lowercase().as_str());
    if !source.iter().all(|&(_, w)| plain(w) && !finite(w)) || !(named || described) {
        return None;
    }
    let (last_at, last) = source[0];
    Some(Attribution {
        cue: Span::new(noun_at, noun_at + noun.len()),
        speaker: Span::new(first_at, last_at + last.len()),
        inverted: true,
    })
}

/// The words of `t` with their offsets, last first.
fn words_back(t: &str) -> impl Iterator<Item = (usize, &str)> {
    t.split_whitespace().rev().map(move |w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
}

/// The possessor ending with the word `w` at `at` of `before`: `his`, `their`, `Lee's`,
/// `Donald Trump's`, `the council's`, `Democrats'`.
fn possessor(before: &str, at: usize, w: &str) -> Option<Span> {
    let lower = w.to_lowercase().replace('’', "'");
    if matches!(lower.as_str(), "his" | "her" | "their" | "its") {
        return Some(Span::new(at, at + w.len()));
    }
    // `Lee's`, `Democrats'`; not `he's`, `it's` (`has`, `is`).
    let owner = lower.strip_suffix("'s").or_else(|| lower.strip_suffix('\'').filter(|o| o.ends_with('s')))?;
    let plain = owner.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
    if owner.is_empty() || CONTRACTIONS.contains(&owner) || !plain {
        return None;
    }
    let end = at + w.len();
    let mut start = at;
    let words = words_back(&before[..at]);
    let capital = w.starts_with(|c: char| c.is_uppercase());
    // A name runs back over capitalised words (`Donald Trump's`); a common noun needs `the`
    // and takes at most one word between (`the city's`, `the state party's`).
    if capital {
        let name_word = |x: &str| {
            x.starts_with(|c: char| c.is_uppercase())
                && x.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
                && !super::not_name(x)
        };
        for (a, x) in words.take(3) {
            if !name_word(x) {
                break;
            }
            start = a;
        }
        return Some(Span::new(start, end));
    }
    for (a, x) in words.take(2) {
        if x.eq_ignore_ascii_case("the") {
            return Some(Span::new(a, end));
        }
        if !x.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn links_as_match_indices_and_contains_find_them(picks in proptest::collection::vec(0..7usize, 0..14)) {
            let text: String = picks.iter().map(|&i| [" ", "that", "to", "t", "hat", "x", "’"][i]).collect();
            for (link, finder) in [" that ", " to "].into_iter().zip(LINKS.iter()) {
                let want: Vec<usize> = text.match_indices(link).map(|(at, _)| at).collect();
                proptest::prop_assert_eq!(finder.find_iter(text.as_bytes()).collect::<Vec<_>>(), want);
            }
            proptest::prop_assert_eq!(has_link(&text), text.contains(" that ") || text.contains(" to "));
        }
    }

    fn noun(s: &str, cue: &str) -> bool {
        let at = s.find(cue).unwrap_or(0);
        is_noun_use(s, at, at + cue.len())
    }

    #[test]
    fn nouns_and_verbs() {
        assert!(noun("She cited the report on jobs.", "report"));
        assert!(noun("Lee's claims were false.", "claims"));
        assert!(noun("Kim, a fellow at a think tank, said so.", "think"));
        assert!(!noun("Analysts think rates will fall.", "think"));
        assert!(!noun("He's said it twice.", "said"));
        assert!(!noun("The mayor said no.", "said"));
        assert!(noun("He broke many promises.", "promises"));
        assert!(noun("The most telling sign was silence.", "telling"));
        assert!(noun("There are warning signs.", "warning"));
        assert!(!noun("Some say it failed.", "say"));
        assert!(noun("She hosted a TV show for years.", "show"));
        assert!(noun("He called the radio shows daily.", "shows"));
        assert!(!noun("Polls show a tight race.", "show"));
    }

    /// (speaker, cue) of each noun attribution of `s`.
    fn found(s: &str) -> Vec<(&str, &str)> {
        noun_attributions(s)
            .into_iter()
            .map(|a| (&s[a.speaker.start..a.speaker.end], &s[a.cue.start..a.cue.end]))
            .collect()
    }

    #[test]
    fn a_possessive_noun_with_a_clause_is_an_attribution() {
        assert_eq!(
            found("Voters doubted Ana Ruiz's claim that the dam was safe."),
            [("Ana Ruiz's", "claim")]
        );
        assert_eq!(
            found("His repeated warnings that rents would rise went unheeded."),
            [("His", "warnings")]
        );
        assert_eq!(found("The mill cited the union’s demand to reopen talks."), [("the union’s", "demand")]);
        assert_eq!(found("But the growers' promise to replant held."), [("the growers'", "promise")]);
        assert_eq!(found("Nobody shared their hope that prices would fall."), [("their", "hope")]);
    }

    #[test]
    fn a_source_after_by_or_from() {
        assert_eq!(
            found("It followed a warning from Mayor Ines Calder that the pier was unsafe."),
            [("Mayor Ines Calder", "warning")]
        );
        assert_eq!(
            found("The suggestion by a county clerk that votes were lost was false."),
            [("a county clerk", "suggestion")]
        );
        // A lower-case source without a determiner, or a verb between: no attribution.
        assert!(found("The claim by growers that prices fell spread.").is_empty());
        assert!(found("A warning from Lee was issued that night.").is_empty());
        assert!(found("The claim by the board was withdrawn that week.").is_empty());
    }

    #[test]
    fn other_nouns_and_readings_are_not() {
        for s in [
            // No possessive, a contraction, or a noun the lists leave out.
            "The claim that the dam was safe spread.",
            "He's a claim that nobody checks.",
            "Ruiz's plan to widen the road stalled.",
            // `to` as a preposition, and a possessive too far from its noun.
            "Lee's call to the mayor went unanswered.",
            "Lee's long and bitter claim that it failed.",
        ] {
            assert!(found(s).is_empty(), "{s}: {:?}", found(s));
        }
    }
}
