//! Attribution inside one sentence: the cue (reporting verb or phrase) and the speaker phrase.
//!
//! Input: a sentence with its quotations masked (see [`super::quotes::mask`]); output: the cue and
//! speaker byte ranges relative to that sentence, and where the content lies. Patterns:
//! `"…," X said.` / `said X` / `X said: "…"` / `X said (that) …` / `according to X, …` /
//! `X told reporters …` / `…, X added.` — the speaker is the phrase right before the cue (a name with
//! its titles, a pronoun, or a described source such as `an official close to Abe`), else right after.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::Span;

mod left;
mod nouns;
mod object;
mod poll;
mod possessed;
mod premod;
mod relative;
mod right;
mod tail;
mod trim;
mod words;

use left::LeftRegex;
#[cfg(test)]
use trim::AUX_WORDS;
use trim::{speaker_end, trim_name};

pub use nouns::{has_link, noun_attributions};
pub use words::relative_report;
use words::{
    comma_relative, is_calendar, is_source_head, words_back, FRONTED, PASSIVE_BEFORE, RAISING, SOURCE_HEADS,
    WEAK_CUES,
};

const AUX: &str = r"(?:\s+(?:has|have|had|also|later|then|previously|again|once|recently|repeatedly|publicly|privately|earlier|would|will|could|may|might|must|should|can|did|does|do|not|never|still|long|often|always|now|just|even|already|reportedly|openly|strongly|clearly|really|apparently|however|himself|herself|itself|themselves|actually|initially|finally|similarly|jokingly|quickly|officially|separately|subsequently|immediately|originally|eventually|quietly|on\s+\w+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+\w+|in\s+a\s+statement))*";

/// The cue alternation, the definition [`super::cues::cue_matches`] finds the matches of.
#[cfg(test)]
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(&format!(
        r"(?-u:\b)(?:{})(?-u:\b)|(?-u:\b)(?i:according)\s+to(?-u:\b)|(?-u:\b)(?:Says|Said|Tells|Warns)\s+[A-Z]",
        super::cues::pattern()
    ))
    .expect("cue regex")
});

/// One to three appositions between a speaker and the cue, each after a comma: lower-case
/// descriptions (`, a spokesman for the ministry,`, `, 70,`) or a short capitalised place or party
/// tag (`, R-Utah,`, `, Houston, Texas,`). Captured, so the speaker span can stop before it.
/// Or one apposition between dashes (`insiders in two states — Ohio and Iowa — said`).
const APPOS: &str = r"((?:,\s*(?:[a-z0-9$][^,~]{0,200}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?|[A-Z][\w.-]*(?:'s?|’s?)\s+[a-z][^,~]{0,100})){1,4},|\s+(?:—|–|--)\s+[^—–~]{1,150}?\s+(?:—|–|--))?";

/// A described source ending right before the cue: `an official close to Abe`, `sources`. The
/// determiner and its words are an optional group before one copy of the source heads (`\b(?:D
/// W)?H\b` tries the same paths in the same order as `\bD W H\b|\bH\b`, so it matches and
/// captures alike; proptested in `left.rs` against the two-copy form): the `(?i)` head list
/// twice cost ~6 M instructions more to compile.
static LEFT_DESCRIBED: LazyLock<LeftRegex> = LazyLock::new(|| {
    LeftRegex::new(
        format!(
            r"(?i)(?-u:\b)(?:(?:an?|the|another|one|two|three|several|some|many|most|all|few|other|senior|both|his|her|their|its|our)\s+(?:[\w’'.-]+\s+){{0,4}}?)?(?:{SOURCE_HEADS})(?-u:\b)(?:\s+(?:close\s+to|familiar\s+with|with|in|at|of|from|for)\s+(?:[\w’'.-]+\s+){{0,4}}?[\w’'.-]+)?((?:,\s*[a-z0-9$][^,~]{{0,200}}){{1,3}},|\s+(?:—|–|--)\s+[^—–~]{{1,150}}?\s+(?:—|–|--))?{AUX}\s*$"
        ),
        1,
        3,
        None,
    )
    .by_hand(tail::described)
});

