//! `.html` / `.htm`: the main article text, mapped back to the bytes of the HTML file, and the
//! page's metadata.
//!
//! Two passes. [`project`] scans the HTML once and yields its visible text (tags, scripts,
//! styles, SVG and comments skipped, entities decoded, a line break at each block element) with an
//! offset map, plus the metadata (JSON-LD `NewsArticle`, `og:`/`article:` meta tags, `<title>`,
//! `<time datetime>`). The `trafilatura` crate then picks the article's paragraphs, and each one
//! is located in the projection (whitespace-insensitive, in reading order) and copied from it,
//! so the text keeps exact offsets into the file. Paragraphs are joined by blank lines.

use std::sync::LazyLock;

use regex::Regex;

use crate::error::{Error, Result};
use crate::model::{Removed, Warning};
use crate::text::{MappedText, MappedTextBuilder};

use super::{apply_field, Parsed};

mod meta;
mod project;

use project::project;

/// Deeper nesting than this is not a real article page; the extractor is skipped (it walks the
/// tree) and the whole visible text is used instead, with a warning.
const MAX_DEPTH: usize = 512;

/// Reads an HTML page: metadata and the article text.
pub fn parse_html(path: &str, html: &str) -> Result<Parsed> {
    let proj = project(html);
    let mut p = Parsed::default();
    meta::fill(&mut p.meta, &mut p.site_name, &proj.meta);
    let paragraphs = if proj.max_depth > MAX_DEPTH {
        p.warnings.push(Warning::new(
            "html-deep-nesting",
            format!(
                "{path}: HTML nested {} levels deep; article extraction skipped, using all visible text",
                proj.max_depth
            ),
        ));
        None
    } else {
        extract_paragraphs(html)
    };
    let paragraphs = match paragraphs {
        Some(ps) if !ps.is_empty() => ps,
        // No article found: fall back to the page's visible text, line by line.
        _ => proj.text.text.lines().map(str::to_string).collect(),
    };
    let (text, removed, unmatched) = locate(&proj.text, &paragraphs);
    if unmatched > 0 {
        p.warnings.push(Warning::new(
            "html-unmapped",
            format!(
                "{path}: {unmatched} extracted paragraph(s) not found in the page text; \
                 their offsets point at the nearest position"
            ),
        ));
    }
    if text.text.trim().is_empty() {
        return Err(Error::input(path, "no article text found in the HTML"));
    }
    p.text = text;
    p.removed = removed;
    Ok(p)
}

/// The article paragraphs as the extractor sees them, or `None` when it finds nothing.
fn extract_paragraphs(html: &str) -> Option<Vec<String>> {
    let opts = trafilatura::Options::default();
    // A panic inside the extractor on a strange page must not end the run.
    let result = std::panic::catch_unwind(|| trafilatura::extract(html, &opts)).ok()?.ok()?;
    // `content_text` joins paragraphs with spaces; the HTML keeps them apart.
    let ps: Vec<String> = project(&result.content_html)
        .text
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    Some(ps)
}

/// Finds each paragraph in the projection and builds the mapped article text. Returns the text,
/// the visible page text left out between paragraphs, and how many paragraphs were not found.
fn locate(proj: &MappedText, paragraphs: &[String]) -> (MappedText, Vec<Removed>, usize) {
    // The projection without whitespace, and where each of its bytes stands in the projection.
    let mut key = String::with_capacity(proj.text.len());
    let mut key_pos = Vec::with_capacity(proj.text.len());
    for (i, c) in proj.text.char_indices() {
        if !c.is_whitespace() {
            key.push(c);
            key_pos.extend(i..i + c.len_utf8());
        }
    }
    let mut b = MappedTextBuilder::new();
    let mut removed = Vec::new();
    let mut cursor = 0; // in `key`
    let mut proj_cursor = 0; // in `proj.text`
    let mut unmatched = 0;
    for para in paragraphs {
        let needle: String = para.chars().filter(|c| !c.is_whitespace()).collect();
        if needle.is_empty() {
            continue;
        }
        let found = key[cursor..].find(&needle).map(|k| k + cursor);
        if !b.is_empty() {
            let at = proj.map.end_to_original(proj_cursor);
            b.push_synthetic("\n\n", at);
        }
        match found {
            Some(k) => {
                let start = key_pos[k];
                let end = key_pos[k + needle.len() - 1] + 1;
                note_gap(proj, proj_cursor, start, &mut removed);
                push_collapsed(&mut b, proj, start, end);
                cursor = k + needle.len();
                proj_cursor = end;
            }
            None => {
                unmatched += 1;
                let at = proj.map.end_to_original(proj_cursor);
                b.push_synthetic(para, at);
            }
        }
    }
    note_gap(proj, proj_cursor, proj.text.len(), &mut removed);
    (b.finish(), removed, unmatched)
}

