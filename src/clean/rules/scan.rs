//! One pass over a line for what the line rules need of every line: its [`super::norm`], whether
//! the normalised line holds one of the prompt words, an ASCII digit or a character the twins
//! cannot take; and a cheap bound that tells most lines from an icon run without counting their
//! glued tokens. Each of these walked the line a character at a time on its own (~250 M
//! instructions on PolNeAR train, of 590 M for cleaning); here runs of plain ASCII go eight bytes
//! at a time (SWAR: byte-wise tests on a `u64`).

use std::sync::LazyLock;

use super::super::chrome::glued_count;
use super::dfa::WordDfa;
use super::prefilter::PROMPT_WORDS;
use super::NORM_ASCII;

/// What [`scan`] finds besides the normalised line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(in crate::clean) struct LineFacts {
    /// The normalised line contains one of [`PROMPT_WORDS`].
    pub prompt_word: bool,
    /// The normalised line has an ASCII digit.
    pub ascii_digit: bool,
    /// [`crate::twin::twin_safe`] of the normalised line.
    pub twin_safe: bool,
    /// `chrome::glued_count` of the line, or `(0, 0)` when its bound shows the line is no icon
    /// run (`chrome::is_icon_run_counted` answers false for both).
    pub icon_counts: (usize, usize),
}

/// [`PROMPT_WORDS`] as a DFA.
static PROMPT_DFA: LazyLock<WordDfa> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant words, a few hundred states; tested
    WordDfa::new(PROMPT_WORDS).expect("prompt words fit the DFA")
});

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// High bit of each byte of `x` (ASCII: high bits clear) that lies in `lo..=hi`.
#[inline]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    // Neither sum carries out of a byte below 0x80: the high bit says `>= lo`, and `> hi`.
    let ge_lo = x.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt_hi = x.wrapping_add(ONES * u64::from(0x7F - hi));
    ge_lo & !gt_hi & HIGH
}

/// High bit of each byte of `x` (ASCII) equal to `v`.
#[inline]
fn equal(x: u64, v: u8) -> u64 {
    !(x ^ (ONES * u64::from(v))).wrapping_add(ONES * 0x7F) & HIGH
}

/// Eight bytes of plain ASCII that [`super::norm`] only lower-cases, given whether the text so
/// far ends in white space (`space`): no white space but single spaces (none first after white
/// space), no backquote, no byte above 0x7F.
#[inline]
fn plain(x: u64, space: bool) -> bool {
    if x & HIGH != 0 || in_range(x, 0x09, 0x0D) | equal(x, b'`') != 0 {
        return false;
    }
    let spaces = equal(x, b' ');
    spaces & (spaces << 8) == 0 && !(space && spaces & 0x80 != 0)
}

/// The output side of the pass: the normalised bytes, the DFA fed them, the flags.
struct Out<'d> {
    bytes: Vec<u8>,
    dfa: &'d WordDfa,
    state: u16,
    /// The state before the last byte (the DFA must not have read a trailing space).
    before_last: u16,
    digit: bool,
    twin_safe: bool,
}

impl Out<'_> {
    #[inline]
    fn feed(&mut self, b: u8) {
        self.bytes.push(b);
        self.before_last = self.state;
        self.state = self.dfa.step(self.state, b);
    }

    /// [`Out::feed`] of eight bytes.
    #[inline]
    fn feed8(&mut self, m: [u8; 8]) {
        self.bytes.extend_from_slice(&m);
        let mut s = self.state;
        for &b in &m[..7] {
            s = self.dfa.step(s, b);
        }
        self.before_last = s;
        self.state = self.dfa.step(s, m[7]);
    }

    fn char(&mut self, c: char) {
        if let Ok(b @ 0..=0x7F) = u8::try_from(c) {
            self.feed(b);
            self.digit |= b.is_ascii_digit();
            return;
        }
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.feed(b);
        }
        self.twin_safe &= crate::twin::non_word(c);
    }
}