/// A proper name (with titles) ending right before the cue, optionally with an apposition
/// (`Smith, a spokesman for the ministry, said`).
static LEFT_NAME: LazyLock<LeftRegex> = LazyLock::new(|| {
    LeftRegex::new(
        format!(
            r"((?:[A-Z][\w’'.-]*\s+(?:(?:of|the|for|de|van|von|al|in|at)\s+)?)*[A-Z][\w’'.-]*(?:\s+\([^()~]{{1,80}}\))?){APPOS}{AUX}\s*$"
        ),
        2,
        4,
        Some(1),
    )
    .by_hand(tail::name)
});

/// Any short noun phrase ending right before a speech verb: `the treasurer`, `their lawyer`,
/// `one in three`, `61 percent of voters` (only for verbs that are speech acts in any sense).
static LEFT_ANY_NP: LazyLock<LeftRegex> = LazyLock::new(|| {
    LeftRegex::new(
        format!(
            r"(?i:(?-u:\b)(?:(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|only)\s+)?(?:the|an?|his|her|their|its|our|one|some|many|most|several|few|half|two|three|four|five|six|seven|eight|nine|ten|\d[\d.,]*)\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+|(?-u:\b)(?:those|these)\s+[\w’'-]+|(?-u:\b)(?:(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|only|a)\s+)?(?:half|third|quarter|majority|minority|plurality|most|many|some|few|both|others|(?:one|two|three)-(?:thirds?|quarters?|fourths?)|\d[\d.,]*(?:\s+percent|%))){APPOS}{AUX}\s*$"
        ),
        1,
        4,
        None,
    )
    .by_hand(tail::any_np)
});

static LEFT_PRONOUN: LazyLock<LeftRegex> =
    LazyLock::new(|| LeftRegex::plain(format!(r"(?-u:\b)([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t){AUX}\s*$")));

/// Capitalised words that start a sentence or clause but are not part of a name: the clause
/// openers entity spotting uses, plus openers of attribution phrases ("Asked", "Speaking").
const NOT_NAME_EXTRA: &[&str] =
    &["Asked", "Instead", "Moreover", "Separately", "Previously", "Speaking", "Finally"];

fn not_name(w: &str) -> bool {
    super::entities::CLAUSE_OPENERS.contains(&w) || NOT_NAME_EXTRA.contains(&w) || FRONTED.contains(&w)
}

/// Finite verbs that cannot directly follow a reporting verb.
const FINITE_AUX: &[&str] = &[
    "are", "is", "were", "was", "have", "has", "had", "will", "would", "can", "could", "should", "may",
    "might", "must",
];

/// True when `rest` opens with a finite auxiliary (`are`, `will`, `had` …).
pub fn finite_aux_next(rest: &str) -> bool {
    let next = rest.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    FINITE_AUX.contains(&next.trim_end_matches([',', '.']))
}

/// One attribution found in a sentence; offsets are relative to the sentence text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub cue: Span,
    pub speaker: Span,
    /// True when the speaker follows the cue (`said Abe`, `according to X`).
    pub inverted: bool,
}

/// The first attribution in `masked` (a sentence with quotations masked), if any.
pub fn find_attribution(masked: &str) -> Option<Attribution> {
    find_attributions(masked).into_iter().next()
}

