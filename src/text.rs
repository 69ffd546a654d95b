//! Text with an offset map back to the original input file.
//!
//! Every stage that rewrites text (ingest decoding JSON escapes or HTML entities, clean dropping
//! boilerplate or repairing `Japan''s`) builds its output with a [`MappedTextBuilder`], so that any
//! byte range of the result maps back to the bytes of the original file it came from. That is what
//! lets every label point at its evidence.

use serde::{Deserialize, Serialize};

use crate::model::Span;

/// FNV-1a: a fast hash for looking up short words in fixed lists (no need for DoS resistance).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Builds [`Fnv`] hashers, for `HashMap` / `HashSet`.
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// A hasher for whole lines (the repeat check of `clean`), where [`Fnv`]'s byte-at-a-time loop is
/// slow: eight bytes at a time, multiplied and rotated (the `FxHash` step).
/// SipHash took ~29 M instructions of PolNeAR train's cleaning for the repeat check, where no
/// adversary chooses the keys; equal lines are still told apart by comparing them.
#[derive(Default)]
pub(crate) struct LineHash(u64);

impl std::hash::Hasher for LineHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
        self.0 = h;
    }
}

/// Builds [`LineHash`] hashers.
pub(crate) type LineHashBuild = std::hash::BuildHasherDefault<LineHash>;

/// English weekday names, lower case, Monday first.
pub const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// English month names, lower case, January first (index + 1 is the month number).
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Byte offset of the last word of `s`: just after its last white space (of any width: a
/// no-break or ideographic space is more than one byte), or 0.
pub fn last_word_start(s: &str) -> usize {
    s.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8())
}

/// The white-space separated words of `t` with their byte offsets in `t`.
pub fn word_spans(t: &str) -> impl Iterator<Item = (usize, &str)> {
    t.split_whitespace().map(move |w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
}

/// One run of output text and where it came from.
///
/// When `text_len == orig_len` the run was copied verbatim and maps byte for byte; otherwise it is
/// a replacement (an entity, an escape, a repaired character) that maps as a whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub text: usize,
    pub text_len: usize,
    pub orig: usize,
    pub orig_len: usize,
}

/// Maps byte offsets of a derived text to byte offsets of the original input.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// The map of a text copied verbatim from `orig_start` in the original.
    pub fn identity(orig_start: usize, len: usize) -> Self {
        OffsetMap { pieces: vec![Piece { text: 0, text_len: len, orig: orig_start, orig_len: len }] }
    }

    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// Index of the piece holding text offset `pos` (the last piece starting at or before it).
    fn piece_at(&self, pos: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.text <= pos);
        if i == 0 {
            None
        } else {
            Some(&self.pieces[i - 1])
        }
    }

    /// Original offset of the byte that starts at text offset `pos`.
    pub fn start_to_original(&self, pos: usize) -> usize {
        match self.piece_at(pos) {
            None => self.pieces.first().map_or(0, |p| p.orig),
            Some(p) => {
                let d = pos - p.text;
                if p.text_len == p.orig_len {
                    p.orig + d.min(p.orig_len)
                } else if d >= p.text_len {
                    p.orig + p.orig_len
                } else {
                    p.orig
                }
            }
        }
    }

    /// Original offset just past the byte that ends at text offset `pos` (exclusive end).
    pub fn end_to_original(&self, pos: usize) -> usize {
        if pos == 0 {
            return self.start_to_original(0);
        }
        match self.piece_at(pos - 1) {
            None => self.pieces.first().map_or(0, |p| p.orig),
            Some(p) => {
                let d = pos - p.text;
                if p.text_len == p.orig_len {
                    p.orig + d.min(p.orig_len)
                } else {
                    p.orig + p.orig_len
                }
            }
        }
    }

    /// Original span of the text range `[start, end)`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        if end <= start {
            let s = self.start_to_original(start);
            return Span::new(s, s);
        }
        Span::new(self.start_to_original(start), self.end_to_original(end))
    }
}

/// A text and its [`OffsetMap`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MappedText {
    pub text: String,
    pub map: OffsetMap,
}

