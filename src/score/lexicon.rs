//! Word lists the scorer relies on: stop words, a frequency rank of common English words (a
//! built-in IDF estimate), negation cues, hedges and antonym pairs.
//!
//! Every list is general English written for this project, not taken from any evaluation data.

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Function words and reporting verbs that say nothing about what a claim is about. Unlike the
/// NLTK list this one has `said`, `says`, `told`, `according`: every news claim has them.
pub const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "'s",
    "s",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "according",
    "added",
    "adding",
    "stated",
    "noted",
    "mr",
    "mrs",
    "ms",
    "dr",
    "there",
    "is",
    "yet",
    "still",
    "however",
    "thus",
    "one",
    "being",
    "whether",
    "upon",
    "within",
    "via",
    "per",
    "shall",
    "must",
    "may",
    "might",
    "it's",
    "that's",
];

/// Words that negate the clause they are in (`n't` is split off by the tokenizer as `not`).
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "nowhere", "without", "cannot",
    "denied", "denies", "deny", "refused", "refuses", "refuse", "dont", "doesnt", "didnt", "isnt", "wasnt",
    "arent", "werent", "couldnt", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt",
];

/// Nouns (and the adjective `unable`) that negate what follows them with `to` or `of` (`failure
/// to pay`, `lack of evidence`, `unable to confirm`).
pub const NOMINAL_NEGATIONS: &[&str] = &["failure", "refusal", "inability", "absence", "lack", "unable"];

/// True for a noun of [`NOMINAL_NEGATIONS`] (lower case).
pub fn is_nominal_negation(lower: &str) -> bool {
    NOMINAL_NEGATIONS.contains(&lower)
}

/// True when a negation word followed by `next` is an idiom that negates nothing: `not only`,
/// `no doubt`, `no matter`, `nothing but`.
pub fn is_idiom_negation(lower: &str, next: &str) -> bool {
    matches!((lower, next), ("not", "only") | ("no", "doubt" | "matter") | ("nothing", "but"))
}

/// Hedges: words that weaken a claim or attribute it to unnamed others. `could` is left out: it is
/// as often past ability (`could not reach`) as a hedge; so are the adjectives `alleged` and
/// `suspected`, which news style puts before any accused person or thing (`the suspected
/// gunman`) without weakening the claim itself.
pub const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "apparently",
    "possibly",
    "perhaps",
    "probably",
    "likely",
    "may",
    "might",
    "supposedly",
    "purportedly",
    "seemingly",
    "presumably",
    "unconfirmed",
    "rumored",
    "rumoured",
];

/// Pairs of words that contradict each other when everything else matches: directions of change,
/// outcomes, decisions and stances, verdicts and states, actions with a reverse, time, order and
/// place. Descriptions of who or what (man / woman, boy / girl, black / white, big / small, old /
/// young, sitting / standing, happy / sad) are left out on purpose: with an indefinite subject
/// ("a man" vs "a woman") they usually mean a different referent, not a contradicted claim.
pub const ANTONYMS: &[(&str, &str)] = &[
    ("rise", "fall"),
    ("rose", "fell"),
    ("risen", "fallen"),
    ("increase", "decrease"),
    ("increase", "cut"),
    ("raise", "lower"),
    ("raise", "cut"),
    ("gain", "loss"),
    ("gain", "lose"),
    ("higher", "lower"),
    ("more", "fewer"),
    ("expand", "shrink"),
    ("strengthen", "weaken"),
    ("surplus", "deficit"),
    ("profit", "loss"),
    ("win", "lose"),
    ("won", "lost"),
    ("winner", "loser"),
    ("victory", "defeat"),
    ("success", "failure"),
    ("succeed", "fail"),
    ("pass", "fail"),
    ("accept", "reject"),
    ("approve", "reject"),
    ("approve", "veto"),
    ("support", "oppose"),
    ("agree", "disagree"),
    ("allow", "ban"),
    ("allow", "forbid"),
    ("allow", "prohibit"),
    ("permit", "ban"),
    ("legal", "illegal"),
    ("confirm", "deny"),
    ("admit", "deny"),
    ("true", "false"),
    ("lift", "impose"),
    ("resign", "appoint"),
    ("include", "exclude"),
    ("add", "remove"),
    ("guilty", "innocent"),
    ("convicted", "acquitted"),
    ("alive", "dead"),
    ("live", "die"),
    ("survive", "die"),
    ("present", "absent"),
    ("open", "close"),
    ("open", "closed"),
    ("opened", "closed"),
    ("empty", "full"),
    ("safe", "dangerous"),
    ("public", "private"),
    ("domestic", "foreign"),
    ("peace", "war"),
    ("ally", "enemy"),
    ("friend", "enemy"),
    ("start", "end"),
    ("start", "stop"),
    ("begin", "end"),
    ("begin", "stop"),
    ("arrive", "leave"),
    ("arrive", "depart"),
    ("enter", "exit"),
    ("buy", "sell"),
    ("bought", "sold"),
    ("borrow", "lend"),
    ("hire", "fire"),
    ("export", "import"),
    ("send", "receive"),
    ("attack", "defend"),
    ("early", "late"),
    ("earlier", "later"),
    ("before", "after"),
    ("first", "last"),
    ("always", "never"),
    ("everyone", "nobody"),
    ("everything", "nothing"),
    ("inside", "outside"),
    ("north", "south"),
    ("east", "west"),
    ("maximum", "minimum"),
    ("best", "worst"),
    ("better", "worse"),
    ("positive", "negative"),
];

