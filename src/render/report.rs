//! Renders the corpus [`Report`] as Markdown (for GitHub), a terminal table or one self-contained
//! HTML file with an SVG timeline per speaker; writes a report file atomically.

use std::io::Write;
use std::path::Path;

use chrono::Datelike;
use comfy_table::{presets::UTF8_FULL, ContentArrangement, Table};

use crate::error::{Error, Result};
use crate::model::Timeline;
use crate::report::Report;

fn date_range(o: &crate::report::OutletSummary) -> String {
    match (o.first, o.last) {
        (Some(f), Some(l)) if f == l => f.to_string(),
        (Some(f), Some(l)) => format!("{f} – {l}"),
        _ => "undated".to_string(),
    }
}

/// Markdown report: outlets, speakers, then each main speaker's timeline.
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

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('<', "&lt;").replace('>', "&gt;").replace('\n', " ")
}

/// Terminal tables: outlets and speakers, then each timeline.
pub fn table(r: &Report) -> String {
    let mut tb = Table::new();
    tb.load_style(UTF8_FULL).set_content_arrangement(ContentArrangement::Dynamic);
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
    for t in &r.timelines {
        out.push('\n');
        out.push_str(&super::shift::table(t));
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// An SVG timeline of one speaker: one row per topic, a dot per position placed by date, its
/// height by commitment (0 refuses … 6 commits), colour by tone.
fn svg_timeline(t: &Timeline) -> String {
    let dates: Vec<i64> = t
        .topics
        .iter()
        .flat_map(|tp| tp.positions.iter().filter_map(|p| p.date))
        .map(|d| d.num_days_from_ce().into())
        .collect();
    let (lo, hi) = (dates.iter().min().copied().unwrap_or(0), dates.iter().max().copied().unwrap_or(0));
    let span = (hi - lo).max(1) as f64;
    let (w, row) = (720.0, 90.0);
    let h = row * t.topics.len().max(1) as f64 + 20.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"timeline of {}\">",
        escape_html(&t.speaker)
    );
    for (i, tp) in t.topics.iter().enumerate() {
        let y0 = row * i as f64 + 10.0;
        s.push_str(&format!(
            "<line x1=\"40\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\" stroke=\"#999\"/><text x=\"0\" y=\"{ty}\" font-size=\"11\">{}</text>",
            escape_html(&tp.topic.join(", ")),
            y = y0 + 70.0,
            x2 = w - 20.0,
            ty = y0 + 8.0,
        ));
        for p in &tp.positions {
            let Some(d) = p.date else { continue };
            let x = 40.0 + (i64::from(d.num_days_from_ce()) - lo) as f64 / span * (w - 80.0);
            let y = y0 + 70.0 - f64::from(p.commitment.unwrap_or(0)) * 9.0;
            let colour = if p.tone > 0.0 {
                "#2a9d8f"
            } else if p.tone < 0.0 {
                "#e76f51"
            } else {
                "#555"
            };
            s.push_str(&format!(
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"{colour}\"><title>{} {}: {}</title></circle>",
                d,
                escape_html(&p.claim.outlet),
                escape_html(&p.claim.text)
            ));
        }
    }
    s.push_str("</svg>");
    s
}

/// One self-contained HTML page: the Markdown sections as escaped preformatted text plus an SVG
/// timeline per speaker. Everything from the articles is escaped.
pub fn html(r: &Report) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Consistency report</title>\
         <style>body{font-family:sans-serif;max-width:60em;margin:auto}pre{white-space:pre-wrap}</style></head><body>\n",
    );
    out.push_str("<h1>Consistency report</h1>\n<table><tr><th>outlet</th><th>articles</th><th>dates</th><th>claims</th></tr>\n");
    for o in &r.outlets {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape_html(&o.outlet),
            o.articles,
            date_range(o),
            o.claims
        ));
    }
    out.push_str("</table>\n");
    for t in &r.timelines {
        out.push_str(&format!("<h2>{}</h2>\n{}\n", escape_html(&t.speaker), svg_timeline(t)));
        out.push_str(&format!("<pre>{}</pre>\n", escape_html(&super::shift::markdown(t))));
    }
    out.push_str("</body></html>\n");
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
    fn escape_html_neutralises_markup_from_articles() {
        let s = escape_html(r#"<script>alert("x") & 'y'</script>"#);
        assert_eq!(s, "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
    }

    #[test]
    fn html_report_escapes_article_text() {
        let opts =
            crate::ReadOptions { outlet: Some("<script>evil()</script>".into()), ..Default::default() };
        let mut docs = crate::read_str("a.txt", "Text <script>alert(1)</script>.\n", &opts).expect("read");
        crate::extract::extract_corpus(&mut docs, &Default::default());
        let h = html(&crate::report::report(&docs, &Default::default()));
        assert!(!h.contains("<script>"), "{h}");
        assert!(h.contains("&lt;script&gt;evil()"));
    }

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
