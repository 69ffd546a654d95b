//! Polarity (negation), modality / hedging and condition markers of a claim's text.
//!
//! Input is any plain text (a claim's content, or a whole sentence when the `score` stage asks);
//! output is [`Marker`]s with byte spans into that text. Everything is word lists compiled once into
//! one regex per family; the first alternative that matches at a position wins, so the longer phrase
//! (`signaled a willingness`) is listed before its parts (`willing`).

use std::sync::LazyLock;

use crate::model::{Marker, Polarity};
use crate::twin::{spelt, Twin};

mod kinds;

/// A family of markers: one regex whose capture group `i` stands for `kinds[i]` (with an ASCII
/// twin for text of ASCII and neutral punctuation, see [`crate::twin`]).
struct Family {
    re: Twin,
    kinds: Vec<&'static str>,
    /// Which group a match of the ASCII twin is, told from its span ([`kinds::Kinds`]).
    which: kinds::Kinds,
}

impl Family {
    fn new(rules: &[(&'static str, &str)]) -> Self {
        let alts: Vec<String> = rules.iter().map(|(_, p)| format!("({p})")).collect();
        let pattern = family_pattern(&alts);
        // The patterns are constants of this file; a failure is a programming error caught by tests.
        let re = Twin::new(&pattern);
        let which = kinds::Kinds::new(&rules.iter().map(|(_, p)| *p).collect::<Vec<_>>());
        Family { re, kinds: rules.iter().map(|(k, _)| *k).collect(), which }
    }

    /// Every match as `(kind, start, end)`, in text order, non-overlapping.
    fn scan<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (&'static str, usize, usize)> + 'a {
        self.scan_spelt(text, spelt(text).as_deref())
    }

    /// [`Self::scan`] given the [`spelt`] bytes `b` of `text`.
    fn scan_spelt<'a>(
        &'a self,
        text: &'a str,
        b: Option<&[u8]>,
    ) -> impl Iterator<Item = (&'static str, usize, usize)> + 'a {
        if let Some(b) = b {
            // The twin's matches by its DFA, each one's group by its span.
            let by_span: Option<Vec<_>> = self
                .re
                .ascii_find_iter(b)
                .map(|r| self.which.first(&b[r.clone()]).map(|i| (self.kinds[i], r.start, r.end)))
                .collect();
            if let Some(found) = by_span {
                return found.into_iter();
            }
        }
        self.by_captures(text, b).into_iter()
    }

    /// [`Self::scan_spelt`] by the captures engines (text the twin cannot take).
    fn by_captures(&self, text: &str, b: Option<&[u8]>) -> Vec<(&'static str, usize, usize)> {
        let groups = self.re.captures_spans_spelt(text, b);
        groups
            .into_iter()
            .filter_map(|c| {
                let whole = c.first()?.clone()?;
                let i = (1..c.len()).find(|&i| c[i].is_some())?;
                Some((self.kinds[i - 1], whole.start, whole.end))
            })
            .collect()
    }
}

/// The pattern of a family of alternatives: the first that matches between word boundaries.
fn family_pattern(alts: &[String]) -> String {
    format!(r"(?i)\b(?:{})\b", alts.join("|"))
}

fn marker(text: &str, kind: &str, start: usize, end: usize) -> Marker {
    Marker { kind: kind.to_string(), text: text[start..end].to_string(), start, end }
}

/// Apostrophes as found in news text: straight and curly.
const APOS: &str = "['\u{2019}]";

/// The negation rules: kind and pattern.
fn negation_rules() -> Vec<(&'static str, String)> {
    let nt = format!(r"\w+n{APOS}t");
    vec![
        // Not negations: "not only … but", "no matter", "no doubt", "nothing but".
        ("skip", r"not\s+only|no\s+matter|no\s+doubt|nothing\s+but|no\.?\s*\d+".into()),
        ("not", r"not|cannot".into()),
        ("not", nt),
        ("never", r"never".into()),
        ("no", r"no|none|nobody|nothing|neither|nor|no\s+one|no\s+longer".into()),
        ("denied", r"den(?:y|ies|ied|ying)|rejects?|rejected|rejecting".into()),
        ("refused", r"refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to".into()),
        ("failed", r"fail(?:s|ed|ing)?\s+to".into()),
    ]
}

/// The modality rules: kind and pattern.
const MODALITY_RULES: &[(&str, &str)] = &[
    ("refuse", r"refus(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out|reject(?:s|ed|ing)?"),
    ("doubt", r"doubts?|doubted|doubtful|skeptical|sceptical|unlikely"),
    ("consider", r"consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:e|es|ed|ing)"),
    (
        "willing",
        r"signal(?:s|ed|led|ing|ling)?\s+(?:a\s+|its\s+|his\s+|her\s+|their\s+)?willingness|signal(?:s|ed|led|ing|ling)?\s+(?:an\s+)?interest|willing(?:ness)?|open\s+to|ready\s+to|prepared\s+to",
    ),
    ("want", r"wants?|wanted|wanting|wish(?:es|ed)?|seek(?:s|ing)?|sought|would\s+like"),
    ("hope", r"hop(?:e|es|ed|ing)|hopeful"),
    ("offer", r"offer(?:s|ed|ing)?"),
    (
        "will",
        r"will|won['\u{2019}]t|shall|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|going\s+to",
    ),
    ("may", r"may|might|could|possibly|perhaps|maybe"),
    ("reportedly", r"reportedly|allegedly|apparently|purportedly"),
    ("likely", r"likely|probably"),
    ("appears", r"appear(?:s|ed)?\s+to|seem(?:s|ed)?\s+to|appears|seems"),
];

/// The condition rules: kind and pattern.
const CONDITION_RULES: &[(&str, &str)] = &[
    (
        "without-preconditions",
        r"(?:without|with\s+no)\s+(?:any\s+)?(?:pre-?)?conditions|no\s+(?:pre-?)?conditions",
    ),
    ("unconditional", r"unconditional(?:ly)?|no\s+strings\s+attached"),
    (
        "condition",
        r"on\s+(?:the\s+)?condition(?:\s+that)?|provided\s+that|providing\s+that|as\s+long\s+as|only\s+if|even\s+if|if",
    ),
    ("unless", r"unless"),
    (
        "purpose",
        r"(?:in\s+order\s+|so\s+as\s+|in\s+a\s+bid\s+)?to\s+(?:resolve|solve|settle|end|restore|secure|break|ease|address)|aimed\s+at|in\s+a\s+bid\s+to",
    ),
];

static NEGATION: LazyLock<Family> = LazyLock::new(|| {
    let rules = negation_rules();
    let rules: Vec<(&'static str, &str)> = rules.iter().map(|(k, p)| (*k, p.as_str())).collect();
    Family::new(&rules)
});

static MODALITY: LazyLock<Family> = LazyLock::new(|| Family::new(MODALITY_RULES));

static CONDITION: LazyLock<Family> = LazyLock::new(|| Family::new(CONDITION_RULES));

/// Every alternative of the three families in one pattern, without groups. A family's match is
/// one of its alternatives between word boundaries, so where this matches nowhere no family
/// matches: one scan rules out the three on most claim contents (three scans were ~6 % of
/// `claims` on PolNeAR train).
static ANY: LazyLock<Twin> = LazyLock::new(|| {
    let negation = negation_rules();
    let alts: Vec<String> = negation
        .iter()
        .map(|(_, p)| p.as_str())
        .chain(MODALITY_RULES.iter().chain(CONDITION_RULES).map(|(_, p)| *p))
        .map(|p| format!("(?:{p})"))
        .collect();
    Twin::new(&family_pattern(&alts))
});

/// Verbs after which `if` means `whether` (an embedded question), not a condition.
const IF_AS_WHETHER: &[&str] = &[
    "ask",
    "asked",
    "asking",
    "asks",
    "wonder",
    "wondered",
    "wondering",
    "see",
    "know",
    "unclear",
    "clear",
    "check",
    "decide",
    "decided",
    "determine",
];

/// The markers of a claim's content: its [`polarity`], [`modality`] and [`conditions`], as
/// those give them, the text spelt once for the three and scanned once when none is there.
pub fn of_content(text: &str) -> (Polarity, Vec<Marker>, Vec<Marker>) {
    let b = spelt(text);
    let b = b.as_deref();
    if !ANY.is_match_spelt(text, b) {
        return (Polarity::Positive, Vec::new(), Vec::new());
    }
    let modality = MODALITY.scan_spelt(text, b).map(|(k, s, e)| marker(text, k, s, e)).collect();
    (polarity_of(NEGATION.scan_spelt(text, b)), modality, conditions_of(text, CONDITION.scan_spelt(text, b)))
}

/// Negation markers (`not`, `n't`, `no`, `never`, `nobody`, `denied`, `refused to`, `failed to` …);
/// spans are byte offsets into `text`.
pub fn negations(text: &str) -> Vec<Marker> {
    NEGATION.scan(text).filter(|(k, _, _)| *k != "skip").map(|(k, s, e)| marker(text, k, s, e)).collect()
}

/// `Negative` when the text carries a negation (a double negation still counts as negative: it is
/// what a reader would flag when comparing outlets).
pub fn polarity(text: &str) -> Polarity {
    polarity_of(NEGATION.scan(text))
}

/// The polarity of negation matches `(kind, start, end)`.
fn polarity_of(mut matches: impl Iterator<Item = (&'static str, usize, usize)>) -> Polarity {
    // [`negations`] without building the markers: the first real negation decides.
    if matches.all(|(k, _, _)| k == "skip") {
        Polarity::Positive
    } else {
        Polarity::Negative
    }
}

/// Modality and hedge markers, each with its kind: the commitment scale
/// `refuse < doubt < consider < willing < want / hope < offer < will`, and the hedges `may`
/// (may, might, could), `reportedly` (reportedly, allegedly), `likely`, `appears`.
pub fn modality(text: &str) -> Vec<Marker> {
    MODALITY.scan(text).map(|(k, s, e)| marker(text, k, s, e)).collect()
}

/// Where a modality kind stands on the commitment scale (higher = more committed), `None` for hedges.
pub fn commitment_rank(kind: &str) -> Option<u8> {
    match kind {
        "refuse" => Some(0),
        "doubt" => Some(1),
        "consider" => Some(2),
        "willing" => Some(3),
        "want" | "hope" => Some(4),
        "offer" => Some(5),
        "will" => Some(6),
        _ => None,
    }
}

/// Condition markers: `condition` (if, on condition that, provided that …, with the clause up to
/// the next punctuation), `unless`, `purpose` (to resolve X, in a bid to …), `unconditional`,
/// `without-preconditions`.
pub fn conditions(text: &str) -> Vec<Marker> {
    conditions_of(text, CONDITION.scan(text))
}

/// The condition markers of `text` from its condition matches `(kind, start, end)`.
fn conditions_of(text: &str, matches: impl Iterator<Item = (&'static str, usize, usize)>) -> Vec<Marker> {
    let mut out = Vec::new();
    for (kind, s, e) in matches {
        if kind == "condition" && text[s..e].eq_ignore_ascii_case("if") {
            let prev = text[..s].split_whitespace().next_back().unwrap_or("");
            let prev = prev.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
            if IF_AS_WHETHER.contains(&prev.as_str()) {
                continue;
            }
        }
        let end = match kind {
            "condition" | "unless" | "purpose" => clause_end(text, e),
            _ => e,
        };
        out.push(marker(text, kind, s, end));
    }
    out
}

/// Words that open another clause or an adjunct after a condition (`to resolve the dispute
/// following the talks`, `if the tests stop after the vote`): the condition ends before them.
const CLAUSE_OPENERS: &[&str] = &[
    "following",
    "after",
    "before",
    "while",
    "when",
    "whereas",
    "because",
    "since",
    "amid",
    "despite",
    "which",
    "who",
    "although",
    "though",
];

/// End of the clause that starts at `from`: the next punctuation, a word that opens another clause
/// ([`CLAUSE_OPENERS`], after at least two words), or 12 words, whichever is first.
fn clause_end(text: &str, from: usize) -> usize {
    let mut last_word_end = from;
    for (words, (at, w)) in crate::text::word_spans(&text[from..]).enumerate() {
        let at = from + at;
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if words >= 2 && CLAUSE_OPENERS.iter().any(|o| bare.eq_ignore_ascii_case(o)) {
            break;
        }
        if let Some(p) = w.find(|c: char| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '!' | '?' | '"' | '\u{201c}' | '\u{201d}' | '(' | ')' | '\u{2014}'
            )
        }) {
            if p > 0 {
                last_word_end = at + p;
            }
            break;
        }
        last_word_end = at + w.len();
        if words + 1 >= 12 {
            break;
        }
    }
    last_word_end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(ms: &[Marker]) -> Vec<(&str, &str)> {
        ms.iter().map(|m| (m.kind.as_str(), m.text.as_str())).collect()
    }

    #[test]
    fn negation_words_and_contractions() {
        let t = "The minister did not attend and said he won’t go; nobody came. She denied it.";
        assert_eq!(
            kinds(&negations(t)),
            vec![("not", "not"), ("not", "won’t"), ("no", "nobody"), ("denied", "denied")]
        );
        assert_eq!(polarity(t), Polarity::Negative);
        assert_eq!(polarity("The ministers agreed to meet in Geneva."), Polarity::Positive);
    }

    #[test]
    fn not_only_and_refused_to() {
        assert_eq!(polarity("It is not only cheap but also fast."), Polarity::Positive);
        let t = "The union refused to sign and the talks failed to produce a deal.";
        assert_eq!(kinds(&negations(t)), vec![("refused", "refused to"), ("failed", "failed to")]);
        assert_eq!(polarity("There was no response from the ministry."), Polarity::Negative);
    }

    #[test]
    fn modality_scale_and_hedges() {
        let t = "The mayor signaled a willingness to talk; she wants a deal and will sign if it may help.";
        assert_eq!(
            kinds(&modality(t)),
            vec![("willing", "signaled a willingness"), ("want", "wants"), ("will", "will"), ("may", "may")]
        );
        let t = "The firm reportedly is open to offers and has offered to pay.";
        assert_eq!(
            kinds(&modality(t)),
            vec![
                ("reportedly", "reportedly"),
                ("willing", "open to"),
                ("offer", "offers"),
                ("offer", "offered")
            ]
        );
        assert!(commitment_rank("will") > commitment_rank("willing"));
        assert!(commitment_rank("refuse") < commitment_rank("consider"));
        assert_eq!(commitment_rank("may"), None);
    }

    #[test]
    fn conditions_with_clause() {
        let t = "He will meet her unconditionally, and talks resume only if sanctions end.";
        assert_eq!(
            kinds(&conditions(t)),
            vec![("unconditional", "unconditionally"), ("condition", "only if sanctions end")]
        );
        let t = "She met the envoy to resolve the border dispute, unless it rains.";
        assert_eq!(
            kinds(&conditions(t)),
            vec![("purpose", "to resolve the border dispute"), ("unless", "unless it rains")]
        );
        // Another clause ends it: `following`, `after`, `which` …
        let t = "She met the envoy to resolve the border dispute following the collapse of the talks.";
        assert_eq!(kinds(&conditions(t)), vec![("purpose", "to resolve the border dispute")]);
        let t = "Aid resumes only if the vote passes after the recount in March.";
        assert_eq!(kinds(&conditions(t)), vec![("condition", "only if the vote passes")]);
        // ... but not as its first words, and a long clause still stops at twelve words.
        let t = "They will talk if after all the tests stop.";
        assert_eq!(kinds(&conditions(t)), vec![("condition", "if after all the tests stop")]);
        let t = "Aid resumes if one two three four five six seven eight nine ten eleven twelve thirteen.";
        assert_eq!(
            kinds(&conditions(t))[0].1,
            "if one two three four five six seven eight nine ten eleven twelve"
        );
        let t = "They offered talks without preconditions on condition that the tests stop.";
        assert_eq!(
            kinds(&conditions(t)),
            vec![
                ("without-preconditions", "without preconditions"),
                ("condition", "on condition that the tests stop")
            ]
        );
    }

    #[test]
    fn asked_if_is_not_a_condition() {
        assert!(conditions("Reporters asked if he would resign.").is_empty());
    }

    /// Words and pieces of every family, and text around them.
    const PIECES: &[&str] = &[
        "not",
        "only",
        "no",
        "matter",
        "won’t",
        "don't",
        "never",
        "nobody",
        "denied",
        "refused",
        "to",
        "failed",
        "ruled",
        "out",
        "doubts",
        "weighing",
        "signaled",
        "a",
        "willingness",
        "wants",
        "hoped",
        "offered",
        "will",
        "pledge",
        "going",
        "may",
        "reportedly",
        "likely",
        "appears",
        "seem",
        "without",
        "preconditions",
        "unconditionally",
        "on",
        "condition",
        "that",
        "as",
        "long",
        "if",
        "unless",
        "in",
        "order",
        "resolve",
        "aimed",
        "at",
        "bid",
        "the",
        "mayor",
        "said",
        "José",
        "Ünïcode",
        "NOT",
        "If",
        "No.",
        "5",
        "ſ",
        "’",
        "—",
        "“",
        "x",
        "ifs",
        "knot",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        #[test]
        fn of_content_gives_the_three_families(picks in proptest::collection::vec((0..PIECES.len(), 0..3usize), 0..14)) {
            let t: String = picks.iter().map(|&(i, sep)| format!("{}{}", PIECES[i], [" ", "", ", "][sep])).collect();
            let (p, m, c) = of_content(&t);
            proptest::prop_assert_eq!(p, polarity(&t), "{:?}", t);
            proptest::prop_assert_eq!(m, modality(&t), "{:?}", t);
            proptest::prop_assert_eq!(c, conditions(&t), "{:?}", t);
        }
    }

    #[test]
    fn of_content_on_sentences() {
        for t in [
            "The ministers agreed to meet in Geneva.",
            "He will not go unless paid.",
            "Ünïcode first: they may agree.",
            "Nothing but rain, no. 5 said.",
            "",
        ] {
            assert_eq!(of_content(t), (polarity(t), modality(t), conditions(t)), "{t:?}");
        }
        assert_eq!(of_content("The ministers met in Geneva.").0, Polarity::Positive);
    }

    #[test]
    fn spans_point_into_the_text() {
        let t = "Ünïcode first: they may not agree unless paid.";
        for m in negations(t).iter().chain(&modality(t)).chain(&conditions(t)) {
            assert_eq!(&t[m.start..m.end], m.text);
        }
    }
}
