//! Word helpers shared by the scorer's stance words and the timeline: tokens with byte offsets,
//! the topic stop list, content words and their overlap.

use std::collections::BTreeSet;

/// A word of a text and its byte range in that text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub word: &'a str,
    pub start: usize,
    pub end: usize,
}

/// Words (letters, digits, inner apostrophes and hyphens) with their byte offsets.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(pos, c)) in bytes.iter().enumerate() {
        let inner_joiner = (c == '\'' || c == '’' || c == '-')
            && start.is_some()
            && bytes.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_joiner {
            if start.is_none() {
                start = Some(pos);
            }
        } else if let Some(s) = start.take() {
            out.push(Token { word: &text[s..pos], start: s, end: pos });
        }
    }
    if let Some(s) = start {
        out.push(Token { word: &text[s..], start: s, end: text.len() });
    }
    out
}

/// Words that are stop words for topics but not for the scorer: it keeps negations as content
/// because they decide conflicts, while a topic ("meeting Kim") is the same with or without "not".
const TOPIC_STOP: &[&str] = &["no", "nor", "not", "can't", "don't", "he's", "i'm", "we're"];

/// True for a stop word of topics (expects lower case): the scorer's list plus [`TOPIC_STOP`].
pub fn is_stop(word: &str) -> bool {
    crate::score::lexicon::is_stop(word) || TOPIC_STOP.contains(&word)
}

/// Lower-cased content words of `text` (no stop words, no one-letter words), sorted, unique.
pub fn content_words(text: &str) -> BTreeSet<String> {
    tokens(text)
        .into_iter()
        .map(|t| t.word.to_lowercase())
        .filter(|w| w.chars().count() > 1 && !is_stop(w))
        .collect()
}

/// Overlap coefficient |A∩B| / min(|A|,|B|) of two word sets; 0 when either is empty.
pub fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let m = a.len().min(b.len());
    if m == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / m as f64
}

/// The byte ranges of `text` inside quotation marks (straight or curly double quotes); an
/// unclosed quote runs to the end. Empty when the text quotes nothing.
pub fn quoted_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (pos, c) in text.char_indices() {
        let is_open = c == '“' || (c == '"' && open.is_none());
        let is_close = c == '”' || (c == '"' && open.is_some());
        if is_close && open.is_some() {
            if let Some(s) = open.take() {
                out.push((s, pos));
            }
        } else if is_open && open.is_none() {
            open = Some(pos + c.len_utf8());
        }
    }
    if let Some(s) = open {
        out.push((s, text.len()));
    }
    out.retain(|(s, e)| e > s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_inner_apostrophes() {
        let t = tokens("“Japan’s talks,” she said-so.");
        let words: Vec<&str> = t.iter().map(|t| t.word).collect();
        assert_eq!(words, ["Japan’s", "talks", "she", "said-so"]);
        assert_eq!(&"“Japan’s talks,” she said-so."[t[1].start..t[1].end], "talks");
    }

    #[test]
    fn content_words_drop_stop_words() {
        let w = content_words("The minister said he will meet the rebels");
        assert_eq!(w.into_iter().collect::<Vec<_>>(), ["meet", "minister", "rebels"]);
    }

    #[test]
    fn quoted_ranges_straight_curly_and_unclosed() {
        assert_eq!(quoted_ranges(r#"He said "yes" and "no"#), vec![(9, 12), (19, 21)]);
        let t = "called it “a threat” today";
        let r = quoted_ranges(t);
        assert_eq!(&t[r[0].0..r[0].1], "a threat");
        assert!(quoted_ranges("no quotes").is_empty());
    }
}
