//! `.txt` / `.md` articles: optional front matter between `---` lines, then the body verbatim.
//!
//! Front matter is `key: value` lines (`outlet`, `date`, `title`, `url`, `author` and their
//! synonyms, see [`apply_field`]); unknown keys are ignored. The body is mapped byte for byte to
//! the file, starting after the closing `---` line.

use crate::error::{Error, Result};
use crate::model::{Metadata, Removed};
use crate::text::MappedText;

use super::{apply_field, Parsed};

/// Splits front matter from the body and reads its fields. `text` is the whole (decoded) file.
pub fn parse_text(path: &str, text: &str) -> Result<Parsed> {
    let mut meta = Metadata::default();
    let mut removed = Vec::new();
    let mut body_start = 0;
    // A byte-order mark is not article text.
    if text.starts_with('\u{feff}') {
        body_start = '\u{feff}'.len_utf8();
    }
    let rest = &text[body_start..];
    let first_line = rest.split('\n').next().unwrap_or("");
    if first_line.trim_end() == "---" {
        let fm_start = body_start;
        let mut pos = body_start + first_line.len() + 1;
        let mut closed = None;
        while pos <= text.len() {
            let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
            let line = &text[pos..line_end];
            if line.trim_end() == "---" {
                closed = Some((line_end + 1).min(text.len()));
                break;
            }
            if let Some((key, value)) = line.split_once(':') {
                apply_field(&mut meta, key, value);
            }
            if line_end >= text.len() {
                break;
            }
            pos = line_end + 1;
        }
        let Some(end) = closed else {
            return Err(Error::UnclosedFrontMatter { path: path.to_string(), line: 1 });
        };
        removed.push(Removed {
            start: fm_start,
            end,
            reason: "front-matter".to_string(),
            text: String::new(),
        });
        body_start = end;
    }
    let body = MappedText::verbatim(&text[body_start..], body_start);
    Ok(Parsed { meta, text: body, removed, ..Parsed::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn front_matter_fields_and_body_offsets() {
        let src = "---\nOutlet: The Daily Example\ndate: March 4, 2021\ntitle: A: B\nurl: https://ex.org/a\nauthor: Jo Lee\ncolour: blue\n---\nFirst line.\nSecond.\n";
        let p = parse_text("a.txt", src).unwrap();
        assert_eq!(p.meta.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(p.meta.published, NaiveDate::from_ymd_opt(2021, 3, 4));
        assert_eq!(p.meta.title.as_deref(), Some("A: B"));
        assert_eq!(p.meta.url.as_deref(), Some("https://ex.org/a"));
        assert_eq!(p.meta.author.as_deref(), Some("Jo Lee"));
        assert_eq!(p.text.text, "First line.\nSecond.\n");
        let sp = p.text.span(12, 19);
        assert_eq!(&src[sp.start..sp.end], "Second.");
        assert_eq!(p.removed.len(), 1);
        assert_eq!(&src[p.removed[0].start..p.removed[0].end], &src[..src.find("First").unwrap()]);
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let src = "Just text.\n---\nmore";
        let p = parse_text("a.md", src).unwrap();
        assert_eq!(p.text.text, src);
        assert!(p.meta.outlet.is_none());
        assert!(p.removed.is_empty());
    }

    #[test]
    fn crlf_front_matter_and_bom() {
        let src = "\u{feff}---\r\nsource: Wire\r\npublished: 2020-01-02\r\n---\r\nBody.";
        let p = parse_text("a.txt", src).unwrap();
        assert_eq!(p.meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(p.meta.published, NaiveDate::from_ymd_opt(2020, 1, 2));
        assert_eq!(p.text.text, "Body.");
        assert_eq!(p.text.span(0, 5).start, src.find("Body").unwrap());
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = parse_text("x.txt", "---\noutlet: A\nbody text\n").unwrap_err();
        assert!(matches!(err, Error::UnclosedFrontMatter { .. }));
        assert!(err.to_string().contains("x.txt"));
    }

    #[test]
    fn front_matter_closed_at_end_of_file() {
        let p = parse_text("x.txt", "---\noutlet: A\n---").unwrap();
        assert_eq!(p.text.text, "");
        assert_eq!(p.meta.outlet.as_deref(), Some("A"));
    }
}
