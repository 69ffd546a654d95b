//! Snapshot of the `extract` table on one hand-built document, at a fixed width, so the
//! snapshot depends only on the renderer.

use claimdiff::model::{Document, Format, Removed, Role, Sentence, Span, Warning};
use claimdiff::render::extract::extract_table_width;

fn sample() -> Vec<Document> {
    let sentence = |start: usize, text: &str, role: Role, paragraph: usize| Sentence {
        start,
        end: start + text.len(),
        text: text.to_string(),
        role,
        paragraph,
        clean: Span::new(0, 0),
    };
    let removed = |start: usize, end: usize, reason: &str, text: &str| Removed {
        start,
        end,
        reason: reason.to_string(),
        text: text.to_string(),
    };
    vec![Document {
        path: "tests/fixtures/clean/wire-story.txt".into(),
        item: None,
        format: Format::Text,
        outlet: "Wire".into(),
        published: chrono::NaiveDate::from_ymd_opt(2024, 3, 7),
        published_at: None,
        title: Some("Central bank holds rates as inflation cools".into()),
        url: None,
        author: None,
        dateline: Some("FRANKFURT, March 7 (AP)".into()),
        warnings: vec![Warning::new("derived-outlet", "wire-story.txt: outlet taken from --outlet")],
        removed: vec![
            removed(0, 48, "widget", "Share this with Facebook Share this with Twitter"),
            removed(49, 56, "section-label", "Economy"),
            removed(165, 191, "dateline", "FRANKFURT, March 7 (AP) — "),
            removed(400, 491, "caption", "Bank staff prepare for the news conference in Frankfurt. Photograph: Anna Weber/Reuters"),
        ],
        body: String::new(),
        sentences: vec![
            sentence(57, "Central bank holds rates as inflation cools", Role::Headline, 0),
            sentence(102, "Policymakers signal cuts could come later in the year", Role::Standfirst, 1),
            sentence(191, "The central bank left interest rates unchanged on Thursday, saying inflation was cooling faster than expected.", Role::Body, 2),
        ],
        claims: None,
        map: Default::default(),
    }]
}

#[test]
fn extract_table_snapshot() {
    insta::assert_snapshot!("extract_table_80", extract_table_width(&sample(), false, 80));
}

#[test]
fn extract_table_explain_snapshot() {
    insta::assert_snapshot!("extract_table_explain_100", extract_table_width(&sample(), true, 100));
}
