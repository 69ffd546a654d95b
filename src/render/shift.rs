//! Renders a speaker's [`Timeline`] (the `shift` subcommand) as a terminal table or Markdown:
//! per topic, the dated positions, then the shifts with label, direction and reasons.

use comfy_table::{presets::UTF8_FULL, ContentArrangement, Table};

use crate::model::{Position, Shift, ShiftLabel, Timeline};

fn commitment(p: &Position) -> String {
    let mut s = match (&p.commitment_label, p.commitment) {
        (Some(l), Some(k)) => format!("{l} ({k})"),
        _ => "-".to_string(),
    };
    if p.hedged {
        s.push_str(", hedged");
    }
    if p.negated {
        s.push_str(", negated");
    }
    s
}

fn tone(p: &Position) -> String {
    if p.tone_words.is_empty() {
        format!("{:+.2}", p.tone)
    } else {
        format!("{:+.2} ({})", p.tone, p.tone_words.join(", "))
    }
}

fn outlets(p: &Position) -> String {
    let mut s = p.claim.outlet.clone();
    for o in &p.also_reported_by {
        s.push_str(&format!(" + {}", o.outlet));
    }
    s
}

fn date(p: &Position) -> String {
    p.date.map_or_else(|| "undated".to_string(), |d| d.to_string())
}

/// The readable label of a step: `partial-shift (softened)`.
pub fn label(s: &Shift) -> String {
    let l = match s.label {
        ShiftLabel::NoShift => "no-shift",
        ShiftLabel::PartialShift => "partial-shift",
        ShiftLabel::Reversal => "reversal",
    };
    match &s.direction {
        Some(d) => format!("{l} ({d})"),
        None => l.to_string(),
    }
}

/// One line per reason: `code: detail`.
fn reasons(s: &Shift) -> String {
    s.reasons.iter().map(|r| format!("{}: {}", r.code, r.detail)).collect::<Vec<_>>().join("\n")
}

/// Terminal table: a table of positions per topic, then one of shifts.
pub fn table(t: &Timeline) -> String {
    let mut out = format!("Speaker: {}\n", t.speaker);
    if t.topics.is_empty() {
        out.push_str("No claims by this speaker.\n");
    }
    for (i, topic) in t.topics.iter().enumerate() {
        out.push_str(&format!("\nTopic {}: {}\n", i + 1, topic.topic.join(", ")));
        let mut tb = Table::new();
        tb.load_style(UTF8_FULL).set_content_arrangement(ContentArrangement::Dynamic);
        tb.set_width(140);
        tb.set_header(vec!["#", "date", "outlet", "commitment", "conditions", "tone", "claim"]);
        for (k, p) in topic.positions.iter().enumerate() {
            tb.add_row(vec![
                k.to_string(),
                date(p),
                outlets(p),
                commitment(p),
                p.conditions.join("; "),
                tone(p),
                p.claim.text.clone(),
            ]);
        }
        out.push_str(&tb.to_string());
        out.push('\n');
        if !topic.shifts.is_empty() {
            let mut tb = Table::new();
            tb.load_style(UTF8_FULL).set_content_arrangement(ContentArrangement::Dynamic);
            tb.set_width(140);
            tb.set_header(vec!["from → to", "label", "score", "reasons"]);
            for s in &topic.shifts {
                tb.add_row(vec![
                    format!("{} → {}", s.from, s.to),
                    label(s),
                    format!("{:.2}", s.score),
                    reasons(s),
                ]);
            }
            out.push_str(&tb.to_string());
            out.push('\n');
        }
    }
    out
}

/// Escapes text for a Markdown table cell.
fn md_cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace('\n', " ").replace('<', "&lt;").replace('>', "&gt;")
}

/// Markdown: a section per topic with a positions table and a list of shifts.
pub fn markdown(t: &Timeline) -> String {
    let mut out = format!("## Positions of {}\n\n", md_cell(&t.speaker));
    if t.topics.is_empty() {
        out.push_str("No claims by this speaker.\n");
    }
    for (i, topic) in t.topics.iter().enumerate() {
        out.push_str(&format!("### Topic {}: {}\n\n", i + 1, md_cell(&topic.topic.join(", "))));
        out.push_str("| # | date | outlet | commitment | conditions | tone | claim |\n");
        out.push_str("|---|---|---|---|---|---|---|\n");
        for (k, p) in topic.positions.iter().enumerate() {
            out.push_str(&format!(
                "| {k} | {} | {} | {} | {} | {} | {} |\n",
                date(p),
                md_cell(&outlets(p)),
                md_cell(&commitment(p)),
                md_cell(&p.conditions.join("; ")),
                md_cell(&tone(p)),
                md_cell(&p.claim.text)
            ));
        }
        out.push('\n');
        for s in &topic.shifts {
            out.push_str(&format!("- **{} → {}: {}**, score {:.2}\n", s.from, s.to, label(s), s.score));
            for r in &s.reasons {
                out.push_str(&format!("  - `{}`: {}\n", r.code, md_cell(&r.detail)));
            }
        }
        if !topic.shifts.is_empty() {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, ClaimRef, Reason, TopicTimeline};

    fn sample() -> Timeline {
        let r = |outlet: &str, text: &str| ClaimRef {
            path: format!("{outlet}.txt"),
            outlet: outlet.into(),
            published: None,
            claim: "c1".into(),
            start: 0,
            end: text.len(),
            text: text.into(),
            speaker: Some("Ann Lee".into()),
            kind: ClaimKind::Indirect,
        };
        let p = |outlet: &str, text: &str, k: u8| Position {
            date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1 + u32::from(k)),
            date_source: "published".into(),
            claim: r(outlet, text),
            also_reported_by: vec![],
            commitment: Some(k),
            conditions: vec![],
            negated: false,
            tone: 0.0,
            commitment_label: Some(crate::timeline::scale::step_name(k).into()),
            hedged: false,
            tone_words: vec![],
        };
        Timeline {
            version: 1,
            speaker: "Ann Lee".into(),
            topics: vec![TopicTimeline {
                topic: vec!["budget".into()],
                positions: vec![
                    p("Daily", "Lee doubts the a|b plan", 1),
                    p("Post", "Lee will back the plan", 6),
                ],
                shifts: vec![Shift {
                    from: 0,
                    to: 1,
                    label: ShiftLabel::Reversal,
                    direction: Some("softened".into()),
                    score: 1.0,
                    reasons: vec![Reason {
                        code: "commitment-up".into(),
                        detail: "doubts (1) → will/commits (6)".into(),
                        a: vec![],
                        b: vec![],
                    }],
                }],
            }],
        }
    }

    #[test]
    fn table_lists_positions_and_shifts() {
        let s = table(&sample());
        assert!(s.contains("will/commits (6)"));
        assert!(s.contains("reversal (softened)"));
        assert!(s.contains("commitment-up: doubts (1)"));
    }

    #[test]
    fn markdown_escapes_pipes_and_lists_reasons() {
        let s = markdown(&sample());
        assert!(s.contains("a\\|b plan"));
        assert!(s.contains("- **0 → 1: reversal (softened)**, score 1.00"));
        assert!(s.contains("`commitment-up`"));
    }
}
