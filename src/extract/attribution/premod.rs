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

/// Words that open a clause or stand for a noun phrase of their own (with the personal pronouns
/// of `speakers`), so cannot be a title in front of a name (`where President Obama said`, `soon
/// Ann Lee had declared`).
const NOT_TITLE: &[&str] = &[
    "where",
    "whereas",
    "what",
    "whether",
    "how",
    "why",
    "whom",
    "whose",
    "like",
    "unlike",
    "soon",
    "something",
    "anything",
    "nothing",
    "everything",
    "hence",
    "thus",
    "so",
    "yet",
    "later",
    "you",
];

/// A word that can be part of a title or description in front of a name (`union leader`,
/// `Democratic presidential candidate`): a modifier that is not a clause word, a verb form in
/// `-ing` (`embracing Obama`) or an adverb in `-ly`.
fn is_title_word(w: &str) -> bool {
    let l = w.to_lowercase();
    is_modifier(w)
        && !NOT_TITLE.contains(&l.as_str())
        && !crate::extract::speakers::PRONOUNS.contains(&l.as_str())
        && !l.ends_with("ing")
        && (!l.ends_with("ly") || l == "family")
}

/// New start of the speaker span `start..` in `left` once the up to four modifiers before it are
/// taken in (`state police`, `the official KCNA news agency`, `North Korea’s official KCNA news
/// agency`). The run counts only when it is anchored: it reaches a capitalised possessive (with
/// the name it belongs to) or the start of the clause (the text's start or a comma, colon or
/// dash); otherwise the head alone stays the speaker.
pub(super) fn premodified_start(left: &str, start: usize) -> usize {
    modified_start(left, start, is_modifier, true)
}

/// [`premodified_start`] for a proper name: the words in front must read as a title or a
/// description (`union leader Ana Ruiz`), see [`is_title_word`]; a possessor ends them
/// (`Fox’s chief anchor Ann Lee` → `chief anchor Ann Lee`: the possessive belongs to the title,
/// which the name's canonical form leaves out).
pub(super) fn titled_start(left: &str, start: usize) -> usize {
    let s = modified_start(left, start, is_title_word, false);
    // The word next to the name names a role (`union leader`, `press secretary`, `aide`), so
    // that a verb before an object's name is not a title (`Obama met Prime Minister Abe, who …`).
    let before = left[..start].trim_end();
    let next_to_name = &before[crate::text::last_word_start(before)..];
    if s < start && crate::extract::speakers::is_role_noun(next_to_name) {
        s
    } else {
        start
    }
}

/// The start of the run of up to four `modifier` words before `start`, when anchored (see
/// [`premodified_start`]); a capitalised possessive ends the run, taken in with its name when
/// `possessor`.
fn modified_start(left: &str, start: usize, modifier: fn(&str) -> bool, possessor: bool) -> usize {
    let mut s = start;
    let mut taken = 0;
    loop {
        let before = left[..s].trim_end();
        if before.is_empty() || before.ends_with([',', ':', ';', '—', '–', '(']) {
            return s;
        }
        let ws = crate::text::last_word_start(before);
        let w = &before[ws..];
        // A conjunction opening the clause (`But union leader Ana Ruiz said`) anchors the run
        // like the clause start itself.
        let opener = before[..ws].trim_end();
        if matches!(w, "But" | "And" | "Yet" | "So")
            && (opener.is_empty() || opener.ends_with([',', ':', ';', '—', '–', '(']))
        {
            return s;
        }
        if DETERMINERS.contains(&w.to_lowercase().as_str()) {
            // `the plan surprised transit officials`: a determiner before lower-case words may
            // open another noun phrase (a determiner right before the modifiers is the
            // speaker pattern's own case).
            return start;
        }
        if is_possessive(w) && !possessor {
            return s;
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
        if taken == 4 || !modifier(w) {
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

    fn titled(left: &str, name: &str) -> String {
        let start = left.rfind(name).unwrap_or(0);
        left[titled_start(left, start)..].to_string()
    }

    #[test]
    fn a_name_takes_the_title_or_description_in_front() {
        assert_eq!(titled("Wages must rise, union leader Ana Ruiz", "Ana Ruiz"), "union leader Ana Ruiz");
        assert_eq!(
            titled("Retired trucker and county clerk Lou Perez", "Lou Perez"),
            "Lou Perez",
            "a conjunction is not part of a title"
        );
        assert_eq!(titled("Green Party candidate Ada Moss", "Ada Moss"), "Green Party candidate Ada Moss");
        assert_eq!(titled("Rival builders fumed, but Omar Diaz", "Omar Diaz"), "Omar Diaz");
        assert_eq!(titled("It was no secret: soon Ada Moss", "Ada Moss"), "Ada Moss");
        assert_eq!(titled("That is where Mayor Lee", "Mayor Lee"), "Mayor Lee");
        assert_eq!(titled("Crowds cheering Omar Diaz", "Omar Diaz"), "Omar Diaz");
        assert_eq!(titled("Quietly Omar Diaz", "Omar Diaz"), "Omar Diaz");
        assert_eq!(titled("Ten days later, family lawyer Omar Diaz", "Omar Diaz"), "family lawyer Omar Diaz");
        assert_eq!(titled("Fox’s chief anchor Ann Lee", "Ann Lee"), "chief anchor Ann Lee");
        assert_eq!(titled("It angered Tom Reyes", "Tom Reyes"), "Tom Reyes");
        assert_eq!(titled("But union leader Ana Ruiz", "Ana Ruiz"), "union leader Ana Ruiz");
        assert_eq!(titled("Voters backed Mayor Cole", "Mayor Cole"), "Mayor Cole");
        assert_eq!(titled("Obama met Prime Minister Ito", "Prime Minister Ito"), "Prime Minister Ito");
        assert_eq!(titled("Retired neurosurgeon Ben Okoye", "Ben Okoye"), "Retired neurosurgeon Ben Okoye");
        assert_eq!(titled("Campaign aide Lou Perez", "Lou Perez"), "Campaign aide Lou Perez");
        assert_eq!(titled("Lee met ministers but union leader Ana Ruiz", "Ana Ruiz"), "Ana Ruiz");
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
