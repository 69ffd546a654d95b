//! Tests of the left-context speaker patterns: their fast paths, bounds and loose forms against
//! the patterns as written.

use super::super::{COORDINATED, LEFT_ANY_NP, LEFT_DESCRIBED, LEFT_NAME, LEFT_PRONOUN, WHO};
use super::*;
use proptest::prelude::*;
use std::sync::LazyLock;

fn all() -> [(&'static str, &'static LeftRegex); 3] {
    [("name", &LEFT_NAME), ("described", &LEFT_DESCRIBED), ("any_np", &LEFT_ANY_NP)]
}

fn same_as_exact(text: &str) {
    for (name, re) in all() {
        let want = re.exact().captures(text).map(|c| spans_of(&c));
        assert_eq!(re.captures(text), want, "{name}: {text:?}");
    }
    let plain: [(&str, &LeftRegex); 3] =
        [("who", &WHO), ("pronoun", &LEFT_PRONOUN), ("coordinated", &COORDINATED)];
    for (name, re) in all().into_iter().chain(plain) {
        let want = re.exact().find(text).map(|m| m.range());
        assert_eq!(re.find(text), want, "{name}: {text:?}");
    }
}

#[test]
fn variants_drop_what_they_should() {
    for (name, re) in all() {
        let a = ascii_pattern(&re.pattern);
        assert!(a.is_ascii(), "{name}: {a}");
        // Every `\w` also takes the letter stand-in.
        assert_eq!(a.matches(r"\w").count(), a.matches(r"\w\x05").count(), "{name}: {a}");
        let l = loose_pattern(&re.pattern);
        assert!(!l.contains("{0,200}") && !l.contains("{1,150}") && l != re.pattern, "{name}: {l}");
    }
}

#[test]
fn bounds_decide_like_the_written_pattern() {
    assert_eq!(one_byte_per_char("a’b—c"), Some((vec![b'a', 1, b'b', 2, b'c'], vec![0, 1, 4, 5, 8, 9])));
    assert_eq!(one_byte_per_char("José"), Some((b"Jos\x05".to_vec(), vec![0, 1, 2, 3, 5])));
    assert_eq!(one_byte_per_char("a\u{a0}b"), Some((b"a\x0bb".to_vec(), vec![0, 1, 3, 4])));
    assert_eq!(one_byte_per_char("a\u{2007}\u{2015}"), Some((b"a\x0b\x04".to_vec(), vec![0, 1, 4, 7])));
    assert_eq!(one_byte_per_char("7\u{663}"), None);
    assert_eq!(
        one_byte_per_char("\u{b1}1\u{ad}\u{1f383}"),
        Some((b"\x041\x04\x04".to_vec(), vec![0, 2, 3, 5, 9]))
    );
    let long_lower = "a ".repeat(110);
    let long_upper = format!("Lee's {}", "b ".repeat(60));
    let dash = "c ".repeat(80);
    let paren = "d ".repeat(45);
    for tail in ["", "’", "é", "”", "—"] {
        same_as_exact(&format!("Ann Lee{tail}, 70, a nurse, R-Utah, of Ohio, once more, said "));
        same_as_exact(&format!("Ann Lee{tail}, a, b, c, d, e, "));
        same_as_exact(&format!("Ann Lee{tail}, {long_lower}, "));
        same_as_exact(&format!("Ann Lee{tail}, {long_upper}, has "));
        same_as_exact(&format!("the aide{tail} — {dash} — "));
        same_as_exact(&format!("Bo Kim{tail} ({paren}) "));
        same_as_exact(&format!("two officials{tail}, a, {long_lower}, also "));
        same_as_exact(&format!("Mayor José Ruiz{tail} on Friday "));
    }
}

