//! Entities mentioned in a claim: capitalised name spans, titles stripped, canonicalised.
//!
//! Input: any text; output: the name mentions (`Kim Jong Un`, `North Korea`, `Sankei Shimbun`).
//! No tagger is available offline, so this is the capitalisation rule with a stop list for
//! capitalised function words at the start of a sentence or clause.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::text::FnvBuild;
use crate::twin::{spelt, Twin};

/// A capitalised name span; never crosses a line, so it is searched line by line (each line can
/// use the ASCII twin, see [`crate::twin`]).
static NAME: LazyLock<Twin> =
    LazyLock::new(|| Twin::new(r"\b[A-Z][\w’'.-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+)?[A-Z][\w’'.-]*)*"));

/// The name spans of `text`, in order: those of each line (a name has no line break, and a line
/// break is no word character, so this is the search over the whole text).
fn name_spans(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    text.split('\n').flat_map(move |line| {
        let start = at;
        at += line.len() + 1;
        let spans = match spelt(line) {
            Some(b) => name_scan(&b),
            None => NAME.find_spans(line),
        };
        spans.into_iter().map(move |r| &text[start + r.start..start + r.end])
    })
}

/// The capitals `A`–`Z` among eight bytes: bit 7 of byte `k` of the result is set when `chunk[k]`
/// is one (SWAR: seven-bit values plus 0x3F reach bit 7 from `A` on, plus 0x25 from `[` on,
/// without carrying into the next byte; bytes from 0x80 are dropped).
fn capitals(chunk: &[u8]) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&chunk[..8]);
    let x = u64::from_le_bytes(bytes);
    let t = x & LOW7;
    let from_a = t + 0x3F3F_3F3F_3F3F_3F3F;
    let past_z = t + 0x2525_2525_2525_2525;
    from_a & !past_z & !x & HIGH
}

/// The matches of [`NAME`]'s ASCII twin, scanned by hand (the same leftmost-first choices: each
/// part is followed by a byte the part before cannot take, so no choice is ever undone): on
/// [`spelt`] text, the pattern's matches.
fn name_scan(b: &[u8]) -> Vec<Range<usize>> {
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    // End of `[\w’'.-]*` from `i`.
    let tail = |mut i: usize| loop {
        match b.get(i) {
            Some(&c) if word(c) || matches!(c, b'\'' | b'.' | b'-') => i += 1,
            Some(0xE2) if b[i..].starts_with("’".as_bytes()) => i += 3,
            _ => break i,
        }
    };
    let blanks = |mut i: usize| {
        while matches!(b.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        i
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // A name starts at a capital: jump to the next one eight bytes at a time.
        if let Some(chunk) = b.get(i..i + 8) {
            let caps = capitals(chunk);
            if caps == 0 {
                i += 8;
                continue;
            }
            i += (caps.trailing_zeros() / 8) as usize;
        }
        if !b[i].is_ascii_uppercase() || (i > 0 && word(b[i - 1])) {
            i += 1;
            continue;
        }
        let mut end = tail(i + 1);
        loop {
            let j = blanks(end);
            if j == end {
                break;
            }
            // `of`, `the` or `de` and blanks before the capital, else the capital right away.
            let joined = [&b"of"[..], b"the", b"de"].iter().find_map(|w| {
                let k = blanks(j + w.len());
                (b[j..].starts_with(w) && k > j + w.len() && b.get(k).is_some_and(u8::is_ascii_uppercase))
                    .then_some(k)
            });
            match joined {
                Some(k) => end = tail(k + 1),
                None if b.get(j).is_some_and(u8::is_ascii_uppercase) => end = tail(j + 1),
                None => break,
            }
        }
        out.push(i..end);
        i = end;
    }
    out
}

/// Capitalised words that open a sentence or clause ("But", "Meanwhile", "Last") and are never the
/// first word of a name: shared by entity spotting and speaker finding.
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "But",
    "And",
    "Yet",
    "So",
    "However",
    "Then",
    "Now",
    "Also",
    "Still",
    "In",
    "On",
    "At",
    "After",
    "When",
    "While",
    "As",
    "Meanwhile",
    "Earlier",
    "Later",
    "Last",
    "This",
    "That",
    "If",
    "Although",
    "Though",
    "Because",
    "Since",
];

/// Capitalised words that are not part of a name: clause openers, articles, pronouns, titles.
const STOP_EXTRA: &[&str] = &[
    "The", "A", "An", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "There", "His", "Her",
    "Their", "Our", "My", "Its", "Until", "Even", "During", "For", "Of", "To", "By", "With", "What", "Why",
    "How", "Who", "Where", "Some", "Many", "Most", "All", "No", "Not", "Mr.", "Mrs.", "Ms.",
];

fn is_stop(w: &str) -> bool {
    static STOPS: LazyLock<HashSet<&'static str, FnvBuild>> =
        LazyLock::new(|| CLAUSE_OPENERS.iter().chain(STOP_EXTRA).copied().collect());
    STOPS.contains(w)
}

