use super::super::left::{ByHand, LeftRegex};
use super::super::{LEFT_ANY_NP, LEFT_DESCRIBED, LEFT_NAME};
use super::*;
use proptest::prelude::*;

fn spans(re: &LeftRegex, text: &str) -> Option<Spans> {
    re.exact().captures(text).map(|c| [0, 1, 2].map(|g| c.get(g).map(|m| m.range())))
}

/// The hand matchers against the written patterns, on an ASCII text; true when they decided.
fn same_as_written(text: &str) -> bool {
    let mut decided = false;
    for (name, re, f) in [
        ("name", &*LEFT_NAME, name as ByHand),
        ("described", &*LEFT_DESCRIBED, described as ByHand),
        ("any_np", &*LEFT_ANY_NP, any_np as ByHand),
    ] {
        if let Some(got) = f(text.as_bytes()).filter(|_| text.is_ascii()) {
            decided = true;
            assert_eq!(got, spans(re, text), "{name}: {text:?}");
        }
        assert_eq!(re.captures(text), spans(re, text), "{name}: {text:?}");
    }
    decided
}

#[test]
fn names_and_sources_before_a_cue() {
    let name_of =
        |t: &str| name(t.as_bytes()).map(|s| s.map(|[_, g, _]| t[g.unwrap_or_default()].to_string()));
    assert_eq!(name_of("On Friday, Bank of America has"), Some(Some("Bank of America".into())));
    assert_eq!(name_of("Later the mayor, Ida Voss Monday"), Some(Some("Ida Voss Monday".into())));
    assert_eq!(name_of("Then Ida Voss on Monday "), Some(Some("Then Ida Voss".into())));
    assert_eq!(name_of("the (McNair team"), Some(None));
    assert_eq!(name_of("the McNair"), Some(Some("McNair".into())));
    assert_eq!(name_of("Ida Voss, a pilot,"), None);
    let source =
        |t: &str| described(t.as_bytes()).map(|s| s.map(|[w, _, _]| t[w.unwrap_or_default()].to_string()));
    assert_eq!(
        source("Yet two senior ministry officials also"),
        Some(Some("two senior ministry officials also".into()))
    );
    assert_eq!(
        source("An aide close to the port board last week"),
        Some(Some("An aide close to the port board last week".into()))
    );
    assert_eq!(source("the ex-chairman"), Some(Some("chairman".into())));
    assert_eq!(source("The storm"), Some(None));
    assert_eq!(source("The aide -- a pilot --"), None);
}

const WORDS: &[&str] = &[
    "Ida",
    "Voss",
    "O’Brien",
    "McNair",
    "iPad",
    "U.S.",
    "(Lee",
    "Lee)",
    "Jos\u{e9}",
    "of",
    "the",
    "The",
    "de",
    "van",
    "al",
    "in",
    "at",
    "for",
    "on",
    "has",
    "also",
    "Has",
    "ALSO",
    "not",
    "Monday",
    "monday",
    "MONDAY",
    "Friday",
    "birthday",
    "however",
    "itself",
    "subsequently",
    "Subsequently",
    "last",
    "Last",
    "week",
    "a",
    "A",
    "an",
    "statement",
    "official",
    "officials",
    "Officials",
    "officials’",
    "spokesman",
    "ex-chairman",
    "police.",
    "sources",
    "two",
    "another",
    "other",
    "his",
    "senior",
    "close",
    "to",
    "familiar",
    "with",
    "from",
    "ministry",
    "port",
    "board",
    "x",
    "said,",
    ",",
    "—",
    "--",
    "(",
    ")",
    "~",
    "on-site",
    "_a",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn hand_matchers_give_the_written_patterns_spans(
        picks in proptest::collection::vec((0..WORDS.len(), 0..4usize), 0..12)
    ) {
        let mut text = String::new();
        for (i, sep) in picks {
            text.push_str(WORDS[i]);
            text.push_str([" ", "  ", "\t", ""][sep]);
        }
        same_as_written(&text);
    }
}

#[test]
fn aux_words_are_the_units_of_aux() {
    use super::super::trim::AUX_WORDS;
    assert_eq!(AUX_WORDS.len(), 59);
    for w in AUX_WORDS {
        assert!(is_aux(w.as_bytes()) && aux_word(w.as_bytes(), false), "{w}");
        assert!(aux_word(w.to_uppercase().as_bytes(), true) && !aux_word(w.to_uppercase().as_bytes(), false));
    }
    for w in ["hast", "ha", "sad", "Monday", "said", "ever", "longer"] {
        assert_eq!(is_aux(w.as_bytes()), AUX_WORDS.contains(&w), "{w}");
    }
    assert!(aux_word(b"Wednesday", false) && aux_word(b"WEDNESDAY", true) && !aux_word(b"WEDNESDAY", false));
}

#[test]
fn hand_matchers_decide_most_texts() {
    // Texts without a comma, dash or parenthesis at the end are decided by hand.
    let texts = ["Ida Voss has", "the board", "Officials on Monday", "a port official last week", "x"];
    assert!(texts.iter().all(|t| same_as_written(t)));
}