impl MappedText {
    /// A text copied verbatim from `orig_start` of the original.
    pub fn verbatim(text: &str, orig_start: usize) -> Self {
        MappedText { text: text.to_string(), map: OffsetMap::identity(orig_start, text.len()) }
    }

    /// Original span of the text range `[start, end)`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.map.span(start, end)
    }

    /// This text with its offsets carried through `base`: `self` maps into `base.text` (e.g. an
    /// article read from a file decoded from Windows-1252), the result into `base`'s original.
    pub fn compose(&self, base: &MappedText) -> MappedText {
        let mut b = MappedTextBuilder::new();
        for p in self.map.pieces() {
            let text_end = p.text + p.text_len;
            if p.text_len != p.orig_len {
                b.push_replacement(&self.text[p.text..text_end], base.span(p.orig, p.orig + p.orig_len));
                continue;
            }
            // Byte for byte onto `base.text`: split where `base`'s own pieces split, so a run
            // over decoded characters keeps each character's bytes in the file.
            let mut t = p.text;
            while t < text_end {
                let o = p.orig + (t - p.text);
                let run =
                    base.map.piece_at(o).map_or(text_end - t, |q| (q.text + q.text_len).saturating_sub(o));
                let mut e = (t + run.max(1)).min(text_end);
                while !self.text.is_char_boundary(e) {
                    e += 1;
                }
                let span = base.span(o, o + (e - t));
                if span.len() == e - t {
                    b.push_verbatim(&self.text[t..e], span.start);
                } else {
                    b.push_replacement(&self.text[t..e], span);
                }
                t = e;
            }
        }
        b.finish()
    }
}

/// Builds a [`MappedText`] from verbatim runs and replacements.
#[derive(Debug, Default)]
pub struct MappedTextBuilder {
    text: String,
    pieces: Vec<Piece>,
}

