//! One linear pass over HTML → its visible text with an offset map, and the page metadata.
//!
//! No tree is built, so any nesting depth is fine and the cost is linear in the page size.
//! Skipped: tags, comments, `<script>`, `<style>`, `<svg>`, `<template>`, `<noscript>`, `<head>`
//! text other than `<title>`. Entities are decoded (each maps to its `&…;` bytes); block elements
//! and `<br>` become a synthetic line break.

use crate::model::Span;
use crate::text::{MappedText, MappedTextBuilder};

use super::PageMeta;

/// The visible text of a page and what was learned on the way.
#[derive(Debug, Default)]
pub(crate) struct Projection {
    pub text: MappedText,
    pub meta: PageMeta,
    /// Deepest element nesting seen (open minus closed non-void tags).
    pub max_depth: usize,
}

/// Elements whose content is not visible text.
const RAW: [&str; 7] = ["script", "style", "svg", "template", "noscript", "title", "textarea"];

/// Elements that end a line of text.
const BLOCK: [&str; 38] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    "button",
    "select",
    "option",
];

/// Elements that never have a closing tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
];

/// Scans `html` once.
pub(crate) fn project(html: &str) -> Projection {
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut b = MappedTextBuilder::new();
    let mut meta = PageMeta::default();
    let mut depth: usize = 0;
    let mut max_depth = 0;
    let mut run = 0; // start of the pending text run
    let mut i = 0;
    let mut in_body_text = true;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let is_markup = next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?';
        if !is_markup {
            i += 1;
            continue;
        }
        if in_body_text {
            push_text(&mut b, html, run, i);
        }
        if lower[i..].starts_with("<!--") {
            i = lower[i + 4..].find("-->").map_or(bytes.len(), |k| i + 4 + k + 3);
            run = i;
            continue;
        }
        if next == b'!' || next == b'?' {
            i = lower[i..].find('>').map_or(bytes.len(), |k| i + k + 1);
            run = i;
            continue;
        }
        let closing = next == b'/';
        let name_start = i + 1 + usize::from(closing);
        let name_end = bytes[name_start..]
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b':'))
            .map_or(bytes.len(), |k| name_start + k);
        let name = &lower[name_start..name_end];
        let tag_end = find_tag_end(bytes, name_end);
        let self_closing = tag_end >= 2 && bytes.get(tag_end - 2) == Some(&b'/');
        let attrs_end = if tag_end > name_end && bytes[tag_end - 1] == b'>' { tag_end - 1 } else { tag_end };
        let attrs = &html[name_end..attrs_end];
        i = tag_end;
        run = i;
        if closing {
            if !VOID.contains(&name) {
                depth = depth.saturating_sub(1);
            }
            if name == "head" {
                in_body_text = true;
            }
            if BLOCK.contains(&name) {
                push_break(&mut b, i);
            }
            continue;
        }
        if !VOID.contains(&name) && !self_closing {
            depth += 1;
            max_depth = max_depth.max(depth);
        }
        match name {
            "meta" => read_meta_tag(attrs, &mut meta),
            "link" if attr(attrs, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                meta.canonical = meta.canonical.take().or_else(|| attr(attrs, "href"));
            }
            "time" if meta.time.is_none() => meta.time = attr(attrs, "datetime"),
            "head" => in_body_text = false,
            "body" => in_body_text = true,
            _ => {}
        }
        if RAW.contains(&name) && !self_closing {
            let close = format!("</{name}");
            let content_end = lower[i..].find(&close).map_or(bytes.len(), |k| i + k);
            let content = &html[i..content_end];
            if name == "title" && meta.title.is_none() {
                meta.title = Some(decode_entities(content).trim().to_string());
            }
            if name == "script"
                && attr(attrs, "type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
            {
                meta.json_ld.push(content.to_string());
            }
            depth = depth.saturating_sub(1);
            i = lower[content_end..].find('>').map_or(bytes.len(), |k| content_end + k + 1);
            run = i;
            continue;
        }
        if BLOCK.contains(&name) {
            push_break(&mut b, i);
        }
    }
    if in_body_text {
        push_text(&mut b, html, run, bytes.len());
    }
    Projection { text: b.finish(), meta, max_depth }
}

