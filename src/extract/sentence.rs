//! One sentence → its claims: every attribution in it with its own content, or, when it has none,
//! the sentence as one quotation (direct) or one assertion.
//!
//! Input: the clean body, the sentence's span and the document's quotation spans (body offsets);
//! output: [`Part`]s in reading order. The content of an attribution is the quotation next to it
//! (`"…," X said` / `X said: "…"` / `"…," X said, "…"`), else the words after its cue up to the
//! next attribution (`X said …`), else the words before it (`…, X said.` / `…, according to X`),
//! or both sides when the attribution sits between commas (`…, X said, …`). A cue with no words
//! of its own right after it that is followed by another attribution contains it (`X said Y told
//! him …`).

use std::sync::LazyLock;

use regex::Regex;

use super::{attribution, quotes};
use crate::model::{ClaimKind, Span};

/// What one sentence yields: one claim's kind, speaker and cue, content (body offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub kind: ClaimKind,
    /// Speaker and cue spans.
    pub speaker: Option<(Span, Span)>,
    pub content: Span,
    /// Index of the quotation holding most of the sentence, when it is mostly quoted.
    pub quote: Option<usize>,
    /// Indexes of the quotations the content overlaps.
    pub touched: Vec<usize>,
    /// Index (among the sentence's parts) of the attribution whose content holds this one:
    /// `Lee said the mayor told him …` → the mayor's claim is within Lee's.
    pub within: Option<usize>,
}

/// Words between a cue and its content: `said on Monday that`, `told reporters that`.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(
        r"^(?i)(?:(?:on\s+\w+day|in\s+a\s+statement|last\s+week|reporters|journalists|him|her|them|us|me|(?:to|with)\s+(?:the\s+)?(?:reporters|journalists|press|media))[\s,]+)*(?:that\s+)?",
    )
    .expect("lead-in regex")
});

/// The object of `told`/`asked`/`warned` before its `that`: `told Fox News on Sunday that`.
static OBJECT_THAT: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r"^(?:[\w’'.-]+\s+){1,12}?that\s+").expect("object-that regex")
});

fn is_edge(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | ';' | '"' | '“' | '”' | '—' | '-' | '–' | '\'')
}

/// `sp` without edge punctuation, quote marks and a final full stop.
pub fn trim_span(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    let lead = t.len() - t.trim_start_matches(is_edge).len();
    let kept = t.trim_start_matches(is_edge).trim_end_matches(is_edge);
    let kept = kept.strip_suffix('.').unwrap_or(kept);
    let kept = kept.trim_end_matches(is_edge);
    Span::new(sp.start + lead, sp.start + lead + kept.len())
}

fn words(body: &str, sp: Span) -> usize {
    body.get(sp.start..sp.end).map_or(0, |t| t.split_whitespace().count())
}

/// From the first quotation's start to the last one's end, marks and edge punctuation trimmed.
fn quote_extent(body: &str, qs: &[Span]) -> Span {
    let s = qs.iter().map(|q| q.start).min().unwrap_or(0);
    let e = qs.iter().map(|q| q.end).max().unwrap_or(s);
    trim_span(body, Span::new(s, e))
}

/// True when `gap` holds only spaces and light punctuation (the seam between a quotation and
/// its attribution).
fn seam(gap: &str) -> bool {
    gap.len() <= 6 && gap.chars().all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '—' | '-' | '–'))
}

