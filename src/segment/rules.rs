//! Where sentences end: every full stop, question or exclamation mark and ellipsis is judged from
//! the word before it (abbreviation, initial, number) and the word after it (case, opener words).
//!
//! One pass over the bytes; each look back or ahead stops at the neighbouring white space, so the
//! whole scan stays linear in the length of the text.

use super::abbrev::{self, Abbrev};
use super::lists::Marker;
use super::quotes::Quote;

/// Marks that close a sentence after its terminator: `."`, `.)`, `?”`, `!'`.
pub const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '}'];
/// Marks that may open the next sentence before its first word.
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«', '{', '¿', '¡'];

/// The kind of the first character of the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    End,
    Lower,
    Upper,
    Digit,
    Other,
}

/// A run of terminators starting at a `.`, `?`, `!` or `…`, including spaced ellipses (`. . .`).
#[derive(Clone, Copy, Debug, Default)]
struct Run {
    end: usize,
    /// Full stops, counting `…` as three.
    dots: usize,
    question: bool,
    /// The run continues with ` .` (a spaced ellipsis).
    spaced: bool,
}

fn read_run(b: &[u8], start: usize) -> Run {
    let mut r = Run { end: start, ..Run::default() };
    let mut j = start;
    loop {
        match b.get(j) {
            Some(b'.') => {
                r.dots += 1;
                j += 1;
            }
            Some(b'?' | b'!') => {
                r.question = true;
                j += 1;
            }
            Some(0xE2) if b[j + 1..].starts_with(&[0x80, 0xA6]) => {
                r.dots += 3;
                j += 3;
            }
            Some(b' ')
                if b.get(j + 1) == Some(&b'.')
                    && r.dots > 0
                    && matches!(b.get(j + 2), None | Some(b' ' | b'.' | b'"' | b'\'' | 0xE2)) =>
            {
                r.spaced = true;
                r.dots += 1;
                j += 2;
            }
            _ => break,
        }
    }
    r.end = j;
    r
}

fn is_terminator_start(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'.' | b'?' | b'!' => true,
        0xE2 => b[i + 1..].starts_with(&[0x80, 0xA6]),
        _ => false,
    }
}

/// Skips closing marks after a terminator run.
fn skip_closers(text: &str, mut j: usize) -> usize {
    while let Some(c) = text[j..].chars().next().filter(|c| CLOSERS.contains(c)) {
        j += c.len_utf8();
    }
    j
}

/// The next word after white space and opening marks: its kind and its leading letters.
fn next_word(text: &str, from: usize) -> (Next, &str) {
    let s = text[from..].trim_start().trim_start_matches(OPENERS);
    let Some(c) = s.chars().next() else { return (Next::End, "") };
    let letters = s.find(|c: char| !c.is_alphabetic()).map_or(s, |n| &s[..n]);
    let kind = if c.is_lowercase() {
        Next::Lower
    } else if c.is_uppercase() {
        Next::Upper
    } else if c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥') {
        Next::Digit
    } else {
        Next::Other
    };
    (kind, letters)
}

/// True when the next word is an initial (`R.` in `J. R. R. Tolkien`).
fn next_is_initial(text: &str, from: usize) -> bool {
    let s = text[from..].trim_start().as_bytes();
    s.len() >= 2 && s[0].is_ascii_uppercase() && s[1] == b'.'
}

/// Start of the word ending at `end` (after the last white space before it).
fn word_start(text: &str, end: usize) -> usize {
    crate::text::last_word_start(&text[..end])
}

/// The word before `start`, skipping white space, or `None` at the text start.
fn prev_word(text: &str, start: usize) -> Option<&str> {
    let end = text[..start].trim_end().len();
    (end > 0).then(|| &text[word_start(text, end)..end])
}