/// The end (exclusive) of a tag whose name ends at `from`: the first `>` outside quotes.
fn find_tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = 0u8;
    let mut i = from;
    while i < bytes.len() {
        let c = bytes[i];
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if c == b'>' {
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

/// Adds one line break unless the text already ends with one (or is empty).
fn push_break(b: &mut MappedTextBuilder, at: usize) {
    if !b.is_empty() && !b.as_str().ends_with('\n') {
        b.push_synthetic("\n", at);
    }
}

/// Appends the text run `html[start..end]`, decoding entities.
fn push_text(b: &mut MappedTextBuilder, html: &str, start: usize, end: usize) {
    let s = &html[start..end];
    let mut run = 0;
    let mut search = 0;
    while let Some(k) = s[search..].find('&') {
        let amp = search + k;
        let semi = s[amp..].bytes().take(33).position(|c| c == b';').map(|p| amp + p);
        let Some(semi) = semi else {
            search = amp + 1;
            continue;
        };
        let entity = &s[amp..=semi];
        let decoded = html_escape::decode_html_entities(entity);
        if decoded == entity {
            search = amp + 1;
            continue;
        }
        b.push_verbatim(&s[run..amp], start + run);
        b.push_replacement(&decoded, Span::new(start + amp, start + semi + 1));
        run = semi + 1;
        search = run;
    }
    b.push_verbatim(&s[run..], start + run);
}

/// Decodes entities in a short piece of text (titles, attribute values).
pub(crate) fn decode_entities(s: &str) -> String {
    html_escape::decode_html_entities(s).into_owned()
}

/// The value of attribute `name` in a tag's attribute text, entities decoded.
pub(crate) fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(name) {
        let at = from + k;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = attrs[at + name.len()..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let value = match rest.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => {
                let body = &rest[1..];
                &body[..body.find(char::from(q)).unwrap_or(body.len())]
            }
            _ => rest.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""),
        };
        return Some(decode_entities(value));
    }
    None
}

fn read_meta_tag(attrs: &str, meta: &mut PageMeta) {
    let key = attr(attrs, "property").or_else(|| attr(attrs, "name")).or_else(|| attr(attrs, "itemprop"));
    if let (Some(key), Some(content)) = (key, attr(attrs, "content")) {
        meta.tags.push((key.to_ascii_lowercase(), content));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_with_entities_and_breaks() {
        let html = "<p>A &amp; B</p><!-- c --><p>C<br>D &bogus; &#8217;</p><script>no</script>E";
        let p = project(html);
        assert_eq!(p.text.text, "A & B\nC\nD &bogus; \u{2019}\nE");
        let s = p.text.text.find('&').unwrap();
        let sp = p.text.span(s, s + 1);
        assert_eq!(&html[sp.start..sp.end], "&amp;");
        let s = p.text.text.find('E').unwrap();
        assert_eq!(p.text.span(s, s + 1).start, html.len() - 1);
    }

    #[test]
    fn unclosed_script_and_stray_brackets() {
        let p = project("a < b and c<d>e<script>never closed");
        assert_eq!(p.text.text, "a < b and ce");
    }

    #[test]
    fn attributes_and_meta() {
        assert_eq!(attr(r#" property="og:title" content='It&apos;s'"#, "content").as_deref(), Some("It's"));
        assert_eq!(attr(" data-name=x name=y", "name").as_deref(), Some("y"));
        let p = project(
            r#"<head><title>T &amp; U</title><meta property="og:site_name" content="S"></head><time datetime="2020-01-02">x</time>"#,
        );
        assert_eq!(p.meta.title.as_deref(), Some("T & U"));
        assert_eq!(p.meta.tags, [("og:site_name".to_string(), "S".to_string())]);
        assert_eq!(p.meta.time.as_deref(), Some("2020-01-02"));
        assert_eq!(p.text.text, "x");
    }
}
