//! Property tests of the read pipeline (ingest → clean → segment): any text, no panic, every
//! removed and sentence span inside the file, every sentence text found at its span.

use proptest::prelude::*;

fn junk_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Share this with Facebook".to_string()),
        Just("You have {{n}} free articles left".to_string()),
        Just("Japan''s \u{201C}plan\u{201D}\u{a0}\u{a0}is â€œbold.â€\u{9d}".to_string()),
        Just("TOKYO -- Officials said the talks would go on for several more days.".to_string()),
        Just("Leaders meet. © Reuters".to_string()),
        Just("IconIcon ChevronTitle MenuBurger".to_string()),
        Just(String::new()),
        "[ -~\u{a0}\u{2019}\u{201C}'{}©]{0,60}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_input_spans_inside(lines in prop::collection::vec(junk_line(), 0..12)) {
        let text = lines.join("\n");
        let opts = claimdiff::ReadOptions { outlet: Some("X".into()), ..Default::default() };
        if let Ok(docs) = claimdiff::read_str("p.txt", &text, &opts) {
            for d in docs {
                for r in &d.removed {
                    prop_assert!(r.start <= r.end && r.end <= text.len());
                }
                for s in &d.sentences {
                    prop_assert!(s.start <= s.end && s.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    prop_assert!(s.clean.end <= d.body.len());
                }
            }
        }
    }
}
