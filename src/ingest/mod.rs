//! Files → [`SourceText`]: reads `.txt`/`.md` (front matter), `.html`/`.htm`, `.json`/`.jsonl`
//! and `-` (stdin), decodes them, and maps every byte of the article text back to the file.
//!
//! One reader per format ([`text`], [`html`], [`json`]) returns a [`Parsed`]; the rules shared by
//! all formats (command-line overrides, derived outlet, missing date, decoding problems) live here.

mod charset;
pub mod date;
mod html;
mod json;
mod text;
mod walk;

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;

pub use date::{parse_date, parse_datetime};
pub use walk::expand_inputs;

use crate::error::{Error, Result};
use crate::model::{Format, Metadata, Removed, SourceText, Warning};
use crate::text::MappedText;

/// Options for ingest: command-line overrides of metadata.
#[derive(Clone, Debug, Default)]
pub struct IngestOptions {
    pub outlet: Option<String>,
    pub date: Option<NaiveDate>,
}

/// What a format reader found in one article, before the shared metadata rules run.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub meta: Metadata,
    pub text: MappedText,
    pub removed: Vec<Removed>,
    /// A site name that is a hint rather than a stated outlet (`og:site_name`).
    pub site_name: Option<String>,
    /// Problems the reader found (named after the file).
    pub warnings: Vec<Warning>,
}

/// The file extensions ingest reads, lower case.
pub const EXTENSIONS: [&str; 6] = ["txt", "md", "html", "htm", "json", "jsonl"];

/// The format a path's extension names, `None` for an unknown extension.
pub fn format_of(path: &str) -> Option<Format> {
    let ext = Path::new(path).extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" => Some(Format::Text),
        "md" | "markdown" => Some(Format::Markdown),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

/// Guesses the format of text without a file name (stdin): `{`/`[` → JSON (JSON Lines when the
/// first line holds a whole object), `<` → HTML, else text.
pub fn sniff_format(bytes: &[u8]) -> Format {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..];
    match head.first() {
        Some(b'{') => {
            let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
            let more = head.len() > first_line.len()
                && head[first_line.len()..].iter().any(|b| !b.is_ascii_whitespace());
            if more && serde_json::from_slice::<serde_json::Value>(first_line).is_ok() {
                Format::Jsonl
            } else {
                Format::Json
            }
        }
        Some(b'[') => Format::Json,
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

/// Reads one file (or `-` for stdin) into one or more articles.
pub fn ingest_path(path: &str, opts: &IngestOptions) -> Result<Vec<SourceText>> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| Error::Read { path: "-".to_string(), source })?;
        return ingest_bytes(path, &bytes, opts);
    }
    // A missing file is said to be missing, whatever its name; an unknown extension is refused
    // before reading a possibly huge or special file.
    if let Err(source) = std::fs::metadata(path) {
        return Err(Error::Read { path: path.to_string(), source });
    }
    if format_of(path).is_none() {
        return Err(unknown_extension(path));
    }
    let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.to_string(), source })?;
    ingest_bytes(path, &bytes, opts)
}

fn unknown_extension(path: &str) -> Error {
    let ext = Path::new(path).extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default();
    Error::UnknownExtension { path: path.to_string(), ext }
}

