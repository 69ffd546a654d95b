//! The bundled `sources/abe-kim` articles through the whole read pipeline: no page junk in any
//! sentence, metadata present, headline roles right, and every sentence points at its bytes.

use claimdiff::model::{Document, Role};
use claimdiff::{read_inputs, ReadOptions};

const FILES: [&str; 2] =
    ["sources/abe-kim/aljazeera-2019-05-02.txt", "sources/abe-kim/nikkei-2019-02-28.txt"];

fn docs() -> Vec<Document> {
    let inputs: Vec<String> = FILES.iter().map(|s| s.to_string()).collect();
    let corpus = read_inputs(&inputs, &ReadOptions::default());
    assert!(corpus.failures.is_empty(), "{:?}", corpus.failures);
    assert_eq!(corpus.documents.len(), 2);
    corpus.documents
}

/// Straightens quotes, undoes doubled apostrophes and collapses whitespace — the repairs clean
/// is allowed to make — so a sentence can be compared with its original bytes.
fn normalise(s: &str) -> String {
    let s = s.replace("''", "'");
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_page_junk_in_any_sentence() {
    const JUNK: &[&str] = &[
        "{{",
        "}}",
        "Icon",
        "Chevron",
        "Sketch",
        "subscription",
        "subscribe",
        "free article",
        "Unlimited access",
        "Offer ends",
        "Try 3 months",
        "© Reuters",
        "REUTERS/",
        "/Reuters]",
        "Source: Al Jazeera",
        "Sponsored",
        "Stay ahead",
        "trusted insights",
        "N Korea at crossroads",
        "TOKYO --",
        "''",
    ];
    for d in docs() {
        for s in &d.sentences {
            for j in JUNK {
                assert!(!s.text.contains(j), "{}: junk {j:?} in sentence {:?}", d.path, s.text);
            }
        }
        assert!(d.sentences.len() >= 15, "{}: only {} sentences", d.path, d.sentences.len());
    }
}

#[test]
fn outlet_date_and_dateline() {
    let d = docs();
    let (aj, nk) = (&d[0], &d[1]);
    assert_eq!(aj.outlet, "Al Jazeera");
    assert_eq!(aj.published.map(|p| p.to_string()).as_deref(), Some("2019-05-02"));
    assert_eq!(nk.outlet, "Nikkei Asian Review");
    assert_eq!(nk.published.map(|p| p.to_string()).as_deref(), Some("2019-02-28"));
    assert_eq!(nk.dateline.as_deref(), Some("TOKYO"));
    assert_eq!(aj.dateline, None);
}

#[test]
fn headline_and_standfirst_roles() {
    let d = docs();
    let (aj, nk) = (&d[0], &d[1]);
    let first = |doc: &Document, role: Role| {
        doc.sentences.iter().find(|s| s.role == role).map(|s| s.text.clone()).unwrap_or_default()
    };
    assert_eq!(first(nk, Role::Headline), "Abe signals interest in meeting Kim after failed Hanoi summit");
    assert_eq!(first(nk, Role::Standfirst), "Japan sees opening for progress on abduction issue");
    assert!(first(nk, Role::Body).starts_with("Japanese Prime Minister Shinzo Abe on Thursday signaled"));
    assert_eq!(
        first(aj, Role::Headline),
        "Japan's Abe wants to meet Kim to talk 'frankly with an open mind'"
    );
    assert!(first(aj, Role::Standfirst).starts_with("Abe has recently softened his rhetoric"));
    assert!(first(aj, Role::Body).starts_with("Japanese Prime Minister Shinzo Abe has offered"));
    for doc in [aj, nk] {
        assert_eq!(doc.sentences.iter().filter(|s| s.role == Role::Headline).count(), 1, "{}", doc.path);
    }
}

#[test]
fn repairs_applied() {
    let d = docs();
    assert!(d[0].body.contains("Japan's Prime Minister") || !d[0].body.contains("Oval Office"));
    assert!(!d[0].body.contains('\u{2019}') && !d[0].body.contains('\u{201C}'));
    assert!(!d[1].body.contains('\u{a0}') && !d[1].body.contains("  "));
}

#[test]
fn every_sentence_points_at_its_bytes() {
    for (d, path) in docs().iter().zip(FILES) {
        let orig = std::fs::read_to_string(path).unwrap_or_default();
        for s in &d.sentences {
            assert!(s.start <= s.end && s.end <= orig.len(), "{path}: {s:?}");
            let slice = orig.get(s.start..s.end).unwrap_or("<not a char boundary>");
            assert_eq!(normalise(slice), normalise(&s.text), "{path}: {}..{}", s.start, s.end);
        }
        for r in &d.removed {
            assert!(r.start <= r.end && r.end <= orig.len(), "{path}: {r:?}");
        }
    }
}

#[test]
fn nothing_dropped_silently() {
    // Every non-blank line of the file is either in the clean body (in part) or covered by a
    // removed span.
    for (d, path) in docs().iter().zip(FILES) {
        let orig = std::fs::read_to_string(path).unwrap_or_default();
        let mut pos = 0;
        for line in orig.split_inclusive('\n') {
            let (s, e) = (pos, pos + line.trim_end().len());
            pos += line.len();
            if line.trim().is_empty() {
                continue;
            }
            let in_sentence = d.sentences.iter().any(|x| x.start < e && x.end > s);
            let in_removed = d.removed.iter().any(|r| r.start < e && r.end > s);
            assert!(in_sentence || in_removed, "{path}: line {:?} neither kept nor removed", line.trim());
        }
    }
}
