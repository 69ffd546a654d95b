//! Renders `pairs` results: JSON lines for pipelines, a comfy-table for people.

use comfy_table::{presets::UTF8_FULL, ContentArrangement, Table};
use serde_json::{json, Value};

use crate::score::batch::PairLine;

/// One JSON object per line, in input order; a failed line gives `{"id", "line", "error"}`.
pub fn json_lines(lines: &[PairLine]) -> String {
    let mut s = String::new();
    for l in lines {
        let v = match &l.result {
            Ok(o) => {
                serde_json::to_value(o).unwrap_or_else(|e| json!({"line": l.line, "error": e.to_string()}))
            }
            Err(e) => {
                json!({"id": l.id.clone().unwrap_or(Value::Null), "line": l.line, "error": e.to_string()})
            }
        };
        s.push_str(&v.to_string());
        s.push('\n');
    }
    s
}

fn id_text(id: &Option<Value>) -> String {
    match id {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::new(),
    }
}

/// A table: id | similarity | relation | reasons (code: detail).
pub fn table(lines: &[PairLine]) -> String {
    let mut t = Table::new();
    t.load_style(UTF8_FULL).set_content_arrangement(ContentArrangement::Dynamic);
    t.set_header(vec!["id", "similarity", "relation", "reasons"]);
    for l in lines {
        match &l.result {
            Ok(o) => {
                let reasons: Vec<String> =
                    o.reasons.iter().map(|r| format!("{}: {}", r.code, r.detail)).collect();
                let relation = serde_json::to_value(o.relation)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                t.add_row(vec![
                    id_text(&Some(o.id.clone())),
                    format!("{:.2}", o.similarity),
                    relation,
                    reasons.join("\n"),
                ]);
            }
            Err(e) => {
                t.add_row(vec![id_text(&l.id), String::new(), "error".into(), e.to_string()]);
            }
        }
    }
    let mut s = t.to_string();
    s.push('\n');
    s
}
