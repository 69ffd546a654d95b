//! Where a claim's content starts and ends inside its sentence: trimming edge punctuation,
//! lead-ins between a cue and its content (`told reporters that`), adjuncts that are not content
//! (`said on Twitter`), clause ends and the words that open a new clause.

use std::sync::LazyLock;

use regex::Regex;

use crate::lower::Lower;
use crate::model::Span;
use crate::text::WEEKDAYS;

/// Words between a cue and its content: `said on Monday that`, `told reporters that`.
pub(super) static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(
        r"^(?i)(?:(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|in\s+a\s+statement|last\s+week|reporters|journalists|him|her|them|us|me|(?:to|with)\s+(?:the\s+)?(?:reporters|journalists|press|media))[\s,]+)*(?:that\s+)?",
    )
    .expect("lead-in regex")
});

/// The object of `told`/`asked`/`warned` before its `that`: `told Fox News on Sunday that`. The
/// end of the match of `^(?:[\w’'.-]+\s+){1,12}?that\s+` in `t`, found by hand (that regex, a
/// bounded repeat of a Unicode class, took ~13 ms to compile, paid by every run that reads a
/// `told … that`): one to twelve words, each with the white space after it, the fewest after which
/// `that` and white space follow. A word is a whole run of its characters (none is white space),
/// so no choice is ever undone.
pub(super) fn object_that_end(t: &str) -> Option<usize> {
    let in_word = |c: char| match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | '_' | '\'' | '.' | '-' => true,
        c if c.is_ascii() => false,
        c => c == '’' || regex_syntax::is_word_character(c),
    };
    let run =
        |from: usize, f: &dyn Fn(char) -> bool| t[from..].find(|c: char| !f(c)).map_or(t.len(), |k| from + k);
    let mut at = 0;
    for _ in 0..12 {
        let word_end = run(at, &in_word);
        let space_end = run(word_end, &char::is_whitespace);
        if word_end == at || space_end == word_end {
            return None;
        }
        at = space_end;
        if t[at..].starts_with("that") {
            let end = run(at + 4, &char::is_whitespace);
            if end > at + 4 {
                return Some(end);
            }
        }
    }
    None
}

pub(super) fn is_edge(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | ';' | '"' | '“' | '”' | '—' | '-' | '–' | '\'')
}

/// The last whitespace-separated word of `t`.
fn last_word(t: &str) -> &str {
    t.rsplit(char::is_whitespace).next().unwrap_or(t)
}

/// `sp` without edge punctuation, quote marks and a final full stop (kept after an
/// abbreviation).
pub(super) fn trim_span(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    let lead = t.len() - t.trim_start_matches(is_edge).len();
    let kept = t.trim_start_matches(is_edge).trim_end_matches(is_edge);
    let kept = match kept.strip_suffix('.') {
        // The full stop of a closing abbreviation stays (`talks with the U.S.`, `Acme Inc.`).
        Some(k) if crate::segment::abbrev::classify(last_word(k)).is_some() => kept,
        Some(k) => k.trim_end_matches(is_edge),
        None => kept,
    };
    Span::new(sp.start + lead, sp.start + lead + kept.len())
}

