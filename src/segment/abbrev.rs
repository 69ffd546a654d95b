//! Word lists for sentence splitting: abbreviations by how they behave before the next word, and
//! the closed-class words that typically open an English sentence.
//!
//! Every list is lower case and looked up without the final full stop. The classes matter more than
//! the words: a title (`Dr.`) is never the end of a sentence before a name, a company suffix
//! (`Inc.`) often is, a number abbreviation (`No.`) only stands before a number.

/// How an abbreviation behaves at a possible sentence boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbrev {
    /// Stands before a name (`Mr.`, `Gen.`, `Mt.`): never ends a sentence before a capital.
    Title,
    /// A month (`Feb.`, `Sept.`): stands before a day number or a year.
    Month,
    /// Stands before a number (`No. 2`, `p. 55`, `approx. 10`); an ordinary word otherwise.
    Number,
    /// May end a sentence (`Inc.`, `Jr.`, `etc.`, `U.S.`): a boundary only when the next word
    /// is one that opens sentences (`It`, `The`, `How` …), not a name or noun (`U.S. Government`).
    Suffix,
    /// A time of day (`a.m.`, `P.M.`): like [`Abbrev::Suffix`], and also a boundary before a title.
    Time,
    /// Never ends a sentence (`e.g.`, `i.e.`, `vs.`, `cf.`).
    Never,
}

const TITLES: &[&str] = &[
    "adm", "atty", "brig", "capt", "cmdr", "col", "comdr", "cpl", "det", "dr", "fr", "ft", "gen", "gov",
    "hon", "insp", "lt", "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "msgr", "mt", "pres", "prof",
    "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt", "sgts", "ste",
];

const MONTHS: &[&str] =
    &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

const NUMBERS: &[&str] = &[
    "n°", "no", "nos", "nr", "p", "pp", "vol", "vols", "art", "fig", "figs", "ch", "chap", "sec", "para",
    "pt", "pts", "tel", "ca", "approx", "op", "ed", "eds", "est", "ext", "min", "max", "bldg", "rt", "hwy",
    "rte", "ave",
];

const SUFFIXES: &[&str] = &[
    "co", "corp", "inc", "ltd", "bros", "llc", "plc", "jr", "sr", "esq", "etc", "al", "dept", "univ", "assn",
    "ph.d", "govt", "intl", "mfg", "cos",
];

const TIMES: &[&str] = &["a.m", "p.m"];

const NEVER: &[&str] = &["e.g", "i.e", "vs", "v", "cf", "viz", "approx", "incl", "resp"];

/// Words that open sentences: pronouns, determiners, conjunctions, question words, common
/// sentence adverbs and prepositions. After an abbreviation that may end a sentence (`Co.`,
/// `U.S.`), one of these as the next word signals a new sentence.
const OPENERS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "last",
    "later",
    "let",
    "many",
    "meanwhile",
    "more",
    "moreover",
    "most",
    "much",
    "my",
    "neither",
    "never",
    "next",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "please",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "under",
    "unlike",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "without",
    "would",
    "yes",
    "yet",
    "you",
    "your",
];

/// Titles that open a sentence after an abbreviation that may end one (`… at 6 P.M. Mr. Smith …`).
const OPENING_TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "messrs"];

/// Prepositions that open an introductory time phrase (`At 5 a.m. Mr. Smith went …`).
const INTRO_PREPOSITIONS: &[&str] = &[
    "after", "around", "at", "before", "between", "by", "early", "from", "late", "on", "shortly", "since",
    "till", "until", "about", "just",
];

fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// The longest word of any list, in bytes: an ASCII word longer than this is in none of them.
const LONGEST: usize = 9;

/// Calls `f` with the lower case of `word` ([`lower`]): for an ASCII word on the stack, and as
/// `""` (in no list) when it is longer than [`LONGEST`]. The word lists are asked at every full
/// stop; `lower` allocated for each ask.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        let mut bytes = [0u8; LONGEST];
        let w = bytes.get_mut(..word.len()).map_or("", |b| {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or("")
        });
        return f(w);
    }
    let mut buf = String::new();
    f(lower(word, &mut buf))
}

