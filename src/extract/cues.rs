//! The cue lexicon: verbs that attribute content to a source, by class, with their inflections.
//!
//! Speech verbs (`say`, `warn`, `tweet`) report what a source said or wrote; any noun phrase
//! before them is its speaker. Attitude, cognition and evidence verbs (`believe`, `want`, `show`,
//! `endorse`) attribute a position or a finding; they count only with a named, pronoun or
//! described source (`the study shows`, `Smith believes`), never an arbitrary noun phrase
//! (`the road shows`). Inflections are generated (`warn → warns warned warning`), so each verb is
//! listed once, in its base form.

mod objects;
mod scan;
mod verbs;

pub use scan::cue_matches;

use objects::OBJECT;
use verbs::{EXCLUDED, SPEECH, STANCE};

/// Past forms and participles that do not follow the regular rules.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["said"]),
    ("tell", &["told"]),
    ("think", &["thought"]),
    ("write", &["wrote", "written"]),
    ("know", &["knew", "known"]),
    ("find", &["found"]),
    ("feel", &["felt"]),
    ("see", &["saw", "seen"]),
    ("seek", &["sought"]),
    ("understand", &["understood"]),
    ("swear", &["swore", "sworn"]),
    ("forecast", &["forecast"]),
    ("learn", &["learned", "learnt"]),
    ("quip", &["quipped"]),
    ("admit", &["admitted"]),
    ("rebut", &["rebutted"]),
    ("plan", &["planned"]),
    ("snap", &["snapped"]),
    ("pan", &["panned"]),
    ("make", &["made"]),
    ("shoot", &["shot"]),
];

/// Reporting verbs that deny what they report (`Lee denied that the vote was rigged`).
const DENIALS: &[&str] = &["deny", "refute", "dispute", "rebut"];

static DENIAL_FORMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| forms(DENIALS));

/// True when a cue's words hold a denying verb (`denied`, `flatly disputes`), any case.
pub fn is_denial(cue: &str) -> bool {
    cue.split_whitespace().any(|w| DENIAL_FORMS.iter().any(|f| f.eq_ignore_ascii_case(w)))
}

/// Inflected forms of one base verb (or phrase: only its first word inflects).
fn inflect(base: &str) -> Vec<String> {
    let (head, tail) = match base.split_once(' ') {
        Some((h, t)) => (h, format!(" {t}")),
        None => (base, String::new()),
    };
    if head.ends_with("ing") || head.ends_with("ed") {
        return vec![base.to_string()];
    }
    let mut out = vec![head.to_string()];
    let b = head.as_bytes();
    let last = b.last().copied().unwrap_or(b'a');
    let before_last = b.len().checked_sub(2).and_then(|i| b.get(i)).copied().unwrap_or(b'a');
    let vowel = |c: u8| b"aeiou".contains(&c);
    if let Some(stem) = head.strip_suffix('e') {
        out.extend([format!("{head}s"), format!("{head}d"), format!("{stem}ing")]);
    } else if last == b'y' && !vowel(before_last) {
        let stem = &head[..head.len() - 1];
        out.extend([format!("{stem}ies"), format!("{stem}ied"), format!("{head}ing")]);
    } else if head.ends_with(['s', 'x', 'z']) || head.ends_with("sh") || head.ends_with("ch") {
        out.extend([format!("{head}es"), format!("{head}ed"), format!("{head}ing")]);
    } else {
        out.extend([format!("{head}s"), format!("{head}ed"), format!("{head}ing")]);
    }
    if let Some((_, forms)) = IRREGULAR.iter().find(|(b, _)| *b == head) {
        // Irregular past forms replace the regular one; doubled consonants get a doubled -ing.
        out.retain(|f| !f.ends_with("ed") || forms.contains(&f.as_str()));
        out.extend(forms.iter().map(|f| f.to_string()));
        if forms.iter().any(|f| f.ends_with("ed") && f.len() == head.len() + 3) {
            out.push(format!("{head}{}ing", &head[head.len() - 1..]));
        }
    }
    out.into_iter().map(|f| format!("{f}{tail}")).collect()
}

fn forms(list: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = list.iter().flat_map(|b| inflect(b)).collect();
    out.sort();
    out.dedup();
    out
}

/// Every cue form as a regex alternation, longest first (so `point out` wins over `point`).
pub fn pattern() -> String {
    forms_in_order().iter().map(|f| f.replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
}

/// Every cue form (lower-case words, one space between them) in the order of [`pattern`]'s
/// alternation.
pub fn forms_in_order() -> Vec<String> {
    let mut all = forms(SPEECH);
    all.extend(forms(STANCE));
    all.retain(|f| !EXCLUDED.contains(&f.as_str()));
    all.extend(object_forms().iter().cloned());
    all.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    all.dedup();
    all
}

/// Forms of the object cues (see [`objects`]), sorted.
fn object_forms() -> &'static [String] {
    static FORMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| forms(OBJECT));
    &FORMS
}

/// True when `form` (a cue as matched, any case) is an object cue: its content is the noun
/// phrase after it (`endorsed Trump`), not a reported clause.
pub fn takes_object(form: &str) -> bool {
    if is_plain_form(form) {
        return has_form(object_forms(), form);
    }
    let form = form.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    object_forms().binary_search(&form).is_ok()
}

