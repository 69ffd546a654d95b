//! Speaker phrases → canonical names: titles stripped, surnames matched, pronouns resolved,
//! described sources kept as described, user aliases applied.
//!
//! Input: the speaker phrases of one document in reading order (or the canonical names of many
//! documents); output: one canonical name per phrase. Rules only: a title/demonym word list,
//! surname matching (`Abe` → `Shinzo Abe`), the nearest earlier person for `he`/`she`, the nearest
//! earlier person whose title matches for `the prime minister`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::LazyLock;

use crate::lower::Lower;
use crate::text::FnvBuild;
use phrase::Phrase;
use titles::TITLE_WORDS;

mod phrase;
mod titles;

/// A possessive speaker (`Lee's claim`, `his promise`) as its owner: `Lee`, `he`; `their` →
/// `they`, `its` → `it`; any other phrase trimmed.
fn unpossessed(phrase: &str) -> String {
    let t = phrase.trim();
    // Only ASCII lowers to these words but for the Kelvin sign (`k`): nothing longer than five
    // bytes is one of them, and most phrases are not lowered at all.
    let owner = match (t.len() <= 5).then(|| Lower::of(t)).as_deref() {
        Some("his") => Some("he"),
        Some("their") => Some("they"),
        Some("its") => Some("it"),
        _ => None,
    };
    if let Some(o) = owner {
        let cap = t.starts_with(char::is_uppercase);
        return if cap { format!("{}{}", o[..1].to_uppercase(), &o[1..]) } else { o.to_string() };
    }
    let bare = ["'s", "’s", "'", "’"].iter().find_map(|s| t.strip_suffix(s));
    bare.map_or(t, str::trim_end).to_string()
}

/// Personal pronouns a speaker can be, lower case.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "him", "her"];

/// Heads that make a phrase a described source rather than a name.
const DESCRIBED_START: &[&str] = &[
    "a", "an", "the", "another", "one", "two", "three", "several", "some", "many", "other", "senior", "both",
];

/// How a speaker phrase was resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub name: String,
    pub anonymous: bool,
}

/// A person seen earlier in the document: full name and the title words used with it.
#[derive(Clone, Debug, Default)]
struct Person {
    name: String,
    /// The name's last word (looked up for every surname mention).
    last: Option<String>,
    titles: Vec<String>,
}

/// Resolves the speaker phrases of one document, in reading order.
#[derive(Debug, Default)]
pub struct SpeakerResolver {
    people: Vec<Person>,
    /// Canonical name of the last named person (not a state or body) who spoke, for pronouns.
    last_person: Option<String>,
    /// User aliases, lower-cased alias → canonical.
    aliases: BTreeMap<String, String>,
    /// Phrases registered already: registering one again changes nothing (a document names the
    /// same people many times).
    registered: HashSet<String, FnvBuild>,
    /// The name part of entity mentions ([`split_title`]'s second half), by mention.
    bare: HashMap<String, String, FnvBuild>,
}

/// True for a title word (`prime`, `minister`, `Japanese`, `mayor`), possessive or not.
pub fn is_title(w: &str) -> bool {
    title_lower(&Lower::of(w))
}

/// [`is_title`] of a word already in lower case.
fn title_lower(l: &str) -> bool {
    let bare = l.trim_end_matches(['’', '\'', 's']).trim_end_matches('’');
    // Nothing trimmed (most words): the same word, asked once.
    title_word(bare) || (bare.len() != l.len() && title_word(l))
}

/// True when `w` (lower case) is one of [`TITLE_WORDS`] (a set: asked for every word of every
/// speaker phrase and entity mention).
fn title_word(w: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str, FnvBuild>> =
        LazyLock::new(|| TITLE_WORDS.iter().copied().collect());
    SET.contains(w)
}

/// True when `w` (lower case) is one of [`ROLE_TITLES`].
fn role_title(w: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str, FnvBuild>> =
        LazyLock::new(|| ROLE_TITLES.iter().copied().collect());
    SET.contains(w)
}

