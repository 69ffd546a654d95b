//! The modifiers in front of a described source found by its bare head noun: `North Korea’s
//! official KCNA news agency said` → the whole phrase, not `agency`.

use super::right::DETERMINERS;

/// Words in front of a source's head noun that can never modify it.
const STOP: &[&str] = &[
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "as",
    "that",
    "which",
    "who",
    "while",
    "when",
    "after",
    "before",
    "said",
    "says",
    "told",
    "than",
    "not",
    "also",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "yesterday",
    "today",
    "tonight",
    "now",
    "then",
    "without",
    "within",
    "about",
    "over",
    "under",
    "during",
    "since",
    "until",
    "because",
    "if",
    "though",
    "although",
    "even",
    "only",
    "still",
    "meanwhile",
    "here",
    "there",
];

fn is_possessive(w: &str) -> bool {
    (w.ends_with("’s") || w.ends_with("'s")) && w.chars().next().is_some_and(char::is_uppercase)
}

/// A word of the possessor's name: capitalised, and may be a title with its full stop
/// (`Mr. Lee’s`, `Gov. Ruiz’s`, `U.N.`).
fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && !STOP.contains(&w.to_lowercase().as_str())
        && !DETERMINERS.contains(&w.to_lowercase().as_str())
        && !super::not_name(w)
}

fn is_modifier(w: &str) -> bool {
    !w.is_empty()
        && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !STOP.contains(&w.to_lowercase().as_str())
        && !super::not_name(w)
}

/// New start of the speaker span `start..` in `left` once the up to four modifiers before it are
/// taken in (`state police`, `the official KCNA news agency`, `North Korea’s official KCNA news
/// agency`). The run counts only when it is anchored: it reaches a capitalised possessive (with
/// the name it belongs to) or the start of the clause (the text's start or a comma, colon or
/// dash); otherwise the head alone stays the speaker.
pub(super) fn premodified_start(left: &str, start: usize) -> usize {
    let mut s = start;
    let mut taken = 0;
    loop {
        let before = left[..s].trim_end();
        if before.is_empty() || before.ends_with([',', ':', ';', '—', '–', '(']) {
            return s;
        }
        let ws = crate::text::last_word_start(before);
        let w = &before[ws..];
        if DETERMINERS.contains(&w.to_lowercase().as_str()) {
            // `the plan surprised transit officials`: a determiner before lower-case words may
            // open another noun phrase (a determiner right before the modifiers is the
            // speaker pattern's own case).
            return start;
        }
        if is_possessive(w) {
            // The possessor's name: `North Korea’s`, `Japan's`, `Mr. Lee's`.
            let mut p = ws;
            for _ in 0..3 {
                let b = left[..p].trim_end();
                let i = crate::text::last_word_start(b);
                let n = &b[i..];
                if is_name_word(n) && b.len() < p {
                    p = i;
                } else {
                    break;
                }
            }
            return p;
        }
        if taken == 4 || !is_modifier(w) {
            return start;
        }
        taken += 1;
        s = ws;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(left: &str, head: &str) -> String {
        let start = left.rfind(head).unwrap_or(0);
        left[premodified_start(left, start)..].to_string()
    }

    #[test]
    fn takes_modifiers_up_to_a_possessive_determiner_or_clause_start() {
        assert_eq!(
            speaker("Last week, Peru’s national weather agency", "agency"),
            "Peru’s national weather agency"
        );
        assert_eq!(
            speaker("Later, Costa Rica's state news agency", "agency"),
            "Costa Rica's state news agency"
        );
        assert_eq!(speaker("In Ohio, county health officials", "officials"), "county health officials");
        assert_eq!(speaker("OPEC oil ministers", "ministers"), "OPEC oil ministers");
        assert_eq!(speaker("Ms. Vance's new firm", "firm"), "Ms. Vance's new firm");
        assert_eq!(speaker("Then Gov. Ruiz’s office", "office"), "Gov. Ruiz’s office");
        assert_eq!(speaker("The U.N.’s refugee agency", "agency"), "U.N.’s refugee agency");
    }

    #[test]
    fn an_unanchored_run_leaves_the_head_alone() {
        // A verb or preposition in front: the head alone.
        assert_eq!(speaker("The plan was backed by transit officials", "officials"), "officials");
        assert_eq!(speaker("The plan surprised transit officials", "officials"), "officials");
        assert_eq!(speaker("After meeting officials", "officials"), "officials");
        assert_eq!(speaker("Voters told the city transit officials", "officials"), "officials");
        assert_eq!(speaker("one two three four five officials", "officials"), "officials");
    }
}