/// A name span without its leading stop words, words joined by one space (a span's words are
/// separated by spaces and tabs only, so most spans are already that).
fn without_stops(m: &str) -> Cow<'_, str> {
    let mut rest = m;
    loop {
        let end = rest.bytes().position(|c| c == b' ' || c == b'\t').unwrap_or(rest.len());
        if end == 0 || !is_stop(&rest[..end]) {
            break;
        }
        rest = rest[end..].trim_start_matches([' ', '\t']);
    }
    // (One look at the bytes: `contains("  ")` set up a string searcher for each span.)
    let b = rest.as_bytes();
    if b.iter().enumerate().any(|(i, &c)| c == b'\t' || (c == b' ' && b.get(i + 1) == Some(&b' '))) {
        Cow::Owned(rest.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(rest)
    }
}

/// `s` without every `suffix` at its end: `trim_end_matches(suffix)`, without the string
/// searcher it sets up (for each name mention).
fn without_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(r) = s.strip_suffix(suffix) {
        s = r;
    }
    s
}

/// Name mentions in `text`, as written (leading stop words dropped, possessive `’s` dropped).
pub fn find_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for m in name_spans(text) {
        let joined = without_stops(m);
        if joined.is_empty() {
            continue;
        }
        let name =
            without_suffix(without_suffix(joined.trim_end_matches(['.', '-']), "’s"), "'s").to_string();
        if name.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            out.push(name);
        }
    }
    out
}

/// Name mentions with the title words before them kept (`Foreign Minister Taro Kono`), for the
/// speaker resolver to learn full names and titles from.
pub fn find_titled_names(text: &str) -> Vec<String> {
    name_spans(text)
        .map(|m| without_stops(m).into_owned())
        .filter(|n| n.contains(' '))
        // `Moon Jae-in. Abe` is two sentences, not one name (initials like `J.` stay).
        .filter(|n| n.split(' ').rev().skip(1).all(|w| !w.ends_with('.') || w.len() <= 2))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_without_clause_words() {
        assert_eq!(
            find_names("But Angela Merkel met the Bank of England’s governor in Paris."),
            vec!["Angela Merkel", "Bank of England", "Paris"]
        );
        assert!(find_names("the rain fell all day.").is_empty());
        assert_eq!(find_titled_names("met Lee Jae-in. Park left.\n\nKim Su came"), vec!["Kim Su"]);
    }

    const TOKENS: &[&str] = &[
        "Ann",
        "José",
        "Élodie",
        "Jose\u{301}",
        "\u{303}",
        "\u{fe0f}",
        "\u{b1}",
        "\u{1f383}",
        "\u{ad}",
        "\u{a0}",
        "\u{2009}",
        "—",
        "Lee",
        "O’Brien",
        "U.S.",
        "Jae-in",
        "of",
        "the",
        "de",
        "off",
        "them",
        "Bank",
        "England’s",
        "a",
        "x",
        "9",
        "_",
        " ",
        "  ",
        "\t",
        ",",
        ".",
        "’",
        "“",
        "—",
        "K",
        "ofA",
        "Of",
        "The",
        "IMF",
    ];

    #[test]
    fn capitals_of_every_byte() {
        for c in 0..=255u8 {
            for k in 0..8 {
                let mut chunk = [b'a'; 8];
                chunk[k] = c;
                let want = if c.is_ascii_uppercase() { 0x80u64 << (8 * k) } else { 0 };
                assert_eq!(capitals(&chunk), want, "{c:#x} at {k}");
            }
        }
        assert_eq!(capitals(b"AbCdEfGZ"), 0x8080_0080_0080_0080);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn capitals_agree_with_their_definition(chunk in proptest::array::uniform8(0..=255u8)) {
            let want = (0..8).filter(|&k| chunk[k].is_ascii_uppercase()).map(|k| 0x80u64 << (8 * k)).sum::<u64>();
            prop_assert_eq!(capitals(&chunk), want);
        }

        #[test]
        fn without_suffix_is_trim_end_matches(picks in proptest::collection::vec(0..6usize, 0..8), k in 0..3usize) {
            let s: String = picks.iter().map(|&i| ["'s", "’s", "s", "'", "’", "Lee"][i]).collect();
            let suffix = ["'s", "’s", "s"][k];
            prop_assert_eq!(without_suffix(&s, suffix), s.trim_end_matches(suffix));
        }

        #[test]
        fn without_stops_drops_leading_stop_words(picks in proptest::collection::vec((0..6usize, 0..3usize), 1..8)) {
            let words = ["The", "But", "Ann", "Lee", "Mr.", "In"];
            let m: String = picks.iter().map(|&(w, sep)| format!("{}{}", words[w], [" ", "  ", " \t"][sep])).collect();
            let m = m.trim_end();
            let want = m.split_whitespace().skip_while(|w| is_stop(w)).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(without_stops(m), want);
        }

        #[test]
        fn name_scan_matches_the_pattern(picks in proptest::collection::vec(0..TOKENS.len(), 0..30)) {
            let text: String = picks.iter().map(|&i| TOKENS[i]).collect();
            let b = spelt(&text);
            prop_assert!(b.is_some());
            let got = b.map(|b| name_scan(&b)).unwrap_or_default();
            prop_assert_eq!(got, NAME.unicode_find_spans(&text), "{:?}", text);
        }
    }
}
