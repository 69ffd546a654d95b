//! Files that are not UTF-8: which encoding they are in, and their text decoded with a map back
//! to the file's bytes.
//!
//! Old pages and archive exports are often Windows-1252, ISO-8859-x, Shift_JIS or UTF-16. Reading
//! their non-ASCII bytes as `?` loses every accented name and every curly quotation mark (which
//! attribution relies on), so ingest decodes them instead:
//! - a UTF-16 byte-order mark names UTF-16;
//! - an HTML page names its charset in a `<meta>` tag near the top;
//! - otherwise, when no byte sequence of the file is valid multi-byte UTF-8, the file is a legacy
//!   8-bit or CJK file and `chardetng` (the detector Firefox uses) guesses its encoding.
//!
//! A file that is mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not another encoding:
//! it keeps the `?` reading of ingest. Decoded text keeps exact offsets: every character maps to
//! the bytes it was decoded from, so spans still point into the original file.

use std::sync::LazyLock;

use encoding_rs::{CoderResult, Encoding, UTF_8};
use regex::bytes::Regex;

use crate::model::Span;
use crate::text::{MappedText, MappedTextBuilder};

/// How the encoding of a non-UTF-8 file was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// A byte-order mark at the start of the file.
    Bom,
    /// A `<meta charset>` or `http-equiv` declaration in an HTML page.
    Declared,
    /// Guessed from the bytes.
    Guessed,
}

/// A `<meta … charset=NAME>` (either form) in the first bytes of a page.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r#"(?i-u)<meta\s[^>]*?charset\s*=\s*["']?\s*([-a-z0-9_.:]+)"#).expect("meta charset regex")
});

/// How far into a page the charset declaration is looked for (HTML asks for the first 1024
/// bytes; real pages put long `<script>` and `<link>` runs first, so a little more).
const PRESCAN: usize = 4096;

/// The encoding a file of `bytes` is in when it is not valid UTF-8, and how that was found;
/// `None` when it should be read as (damaged) UTF-8. `html` allows a `<meta>` declaration.
pub fn detect(bytes: &[u8], html: bool) -> Option<(&'static Encoding, Found)> {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        if enc != UTF_8 {
            return Some((enc, Found::Bom));
        }
    }
    if std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    if html {
        let head = &bytes[..bytes.len().min(PRESCAN)];
        let declared = META_CHARSET
            .captures(head)
            .and_then(|c| c.get(1))
            .and_then(|m| Encoding::for_label(m.as_bytes()));
        // A page declaring UTF-8 with bad bytes in it is damaged UTF-8.
        match declared {
            Some(enc) if enc == UTF_8 => return None,
            Some(enc) => return Some((enc.output_encoding(), Found::Declared)),
            None => {}
        }
    }
    if has_multibyte_utf8(bytes) {
        return None;
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    Some((det.guess(None, false), Found::Guessed))
}

/// True when some non-ASCII character of `bytes` is well-formed UTF-8 (two to four bytes).
fn has_multibyte_utf8(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => return !s.is_ascii(),
            Err(e) => {
                let good = e.valid_up_to();
                if !rest[..good].is_ascii() {
                    return true;
                }
                let bad = e.error_len().unwrap_or(rest.len() - good);
                rest = &rest[good + bad..];
            }
        }
    }
}