/// Role-noun endings (`leader`, `editor`, `columnist`, `spokesman`, `president`, `consultant`,
/// `historian`, `nominee`, `executive`, `secretary`, `candidate`, `entrepreneur`, `heiress`).
const ROLE_ENDINGS: &[&str] = &[
    "er", "or", "ist", "man", "woman", "men", "ent", "ant", "ian", "eon", "ee", "ive", "ary", "ate", "eur",
    "ess", "ief", "air", "ide", "al", "ic", "ert", "ost", "ard", "ain", "oy",
];

/// A word that names a role: a speaker title word, a short role (`aide`, `host`), or five letters or more with a role-noun
/// ending, not a verb form in `-ed` (`backed`).
pub(crate) fn is_role_noun(w: &str) -> bool {
    role_noun_lower(&Lower::of(w))
}

/// [`is_role_noun`] of a word already in lower case.
fn role_noun_lower(l: &str) -> bool {
    title_lower(l)
        || matches!(l, "aide" | "host" | "chef" | "poet" | "czar" | "tsar" | "star")
        || (l.chars().count() >= 5
            && l.chars().all(|c| c.is_alphabetic() || c == '-')
            && !l.ends_with("ed")
            && ROLE_ENDINGS.iter().any(|e| l.ends_with(e)))
}

/// Lower-case words inside a name (`Marta de Vries`, `Abu al Said`).
const NAME_PARTICLES: &[&str] =
    &["de", "da", "di", "du", "del", "der", "van", "von", "al", "bin", "ibn", "la", "le"];

/// Lower-case words that make a phrase a description of someone else (`aides to Abe`, `critics of
/// Lee`), not a title in front of a name.
const NOT_TITLE_BEFORE_NAME: &[&str] = &[
    "of", "to", "with", "for", "at", "in", "from", "by", "close", "familiar", "and", "or", "near", "like",
    "than", "about", "against",
];

/// The index of the first word of the proper name that ends `p` after lower-case title or
/// description words (`union leader Marta de Vries` → 2), if the phrase is built that way.
fn name_after_description(p: &Phrase) -> Option<usize> {
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let described = |w: &str| lower(w) && !NAME_PARTICLES.contains(&w);
    let n = p.len();
    let last = (0..n).rev().find(|&k| described(p.word(k)))?;
    // A person: two name words, or one after a title (`union leader Ruiz`, not `veteran Republicans`).
    let name_words = n - last - 1;
    let capitalised = (last + 1..n).any(|k| p.word(k).chars().next().is_some_and(char::is_uppercase))
        && (name_words >= 2 || (name_words == 1 && title_lower(p.low(last))));
    let title_like = (0..=last).all(|k| !NOT_TITLE_BEFORE_NAME.contains(&p.low(k)));
    (capitalised && title_like && !DESCRIBED_START.contains(&p.low(0))).then_some(last + 1)
}

/// Splits `Japanese Prime Minister Shinzo Abe` into titles and the name `Shinzo Abe`, and a
/// described name (`union leader Marta de Vries`, `Harbour Authority chief Elena Marsh`) into its
/// description and the name after its last lower-case word.
pub fn split_title(phrase: &str) -> (Vec<String>, String) {
    split_phrase(&Phrase::new(phrase))
}

/// [`split_title`] of a phrase split already.
fn split_phrase(p: &Phrase) -> (Vec<String>, String) {
    let at = name_after_description(p).unwrap_or(0);
    let (titles_end, name) = split_capitalised_title(p, at);
    ((0..titles_end).map(|k| p.low(k).to_string()).collect(), name)
}

/// Capitalised role words that are titles in front of a name though they head no title of
/// [`TITLE_WORDS`] (`Professor Ann Lee`, `Sheriff Dan Ortiz`, `Chief Engineer Rosa Lind`).
const ROLE_TITLES: &[&str] = &[
    "professor",
    "prof.",
    "engineer",
    "director",
    "commissioner",
    "superintendent",
    "inspector",
    "detective",
    "sheriff",
    "coach",
    "captain",
    "capt.",
    "sergeant",
    "sgt.",
    "lieutenant",
    "lt.",
    "officer",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "economist",
    "dean",
    "rabbi",
    "bishop",
    "cardinal",
    "pastor",
    "administrator",
    "auditor",
    "comptroller",
    "treasurer",
    "assemblyman",
    "assemblywoman",
    "congressman",
    "congresswoman",
    "magistrate",
    "prosecutor",
    "commander",
    "admiral",
    "colonel",
    "col.",
    "spokesperson",
    "chairperson",
];