/// `c` widened to the quote marks its trimming left outside, so that a shown content never opens
/// a quotation it does not close: a quotation (of `quotes`) that starts inside `c` and ends just
/// after it (`an “immoral and impudent country”.` trimmed to `… country`) takes back its closing
/// mark, with the punctuation inside it; one that ends inside `c` and opens just before it takes
/// back its opening mark. A single-quoted fragment (`to talk ‘frankly’`, which the quotation
/// finder leaves out as too ambiguous) gets its closing mark when `c` holds its opening one.
pub(super) fn close_quotes(body: &str, c: Span, quotes: &[Span]) -> Span {
    let marks_only = |a: usize, b: usize| {
        body.get(a..b).is_some_and(|g| {
            !g.is_empty() && g.chars().all(|ch| is_quote(ch) || matches!(ch, '.' | ',' | '!' | '?'))
        })
    };
    let mut out = c;
    for q in quotes {
        if q.start >= c.start && q.start < c.end && q.end > c.end && marks_only(c.end, q.end) {
            out.end = out.end.max(q.end);
        }
        if q.start < c.start && q.end > c.start && q.end <= c.end && marks_only(q.start, c.start) {
            out.start = out.start.min(q.start);
        }
    }
    if out.end == c.end {
        let Some(t) = body.get(c.start..c.end) else { return out };
        let opened = t.char_indices().rev().find(|&(i, ch)| {
            matches!(ch, '\'' | '‘') && t[..i].chars().next_back().is_none_or(char::is_whitespace)
        });
        // After the opening mark (one byte for `'`, three for `‘`).
        let closed_after =
            |i: usize, open: char| t.get(i + open.len_utf8()..).is_some_and(|r| r.contains(['\'', '’']));
        let next = body.get(c.end..).and_then(|r| r.chars().next());
        if let (Some((i, open)), Some(close @ ('\'' | '’'))) = (opened, next) {
            if !closed_after(i, open) {
                out.end = c.end + close.len_utf8();
            }
        }
    }
    out
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '\'')
}

pub(super) fn words(body: &str, sp: Span) -> usize {
    body.get(sp.start..sp.end).map_or(0, |t| t.split_whitespace().count())
}

/// From the first quotation's start to the last one's end, marks and edge punctuation trimmed.
pub(super) fn quote_extent(body: &str, qs: &[Span]) -> Span {
    let s = qs.iter().map(|q| q.start).min().unwrap_or(0);
    let e = qs.iter().map(|q| q.end).max().unwrap_or(s);
    trim_span(body, Span::new(s, e))
}

/// True when `gap` holds only spaces and light punctuation (the seam between a quotation and
/// its attribution).
pub(super) fn seam(gap: &str) -> bool {
    gap.len() <= 6 && gap.chars().all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '—' | '-' | '–'))
}

/// True when the words `gap` between a quotation and its speaker are words of the speaker's own
/// phrase that the speaker pattern left out (`"…," the Republican said`, `"…," Italy's party leader
/// Ann Lee wrote`): the quotation closes with a comma, `?` or `!`, and the gap is a few words with
/// no clause word and no punctuation of its own.
pub(super) fn speaker_premodifier(quote: &str, gap: &str) -> bool {
    let inner = quote.trim_end_matches(['"', '“', '”', '\'']).trim_end();
    let g = gap.trim_start();
    if !(inner.ends_with([',', '?', '!']) || g.starts_with(',')) {
        return false;
    }
    let ws: Vec<&str> = g.trim_start_matches(',').split_whitespace().collect();
    !ws.is_empty()
        && ws.len() <= 8
        && ws.iter().all(|w| {
            w.chars().all(|c| c.is_alphanumeric() || matches!(c, '’' | '\'' | '.' | '-'))
                && !CLAUSE_WORDS.contains(&Lower::of(w).as_str())
        })
}

/// Words that open an adjunct of a reporting verb rather than its content: `said on Twitter`,
/// `wrote in December`, `reported from Paris`.
pub(super) const ADJUNCT_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "during",
    "this",
    "last",
    "earlier",
    "late",
    "after",
    "before",
    "via",
    "yesterday",
    "today",
    "tonight",
];

/// True when `sp` is only an adjunct of the cue before it (`on Twitter`, `in a statement this
/// week`, `at a rally in Ohio on Monday`): at most six words, opened by a preposition or time word,
/// without `that` (which would open the reported clause: `said on Monday that …`).
pub(super) fn adjunct_only(body: &str, sp: Span) -> bool {
    let Some(t) = body.get(sp.start..sp.end) else { return false };
    // Seven words are enough to tell: at most six, the first an adjunct opener, none `that`.
    let ws: Vec<&str> = t.split_whitespace().take(7).collect();
    let lower = Lower::of;
    ws.len() <= 6
        && ws.first().is_some_and(|w| {
            let w = lower(w);
            ADJUNCT_OPENERS.contains(&w.as_str()) || WEEKDAYS.contains(&w.as_str())
        })
        && !ws.iter().any(|w| lower(w).trim_matches(|c: char| !c.is_alphanumeric()) == "that")
        && !bare_time_then_clause(&ws)
}

