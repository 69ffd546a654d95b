//! Word helpers for the timeline: tokens with byte offsets, a small stop list, content words,
//! the quoted part of a claim and a word-level diff (LCS) of two texts.

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

/// The words a diff of two texts compares: the quoted words of each when both quote something,
/// else all words of both. Quoted words of one side against every word of the other would list
/// words the two share as added or removed ("he supports the plan" against "he supports it
/// \"without delay\"" is not `+supports`).
pub fn diff_token_pair<'a, 'b>(a: &'a str, b: &'b str) -> (Vec<Token<'a>>, Vec<Token<'b>>) {
    if quoted_ranges(a).is_empty() || quoted_ranges(b).is_empty() {
        (tokens(a), tokens(b))
    } else {
        (diff_tokens(a), diff_tokens(b))
    }
}

/// The words a diff compares: the quoted words when the text quotes something, else all words.
pub fn diff_tokens(text: &str) -> Vec<Token<'_>> {
    let all = tokens(text);
    let q = quoted_ranges(text);
    if q.is_empty() {
        return all;
    }
    all.into_iter().filter(|t| q.iter().any(|&(s, e)| t.start >= s && t.end <= e)).collect()
}

/// One step of a word diff: kept, removed (only in the first text) or added (only in the second).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edit {
    Keep(usize, usize),
    Remove(usize),
    Add(usize),
}

/// Longest texts the LCS diff handles (the table is `a.len() × b.len()`); longer inputs are
/// compared as word sets.
const MAX_DIFF_WORDS: usize = 400;

/// Word-level diff (longest common subsequence, case-insensitive) of two token lists: indices
/// into `a` and `b`.
pub fn diff(a: &[Token<'_>], b: &[Token<'_>]) -> Vec<Edit> {
    let la: Vec<String> = a.iter().map(|t| t.word.to_lowercase()).collect();
    let lb: Vec<String> = b.iter().map(|t| t.word.to_lowercase()).collect();
    if la.len() > MAX_DIFF_WORDS || lb.len() > MAX_DIFF_WORDS {
        let sa: BTreeSet<&String> = la.iter().collect();
        let sb: BTreeSet<&String> = lb.iter().collect();
        let mut out: Vec<Edit> = (0..la.len()).filter(|&i| !sb.contains(&la[i])).map(Edit::Remove).collect();
        out.extend((0..lb.len()).filter(|&j| !sa.contains(&lb[j])).map(Edit::Add));
        return out;
    }
    let (n, m) = (la.len(), lb.len());
    // lcs[i][j] = LCS length of a[i..] and b[j..]
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if la[i] == lb[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n || j < m {
        if i < n && j < m && la[i] == lb[j] {
            out.push(Edit::Keep(i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push(Edit::Add(j));
            j += 1;
        } else {
            out.push(Edit::Remove(i));
            i += 1;
        }
    }
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

    #[test]
    fn diff_marks_added_and_removed_words() {
        let a = tokens("we will talk to them");
        let b = tokens("we will never talk to anyone");
        let d = diff(&a, &b);
        let added: Vec<&str> =
            d.iter().filter_map(|e| if let Edit::Add(j) = e { Some(b[*j].word) } else { None }).collect();
        let removed: Vec<&str> =
            d.iter().filter_map(|e| if let Edit::Remove(i) = e { Some(a[*i].word) } else { None }).collect();
        assert_eq!(added, ["never", "anyone"]);
        assert_eq!(removed, ["them"]);
    }

    #[test]
    fn a_pair_is_diffed_on_quotes_only_when_both_quote() {
        let words = |v: Vec<Token<'_>>| v.into_iter().map(|t| t.word).collect::<Vec<_>>().join(" ");
        let (a, b) = diff_token_pair(r#"she backs the levy "without delay""#, "she backs the levy");
        assert_eq!(
            (words(a), words(b)),
            ("she backs the levy without delay".into(), "she backs the levy".into())
        );
        let (a, b) = diff_token_pair(r#"she said "yes" today"#, r#"she said "no" today"#);
        assert_eq!((words(a), words(b)), ("yes".into(), "no".into()));
    }

    #[test]
    fn diff_tokens_prefers_quoted_words() {
        let t = diff_tokens(r#"The mayor said "budget cuts are over" on Monday"#);
        let w: Vec<&str> = t.iter().map(|t| t.word).collect();
        assert_eq!(w, ["budget", "cuts", "are", "over"]);
    }

    proptest::proptest! {
        #[test]
        fn any_text_tokenises_diffs_and_scores_without_panic(a in "\\PC{0,80}", b in "\\PC{0,80}") {
            for t in tokens(&a) {
                proptest::prop_assert!(a.get(t.start..t.end) == Some(t.word));
            }
            let (ta, tb) = (diff_tokens(&a), diff_tokens(&b));
            let d = diff(&ta, &tb);
            let kept = d.iter().filter(|e| matches!(e, Edit::Keep(..))).count();
            let removed = d.iter().filter(|e| matches!(e, Edit::Remove(_))).count();
            proptest::prop_assert_eq!(kept + removed, ta.len());
            let t = crate::timeline::tone::tone(&a);
            proptest::prop_assert!((-1.0..=1.0).contains(&t.score));
        }
    }
}
