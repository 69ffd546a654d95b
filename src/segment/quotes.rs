//! Double quotations in a block: where each opens and closes, and whether an attribution tail
//! (`…," he said.`) follows, in which case the quotation is one sentence with its tail.

/// One closed quotation: byte offsets of the opening and the closing mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub open: usize,
    pub close: usize,
    /// True when the quotation is followed by an attribution tail (`," she said`), so no
    /// sentence ends inside it.
    pub tail: bool,
}

fn is_open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | ':'))
}

/// Pairs straight (`"`) and typographic (`“ ”`) double quotes in one pass; unclosed ones are
/// left out. Only the bytes that may start a mark are looked at (`"`, and E2 of `“` and `”`,
/// E2 80 9C and 9D); the character before a straight quote is decoded when it matters.
pub fn find(text: &str) -> Vec<Quote> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'"', 0xE2, &b[i..]) {
        let at = i + k;
        i = at + 1;
        let close = if b[at] == b'"' {
            if open.is_none() && is_open_context(text[..at].chars().next_back()) {
                open = Some(at);
                continue;
            }
            1
        } else {
            match b.get(at + 1..at + 3) {
                Some([0x80, 0x9C]) => {
                    open = Some(at);
                    continue;
                }
                Some([0x80, 0x9D]) => 3,
                _ => continue,
            }
        };
        if let Some(o) = open.take() {
            out.push(Quote { open: o, close: at, tail: has_tail(text, at, close) });
        }
    }
    out
}

/// True when the quotation closing at `close` ends in a comma (`…,"`) or is followed by a word in
/// lower case (`…!" he said`) or by a name and a speech verb (`…?" Mayor Lund asked`).
fn has_tail(text: &str, close: usize, mark_len: usize) -> bool {
    if text[..close].ends_with(',') {
        return true;
    }
    let after = text[close + mark_len..].trim_start_matches([' ', '\t']);
    after.chars().next().is_some_and(char::is_lowercase) || name_then_speech_verb(after)
}

/// Speech verbs that follow a quotation and its speaker's name (`…?" Lund said.`); a short list:
/// the segmenter only needs the common ones, the extractor knows the rest.
const TAIL_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "replied",
    "shouted",
    "exclaimed",
    "joked",
    "wondered",
    "continued",
    "recalled",
    "explained",
    "declared",
];

/// True when `after` opens with one to five capitalised words (a name with its titles:
/// `Mrs. Lund`, `Senator Ann Berg`) and then a speech verb: a question or exclamation closing a
/// quotation before it does not end the sentence (`"Why not?" Lund asked.`).
pub fn name_then_speech_verb(after: &str) -> bool {
    speech_verb_after_name(after).is_some()
}

/// True when `after` is only an attribution: a name, a speech verb and then the end of the
/// sentence or a preposition (`"…." Lund said.`, `"…." Lund said of the plan.`), not a
/// new sentence with its own clause (`"…." Lund said the plan failed.`).
pub fn attribution_only(after: &str) -> bool {
    let Some(rest) = speech_verb_after_name(after) else { return false };
    let verb_end = rest.split_whitespace().next().unwrap_or("");
    if verb_end.ends_with('.') {
        return true;
    }
    // `Lund said, "…"` / `Lund said: "…"` introduce the next quotation: a new sentence.
    if verb_end.ends_with([',', ';', ':']) {
        return false;
    }
    let next = rest.split_whitespace().nth(1).unwrap_or("");
    matches!(next, "" | "of" | "in" | "on" | "at" | "during" | "after" | "while" | "when" | "as")
}

/// The text from the speech verb on, when `after` opens with a name and a speech verb.
fn speech_verb_after_name(after: &str) -> Option<&str> {
    for (names, w) in after.split_whitespace().take(7).enumerate() {
        let core = w.trim_end_matches([',', '.', ';', ':']);
        if names > 0 && TAIL_VERBS.contains(&core) {
            let at = w.as_ptr() as usize - after.as_ptr() as usize;
            return after.get(at..);
        }
        if !w.chars().next().is_some_and(char::is_uppercase) || names == 5 || w.ends_with([',', ';', ':']) {
            return None;
        }
        // A word closing a sentence (`Lund.`) that is not a title or an initial ends the name.
        if w.ends_with('.') && core.chars().count() > 3 {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_and_tails() {
        let t = r#""I went. She left," he said. "Fine." She"#;
        let q = find(t);
        assert_eq!(q.len(), 2);
        assert!(q[0].tail);
        assert!(!q[1].tail);
        assert_eq!(&t[q[1].open..=q[1].close], "\"Fine.\"");
    }

    #[test]
    fn a_name_and_a_speech_verb_are_a_tail() {
        let t = "“Why now?” Mayor Ana Lund asked. “Fine.” Rain fell.";
        let q = find(t);
        assert!(q[0].tail && !q[1].tail);
        assert!(name_then_speech_verb("Mrs. Lund said."));
        assert!(!name_then_speech_verb("Lund"));
        assert!(!name_then_speech_verb("The Lund family left."));
        assert!(!name_then_speech_verb("Lund. Then she said"));
        assert!(attribution_only("Lund said."));
        assert!(attribution_only("Mrs. Lund said of the plan."));
        assert!(!attribution_only("Lund said the plan failed."));
        assert!(!attribution_only("He added: “More.”"));
    }

    /// The per-character definition `find` must agree with.
    fn find_reference(text: &str) -> Vec<Quote> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            match c {
                '“' => open = Some(i),
                '"' if open.is_none() && is_open_context(prev) => open = Some(i),
                '”' | '"' => {
                    if let Some(o) = open.take() {
                        out.push(Quote { open: o, close: i, tail: has_tail(text, i, c.len_utf8()) });
                    }
                }
                _ => {}
            }
            prev = Some(c);
        }
        out
    }

    /// Pieces of quoted text: marks, the characters around them, words and white space.
    const PIECES: &[&str] = &[
        "\"", "“", "”", "‘", "’", "—", "–", "-", "(", "[", "{", ":", ",", ".", "?", " ", "\u{a0}", "\n", "x",
        "Lund", "said", "he", "asked", "€", "é", "\u{2003}",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn find_agrees_with_its_definition(picks in proptest::collection::vec(0..PIECES.len(), 0..30)) {
            let s: String = picks.iter().map(|&i| PIECES[i]).collect();
            proptest::prop_assert_eq!(find(&s), find_reference(&s), "{:?}", s);
        }
    }

    #[test]
    fn typographic_and_unclosed() {
        let q = find("“Yes,” she said. “And");
        assert_eq!(q.len(), 1);
        assert!(q[0].tail);
    }
}