/// True when `ws` opens with a bare time word (`Tuesday`, `yesterday`, no preposition) and goes
/// on, without a comma, with words that open no adjunct: `said Tuesday the ferry will run` is a
/// time and the reported clause, not an adjunct (`said Tuesday in Lagos` is one).
fn bare_time_then_clause(ws: &[&str]) -> bool {
    let plain = |w: &str| Lower::of(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let Some(first) = ws.first() else { return false };
    let time = plain(first);
    if !(WEEKDAYS.contains(&time.as_str()) || matches!(time.as_str(), "yesterday" | "today" | "tonight")) {
        return false;
    }
    let mut rest = &ws[1..];
    if !first.ends_with(',')
        && rest.first().is_some_and(|w| crate::extract::time::lexicon::part_of_day(&plain(w)).is_some())
    {
        rest = &rest[1..];
    }
    let joined = ws.len() - rest.len();
    !ws[joined - 1].ends_with([',', ';', ':'])
        && rest.first().is_some_and(|w| !ADJUNCT_OPENERS.contains(&plain(w).as_str()))
}

/// The clause before an attribution (`sp`, up to the speaker): empty when it is only words of the
/// speaker's phrase the speaker pattern left out (`Former party chair Ann Cole said …`: at most
/// four words running into the speaker without punctuation).
pub(super) fn clause_before(body: &str, sp: Span) -> Span {
    let before = trim_span(body, sp);
    let gap = body.get(before.end..sp.end).unwrap_or("");
    if gap.chars().all(char::is_whitespace) && words(body, before) <= 4 {
        return Span::new(sp.end, sp.end);
    }
    before
}

/// True when `gap` (from an attribution to the next one's speaker) is a comma and at most one
/// word that opens no clause: `According to the poll, 51 percent said …`, `As the paper
/// revealed, the council agreed …` — the next attribution is what this one reports.
pub(super) fn comma_then_subject(body: &str, gap: Span) -> bool {
    let Some(g) = body.get(gap.start..gap.end) else { return false };
    let rest = g.trim_start();
    let Some(rest) = rest.strip_prefix(',') else { return false };
    let ws: Vec<&str> = rest.split_whitespace().collect();
    ws.len() <= 1 && ws.iter().all(|w| !CLAUSE_WORDS.contains(&Lower::of(w).as_str()))
}

/// True when `gap` leads from a cue to its quotation: a seam, or a few words ending in a comma or
/// colon (`told the host, "…"`, `said in a statement: "…"`).
pub(super) fn lead_to_quote(gap: &str) -> bool {
    let t = gap.trim_end();
    seam(gap) || (t.ends_with([',', ':']) && t.split_whitespace().count() <= 6)
}

/// Words that open a new clause (coordination, subordination, relative clauses): an attribution
/// after one of them reports its own clause, not part of the one before (`… while 9 percent
/// said …`, `… which he described as …`).
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "and", "but", "or", "nor", "while", "whereas", "although", "though", "because", "since", "as", "before",
    "after", "when", "whenever", "where", "which", "who", "whom", "whose", "if", "unless", "until", "once",
    "so", "yet", "even", "despite", "compared",
];

/// `Name: words` opening a sentence (headline style: `Senator Reyes: We Will Not Back Down`).
/// `the vote was fair, and` → `the vote was fair`: a clause ending where the next attribution
/// starts loses its joining word (a coordinator, a relative pronoun or a subordinator: `…, which`,
/// `… because`).
pub(super) fn drop_conjunction(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    for w in [
        " and",
        " but",
        " while",
        " whereas",
        " or",
        " which",
        " who",
        " whom",
        " because",
        " as",
        " when",
        " though",
        " although",
        " if",
        " since",
        " until",
        " unless",
    ] {
        if let Some(head) = t.strip_suffix(w) {
            return trim_span(body, Span::new(sp.start, sp.start + head.len()));
        }
    }
    sp
}

