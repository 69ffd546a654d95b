//! The speaker after its cue (`"…," said Abe.` / `said Clinton campaign manager Robby Mook in a
//! statement` / `said a person close to the talks`): the phrase right after the cue up to the end
//! of the reporting clause.
//!
//! The phrase must close the clause: it stops at punctuation, a masked quotation, the end of the
//! sentence, or a word that starts an adverbial or a relative (`on Monday`, `in a statement`,
//! `who …`). A phrase running into a finite verb (`said Trump was ahead`) or ending in a common
//! word (`said Republicans face a fight`) is the subject of the reported clause, not a speaker.

use crate::model::Span;

/// Words that end an inverted speaker phrase (`said Abe on Monday`, `said Abe, who …`, `said Abe
/// in a statement`): adverbials, relatives, participle clauses.
const AFTER_INVERTED: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "when",
    "while",
    "as",
    "last",
    "this",
    "earlier",
    "later",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "who",
    "whose",
    "which",
    "of",
    "to",
    "about",
    "via",
    "from",
    "with",
    "by",
    "through",
    "over",
    "outside",
    "inside",
    "near",
    "afterward",
    "afterwards",
    "again",
    "also",
    "then",
    "here",
    "there",
    "adding",
    "noting",
    "citing",
    "referring",
    "pointing",
    "according",
    "speaking",
    "asking",
    "explaining",
    "calling",
    "arguing",
    "describing",
    "echoing",
    "shortly",
    "early",
    "late",
    "once",
    "under",
    "upon",
    "into",
    "for",
    "told",
    "wrote",
    "because",
    "although",
    "though",
    "since",
    "if",
    "where",
    "whom",
    "added",
    "saying",
    "said",
    "says",
];

/// Words that join the parts of a name (`Secretary of State John Kerry`, `Pierre de Vos`) when a
/// capitalised word follows.
const NAME_JOINERS: &[&str] =
    &["of", "for", "the", "de", "van", "von", "al", "da", "du", "la", "le", "bin", "ibn", "del", "and"];

/// After a described source's head noun these words go on describing it (`a person close to the
/// talks`, `an official familiar with the plan`, `a source involved in the deal`).
const DESCRIPTION_GOES_ON: &[&str] =
    &["close", "familiar", "involved", "with", "of", "from", "for", "at", "in", "to", "inside", "within"];

/// Verb forms that are never part of a speaker phrase.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
    "might", "must", "did", "does", "do", "won", "lost", "beat", "got", "gets",
];

/// Lower-case role words that may stand between capitalised words in a speaker phrase
/// (`Clinton campaign manager Robby Mook`, `Marquette pollster Charles Franklin`).
const ROLE_WORDS: &[&str] = &[
    "presidential",
    "campaign",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "governor",
    "poll",
    "chairman",
    "chairwoman",
    "chair",
    "pollster",
    "former",
    "chief",
    "strategist",
    "executive",
    "candidate",
    "senior",
    "nominee",
    "press",
    "leader",
    "member",
    "delegate",
    "front-runner",
    "editor",
    "top",
    "supporter",
    "super",
    "reporter",
    "vice",
    "primary",
    "columnist",
    "communications",
    "head",
    "professor",
    "political",
    "attorney",
    "party",
    "national",
    "senator",
    "founder",
    "co-founder",
    "author",
    "state",
    "survey",
    "liberal",
    "conservative",
    "moderator",
    "consultant",
    "host",
    "secretary",
    "deputy",
    "managing",
    "group",
    "operative",
    "mayor",
    "aide",
    "legal",
    "journalist",
    "analyst",
    "representative",
    "administration",
    "media",
    "ally",
    "ambassador",
    "associate",
    "insiders",
    "fundraiser",
    "network",
    "adviser",
    "advisor",
    "advocacy",
    "owner",
    "donor",
    "anchor",
    "hopeful",
    "longtime",
    "general",
    "counsel",
    "scientist",
    "economist",
    "researcher",
    "resident",
    "constituent",
    "boss",
    "activist",
    "organizer",
    "veteran",
    "lawyer",
    "official",
    "officials",
    "officer",
    "worker",
    "voter",
    "student",
    "fellow",
    "historian",
    "commentator",
    "correspondent",
    "writer",
    "minister",
    "judge",
    "pastor",
    "president",
    "ceo",
    "coordinator",
    "treasurer",
    "manager",
    "policy",
    "foreign",
    "health",
    "ranking",
    "democratic",
    "republican",
    "sen.",
    "rep.",
    "gov.",
    "aides",
    "staffer",
    "staff",
    "expert",
    "analysts",
    "experts",
    "spokesmen",
    "sources",
    "source",
    "lawmaker",
    "lawmakers",
    "supporters",
    "voters",
    "economists",
    "strategists",
    "pollsters",
    "advisers",
    "allies",
    "backers",
    "critics",
    "leaders",
    "members",
    "delegates",
    "donors",
    "residents",
    "officers",
    "candidates",
    "nominees",
    "organizers",
    "activists",
    "chief-of-staff",
    "agency",
    "department",
    "ministry",
    "office",
    "committee",
    "council",
    "commission",
];

