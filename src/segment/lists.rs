//! List items: bullets (`•`, `⁃`, `- ` at a line start) and enumerators (`1.`, `2)`, `3.)`, `a.`).
//!
//! An enumerator counts as a list marker when it opens a line or follows a bullet (anchored), or
//! when it continues the count of an earlier marker of the same style (`1. … 2. …`). Its full stop
//! never ends a sentence, and a new item starts a new sentence.

/// Bullet characters that open a list item wherever they stand after white space.
pub const BULLETS: &[char] = &['•', '⁃', '‣', '◦', '▪', '●', '■', '➢', '►', '▸', '▹', '◆'];

/// A list marker found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    /// Byte range of the marker (`2.)`), protected from being read as a sentence end.
    pub start: usize,
    pub end: usize,
    /// True when a sentence must start at `start` (a continued count in running text).
    pub split: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Dot,
    Paren,
    DotParen,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Enumerator {
    letter: bool,
    style: Style,
    value: u32,
    len: usize,
}

/// Reads an enumerator (`12.`, `3)`, `4.)`, `b.`) at the start of `s`, followed by a space or tab.
fn enumerator(s: &str) -> Option<Enumerator> {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let (letter, value, n) = if (1..=3).contains(&digits) {
        let v = s[..digits].parse().ok()?;
        (false, v, digits)
    } else if digits == 0 && b.first().is_some_and(u8::is_ascii_lowercase) {
        (true, u32::from(b[0] - b'a') + 1, 1)
    } else {
        return None;
    };
    let rest = &b[n..];
    let (style, len) = if rest.starts_with(b".)") {
        (Style::DotParen, n + 2)
    } else if rest.starts_with(b")") {
        (Style::Paren, n + 1)
    } else if rest.starts_with(b".") {
        (Style::Dot, n + 1)
    } else {
        return None;
    };
    matches!(b.get(len), Some(b' ' | b'\t')).then_some(Enumerator { letter, style, value, len })
}

/// True when `line` (leading white space allowed) opens with a list marker.
pub fn starts_with_marker(line: &str) -> bool {
    let s = line.trim_start_matches([' ', '\t']);
    if s.starts_with(BULLETS) || s.starts_with("- ") || s.starts_with("* ") {
        return true;
    }
    enumerator(s).is_some()
}

/// True for a bullet character; all of them are non-ASCII, so ASCII text (most of it) is
/// answered without searching the list.
fn is_bullet(c: char) -> bool {
    !c.is_ascii() && BULLETS.contains(&c)
}

/// Finds bullets (returned as split positions) and list markers in `text`.
///
/// Only the bytes a marker needs are looked at: bullets are all non-ASCII characters opening
/// with the byte E2, and every enumerator has its `.` or `)` right after its one to three digits
/// or its letter; the character before each and the line's start are looked at from there.
/// (A walk over every byte took ~80 M instructions on PolNeAR train.)
pub fn find(text: &str) -> (Vec<usize>, Vec<Marker>) {
    let b = text.as_bytes();
    let mut bullets = Vec::new();
    for i in memchr::memchr_iter(0xE2, b) {
        let bullet = text.get(i..).and_then(|t| t.chars().next()).is_some_and(is_bullet);
        if bullet && text[..i].chars().next_back().is_some_and(char::is_whitespace) {
            bullets.push(i);
        }
    }
    let mut markers = Vec::new();
    // Last value seen per (letter, style), to recognise a continued count.
    let mut counts: Vec<(bool, Style, u32)> = Vec::new();
    for p in memchr::memchr2_iter(b'.', b')', b) {
        let digits = b[..p].iter().rev().take(4).take_while(|c| c.is_ascii_digit()).count();
        let i = match digits {
            1..=3 => p - digits,
            0 if p > 0 && b[p - 1].is_ascii_lowercase() => p - 1,
            _ => continue,
        };
        // After white space (or at the text start) or right after a bullet.
        if !text[..i].chars().next_back().is_none_or(|c| c.is_whitespace() || is_bullet(c)) {
            continue;
        }
        let Some(e) = enumerator(&text[i..]) else { continue };
        let anchored = anchored_at(text, i);
        let key = (e.letter, e.style);
        let slot = counts.iter_mut().find(|(l, s, _)| (*l, *s) == key);
        let continued = slot.as_ref().is_some_and(|(_, _, v)| v + 1 == e.value);
        if anchored || continued {
            markers.push(Marker { start: i, end: i + e.len, split: !anchored && i > 0 });
            match slot {
                Some(s) => s.2 = e.value,
                None => counts.push((e.letter, e.style, e.value)),
            }
        }
    }
    (bullets, markers)
}

