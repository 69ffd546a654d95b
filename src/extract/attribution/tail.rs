//! The name and described-source speaker patterns matched by hand, word by word leftwards from
//! the cue, for the common text whose last words carry no apposition or parenthesis.
//!
//! Input: text spelt one byte per character (see [`super::left`]); output: the spans the ASCII
//! form of [`LEFT_NAME`](super::LEFT_NAME) or
//! [`LEFT_DESCRIBED`](super::LEFT_DESCRIBED) finds, or `None` when the text needs the
//! regex: some place where the speaker may end (before the auxiliaries and times of `AUX`)
//! closes a comma, dash or parenthesis, which only the regex's appositions can match. The
//! regexes' reverse search built lazy-DFA states for most texts before a cue (~5,000
//! instructions a call on PolNeAR train); this reads a few words.
//!
//! Both patterns end in `AUX\s*$`, and what comes before `AUX` ends in a word, a comma, a dash
//! or a parenthesis, never in white space; so the speaker ends at the end of one of the last
//! words, after which the words left are auxiliaries (`has`, `on Monday`, `last week`). The
//! match the regex gives is the one that starts first; for the name pattern, of those, the one
//! whose name group runs furthest (its repeat is greedy, and nothing but the name's words can
//! take a capitalised word but `AUX`'s weekdays and the words after `on` and `last`).

use super::left::Spans;
pub(super) use np::any_np;

mod np;
use super::words::is_source_head;

/// `\s` of the byte patterns (the vertical tab stands in for other white space).
fn is_space(b: u8) -> bool {
    b <= b' ' && matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// A word byte to the patterns' ASCII `\b`.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `\w` of the byte patterns: the letter stand-in (5) too.
fn is_w(b: u8) -> bool {
    is_word(b) || b == 5
}

/// `[\w’'.-]`, spelt (`’` is 1).
fn is_name_byte(b: u8) -> bool {
    is_w(b) || matches!(b, 1 | b'\'' | b'.' | b'-')
}

/// `\b` before position `at` of a word starting with a word byte.
fn boundary_before(bytes: &[u8], at: usize) -> bool {
    at == 0 || !is_word(bytes[at - 1])
}

/// Most words [`Words`] reads back from the end; a text that needs more goes to the regex.
const MAX_WORDS: usize = 24;

/// The white-space separated words of a text, found from the end as they are asked for.
struct Words<'a> {
    bytes: &'a [u8],
    /// Word spans, the last word first.
    found: [(usize, usize); MAX_WORDS],
    len: usize,
    /// True when there was no room for a word asked for: the matchers cannot decide.
    full: bool,
}

impl<'a> Words<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Words { bytes, found: [(0, 0); MAX_WORDS], len: 0, full: false }
    }

    /// The `k`-th word from the end (0: the last).
    #[inline]
    fn get(&mut self, k: usize) -> Option<(usize, usize)> {
        if k < self.len {
            return Some(self.found[k]);
        }
        self.read(k)
    }

    /// Reads words back from the end up to the `k`-th.
    fn read(&mut self, k: usize) -> Option<(usize, usize)> {
        while self.len <= k {
            if self.len == MAX_WORDS {
                self.full = true;
                return None;
            }
            let mut i = if self.len == 0 { self.bytes.len() } else { self.found[self.len - 1].0 };
            while i > 0 && is_space(self.bytes[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                return None;
            }
            let end = i;
            while i > 0 && !is_space(self.bytes[i - 1]) {
                i -= 1;
            }
            self.found[self.len] = (i, end);
            self.len += 1;
        }
        Some(self.found[k])
    }

    fn text(&mut self, k: usize) -> &'a [u8] {
        let bytes = self.bytes;
        self.get(k).map_or(&[], |(s, e)| &bytes[s..e])
    }

    /// True when the `k`-th word from the end is `w` (lower case), matched as the patterns do.
    fn is(&mut self, k: usize, w: &[u8], ci: bool) -> bool {
        let t = self.text(k);
        if ci {
            t.eq_ignore_ascii_case(w)
        } else {
            t == w
        }
    }
}

/// True when `w` is one of [`AUX_WORDS`] (a test checks the two agree).
fn is_aux(w: &[u8]) -> bool {
    matches!(
        w,
        b"has"
            | b"have"
            | b"had"
            | b"also"
            | b"later"
            | b"then"
            | b"previously"
            | b"again"
            | b"once"
            | b"recently"
            | b"repeatedly"
            | b"publicly"
            | b"privately"
            | b"earlier"
            | b"would"
            | b"will"
            | b"could"
            | b"may"
            | b"might"
            | b"must"
            | b"should"
            | b"can"
            | b"did"
            | b"does"
            | b"do"
            | b"not"
            | b"never"
            | b"still"
            | b"long"
            | b"often"
            | b"always"
            | b"now"
            | b"just"
            | b"even"
            | b"already"
            | b"reportedly"
            | b"openly"
            | b"strongly"
            | b"clearly"
            | b"really"
            | b"apparently"
            | b"however"
            | b"himself"
            | b"herself"
            | b"itself"
            | b"themselves"
            | b"actually"
            | b"initially"
            | b"finally"
            | b"similarly"
            | b"jokingly"
            | b"quickly"
            | b"officially"
            | b"separately"
            | b"subsequently"
            | b"immediately"
            | b"originally"
            | b"eventually"
            | b"quietly"
    )
}