/// Where a reported clause ends inside the rest of its sentence: a semicolon, or `, and` before a
/// new subject (`…, and Ms. Brainard is …`). Not at a dash: PolNeAR's annotators keep the words
/// after it in most reported clauses (`… wants to lead — and to win`, `… the plan — long delayed
/// — will go ahead`); cutting there cost train F1 0.612 → 0.609. Cutting also at `, which`,
/// `, while`, a spaced hyphen or `, and` + verb was measured on PolNeAR train and did not help:
/// annotators keep those clauses about as often as they drop them.
pub(super) static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r";\s+|,\s+(?:and|but)\s+(?:[A-Z]|(?:he|she|they|we|I|it)(?-u:\b))").expect("clause-end regex")
});

/// `sp` cut at the first clause end after its third word, outside quotation marks and not at the
/// `, and` of a list (`Chinese, Japanese, and South Korean officials`).
pub(super) fn cut_clause(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    for m in CLAUSE_END.find_iter(t) {
        let head = &t[..m.start()];
        if head.split_whitespace().count() < 3 || inside_quote(head) {
            continue;
        }
        let list_item = m.as_str().starts_with(',')
            && head.rfind(',').is_some_and(|i| head[i + 1..].split_whitespace().count() <= 2);
        if !list_item {
            return Span::new(sp.start, sp.start + m.start());
        }
    }
    sp
}

/// True when `head` ends inside a quotation (an odd number of straight quotes, or more opening
/// than closing curly ones).
pub(super) fn inside_quote(head: &str) -> bool {
    head.matches('"').count() % 2 == 1 || head.matches('“').count() > head.matches('”').count()
}

/// Finite auxiliaries, modals and the infinitive `to`: words of a clause's verb.
const VERB_WORDS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "to",
];

/// True when `w` is one of [`VERB_WORDS`] or a negated auxiliary (`wouldn't`, `didn’t`), any case.
pub(super) fn verb_word(w: &str) -> bool {
    let neg = w.len() > 3 && (w.ends_with("n't") || w.ends_with("n’t") || w.ends_with("N'T"));
    neg || VERB_WORDS.iter().any(|v| v.eq_ignore_ascii_case(w))
}

/// `told reporters that …`, `said on Monday that …`: the content starts after them.
pub(super) fn skip_lead_in(body: &str, after: Span) -> Span {
    let Some(t) = body.get(after.start..after.end) else { return after };
    let mut n = LEAD_IN.find(t).map_or(0, |m| m.end());
    if n == 0 {
        if let Some(m) = object_that_end(t) {
            // `told Fox News on Sunday that …`: an object and adjuncts, not a clause with a verb of
            // its own (`said it was wrong to compare X with that of Y`) nor a `that` opening a
            // relative clause (`the shootings that were …`).
            let before = &t[..m];
            let next = t[m..].split_whitespace().next().unwrap_or("");
            let clause = before.split_whitespace().any(verb_word);
            let relative = next != "to" && verb_word(next);
            // `said a boat sank near the dock and that …`: a `that` after `and`/`but` opens a
            // second reported clause; the words before it are the first, not an object.
            let lead = before.trim_end().strip_suffix("that").unwrap_or(before).trim_end();
            let coordinated = lead.ends_with(" and") || lead.ends_with(" but") || lead.ends_with(',');
            if !clause && !relative && !coordinated {
                n = m;
            }
        }
    }
    if after.start + n >= after.end {
        return after;
    }
    Span::new(after.start + n, after.end)
}

/// Words that open a fronted subordinate clause (`Even as officials warned of delays, the
/// council …`), longest first. Not a bare `as`: `As the paper reported on Friday, the plan …`
/// reports the main clause (cutting there too cost 3 matches on PolNeAR train).
const SUBORDINATORS: &[&str] = &[
    "even as",
    "even though",
    "even if",
    "while",
    "whereas",
    "although",
    "though",
    "after",
    "before",
    "when",
    "whenever",
    "because",
    "since",
    "if",
    "unless",
    "until",
    "once",
];