/// `bytes` decoded from `enc`, each character mapped to the bytes it came from (a byte-order
/// mark maps to nothing), and the number of malformed sequences replaced by U+FFFD.
pub fn decode(bytes: &[u8], enc: &'static Encoding) -> (MappedText, usize) {
    let (start, mut dec) = match Encoding::for_bom(bytes) {
        Some((bom_enc, len)) if bom_enc == enc => (len, enc.new_decoder_without_bom_handling()),
        _ => (0, enc.new_decoder_without_bom_handling()),
    };
    let mut out = MappedTextBuilder::new();
    let mut buf = String::with_capacity(64);
    let mut replaced = 0;
    // Start of the bytes not yet turned into output.
    let mut pending = start;
    for i in start..bytes.len() {
        buf.clear();
        let last = i + 1 == bytes.len();
        let (res, _, bad) = dec.decode_to_string(&bytes[i..=i], &mut buf, last);
        debug_assert!(matches!(res, CoderResult::InputEmpty));
        replaced += usize::from(bad);
        if buf.is_empty() {
            continue;
        }
        if pending == i && buf.len() == 1 && buf.as_bytes()[0] == bytes[i] {
            out.push_verbatim(&buf, i);
        } else {
            out.push_replacement(&buf, Span::new(pending, i + 1));
        }
        pending = i + 1;
    }
    (out.finish(), replaced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{SHIFT_JIS, UTF_16LE, WINDOWS_1252};

    #[test]
    fn utf8_needs_no_decoding() {
        assert_eq!(detect("Café “quoted”".as_bytes(), true), None);
    }

    #[test]
    fn html_declaration_names_the_encoding() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>Caf\xe9</body></html>";
        assert_eq!(detect(page, true), Some((WINDOWS_1252, Found::Declared)));
        let page = b"<meta charset='shift_jis'><p>\x93\xfa\x96\x7b</p>";
        assert_eq!(detect(page, true), Some((SHIFT_JIS, Found::Declared)));
    }

    #[test]
    fn damaged_utf8_is_not_another_encoding() {
        // Valid UTF-8 quotation marks around one stray byte.
        assert_eq!(
            detect(
                "“Caf\u{e9}” ".as_bytes().iter().copied().chain([0xff]).collect::<Vec<_>>().as_slice(),
                false
            ),
            None
        );
        let page = b"<meta charset=\"utf-8\"><p>caf\xe9</p>";
        assert_eq!(detect(page, true), None);
    }

    #[test]
    fn an_undeclared_legacy_file_is_guessed() {
        let text =
            b"\x93We will not resign,\x94 the mayor of S\xe3o Paulo said on Monday. The caf\xe9 was closed.";
        let (enc, how) = detect(text, false).unwrap();
        assert_eq!((enc, how), (WINDOWS_1252, Found::Guessed));
    }

    #[test]
    fn decoded_characters_map_to_their_bytes() {
        let bytes = b"Caf\xe9 \x93ok\x94";
        let (t, bad) = decode(bytes, WINDOWS_1252);
        assert_eq!(t.text, "Café “ok”");
        assert_eq!(bad, 0);
        let at = t.text.find('é').unwrap();
        assert_eq!(t.span(at, at + 'é'.len_utf8()), Span::new(3, 4));
        let ok = t.text.find("ok").unwrap();
        assert_eq!(t.span(ok, ok + 2), Span::new(6, 8));
        assert_eq!(t.span(0, t.text.len()), Span::new(0, bytes.len()));
    }

    #[test]
    fn multibyte_and_utf16_characters_map_to_all_their_bytes() {
        // 日本 in Shift_JIS: two bytes each.
        let (t, _) = decode(b"a\x93\xfa\x96\x7bb", SHIFT_JIS);
        assert_eq!(t.text, "a日本b");
        assert_eq!(t.span(1, 4), Span::new(1, 3));
        assert_eq!(t.span(7, 8), Span::new(5, 6));
        // UTF-16LE with its byte-order mark: "Hi" after two BOM bytes.
        let bytes = b"\xff\xfeH\x00i\x00";
        assert_eq!(detect(bytes, false), Some((UTF_16LE, Found::Bom)));
        let (t, _) = decode(bytes, UTF_16LE);
        assert_eq!(t.text, "Hi");
        assert_eq!(t.span(1, 2), Span::new(4, 6));
    }

    #[test]
    fn malformed_sequences_are_counted() {
        // A lead byte with nothing after it.
        let (t, bad) = decode(b"ab\x81", SHIFT_JIS);
        assert_eq!((t.text.as_str(), bad), ("ab\u{fffd}", 1));
        assert_eq!(t.span(2, 5), Span::new(2, 3));
    }
}