impl MappedTextBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn add_piece(&mut self, p: Piece) {
        if let Some(last) = self.pieces.last_mut() {
            let linear = |q: &Piece| q.text_len == q.orig_len;
            if linear(last)
                && linear(&p)
                && last.text + last.text_len == p.text
                && last.orig + last.orig_len == p.orig
            {
                last.text_len += p.text_len;
                last.orig_len += p.orig_len;
                return;
            }
        }
        self.pieces.push(p);
    }

    /// Appends `s`, which stands verbatim at `orig_start` in the original.
    pub fn push_verbatim(&mut self, s: &str, orig_start: usize) {
        if s.is_empty() {
            return;
        }
        let p = Piece { text: self.text.len(), text_len: s.len(), orig: orig_start, orig_len: s.len() };
        self.text.push_str(s);
        self.add_piece(p);
    }

    /// Appends `s`, which replaces the original bytes `orig` (an entity, an escape, a repair).
    /// An empty `s` records nothing.
    pub fn push_replacement(&mut self, s: &str, orig: Span) {
        if s.is_empty() {
            return;
        }
        let p = Piece { text: self.text.len(), text_len: s.len(), orig: orig.start, orig_len: orig.len() };
        self.text.push_str(s);
        self.add_piece(p);
    }

    /// Appends the range `[start, end)` of `src`, composing its map, so offsets keep pointing
    /// at the original file through any number of stages.
    pub fn push_from(&mut self, src: &MappedText, start: usize, end: usize) {
        if end <= start {
            return;
        }
        let pieces = src.map.pieces();
        let mut i = pieces.partition_point(|p| p.text <= start).saturating_sub(1);
        let mut pos = start;
        while pos < end && i < pieces.len() {
            let p = pieces[i];
            let p_end = p.text + p.text_len;
            if p_end <= pos {
                i += 1;
                continue;
            }
            let seg_end = end.min(p_end);
            let s = &src.text[pos..seg_end];
            if p.text_len == p.orig_len {
                self.push_verbatim(s, p.orig + (pos - p.text));
            } else {
                self.push_replacement(s, Span::new(p.orig, p.orig + p.orig_len));
            }
            pos = seg_end;
            i += 1;
        }
        if pos < end {
            // Text not covered by any piece (should not happen): map it to the end of the last one.
            let at = src.map.end_to_original(pos);
            self.push_replacement(&src.text[pos..end], Span::new(at, at));
        }
    }

    /// Appends `s` that replaces the range `[start, end)` of `src` (a repair in a later stage).
    pub fn push_replacement_from(&mut self, s: &str, src: &MappedText, start: usize, end: usize) {
        let span = src.span(start, end);
        self.push_replacement(s, span);
    }

    /// Appends a separator that stands for nothing in the original (e.g. the blank line between
    /// blocks); it maps to the empty range at `orig_at`.
    pub fn push_synthetic(&mut self, s: &str, orig_at: usize) {
        self.push_replacement(s, Span::new(orig_at, orig_at));
    }

    pub fn finish(self) -> MappedText {
        MappedText { text: self.text, map: OffsetMap { pieces: self.pieces } }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn word_spans_give_offsets_in_the_text() {
        let w: Vec<(usize, &str)> = word_spans(" a\u{a0}bc  d").collect();
        assert_eq!(w, vec![(1, "a"), (4, "bc"), (8, "d")]);
    }

    #[test]
    fn last_word_start_steps_over_wide_spaces() {
        assert_eq!(last_word_start("the news agency"), 9);
        assert_eq!(last_word_start("news\u{a0}agency"), 6);
        assert_eq!(last_word_start("news\u{3000}agency"), 7);
        assert_eq!(last_word_start("agency"), 0);
        assert_eq!(last_word_start(""), 0);
    }

    use super::*;

    #[test]
    fn compose_carries_offsets_through_a_decoded_base() {
        // The base: "Café!" decoded from 5 single-byte characters ('é' is one byte in the file).
        let mut b = MappedTextBuilder::new();
        b.push_verbatim("Caf", 0);
        b.push_replacement("é", Span::new(3, 4));
        b.push_verbatim("!", 4);
        let base = b.finish();
        // A later stage keeps "afé" and replaces "!" by "?".
        let mut o = MappedTextBuilder::new();
        o.push_from(&MappedText::verbatim(&base.text, 0), 1, 5);
        o.push_replacement("?", Span::new(5, 6));
        let got = o.finish().compose(&base);
        assert_eq!(got.text, "afé?");
        assert_eq!(got.span(0, 2), Span::new(1, 3));
        assert_eq!(got.span(2, 4), Span::new(3, 4));
        assert_eq!(got.span(4, 5), Span::new(4, 5));
    }

    #[test]
    fn identity_maps_with_offset() {
        let m = MappedText::verbatim("hello world", 10);
        assert_eq!(m.span(6, 11), Span::new(16, 21));
    }

    #[test]
    fn replacement_maps_as_a_whole() {
        // original: "Japan''s cat" ; text: "Japan's cat"
        let orig = "Japan''s cat";
        let mut b = MappedTextBuilder::new();
        b.push_verbatim("Japan", 0);
        b.push_replacement("'", Span::new(5, 7));
        b.push_verbatim("s cat", 7);
        let m = b.finish();
        assert_eq!(m.text, "Japan's cat");
        let sp = m.span(0, m.text.len());
        assert_eq!(&orig[sp.start..sp.end], orig);
        let sp = m.span(8, 11);
        assert_eq!(&orig[sp.start..sp.end], "cat");
        let sp = m.span(5, 6);
        assert_eq!(&orig[sp.start..sp.end], "''");
    }

    #[test]
    fn composition_through_two_stages() {
        let orig = "xx&amp;yy zz";
        let mut b = MappedTextBuilder::new();
        b.push_verbatim("xx", 0);
        b.push_replacement("&", Span::new(2, 7));
        b.push_verbatim("yy zz", 7);
        let first = b.finish();
        assert_eq!(first.text, "xx&yy zz");
        let mut c = MappedTextBuilder::new();
        c.push_from(&first, 1, 5); // "x&yy"
        c.push_synthetic("\n\n", 12);
        c.push_from(&first, 6, 8); // "zz"
        let second = c.finish();
        assert_eq!(second.text, "x&yy\n\nzz");
        let sp = second.span(0, 4);
        assert_eq!(&orig[sp.start..sp.end], "x&amp;yy");
        let sp = second.span(6, 8);
        assert_eq!(&orig[sp.start..sp.end], "zz");
    }
}