/// Judges the run starting at `i` and returns where the sentence ends, if it does.
fn judge(text: &str, i: usize, run: Run, last_cut: usize) -> Option<usize> {
    let b = text.as_bytes();
    let attached = i > 0 && !b[i - 1].is_ascii_whitespace();
    // An omission mark in brackets (`[...]`) is never an end.
    if attached && matches!(b[i - 1], b'[' | b'(') && !run.question {
        return None;
    }
    let after = skip_closers(text, run.end);
    if text[after..].chars().next().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let (next, next_letters) = next_word(text, after);
    if matches!(next, Next::End | Next::Lower) {
        return None;
    }
    // `"Why not?" Lund asked.` / `"It is over." Lund said.`: the quotation's attribution
    // follows in the same sentence.
    let quoted = text[run.end..after].contains(['"', '”', '\'', '’']);
    if quoted && run.dots <= 1 {
        let tail = &text[after..];
        let attribution = if run.question {
            super::quotes::name_then_speech_verb(tail)
        } else {
            super::quotes::attribution_only(tail)
        };
        if attribution {
            return None;
        }
    }
    if run.question {
        let single_bang = run.end == i + 1 && b[i] == b'!';
        return (!(single_bang && attached && abbrev::is_company_suffix(next_letters))).then_some(after);
    }
    if run.dots >= 2 {
        return judge_ellipsis(b, i, run, attached, after);
    }
    let start = word_start(text, i);
    let word = text[start..i].trim_start_matches(OPENERS);
    judge_period(text, start, word, next, next_letters, after, last_cut)
}

/// Ellipses: `that.... She` ends (an ellipsis and a full stop), `. . . I` inside a sentence does
/// not, and `compounds. . . . The` ends after the attached full stop, the ellipsis opening the next.
fn judge_ellipsis(b: &[u8], i: usize, run: Run, attached: bool, after: usize) -> Option<usize> {
    if attached && run.spaced && b.get(i + 1) == Some(&b' ') {
        Some(i + 1)
    } else if run.dots >= 4 || (attached && !run.spaced) {
        Some(after)
    } else {
        None
    }
}

/// A single full stop after `word`, before a word in upper case, a digit or another mark.
fn judge_period(
    text: &str,
    start: usize,
    word: &str,
    next: Next,
    next_letters: &str,
    after: usize,
    last_cut: usize,
) -> Option<usize> {
    let cut = Some(after);
    let mut chars = word.chars();
    if let (Some(l), None) = (chars.next(), chars.next()) {
        if l.is_alphabetic() {
            return judge_initial(text, start, l, next, next_letters, after);
        }
    }
    let opener = abbrev::is_opener(next_letters);
    let title = abbrev::is_opening_title(next_letters);
    match (abbrev::classify(word), next) {
        (None, _) => cut,
        (Some(Abbrev::Title | Abbrev::Month | Abbrev::Never | Abbrev::Number), Next::Digit) => None,
        (Some(Abbrev::Title | Abbrev::Month | Abbrev::Never), _) => None,
        (Some(Abbrev::Number), _) | (Some(Abbrev::Suffix | Abbrev::Time), Next::Digit) => cut,
        (Some(Abbrev::Suffix), _) => (opener || title).then_some(after),
        (Some(Abbrev::Time), _) => {
            ((opener || title) && !is_intro_phrase(&text[last_cut.min(start)..start])).then_some(after)
        }
    }
}

/// A single letter and a full stop: an initial (`Jonas E. Smith`, `J. R. R. Tolkien`) unless it
/// is a word ending a sentence (`you and I. Did …`, `plan B. The …`).
fn judge_initial(
    text: &str,
    start: usize,
    letter: char,
    next: Next,
    next_letters: &str,
    after: usize,
) -> Option<usize> {
    if next == Next::Digit || next_is_initial(text, after) {
        return None;
    }
    let opener = abbrev::is_opener(next_letters);
    if letter.is_lowercase() {
        return opener.then_some(after);
    }
    let prev_lower = prev_word(text, start)
        .and_then(|w| w.trim_start_matches(OPENERS).chars().next())
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    match letter {
        'I' | 'A' if prev_lower => Some(after),
        _ if prev_lower && opener => Some(after),
        _ => None,
    }
}

/// True for a short introductory time phrase (`At 5` before `a.m. Mr. Smith went`): the sentence
/// so far opens with a preposition and has at most three words, so it cannot end here.
fn is_intro_phrase(before: &str) -> bool {
    let mut words = before.split_whitespace();
    let first = words.next().map(|w| w.trim_start_matches(OPENERS));
    first.is_some_and(abbrev::is_intro_preposition) && words.take(3).count() <= 2
}

/// True when the cut at `c` falls inside a quotation that an attribution tail follows.
fn inside_tail_quote(quotes: &[Quote], c: usize) -> bool {
    let k = quotes.partition_point(|q| q.open < c);
    k > 0 && {
        let q = quotes[k - 1];
        c <= q.close && q.tail
    }
}

