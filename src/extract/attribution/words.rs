//! Word lists for finding speakers: head nouns of described sources, weak cue words, words that
//! make a cue passive, calendar names.

/// [`SOURCE_HEADS`] as a set (a lookup, not a scan of the ~250 words).
static HEAD_SET: std::sync::LazyLock<std::collections::HashSet<&'static str, crate::text::FnvBuild>> =
    std::sync::LazyLock::new(|| SOURCE_HEADS.split('|').collect());

/// True when `w` (lower case) is the head noun of a described source (`official`, `aides`).
pub fn is_source_head(w: &str) -> bool {
    HEAD_SET.contains(w)
}

/// Head nouns of described (often anonymous) sources, and of the records and findings that show
/// or find something (`Exit polling showed`, `The inquiry found`, `A video shows`; PolNeAR train: 32
/// matches more, 7 false predictions).
pub const SOURCE_HEADS: &str = "official|officials|source|sources|spokesman|spokeswoman|spokesperson|aide|aides|\
diplomat|diplomats|analyst|analysts|expert|experts|lawmaker|lawmakers|minister|ministry|member|members|\
leader|leaders|president|chairman|mayor|council|judge|chief|commander|manager|founder|engineer|economist|professor|lawyer|attorney|adviser|advisers|advisor|person|people|government|report|statement|\
campaign|police|officer|officers|authority|authorities|department|office|company|court|critics|supporters|observers|residents|witnesses|agency|study|poll|survey|\
author|authors|candidate|candidates|senator|senators|governor|governors|secretary|director|executive|researchers|scientists|representative|\
union|unions|group|groups|party|parties|administration|committee|commission|board|organization|organisation|coalition|firm|bank|team|\
staff|staffers|strategist|strategists|consultant|consultants|pollster|pollsters|operatives|delegates|donors|backers|allies|rivals|opponents|\
voters|citizens|women|men|students|parents|protesters|demonstrators|activists|advocates|economists|scholars|historians|scientist|researcher|\
data|research|studies|polls|surveys|analysis|review|documents|records|filings|emails|letter|memo|article|story|book|paper|newspaper|\
editorial|website|lawsuit|complaint|indictment|ruling|respondents|majority|percent|campaigns|spokesmen|critic|supporter|observer|\
insiders|sponsors|colleagues|friends|neighbors|neighbours|officials’|panel|network|outlet|magazine|column|columnist|commentator|host|anchor|\
fans|followers|confidants|forecasters|specialists|executives|veterans|conservatives|liberals|progressives|evangelicals|\
prosecutor|prosecutors|lawyers|attorneys|investigator|investigators|employee|employees|organizers|\
reporter|reporters|journalist|journalists|traders|defenders|pundits|congressman|congresswoman|endorsers|\
technologists|participants|attendees|founders|foes|results|polling|reports|investigation|inquiry|probe|audit|\
statistics|figures|numbers|findings|estimates|tallies|video|videos|footage|evidence|transcript|transcripts|document|\
filing|ad|ads|commercial";

/// Cue words that are not always speech (`called the police`, `asked for a raise`, `the states`):
/// they need a named, pronoun or described speaker.
pub const WEAK_CUES: &[&str] = &[
    "called",
    "calls",
    "asked",
    "asks",
    "reported",
    "reports",
    "states",
    "claims",
    "offered",
    "offers",
    "agreed",
    "charged",
    "accused",
    "continued",
    "went on",
    "questioned",
    "think",
    "thought",
    "observed",
    "revealed",
];

/// Words after which a cue is passive or adverbial (`when asked`, `was told`).
pub const PASSIVE_BEFORE: &[&str] =
    &["when", "if", "unless", "was", "were", "been", "being", "is", "are", "be", "once", "as", "get", "got"];

/// Subordinators whose participle clause has the main clause's subject: `told the AP on Wednesday
/// after hinting that …` is the teller's hint (not `the AP on Wednesday after`'s).
pub const SUBORDINATE_PARTICIPLE: &[&str] = &["after", "before", "while", "since", "upon"];

/// Participles of speech proper, reporting a clause without `that` (`after saying the pier …`).
const SPEECH_PARTICIPLES: &[&str] =
    &["saying", "telling", "adding", "writing", "noting", "warning", "arguing", "insisting", "declaring"];

/// True when a participle cue `word` (lower case) after a subordinator reports what follows it
/// (`rest`, quotations masked as `~`): a `that` clause, a quotation or a colon, or any words
/// after a participle of speech proper.
pub fn reports_after_participle(word: &str, rest: &str) -> bool {
    // `while chanting, "…"`: a comma before the quotation.
    let rest = rest.trim_start().trim_start_matches(',').trim_start();
    let next = rest.split_whitespace().next().unwrap_or("");
    next.eq_ignore_ascii_case("that")
        || rest.starts_with(['~', ':'])
        || (SPEECH_PARTICIPLES.contains(&word) && !rest.is_empty())
}

/// Participles that, followed by `to`, report what others think of the subject, not what it
/// says: `a project estimated to cost $9m`, `the man believed to be the leader`.
pub const RAISING: &[&str] = &[
    "estimated",
    "believed",
    "thought",
    "alleged",
    "rumored",
    "rumoured",
    "considered",
    "understood",
    "projected",
    "deemed",
    "presumed",
    "reputed",
    "expected",
];

