//! The report as one self-contained HTML page: inline CSS, no script, an SVG timeline per main
//! speaker, every text that comes from an article (outlets, claims, speakers, evidence, paths)
//! escaped with [`escape_html`].

use chrono::Datelike;

use super::sections::{
    claim_head, date_range, diff_words, is_misquote, location, more, pair_cells, reason_line, square_cell,
    DiffWord, MAX_CONFLICTS, MAX_ONLY, MAX_SQUARE, PAIR_HEADS,
};
use crate::model::{Alignment, Timeline};
use crate::report::Report;

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

fn td(s: &str) -> String {
    format!("<td>{}</td>", escape_html(s))
}

fn agreement(r: &Report, out: &mut String) {
    out.push_str("<h2>Agreement between outlets</h2>\n");
    if r.matrix.is_empty() {
        out.push_str("<p>Only one outlet: nothing to compare.</p>\n");
        return;
    }
    let names: Vec<&str> = r.outlets.iter().map(|o| o.outlet.as_str()).collect();
    if names.len() <= MAX_SQUARE {
        out.push_str("<table class=\"matrix\"><tr><th></th>");
        for n in &names {
            out.push_str(&format!("<th>{}</th>", escape_html(n)));
        }
        out.push_str("</tr>\n");
        for a in &names {
            out.push_str(&format!("<tr><th>{}</th>", escape_html(a)));
            for b in &names {
                out.push_str(&td(&square_cell(&r.matrix, a, b)));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>\n");
    }
    let heads: String = PAIR_HEADS.iter().map(|h| format!("<th>{h}</th>")).collect();
    out.push_str(&format!("<table><tr>{heads}</tr>\n"));
    for c in &r.matrix {
        let cells: String = pair_cells(c).iter().map(|x| td(x)).collect();
        out.push_str(&format!("<tr>{cells}</tr>\n"));
    }
    out.push_str("</table>\n");
}

/// A list of aligned pairs (`title` with its count): both claims, the reasons and, for a
/// misquote, the word diff.
fn conflicts(title: &str, list: &[Alignment], out: &mut String) {
    out.push_str(&format!("<h2>{title} ({})</h2>\n", list.len()));
    if list.is_empty() {
        out.push_str("<p>No aligned claims contradict each other.</p>\n");
        return;
    }
    out.push_str("<ol>\n");
    for c in list.iter().take(MAX_CONFLICTS) {
        out.push_str("<li><ul>");
        for side in [&c.a, &c.b] {
            out.push_str(&format!(
                "<li><b>{}</b>: <q>{}</q> <code>{}</code></li>",
                escape_html(&claim_head(side)),
                escape_html(&side.text),
                escape_html(&location(side))
            ));
        }
        for reason in &c.reasons {
            out.push_str(&format!(
                "<li><code>{}</code></li>",
                escape_html(&reason_line(reason, &c.a.outlet, &c.b.outlet))
            ));
        }
        if is_misquote(c) && !c.evidence.diff.is_empty() {
            let words: Vec<String> = diff_words(&c.evidence.diff)
                .iter()
                .map(|w| match w {
                    DiffWord::Kept(x) => escape_html(x),
                    DiffWord::Removed(x) => format!("<del>{}</del>", escape_html(x)),
                    DiffWord::Added(x) => format!("<ins>{}</ins>", escape_html(x)),
                })
                .collect();
            out.push_str(&format!("<li>word diff: {}</li>", words.join(" ")));
        }
        out.push_str("</ul></li>\n");
    }
    out.push_str("</ol>\n");
    if let Some(m) = more(list.len(), MAX_CONFLICTS) {
        out.push_str(&format!("<p>{}</p>\n", escape_html(&m)));
    }
}

fn only(r: &Report, out: &mut String) {
    out.push_str("<h2>Only in one outlet</h2>\n");
    for (outlet, claims) in &r.only {
        out.push_str(&format!("<h3>{} ({} claims)</h3>\n<ul>\n", escape_html(outlet), claims.len()));
        for c in claims.iter().take(MAX_ONLY) {
            out.push_str(&format!(
                "<li><b>{}</b>: {} <code>{}</code></li>\n",
                escape_html(&claim_head(c)),
                escape_html(&c.text),
                escape_html(&location(c))
            ));
        }
        if let Some(m) = more(claims.len(), MAX_ONLY) {
            out.push_str(&format!("<li>{}</li>\n", escape_html(&m)));
        }
        out.push_str("</ul>\n");
    }
}

/// One self-contained HTML page: the report's sections as HTML tables and lists, an SVG timeline
/// per main speaker, its positions and shifts as escaped preformatted text. Everything from the
/// articles is escaped.
pub fn html(r: &Report) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Consistency report</title>\
         <style>body{font-family:sans-serif;max-width:60em;margin:auto}pre{white-space:pre-wrap}\
         table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}\
         del{color:#b00}ins{color:#070}</style></head><body>\n",
    );
    out.push_str(&format!(
        "<h1>Consistency report</h1>\n<p>{} articles from {} outlets.</p>\n",
        r.articles,
        r.outlets.len()
    ));
    out.push_str(
        "<table><tr><th>outlet</th><th>articles</th><th>dates</th><th>claims</th><th>attributed</th></tr>\n",
    );
    for o in &r.outlets {
        out.push_str(&format!(
            "<tr>{}<td>{}</td>{}<td>{}</td><td>{}</td></tr>\n",
            td(&o.outlet),
            o.articles,
            td(&date_range(o)),
            o.claims,
            o.attributed
        ));
    }
    out.push_str("</table>\n");
    agreement(r, &mut out);
    conflicts("Conflicts", &r.conflicts, &mut out);
    if !r.possible_conflicts.is_empty() {
        conflicts("Possible conflicts", &r.possible_conflicts, &mut out);
    }
    only(r, &mut out);
    out.push_str("<h2>Speakers</h2>\n<ul>\n");
    for (name, n) in &r.speakers {
        out.push_str(&format!("<li>{}: {n} claims</li>\n", escape_html(name)));
    }
    out.push_str("</ul>\n");
    for t in &r.timelines {
        out.push_str(&format!("<h2>{}</h2>\n{}\n", escape_html(&t.speaker), svg_timeline(t)));
        out.push_str(&format!("<pre>{}</pre>\n", escape_html(&crate::render::shift::markdown(t))));
    }
    out.push_str("</body></html>\n");
    out
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
}
