//! The `claims` table: one row per claim — speaker, cue, kind, content, date said.

use comfy_table::{presets::UTF8_FULL, ContentArrangement, Table};

use crate::model::{ClaimKind, Document};

fn kind_name(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Assertion => "assertion",
    }
}

/// One table per document (documents without claims are listed with an empty table).
pub fn claims_table(docs: &[Document]) -> String {
    let mut out = String::new();
    for d in docs {
        out.push_str(&format!("{} ({})\n", d.path, d.outlet));
        let mut t = Table::new();
        t.load_style(UTF8_FULL).set_content_arrangement(ContentArrangement::Dynamic).set_width(120);
        t.set_header(vec!["id", "speaker", "cue", "kind", "content", "date"]);
        for c in d.claims.iter().flatten() {
            let speaker = c.speaker.as_ref().map_or(String::new(), |s| {
                if s.name == s.text {
                    s.name.clone()
                } else {
                    format!("{} ({})", s.name, s.text)
                }
            });
            let cue = c.cue.as_ref().map_or("", |c| c.text.as_str());
            let date = c.said_on.map_or(String::new(), |d| d.to_string());
            // A claim reported inside another's content says so (`within c15`).
            let kind = match &c.within {
                Some(outer) => format!("{}\nwithin {outer}", kind_name(c.kind)),
                None => kind_name(c.kind).to_string(),
            };
            t.add_row(vec![c.id.as_str(), &speaker, cue, &kind, c.content.text.as_str(), &date]);
        }
        out.push_str(&t.to_string());
        out.push('\n');
    }
    out
}