/// Every attribution in `masked`, in order, none overlapping another: a sentence can report
/// several (`A said X, and B said Y`) or nest them (`A said B told him Y`). A participle cue after
/// a comma with no subject of its own (`…, she said, adding that …`) takes the previous speaker.
pub fn find_attributions(masked: &str) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    // Left edge for the next speaker search: the end of the previous attribution.
    let mut floor = 0;
    // `In a Gazette poll released Monday, 48 percent …`: the poll reports the clause after it.
    if let Some(a) = poll::opening_poll(masked) {
        floor = a.speaker.end;
        out.push(a);
    }
    for m in super::cues::cue_matches(masked) {
        if m.start < floor {
            continue;
        }
        let matched = &masked[m.clone()];
        // A capitalised verb in a title-case headline (`Lee Says Bridge Will Reopen`), matched
        // with the next word's capital: only right after a capitalised word, its speaker's.
        let end = if matched.starts_with(['S', 'T', 'W']) {
            let before = words_back(&masked[..m.start]).next().unwrap_or("");
            if !before.starts_with(char::is_uppercase) || before.ends_with(['.', ',', ':', '?', '!']) {
                continue;
            }
            m.start + matched.find(char::is_whitespace).unwrap_or(matched.len())
        } else {
            m.end
        };
        let cue = Span::new(m.start, end);
        // `self-described`, `Trump-branded`, `so-called`: a cue glued to a word by a hyphen is
        // an adjective (PolNeAR train: 16 false predictions fewer, 7 matches).
        if masked[..m.start].ends_with('-') {
            continue;
        }
        if nouns::is_noun_use(masked, cue.start, cue.end) {
            continue;
        }
        // A noun, not a verb, when a finite verb follows: `Insurance claims are expected`,
        // unless the cue reports a relative clause: `the rules, which officials said will …`
        // (not inside another attribution's words, `Lee said the fees, which officials said will
        // start in May, are fair`, unless it closes the sentence after a comma: `I urged a fair
        // sentence, which I said was …`).
        // (The word scans back from the cue only when a finite verb follows, as seldom it does.)
        let relative = || {
            let before = &masked[..m.start];
            let closing = comma_relative(before) && !masked[m.end..].contains([',', ';']);
            (out.is_empty() || closing) && relative_report(before)
        };
        if finite_aux_next(&masked[cue.end..]) && !relative() {
            continue;
        }
        let word = masked[cue.start..cue.end].to_ascii_lowercase();
        let phrase = word.starts_with("according");
        // `When asked`, `was told`, `had been warned`: passive or adverbial, the subject is
        // spoken to, not speaking.
        let prev = words_back(&masked[..m.start]).next().unwrap_or("").to_ascii_lowercase();
        if !phrase && PASSIVE_BEFORE.contains(&prev.as_str()) {
            continue;
        }
        let next = masked[cue.end..].split_whitespace().next().unwrap_or("");
        if next == "to" && RAISING.contains(&word.as_str()) {
            continue;
        }
        let left = &masked[floor..m.start];
        let l = left.trim_end();
        let strong = !WEAK_CUES.contains(&word.as_str()) && !super::cues::is_stance_only(&word);
        // A speaker found in `left`, in sentence offsets.
        let from_left = |sp: Span| Attribution {
            cue,
            speaker: Span::new(floor + sp.start, floor + sp.end),
            inverted: false,
        };
        let mut found = None;
        // `…, said Ann Lee, a pollster.`: after a comma a verb before its subject is inverted,
        // and the phrase before the comma ends the content, not a speaker.
        if !phrase && l.ends_with(',') && !word.ends_with("ing") && super::cues::allows_inversion(&word) {
            // Only a named speaker closed by punctuation (`said Ann Lee, a pollster.`): `said the
            // member who …` or `said Lee and Kim had …` may open the reported clause.
            found = right_speaker(masked, cue, false, strong).filter(|a| {
                let who = &masked[a.speaker.start..a.speaker.end];
                let after = masked[a.speaker.end..].trim_start();
                who.split_whitespace().any(|w| w.starts_with(char::is_uppercase))
                    && after.chars().next().is_none_or(|c| !c.is_alphanumeric())
            });
        }
        // `told the AP after hinting that …`: a participle opening a subordinate clause has the
        // main clause's subject, never a phrase before it (`the AP on Wednesday after`). It
        // reports only a clause, a quotation, or as a speech verb (`after saying the pier …`);
        // `since announcing his bid` reports nothing.
        let subordinate = word.ends_with("ing") && words::SUBORDINATE_PARTICIPLE.contains(&prev.as_str());
        if subordinate && !words::reports_after_participle(&word, &masked[cue.end..]) {
            continue;
        }
        if found.is_none() && !phrase {
            // `…, adding that`, `… after hinting that`.
            let participle = word.ends_with("ing") && (l.ends_with(',') || subordinate);
            // `…, adding that` / `said X and predicted that Y`: the same subject goes on.
            let continues = participle || l.ends_with(" and") || l.ends_with(" but");
            if let (true, Some(prev)) = (continues, out.last()) {
                found = Some(Attribution { cue, speaker: prev.speaker, inverted: false });
            } else if (COORDINATED.is_match(l) && strong) || participle {
                // `X did Y and said …`, `X did Y, calling for …`: the clause's subject speaks.
                found = clause_subject(l).map(from_left);
            } else {
                // `Romney's associates said`, `Each side said`: for a finite reporting verb.
                found = left_speaker(left, strong)
                    .or_else(|| {
                        possessed::reporting_verb(&word).then(|| possessed::possessed_np(left)).flatten()
                    })
                    .map(from_left);
            }
        }
        if found.is_none() && (phrase || super::cues::allows_inversion(&word)) {
            found = right_speaker(masked, cue, phrase, strong);
        }
        if found.is_none() && !phrase && strong {
            found = comma_speaker(left).map(from_left);
        }
        if super::cues::takes_object(&word) {
            found = found.filter(|a| object::keeps(masked, a, out.last()));
        }
        if let Some(a) = found {
            floor = a.cue.end.max(if a.inverted { a.speaker.end } else { a.cue.end });
            out.push(a);
        }
    }
    out
}