/// Determiners that open a described source (`the mayor`, `a spokesman`, `two aides`).
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "one", "two", "three", "four", "five", "several", "some", "many", "most",
    "both", "his", "her", "their", "its", "our", "other", "few",
];

/// A title or short form whose full stop does not end a speaker phrase (`Navy Capt. Jeff Davis`,
/// `Ann Lee Jr.`, `No.`): the sentence splitter's abbreviation classes.
fn is_abbreviation(word: &str) -> bool {
    use crate::segment::abbrev::{classify, Abbrev};
    matches!(classify(word), Some(Abbrev::Title | Abbrev::Suffix | Abbrev::Number))
}

fn lower(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-').to_lowercase()
}

fn capitalised(w: &str) -> bool {
    w.trim_start_matches(['(', '\'', '’'])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// One word of the phrase: its byte range in the text after the cue, and whether the phrase ends
/// right after it (the word carries closing punctuation).
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    last: bool,
}

/// Splits `rest` into words up to the first punctuation that closes the clause; true when
/// punctuation (not the end of the text) stopped it.
fn words(rest: &str) -> (Vec<Word<'_>>, bool) {
    let mut out = Vec::new();
    let mut at = 0;
    for tok in rest.split_inclusive(char::is_whitespace) {
        let start = at;
        at += tok.len();
        let t = tok.trim_end();
        if t.is_empty() {
            continue;
        }
        let first = t.chars().next().unwrap_or(' ');
        if !(first.is_alphanumeric() || first == '$' || first == '\'' || first == '’') {
            // `Lund (D-Ohio)`, `Lund — …`, `Lund ~~~`: a parenthesis, dash or quotation.
            return (out, true);
        }
        let core = t.trim_end_matches([',', ';', ':', ')', '.', '?', '!', '—', '~', '"', '”']);
        // A full stop ends the phrase unless it closes an initial or a title abbreviation.
        let abbrev = t.ends_with('.')
            && (is_abbreviation(core)
                || (core.chars().count() == 1 && core.chars().all(char::is_uppercase))
                || core.contains('.'));
        let last = core.len() < t.len() && !abbrev;
        let end = if abbrev { start + t.len() } else { start + core.len() };
        // Text glued to the word (`Mook~~~`, `Mook—`) ends the phrase as well.
        let glued = core.contains(['~', '(', '“', '"']);
        if glued {
            return (out, true);
        }
        out.push(Word { text: &rest[start..end], start, end, last });
        if last {
            return (out, true);
        }
    }
    (out, false)
}

