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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
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
