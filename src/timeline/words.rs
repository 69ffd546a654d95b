//! Word helpers for the timeline: the quoted part of a claim and a word-level diff (LCS) of two
//! texts; tokens, the topic stop list and content words come from [`crate::score::words`].

use std::collections::BTreeSet;

pub use crate::score::words::{content_words, is_stop, overlap, quoted_ranges, tokens, Token};

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