/// Adjectives and roles that open a name without a determiner (`former Gov. Ann Lund`, `retired
/// neurosurgeon Ben Carson`, `pollster Ann Lund`).
fn opens_name(w: &str) -> bool {
    matches!(
        w,
        "former"
            | "retired"
            | "late"
            | "then"
            | "outgoing"
            | "incoming"
            | "conservative"
            | "liberal"
            | "progressive"
            | "veteran"
            | "longtime"
            | "acting"
            | "interim"
            | "embattled"
            | "fellow"
    ) || ROLE_WORDS.contains(&w)
}

/// The speaker phrase right after a cue, in offsets of `rest` (the text after the cue); `strong`
/// when the cue is a speech verb (then a short common noun phrase closed by punctuation counts:
/// `said a lifeguard.`).
pub fn inverted_speaker(rest: &str, strong: bool, source_head: impl Fn(&str) -> bool) -> Option<Span> {
    let (ws, punct) = words(rest);
    let first = ws.first()?;
    let f = lower(first.text);
    let described = DETERMINERS.contains(&f.as_str());
    // `said former Gov. Ann Lund`: lower-case roles before a name.
    let role_first = !described && !capitalised(first.text) && opens_name(&f);
    // `said union leader Aisha Karim`: other lower-case words, checked once the phrase is known
    // (see [`titled_name`]).
    let titled_first = !described && !role_first && !capitalised(first.text);
    let mut n = 0;
    let mut head_seen = false;
    let mut closed = false;
    while n < ws.len() {
        let w = &ws[n];
        let l = lower(w.text);
        if FINITE.contains(&l.as_str()) {
            return None;
        }
        let next_cap = ws.get(n + 1).is_some_and(|x| capitalised(x.text));
        if n > 0 && !capitalised(w.text) {
            let joins = NAME_JOINERS.contains(&l.as_str()) && next_cap && !described;
            let goes_on = head_seen && DESCRIPTION_GOES_ON.contains(&l.as_str());
            if AFTER_INVERTED.contains(&l.as_str()) && !joins && !goes_on {
                closed = true;
                break;
            }
            if !joins && !goes_on && l.len() > 4 && l.ends_with("ly") {
                closed = true;
                break;
            }
        }
        if described && source_head(&l) {
            head_seen = true;
        }
        n += 1;
        if w.last {
            closed = true;
            break;
        }
    }
    if n == ws.len() && (punct || rest[ws.last()?.end..].trim().is_empty()) {
        closed = true;
    }
    if !closed || n == 0 || n > 12 {
        return None;
    }
    let phrase = &ws[..n];
    let last = &phrase[n - 1];
    let ll = lower(last.text);
    let lowers: Vec<String> =
        phrase[1..].iter().filter(|w| !capitalised(w.text)).map(|w| lower(w.text)).collect();
    let ok = if titled_first {
        titled_name(phrase)
    } else if role_first {
        // Roles, then a name: every lower-case word a role or an opener, the last word a name.
        capitalised(last.text) && lowers.iter().all(|l| opens_name(l) || NAME_JOINERS.contains(&l.as_str()))
    } else if described {
        // `a retired teacher`, but not `the river flooded twice`: past forms only as adjectives
        // right after the determiner.
        let verbish = phrase.iter().skip(2).any(|w| lower(w.text).ends_with("ed"));
        head_seen || (strong && n <= 5 && last.last && !verbish)
    } else if lowers.is_empty() {
        true
    } else {
        // `Clinton campaign manager Robby Mook`: lower-case words between names are roles.
        let roles = lowers.iter().all(|l| {
            ROLE_WORDS.contains(&l.as_str()) || NAME_JOINERS.contains(&l.as_str()) || source_head(l)
        });
        let ends_in_name = capitalised(last.text) && n >= 2 && capitalised(phrase[n - 2].text);
        let verbish = lowers.iter().any(|l| l.ends_with("ed"));
        roles && (capitalised(last.text) || source_head(&ll))
            || (ends_in_name && !verbish && lowers.len() <= 3)
    };
    ok.then(|| Span::new(phrase[0].start, last.end))
}