/// Title words that head a title and may follow one capitalised word of its own (`Health
/// Minister`, `Police Chief`, `Surgeon General`, `Harvard Professor`).
const HEAD_TITLES: &[&str] = &[
    "minister",
    "chief",
    "secretary",
    "president",
    "general",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "leader",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "chancellor",
    "premier",
    "attorney",
    "judge",
    "justice",
    "ceo",
];

/// The full word of an abbreviated title (`gov.` → `governor`), so that `the governor` finds
/// whoever was introduced as `Gov. Paul Okafor`; other words unchanged.
fn unabbreviated(title: &str) -> &str {
    match title {
        "gov." => "governor",
        "sen." => "senator",
        "rep." => "representative",
        "gen." => "general",
        "prof." => "professor",
        "capt." => "captain",
        "sgt." => "sergeant",
        "lt." => "lieutenant",
        "col." => "colonel",
        "det." => "detective",
        other => other,
    }
}

/// The titles in front of the name that opens at word `from` of `p` (`Prime Minister Shinzo
/// Abe`): where they end (the name's first word) and the name.
fn split_capitalised_title(p: &Phrase, from: usize) -> (usize, String) {
    let n = p.len();
    // `North`/`South` are part of a title only before another title word (`North Korean
    // leader`), never in a place name (`North Korea`).
    let compass = |k: usize| matches!(p.low(k), "north" | "south");
    let titled = |k: usize| {
        if title_lower(p.low(k)) {
            return !compass(k) || (k + 1 < n && title_lower(p.low(k + 1)));
        }
        // A role after a title word (`Chief Engineer`, `Deputy Director`) when two name words
        // follow, so that a first name ending like a role (`Sen. Walker Smith`) stays a name.
        role_title(p.low(k))
            || (k > from && n - k > 2 && title_lower(p.low(k - 1)) && role_noun_lower(p.low(k)))
    };
    let head = |k: usize| HEAD_TITLES.contains(&p.low(k)) || role_title(p.low(k));
    // One capitalised word in front of a head title (`Police Chief Ana Ruiz`, `Health Minister
    // Aso`) belongs to the title.
    let mut i = from
        + usize::from(
            n - from >= 3
                && !titled(from)
                && p.word(from).chars().next().is_some_and(char::is_uppercase)
                && head(from + 1),
        );
    while i + 1 < n && titled(i) {
        i += 1;
    }
    (i, p.join_from(i))
}

impl SpeakerResolver {
    /// A resolver with user aliases (`canonical → [aliases]`).
    pub fn new(aliases: &BTreeMap<String, Vec<String>>) -> Self {
        let mut map = BTreeMap::new();
        for (canon, list) in aliases {
            map.insert(canon.to_lowercase(), canon.clone());
            for a in list {
                map.insert(a.to_lowercase(), canon.clone());
            }
        }
        SpeakerResolver { aliases: map, ..Default::default() }
    }

    /// Registers a name seen anywhere in the text before resolving (so `Abe` in the headline can
    /// resolve to `Shinzo Abe` introduced in the body).
    pub fn register(&mut self, phrase: &str) {
        if self.registered.contains(phrase) {
            return;
        }
        self.registered.insert(phrase.to_string());
        let (titles, name) = split_title(&unpossessed(phrase));
        // (The name's words are joined by single spaces: two words or more have one.)
        if name.contains(' ') && name.chars().next().is_some_and(char::is_uppercase) {
            self.add_person(&name, titles);
        }
    }

    fn add_person(&mut self, name: &str, titles: Vec<String>) {
        if let Some(p) = self.people.iter_mut().find(|p| p.name == name) {
            for t in titles {
                if !p.titles.contains(&t) {
                    p.titles.push(t);
                }
            }
        } else {
            let last = name.split_whitespace().last().map(str::to_string);
            self.people.push(Person { name: name.to_string(), last, titles });
        }
    }

