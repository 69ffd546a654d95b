//! Cheap tests that tell when a line rule's regex cannot match, so the regex is asked only of the
//! few lines that pass: the anchored patterns by their first words, the price offer by its currency
//! sign or period word, the prompt patterns by words each of their matches contains.

#[cfg(test)]
use std::sync::LazyLock;

/// False when [`super::PRICE_OFFER`] cannot match `n`: each of its forms has a currency sign or a
/// period before ` for ` or ` at ` (`4 weeks for`), and news prose seldom does.
pub(super) fn may_be_price_offer(n: &str) -> bool {
    n.contains('$')
        || n.contains('£')
        || n.contains('€')
        || [" for ", " at "].iter().any(|k| {
            n.match_indices(k).any(|(i, _)| {
                let w = n[..i].strip_suffix('s').unwrap_or(&n[..i]);
                ["week", "month", "day", "year"].iter().any(|u| w.ends_with(u))
            })
        })
}

/// False when [`super::SPONSORED_HEAD`] cannot match `n`: it does not open with one of the pattern's
/// words (after an `about `). The line rules ask four patterns anchored at the line's start of
/// every line, and a regex search costs far more than these comparisons.
pub(super) fn may_be_sponsored_head(n: &str) -> bool {
    let n = n.strip_prefix("about ").unwrap_or(n);
    starts_with_any(
        n,
        &[
            "sponsored",
            "paid ",
            "partner content",
            "advertise",
            "promoted",
            "from our partners",
            "in partnership with ",
            "brand",
        ],
    )
}

/// True when `n` starts with one of `prefixes`.
fn starts_with_any(n: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| n.starts_with(p))
}

/// False when [`super::ADVERT`] cannot match `n` (it opens with none of the pattern's first words).
pub(super) fn may_be_advert(n: &str) -> bool {
    starts_with_any(n, &["ad", "skip ", "story ", "continue ", "scroll ", "article "])
}

/// False when [`super::RELATED`] cannot match `n` (it opens with none of the pattern's first words).
pub(super) fn may_be_related(n: &str) -> bool {
    starts_with_any(
        n,
        &[
            "read ",
            "related",
            "see also",
            "more ",
            "recommended",
            "most read",
            "also read",
            "watch",
            "listen",
            "explore more",
            "click here",
            "tap here",
        ],
    )
}

/// False when [`super::SOURCE_CREDIT`] cannot match `n` (it opens with none of the pattern's first words).
pub(super) fn may_be_source_credit(n: &str) -> bool {
    starts_with_any(
        n,
        &[
            "source",
            "(",
            "additional ",
            "reporting ",
            "writing ",
            "editing ",
            "compiled ",
            "edited ",
            "produced ",
            "with ",
        ],
    )
}

/// Words at least one of which every match of [`super::PROMPT`] contains (in the order of its patterns:
/// strong paywall, weak paywall, newsletter, copyright). The prompt patterns are many short
/// alternatives behind `\b`, which the regex searches with its lazy DFA at ~30 instructions a
/// byte of every line; these literals are found by a literal search at a fraction of that, and
/// the few lines that have one are asked the pattern.
pub(super) const PROMPT_WORDS: &[&str] = &[
    "free article",
    "article left",
    "articles left",
    "stories left",
    "unlimited",
    "full access",
    "digital access",
    "subscri",
    "a member",
    "trial period",
    "free trial",
    "cancel a",
    "offer ends",
    "time offer",
    "all offers",
    "log in",
    "sign in",
    "continue reading",
    "journalism",
    "expired",
    "paywall",
    "membership",
    "premium",
    "register",
    "newsletter",
    "sign up",
    "signup",
    "your inbox",
    "enter your e",
    "email address",
    "daily briefing",
    "copyright",
    "©",
    "all rights reserved",
    "may not be ",
];

/// Any of [`PROMPT_WORDS`], as the `aho-corasick` crate's automaton: what [`super::scan`]'s DFA
/// must agree with (tests).
#[cfg(test)]
pub(super) static PROMPT_WORD: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant words, far below the automaton's limits; tested
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .prefilter(false)
        .build(PROMPT_WORDS)
        .expect("prompt words")
});