/// The searcher for `…`, made once.
static ELLIPSIS: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("…"));

/// Appends to `out` the byte offsets where sentences end in `text`. `markers` are protected list
/// markers, `hard` the sorted cuts already known (lines, list items) that reset the context.
pub fn cuts(text: &str, markers: &[Marker], quotes: &[Quote], hard: &[usize], out: &mut Vec<usize>) {
    let b = text.as_bytes();
    let (mut i, mut mi, mut hi, mut last_cut) = (0, 0, 0, 0);
    // Only `.`, `?`, `!` and `…` may start a terminator: the next of each found by `memchr`
    // (`next_ellipsis` is where the next `…` at or after `i` starts, kept until passed).
    let mut next_ellipsis = ELLIPSIS.find(b).unwrap_or(b.len());
    while i < b.len() {
        if next_ellipsis < i {
            next_ellipsis = ELLIPSIS.find(&b[i..]).map_or(b.len(), |k| i + k);
        }
        let stop = memchr::memchr3(b'.', b'?', b'!', &b[i..next_ellipsis]).map_or(next_ellipsis, |k| i + k);
        if stop >= b.len() {
            break;
        }
        i = stop;
        if !is_terminator_start(b, i) {
            i += 1;
            continue;
        }
        while mi < markers.len() && markers[mi].end <= i {
            mi += 1;
        }
        if let Some(m) = markers.get(mi).filter(|m| m.start <= i) {
            i = m.end;
            continue;
        }
        while hi < hard.len() && hard[hi] <= i {
            last_cut = last_cut.max(hard[hi]);
            hi += 1;
        }
        let run = read_run(b, i);
        if let Some(c) = judge(text, i, run, last_cut) {
            if !inside_tail_quote(quotes, c) {
                out.push(c);
                last_cut = c;
            }
        }
        i = run.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`cuts`] as it was before the `memchr` search: every byte asked whether it may start a
    /// terminator.
    fn cuts_reference(
        text: &str,
        markers: &[Marker],
        quotes: &[Quote],
        hard: &[usize],
        out: &mut Vec<usize>,
    ) {
        let b = text.as_bytes();
        let (mut i, mut mi, mut hi, mut last_cut) = (0, 0, 0, 0);
        while i < b.len() {
            let Some(k) = b[i..].iter().position(|&c| matches!(c, b'.' | b'?' | b'!' | 0xE2)) else { break };
            i += k;
            if !is_terminator_start(b, i) {
                i += 1;
                continue;
            }
            while mi < markers.len() && markers[mi].end <= i {
                mi += 1;
            }
            if let Some(m) = markers.get(mi).filter(|m| m.start <= i) {
                i = m.end;
                continue;
            }
            while hi < hard.len() && hard[hi] <= i {
                last_cut = last_cut.max(hard[hi]);
                hi += 1;
            }
            let run = read_run(b, i);
            if let Some(c) = judge(text, i, run, last_cut) {
                if !inside_tail_quote(quotes, c) {
                    out.push(c);
                    last_cut = c;
                }
            }
            i = run.end;
        }
    }

    /// Pieces of text around terminators: marks, ellipses, other three-byte characters opening
    /// with E2 (quotes, dashes), list markers, abbreviations, words and white space.
    const PIECES: &[&str] = &[
        ".", "?", "!", "…", ". . .", "“", "”", "’", "—", "\"", ")", "(", "1.", "2.", "a.", "\n", " ", "  ",
        "Mr", "U.S", "p.m", "The", "he", "Lund", "said", "x", "\u{a0}", "é",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn cuts_agree_with_the_byte_walk(picks in proptest::collection::vec(0..PIECES.len(), 0..40)) {
            let s: String = picks.iter().map(|&i| PIECES[i]).collect();
            let (bullets, markers) = super::super::lists::find(&s);
            let quotes = super::super::quotes::find(&s);
            let mut hard = bullets;
            hard.sort_unstable();
            let (mut got, mut want) = (hard.clone(), hard.clone());
            cuts(&s, &markers, &quotes, &hard, &mut got);
            cuts_reference(&s, &markers, &quotes, &hard, &mut want);
            proptest::prop_assert_eq!(got, want, "{:?}", s);
        }
    }
}
