//! Renders the corpus [`Report`] as Markdown (for GitHub), a terminal table or one self-contained
//! HTML file ([`html`]) with an SVG timeline per speaker; writes a report file atomically.
//!
//! Sections, in every format: outlets and dates; the agreement of each pair of outlets (a square
//! matrix of scores up to [`sections::MAX_SQUARE`] outlets, and a table of all figures); the
//! conflicts with both claims, reasons, evidence spans and, for a misquote, the word diff; what
//! only each outlet reports; the speakers; each main speaker's timeline and shifts. Long lists are
//! cut in the human formats (the JSON keeps everything).

mod html;
pub mod sections;

use std::io::Write;
use std::path::Path;

use comfy_table::{presets::UTF8_FULL, ContentArrangement, Table};

pub use html::{escape_html, html};
use sections::{
    claim_head, date_range, diff_plain, is_misquote, location, more, reason_line, DiffWord, MAX_CONFLICTS,
    MAX_ONLY, MAX_SQUARE, PAIR_HEADS,
};

use crate::error::{Error, Result};
use crate::model::Alignment;
use crate::report::Report;

/// Markdown report: outlets, agreement, conflicts, what only one outlet reports, speakers, then
/// each main speaker's timeline.
pub fn markdown(r: &Report) -> String {
    let mut out = String::from("# Consistency report\n\n");
    out.push_str(&format!("{} articles from {} outlets.\n\n", r.articles, r.outlets.len()));
    out.push_str("| outlet | articles | dates | claims | attributed |\n|---|---|---|---|---|\n");
    for o in &r.outlets {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            md(&o.outlet),
            o.articles,
            date_range(o),
            o.claims,
            o.attributed
        ));
    }
    md_agreement(r, &mut out);
    md_conflicts("Conflicts", &r.conflicts, &mut out);
    if !r.possible_conflicts.is_empty() {
        md_conflicts("Possible conflicts", &r.possible_conflicts, &mut out);
    }
    md_only(r, &mut out);
    out.push_str("\n## Speakers\n\n");
    if r.speakers.is_empty() {
        out.push_str("No named speakers.\n");
    }
    for (name, n) in &r.speakers {
        out.push_str(&format!("- {}: {n} claims\n", md(name)));
    }
    for t in &r.timelines {
        out.push('\n');
        out.push_str(&super::shift::markdown(t));
    }
    out
}

