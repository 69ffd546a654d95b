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
/// left out.
pub fn find(text: &str) -> Vec<Quote> {
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

/// True when the quotation closing at `close` ends in a comma (`…,"`) or is followed by a word in
/// lower case (`…!" he said`).
fn has_tail(text: &str, close: usize, mark_len: usize) -> bool {
    if text[..close].ends_with(',') {
        return true;
    }
    let after = text[close + mark_len..].trim_start_matches([' ', '\t']);
    after.chars().next().is_some_and(char::is_lowercase)
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
    fn typographic_and_unclosed() {
        let q = find("“Yes,” she said. “And");
        assert_eq!(q.len(), 1);
        assert!(q[0].tail);
    }
}