/// Common English words, most frequent first (about the top 500 of general news English), used
/// as a built-in IDF estimate when no corpus is at hand: a word of rank `r` is assumed to occur in
/// a fraction `~1/r` of sentences (Zipf). Words not listed count as rare.
pub const COMMON_WORDS: &str = "the of and to a in is that for it as was with be by on not he \
i this are or his from at which but have an they you were her she there been one all we their \
has would when if so no more what its can will who said about up out them than into some could \
him only other then time also these two may first new like our now over any people my me year \
years after most made should way just did many before such where through much back down well \
because even those must see get between each both under three make own know being while us day \
last how state government work still same here go world since another against off used life \
might come take without country week long public part never great told good says president \
around again place old during told until high say come group think case found went four right \
police small end going percent however million left home next men war days set took number \
called five law often put school later house city women next several least power court report \
company national every along family months around money children system business american early \
billion local whether young among says already second officials although enough point month \
almost help give general water less once told states united party second within former news \
market away security health political plan side support military office far members major past \
top members times six show ten million half using official help yesterday today tuesday \
wednesday thursday friday monday saturday sunday week month tax price prices share shares \
percent rate economy economic program service services minister prime leaders leader foreign \
country countries international force forces election vote campaign issue issues policy \
statement told reporters spokesman spokeswoman spokesperson agency department company companies \
bank oil trade talks deal meeting meet meetings deal agreement last next seven eight nine twenty \
hundred thousand open run play playing man woman boy girl child dog cat person people \
sitting standing walking running water street car road front table ball";

/// A stemmer shared by every caller (the stemmer is stateless).
pub static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Stem → frequency rank (1 = most frequent) of [`COMMON_WORDS`].
pub static COMMON_RANK: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (i, w) in COMMON_WORDS.split_whitespace().enumerate() {
        m.entry(STEMMER.stem(w).into_owned()).or_insert(i + 1);
    }
    m
});

/// Antonym pairs keyed by stem, both directions.
pub static ANTONYM_STEMS: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<String>> = HashMap::new();
    for (a, b) in ANTONYMS {
        let (sa, sb) = (STEMMER.stem(a).into_owned(), STEMMER.stem(b).into_owned());
        m.entry(sa.clone()).or_default().push(sb.clone());
        m.entry(sb).or_default().push(sa);
    }
    m
});

/// True for a stop word (lower case).
pub fn is_stop(lower: &str) -> bool {
    static SET: LazyLock<std::collections::HashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(lower)
}

/// True for a negation cue (lower case).
pub fn is_negation(lower: &str) -> bool {
    NEGATIONS.contains(&lower)
}

/// True for a hedge (lower case).
pub fn is_hedge(lower: &str) -> bool {
    HEDGES.contains(&lower)
}

/// True when the two stems are listed as antonyms.
pub fn are_antonyms(stem_a: &str, stem_b: &str) -> bool {
    ANTONYM_STEMS.get(stem_a).is_some_and(|v| v.iter().any(|s| s == stem_b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lower_case_and_stemmed_lookups_work() {
        assert!(STOP_WORDS.iter().all(|w| *w == w.to_lowercase()));
        assert!(is_stop("said"));
        assert!(!is_stop("missile"));
        assert!(is_negation("never"));
        assert!(is_hedge("reportedly"));
        assert!(are_antonyms(&STEMMER.stem("increased"), &STEMMER.stem("decreases")));
        assert!(are_antonyms("won", "lost"));
        assert!(!are_antonyms("won", "won"));
        assert_eq!(COMMON_RANK.get("the"), Some(&1));
        assert!(COMMON_RANK.get("missil").is_none());
    }
}