/// Reads articles from bytes. The extension of `path` picks the format (`-` sniffs the content).
pub fn ingest_bytes(path: &str, bytes: &[u8], opts: &IngestOptions) -> Result<Vec<SourceText>> {
    let format = if path == "-" {
        sniff_format(bytes)
    } else {
        format_of(path).ok_or_else(|| unknown_extension(path))?
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty { path: path.to_string() });
    }
    let mut warnings = Vec::new();
    // A file in another encoding is decoded; `base` maps the decoded text back to the file.
    let legacy = charset::detect(bytes, format == Format::Html);
    if legacy.is_none_or(|(_, how)| how != charset::Found::Bom) {
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(Error::Binary { path: path.to_string(), offset });
        }
    }
    let (content, base) = match legacy {
        Some((enc, how)) => {
            let (base, replaced) = charset::decode(bytes, enc);
            warnings.push(charset_warning(path, enc.name(), how, replaced));
            (Cow::Owned(base.text.clone()), Some(base))
        }
        None => {
            let (content, bad_utf8) = decode(bytes);
            if let Some(offset) = bad_utf8 {
                warnings.push(Warning::new(
                    "invalid-utf8",
                    format!(
                        "{path}: not valid UTF-8 (first bad byte at offset {offset}); \
                         each invalid byte was read as '?'"
                    ),
                ));
            }
            (content, None)
        }
    };
    let mut parsed: Vec<(Option<usize>, Parsed)> = match format {
        Format::Text | Format::Markdown => vec![(None, text::parse_text(path, &content)?)],
        Format::Html => vec![(None, html::parse_html(path, &content)?)],
        Format::Json => json::parse_json(path, &content)?,
        Format::Jsonl => json::parse_jsonl(path, &content)?,
    };
    if let Some(base) = &base {
        for (_, p) in &mut parsed {
            p.text = p.text.compose(base);
            for r in &mut p.removed {
                let sp = base.span(r.start, r.end);
                (r.start, r.end) = (sp.start, sp.end);
            }
        }
    }
    let mut out = Vec::with_capacity(parsed.len());
    for (item, p) in parsed {
        if p.text.text.trim().is_empty() {
            let at = item.map_or(String::new(), |i| format!(" (item {i})"));
            return Err(Error::input(path, format!("no article text found{at}")));
        }
        let mut w = warnings.clone();
        w.extend(p.warnings.iter().cloned());
        out.push(finish(path, item, format, p, opts, w));
    }
    Ok(out)
}

/// The warning that says a file was decoded from another encoding, and how it was found.
fn charset_warning(path: &str, name: &str, how: charset::Found, replaced: usize) -> Warning {
    let why = match how {
        charset::Found::Bom => "its byte-order mark names it",
        charset::Found::Declared => "declared in the page",
        charset::Found::Guessed => "guessed from the bytes",
    };
    let bad = if replaced > 0 {
        format!("; {replaced} malformed sequence(s) read as U+FFFD")
    } else {
        String::new()
    };
    Warning::new("decoded-charset", format!("{path}: not UTF-8; decoded as {name} ({why}){bad}"))
}

/// Decodes UTF-8, reading each invalid byte as `?` so that the text keeps the file's length and
/// every offset stays exact. Returns the offset of the first invalid byte, if any.
fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<usize>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(first) => {
            let first_bad = first.valid_up_to();
            let mut out = String::with_capacity(bytes.len());
            let mut rest = bytes;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // The prefix up to `good` is valid UTF-8 by the error's contract.
                        out.push_str(&String::from_utf8_lossy(&rest[..good]));
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        out.extend(std::iter::repeat_n('?', bad));
                        rest = &rest[good + bad..];
                    }
                }
            }
            (Cow::Owned(out), Some(first_bad))
        }
    }
}

/// Applies the shared rules: overrides, derived outlet, missing date; names the file in warnings.
fn finish(
    path: &str,
    item: Option<usize>,
    format: Format,
    p: Parsed,
    opts: &IngestOptions,
    mut warnings: Vec<Warning>,
) -> SourceText {
    let mut meta = p.meta;
    let shown = match item {
        Some(i) => format!("{path} (item {i})"),
        None => path.to_string(),
    };
    if let Some(o) = &opts.outlet {
        meta.outlet = Some(o.clone());
    }
    if let Some(d) = opts.date {
        meta.published = Some(d);
        meta.published_at = None;
    }
    if meta.outlet.is_none() {
        let (outlet, from) = derive_outlet(path, p.site_name.as_deref(), meta.url.as_deref());
        warnings.push(Warning::new(
            "derived-outlet",
            format!("{shown}: no outlet given; using '{outlet}' from the {from} (set it with --outlet or front matter)"),
        ));
        meta.outlet = Some(outlet);
    }
    if meta.published.is_none() {
        warnings.push(Warning::new(
            "missing-date",
            format!("{shown}: no publication date found (set it with --date or front matter)"),
        ));
    }
    SourceText { path: path.to_string(), item, format, meta, text: p.text, removed: p.removed, warnings }
}

/// An outlet name for an article that states none: the site name, the URL's host, the file name.
fn derive_outlet(path: &str, site_name: Option<&str>, url: Option<&str>) -> (String, &'static str) {
    if let Some(s) = site_name.map(str::trim).filter(|s| !s.is_empty()) {
        return (s.to_string(), "site name");
    }
    if let Some(host) = url.and_then(url_host) {
        return (host, "URL");
    }
    let stem = Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty() && path != "-")
        .unwrap_or_else(|| "stdin".to_string());
    (stem, "file name")
}