/// Coordinators and sentence adverbs that may stand before a fronted clause (`But, even as …`).
const LEAD_WORDS: &[&str] = &["but", "and", "yet", "still", "so", "however", "now"];

/// A comma, then the main clause's subject and its finite verb within the next few words
/// (`, Abe in recent times has struck`, `, engineers closed`, `, she will`); no comma before
/// the verb. Group 1 is the subject's words (see [`main_clause_next`]).
static MAIN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(
        r"^,\s+([\w’'.-]+(?:\s+[^\s,;:]+){0,5}?)\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|did|does|do|[a-z]+ed)(?-u:\b)",
    )
    .expect("main-clause regex")
});

/// True when `rest` (from a comma) goes on with a clause of its own: a subject that does not open
/// with a clause word (`, which`, `, and`) and holds no `and`/`or` (`taxes, fees and tolls would
/// rise` is one list), then a finite verb.
pub(super) fn main_clause_next(rest: &str) -> bool {
    let Some(subject) = MAIN_CLAUSE.captures(rest).and_then(|c| c.get(1)) else { return false };
    let ws: Vec<String> = subject.as_str().split_whitespace().map(str::to_lowercase).collect();
    ws.first().is_some_and(|w| !CLAUSE_WORDS.contains(&w.as_str()))
        && !ws.iter().any(|w| w == "and" || w == "or" || w == "that")
}

/// True when `lead` (the words of the sentence before an attribution's speaker) opens with a
/// subordinator, possibly after a coordinator (`But, even as`), and has no comma of its own: the
/// attribution sits inside a fronted subordinate clause.
pub(super) fn in_fronted_clause(lead: &str) -> bool {
    let mut t = lead.trim_start().to_lowercase();
    while let Some((w, rest)) = t.split_once(char::is_whitespace) {
        if !LEAD_WORDS.contains(&w.trim_end_matches(',')) {
            break;
        }
        t = rest.trim_start().to_string();
    }
    !t.contains(',')
        && SUBORDINATORS.iter().any(|s| t.strip_prefix(s).is_some_and(|r| r.starts_with(char::is_whitespace)))
}

/// The content `sp` of an attribution inside a fronted subordinate clause, cut at the comma that
/// closes the clause (one followed by the main clause's subject and verb): `Even as an aide
/// called the plan reckless last week, the mayor has backed it` → `the plan reckless last week`.
/// Uncut when nothing of the content would be left before that comma.
pub(super) fn cut_fronted(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    for (i, _) in t.match_indices(',') {
        let head = &t[..i];
        if inside_quote(head) || head.trim().is_empty() {
            continue;
        }
        if main_clause_next(&t[i..]) {
            return trim_span(body, Span::new(sp.start, sp.start + i));
        }
    }
    sp
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition [`object_that_end`] must agree with.
    fn by_regex(t: &str) -> Option<usize> {
        #[allow(clippy::unwrap_used)] // constant pattern
        let re = Regex::new(r"^(?:[\w’'.-]+\s+){1,12}?that\s+").unwrap();
        re.find(t).map(|m| m.end())
    }

    #[test]
    fn object_then_that() {
        let t = "Fox News on Sunday that the plan  failed";
        assert_eq!(object_that_end(t), Some(24));
        assert_eq!(object_that_end("him that that was it"), Some(9));
        assert_eq!(object_that_end("a, b that c"), None);
        assert_eq!(object_that_end("thatcher that\u{a0}x"), Some(15));
        assert_eq!(object_that_end(&format!("{}that x", "w ".repeat(13))), None);
        assert_eq!(object_that_end(&format!("{}that x", "w ".repeat(12))), Some(29));
    }

    proptest! {
        #[test]
        fn scanner_is_the_pattern(parts in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(vec!["that", " ", "\u{a0}", "\t", ",", "’", "é", "-", "thatx"])
                    .prop_map(String::from),
                "[a-z.]{1,4}",
            ],
            0..30,
        )) {
            let t: String = parts.concat();
            prop_assert_eq!(object_that_end(&t), by_regex(&t));
        }
    }
}