/// One word of `AUX`: an auxiliary or adverb, or a weekday (`ci`: under `(?i)`).
fn aux_word(t: &[u8], ci: bool) -> bool {
    if !(2..=12).contains(&t.len()) {
        return false;
    }
    let mut buf = [0u8; 12];
    let low = &mut buf[..t.len()];
    low.copy_from_slice(t);
    low.make_ascii_lowercase();
    let low = &*low;
    if (ci || t == low) && is_aux(low) {
        return true;
    }
    // `(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`
    let Some(stem) = low.strip_suffix(b"day") else { return false };
    matches!(stem, b"mon" | b"tues" | b"wednes" | b"thurs" | b"fri" | b"satur" | b"sun")
        && (ci || (t[0].is_ascii_uppercase() && t[1..] == low[1..]))
}

/// Most places a speaker may end that the matchers take (more go to the regex).
const MAX_ENDS: usize = 8;

/// The indices `k` (words from the end) such that the speaker may end with the `k`-th word from
/// the end: the words after it are a sequence of `AUX`'s units (`has`, `on Monday`, `last
/// week`, `in a statement`), `ci`: under `(?i)`. `None` when there are too many to keep.
fn speaker_ends(words: &mut Words, ci: bool) -> Option<([usize; MAX_ENDS], usize)> {
    // Most texts: the last word is no unit, nor can it end one of two or three words.
    let t0 = words.text(0);
    if t0.is_empty() {
        return Some(([0; MAX_ENDS], 0));
    }
    let t1 = words.text(1);
    if !(aux_word(t0, ci)
        || t1.eq_ignore_ascii_case(b"on")
        || t1.eq_ignore_ascii_case(b"last")
        || t0.eq_ignore_ascii_case(b"statement"))
    {
        return Some(([0; MAX_ENDS], 1));
    }
    // parsed[j]: the last j words are a sequence of units.
    let mut parsed = [false; MAX_WORDS + 1];
    parsed[0] = true;
    let mut ends = ([0; MAX_ENDS], 0);
    let mut j = 0;
    loop {
        if parsed[j] && words.get(j).is_some() {
            if ends.1 == MAX_ENDS {
                return None;
            }
            ends.0[ends.1] = j;
            ends.1 += 1;
        }
        j += 1;
        if j > MAX_WORDS || words.get(j - 1).is_none() {
            break;
        }
        let one = parsed[j - 1] && aux_word(words.text(j - 1), ci);
        let two = j >= 2 && parsed[j - 2] && {
            let on = words.is(j - 1, b"on", ci);
            let last = words.text(j - 2);
            let all_w = !last.is_empty() && last.iter().all(|&b| is_w(b));
            let day = last.len() > 3 && last[last.len() - 3..].eq_ignore_ascii_case(b"day");
            all_w && ((on && day && (ci || last.ends_with(b"day"))) || (!on && words.is(j - 1, b"last", ci)))
        };
        let three = j >= 3
            && parsed[j - 3]
            && words.is(j - 1, b"in", ci)
            && words.is(j - 2, b"a", ci)
            && words.is(j - 3, b"statement", ci);
        parsed[j] = one || two || three;
        if !parsed[j] && !parsed[j - 1] && (j < 2 || !parsed[j - 2]) {
            break;
        }
    }
    Some(ends)
}

/// A whole word of `[\w’'.-]+`.
fn whole_word(t: &[u8]) -> bool {
    !t.is_empty() && t.iter().all(|&b| is_name_byte(b))
}

/// True when a speaker ending with this word may close an apposition or parenthesis.
fn closes_apposition(t: &[u8]) -> bool {
    matches!(t.last(), Some(b',' | b')' | 2 | 3)) || t.ends_with(b"--")
}

/// The speaker ends, or `None` when one of them closes an apposition (the regex decides).
fn plain_ends(words: &mut Words, ci: bool) -> Option<([usize; MAX_ENDS], usize)> {
    let ends = speaker_ends(words, ci)?;
    for &k in &ends.0[..ends.1] {
        if closes_apposition(words.text(k)) {
            return None;
        }
    }
    Some(ends)
}

/// Prepositions that may stand between two words of a name (`Bank of America`).
const NAME_LINKS: &[&str] = &["of", "the", "for", "de", "van", "von", "al", "in", "at"];

/// Where a word of a name (`[A-Z][\w’'.-]*`) ending at the end of `(s, e)` may start first:
/// the first capital of the word's last run of name bytes.
fn name_word_start(bytes: &[u8], (s, e): (usize, usize)) -> Option<usize> {
    let mut run = e;
    while run > s && is_name_byte(bytes[run - 1]) {
        run -= 1;
    }
    (run..e).find(|&i| bytes[i].is_ascii_uppercase())
}

