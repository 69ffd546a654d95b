//! `Name: …` attributions of sentences with no reporting verb (`Lee: Ruiz should have called
//! me`).

use super::super::attribution;
use crate::model::Span;

/// A character of a name's word after its capital: a word character (as the regex `\w` has it),
/// an apostrophe, a period or a hyphen.
fn name_char(c: char) -> bool {
    matches!(c, '’' | '\'' | '.' | '-') || regex_syntax::is_word_character(c)
}

/// The span of the name in `Name: text`, as the regex
/// `^\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*):\s+\S` captures it: after any white space,
/// one to four words each opening with an ASCII capital, the last right before a colon that
/// white space and then something else follow. By hand, so a run does not compile the regex
/// (~7 M instructions, its Unicode classes) nor search with it (~11 M on PolNeAR train's
/// claims); proptested against it.
fn colon_speaker(s: &str) -> Option<(usize, usize)> {
    let start = s.len() - s.trim_start().len();
    let mut i = start;
    for words in 1..=4 {
        let rest = &s[i..];
        if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        // Each word runs to the first character that is not a name character: only a colon or
        // white space may come there.
        let end = i + rest.find(|c: char| !name_char(c)).unwrap_or(rest.len());
        let after = &s[end..];
        if let Some(tail) = after.strip_prefix(':') {
            let text = tail.trim_start();
            return (text.len() < tail.len() && !text.is_empty()).then_some((start, end));
        }
        let next = after.trim_start();
        if words == 4 || next.len() == after.len() {
            return None;
        }
        i = s.len() - next.len();
    }
    None
}

/// The `Name: …` attribution of a sentence with no reporting verb, if it has one.
pub(super) fn colon_attribution(masked: &str) -> Option<attribution::Attribution> {
    let (start, end) = colon_speaker(masked)?;
    let (name, rest) = (&masked[start..end], &masked[end + 1..]);
    if rest.split_whitespace().count() < 3 || super::super::cues::colon_label(name, rest) {
        return None;
    }
    Some(attribution::Attribution {
        cue: Span::new(end, end + 1),
        speaker: Span::new(start, end),
        inverted: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The regex [`colon_speaker`] stands for.
    fn by_regex(s: &str) -> Option<(usize, usize)> {
        #[allow(clippy::unwrap_used)] // constant pattern
        let re = regex::Regex::new(r"^\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*):\s+\S").unwrap();
        re.captures(s).and_then(|c| c.get(1)).map(|m| (m.start(), m.end()))
    }

    #[test]
    fn finds_the_name_before_the_colon() {
        for (s, name) in [
            ("Lee: Ruiz should have called me", Some("Lee")),
            ("  Mayor Ana de la Cruz: no", None),
            ("Mayor Ana O’Neil-Cruz Jr.: we will rebuild", Some("Mayor Ana O’Neil-Cruz Jr.")),
            ("Lee:Ruiz called", None),
            ("Lee: ", None),
            ("lee: Ruiz called", None),
            ("Lee , Kim: yes", None),
            ("\u{a0}Émile Zola: yes", None),
            ("\u{a0}E\u{301}mile Zola:\u{2003}yes", Some("E\u{301}mile Zola")),
        ] {
            let want = name.and_then(|n| s.find(n).map(|i| (i, i + n.len())));
            assert_eq!(colon_speaker(s), want, "{s:?}");
            assert_eq!(by_regex(s), want, "{s:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn same_as_the_regex(
            s in "[ \t\n\u{a0}\u{2003}:AZaz09_’'.,\\-éÉ\u{301}\u{2160}]{0,24}|(( |\u{a0})?(Lee|Ruiz|O’Neil|Jr\\.|de|É|x_1):?){0,6}[ :]{0,2}[a-z ]{0,3}"
        ) {
            proptest::prop_assert_eq!(colon_speaker(&s), by_regex(&s), "{:?}", s);
        }
    }
}
