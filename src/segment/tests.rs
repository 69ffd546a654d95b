//! Table-driven tests of the splitter on news-like text written for them, and a property test.

use super::*;
use crate::model::{Block, CleanDoc, Role};
use crate::text::MappedText;
use proptest::prelude::*;

fn sentences(text: &str) -> Vec<&str> {
    split_text(text).iter().map(|s| &text[s.start..s.end]).collect()
}

fn case(input: &str, want: &[&str]) {
    assert_eq!(sentences(input), want, "input: {input:?}");
}

#[test]
fn basic_terminators() {
    case("Hello there. How are you? Fine!", &["Hello there.", "How are you?", "Fine!"]);
    case("  One.  Two.  ", &["One.", "Two."]);
    case("", &[]);
    case("No terminator at all", &["No terminator at all"]);
}

#[test]
fn news_abbreviations() {
    case(
        "The talks began on Feb. 28 in Hanoi. U.S. President Donald J. Trump left early.",
        &["The talks began on Feb. 28 in Hanoi.", "U.S. President Donald J. Trump left early."],
    );
    case(
        "Gen. Smith met Sen. Jones and Gov. Brown on Sept. 3. They spoke for an hour.",
        &["Gen. Smith met Sen. Jones and Gov. Brown on Sept. 3.", "They spoke for an hour."],
    );
    case(
        "The bill passed as No. 2 on the list. No. The vote failed.",
        &["The bill passed as No. 2 on the list.", "No.", "The vote failed."],
    );
    case(
        "Shares of Acme Corp. rose 1.5% to $2.5 billion. Analysts were surprised.",
        &["Shares of Acme Corp. rose 1.5% to $2.5 billion.", "Analysts were surprised."],
    );
    case(
        "He works for Acme Inc. The firm is based in the U.K. and Dr. Who approves.",
        &["He works for Acme Inc.", "The firm is based in the U.K. and Dr. Who approves."],
    );
    case(
        "Troops left the U.S. Navy base at 9 p.m. Tokyo time. It was quiet.",
        &["Troops left the U.S. Navy base at 9 p.m. Tokyo time.", "It was quiet."],
    );
    case("Bring fruit, e.g. Apples, vs. Pears.", &["Bring fruit, e.g. Apples, vs. Pears."]);
}

#[test]
fn initials_and_pronouns() {
    case("J. R. R. Tolkien wrote it. He died.", &["J. R. R. Tolkien wrote it.", "He died."]);
    case("It was me and I. Then we left.", &["It was me and I.", "Then we left."]);
    case("They chose plan B. The rest failed.", &["They chose plan B.", "The rest failed."]);
}

#[test]
fn quotes() {
    case(
        r#""I went. She left," he said. Then rain fell."#,
        &[r#""I went. She left," he said."#, "Then rain fell."],
    );
    case(r#""Go home." "Now?" She nodded."#, &[r#""Go home.""#, r#""Now?""#, "She nodded."]);
    case("“Why? Who knows?” she asked. It ended.", &["“Why? Who knows?” she asked.", "It ended."]);
    case("“Why? Who knows?” Ana Lund asked. It ended.", &["“Why? Who knows?” Ana Lund asked.", "It ended."]);
    case("“Stop!” Lund said. It ended.", &["“Stop!” Lund said.", "It ended."]);
    case("“It is over.” Lund said. It ended.", &["“It is over.” Lund said.", "It ended."]);
    case("“It is over.” Lund said it ended.", &["“It is over.”", "Lund said it ended."]);
    case("“Why?” Lund Street was empty.", &["“Why?”", "Lund Street was empty."]);
    case(r#"He said: "It is over." It was."#, &[r#"He said: "It is over.""#, "It was."]);
    case("(See the map.) Then go.", &["(See the map.)", "Then go."]);
}

#[test]
fn ellipses() {
    case("Well… I suppose so.", &["Well…", "I suppose so."]);
    case("He said it was “serious … and urgent”.", &["He said it was “serious … and urgent”."]);
}

#[test]
fn lines_and_lists() {
    case("First para.\n\nSecond para", &["First para.", "Second para"]);
    case("A line wrapped\nin the middle. End.", &["A line wrapped\nin the middle.", "End."]);
    case("Items:\n- eggs\n- milk\nDone.", &["Items:", "- eggs", "- milk", "Done."]);
    case("1. Open the door 2. Walk in", &["1. Open the door", "2. Walk in"]);
    case("Headline without stop\n\nBody here.", &["Headline without stop", "Body here."]);
}

#[test]
fn web_addresses() {
    case(
        "Write to news@example.org. Visit example.com today. She works at Yahoo! Inc. now.",
        &["Write to news@example.org.", "Visit example.com today.", "She works at Yahoo! Inc. now."],
    );
}

fn doc(text: &str, roles: &[(usize, usize, Role)]) -> CleanDoc {
    CleanDoc {
        text: MappedText::verbatim(text, 10),
        blocks: roles.iter().map(|&(s, e, role)| Block { clean: Span::new(s, e), role }).collect(),
        removed: Vec::new(),
        dateline: None,
        warnings: Vec::new(),
    }
}

#[test]
fn segment_keeps_roles_and_offsets() {
    let text = "Abe meets Kim. Again\n\nAbe said so. He left.";
    let d = doc(text, &[(0, 20, Role::Headline), (22, text.len(), Role::Body)]);
    let s = segment(&d, &SegmentOptions::default());
    let got: Vec<_> = s.iter().map(|s| (s.text.as_str(), s.role, s.paragraph)).collect();
    assert_eq!(
        got,
        vec![
            ("Abe meets Kim. Again", Role::Headline, 0),
            ("Abe said so.", Role::Body, 1),
            ("He left.", Role::Body, 1)
        ]
    );
    assert_eq!((s[1].start, s[1].end), (32, 44));
}

proptest! {
    #[test]
    fn spans_are_well_formed(text in "(\\PC|[.?!\"“”…\n ]){0,200}") {
        let spans = split_text(&text);
        let mut prev_end = 0;
        for s in &spans {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(s.start >= prev_end);
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert_eq!(text[s.start..s.end].trim(), &text[s.start..s.end]);
            prev_end = s.end;
        }
    }
}