    /// Resolves one speaker phrase (in reading order: pronouns use what came before).
    pub fn resolve(&mut self, phrase: &str) -> Resolved {
        let owned = unpossessed(phrase);
        let phrase = owned.as_str();
        let lower = phrase.to_lowercase();
        if let Some(c) = self.aliases.get(&lower) {
            let c = c.clone();
            self.last_person = Some(c.clone());
            return Resolved { name: c, anonymous: false };
        }
        if PRONOUNS.contains(&lower.as_str()) {
            if matches!(lower.as_str(), "he" | "she" | "him" | "her" | "i") {
                if let Some(p) = &self.last_person {
                    return Resolved { name: p.clone(), anonymous: false };
                }
            }
            return Resolved { name: phrase.to_string(), anonymous: true };
        }
        let first = lower.split_whitespace().next().unwrap_or("");
        let split = Phrase::new(phrase);
        let named = name_after_description(&split).is_some();
        if !named
            && (DESCRIBED_START.contains(&first) || phrase.chars().next().is_some_and(char::is_lowercase))
        {
            // `the prime minister`: the latest person introduced with that title.
            let rest: Vec<&str> = lower.split_whitespace().skip(1).collect();
            if first == "the"
                && !rest.is_empty()
                && rest.iter().all(|w| is_title(w) || ROLE_TITLES.contains(w))
            {
                if let Some(p) = self.people.iter().rev().find(|p| {
                    let t: Vec<&str> = p.titles.iter().map(|t| unabbreviated(t)).collect();
                    t.join(" ").ends_with(&rest.join(" "))
                }) {
                    let n = p.name.clone();
                    self.last_person = Some(n.clone());
                    return Resolved { name: n, anonymous: false };
                }
            }
            return Resolved { name: phrase.to_string(), anonymous: true };
        }
        let (titles, name) = split_phrase(&split);
        // (The name's words are joined by single spaces: two words or more have one.)
        let canon = if name.contains(' ') {
            self.add_person(&name, titles);
            name.clone()
        } else {
            // A surname (or a title + surname): the person whose name ends with it.
            let surname = name.as_str();
            match self.people.iter().rev().find(|p| p.last.as_deref() == Some(surname)) {
                Some(p) => p.name.clone(),
                None => name.clone(),
            }
        };
        let canon = if self.aliases.is_empty() {
            canon
        } else {
            self.aliases.get(&canon.to_lowercase()).cloned().unwrap_or(canon)
        };
        // `Japan said …` / `the Foreign Ministry said …`: a state or a body is never a later `he`.
        if !super::places::is_place_or_body(&canon) {
            self.last_person = Some(canon.clone());
        }
        Resolved { name: canon, anonymous: false }
    }

    /// Canonical form of an entity mention (surname → full name when known).
    pub fn canonical_entity(&mut self, mention: &str) -> String {
        // Without user aliases (the usual case) the lower case is not needed.
        if !self.aliases.is_empty() {
            if let Some(c) = self.aliases.get(&mention.to_lowercase()) {
                return c.clone();
            }
        }
        let name = match self.bare.get(mention) {
            Some(n) => n.clone(),
            None => {
                let (_, n) = split_title(mention);
                self.bare.insert(mention.to_string(), n.clone());
                n
            }
        };
        if !name.contains(' ') {
            if let Some(p) = self.people.iter().find(|p| p.last.as_deref() == Some(name.as_str())) {
                return p.name.clone();
            }
        }
        name
    }
}

/// Cross-document canonical names: a one-word name becomes the unique multi-word name (from any
/// document) ending with it; returns the map from the short form to the full one.
pub fn corpus_canonical(names: &[String]) -> BTreeMap<String, String> {
    let mut by_surname: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for n in names {
        if let Some(last) = n.split_whitespace().last() {
            if n.contains(' ') {
                let v = by_surname.entry(last).or_default();
                if !v.contains(&n.as_str()) {
                    v.push(n);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for n in names {
        if !n.contains(' ') {
            if let Some(v) = by_surname.get(n.as_str()) {
                if v.len() == 1 {
                    out.insert(n.clone(), v[0].to_string());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