/// The speaker span a claim reports for `a`: its speaker, without a closing time expression after
/// `according to` (`a council report earlier this year`), which says when the source reported. The
/// attribution keeps the whole phrase, so the content still starts after it.
pub fn reported_speaker(masked: &str, a: &Attribution) -> Span {
    let cue = masked.get(a.cue.start..a.cue.end).unwrap_or("");
    let Some(np) = masked.get(a.speaker.start..a.speaker.end) else { return a.speaker };
    if !a.inverted || !cue.get(..9).is_some_and(|c| c.eq_ignore_ascii_case("according")) {
        return a.speaker;
    }
    Span::new(a.speaker.start, a.speaker.start + trim::without_closing_time(np).len())
}

/// A speaker right after the cue: `said Abe`, `according to the state's figures`.
fn right_speaker(masked: &str, cue: Span, phrase: bool, strong: bool) -> Option<Attribution> {
    let rest = &masked[cue.end..];
    if phrase {
        // `according to X`: X runs to the next clause break (at most 20 words: `early results of
        // the exit polls conducted for the Associated Press and television networks by Edison
        // Research`; PolNeAR train with at most 12: 20 matches fewer, 2 false predictions fewer).
        let lead = rest.len() - rest.trim_start().len();
        let body = &rest[lead..];
        let stop = body.find([',', ';', ':', '~', '(', '—']).unwrap_or(body.len());
        let mut np = body[..stop].trim_end();
        np = np.strip_suffix('.').unwrap_or(np);
        let n = np.split_whitespace().count();
        if n == 0 || n > 20 {
            return None;
        }
        let sp = Span::new(cue.end + lead, cue.end + lead + np.len());
        return Some(Attribution { cue, speaker: sp, inverted: true });
    }
    let c = right::inverted_speaker(rest, strong, is_source_head)?;
    let sp = trim_name(masked, Span::new(cue.end + c.start, cue.end + c.end));
    // A lone pronoun after a verb is its object ("told him"), not the speaker; nor is a date.
    let who = &masked[sp.start..sp.end];
    if sp.is_empty() || is_pronoun(who) || is_calendar(who) {
        return None;
    }
    Some(Attribution { cue, speaker: sp, inverted: true })
}

