//! `.json` (one article object or an array of them) and `.jsonl` (one object a line).
//!
//! Fields: `title`/`headline`, `text`/`body`/`content`/`articleBody`, `outlet`/`source`/
//! `publisher`/`site` (a string or an object with `name`), `date`/`published`/`datePublished`,
//! `url`, `author` (a string, an object with `name`, or a list of them). The article text is
//! decoded from the raw JSON string literal by hand so that every byte maps back to the file:
//! plain runs map verbatim, each escape (`\n`, `\u2019`, a surrogate pair) maps as a whole.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use crate::error::{Error, Result};
use crate::model::Span;
use crate::text::{MappedText, MappedTextBuilder};

use super::{apply_field, Parsed};

/// The fields that hold the article text, in order of preference.
const TEXT_FIELDS: [&str; 7] =
    ["text", "body", "articlebody", "article_body", "content", "maintext", "article"];

type Object<'a> = BTreeMap<String, &'a RawValue>;

/// Reads a `.json` file: one object, or an array of objects (each an item).
pub fn parse_json(path: &str, content: &str) -> Result<Vec<(Option<usize>, Parsed)>> {
    let first = content.trim_start().as_bytes().first().copied();
    if first == Some(b'[') {
        let items: Vec<&RawValue> = serde_json::from_str(content).map_err(|e| json_error(path, &e, 0))?;
        let mut out = Vec::with_capacity(items.len());
        for (i, raw) in items.into_iter().enumerate() {
            let obj: Object = serde_json::from_str(raw.get()).map_err(|_| {
                Error::input(path, format!("item {i} is not a JSON object with article fields"))
            })?;
            out.push((Some(i), parse_object(path, Some(i), content, &obj)?));
        }
        Ok(out)
    } else {
        let obj: Object = serde_json::from_str(content).map_err(|e| json_error(path, &e, 0))?;
        Ok(vec![(None, parse_object(path, None, content, &obj)?)])
    }
}

/// Reads a `.jsonl` file: one article object a line; blank lines are skipped.
pub fn parse_jsonl(path: &str, content: &str) -> Result<Vec<(Option<usize>, Parsed)>> {
    let mut out = Vec::new();
    for (line_no, line) in content.split('\n').enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let obj: Object = serde_json::from_str(line).map_err(|e| json_error(path, &e, line_no))?;
        let item = out.len();
        out.push((Some(item), parse_object(path, Some(item), content, &obj)?));
    }
    Ok(out)
}

fn json_error(path: &str, e: &serde_json::Error, line_offset: usize) -> Error {
    Error::Json {
        path: path.to_string(),
        line: e.line() + line_offset,
        column: e.column(),
        message: e.to_string(),
    }
}

/// Byte offset of `inner` within `outer`; `inner` must be a sub-slice (serde borrows raw values
/// from the input), else `None`.
fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let o = outer.as_ptr() as usize;
    let i = inner.as_ptr() as usize;
    (i >= o && i + inner.len() <= o + outer.len()).then(|| i - o)
}

fn parse_object(path: &str, item: Option<usize>, file: &str, obj: &Object) -> Result<Parsed> {
    let mut p = Parsed::default();
    let at = item.map_or(String::new(), |i| format!(" (item {i})"));
    let mut text_raw = None;
    let lower: BTreeMap<String, &RawValue> = obj.iter().map(|(k, v)| (k.to_ascii_lowercase(), *v)).collect();
    for field in TEXT_FIELDS {
        if let Some(raw) = lower.get(field) {
            if raw.get().starts_with('"') {
                text_raw = Some(*raw);
                break;
            }
        }
    }
    let Some(raw) = text_raw else {
        return Err(Error::input(
            path,
            format!("no article text{at}: expected a string field text, body, content or articleBody"),
        ));
    };
    let start = offset_in(file, raw.get())
        .ok_or_else(|| Error::input(path, format!("cannot locate the article text{at}")))?;
    p.text = decode_string(raw.get(), start);
    for (key, raw) in obj {
        if let Some(value) = field_text(raw) {
            apply_field(&mut p.meta, key, &value);
        }
    }
    Ok(p)
}

/// The text of a metadata value: a string, an object's `name`, or a list of those joined by `, `.
fn field_text(raw: &RawValue) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(raw.get()).ok()?;
    fn text(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Object(o) => o.get("name").and_then(text),
            serde_json::Value::Array(items) => {
                let names: Vec<String> = items.iter().filter_map(text).collect();
                (!names.is_empty()).then(|| names.join(", "))
            }
            _ => None,
        }
    }
    text(&v)
}

