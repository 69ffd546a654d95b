//! `{{template}}` tags left in a line by a page generator: `{{` and `}}` around at most 80
//! characters that are no brace and no line break (the pattern `\{\{[^{}\n]{0,80}\}\}`), found by
//! hand: a regex with that bounded repeat of a Unicode class cost ~3 ms to compile, paid by every
//! run.

/// Longest tag content, in characters.
const MAX_INNER: usize = 80;

/// Byte ranges of the tags in `line`, in order, as the pattern's `find_iter` gives them: the
/// content after a `{{` can only end at the first brace or line break, so each `{{` opens at most
/// one tag, and the leftmost that does is the next match.
pub fn template_tags(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    // A brace found by the `memchr` crate (a two-byte needle would take the slower substring
    // search, and `str::find` of a char searches a word at a time, not a vector).
    while let Some(k) = memchr::memchr(b'{', &line.as_bytes()[from..]) {
        let open = from + k;
        if !line[open + 1..].starts_with('{') {
            from = open + 1;
            continue;
        }
        let inner = &line[open + 2..];
        let stop = inner.char_indices().take(MAX_INNER + 1).find(|&(_, c)| matches!(c, '{' | '}' | '\n'));
        match stop {
            Some((j, '}')) if inner[j..].starts_with("}}") => {
                let end = open + 2 + j + 2;
                out.push((open, end));
                from = end;
            }
            // `{` is one byte: the next `{{` may start right after this one's first brace.
            _ => from = open + 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition the scanner must agree with.
    fn by_regex(line: &str) -> Vec<(usize, usize)> {
        #[allow(clippy::unwrap_used)] // constant pattern
        let re = regex::Regex::new(r"\{\{[^{}\n]{0,80}\}\}").unwrap();
        re.find_iter(line).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn tags_in_a_line() {
        assert_eq!(template_tags("a {{cite}} b {{x|y}}"), [(2, 10), (13, 20)]);
        assert_eq!(template_tags("{{{x}}}"), [(1, 6)]);
        assert_eq!(template_tags("{{a\nb}} {{}}"), [(8, 12)]);
        let long = format!("{{{{{}}}}}", "é".repeat(81));
        assert!(template_tags(&long).is_empty());
        let just = format!("{{{{{}}}}}", "é".repeat(80));
        assert_eq!(template_tags(&just), [(0, just.len())]);
    }

    proptest! {
        #[test]
        fn scanner_is_the_pattern(parts in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(vec!["{{", "}}", "{", "}", "\n", "a", "é", " "]).prop_map(String::from),
                "[a-z]{0,90}",
            ],
            0..12,
        )) {
            let line: String = parts.concat();
            prop_assert_eq!(template_tags(&line), by_regex(&line));
        }
    }
}