/// `Name: "…"` with no reporting verb: a speaker, a colon and a quotation right after it
/// (`Pollster Ann Lee: "Turnout was high."`, `The report: "…"`). The speaker (a name, a list of
/// names, a pronoun or a described source) must be the whole clause before the colon, so
/// `He had one word for Lee: "…"` is not Lee's quotation.
pub fn colon_quote(masked: &str) -> Option<Attribution> {
    let mut from = 0;
    while let Some(i) = masked[from..].find(':').map(|i| from + i) {
        from = i + 1;
        if !masked[i + 1..].trim_start().starts_with('~') {
            continue;
        }
        let left = &masked[..i];
        let Some(sp) = left_speaker(left, false) else { continue };
        if sp.end < left.trim_end().len() {
            continue;
        }
        let names_list = NAMES_BEFORE.is_match(&left[..sp.start]);
        let prefix = left[..sp.start].trim();
        if !(prefix.is_empty() || not_name(prefix) || names_list) {
            continue;
        }
        let start = if names_list { left.len() - left.trim_start().len() } else { sp.start };
        return Some(Attribution {
            cue: Span::new(i, i + 1),
            speaker: Span::new(start, sp.end),
            inverted: false,
        });
    }
    None
}

/// Names joined by `and` or commas before the last one (`Ann Lee and Bo Kim: "…"`).
static NAMES_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(r"^\s*(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*,?\s+(?:and|&)\s+$").expect("names regex")
});

fn is_pronoun(s: &str) -> bool {
    matches!(s.to_ascii_lowercase().as_str(), "he" | "she" | "they" | "we" | "i" | "it")
}

/// `…, who said`: the relative pronoun stands for the phrase before its comma.
static WHO: LazyLock<LeftRegex> = LazyLock::new(|| LeftRegex::plain(format!(r"(?:,\s+|\s+)who{AUX}\s*$")));

/// Words before `who` that are not the noun it stands for (`and who`, `those of us who`).
const NOT_ANTECEDENT: &[&str] = &[
    "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "was", "are",
    "were", "us", "them",
];

/// `… and said`, `…, but later told`: a reporting verb coordinated with an earlier verb.
static COORDINATED: LazyLock<LeftRegex> =
    LazyLock::new(|| LeftRegex::plain(format!(r"(?-u:\b)(?:and|but){AUX}\s*$")));

/// A name or personal pronoun opening a clause: the subject of a coordinated reporting verb.
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(r"^\s*((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w’'-]*|(?:[A-Z][\w’'.-]*\s+(?:(?:of|the|for)\s+)?)*[A-Z][\w’'.-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)(?-u:\b)")
        .expect("subject regex")
});

/// Determiners that open a described subject (`A federal judge`, `The mining company`).
const SUBJECT_DETERMINERS: &[&str] = &["The", "A", "An", "His", "Her", "Their", "Its"];

/// Lower-case words a described subject takes at most after its determiner.
const SUBJECT_WORDS: usize = 3;

/// A subject made of a determiner and lower-case words, opening `clause` (`A federal judge
/// halted …`, `The mining company has …`): it runs to the word before the first finite
/// auxiliary or `-ed` verb among the next [`SUBJECT_WORDS`] + 1 words; when none is there, the
/// determiner and one word (`The court threw out …` → `The court`). A capitalised word after
/// the determiner is a name (`The White House`), left to [`SUBJECT`].
fn described_subject(clause: &str) -> Option<Span> {
    let lead = clause.len() - clause.trim_start().len();
    let mut words = crate::text::word_spans(&clause[lead..]).map(|(i, w)| (lead + i, w));
    let (d_at, det) = words.next()?;
    if !SUBJECT_DETERMINERS.contains(&det) {
        return None;
    }
    // ends of the lower-case words after the determiner, up to a verb
    let mut ends: Vec<usize> = Vec::new();
    let mut verb = false;
    for (i, w) in words.take(SUBJECT_WORDS + 1) {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        let lower_word = bare.chars().next().is_some_and(char::is_lowercase)
            && bare.chars().all(|c| c.is_alphabetic() || c == '-');
        if !lower_word {
            break;
        }
        if !ends.is_empty() && (FINITE_AUX.contains(&bare) || bare.ends_with("ed")) {
            verb = true;
            break;
        }
        ends.push(i + bare.len());
        if bare.len() != w.len() {
            break;
        }
    }
    let end = if verb { ends.last() } else { ends.first() };
    end.map(|&e| Span::new(d_at, e))
}

