//! Renders a [`Comparison`]: a side-by-side terminal table (comfy-table) and a GFM Markdown table,
//! `outlet A claim | relation | outlet B claim`, conflicts first, then what only one outlet reports.

use comfy_table::{presets::UTF8_FULL, ColumnConstraint, ContentArrangement, Table, Width};

use super::report::escape_html;
use crate::model::{Alignment, ClaimRef, Comparison, Relation};

fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::Same => "same",
        Relation::Agree => "agree",
        Relation::Partial => "partial",
        Relation::Conflict => "conflict",
        Relation::Unrelated => "unrelated",
    }
}

/// The relation cell: the label, the similarity and the reason codes, each once with how often
/// it occurs (`dropped-qualifier ×2` for a qualifier only in A and another only in B).
fn relation_cell(a: &Alignment) -> String {
    let mut s = format!("{} ({:.2})", relation_name(a.relation), a.similarity);
    let mut codes: Vec<(&str, usize)> = Vec::new();
    for r in &a.reasons {
        match codes.iter_mut().find(|(c, _)| *c == r.code) {
            Some((_, n)) => *n += 1,
            None => codes.push((&r.code, 1)),
        }
    }
    for (code, n) in codes {
        s.push('\n');
        s.push_str(code);
        if n > 1 {
            s.push_str(&format!(" ×{n}"));
        }
    }
    s
}

fn claim_cell(c: &ClaimRef) -> String {
    match &c.speaker {
        Some(sp) => format!("{}: {}", sp, c.text),
        None => c.text.clone(),
    }
}

/// The rows of the diff: `(a cell, relation cell, b cell)`, alignments first (already sorted
/// conflicts first), then only-in-A, then only-in-B.
fn rows(c: &Comparison) -> Vec<(String, String, String)> {
    let (na, nb) = (&c.consistency.outlet_a, &c.consistency.outlet_b);
    let mut out: Vec<(String, String, String)> =
        c.alignments.iter().map(|a| (claim_cell(&a.a), relation_cell(a), claim_cell(&a.b))).collect();
    for x in c.only.get(na).into_iter().flatten() {
        out.push((claim_cell(x), format!("only in {na}"), String::new()));
    }
    for x in c.only.get(nb).into_iter().flatten() {
        out.push((String::new(), format!("only in {nb}"), claim_cell(x)));
    }
    out
}

fn summary(c: &Comparison) -> String {
    let k = &c.consistency;
    let possible = if k.possible_conflicts > 0 {
        format!(" ({} more possible)", k.possible_conflicts)
    } else {
        String::new()
    };
    format!(
        "{} ({} claims) vs {} ({} claims): {} aligned, coverage {:.2}, agreement {:.2}, {} conflicts{possible}, score {:.2}\n",
        k.outlet_a, k.claims_a, k.outlet_b, k.claims_b, k.aligned, k.coverage, k.agreement_rate, k.conflicts, k.score
    )
}

/// The terminal table, `width` columns wide (the relation column stays narrow: 26 columns, the longest reason code that is common, `possible-conflict-negation`).
pub fn compare_table(c: &Comparison, width: u16) -> String {
    let mut t = Table::new();
    t.load_style(UTF8_FULL).set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
    t.set_header(vec![c.consistency.outlet_a.as_str(), "relation", c.consistency.outlet_b.as_str()]);
    for (a, r, b) in rows(c) {
        t.add_row(vec![a, r, b]);
    }
    if let Some(col) = t.column_mut(1) {
        col.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(26)));
    }
    format!("{t}\n{}", summary(c))
}

/// Escapes a cell for a GFM table: `|`, HTML-significant characters, and line breaks.
fn md_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// The GFM Markdown report: a heading, the consistency line and the side-by-side table.
pub fn compare_markdown(c: &Comparison) -> String {
    let (na, nb) = (&c.consistency.outlet_a, &c.consistency.outlet_b);
    let mut s = format!("## {} vs {}\n\n{}\n", md_cell(na), md_cell(nb), md_cell(summary(c).trim_end()));
    s.push_str(&format!("\n| {} | relation | {} |\n|---|---|---|\n", md_cell(na), md_cell(nb)));
    for (a, r, b) in rows(c) {
        s.push_str(&format!("| {} | {} | {} |\n", md_cell(&a), md_cell(&r), md_cell(&b)));
    }
    s
}

/// One HTML table cell for a claim: speaker in bold, then the text; everything escaped.
fn html_claim(c: Option<&ClaimRef>) -> String {
    let Some(c) = c else { return "<td></td>".into() };
    let speaker = c.speaker.as_deref().map(|s| format!("<b>{}</b>: ", escape_html(s))).unwrap_or_default();
    format!(
        "<td>{speaker}{}<br><small>{} {}–{}</small></td>",
        escape_html(&c.text),
        escape_html(&c.claim),
        c.start,
        c.end
    )
}