/// Copies `[start, end)` of the projection with each whitespace run shown as one space.
fn push_collapsed(b: &mut MappedTextBuilder, proj: &MappedText, start: usize, end: usize) {
    let s = &proj.text[start..end];
    let mut run = start;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !c.is_whitespace() {
            continue;
        }
        let ws_start = start + i;
        let mut ws_end = ws_start + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if !d.is_whitespace() {
                break;
            }
            ws_end = start + j + d.len_utf8();
            iter.next();
        }
        b.push_from(proj, run, ws_start);
        if &proj.text[ws_start..ws_end] == " " {
            b.push_from(proj, ws_start, ws_end);
        } else {
            b.push_replacement_from(" ", proj, ws_start, ws_end);
        }
        run = ws_end;
    }
    b.push_from(proj, run, end);
}

static WS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+").expect("valid regex"));

/// Records visible page text between two paragraphs as removed `html-boilerplate`.
fn note_gap(proj: &MappedText, start: usize, end: usize, removed: &mut Vec<Removed>) {
    if end <= start {
        return;
    }
    let gap = &proj.text[start..end];
    if gap.trim().is_empty() {
        return;
    }
    let lead = gap.len() - gap.trim_start().len();
    let trail = gap.len() - gap.trim_end().len();
    let span = proj.span(start + lead, end - trail);
    let shown = WS.replace_all(gap.trim(), " ");
    let text: String = if shown.chars().count() > 120 {
        shown.chars().take(117).chain("...".chars()).collect()
    } else {
        shown.into_owned()
    };
    removed.push(Removed { start: span.start, end: span.end, reason: "html-boilerplate".to_string(), text });
}

/// Metadata found while scanning the page, before precedence is applied.
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    /// `(property or name, content)` of each `<meta>` tag, lower-cased keys, in page order.
    pub tags: Vec<(String, String)>,
    /// Bodies of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    pub title: Option<String>,
    /// `datetime` of the first `<time>` element.
    pub time: Option<String>,
    pub canonical: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Storm hits coast | Bay News</title>
<meta property="og:site_name" content="Bay News">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast","datePublished":"2022-08-14T06:00:00-04:00","publisher":{"@type":"Organization","name":"Bay News Group"},"author":{"name":"Ana Ruiz"}}</script>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm hits coast</h1>
<p>The storm reached the coast on Sunday&nbsp;morning, officials said.</p>
<p>&ldquo;We were lucky,&rdquo; the mayor said in a statement, adding that roads would reopen by Monday.</p>
<p>More than 2,000 homes lost power and crews worked through the night to restore it.</p>
</article><footer>Copyright Bay News. All rights reserved.</footer></body></html>"#;

    #[test]
    fn article_text_maps_to_html_offsets() {
        let p = parse_html("bay.html", PAGE).unwrap();
        let t = &p.text.text;
        assert!(t.contains("The storm reached the coast on Sunday morning"), "{t}");
        assert!(t.contains("\u{201c}We were lucky,\u{201d} the mayor"), "{t}");
        assert!(!t.contains("not text") && !t.contains("color: red"), "{t}");
        assert!(!t.contains("Copyright"), "{t}");
        let s = t.find("officials said.").unwrap();
        let sp = p.text.span(s, s + "officials said.".len());
        assert_eq!(&PAGE[sp.start..sp.end], "officials said.");
        let s = t.find('\u{201c}').unwrap();
        let sp = p.text.span(s, s + '\u{201c}'.len_utf8());
        assert_eq!(&PAGE[sp.start..sp.end], "&ldquo;");
        // Paragraphs are separated by blank lines.
        assert!(t.contains("said.\n\n\u{201c}We"), "{t}");
    }

    #[test]
    fn metadata_from_json_ld_first() {
        let p = parse_html("bay.html", PAGE).unwrap();
        assert_eq!(p.meta.outlet.as_deref(), Some("Bay News Group"));
        assert_eq!(p.meta.title.as_deref(), Some("Storm hits coast"));
        assert_eq!(p.meta.author.as_deref(), Some("Ana Ruiz"));
        assert_eq!(p.meta.published, chrono::NaiveDate::from_ymd_opt(2022, 8, 14));
        assert_eq!(p.meta.published_at.as_deref(), Some("2022-08-14T06:00:00-04:00"));
        assert_eq!(p.site_name.as_deref(), Some("Bay News"));
    }

    #[test]
    fn deep_nesting_falls_back_without_panic() {
        let n = 100_000;
        let mut html = String::from("<html><body>");
        html.push_str(&"<div>".repeat(n));
        html.push_str("Deep text here.");
        html.push_str(&"</div>".repeat(n));
        html.push_str("<script>alert('x')</script></body></html>");
        let p = parse_html("deep.html", &html).unwrap();
        assert_eq!(p.text.text, "Deep text here.");
        let s = html.find("Deep").unwrap();
        assert_eq!(p.text.span(0, 4).start, s);
        assert!(p.warnings[0].message.contains("deep.html"));
    }

    #[test]
    fn page_without_text_is_an_error() {
        let e = parse_html("e.html", "<html><script>x()</script></html>").unwrap_err();
        assert!(e.to_string().contains("e.html"));
    }
}
