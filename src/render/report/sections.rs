//! Pieces of the report every human format shares: the date range of an outlet, the one-line
//! description of a claim and of its evidence, the word diff of a misquote, and how many items a
//! section lists before pointing to `--format json` for the rest.

use crate::model::{Alignment, ClaimRef, Consistency, Reason, TextSpan};
use crate::report::OutletSummary;

/// Conflicts listed in the Markdown, table and HTML reports (JSON has all of them).
pub const MAX_CONFLICTS: usize = 50;
/// Claims listed per outlet under "only in one outlet" (JSON has all of them).
pub const MAX_ONLY: usize = 20;
/// Outlets up to which the square matrix of scores is drawn (the pair table is always there).
pub const MAX_SQUARE: usize = 12;

/// `2019-02-28`, `2019-02-28 – 2019-05-02` or `undated`.
pub fn date_range(o: &OutletSummary) -> String {
    match (o.first, o.last) {
        (Some(f), Some(l)) if f == l => f.to_string(),
        (Some(f), Some(l)) => format!("{f} – {l}"),
        _ => "undated".to_string(),
    }
}

/// Where a claim is: `path bytes 120..180`.
pub fn location(c: &ClaimRef) -> String {
    format!("{} bytes {}..{}", c.path, c.start, c.end)
}

/// `Outlet, 2019-02-28, Speaker` (the parts known).
pub fn claim_head(c: &ClaimRef) -> String {
    let mut s = c.outlet.clone();
    if let Some(d) = c.published {
        s.push_str(&format!(", {d}"));
    }
    if let Some(sp) = &c.speaker {
        s.push_str(&format!(", {sp}"));
    }
    s
}

/// Evidence spans of one side: `"300" at 12..15, "homes" at 16..21`.
pub fn spans(v: &[TextSpan]) -> String {
    v.iter()
        .map(|t| format!("\u{201c}{}\u{201d} at {}..{}", t.text, t.start, t.end))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `code: detail`, then the evidence of each side where there is some.
pub fn reason_line(r: &Reason, a: &str, b: &str) -> String {
    let mut s = format!("{}: {}", r.code, r.detail);
    if !r.a.is_empty() {
        s.push_str(&format!("; {a}: {}", spans(&r.a)));
    }
    if !r.b.is_empty() {
        s.push_str(&format!("; {b}: {}", spans(&r.b)));
    }
    s
}

/// True when a conflict is a misquote (its word diff is worth showing).
pub fn is_misquote(a: &Alignment) -> bool {
    a.reasons.iter().any(|r| r.code.contains("misquote"))
}

/// One step of a word diff, from the `=word` / `-word` / `+word` evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiffWord<'a> {
    Kept(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// Parses `Evidence::diff`.
pub fn diff_words(diff: &[String]) -> Vec<DiffWord<'_>> {
    diff.iter()
        .filter_map(|w| match w.split_at_checked(1) {
            Some(("=", rest)) => Some(DiffWord::Kept(rest)),
            Some(("-", rest)) => Some(DiffWord::Removed(rest)),
            Some(("+", rest)) => Some(DiffWord::Added(rest)),
            _ => None,
        })
        .collect()
}

/// The diff in git's word-diff style: `we [-will-] {+won't+} talk`.
pub fn diff_plain(diff: &[String]) -> String {
    diff_words(diff)
        .iter()
        .map(|w| match w {
            DiffWord::Kept(x) => x.to_string(),
            DiffWord::Removed(x) => format!("[-{x}-]"),
            DiffWord::Added(x) => format!("{{+{x}+}}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The pair `a`, `b` (either order) of the matrix.
fn score_of<'a>(matrix: &'a [Consistency], a: &str, b: &str) -> Option<&'a Consistency> {
    matrix.iter().find(|c| (c.outlet_a == a && c.outlet_b == b) || (c.outlet_a == b && c.outlet_b == a))
}

/// The cell of a pair in the square matrix: the score, or `–` on the diagonal / for no pair.
pub fn square_cell(matrix: &[Consistency], a: &str, b: &str) -> String {
    match score_of(matrix, a, b) {
        Some(c) if a != b => format!("{:.2}", c.score),
        _ => "–".to_string(),
    }
}

/// Column heads of the pair table, Markdown and HTML alike.
pub const PAIR_HEADS: [&str; 9] = [
    "outlet A",
    "outlet B",
    "claims A",
    "claims B",
    "aligned",
    "coverage",
    "agreement",
    "conflicts",
    "score",
];

/// The cells of one pair's row, unescaped (each renderer escapes them its way).
pub fn pair_cells(c: &Consistency) -> [String; 9] {
    [
        c.outlet_a.clone(),
        c.outlet_b.clone(),
        c.claims_a.to_string(),
        c.claims_b.to_string(),
        c.aligned.to_string(),
        format!("{:.2}", c.coverage),
        format!("{:.2}", c.agreement_rate),
        c.conflicts.to_string(),
        format!("{:.2}", c.score),
    ]
}

/// `… and 12 more (all in --format json)` when a list was cut.
pub fn more(total: usize, shown: usize) -> Option<String> {
    (total > shown).then(|| format!("… and {} more (all of them in `--format json`)", total - shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_plain_marks_removed_and_added_words() {
        let d: Vec<String> = ["=we", "-will", "+won't", "=talk"].iter().map(|s| s.to_string()).collect();
        assert_eq!(diff_plain(&d), "we [-will-] {+won't+} talk");
        assert_eq!(diff_words(&["".to_string()]), vec![]);
    }

    #[test]
    fn reason_line_gives_spans_of_both_sides() {
        let r = Reason {
            code: "conflict-number".into(),
            detail: "300 vs 30".into(),
            a: vec![TextSpan { text: "300".into(), start: 4, end: 7 }],
            b: vec![TextSpan { text: "30".into(), start: 9, end: 11 }],
        };
        assert_eq!(
            reason_line(&r, "A", "B"),
            "conflict-number: 300 vs 30; A: \u{201c}300\u{201d} at 4..7; B: \u{201c}30\u{201d} at 9..11"
        );
    }

    #[test]
    fn more_only_when_cut() {
        assert_eq!(more(3, 3), None);
        assert!(more(5, 3).is_some_and(|s| s.starts_with("… and 2 more")));
    }
}
