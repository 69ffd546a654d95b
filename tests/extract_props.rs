//! Property test of claim extraction on news-like junk: sentences built from reporting verbs,
//! names, titles, quote marks of every kind (straight, curly, single, doubled), wide spaces, dashes
//! and abbreviations. Any text: no panic, every claim span inside the file and in order.

use proptest::prelude::*;

const TOKENS: &[&str] = &[
    "Lee",
    "Ana Ruiz",
    "Mr. Kim",
    "Peru\u{2019}s",
    "the mayor",
    "officials",
    "a senior official",
    "he",
    "she",
    " said",
    " says",
    " told reporters",
    " according to",
    " added",
    " called",
    " endorsed",
    " wants",
    " that",
    " the plan",
    " would",
    " not",
    " if",
    " unless",
    " to resolve",
    " following",
    " $5 million",
    " 13 people",
    " on Monday",
    " last week",
    " U.S.",
    ",",
    ".",
    ":",
    ";",
    " \u{2014} ",
    " -- ",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "''",
    "\u{a0}",
    "\u{2003}",
    "\u{3000}",
    " ",
    "\n",
    "\n\n",
    "(",
    ")",
    " even as",
    " a swipe at",
    " compared with",
    "Says",
    " In an interview with",
];

const SPEAKERS: &[&str] =
    &["Lee", "Ana Ruiz", "The mayor", "A senior official", "He", "Peru\u{2019}s news agency"];
const CUES: &[&str] = &[" said", " says", " told reporters", " called", " wants", " warned", " added"];
const WORDS: &[&str] = &[
    " the plan",
    " would",
    " not",
    " 13 people",
    " U.S.",
    " on Monday",
    ",",
    " if",
    " \u{2014}",
    "\u{a0}it",
];
const MARKS: &[&str] =
    &["", " \"", " \u{201c}", " \u{201d}", " '", " \u{2018}", " \u{2019}", " ''", "'", "\u{2019}", "\""];
const ENDS: &[&str] = &[".", "", "\n\n", ".\u{201d}", "'.", "\u{2019}.", "?"];

/// One attributed sentence with a quoted fragment whose opening and closing marks are drawn
/// independently (so mismatched and missing marks are common).
fn sentence() -> impl Strategy<Value = String> {
    (
        0..SPEAKERS.len(),
        0..CUES.len(),
        prop::collection::vec(0..WORDS.len(), 0..4),
        (0..MARKS.len(), prop::collection::vec(0..WORDS.len(), 1..4), 0..MARKS.len()),
        0..ENDS.len(),
    )
        .prop_map(|(s, c, w1, (open, w2, close), e)| {
            let words = |w: &[usize]| w.iter().map(|&i| WORDS[i]).collect::<String>();
            format!(
                "{}{}{}{}{}{}{} ",
                SPEAKERS[s],
                CUES[c],
                words(&w1),
                MARKS[open],
                words(&w2).trim_start(),
                MARKS[close],
                ENDS[e]
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn attributed_sentences_with_any_quote_marks_give_claims_inside_the_file(
        sentences in prop::collection::vec(sentence(), 1..6)
    ) {
        let text: String = sentences.concat();
        let opts = claimdiff::ReadOptions { outlet: Some("X".into()), ..Default::default() };
        if let Ok(mut docs) = claimdiff::read_str("p.txt", &text, &opts) {
            claimdiff::extract::extract_corpus(&mut docs, &claimdiff::extract::ExtractOptions::default());
            let claims: Vec<_> = docs.iter().flat_map(|d| d.claims.iter().flatten()).collect();
            prop_assert!(!claims.is_empty(), "{:?}", text);
            for c in claims {
                prop_assert!(c.content.start <= c.content.end && c.content.end <= text.len(), "{:?}", text);
            }
        }
    }

    #[test]
    fn any_text_gives_claims_inside_the_file(picks in prop::collection::vec(0..TOKENS.len(), 0..80)) {
        let text: String = picks.iter().map(|&i| TOKENS[i]).collect();
        let opts = claimdiff::ReadOptions { outlet: Some("X".into()), ..Default::default() };
        if let Ok(mut docs) = claimdiff::read_str("p.txt", &text, &opts) {
            claimdiff::extract::extract_corpus(&mut docs, &claimdiff::extract::ExtractOptions::default());
            for d in &docs {
                for c in d.claims.iter().flatten() {
                    prop_assert!(c.content.start <= c.content.end && c.content.end <= text.len(), "{:?}", text);
                    if let Some(s) = &c.speaker {
                        prop_assert!(s.start <= s.end && s.end <= text.len(), "{:?}", text);
                    }
                    if let Some(q) = &c.cue {
                        prop_assert!(q.start <= q.end && q.end <= text.len(), "{:?}", text);
                    }
                }
            }
        }
    }
}