/// [`OPENERS`] in a hash set: the list is long and asked of the word after every full stop.
static OPENER_SET: std::sync::LazyLock<std::collections::HashSet<&'static str, crate::text::FnvBuild>> =
    std::sync::LazyLock::new(|| OPENERS.iter().copied().collect());

/// Lower-cases `word` into `buf` (ASCII fast path) and returns it.
pub fn lower<'a>(word: &str, buf: &'a mut String) -> &'a str {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
    buf
}

/// True for tokens made of single letters joined by full stops: `U.S`, `a.m`, `e.g`, `U.S.A`.
pub fn is_letter_acronym(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(i, c)| if i % 2 == 0 { c.is_ascii_alphabetic() } else { *c == b'.' })
}

/// Classifies the word before a full stop (without the stop), or `None` for an ordinary word.
pub fn classify(word: &str) -> Option<Abbrev> {
    with_lower(word, |w| classify_lower(word, w))
}

/// Bits of [`LIST_OF`]: which abbreviation lists hold a word.
const IN_NEVER: u8 = 1;
const IN_TIMES: u8 = 2;
const IN_TITLES: u8 = 4;
const IN_MONTHS: u8 = 8;
const IN_NUMBERS: u8 = 16;
const IN_SUFFIXES: u8 = 32;

/// Every word of the abbreviation lists with the lists that hold it, in one hash map: the word
/// before every full stop was compared with each word of each list (~150 comparisons for an
/// ordinary word, ~40 M instructions on PolNeAR train).
static LIST_OF: std::sync::LazyLock<std::collections::HashMap<&'static str, u8, crate::text::FnvBuild>> =
    std::sync::LazyLock::new(|| {
        let mut m = std::collections::HashMap::default();
        for (list, bit) in [
            (NEVER, IN_NEVER),
            (TIMES, IN_TIMES),
            (TITLES, IN_TITLES),
            (MONTHS, IN_MONTHS),
            (NUMBERS, IN_NUMBERS),
            (SUFFIXES, IN_SUFFIXES),
        ] {
            for w in list {
                *m.entry(*w).or_insert(0) |= bit;
            }
        }
        m
    });

/// [`classify`] with the word's lower case `w` made.
fn classify_lower(word: &str, w: &str) -> Option<Abbrev> {
    let lists = LIST_OF.get(w).copied().unwrap_or(0);
    let is = |bit: u8| lists & bit != 0;
    if is(IN_NEVER) {
        Some(Abbrev::Never)
    } else if is(IN_TIMES) {
        Some(Abbrev::Time)
    } else if is(IN_TITLES) && starts_upper(word) {
        Some(Abbrev::Title)
    } else if is(IN_MONTHS) && starts_upper(word) {
        Some(Abbrev::Month)
    } else if is(IN_NUMBERS) {
        Some(Abbrev::Number)
    } else if is(IN_SUFFIXES) || is_letter_acronym(word) {
        Some(Abbrev::Suffix)
    } else if is(IN_TITLES) || is(IN_MONTHS) {
        // Lower-case `st.` (street) or `dec.`: a short form that may end a sentence.
        Some(Abbrev::Suffix)
    } else {
        None
    }
}

/// True when `word` is a company suffix such as `Inc` or `Corp` (so `Yahoo! Inc.` stays whole).
pub fn is_company_suffix(word: &str) -> bool {
    with_lower(word.trim_end_matches('.'), |w| {
        matches!(w, "inc" | "corp" | "co" | "ltd" | "llc" | "plc" | "group" | "cos")
    })
}

/// True when `word` (without trailing punctuation) typically opens a sentence.
pub fn is_opener(word: &str) -> bool {
    with_lower(word, |w| OPENER_SET.contains(w))
}

/// True when `word` (a title without its stop, e.g. `Mr`) opens a sentence after `P.M.` or `U.S.`.
pub fn is_opening_title(word: &str) -> bool {
    with_lower(word, |w| contains(OPENING_TITLES, w))
}