/// True when `form` is already what the form lookups make of it (ASCII lower case, words
/// joined by one space), so it is looked up as it is: the cue as matched nearly always is, and
/// making the normal form allocated twice at each of ~50,000 lookups on PolNeAR train.
fn is_plain_form(form: &str) -> bool {
    let b = form.as_bytes();
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(|w| w == b"  ")
        && b.iter().all(|&c| c == b' ' || (c.is_ascii_graphic() && !c.is_ascii_uppercase()))
}

/// True when the sorted `forms` hold `form`.
fn has_form(forms: &[String], form: &str) -> bool {
    forms.binary_search_by(|f| f.as_str().cmp(form)).is_ok()
}

/// True when `form` (lower case) is only a stance or evidence cue, not a speech verb: it needs
/// a named, pronoun or described source.
pub fn is_stance_only(form: &str) -> bool {
    static SPEECH_FORMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| forms(SPEECH));
    if is_plain_form(form) {
        return !has_form(&SPEECH_FORMS, form);
    }
    let form = form.split_whitespace().collect::<Vec<_>>().join(" ");
    SPEECH_FORMS.binary_search(&form).is_err()
}

/// Words that open a headline or a section with a colon but name no speaker (`Revealed: …`,
/// `Contributing: …`, `Update: …`, `Q: …`).
const COLON_LABELS: &[&str] = &[
    "update",
    "updated",
    "watch",
    "breaking",
    "exclusive",
    "video",
    "photos",
    "analysis",
    "opinion",
    "editorial",
    "note",
    "editor's note",
    "read",
    "related",
    "live",
    "poll",
    "q",
    "a",
    "the latest",
    "latest",
    "review",
    "correction",
    "fact check",
    "explainer",
    "interview",
    "transcript",
    "full text",
    "timeline",
    "listen",
    "contributing",
    "revealed",
    "plus",
    "so",
    "remember",
    "previously",
    "bombshell",
    "wow",
    "paid notice",
    "question",
    "answer",
    "breaking news",
    "also",
    "see also",
    "more",
    "photo",
    "source",
    "sources",
];

/// Function words that never occur inside a speaker's name but do in headline labels
/// (`Big Win For Bernie: …`, `FIX IS IN: …`, `Just Leaked: …`).
const NOT_IN_NAME: &[&str] =
    &["is", "are", "was", "for", "just", "with", "how", "why", "what", "your", "this"];

/// True when `name: rest` (a sentence opening `Name:` with no reporting verb) is a label, a
/// section title or a list rather than a speaker and their words: a label word, a name
/// starting with `The` or holding a possessive or a function word, fewer than four words after
/// the colon unless they are quoted (`Kasich: Now or never`), or a list of names after it
/// (`Ohio: Ann Lee, Bo Kim, …`). `rest` has its quotations masked (`~`).
pub fn colon_label(name: &str, rest: &str) -> bool {
    let lower = name.to_lowercase().replace('’', "'");
    if COLON_LABELS.contains(&lower.as_str())
        || lower.starts_with("the ")
        || lower.contains("'s")
        || lower.split_whitespace().any(|w| NOT_IN_NAME.contains(&w))
        || (rest.split_whitespace().count() < 4 && !rest.trim_start().starts_with('~'))
    {
        return true;
    }
    let rest = rest.replace(" and ", ",");
    let items: Vec<&str> = rest.split([',', ';']).map(str::trim).filter(|i| !i.is_empty()).collect();
    items.len() >= 3
        && items
            .iter()
            .all(|i| i.split_whitespace().count() <= 4 && i.starts_with(|c: char| c.is_uppercase()))
}

/// Speech verbs that take no object, so the noun phrase after them is their subject
/// (`"…," said the mayor` / `added Smith`); after `told`, `urged`, `asked` it is the person
/// spoken to.
const INVERTIBLE: &[&str] = &[
    "say",
    "add",
    "write",
    "note",
    "explain",
    "continue",
    "recall",
    "reply",
    "respond",
    "observe",
    "insist",
    "argue",
    "joke",
    "quip",
    "remark",
    "conclude",
    "declare",
    "announce",
    "state",
    "claim",
    "admit",
    "concede",
    "counter",
    "retort",
    "complain",
    "predict",
    "acknowledge",
    "agree",
    "muse",
    "wonder",
    "scoff",
    "shout",
    "yell",
    "whisper",
    "tweet",
    "post",
    "report",
    "confirm",
    "stress",
    "emphasize",
    "emphasise",
    "suggest",
    "caution",
    "contend",
    "maintain",
    "assert",
    "boast",
    "lament",
    "recount",
    "reiterate",
    "testify",
    "allege",
];

/// True when the noun phrase after `form` can be its speaker (`said Abe`, not `told reporters`).
pub fn allows_inversion(form: &str) -> bool {
    static FORMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| forms(INVERTIBLE));
    if is_plain_form(form) {
        return has_form(&FORMS, form);
    }
    let form = form.split_whitespace().collect::<Vec<_>>().join(" ");
    FORMS.binary_search(&form).is_ok()
}

#[cfg(test)]
mod tests;