/// True when `phrase` is up to three lower-case words, the last naming a role (`union leader`,
/// `transit authority spokesman`), then a name of two capitalised words or more: a title in front
/// of a name, not the subject of a reported clause (`voters backed Ana Ruiz`).
fn titled_name(phrase: &[Word]) -> bool {
    let k = phrase.iter().position(|w| capitalised(w.text)).unwrap_or(phrase.len());
    let role = k.checked_sub(1).map(|i| lower(phrase[i].text));
    (1..=3).contains(&k)
        && phrase.len() - k >= 2
        && phrase[k..].iter().all(|w| capitalised(w.text))
        && role.is_some_and(|r| r.len() >= 4 && crate::extract::speakers::is_role_noun(&r))
        && phrase[..k].iter().all(|w| {
            let l = lower(w.text);
            l.chars().all(char::is_alphabetic) && !l.ends_with("ed") && !FINITE.contains(&l.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(w: &str) -> bool {
        matches!(w, "official" | "officials" | "aide" | "person" | "source" | "spokesman" | "supporters")
    }

    fn inv(rest: &str, strong: bool) -> Option<&str> {
        inverted_speaker(rest, strong, head).map(|s| &rest[s.start..s.end])
    }

    #[test]
    fn names_titles_and_roles() {
        assert_eq!(inv(" Abe.", true), Some("Abe"));
        assert_eq!(
            inv(" Green Party organiser Maria Lind in a statement.", true),
            Some("Green Party organiser Maria Lind")
        );
        assert_eq!(inv(" Harbor pollster Tim Wu.", true), Some("Harbor pollster Tim Wu"));
        assert_eq!(inv(" Navy Capt. Ann J. Ross, who", true), Some("Navy Capt. Ann J. Ross"));
        assert_eq!(
            inv(" Secretary of State Lena Berg on Monday.", true),
            Some("Secretary of State Lena Berg")
        );
        assert_eq!(inv(" Maria de Souza, a farmer.", true), Some("Maria de Souza"));
        assert_eq!(inv(" Lind angrily.", true), Some("Lind"));
        assert_eq!(inv(" Lind", true), Some("Lind"));
        assert_eq!(inv(" Sen. Ann Lind (D-Ohio), who", true), Some("Sen. Ann Lind"));
        assert_eq!(
            inv(" former Gov. Ann Lind of Ohio, a Democrat", true),
            Some("former Gov. Ann Lind of Ohio")
        );
        assert_eq!(inv(" retired pollster Tim Wu.", true), Some("retired pollster Tim Wu"));
        assert_eq!(inv(" former aides were angry.", true), None);
        assert_eq!(inv(" union leader Aisha Karim.", true), Some("union leader Aisha Karim"));
        assert_eq!(
            inv(" transit authority spokesman Ben Osei on Monday.", true),
            Some("transit authority spokesman Ben Osei")
        );
        assert_eq!(inv(" voters backed Ana Ruiz.", true), None);
        assert_eq!(inv(" polls show Ana Ruiz.", true), None);
        assert_eq!(inv(" friends of Ana Ruiz.", true), None);
    }

    #[test]
    fn described_sources() {
        assert_eq!(inv(" a person close to the mayor.", true), Some("a person close to the mayor"));
        assert_eq!(inv(" a source involved in the deal, who", true), Some("a source involved in the deal"));
        assert_eq!(inv(" the former coach.", true), Some("the former coach"));
        assert_eq!(inv(" the former coach.", false), None);
        assert_eq!(inv(" a retired teacher.", true), Some("a retired teacher"));
    }

    #[test]
    fn subjects_of_the_reported_clause_are_not_speakers() {
        assert_eq!(inv(" Lind was the best choice.", true), None);
        assert_eq!(inv(" Mrs. Lind had avoided the topic.", true), None);
        assert_eq!(inv(" Green voters face a hard choice.", true), None);
        assert_eq!(inv(" the river flooded twice.", true), None);
        assert_eq!(inv(" the river rose 2 metres in May.", true), None);
        assert_eq!(inv(" Lind won Ohio.", true), None);
    }
}