/// True when `word` is a preposition that opens an introductory time phrase.
pub fn is_intro_preposition(word: &str) -> bool {
    with_lower(word, |w| contains(INTRO_PREPOSITIONS, w))
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(word: &str, want: Option<Abbrev>) {
        assert_eq!(classify(word), want, "{word}");
    }

    #[test]
    fn classes() {
        case("Mr", Some(Abbrev::Title));
        case("Gen", Some(Abbrev::Title));
        case("Sept", Some(Abbrev::Month));
        case("No", Some(Abbrev::Number));
        case("N°", Some(Abbrev::Number));
        case("Inc", Some(Abbrev::Suffix));
        case("U.S", Some(Abbrev::Suffix));
        case("U.S.A", Some(Abbrev::Suffix));
        case("a.m", Some(Abbrev::Time));
        case("P.M", Some(Abbrev::Time));
        case("e.g", Some(Abbrev::Never));
        case("vs", Some(Abbrev::Never));
        case("st", Some(Abbrev::Suffix));
        case("world", None);
        case("example.com", None);
        case("1026.253.553", None);
    }

    /// Every listed word fits [`LONGEST`] and none is empty, so [`with_lower`] may answer `""` for
    /// a longer ASCII word.
    #[test]
    fn lists_fit_the_stack_buffer() {
        let lists =
            [TITLES, MONTHS, NUMBERS, SUFFIXES, TIMES, NEVER, OPENERS, OPENING_TITLES, INTRO_PREPOSITIONS];
        for w in lists
            .iter()
            .flat_map(|l| l.iter())
            .chain(&["inc", "corp", "co", "ltd", "llc", "plc", "group", "cos"])
        {
            assert!(!w.is_empty() && w.len() <= LONGEST, "{w}");
        }
    }

    /// The allocating definition the lookups must agree with: the word lower-cased into a
    /// `String` and compared with each list in turn.
    fn classify_reference(word: &str) -> Option<Abbrev> {
        let mut buf = String::new();
        let w = lower(word, &mut buf);
        if contains(NEVER, w) {
            Some(Abbrev::Never)
        } else if contains(TIMES, w) {
            Some(Abbrev::Time)
        } else if contains(TITLES, w) && starts_upper(word) {
            Some(Abbrev::Title)
        } else if contains(MONTHS, w) && starts_upper(word) {
            Some(Abbrev::Month)
        } else if contains(NUMBERS, w) {
            Some(Abbrev::Number)
        } else if contains(SUFFIXES, w)
            || is_letter_acronym(word)
            || contains(TITLES, w)
            || contains(MONTHS, w)
        {
            Some(Abbrev::Suffix)
        } else {
            None
        }
    }

    #[test]
    fn every_listed_word_classifies_as_its_reference() {
        for w in [TITLES, MONTHS, NUMBERS, SUFFIXES, TIMES, NEVER].iter().flat_map(|l| l.iter()) {
            let cap: String =
                w.chars().take(1).flat_map(char::to_uppercase).chain(w.chars().skip(1)).collect();
            for word in [w.to_string(), cap, w.to_uppercase()] {
                assert_eq!(classify(&word), classify_reference(&word), "{word}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn lookups_agree_with_lower(word in "[A-Za-z.°É]{0,12}|(Mr|MRS|Sept|No|N°|Inc|a.m|P.M|e.g|VS|St|The|How|At|Shortly|Messrs|Group)\\.?") {
            proptest::prop_assert_eq!(classify(&word), classify_reference(&word));
            let mut buf = String::new();
            let w = lower(&word, &mut buf).to_string();
            proptest::prop_assert_eq!(is_opener(&word), contains(OPENERS, &w));
            proptest::prop_assert_eq!(is_opening_title(&word), contains(OPENING_TITLES, &w));
            proptest::prop_assert_eq!(is_intro_preposition(&word), contains(INTRO_PREPOSITIONS, &w));
        }
    }

    #[test]
    fn acronyms() {
        assert!(is_letter_acronym("U.S"));
        assert!(is_letter_acronym("e.g"));
        assert!(!is_letter_acronym("U"));
        assert!(!is_letter_acronym("Jane.Doe"));
        assert!(!is_letter_acronym("1.2"));
    }

    #[test]
    fn openers() {
        assert!(is_opener("The"));
        assert!(is_opener("How"));
        assert!(!is_opener("Government"));
        assert!(is_opening_title("Mr"));
        assert!(is_company_suffix("Inc."));
        assert!(is_intro_preposition("At"));
    }
}