/// The speaker of a speech verb closed off by a comma after a fronted description:
/// `One grower, Lia Park of Hill Farms in Fresno, said` (no speaker stands right before or after
/// the verb).
fn comma_speaker(left: &str) -> Option<Span> {
    let head = left.trim_end().strip_suffix(',')?;
    if let Some(m) = LEFT_NAME.captures(head).and_then(|[_, name, _]| name) {
        let sp = trim_name(head, Span::new(m.start, m.end));
        if !sp.is_empty() {
            return Some(sp);
        }
    }
    let [m, _, _] = LEFT_DESCRIBED.captures(head)?;
    let m = m?;
    let sp = Span::new(m.start, speaker_end(head, m.start, m.end));
    (!sp.is_empty()).then_some(sp)
}

/// The subject of a reporting verb coordinated with an earlier one (`Trump welcomed the result
/// and said …`): the name, pronoun or `the` + noun opening the clause, or opening it after a
/// fronted phrase closed by a comma (`On Friday, the governor …`).
fn clause_subject(l: &str) -> Option<Span> {
    let starts = std::iter::once(0).chain(l.find(',').map(|i| i + 1));
    for at in starts {
        if let Some(sp) = described_subject(&l[at..]) {
            return Some(Span::new(at + sp.start, at + sp.end));
        }
        let Some(m) = SUBJECT.captures(&l[at..]).and_then(|c| c.get(1)) else { continue };
        let sp = trim_name(l, Span::new(at + m.start(), at + m.end()));
        let who = &l[sp.start..sp.end];
        if !sp.is_empty() && !is_calendar(who) && !matches!(who, "It" | "it" | "I") {
            return Some(sp);
        }
    }
    None
}

/// The speaker phrase ending at the end of `left`, if any; `strong` when the cue is a speech
/// verb whatever its subject (then any short noun phrase can be the speaker).
fn left_speaker(left: &str, strong: bool) -> Option<Span> {
    if let Some(found) = relative::relative_speaker(left, strong) {
        return found;
    }
    if let Some([whole, appos, _]) = LEFT_DESCRIBED.captures(left) {
        let whole = whole?;
        let end = appos.map_or_else(|| speaker_end(left, whole.start, whole.end), |a| a.start);
        // A bare head noun (`agency`) takes its modifiers (`North Korea’s official KCNA news`).
        let first = left[whole.start..whole.end].split_whitespace().next().unwrap_or("");
        let start =
            if is_source_head(first) { premod::premodified_start(left, whole.start) } else { whole.start };
        let sp = Span::new(start, end);
        if !sp.is_empty() {
            return Some(sp);
        }
    }
    if let Some([_, name, _]) = LEFT_NAME.captures(left) {
        let name = name?;
        let sp = trim_name(left, Span::new(name.start, name.end));
        if !sp.is_empty() {
            // A lower-case title or description in front (`union leader Ana Ruiz`) belongs to
            // the speaker when nothing else stands between it and the clause start.
            return Some(Span::new(premod::titled_start(left, sp.start), sp.end));
        }
    }
    if let Some(m) = LEFT_PRONOUN.find(left) {
        // The pronoun is the match's first word: white space or the end follows it.
        let word = &left[m.start..];
        return Some(Span::new(m.start, m.start + word.find(char::is_whitespace).unwrap_or(word.len())));
    }
    if !strong {
        return None;
    }
    let [whole, appos, _] = LEFT_ANY_NP.captures(left)?;
    let whole = whole?;
    let end = appos.map_or_else(|| speaker_end(left, whole.start, whole.end), |a| a.start);
    let sp = Span::new(whole.start, end);
    (!sp.is_empty()).then_some(sp)
}

#[cfg(test)]
mod tests;