const TOKENS: &[&str] = &[
    "Smith",
    "Ann",
    "José",
    "Zoë",
    "Đặng",
    "e\u{301}",
    "²",
    "Lee's",
    "O’Brien",
    "Kim’s",
    ",",
    ", ",
    " ",
    "  ",
    "\u{a0}",
    "\u{2015}",
    "\u{200b}",
    "§",
    "\u{85}",
    "\u{3000}",
    "\u{663}",
    "\u{b1}",
    "\u{ad}",
    "\u{feff}",
    "\u{bd}",
    "\u{1f383}",
    "\u{fe0f}",
    "a",
    "the",
    "spokesman",
    "for",
    "ministry",
    "official",
    "officials",
    "close",
    "to",
    "two",
    "70",
    "$5",
    "of",
    "Ohio",
    "R-Utah",
    "—",
    "–",
    "--",
    "(",
    ")",
    "has",
    "also",
    "however",
    "himself",
    "on",
    "Monday",
    "last",
    "week",
    "in",
    "statement",
    "~~~",
    "“",
    "…",
    "ſ",
    "\u{212a}",
    "x y z w v u t s r q p o n m l k j i h g f e d c b a",
    "Longword Longword Longword Longword Longword Longword Longword Longword Longword Longword",
];

/// `LEFT_DESCRIBED` as it was written before, with two copies of the source heads.
fn described_two_copies() -> String {
    use super::super::{AUX, SOURCE_HEADS};
    format!(
        r"(?i)(?:(?-u:\b)(?:an?|the|another|one|two|three|several|some|many|most|all|few|other|senior|both|his|her|their|its|our)\s+(?:[\w’'.-]+\s+){{0,4}}?(?:{SOURCE_HEADS})(?-u:\b)|(?-u:\b)(?:{SOURCE_HEADS})(?-u:\b))(?:\s+(?:close\s+to|familiar\s+with|with|in|at|of|from|for)\s+(?:[\w’'.-]+\s+){{0,4}}?[\w’'.-]+)?((?:,\s*[a-z0-9$][^,~]{{0,200}}){{1,3}},|\s+(?:—|–|--)\s+[^—–~]{{1,150}}?\s+(?:—|–|--))?{AUX}\s*$"
    )
}

const DESCRIBED: &[&str] = &[
    "an",
    "A",
    "the",
    "senior",
    "Two",
    "his",
    "official",
    "Officials",
    "SOURCES",
    "source",
    "aide",
    "spokesman",
    "officials\u{2019}",
    "close",
    "to",
    "familiar",
    "with",
    "Abe",
    "ministry",
    "x",
    "José",
    "officialdom",
    "sources2",
    "\u{663}",
    ",",
    ", a",
    "—",
    "--",
    "has",
    "also",
    "on",
    "Monday",
    "’",
    "é",
    "\u{a0}",
    "ſources",
    "\u{212a}",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    /// One copy of the heads after an optional determiner group captures as the two did, in
    /// every form (written, loose, ASCII loose on spelt bytes).
    #[test]
    fn described_with_one_copy_of_the_heads(picks in proptest::collection::vec((0..DESCRIBED.len(), 0..3usize), 0..16)) {
        static OLD: LazyLock<[Regex; 2]> = LazyLock::new(|| {
            [compile(&described_two_copies()), compile(&loose_pattern(&described_two_copies()))]
        });
        static OLD_ASCII: LazyLock<regex::bytes::Regex> =
            LazyLock::new(|| compile_ascii(&loose_pattern(&described_two_copies())));
        let mut text = String::new();
        for (i, sep) in picks {
            text.push_str(DESCRIBED[i]);
            text.push_str([" ", "", ", "][sep]);
        }
        let new = &*LEFT_DESCRIBED;
        let groups = |c: Option<regex::Captures>| c.map(|c| spans_of(&c));
        prop_assert_eq!(groups(new.exact().captures(&text)), groups(OLD[0].captures(&text)), "{:?}", text);
        let loose = compile(&loose_pattern(&new.pattern));
        prop_assert_eq!(groups(loose.captures(&text)), groups(OLD[1].captures(&text)), "{:?}", text);
        if let Some((bytes, _)) = one_byte_per_char(&text) {
            let spans = |c: Option<regex::bytes::Captures>| c.map(|c| [0, 1].map(|g| c.get(g).map(|m| m.range())));
            let new_ascii = new.ascii_loose.get_or_init(|| compile_ascii(&loose_pattern(&new.pattern)));
            prop_assert_eq!(spans(new_ascii.captures(&bytes)), spans(OLD_ASCII.captures(&bytes)), "{:?}", text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn fast_paths_match_the_written_patterns(picks in proptest::collection::vec((0..TOKENS.len(), 0..3usize), 0..40)) {
        let mut text = String::new();
        for (i, sep) in picks {
            text.push_str(TOKENS[i]);
            text.push_str([" ", "", ", "][sep]);
        }
        same_as_exact(&text);
    }
}
