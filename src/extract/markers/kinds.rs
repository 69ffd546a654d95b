//! Which alternative of a marker family a match is, without the captures engines.
//!
//! A family's pattern is `(?i)\b(?:(a1)|(a2)|…)\b`; its group `i` tells the marker's kind. With
//! captures, each match ran the bounded backtracker over the family's whole NFA (~3,300
//! instructions a match, ~50 M on the FNC-1 bodies). The match's span alone tells the group: it
//! is the first alternative that matches the span exactly. The chosen alternative `i` matches
//! it; an earlier one `j` that matched it too would match at the same start, followed by the
//! same word boundary, and leftmost-first would have taken it. (This needs alternatives without
//! look-around, which the families' are: their `\b`s stand outside the groups.) So a lazy DFA
//! of the alternatives anchored at both ends, `^(?:ai)$`, run on the span with every pattern
//! reported (`MatchKind::All`), gives the group: the least pattern that matches.

use regex_automata::hybrid::dfa::{Cache, OverlappingState, DFA};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind};

use crate::twin::ascii_twin;

type NewCache = Box<dyn Fn() -> Cache + Send + Sync>;

/// The alternatives of a family, each anchored at both ends, for the ASCII twin's spans.
pub(super) struct Kinds {
    dfa: DFA,
    caches: Pool<Cache, NewCache>,
}

impl Kinds {
    /// The alternatives' ASCII twins (as [`crate::twin::Twin`] spells them), case-insensitive.
    pub(super) fn new(alts: &[&str]) -> Self {
        let patterns: Vec<String> = alts.iter().map(|a| ascii_twin(&format!("(?i)^(?:{a})$"))).collect();
        #[allow(clippy::expect_used)] // constant patterns of the families, checked by their tests
        let dfa = DFA::builder()
            .configure(DFA::config().match_kind(MatchKind::All))
            .syntax(syntax::Config::new().utf8(false))
            .build_many(&patterns)
            .expect("marker kinds DFA");
        let for_caches = dfa.clone();
        Kinds { dfa, caches: Pool::new(Box::new(move || for_caches.create_cache())) }
    }

    /// The index of the first alternative that matches all of `span` (spelt bytes), `None` when
    /// none does or the DFA gives up (then the captures decide).
    pub(super) fn first(&self, span: &[u8]) -> Option<usize> {
        let mut cache = self.caches.get();
        let input = Input::new(span).anchored(Anchored::Yes);
        let mut state = OverlappingState::start();
        let mut first: Option<usize> = None;
        loop {
            self.dfa.try_search_overlapping_fwd(&mut cache, &input, &mut state).ok()?;
            let Some(m) = state.get_match() else { break };
            let i = m.pattern().as_usize();
            first = Some(first.map_or(i, |f| f.min(i)));
        }
        first
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Family, CONDITION, MODALITY, NEGATION};
    use crate::twin::spelt;
    use proptest::prelude::*;

    /// Pieces of every family's alternatives, in several casings, and text around them.
    const PIECES: &[&str] = &[
        "not",
        "NOT",
        "Not",
        "only",
        "no",
        "No.",
        "matter",
        "doubt",
        "nothing",
        "but",
        "won’t",
        "won't",
        "don't",
        "didn’t",
        "n't",
        "never",
        "none",
        "nobody",
        "one",
        "longer",
        "neither",
        "nor",
        "deny",
        "Denies",
        "rejected",
        "refus",
        "refused",
        "declining",
        "to",
        "fail",
        "failed",
        "rule",
        "ruled",
        "out",
        "doubts",
        "doubtful",
        "skeptical",
        "unlikely",
        "considering",
        "weighs",
        "mulled",
        "explore",
        "signaled",
        "signalling",
        "a",
        "its",
        "willingness",
        "an",
        "interest",
        "willing",
        "open",
        "ready",
        "prepared",
        "wants",
        "wish",
        "seek",
        "sought",
        "would",
        "like",
        "hope",
        "hopeful",
        "offer",
        "offered",
        "will",
        "shall",
        "committed",
        "pledge",
        "promise",
        "vow",
        "going",
        "may",
        "might",
        "could",
        "possibly",
        "perhaps",
        "maybe",
        "reportedly",
        "allegedly",
        "apparently",
        "likely",
        "probably",
        "appear",
        "appears",
        "seem",
        "seems",
        "without",
        "with",
        "any",
        "pre-conditions",
        "preconditions",
        "conditions",
        "unconditional",
        "unconditionally",
        "strings",
        "attached",
        "on",
        "the",
        "condition",
        "that",
        "provided",
        "providing",
        "as",
        "long",
        "if",
        "IF",
        "even",
        "unless",
        "in",
        "order",
        "so",
        "bid",
        "resolve",
        "settle",
        "end",
        "ease",
        "aimed",
        "at",
        "José",
        "Ünïcode",
        "5",
        "٣",
        "ſ",
        "\u{212a}",
        "’",
        "—",
        "“",
        ".",
        "x",
        "ifs",
        "knot",
        "_",
        "\u{a0}",
        "é",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Spans and kinds by the DFA and [`super::Kinds`] equal the captures', on the twin and on
        /// the pattern as written.
        #[test]
        fn kinds_by_span_are_the_captured_groups(picks in proptest::collection::vec((0..PIECES.len(), 0..4usize), 0..14)) {
            let t: String = picks.iter().map(|&(i, sep)| format!("{}{}", PIECES[i], [" ", "", ", ", "  "][sep])).collect();
            let b = spelt(&t);
            for family in [&*NEGATION, &*MODALITY, &*CONDITION] {
                let got: Vec<_> = family.scan_spelt(&t, b.as_deref()).collect();
                prop_assert_eq!(&got, &family.by_captures(&t, b.as_deref()), "{:?}", t);
                prop_assert_eq!(&got, &family.by_captures(&t, None), "{:?}", t);
            }
        }
    }

    #[test]
    fn first_alternative_that_spans_the_match() {
        let spans = |f: &Family, t: &str| f.scan_spelt(t, Some(t.as_bytes())).collect::<Vec<_>>();
        assert_eq!(spans(&NEGATION, "not only that"), vec![("skip", 0, 8)]);
        // `no` is listed before `no\s+one`: leftmost-first takes it, as the captures did.
        assert_eq!(spans(&NEGATION, "NOT now, no one"), vec![("not", 0, 3), ("no", 9, 11)]);
        assert_eq!(spans(&MODALITY, "He Refused to go"), vec![("refuse", 3, 10)]);
        assert_eq!(spans(&CONDITION, "only if"), vec![("condition", 0, 7)]);
    }
}