/// Decodes a JSON string literal (with its quotes) that starts at byte `start` of the file.
/// Serde has validated the literal already; anything unexpected is kept verbatim.
pub(crate) fn decode_string(lit: &str, start: usize) -> MappedText {
    let inner = lit.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(lit);
    let base = start + usize::from(lit.starts_with('"'));
    let mut b = MappedTextBuilder::new();
    let bytes = inner.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        b.push_verbatim(&inner[run..i], base + run);
        let esc = bytes.get(i + 1).copied().unwrap_or(b'\\');
        let (s, len): (String, usize) = match esc {
            b'n' => ("\n".into(), 2),
            b't' => ("\t".into(), 2),
            b'r' => ("\r".into(), 2),
            b'b' => ("\u{8}".into(), 2),
            b'f' => ("\u{c}".into(), 2),
            b'u' => decode_unicode(inner, i),
            other => (char::from(other).to_string(), 2),
        };
        let len = len.min(bytes.len() - i);
        b.push_replacement(&s, Span::new(base + i, base + i + len));
        i += len;
        run = i;
    }
    b.push_verbatim(&inner[run..], base + run);
    b.finish()
}

/// Decodes `\uXXXX` at byte `i` (with a following low surrogate if it is a high one); returns
/// the text and the number of source bytes it replaces.
fn decode_unicode(s: &str, i: usize) -> (String, usize) {
    let hex = |at: usize| s.get(at..at + 4).and_then(|h| u32::from_str_radix(h, 16).ok());
    let Some(hi) = hex(i + 2) else {
        return ("\u{fffd}".into(), 2);
    };
    if (0xD800..0xDC00).contains(&hi) && s.get(i + 6..i + 8) == Some("\\u") {
        if let Some(lo) = hex(i + 8).filter(|lo| (0xDC00..0xE000).contains(lo)) {
            let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
            return (char::from_u32(c).unwrap_or('\u{fffd}').to_string(), 12);
        }
    }
    (char::from_u32(hi).unwrap_or('\u{fffd}').to_string(), 6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn object_fields_and_escapes_map_to_file() {
        let src = r#"{"title": "T", "publisher": {"name": "The Wire"}, "datePublished": "2019-05-02T09:00:00Z",
 "author": [{"name": "A. B"}, "C D"], "body": "It\u2019s \"here\".\nNext \ud83d\ude00 end"}"#;
        let (item, p) = parse_json("a.json", src).unwrap().remove(0);
        assert_eq!(item, None);
        assert_eq!(p.text.text, "It\u{2019}s \"here\".\nNext \u{1f600} end");
        assert_eq!(p.meta.outlet.as_deref(), Some("The Wire"));
        assert_eq!(p.meta.author.as_deref(), Some("A. B, C D"));
        assert_eq!(p.meta.published, NaiveDate::from_ymd_opt(2019, 5, 2));
        assert_eq!(p.meta.title.as_deref(), Some("T"));
        let t = &p.text.text;
        let at = |needle: &str| {
            let s = t.find(needle).unwrap();
            let sp = p.text.span(s, s + needle.len());
            &src[sp.start..sp.end]
        };
        assert_eq!(at("Next"), "Next");
        assert_eq!(at("\u{2019}s"), "\\u2019s");
        assert_eq!(at("\"here\""), "\\\"here\\\"");
        assert_eq!(at("\u{1f600} end"), "\\ud83d\\ude00 end");
    }

    #[test]
    fn array_and_lines_give_items() {
        let src = r#"[{"text": "One.", "source": "X"}, {"content": "Two.", "date": "Feb. 3, 2020"}]"#;
        let items = parse_json("a.json", src).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].0, Some(1));
        assert_eq!(items[1].1.text.text, "Two.");
        let sp = items[1].1.text.span(0, 4);
        assert_eq!(&src[sp.start..sp.end], "Two.");
        let src = "{\"text\": \"a\\tb\"}\n\n{\"body\": \"c\"}\n";
        let items = parse_jsonl("a.jsonl", src).unwrap();
        assert_eq!(items.len(), 2);
        let sp = items[1].1.text.span(0, 1);
        assert_eq!(&src[sp.start..sp.end], "c");
    }

    #[test]
    fn errors_name_file_and_place() {
        let e = parse_json("bad.json", "{\"text\": }").unwrap_err();
        assert!(matches!(e, Error::Json { line: 1, .. }), "{e}");
        let e = parse_jsonl("bad.jsonl", "{\"text\": \"a\"}\n{oops\n").unwrap_err();
        assert!(matches!(e, Error::Json { line: 2, .. }), "{e}");
        let e = parse_json("n.json", "{\"title\": \"x\"}").unwrap_err();
        assert!(e.to_string().contains("n.json") && e.to_string().contains("no article text"));
        let e = parse_json("n.json", "[1]").unwrap_err();
        assert!(e.to_string().contains("item 0"));
    }
}