/// The host of an `http(s)://` URL without a leading `www.`.
fn url_host(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Sets the metadata field that `key` names (case-insensitive, with common synonyms).
/// Returns whether the key was known. Empty values are ignored; the first value given wins.
pub(crate) fn apply_field(meta: &mut Metadata, key: &str, value: &str) -> bool {
    let value = value.trim().trim_matches('"').trim();
    let key = key.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    if value.is_empty() {
        return false;
    }
    let set = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = Some(value.to_string());
        }
    };
    match key.as_str() {
        "outlet" | "source" | "publisher" | "site" | "site_name" | "sitename" => set(&mut meta.outlet),
        "date" | "published" | "published_at" | "datepublished" | "date_published" | "pubdate" => {
            if meta.published.is_none() {
                meta.published = parse_date(value);
                meta.published_at = parse_datetime(value);
            }
        }
        "title" | "headline" => set(&mut meta.title),
        "url" | "link" | "canonical" => set(&mut meta.url),
        "author" | "byline" | "authors" => set(&mut meta.author),
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> IngestOptions {
        IngestOptions::default()
    }

    #[test]
    fn formats_by_extension_and_sniffing() {
        assert_eq!(format_of("a/b.TXT"), Some(Format::Text));
        assert_eq!(format_of("x.htm"), Some(Format::Html));
        assert_eq!(format_of("x.jsonl"), Some(Format::Jsonl));
        assert_eq!(format_of("x.pdf"), None);
        assert_eq!(format_of("noext"), None);
        assert_eq!(sniff_format(b"  {\"text\": \"a\"}"), Format::Json);
        assert_eq!(sniff_format(b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), Format::Jsonl);
        assert_eq!(sniff_format(b"[{}]"), Format::Json);
        assert_eq!(sniff_format(b"\n<!doctype html>"), Format::Html);
        assert_eq!(sniff_format(b"Plain words."), Format::Text);
    }

    #[test]
    fn invalid_utf8_keeps_length_and_warns() {
        // Damaged UTF-8: valid multi-byte characters (the curly quotes) around stray bytes.
        let bytes = "Caf\u{fffd} “au lait” \u{fffd}\u{fffd} ok".replace('\u{fffd}', "\0");
        let bytes: Vec<u8> = bytes.bytes().map(|b| if b == 0 { 0xff } else { b }).collect();
        let docs = ingest_bytes("menu.txt", &bytes, &opts()).unwrap();
        let d = &docs[0];
        assert_eq!(d.text.text, "Caf? “au lait” ?? ok");
        assert_eq!(d.text.text.len(), bytes.len());
        let w = d.warnings.iter().find(|w| w.code == "invalid-utf8").unwrap();
        assert!(w.message.contains("menu.txt") && w.message.contains("offset 3"), "{}", w.message);
    }

    #[test]
    fn legacy_encodings_are_decoded_with_offsets_into_the_file() {
        // Windows-1252 text: curly quotes 0x93/0x94, 'é' 0xe9, no declaration.
        let bytes = b"\x93We will not resign,\x94 the mayor of Jos\xe9 Bonif\xe1cio said on Monday, \xe0 la fran\xe7aise, after Se\xf1or Pe\xf1a left the caf\xe9.";
        let docs = ingest_bytes("old.txt", bytes, &opts()).unwrap();
        let d = &docs[0];
        assert!(
            d.text.text.starts_with("“We will not resign,” the mayor of José Bonifácio"),
            "{}",
            d.text.text
        );
        let w = d.warnings.iter().find(|w| w.code == "decoded-charset").unwrap();
        assert!(w.message.contains("old.txt") && w.message.contains("windows-1252"), "{}", w.message);
        // "José" maps to the four bytes of the file.
        let at = d.text.text.find("José").unwrap();
        let sp = d.text.span(at, at + "José".len());
        assert_eq!(&bytes[sp.start..sp.end], b"Jos\xe9");
        // An HTML page says its charset; the article text maps into the page.
        let page = b"<html><head><meta charset=\"iso-8859-1\"><title>T</title></head><body><article><p>Le ministre a d\xe9clar\xe9 que la r\xe9forme \xe9tait termin\xe9e, selon un communiqu\xe9 publi\xe9 lundi.</p></article></body></html>";
        let docs = ingest_bytes("page.html", page, &opts()).unwrap();
        let d = &docs[0];
        let at = d.text.text.find("déclaré").unwrap();
        let sp = d.text.span(at, at + "déclaré".len());
        assert_eq!(&page[sp.start..sp.end], b"d\xe9clar\xe9");
        assert!(d.warnings.iter().any(|w| w.code == "decoded-charset" && w.message.contains("declared")));
        // UTF-16 with a byte-order mark is text, not a binary file.
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Mayor Reyes said taxes would fall.".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let docs = ingest_bytes("wide.txt", &utf16, &opts()).unwrap();
        assert_eq!(docs[0].text.text.trim(), "Mayor Reyes said taxes would fall.");
    }

    #[test]
    fn truncated_multibyte_at_end() {
        let (s, bad) = decode(b"ab\xe2\x80");
        assert_eq!(s, "ab??");
        assert_eq!(bad, Some(2));
    }

    #[test]
    fn empty_and_binary_are_errors_naming_the_file() {
        let e = ingest_bytes("e.txt", b" \n\t", &opts()).unwrap_err();
        assert!(matches!(e, Error::Empty { .. }) && e.to_string().contains("e.txt"));
        let e = ingest_bytes("b.txt", b"ab\0cd", &opts()).unwrap_err();
        assert!(matches!(e, Error::Binary { offset: 2, .. }) && e.to_string().contains("b.txt"));
        let e = ingest_bytes("a.pdf", b"hello", &opts()).unwrap_err();
        assert!(matches!(e, Error::UnknownExtension { .. }));
    }

    #[test]
    fn overrides_and_warnings() {
        let src = b"---\noutlet: Wire\ndate: 2020-01-02\n---\nText.";
        let o = IngestOptions { outlet: Some("Other".into()), date: NaiveDate::from_ymd_opt(2021, 5, 6) };
        let d = &ingest_bytes("a.txt", src, &o).unwrap()[0];
        assert_eq!(d.meta.outlet.as_deref(), Some("Other"));
        assert_eq!(d.meta.published, NaiveDate::from_ymd_opt(2021, 5, 6));
        assert!(d.warnings.is_empty());

        let d = &ingest_bytes("dir/the-paper.txt", b"Text only.", &opts()).unwrap()[0];
        assert_eq!(d.meta.outlet.as_deref(), Some("the-paper"));
        let codes: Vec<_> = d.warnings.iter().map(|w| w.code.as_str()).collect();
        assert_eq!(codes, ["derived-outlet", "missing-date"]);
        assert!(d.warnings.iter().all(|w| w.message.contains("dir/the-paper.txt")));
    }

    #[test]
    fn outlet_from_url_host() {
        let d = &ingest_bytes("a.txt", b"---\nurl: https://www.Example.co.uk:443/x?y\n---\nT.", &opts())
            .unwrap()[0];
        assert_eq!(d.meta.outlet.as_deref(), Some("example.co.uk"));
        assert!(d.warnings[0].message.contains("URL"));
    }

    #[test]
    fn expand_directories_sorted_and_reports_unknown() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        for name in ["b.txt", "a.md", "sub/c.json", "notes.pdf", ".hidden.txt"] {
            std::fs::write(root.join(name), "x").unwrap();
        }
        let root_s = root.display().to_string();
        let (files, failures) = expand_inputs(&[root_s.clone(), "-".into()]);
        let rel: Vec<_> = files.iter().map(|f| f.strip_prefix(&root_s).unwrap_or(f).to_string()).collect();
        assert_eq!(rel, ["/a.md", "/b.txt", "/sub/c.json", "-"]);
        assert_eq!(failures.len(), 1);
        assert!(failures[0].to_string().contains("notes.pdf"));
    }

    #[test]
    fn missing_file_is_a_read_error() {
        let e = ingest_path("/no/such/dir/x.txt", &opts()).unwrap_err();
        assert!(matches!(e, Error::Read { .. }) && e.to_string().contains("/no/such/dir/x.txt"));
    }
}