/// A self-contained HTML page (inline CSS, no scripts, no external resources): the consistency
/// line and the side-by-side table, conflicts first, each relation with its reasons; then what
/// only one outlet reports. Everything that comes from an article (outlet names, claim text,
/// speakers, reason details quoting the text) is escaped.
pub fn compare_html(c: &Comparison) -> String {
    let (na, nb) = (&c.consistency.outlet_a, &c.consistency.outlet_b);
    let title = format!("{} vs {}", escape_html(na), escape_html(nb));
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <style>body{{font-family:sans-serif;max-width:75em;margin:auto}}table{{border-collapse:collapse;width:100%}}\
         td,th{{border:1px solid #ccc;padding:.4em;vertical-align:top}}td.rel{{width:16em}}\
         .conflict{{background:#fde2dd}}.partial{{background:#fff4d6}}.agree,.same{{background:#e3f4ec}}\
         small{{color:#666}}</style></head><body>\n<h1>{title}</h1>\n<p>{}</p>\n",
        escape_html(summary(c).trim_end())
    );
    s.push_str(&format!(
        "<table>\n<tr><th>{}</th><th>relation</th><th>{}</th></tr>\n",
        escape_html(na),
        escape_html(nb)
    ));
    for a in &c.alignments {
        let name = relation_name(a.relation);
        let reasons: Vec<String> = a
            .reasons
            .iter()
            .map(|r| format!("<li><code>{}</code> {}</li>", escape_html(&r.code), escape_html(&r.detail)))
            .collect();
        s.push_str(&format!(
            "<tr class=\"{name}\">{}<td class=\"rel\"><b>{name}</b> ({:.2})<ul>{}</ul></td>{}</tr>\n",
            html_claim(Some(&a.a)),
            a.similarity,
            reasons.concat(),
            html_claim(Some(&a.b)),
        ));
    }
    for x in c.only.get(na).into_iter().flatten() {
        s.push_str(&format!(
            "<tr class=\"only\">{}<td class=\"rel\">only in {}</td>{}</tr>\n",
            html_claim(Some(x)),
            escape_html(na),
            html_claim(None)
        ));
    }
    for x in c.only.get(nb).into_iter().flatten() {
        s.push_str(&format!(
            "<tr class=\"only\">{}<td class=\"rel\">only in {}</td>{}</tr>\n",
            html_claim(None),
            escape_html(nb),
            html_claim(Some(x))
        ));
    }
    s.push_str("</table>\n</body></html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_reason_code_is_shown_once_with_its_count() {
        let mut c = sample();
        let a = c.alignments.first_mut().expect("an alignment");
        let r = crate::model::Reason {
            code: "dropped-qualifier".into(),
            detail: String::new(),
            a: vec![],
            b: vec![],
        };
        a.reasons = vec![r.clone(), r];
        let cell = relation_cell(a);
        assert!(cell.ends_with("\ndropped-qualifier ×2"), "{cell}");
        assert_eq!(cell.matches("dropped-qualifier").count(), 1);
    }
    use crate::align::{compare, synthetic::document_from_sentences, AlignOptions};

    fn sample() -> Comparison {
        let a = vec![document_from_sentences(
            "a.txt",
            "A|Post",
            &["The dam <b>burst</b> on Friday.".into(), "Only here.".into()],
        )];
        let b = vec![document_from_sentences("b.txt", "B", &["On Friday the dam <b>burst</b>.".into()])];
        compare(&a, &b, &AlignOptions::default())
    }

    #[test]
    fn markdown_escapes_pipes_and_html() {
        let md = compare_markdown(&sample());
        assert!(md.contains("A\\|Post"), "{md}");
        assert!(md.contains("&lt;b&gt;burst&lt;/b&gt;"), "{md}");
        assert!(!md.contains("<b>"));
        assert!(md.contains("| Only here. | only in A\\|Post |  |"), "{md}");
    }

    #[test]
    fn html_is_a_page_and_escapes_article_text() {
        let h = compare_html(&sample());
        assert!(h.starts_with("<!DOCTYPE html>") && h.trim_end().ends_with("</html>"), "{h}");
        assert!(!h.contains("<b>burst</b>"), "article markup must be escaped: {h}");
        assert!(h.contains("&lt;b&gt;burst&lt;/b&gt;"), "{h}");
        assert!(h.contains("<title>A|Post vs B</title>"), "{h}");
        assert!(h.contains("only in A|Post"), "{h}");
        assert!(!h.contains("<script") && !h.contains("http"), "self-contained: {h}");
    }

    #[test]
    fn html_escapes_outlet_names_and_speakers() {
        let a = vec![document_from_sentences(
            "a.txt",
            "<script>x()</script>",
            &["The dam burst on Friday.".into()],
        )];
        let b = vec![document_from_sentences("b.txt", "B & \"C\"", &["Storms hit the coast.".into()])];
        let h = compare_html(&compare(&a, &b, &AlignOptions::default()));
        assert!(!h.contains("<script>"), "{h}");
        assert!(h.contains("&lt;script&gt;x()&lt;/script&gt;"), "{h}");
        assert!(h.contains("B &amp; &quot;C&quot;"), "{h}");
    }

    #[test]
    fn table_fits_the_width() {
        let t = compare_table(&sample(), 60);
        assert!(
            t.lines().filter(|l| l.starts_with('│') || l.starts_with('┌')).all(|l| l.chars().count() <= 60),
            "{t}"
        );
        assert!(t.contains("only in A|Post"));
    }
}