/// True when only spaces and tabs stand between the start of the line (or of the text, or a
/// bullet) and byte `i`.
fn anchored_at(text: &str, i: usize) -> bool {
    text[..i].trim_end_matches([' ', '\t']).chars().next_back().is_none_or(|c| c == '\n' || is_bullet(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splits(text: &str) -> Vec<usize> {
        let (mut b, m) = find(text);
        b.extend(m.iter().filter(|m| m.split).map(|m| m.start));
        b.sort_unstable();
        b
    }

    /// The per-character definition `find` must agree with.
    fn find_reference(text: &str) -> (Vec<usize>, Vec<Marker>) {
        let mut bullets = Vec::new();
        let mut markers = Vec::new();
        let mut counts: Vec<(bool, Style, u32)> = Vec::new();
        let mut prev: Option<char> = None;
        let mut anchored = true;
        for (i, c) in text.char_indices() {
            let after_space = prev.is_none_or(char::is_whitespace);
            let after_bullet = prev.is_some_and(is_bullet);
            if is_bullet(c) && after_space {
                if i > 0 {
                    bullets.push(i);
                }
            } else if (after_space || after_bullet) && (c.is_ascii_digit() || c.is_ascii_lowercase()) {
                if let Some(e) = enumerator(&text[i..]) {
                    let key = (e.letter, e.style);
                    let slot = counts.iter_mut().find(|(l, s, _)| (*l, *s) == key);
                    let continued = slot.as_ref().is_some_and(|(_, _, v)| v + 1 == e.value);
                    if anchored || continued {
                        markers.push(Marker { start: i, end: i + e.len, split: !anchored && i > 0 });
                        match slot {
                            Some(s) => s.2 = e.value,
                            None => counts.push((e.letter, e.style, e.value)),
                        }
                    }
                }
            }
            anchored = match c {
                '\n' => true,
                ' ' | '\t' => anchored,
                _ => is_bullet(c),
            };
            prev = Some(c);
        }
        (bullets, markers)
    }

    #[test]
    fn find_matches_its_definition() {
        for s in [
            "",
            "1. One\n2. Two\n 3) three • a. x •b) y\u{a0}4. four",
            "Items: 1. eggs 2. milk 3. bread.\n\u{2003}a. first\u{85}b. second",
            "•1. x ●  2. y ➢c) z — 7.) w\u{b}8.) v\u{1c}9. u",
            "The 1990s. In 2019. he said 1. no 12. and 2. yes",
        ] {
            assert_eq!(find(s), find_reference(s), "{s:?}");
        }
    }

    /// Pieces of list-like text: enumerators, words, bullets, ASCII and Unicode white space.
    const PIECES: &[&str] = &[
        "1.", "2.", "3)", "4.)", "12.", "a.", "b)", "c.)", "2019.", "1990s", "x", "word", "A", "-", ".", ")",
        " ", "  ", "\n", "\t", "\u{b}", "\u{1c}", "\u{a0}", "\u{2003}", "\u{85}", "•", "●", "➢", "é", "—",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// `find` skips the rest of an ASCII word at once; the per-character definition agrees.
        #[test]
        fn find_agrees_with_its_definition(picks in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let s: String = picks.iter().map(|&i| PIECES[i]).collect();
            proptest::prop_assert_eq!(find(&s), find_reference(&s), "{:?}", s);
        }
    }

    #[test]
    fn enumerators() {
        assert_eq!(enumerator("12. x").map(|e| e.value), Some(12));
        assert_eq!(enumerator("3.) x").map(|e| e.len), Some(3));
        assert_eq!(enumerator("b) x").map(|e| e.value), Some(2));
        assert!(enumerator("2019. x").is_none());
        assert!(enumerator("5.5 x").is_none());
        assert!(enumerator("ab. x").is_none());
    }

    #[test]
    fn counted_items_split() {
        assert_eq!(splits("1. Eggs 2. Milk"), vec![8]);
        assert_eq!(splits("a) one b) two"), vec![7]);
        // A count that does not start a line or follow a bullet is not a list.
        assert!(splits("He won 1. Then 2. ended").is_empty());
        assert_eq!(splits("• one • two"), vec![8]);
    }

    #[test]
    fn line_markers() {
        assert!(starts_with_marker("  - item"));
        assert!(starts_with_marker("3) item"));
        assert!(starts_with_marker("• item"));
        assert!(!starts_with_marker("-5 degrees"));
        assert!(!starts_with_marker("In 2019. x"));
    }
}