/// Weekday and month names written in full, `today` and `yesterday`: `asked Thursday` is a
/// time, not a speaker. The names come from the time lexicon.
pub fn is_calendar(s: &str) -> bool {
    use crate::extract::time::lexicon::{is_full_month, month, weekday};
    let first = s.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    let w = first.as_str();
    (month(w).is_some() && is_full_month(w))
        || (weekday(w).is_some() && w.ends_with("day"))
        || matches!(w, "today" | "yesterday")
}

/// True when `before` (the text before a cue) ends in a relative clause opened by `which`,
/// `that`, `who` or `what` with one to five words after it, the source and its auxiliaries
/// (`the rules, which officials`, `a vote which she has repeatedly`): the cue reports the
/// relative clause, so a finite verb may follow it (`which officials said will take effect`).
pub fn relative_report(before: &str) -> bool {
    for (i, w) in words_back(before).take(7).enumerate() {
        // ASCII case is enough: no other character lowers to a letter of these words.
        if ["which", "that", "who", "what"].iter().any(|r| w.eq_ignore_ascii_case(r)) {
            return (1..=5).contains(&i);
        }
        if w.contains([',', ';', ':', '.', '—', '(', ')', '~']) {
            return false;
        }
    }
    false
}

/// Capitalised prepositions and participles that open a fronted phrase, never a speaker's name:
/// `For months, Obama has …, arguing`, `Having announced X, Judge Berman …`.
pub const FRONTED: &[&str] = &[
    "During",
    "For",
    "To",
    "By",
    "With",
    "Without",
    "Before",
    "Following",
    "Despite",
    "Amid",
    "Among",
    "Having",
    "Being",
    "Given",
    "Unlike",
    "Like",
    "Simply",
    "Initially",
    "Under",
    "Through",
    "Upon",
];

/// True when `before` (the text before a cue) ends in a relative clause opened by `, which` or
/// `, who` within its last seven words.
pub fn comma_relative(before: &str) -> bool {
    let mut ws = words_back(before).take(8);
    while let Some(w) = ws.next() {
        if w == "which" || w == "who" {
            return ws.next().is_some_and(|p| p.ends_with(','));
        }
    }
    false
}

/// The start of the non-ASCII character ending at `i` of `s`, and whether it is white space (as
/// `char::is_whitespace` has it): the slow side of [`words_back`].
#[cold]
fn wide_before(s: &str, i: usize) -> (usize, bool) {
    let mut j = i - 1;
    while j > 0 && !s.is_char_boundary(j) {
        j -= 1;
    }
    (j, s[j..i].chars().next().is_some_and(char::is_whitespace))
}

/// The start of the run ending at `i` of `s` whose characters are white space when `space`
/// (are not, when not): an ASCII byte is read as it is, a wider character decoded.
#[inline]
fn run_before(s: &str, mut i: usize, space: bool) -> usize {
    let b = s.as_bytes();
    while i > 0 {
        let last = b[i - 1];
        if last < 0x80 {
            if matches!(last, b'\t'..=b'\r' | b' ') != space {
                break;
            }
            i -= 1;
        } else {
            let (j, sp) = wide_before(s, i);
            if sp != space {
                break;
            }
            i = j;
        }
    }
    i
}

/// The words of `s` from the last one back: what `s.split_whitespace().rev()` gives, without
/// its cost per piece (this reads the text before every cue).
pub fn words_back(s: &str) -> impl Iterator<Item = &str> {
    let mut end = s.len();
    std::iter::from_fn(move || {
        let e = run_before(s, end, true);
        if e == 0 {
            end = 0;
            return None;
        }
        let i = run_before(s, e, false);
        end = i;
        s.get(i..e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_reports() {
        assert!(relative_report("The new levy, which officials "));
        assert!(relative_report("the vote which she has repeatedly"));
        assert!(relative_report("growth in what the mayor"));
        assert!(!relative_report("The new levy, which "));
        assert!(!relative_report("Officials "));
        assert!(!relative_report("the vote that was held on Monday. Officials"));
    }

    /// The lookup as it was, with the Unicode lower case of each word.
    fn relative_report_lowered(before: &str) -> bool {
        for (i, w) in before.split_whitespace().rev().take(7).enumerate() {
            if matches!(w.to_lowercase().as_str(), "which" | "that" | "who" | "what") {
                return (1..=5).contains(&i);
            }
            if w.contains([',', ';', ':', '.', '—', '(', ')', '~']) {
                return false;
            }
        }
        false
    }

    const WORDS: &[&str] =
        &["Which", "THAT", "who", "WHAT", "whıch", "\u{212a}", "officials", "a", "b,", "ﬁ", "İ"];

    const PIECES: &[&str] = &[
        "a", "Bé", "\u{a0}", " ", "\t", "\u{3000}", "\u{1c}", "—", "\u{85}", "x,", "\n", "\u{b}", "’",
        "\u{2029}",
    ];

    proptest::proptest! {
        #[test]
        fn words_back_are_the_words_in_reverse(picks in proptest::collection::vec(0..PIECES.len(), 0..12)) {
            let s: String = picks.iter().map(|&i| PIECES[i]).collect();
            let want: Vec<&str> = s.split_whitespace().rev().collect();
            proptest::prop_assert_eq!(words_back(&s).collect::<Vec<_>>(), want);
        }

        #[test]
        fn relative_reports_as_the_lower_case_found_them(picks in proptest::collection::vec(0..WORDS.len(), 0..9)) {
            let before = picks.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(relative_report(&before), relative_report_lowered(&before));
        }
    }
}