/// True when the words `gap` between a quotation and its speaker are words of the speaker's own
/// phrase that the speaker pattern left out (`"…," the Republican said`, `"…," Italy's party leader
/// Ann Lee wrote`): the quotation closes with a comma, `?` or `!`, and the gap is a few words with
/// no clause word and no punctuation of its own.
fn speaker_premodifier(quote: &str, gap: &str) -> bool {
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
                && !CLAUSE_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Words that open an adjunct of a reporting verb rather than its content: `said on Twitter`,
/// `wrote in December`, `reported from Paris`.
const ADJUNCT_OPENERS: &[&str] = &[
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True when `sp` is only an adjunct of the cue before it (`on Twitter`, `in a statement this
/// week`, `at a rally in Ohio on Monday`): at most six words, opened by a preposition or time word,
/// without `that` (which would open the reported clause: `said on Monday that …`).
fn adjunct_only(body: &str, sp: Span) -> bool {
    let Some(t) = body.get(sp.start..sp.end) else { return false };
    let ws: Vec<String> = t.split_whitespace().map(|w| w.to_lowercase()).collect();
    ws.first().is_some_and(|w| ADJUNCT_OPENERS.contains(&w.as_str()))
        && ws.len() <= 6
        && !ws.iter().any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == "that")
}

/// The clause before an attribution (`sp`, up to the speaker): empty when it is only words of the
/// speaker's phrase the speaker pattern left out (`Former party chair Ann Cole said …`: at most
/// four words running into the speaker without punctuation).
fn clause_before(body: &str, sp: Span) -> Span {
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
fn comma_then_subject(body: &str, gap: Span) -> bool {
    let Some(g) = body.get(gap.start..gap.end) else { return false };
    let rest = g.trim_start();
    let Some(rest) = rest.strip_prefix(',') else { return false };
    let ws: Vec<&str> = rest.split_whitespace().collect();
    ws.len() <= 1 && ws.iter().all(|w| !CLAUSE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// True when `gap` leads from a cue to its quotation: a seam, or a few words ending in a comma or
/// colon (`told the host, "…"`, `said in a statement: "…"`).
fn lead_to_quote(gap: &str) -> bool {
    let t = gap.trim_end();
    seam(gap) || (t.ends_with([',', ':']) && t.split_whitespace().count() <= 6)
}

/// Analyses one sentence (`sp`, body offsets) given every quotation of the body.
pub fn analyse(body: &str, sp: Span, quotes: &[Span]) -> Vec<Part> {
    let text = &body[sp.start..sp.end];
    let inside: Vec<(usize, Span)> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.start < sp.end && q.end > sp.start)
        .map(|(i, q)| (i, Span::new(q.start.max(sp.start), q.end.min(sp.end))))
        .collect();
    let quoted: usize = inside.iter().map(|(_, q)| q.len()).sum();
    let frac = quoted as f64 / text.trim().len().max(1) as f64;
    let main_quote = inside.iter().max_by_key(|(_, q)| q.len()).map(|(i, _)| *i);
    let qspans: Vec<Span> = inside.iter().map(|(_, q)| *q).collect();
    let touched = |c: Span| -> Vec<usize> {
        inside.iter().filter(|(_, q)| q.start < c.end && q.end > c.start).map(|(i, _)| *i).collect()
    };
    let masked = quotes::mask(text, sp.start, &qspans);
    let mut attrs = attribution::find_attributions(&masked);
    if attrs.is_empty() {
        attrs.extend(attribution::colon_quote(&masked));
    }
    if attrs.is_empty() {
        attrs.extend(colon_attribution(&masked));
    }
    // `Lee reported from Paris.`: a lone attribution whose only words after the cue are an
    // adjunct and that has no clause before it reports nothing in this sentence.
    if attrs.len() == 1 {
        let a = &attrs[0];
        let lo = sp.start + a.speaker.start.min(a.cue.start);
        let hi = sp.start + if a.inverted { a.speaker.end.max(a.cue.end) } else { a.cue.end };
        let before = clause_before(body, Span::new(sp.start, lo));
        let after = trim_span(body, Span::new(hi, sp.end));
        let empty = words(body, before) < 2 && adjunct_only(body, after) && qspans.is_empty();
        if empty {
            attrs.clear();
        }
    }
    if attrs.is_empty() {
        let direct = frac >= 0.5;
        // An assertion is the whole sentence, as written (final punctuation included).
        let content = if direct { quote_extent(body, &qspans) } else { sp };
        let kind = if direct { ClaimKind::Direct } else { ClaimKind::Assertion };
        let t = if direct { touched(content) } else { Vec::new() };
        return vec![Part {
            kind,
            speaker: None,
            content,
            quote: main_quote.filter(|_| direct),
            touched: t,
            within: None,
        }];
    }
    let abs = |s: Span| Span::new(sp.start + s.start, sp.start + s.end);
    // Extent of each attribution (speaker and cue) in body offsets.
    // A participle cue sharing the previous speaker (`…, adding that`) extends over its cue only.
    let ext: Vec<Span> = attrs
        .iter()
        .enumerate()
        .map(|(k, a)| {
            if k > 0 && attrs[k - 1].speaker == a.speaker {
                abs(a.cue)
            } else {
                abs(Span::new(a.speaker.start.min(a.cue.start), a.speaker.end.max(a.cue.end)))
            }
        })
        .collect();
    let mut contents: Vec<Option<Span>> = vec![None; attrs.len()];
    let mut within: Vec<Option<usize>> = vec![None; attrs.len()];
    for k in (0..attrs.len()).rev() {
        let lo = ext[k].start;
        let hi = if attrs[k].inverted { ext[k].end } else { abs(attrs[k].cue).end };
        // Clamped so that a speaker reaching past a neighbouring attribution never inverts a span.
        let prev_hi = if k > 0 { ext[k - 1].end } else { sp.start }.min(lo);
        let next_lo = ext.get(k + 1).map_or(sp.end, |e| e.start).max(hi);
        let q_before = qspans
            .iter()
            .rev()
            .find(|q| {
                q.end <= lo
                    && q.start >= prev_hi
                    && (seam(&body[q.end..lo])
                        || speaker_premodifier(&body[q.start..q.end], &body[q.end..lo]))
            })
            .copied();
        let q_after = qspans
            .iter()
            .find(|q| q.start >= hi && q.start < next_lo && lead_to_quote(&body[hi..q.start]))
            .copied();
        let before = clause_before(body, Span::new(prev_hi, lo));
        let after = drop_conjunction(body, trim_span(body, Span::new(hi, next_lo)));
        let content = match (q_before, q_after) {
            (Some(b), Some(a)) => trim_span(body, Span::new(b.start, a.end)),
            (Some(b), None) => {
                // `Lee said the plan was "a disgrace," Ruiz said.` is not the case here; this is
                // `The plan was "a disgrace," Ruiz said.`: a quotation closing a clause that
                // starts before it is content from the clause's start.
                let lead = body[prev_hi..b.start].trim();
                if lead.split_whitespace().count() >= 2 && !lead.ends_with([':', '.', '?', '!']) {
                    trim_span(body, Span::new(prev_hi, b.end))
                } else {
                    trim_span(body, b)
                }
            }
            (None, Some(a)) => trim_span(body, Span::new(a.start, next_lo)),
            // `endorsed Lee last week`: the object noun phrase, unless a `that` clause holding
            // the next attribution follows it (`expressed concern that Lee had said …`). The
            // object can be the next attribution's source (`endorsed Lee, who said …`).
            (None, None)
                if object_cue(&masked, &attrs[k])
                    && !(k + 1 < attrs.len() && body[hi..next_lo].trim_end().ends_with(" that"))
                    && object_len(body, object_region(body, after, hi, sp.end)).is_some() =>
            {
                let region = object_region(body, after, hi, sp.end);
                let n = object_len(body, region).unwrap_or(0);
                trim_span(body, Span::new(region.start, region.start + n))
            }
            (None, None) => {
                let comma_before = body[prev_hi..lo].trim_end().ends_with(',');
                let comma_after = body[hi..next_lo].trim_start().starts_with(',');
                // `told a newspaper that he had asked …`: an object and `that` before the next
                // attribution also nest it.
                let gap = body[hi..next_lo].trim();
                let object_that = gap.ends_with(" that") && gap.split_whitespace().count() <= 13;
                let comma_subject = comma_then_subject(body, Span::new(hi, next_lo));
                let tight = words(body, Span::new(hi, next_lo)) <= 1 || object_that || comma_subject;
                // The same speaker going on (`…, X said, adding "…"`) is a second claim, unless
                // the first cue has no words of its own (`X responded, saying …`).
                let goes_on = k + 1 < attrs.len() && attrs[k + 1].speaker == attrs[k].speaker;
                let nested = k + 1 < attrs.len()
                    && (!goes_on || words(body, before) < 2)
                    && (tight || (!goes_on && holds_next(body, &attrs, k, Span::new(hi, next_lo))));
                if nested {
                    // `X said Y told him …`: X's content holds Y's attribution and content.
                    within[k + 1] = Some(k);
                    let inner_end = contents[k + 1].map_or(next_lo, |c| c.end).max(ext[k + 1].end);
                    let from = if comma_subject {
                        // `According to the poll, the voters said …`: from the word after the comma.
                        trim_span(body, Span::new(hi, next_lo)).start.min(ext[k + 1].start)
                    } else if tight {
                        ext[k + 1].start
                    } else {
                        skip_lead_in(body, after).start
                    };
                    trim_span(body, Span::new(from, inner_end))
                } else if !attrs[k].inverted
                    && words(body, after) >= 2
                    && !(adjunct_only(body, after) && words(body, before) >= 2)
                {
                    if comma_before && comma_after && words(body, before) >= 3 {
                        Span::new(before.start, after.end)
                    } else if attribution::relative_report(&body[sp.start..abs(attrs[k].cue).start])
                        && attribution::finite_aux_next(&body[hi..])
                    {
                        // `the rules, which officials said will take effect in June, apply …`:
                        // the reported relative clause, to its comma.
                        let t = &body[after.start..after.end];
                        let n = t.find([',', ';', '(', '—', '–']).unwrap_or(t.len());
                        trim_span(body, Span::new(after.start, after.start + n))
                    } else {
                        cut_clause(body, skip_lead_in(body, after))
                    }
                } else if words(body, before) >= 2 {
                    before
                } else if words(body, after) >= 2 {
                    after
                } else {
                    trim_span(body, sp)
                }
            }
        };
        contents[k] = Some(if content.is_empty() { trim_span(body, sp) } else { content });
    }
    // `"…," the judge said, according to the court.`: an `according to` right after another
    // attribution (or after its adjunct: `said at a hearing, according to …`), with no words of
    // its own, reports that attribution: it takes its content and the judge's claim is within it.
    for k in 1..attrs.len() {
        let (a, b) = (ext[k - 1], ext[k]);
        let phrase =
            masked.get(attrs[k].cue.start..attrs[k].cue.end).is_some_and(|c| c.starts_with(['A', 'a']))
                && attrs[k].inverted;
        let rest = body.get(b.end..sp.end).unwrap_or("");
        if phrase
            && (seam(&body[a.end.min(b.start)..b.start])
                || (adjunct_only(body, trim_span(body, Span::new(a.end.min(b.start), b.start)))))
            && words(body, trim_span(body, Span::new(b.end, sp.end))) == 0
            && !rest.contains(',')
            && within[k - 1].is_none()
        {
            contents[k] = contents[k - 1];
            within[k - 1] = Some(k);
        }
    }
    report_the_previous_attribution(&ext, &mut contents, &mut within);
    let mut out = Vec::with_capacity(attrs.len());
    for ((a, c), w) in attrs.iter().zip(contents).zip(within) {
        let content = c.unwrap_or(sp);
        let speaker = Some((abs(a.speaker), abs(a.cue)));
        let in_quote = qspans.iter().any(|q| q.start <= content.start && q.end >= content.end);
        let quoted_part: usize =
            qspans.iter().map(|q| q.end.min(content.end).saturating_sub(q.start.max(content.start))).sum();
        let quoted_at = |at: usize| qspans.iter().any(|q| q.start <= at && at < q.end);
        // Both ends quoted: a quotation interrupted by its attribution.
        let both_ends = quoted_at(content.start) && quoted_at(content.end.saturating_sub(1));
        let kind = if in_quote || both_ends || quoted_part * 10 >= content.len() * 8 {
            ClaimKind::Direct
        } else if quoted_part > 0 {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        };
        let quote = if kind == ClaimKind::Direct { main_quote } else { None };
        out.push(Part { kind, speaker, content, quote, touched: touched(content), within: w });
    }
    out
}

/// True when attribution `a` has its speaker before an object cue (`Lee endorsed …`).
fn object_cue(masked: &str, a: &attribution::Attribution) -> bool {
    !a.inverted && masked.get(a.cue.start..a.cue.end).is_some_and(super::cues::takes_object)
}

/// Where an object cue's object is sought: the words after the cue up to the next attribution,
/// or, when that attribution starts right after the cue (its source is the object), the rest of
/// the sentence from the cue's end `hi` to `end`.
fn object_region(body: &str, after: Span, hi: usize, end: usize) -> Span {
    if after.is_empty() {
        trim_span(body, Span::new(hi, end))
    } else {
        after
    }
}

/// Length of the object noun phrase opening `after` (body offsets), if it opens with one.
fn object_len(body: &str, after: Span) -> Option<usize> {
    body.get(after.start..after.end).and_then(super::object::object_len)
}

/// `The council said the pool will close, the paper reported.`: an attribution whose content is
/// the clause before it, right after one whose content is the clause after it, sharing that clause,
/// reports the first attribution: its content runs from the first speaker to the clause's end and
/// the first claim is within it (PolNeAR annotates the outer report, rarely the inner one; on its
/// train split the two otherwise come out as two claims with one content).
fn report_the_previous_attribution(
    ext: &[Span],
    contents: &mut [Option<Span>],
    within: &mut [Option<usize>],
) {
    for k in 1..ext.len() {
        let (Some(cp), Some(ck)) = (contents[k - 1], contents[k]) else { continue };
        let nested = (ck.start <= cp.start && cp.end <= ck.end) || (cp.start <= ck.start && ck.end <= cp.end);
        if within[k - 1].is_none()
            && within[k].is_none()
            && nested
            && cp.start >= ext[k - 1].end
            && ck.end.max(cp.end) <= ext[k].start
        {
            contents[k] = Some(Span::new(ext[k - 1].start.min(ck.start), ck.end.max(cp.end)));
            within[k - 1] = Some(k);
        }
    }
}

/// True when the words `gap` between attribution `k`'s cue and the next attribution are the start
/// of `k`'s reported clause, so that the next attribution is reported inside it (`Lee noted that
/// the board announced on Friday that …`): `k` has its speaker before the cue and no clause break
/// lies between them (punctuation, or a word opening a clause: `and`, `while`, `which` …).
fn holds_next(body: &str, attrs: &[attribution::Attribution], k: usize, gap: Span) -> bool {
    if attrs[k].inverted {
        return false;
    }
    let Some(g) = body.get(gap.start..gap.end) else { return false };
    let punct =
        g.contains([',', ';', ':', '.', '?', '!', '(', '—', '–']) || g.contains(" - ") || g.contains("--");
    !punct && !g.split_whitespace().any(|w| CLAUSE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Words that open a new clause (coordination, subordination, relative clauses): an attribution
/// after one of them reports its own clause, not part of the one before (`… while 9 percent
/// said …`, `… which he described as …`).
const CLAUSE_WORDS: &[&str] = &[
    "and", "but", "or", "nor", "while", "whereas", "although", "though", "because", "since", "as", "before",
    "after", "when", "whenever", "where", "which", "who", "whom", "whose", "if", "unless", "until", "once",
    "so", "yet", "even", "despite", "compared",
];

/// `Name: words` opening a sentence (headline style: `Senator Reyes: We Will Not Back Down`).
static COLON_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r"^\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*):\s+\S").expect("colon speaker regex")
});

/// The `Name: …` attribution of a sentence with no reporting verb, if it has one.
fn colon_attribution(masked: &str) -> Option<attribution::Attribution> {
    let c = COLON_SPEAKER.captures(masked)?;
    let name = c.get(1)?;
    if masked[name.end() + 1..].split_whitespace().count() < 3
        || super::cues::colon_label(name.as_str(), &masked[name.end() + 1..])
    {
        return None;
    }
    Some(attribution::Attribution {
        cue: Span::new(name.end(), name.end() + 1),
        speaker: Span::new(name.start(), name.end()),
        inverted: false,
    })
}

/// `the vote was fair, and` → `the vote was fair`: a clause ending where the next attribution
/// starts loses its joining word.
fn drop_conjunction(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    for w in [" and", " but", " while", " whereas", " or"] {
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
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(r";\s+|,\s+(?:and|but)\s+(?:[A-Z]|(?:he|she|they|we|I|it)(?-u:\b))").expect("clause-end regex")
});

/// `sp` cut at the first clause end after its third word, outside quotation marks and not at the
/// `, and` of a list (`Chinese, Japanese, and South Korean officials`).
fn cut_clause(body: &str, sp: Span) -> Span {
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
fn inside_quote(head: &str) -> bool {
    head.matches('"').count() % 2 == 1 || head.matches('“').count() > head.matches('”').count()
}

/// `told reporters that …`, `said on Monday that …`: the content starts after them.
fn skip_lead_in(body: &str, after: Span) -> Span {
    let Some(t) = body.get(after.start..after.end) else { return after };
    let mut n = LEAD_IN.find(t).map_or(0, |m| m.end());
    if n == 0 {
        if let Some(m) = OBJECT_THAT.find(t) {
            n = m.end();
        }
    }
    if after.start + n >= after.end {
        return after;
    }
    Span::new(after.start + n, after.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Quotations found over the sentence as one paragraph.
    fn parts(s: &str) -> Vec<(String, String, String, ClaimKind)> {
        let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
        analyse(s, Span::new(0, s.len()), &qs)
            .into_iter()
            .map(|p| {
                let (who, cue) = p.speaker.map_or((String::new(), String::new()), |(a, c)| {
                    (s[a.start..a.end].to_string(), s[c.start..c.end].to_string())
                });
                (who, cue, s[p.content.start..p.content.end].to_string(), p.kind)
            })
            .collect()
    }

    fn one(s: &str) -> (String, String, String, ClaimKind) {
        let mut p = parts(s);
        assert_eq!(p.len(), 1, "{s}: {p:?}");
        p.remove(0)
    }

    #[test]
    fn quote_before_attribution_is_the_content() {
        let p = one("\"We never pay guests,\" Hale said during a panel on Thursday with reporters.");
        assert_eq!((p.0.as_str(), p.2.as_str(), p.3), ("Hale", "We never pay guests", ClaimKind::Direct));
    }

    #[test]
    fn quote_before_a_speaker_with_words_in_front_of_the_name() {
        let p = one("\"The levy is fair,\" the Republican said this week.");
        assert_eq!((p.2.as_str(), p.3), ("The levy is fair", ClaimKind::Direct));
        let p = one("\"Vote early!\" Leeds party chair Ann Cole wrote on Facebook.");
        assert_eq!((p.0.as_str(), p.2.as_str()), ("Ann Cole", "Vote early!"));
        // A clause word between them: the quotation is not the attribution's.
        assert!(!speaker_premodifier("\"Enough,\"", " and then Ann Cole "));
        assert!(!speaker_premodifier("\"Enough.\"", " The mayor "));
    }

    #[test]
    fn an_adjunct_after_the_cue_is_not_the_content() {
        // The clause before is the content ...
        let p = one("The ferry will run again in May, the harbour master said on Monday.");
        assert_eq!((p.0.as_str(), p.2.as_str()), ("the harbour master", "The ferry will run again in May"));
        // ... and with no clause before there is no attribution in the sentence.
        let p = one("Okafor reported from Lagos.");
        assert_eq!((p.0.as_str(), p.3), ("", ClaimKind::Assertion));
        // A clause after the adjunct is content.
        let p = one("Okafor said on Monday that the ferry will run.");
        assert_eq!(p.2, "the ferry will run");
        assert!(!adjunct_only("on the beach the tide was out", Span::new(0, 29)));
    }

    #[test]
    fn quotation_closing_a_clause_keeps_the_clause() {
        let p = one("The new stadium is \"a gift to the city,\" Okafor said on Tuesday.");
        assert_eq!((p.2.as_str(), p.3), ("The new stadium is \"a gift to the city", ClaimKind::Mixed));
        // After a colon the quotation stands alone.
        let p = one("Her verdict: \"a gift to the city,\" Okafor said.");
        assert_eq!(p.2, "a gift to the city");
    }

    #[test]
    fn attribution_inside_a_quote() {
        let p = one("“First of all,” she told the host, “nobody asked me.”");
        assert_eq!(p.2, "First of all,” she told the host, “nobody asked me");
        assert_eq!(p.3, ClaimKind::Direct);
    }

    #[test]
    fn content_after_cue_and_object() {
        let p = one("The mayor told a local radio station on Friday that the bridge would reopen.");
        assert_eq!((p.0.as_str(), p.2.as_str()), ("The mayor", "the bridge would reopen"));
        let p = one("Marta Diaz, 34, a nurse from Leeds, said she voted for the first time.");
        assert_eq!((p.0.as_str(), p.2.as_str()), ("Marta Diaz", "she voted for the first time"));
    }

    #[test]
    fn according_to_takes_the_clause_before_or_after() {
        let p = one("Rents rose by a third last year, according to the city housing office.");
        assert_eq!(
            (p.0.as_str(), p.2.as_str()),
            ("the city housing office", "Rents rose by a third last year")
        );
        let p = one("According to court records, the firm paid no tax.");
        assert_eq!((p.0.as_str(), p.2.as_str()), ("court records", "the firm paid no tax"));
    }

    #[test]
    fn two_attributions_in_one_sentence() {
        let p = parts("Ortiz said the vote was fair, and Klein said it was rigged.");
        let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
        assert_eq!(got, vec![("Ortiz", "the vote was fair"), ("Klein", "it was rigged")]);
    }

    #[test]
    fn nested_attribution() {
        let p = parts("Brandt said the minister told him the deal was off.");
        let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            vec![("Brandt", "the minister told him the deal was off"), ("the minister", "the deal was off")]
        );
        let p = parts("Ruiz met the envoy and told a radio station that she had asked him to stay.");
        let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
        assert_eq!(got, vec![("Ruiz", "she had asked him to stay"), ("she", "to stay")]);
    }

    /// (speaker, content, index of the outer part) of every part.
    fn nesting(s: &str) -> Vec<(String, String, Option<usize>)> {
        let qs = quotes::find_quotes(s, &[Span::new(0, s.len())]);
        analyse(s, Span::new(0, s.len()), &qs)
            .into_iter()
            .map(|p| {
                let who = p.speaker.map_or(String::new(), |(a, _)| s[a.start..a.end].to_string());
                (who, s[p.content.start..p.content.end].to_string(), p.within)
            })
            .collect()
    }

    #[test]
    fn reported_clause_holds_the_attributions_inside_it() {
        let n = nesting("Okafor notes that the harbour board announced on Monday that the pier would close.");
        assert_eq!(n[0].1, "the harbour board announced on Monday that the pier would close");
        assert_eq!((n[0].2, n[1].2), (None, Some(0)));
        let n = nesting("Reyes said she plans to spend the $2 million she says she raised on ads.");
        assert_eq!(n[0].1, "she plans to spend the $2 million she says she raised on ads");
        assert!(n.iter().skip(1).all(|p| p.2.is_some()), "{n:?}");
    }

    #[test]
    fn according_to_after_an_attribution_and_its_adjunct_reports_it() {
        let n = nesting("\"The pier is unsafe,\" the mayor said at a briefing, according to the minutes.");
        assert_eq!(n.len(), 2);
        assert_eq!((n[0].1.as_str(), n[0].2), ("The pier is unsafe", Some(1)));
        assert_eq!((n[1].0.as_str(), n[1].1.as_str(), n[1].2), ("the minutes", "The pier is unsafe", None));
    }

    #[test]
    fn an_attribution_right_after_a_comma_is_reported_by_the_one_before() {
        let n = nesting("According to the harbour board, the ferry crews said the pier is unsafe.");
        assert_eq!(n.len(), 2);
        assert_eq!(
            (n[0].0.as_str(), n[0].1.as_str(), n[0].2),
            ("the harbour board", "the ferry crews said the pier is unsafe", None)
        );
        assert_eq!((n[1].1.as_str(), n[1].2), ("the pier is unsafe", Some(0)));
        // A clause word after the comma opens a clause of its own.
        assert!(!comma_then_subject(", and", Span::new(0, 5)));
        assert!(comma_then_subject(", the", Span::new(0, 5)));
    }

    #[test]
    fn according_to_after_an_attribution_reports_it() {
        let n = nesting("\"The file stays sealed,\" the judge said, according to the court clerk.");
        assert_eq!(n.len(), 2);
        assert_eq!((n[0].1.as_str(), n[0].2), ("The file stays sealed", Some(1)));
        assert_eq!(
            (n[1].0.as_str(), n[1].1.as_str(), n[1].2),
            ("the court clerk", "The file stays sealed", None)
        );
    }

    #[test]
    fn a_clause_break_separates_attributions() {
        for s in [
            "Reyes said the vote was close, while Lane said it was a rout.",
            "Reyes said the vote was close but Lane said it was a rout.",
            "Reyes praised the count, which Lane described as a farce.",
        ] {
            let n = nesting(s);
            assert!(n.len() == 2 && n.iter().all(|p| p.2.is_none()), "{s}: {n:?}");
        }
    }

    #[test]
    fn a_closing_attribution_reports_the_one_before() {
        let n = nesting("The council said the pool will close in May, the local paper reported.");
        assert_eq!(n.len(), 2);
        assert_eq!((n[0].1.as_str(), n[0].2), ("the pool will close in May", Some(1)));
        assert_eq!(
            (n[1].0.as_str(), n[1].1.as_str(), n[1].2),
            ("the local paper", "The council said the pool will close in May", None)
        );
        // Each with its own clause: two claims side by side.
        let n = nesting("The council said the pool will close, and the mayor said it will not.");
        assert!(n.len() == 2 && n.iter().all(|p| p.2.is_none()), "{n:?}");
    }

    #[test]
    fn attribution_between_commas_takes_both_sides() {
        let p = one("Without a budget, the treasurer said, the school will close in May.");
        assert_eq!(p.2, "Without a budget, the treasurer said, the school will close in May");
    }

    #[test]
    fn participle_cue_keeps_the_speaker() {
        let p = parts("\"It is late,\" Moreau said, adding that the train had stopped.");
        let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
        assert_eq!(got, vec![("Moreau", "It is late"), ("Moreau", "the train had stopped")]);
        // The participle owns the quotation after it; the clause before is the first cue's.
        let p = parts("The ferry will run again next month, Moreau said, adding, \"We owe it to them.\"");
        let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
        assert_eq!(
            got,
            vec![("Moreau", "The ferry will run again next month"), ("Moreau", "We owe it to them")]
        );
    }

    #[test]
    fn content_ends_at_a_new_clause() {
        let p =
            one("Mrs. Ortiz said she will fill half the posts with women, and Ms. Lamb is a likely pick.");
        assert_eq!(p.2, "she will fill half the posts with women");
        let p = parts("Grant said the talks had failed and predicted that prices would rise.");
        let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0.as_str(), x.2.as_str())).collect();
        assert_eq!(got, vec![("Grant", "the talks had failed"), ("Grant", "prices would rise")]);
    }

    #[test]
    fn words_running_into_the_speaker_are_not_content() {
        // The speaker pattern stops at `Ann Cole`; `Former party chair` is not a clause before it.
        let p = one("Former party chair Ann Cole said on Monday.");
        assert_eq!((p.0.as_str(), p.3), ("", ClaimKind::Assertion));
        let p = one("Former party chair Ann Cole said the vote was fair.");
        assert_eq!((p.0.as_str(), p.2.as_str()), ("Ann Cole", "the vote was fair"));
        // After a comma the clause before is content.
        let p = one("The vote was fair, Ann Cole said on Monday.");
        assert_eq!(p.2, "The vote was fair");
    }

    #[test]
    fn content_runs_on_past_a_dash() {
        let p = one("Reed said the new bridge — long delayed — will open in June.");
        assert_eq!(p.2, "the new bridge — long delayed — will open in June");
        let p = one("Reed wants to lead the party — and to win the seat back.");
        assert_eq!(p.2, "to lead the party — and to win the seat back");
    }

    #[test]
    fn content_is_not_cut_at_a_list_comma_or_inside_quotes() {
        let c = |s: &str| one(s).2;
        assert_eq!(
            c("Reed noted that officials met Chinese, Japanese, and South Korean envoys."),
            "officials met Chinese, Japanese, and South Korean envoys"
        );
        assert_eq!(
            c("Reed said the plan was \"bad; really bad\" for farmers."),
            "the plan was \"bad; really bad\" for farmers"
        );
        assert_eq!(c("Reed said the plan was bad; farmers disagree."), "the plan was bad");
    }

    #[test]
    fn headline_colon_names_the_speaker() {
        let p = one("Senator Reyes: We Will Not Back Down On Water");
        assert_eq!(
            (p.0.as_str(), p.1.as_str(), p.2.as_str()),
            ("Senator Reyes", ":", "We Will Not Back Down On Water")
        );
        assert_eq!(one("Update: The road is open again").0, "");
    }

    #[test]
    fn a_relative_clause_can_be_reported() {
        let (who, cue, content, _) =
            one("The new fees, which officials said will start in May, apply to all boats.");
        assert_eq!(
            (who.as_str(), cue.as_str(), content.as_str()),
            ("officials", "said", "will start in May")
        );
        // Inside another attribution's words it stays a noun phrase of that content.
        let p = parts("Lee said the fees, which officials said will start in May, are fair.");
        assert_eq!(p.len(), 1, "{p:?}");
        // Without a relative pronoun a finite verb after the cue word makes it a noun.
        assert!(parts("Insurance claims are rising.")[0].0.is_empty());
    }

    #[test]
    fn no_attribution() {
        let p = one("The river rose two metres overnight.");
        assert_eq!((p.0.as_str(), p.3), ("", ClaimKind::Assertion));
    }
}