/// The line's [`super::norm`] and its [`LineFacts`].
pub(in crate::clean) fn scan(s: &str) -> (String, LineFacts) {
    let dfa = &*PROMPT_DFA;
    let b = s.as_bytes();
    let mut out = Out {
        bytes: Vec::with_capacity(b.len()),
        dfa,
        state: dfa.start(),
        before_last: dfa.start(),
        digit: false,
        twin_safe: true,
    };
    // The last character read was white space (or none yet).
    let mut space = true;
    let mut i = 0;
    while i < b.len() {
        if let Some(x) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()).map(u64::from_le_bytes) {
            if plain(x, space) {
                out.digit |= in_range(x, b'0', b'9') != 0;
                out.feed8((x | (in_range(x, b'A', b'Z') >> 2)).to_le_bytes());
                space = x >> 56 == u64::from(b' ');
                i += 8;
                continue;
            }
        }
        let c = b[i];
        if c < 0x80 {
            i += 1;
            let m = NORM_ASCII[usize::from(c)];
            if m == b' ' {
                if !space {
                    out.feed(b' ');
                }
                space = true;
            } else {
                out.feed(m);
                out.digit |= m.is_ascii_digit();
                space = false;
            }
            continue;
        }
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !space {
                out.feed(b' ');
            }
            space = true;
        } else {
            for l in c.to_lowercase() {
                out.char(l);
            }
            space = false;
        }
    }
    if out.bytes.last() == Some(&b' ') {
        out.bytes.pop();
        out.state = out.before_last;
    }
    let facts = LineFacts {
        prompt_word: dfa.is_match(out.state),
        ascii_digit: out.digit,
        twin_safe: out.twin_safe,
        icon_counts: icon_counts(s),
    };
    // Whole characters were pushed: valid UTF-8, so the fallback is never taken.
    let text =
        String::from_utf8(out.bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    (text, facts)
}

/// [`glued_count`] of `s`, or `(0, 0)` when a bound shows it cannot pass the icon-run test
/// (three tokens or more, three in ten glued). Every glued token holds a glue point: a lower-case
/// letter before a capital, a mark (neither alphanumeric nor white space) before an alphanumeric,
/// or a non-ASCII byte; and every ASCII printable byte after ASCII white space opens a token. So
/// the glue points bound the glued tokens from above and those openings the tokens from below.
fn icon_counts(s: &str) -> (usize, usize) {
    let (opened, points) = glue_bound(s);
    if points * 10 < opened * 3 {
        (0, 0)
    } else {
        glued_count(s)
    }
}

/// The token openings and glue points of [`icon_counts`], eight bytes at a time: each byte's
/// classes are found once, and those of the byte before it shifted in from the chunk's (and
/// the previous chunk's last byte); the bytes past the end are 0, a mark before nothing.
fn glue_bound(s: &str) -> (u64, u64) {
    // Counts summed a byte at a time in `u64`s (no `popcnt` in the baseline x86-64: counting
    // the bits took ~60 instructions a chunk), added up every 63 chunks (a byte then holds at
    // most 3 x 63): bytes summed in pairs into four 16-bit lanes, the lanes by one multiply.
    let sum = |v: u64| {
        const PAIRS: u64 = 0x00FF_00FF_00FF_00FF;
        let lanes = (v & PAIRS) + ((v >> 8) & PAIRS);
        lanes.wrapping_mul(0x0001_0001_0001_0001) >> 48
    };
    let (mut opened, mut points) = (0u64, 0u64);
    let (mut opened8, mut points8, mut n8) = (0u64, 0u64, 0u32);
    // White space, lower case and mark bits of the previous chunk (its top byte is the byte
    // before this chunk's first): white space before the line.
    let (mut ws_p, mut lo_p, mut mk_p) = (HIGH, 0u64, 0u64);
    let mut step = |x: u64| {
        let h = x & HIGH;
        let x7 = x & !HIGH;
        let ws = (in_range(x7, 0x09, 0x0D) | equal(x7, b' ')) & !h;
        let up = in_range(x7, b'A', b'Z') & !h;
        let lo = in_range(x7, b'a', b'z') & !h;
        let al = in_range(x7, b'0', b'9') & !h | up | lo;
        let pr = in_range(x7, 0x21, 0x7E) & !h;
        let mk = HIGH & !al & !ws & !h;
        let (ws_y, lo_y, mk_y) =
            ((ws << 8) | (ws_p >> 56), (lo << 8) | (lo_p >> 56), (mk << 8) | (mk_p >> 56));
        (ws_p, lo_p, mk_p) = (ws, lo, mk);
        opened8 += (pr & ws_y) >> 7;
        points8 += ((lo_y & up) >> 7) + ((mk_y & al) >> 7) + (h >> 7);
        n8 += 1;
        if n8 == 63 {
            (opened, points) = (opened + sum(opened8), points + sum(points8));
            (opened8, points8, n8) = (0, 0, 0);
        }
    };
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in chunks.by_ref() {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        step(u64::from_le_bytes(a));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        step(u64::from_le_bytes(a));
    }
    (opened + sum(opened8), points + sum(points8))
}

#[cfg(test)]
mod tests;
