//! The `extract` table for people: per document a header block (metadata, warnings, what
//! cleaning removed) and its sentences; `--explain` adds every removed span.
//!
//! Tables are laid out by comfy-table to a given width, so the output fits the terminal and
//! the same input gives the same bytes at the same width.

use std::collections::BTreeMap;

use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Table, Width};

use crate::model::{Document, Role};

/// Width used when stdout is not a terminal.
pub const DEFAULT_WIDTH: u16 = 100;

/// The terminal width, or [`DEFAULT_WIDTH`] when stdout is not a terminal.
pub fn terminal_width() -> u16 {
    terminal_size::terminal_size().map_or(DEFAULT_WIDTH, |(w, _)| w.0.max(40))
}

fn new_table(width: u16) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .force_no_tty()
        .set_width(width);
    t
}

fn role_name(r: Role) -> &'static str {
    match r {
        Role::Headline => "headline",
        Role::Standfirst => "standfirst",
        Role::Body => "body",
    }
}

/// Shortens `s` to at most `max` characters, marking the cut with `…`.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// `reason ×count` for each reason, sorted by reason.
fn removed_summary(d: &Document) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &d.removed {
        *counts.entry(r.reason.as_str()).or_default() += 1;
    }
    if counts.is_empty() {
        return "nothing".to_string();
    }
    let total: usize = counts.values().sum();
    let parts: Vec<String> = counts.iter().map(|(k, v)| format!("{k} {v}")).collect();
    format!("{total} spans: {}", parts.join(", "))
}

fn header(d: &Document, width: u16) -> Table {
    let mut t = new_table(width);
    let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "—".to_string());
    let published = d.published.map_or_else(|| "— (unknown)".to_string(), |p| p.to_string());
    let warnings = if d.warnings.is_empty() {
        "none".to_string()
    } else {
        d.warnings.iter().map(|w| format!("{}: {}", w.code, w.message)).collect::<Vec<_>>().join("\n")
    };
    let outlet = if d.outlet.is_empty() { "—".to_string() } else { d.outlet.clone() };
    let rows = [
        ("path", d.path.clone()),
        ("outlet", outlet),
        ("published", published),
        ("title", opt(&d.title)),
        ("url", opt(&d.url)),
        ("dateline", opt(&d.dateline)),
        ("warnings", warnings),
        ("removed", removed_summary(d)),
        ("sentences", d.sentences.len().to_string()),
    ];
    for (k, v) in rows {
        t.add_row(vec![Cell::new(k), Cell::new(v)]);
    }
    if let Some(c) = t.column_mut(0) {
        c.set_constraint(ColumnConstraint::Absolute(Width::Fixed(11)));
    }
    t
}

fn sentences(d: &Document, width: u16) -> Table {
    let mut t = new_table(width);
    t.set_header(vec!["#", "role", "bytes", "sentence"]);
    for (i, s) in d.sentences.iter().enumerate() {
        t.add_row(vec![
            Cell::new(i + 1),
            Cell::new(role_name(s.role)),
            Cell::new(format!("{}..{}", s.start, s.end)),
            Cell::new(&s.text),
        ]);
    }
    t
}

fn removed(d: &Document, width: u16) -> Table {
    let mut t = new_table(width);
    t.set_header(vec!["bytes", "reason", "removed text"]);
    for r in &d.removed {
        t.add_row(vec![
            Cell::new(format!("{}..{}", r.start, r.end)),
            Cell::new(&r.reason),
            Cell::new(shorten(&r.text, 160)),
        ]);
    }
    t
}

/// Renders the `extract` table at `width` columns.
pub fn extract_table_width(docs: &[Document], explain: bool, width: u16) -> String {
    let mut out = String::new();
    for (i, d) in docs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&header(d, width).to_string());
        out.push('\n');
        if explain && !d.removed.is_empty() {
            out.push_str("Removed:\n");
            out.push_str(&removed(d, width).to_string());
            out.push('\n');
        }
        if d.sentences.is_empty() {
            out.push_str("(no sentences)\n");
        } else {
            out.push_str(&sentences(d, width).to_string());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ReadOptions;

    fn docs() -> Vec<Document> {
        let opts = ReadOptions { outlet: Some("Example Times".into()), ..Default::default() };
        let text = "Mayor quits after vote\n\nPARIS -- The mayor resigned on Monday after losing a confidence vote in the council.\n\nAdvertisement\n";
        crate::read_str("a.txt", text, &opts).unwrap_or_default()
    }

    #[test]
    fn fits_the_width() {
        let d = docs();
        for w in [60u16, 100, 140] {
            let s = extract_table_width(&d, true, w);
            for line in s.lines() {
                assert!(line.chars().count() <= w as usize, "{w}: {line}");
            }
        }
    }

    #[test]
    fn shows_metadata_roles_and_removed() {
        let d = docs();
        let s = extract_table_width(&d, false, 100);
        assert!(s.contains("Example Times"));
        assert!(s.contains("headline"));
        assert!(s.contains("PARIS"));
        assert!(s.contains("advert 1"));
        assert!(!s.contains("Removed:"));
        let e = extract_table_width(&d, true, 100);
        assert!(e.contains("Removed:") && e.contains("Advertisement"));
    }

    #[test]
    fn shorten_marks_cut() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
    }
}