fn md_agreement(r: &Report, out: &mut String) {
    out.push_str("\n## Agreement between outlets\n\n");
    if r.matrix.is_empty() {
        out.push_str("Only one outlet: nothing to compare.\n");
        return;
    }
    let names: Vec<&str> = r.outlets.iter().map(|o| o.outlet.as_str()).collect();
    if names.len() <= MAX_SQUARE {
        out.push_str("Consistency score of each pair (1 = the shorter report is fully carried by the other without contradiction):\n\n|  |");
        for n in &names {
            out.push_str(&format!(" {} |", md(n)));
        }
        out.push_str(&format!("\n|---|{}\n", "---|".repeat(names.len())));
        for a in &names {
            out.push_str(&format!("| **{}** |", md(a)));
            for b in &names {
                out.push_str(&format!(" {} |", sections::square_cell(&r.matrix, a, b)));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out.push_str(&format!("| {} |\n|{}\n", PAIR_HEADS.join(" | "), "---|".repeat(PAIR_HEADS.len())));
    for c in &r.matrix {
        let cells: Vec<String> = sections::pair_cells(c).iter().map(|x| md(x)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}

/// A word diff in Markdown: removed words struck through, added words in bold.
fn md_diff(diff: &[String]) -> String {
    sections::diff_words(diff)
        .iter()
        .map(|w| match w {
            DiffWord::Kept(x) => md(x),
            DiffWord::Removed(x) => format!("~~{}~~", md(x)),
            DiffWord::Added(x) => format!("**{}**", md(x)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A list of aligned pairs (`title` with its count): both claims, the reasons and, for a
/// misquote, the word diff.
fn md_conflicts(title: &str, list: &[Alignment], out: &mut String) {
    out.push_str(&format!("\n## {title} ({})\n\n", list.len()));
    if list.is_empty() {
        out.push_str("No aligned claims contradict each other.\n");
    }
    for (i, c) in list.iter().take(MAX_CONFLICTS).enumerate() {
        out.push_str(&format!("{}. **{}** vs **{}**\n", i + 1, md(&c.a.outlet), md(&c.b.outlet)));
        for side in [&c.a, &c.b] {
            out.push_str(&format!(
                "   - {}: \u{201c}{}\u{201d} ({})\n",
                md(&claim_head(side)),
                md(&side.text),
                code(&location(side))
            ));
        }
        for reason in &c.reasons {
            out.push_str(&format!("   - {}\n", code(&reason_line(reason, &c.a.outlet, &c.b.outlet))));
        }
        if is_misquote(c) && !c.evidence.diff.is_empty() {
            out.push_str(&format!("   - word diff: {}\n", md_diff(&c.evidence.diff)));
        }
    }
    if let Some(m) = more(list.len(), MAX_CONFLICTS) {
        out.push_str(&format!("\n{m}\n"));
    }
}

fn md_only(r: &Report, out: &mut String) {
    out.push_str("\n## Only in one outlet\n");
    for (outlet, claims) in &r.only {
        out.push_str(&format!("\n### {} ({} claims)\n\n", md(outlet), claims.len()));
        if claims.is_empty() {
            out.push_str("Every claim is also reported elsewhere.\n");
        }
        for c in claims.iter().take(MAX_ONLY) {
            out.push_str(&format!("- {}: {} ({})\n", md(&claim_head(c)), md(&c.text), code(&location(c))));
        }
        if let Some(m) = more(claims.len(), MAX_ONLY) {
            out.push_str(&format!("- {m}\n"));
        }
    }
}

/// Escapes text for Markdown (table cells and list items): `|`, `\\`, HTML-significant characters,
/// line breaks.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A Markdown code span: shown verbatim (no HTML is interpreted inside), so only backticks and
/// line breaks need replacing.
fn code(s: &str) -> String {
    format!("`{}`", s.replace('`', "'").replace(['\n', '\r'], " "))
}

fn new_table() -> Table {
    let mut tb = Table::new();
    tb.load_style(UTF8_FULL).set_content_arrangement(ContentArrangement::Dynamic);
    tb.set_width(140);
    tb
}

/// A list of aligned pairs as a table (`title` with its count), for [`table`].
fn table_conflicts(title: &str, list: &[Alignment], out: &mut String) {
    out.push_str(&format!("\n{title}: {}\n", list.len()));
    if !list.is_empty() {
        let mut tb = new_table();
        tb.set_header(vec!["outlet A claim", "reasons", "outlet B claim"]);
        for c in list.iter().take(MAX_CONFLICTS) {
            let side =
                |x: &crate::model::ClaimRef| format!("{}\n{}\n({})", claim_head(x), x.text, location(x));
            let mut why: Vec<String> = c.reasons.iter().map(|x| reason_line(x, "A", "B")).collect();
            if is_misquote(c) && !c.evidence.diff.is_empty() {
                why.push(format!("word diff: {}", diff_plain(&c.evidence.diff)));
            }
            tb.add_row(vec![side(&c.a), why.join("\n"), side(&c.b)]);
        }
        out.push_str(&format!("{tb}\n"));
        if let Some(m) = more(list.len(), MAX_CONFLICTS) {
            out.push_str(&format!("{m}\n"));
        }
    }
}

/// Terminal tables: outlets, agreement, conflicts, what only one outlet reports, then each
/// timeline.
pub fn table(r: &Report) -> String {
    let mut tb = new_table();
    tb.set_header(vec!["outlet", "articles", "dates", "claims", "attributed"]);
    for o in &r.outlets {
        tb.add_row(vec![
            o.outlet.clone(),
            o.articles.to_string(),
            date_range(o),
            o.claims.to_string(),
            o.attributed.to_string(),
        ]);
    }
    let mut out = format!("{} articles from {} outlets\n{tb}\n", r.articles, r.outlets.len());
    if !r.matrix.is_empty() {
        let mut tb = new_table();
        tb.set_header(PAIR_HEADS.to_vec());
        for c in &r.matrix {
            tb.add_row(sections::pair_cells(c).to_vec());
        }
        out.push_str(&format!("\nAgreement between outlets\n{tb}\n"));
    }
    table_conflicts("Conflicts", &r.conflicts, &mut out);
    if !r.possible_conflicts.is_empty() {
        table_conflicts("Possible conflicts", &r.possible_conflicts, &mut out);
    }
    for (outlet, claims) in &r.only {
        out.push_str(&format!("\nOnly in {outlet}: {} claims\n", claims.len()));
        for c in claims.iter().take(MAX_ONLY) {
            out.push_str(&format!("  - {}: {} ({})\n", claim_head(c), c.text, location(c)));
        }
        if let Some(m) = more(claims.len(), MAX_ONLY) {
            out.push_str(&format!("  - {m}\n"));
        }
    }
    for t in &r.timelines {
        out.push('\n');
        out.push_str(&super::shift::table(t));
    }
    out
}

/// Writes `bytes` to `path` atomically (a temporary file in the same directory, then a rename),
/// refusing to write over any of `sources`.
pub fn write_atomic(path: &Path, bytes: &[u8], sources: &[String]) -> Result<()> {
    let target = std::fs::canonicalize(path).ok();
    for s in sources {
        let same_name = Path::new(s) == path;
        let same_file = target.is_some() && std::fs::canonicalize(s).ok() == target;
        let inside = target
            .as_ref()
            .is_some_and(|t| std::fs::canonicalize(s).is_ok_and(|d| d.is_dir() && t.starts_with(&d)));
        if same_name || same_file || inside {
            return Err(Error::WouldOverwriteSource { path: path.to_path_buf() });
        }
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let werr = |source| Error::Write { path: path.to_path_buf(), source };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(werr)?;
    tmp.write_all(bytes).map_err(werr)?;
    tmp.persist(path).map_err(|e| werr(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_atomic_writes_and_refuses_sources() {
        let dir = tempfile::tempdir().expect("tempdir");
        let src = dir.path().join("a.txt");
        std::fs::write(&src, "article").expect("write");
        let src_s = src.to_string_lossy().to_string();
        let out = dir.path().join("report.md");
        write_atomic(&out, b"# r\n", std::slice::from_ref(&src_s)).expect("write report");
        assert_eq!(std::fs::read(&out).expect("read"), b"# r\n");
        let e = write_atomic(&src, b"x", &[src_s]).expect_err("refuses");
        assert!(e.to_string().contains("refusing to write over a source file"));
        assert_eq!(std::fs::read(&src).expect("read"), b"article");
    }
}
