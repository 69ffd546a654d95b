//! Tone of a claim toward its counterpart, from a small lexicon of hostile and conciliatory
//! words: −1 (only hostile words) … +1 (only conciliatory words), with the words as evidence.
//!
//! Score = (conciliatory − hostile) / (conciliatory + hostile) over lexicon hits in the claim's
//! content; 0 when none. Entries are word prefixes ("threat" also matches "threatens") or
//! multi-word phrases ("open mind"), matched case-insensitively on word boundaries.

use super::words::tokens;

/// Hostile wording (prefixes of words, or phrases of several words).
pub const HOSTILE: &[&str] = &[
    "threat",
    "criminal",
    "provocat",
    "pressure",
    "sanction",
    "condemn",
    "hostil",
    "reckless",
    "aggress",
    "enemy",
    "enemies",
    "menac",
    "unacceptabl",
    "outrag",
    "heinous",
    "impudent",
    "immoral",
    "punish",
    "retaliat",
    "denounc",
    "rogue",
    "belligeren",
    "ultimatum",
    "blackmail",
    "betray",
    "lies",
    "liar",
    "attack",
    "warmonger",
    "crimes",
    "brutal",
    "tough stance",
    "hawkish",
    "harsh",
    "coerc",
    "intimidat",
    "never trust",
];

/// Conciliatory wording.
pub const CONCILIATORY: &[&str] = &[
    "open mind",
    "frankly",
    "dialogue",
    "cooperat",
    "trust",
    "friendship",
    "unconditional",
    "flexib",
    "constructive",
    "peace",
    "goodwill",
    "good faith",
    "mutual respect",
    "reconcil",
    "partner",
    "welcom",
    "sincer",
    "engage",
    "compromis",
    "friendly",
    "conciliat",
    "olive branch",
    "understanding",
    "work together",
];

/// One lexicon hit: the words and their byte range in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToneHit {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// +1 conciliatory, −1 hostile.
    pub sign: i8,
}

/// The tone of a text and the words behind it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tone {
    /// −1 … +1
    pub score: f64,
    pub hits: Vec<ToneHit>,
}

/// Words that negate the next lexicon hit within two words ("no trust", "not cooperate").
const NEGATORS: &[&str] = &["no", "not", "never", "without", "lack", "n't", "cannot", "can't", "won't"];

/// Scores the tone of `text` (see the module rules).
pub fn tone(text: &str) -> Tone {
    let toks = tokens(text);
    let lower: Vec<String> = toks.iter().map(|t| t.word.to_lowercase()).collect();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut matched = None;
        for (lex, sign) in [(HOSTILE, -1i8), (CONCILIATORY, 1i8)] {
            for entry in lex {
                let parts: Vec<&str> = entry.split(' ').collect();
                let n = parts.len();
                if i + n > toks.len() {
                    continue;
                }
                let ok = parts.iter().enumerate().all(|(k, p)| {
                    // the last word of an entry is a prefix, earlier words must match whole
                    if k + 1 == n {
                        lower[i + k].starts_with(p)
                    } else {
                        lower[i + k] == *p
                    }
                });
                if ok && matched.is_none_or(|(m, _)| n > m) {
                    matched = Some((n, sign));
                }
            }
        }
        if let Some((n, sign)) = matched {
            let negated = (i.saturating_sub(2)..i)
                .any(|k| NEGATORS.contains(&lower[k].as_str()) || lower[k].ends_with("n't"));
            let (start, end) = (toks[i].start, toks[i + n - 1].end);
            hits.push(ToneHit {
                text: text[start..end].to_string(),
                start,
                end,
                sign: if negated { -sign } else { sign },
            });
            i += n;
        } else {
            i += 1;
        }
    }
    let pos = hits.iter().filter(|h| h.sign > 0).count() as f64;
    let neg = hits.iter().filter(|h| h.sign < 0).count() as f64;
    let score = if pos + neg == 0.0 { 0.0 } else { (pos - neg) / (pos + neg) };
    Tone { score, hits }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_scores_negative_with_its_words() {
        let t = tone("The minister condemned the reckless provocation and threatened sanctions.");
        assert_eq!(t.score, -1.0);
        let words: Vec<&str> = t.hits.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(words, ["condemned", "reckless", "provocation", "threatened", "sanctions"]);
    }

    #[test]
    fn conciliatory_phrases_and_mixed_text() {
        let t = tone("We will talk frankly with an open mind, despite the threats.");
        assert!((t.score - (1.0 / 3.0)).abs() < 1e-9, "{t:?}");
        assert!(t.hits.iter().any(|h| h.text == "open mind" && h.sign == 1));
    }

    #[test]
    fn negation_flips_a_hit_and_neutral_text_is_zero() {
        let t = tone("There is no trust left between the two unions.");
        assert_eq!(t.score, -1.0);
        assert_eq!(tone("The council met on Tuesday to discuss the budget.").score, 0.0);
    }

    #[test]
    fn offsets_point_at_the_words() {
        let text = "Leaders pledged cooperation.";
        let t = tone(text);
        assert_eq!(&text[t.hits[0].start..t.hits[0].end], "cooperation");
    }
}