/// [`LEFT_NAME`](super::LEFT_NAME)'s spans on spelt text, or `None` when the regex must
/// decide.
pub(super) fn name(bytes: &[u8]) -> Option<Option<Spans>> {
    let mut words = Words::new(bytes);
    let ends = plain_ends(&mut words, false)?;
    // (start, end of the name group) of the match that starts first.
    let mut best: Option<(usize, usize)> = None;
    for &k in &ends.0[..ends.1] {
        let Some(w) = words.get(k) else { continue };
        let Some(mut start) = name_word_start(bytes, w) else { continue };
        // Earlier words of the name, each after white space (and maybe a link word): only a
        // word that starts its token can have one before it.
        let mut whole = start == w.0;
        let mut j = k + 1;
        while whole {
            let t = words.text(j);
            let link = NAME_LINKS.iter().any(|l| t == l.as_bytes());
            let at = if link { j + 1 } else { j };
            let Some(q) = words.get(at) else { break };
            let Some(s) = name_word_start(bytes, q) else { break };
            start = s;
            whole = s == q.0;
            j = at + 1;
        }
        // The first start wins; of equal starts, the furthest end (the first `k`).
        if best.is_none_or(|(s, _)| start < s) {
            best = Some((start, w.1));
        }
    }
    if words.full {
        return None;
    }
    Some(best.map(|(s, e)| [Some(s..bytes.len()), Some(s..e), None]))
}

/// The determiners of a described source (`an official`, `two aides`).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "another", "one", "two", "three", "several", "some", "many", "most", "all", "few",
    "other", "senior", "both", "his", "her", "their", "its", "our",
];

/// Where a determiner (with `\b` before it) ending the word `(s, e)` starts first.
fn determiner_start(bytes: &[u8], (s, e): (usize, usize)) -> Option<usize> {
    (s..e).find(|&i| {
        boundary_before(bytes, i)
            && DETERMINERS.iter().any(|d| bytes[i..e].eq_ignore_ascii_case(d.as_bytes()))
    })
}

/// True when `t` is a head noun of a described source (any case; `’` spelt 1).
fn is_head(t: &[u8]) -> bool {
    if t.len() > 20 || !t[0].is_ascii_alphabetic() || !t.iter().all(|&b| b.is_ascii() && b != 0) {
        return false;
    }
    let mut low = [0u8; 20];
    for (l, &b) in low.iter_mut().zip(t) {
        *l = if b == 1 { 0 } else { b.to_ascii_lowercase() };
    }
    let low = &low[..t.len()];
    match low.last() {
        // `officials’`
        Some(0) => low[..low.len() - 1] == *b"officials",
        _ => std::str::from_utf8(low).is_ok_and(is_source_head),
    }
}

/// Where a described source's head part (`an official`, `sources`) ending with the word `k` from
/// the end starts first: a head noun ending the word, after a `\b`, or after a determiner and
/// up to four words when the head is the whole word.
fn head_start(bytes: &[u8], words: &mut Words, k: usize) -> Option<usize> {
    let (s, e) = words.get(k)?;
    // `\b` after the head: its last byte is a word byte (the text goes on with white space).
    if !is_word(bytes[e - 1]) {
        return None;
    }
    let bare = (s..e).find(|&i| boundary_before(bytes, i) && is_head(&bytes[i..e]))?;
    let mut first = bare;
    if bare == s {
        for m in 0..=4 {
            if let Some(d) = words.get(k + m + 1).and_then(|w| determiner_start(bytes, w)) {
                first = first.min(d);
            }
            if !whole_word(words.text(k + m + 1)) {
                break;
            }
        }
    }
    Some(first)
}

/// [`LEFT_DESCRIBED`](super::LEFT_DESCRIBED)'s spans on spelt text, or `None` when the
/// regex must decide.
pub(super) fn described(bytes: &[u8]) -> Option<Option<Spans>> {
    let mut words = Words::new(bytes);
    let ends = plain_ends(&mut words, true)?;
    let mut first: Option<usize> = None;
    let mut take = |s: Option<usize>| {
        if let Some(s) = s {
            first = Some(first.map_or(s, |f| f.min(s)));
        }
    };
    for &k in &ends.0[..ends.1] {
        take(head_start(bytes, &mut words, k));
        // `close to Abe`, `with the ministry`: a preposition, up to four words and a last one.
        for m in 0..=4 {
            if !whole_word(words.text(k + m)) {
                break;
            }
            let p = k + m + 1;
            let prep = words.text(p);
            if prep.len() > 4 || prep.len() < 2 {
                continue;
            }
            let with = prep.eq_ignore_ascii_case(b"with");
            if with
                || [&b"in"[..], b"at", b"of", b"from", b"for"].iter().any(|w| prep.eq_ignore_ascii_case(w))
            {
                take(head_start(bytes, &mut words, p + 1));
            }
            if (prep.eq_ignore_ascii_case(b"to") && words.is(p + 1, b"close", true))
                || (with && words.is(p + 1, b"familiar", true))
            {
                take(head_start(bytes, &mut words, p + 2));
            }
        }
    }
    if words.full {
        return None;
    }
    Some(first.map(|s| [Some(s..bytes.len()), None, None]))
}

#[cfg(test)]
mod tests;
