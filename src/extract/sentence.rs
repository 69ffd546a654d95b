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

use super::{attribution, quotes};
use crate::model::{ClaimKind, Span};

mod and_clause;
mod bounds;
mod colon;
mod compound;
#[cfg(test)]
mod cue_tests;
mod main_clause;
mod mid_clause;
mod no_report;
mod noun_claims;
#[cfg(test)]
mod quote_tests;
#[cfg(test)]
mod speaker_tests;
mod splice;
mod stance_within;
mod tail;
#[cfg(test)]
mod tests;

use bounds::{
    adjunct_only, clause_before, close_quotes, comma_then_subject, cut_clause, cut_fronted, drop_conjunction,
    in_fronted_clause, lead_to_quote, quote_extent, seam, skip_lead_in, speaker_premodifier, trim_span,
    words,
};
use colon::colon_attribution;
use no_report::{
    addressee_only, adds_to, answers_a_request, circumstance_only, claims_a_prize, finds_no_finding,
};

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

/// Analyses one sentence (`sp`, body offsets) given every quotation of the body.
pub fn analyse(body: &str, sp: Span, quotes: &[Span]) -> Vec<Part> {
    let mut parts = analyse_cues(body, sp, quotes);
    noun_claims::add_noun_claims(body, sp, quotes, &mut parts);
    parts
}

/// The parts of the sentence's verb and phrase cues (no noun cues).
fn analyse_cues(body: &str, sp: Span, quotes: &[Span]) -> Vec<Part> {
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
    } else if masked.contains(':') {
        // `Lee: Ruiz should have called me`: a `Name:` opening the sentence holds the
        // attributions after it (PolNeAR train: 4 matches more, no false prediction).
        let first = attrs[0].speaker.start.min(attrs[0].cue.start);
        if let Some(c) = colon_attribution(&masked).filter(|c| c.cue.end <= first) {
            attrs.insert(0, c);
        }
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
    // The sentence as one claim without attribution: a quotation when mostly quoted, else an
    // assertion, the whole sentence as written (final punctuation included).
    let unattributed = || {
        let direct = frac >= 0.5;
        let content = if direct { quote_extent(body, &qspans) } else { sp };
        let kind = if direct { ClaimKind::Direct } else { ClaimKind::Assertion };
        let t = if direct { touched(content) } else { Vec::new() };
        vec![Part {
            kind,
            speaker: None,
            content,
            quote: main_quote.filter(|_| direct),
            touched: t,
            within: None,
        }]
    };
    if attrs.is_empty() {
        return unattributed();
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
        // `…, as the paper reported`: the clause before loses its joining word.
        let before = drop_conjunction(body, clause_before(body, Span::new(prev_hi, lo)));
        let after = drop_conjunction(body, trim_span(body, Span::new(hi, next_lo)));
        // `On Fox News's "Sunday Futures," Lee said the plan …`: a short quotation inside a
        // phrase before the speaker is a title, not the content, when a clause (and no quotation)
        // follows the cue (PolNeAR train: 7 matches more, 3 false predictions fewer).
        let q_before = q_before.filter(|q| {
            let lead = words(body, Span::new(prev_hi, q.start));
            let after = trim_span(body, Span::new(hi, next_lo));
            !(q_after.is_none()
                && lead >= 1
                && words(body, *q) <= 4
                && words(body, after) >= 3
                && !adjunct_only(body, after))
        });
        let content = match (q_before, q_after) {
            (Some(b), Some(a)) => trim_span(body, Span::new(b.start, a.end)),
            (Some(b), None) => {
                // `Lee said the plan was "a disgrace," Ruiz said.` is not the case here; this is
                // `The plan was "a disgrace," Ruiz said.`: a quotation closing a clause that
                // starts before it is content from the clause's start.
                // A dash before the quotation introduces it, like a colon (`…, unserious - "We
                // need details," Lee said.`): the quotation alone.
                let lead = body[prev_hi..b.start].trim();
                let introduced = lead.ends_with([':', '.', '?', '!', '—', '–']) || lead.ends_with(" -");
                if lead.split_whitespace().count() >= 2 && !introduced {
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
                // `Lee said A but planned B`: the attitude verb is inside what was said.
                let nested = stance_within::stance_within(&masked, &attrs, k)
                    || (k + 1 < attrs.len()
                        && (!goes_on || words(body, before) < 2)
                        && (tight || (!goes_on && holds_next(body, &attrs, k, Span::new(hi, next_lo)))));
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
                } else if attrs[k].inverted
                    // `G4S receives, according to one report, $234 million`: an `according to`
                    // between commas inside its clause reports both sides, like `X, Lee said, Y`
                    // (PolNeAR train: 15 matches more, 9 false predictions fewer).
                    && masked.get(attrs[k].cue.start..attrs[k].cue.end).is_some_and(|c| c.starts_with(['A', 'a']))
                    && comma_before
                    && comma_after
                    && words(body, before) >= 2
                    && words(body, after) >= 2
                    && !opens_apposition(body, after)
                {
                    Span::new(before.start, after.end)
                } else if !attrs[k].inverted
                    && words(body, after) >= 2
                    // `…, his aide told The Daily Post.`: whom the cue tells is no content either.
                    && !((adjunct_only(body, after)
                        || addressee_only(cue_text(&masked, &attrs[k]), body, after)
                        || circumstance_only(cue_text(&masked, &attrs[k]), body, after)
                        || tail::only_a_tail(body, Span::new(hi, next_lo)))
                        && words(body, before) >= 2)
                {
                    // `The bridge, Kim said, was never safe`: two words before are enough (three
                    // cost PolNeAR train 4 matches).
                    if comma_before && comma_after && words(body, before) >= 2 {
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
                        // `…, a swipe at his rivals`, `…, compared with 41 percent`: not content.
                        let c = tail::cut_tail(body, cut_clause(body, skip_lead_in(body, after)));
                        // `Even as an aide called the plan reckless, the mayor backed it`: the
                        // aide's words end with the fronted clause.
                        if in_fronted_clause(&body[prev_hi..lo]) {
                            cut_fronted(body, c)
                        } else if mid_clause::in_mid_clause(&body[sp.start..lo]) {
                            // `The levy, even after the mayor criticized it, passed`: to `it`.
                            mid_clause::cut_mid_clause(body, c)
                        } else {
                            c
                        }
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
    // `Lee said A, she told the Gazette.`: the second attribution restates the first's speaker.
    let splices = splice::comma_splices(body, &masked, &attrs, &ext, &contents);
    report_the_previous_attribution(&ext, &mut contents, &mut within, &splices);
    // `X showed up at …`, `responded by closing …`, `sought and won …`: a cue whose words after it open
    // with `up`, `by` or `and` does not report them, nor does `found himself …`; it is no
    // attribution (unless another claim is within it).
    let dropped: Vec<bool> = (0..attrs.len())
        .map(|k| {
            (splices[k]
                || (k > 0 && within[k] == Some(k - 1) && stance_within::restates(&masked, &attrs, k - 1))
                || contents[k].is_some_and(|c| {
                    let first =
                        body.get(c.start..c.end).and_then(|t| t.split_whitespace().next()).unwrap_or("");
                    c.start >= ext[k].end
                        && ((words(body, c) <= 12
                            && ["up", "by", "and"].iter().any(|w| w.eq_ignore_ascii_case(first)))
                            || finds_no_finding(cue_text(&masked, &attrs[k]), body, c)
                            || answers_a_request(cue_text(&masked, &attrs[k]), body, c)
                            || claims_a_prize(cue_text(&masked, &attrs[k]), body, c)
                            || adds_to(
                                cue_text(&masked, &attrs[k]),
                                body,
                                Span::new(ext[k].end, c.start),
                                first,
                            ))
                }))
                && !within.contains(&Some(k))
        })
        .collect();
    if dropped.iter().all(|&d| d) {
        return unattributed();
    }
    // New indexes of the parts kept, for `within`.
    let mut kept_at = vec![None; attrs.len()];
    let mut n = 0;
    for (k, d) in dropped.iter().enumerate() {
        if !d {
            kept_at[k] = Some(n);
            n += 1;
        }
    }
    let mut out = Vec::with_capacity(attrs.len());
    for (((a, c), w), d) in attrs.iter().zip(contents).zip(within).zip(dropped) {
        if d {
            continue;
        }
        let w = w.and_then(|w| kept_at[w]);
        let content = c.unwrap_or(sp);
        let speaker = Some((abs(attribution::reported_speaker(&masked, a)), abs(a.cue)));
        let kind = compound::kind_of(content, &qspans);
        let quote = if kind == ClaimKind::Direct { main_quote } else { None };
        // A direct content is shown without its marks; any other keeps the ones it opens.
        let content = if kind == ClaimKind::Direct { content } else { close_quotes(body, content, &qspans) };
        out.push(Part { kind, speaker, content, quote, touched: touched(content), within: w });
    }
    // `Lee said A and that B`: one claim per reported clause.
    let mut out = compound::split_compounds(body, out, &qspans, quotes);
    if let Some(main) = main_clause::main_clause_before(body, sp, &out) {
        for p in &mut out {
            p.within = p.within.map(|w| w + 1);
        }
        let part = Part {
            kind: ClaimKind::Assertion,
            speaker: None,
            content: main,
            quote: None,
            touched: Vec::new(),
            within: None,
        };
        out.insert(0, part);
    }
    out
}

/// True when `after` (the words after an attribution's closing comma) opens with an article or a
/// clause word: an apposition (`according to the council, the city's planning arm`) or a clause of
/// its own (`, and has …`), not the rest of the reported clause.
fn opens_apposition(body: &str, after: Span) -> bool {
    const OPENERS: &[&str] = &["a", "an", "the", "and", "but", "which", "who", "while"];
    let first = body.get(after.start..after.end).and_then(|t| t.split_whitespace().next()).unwrap_or("");
    OPENERS.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// The words of attribution `a`'s cue in `masked`.
fn cue_text<'a>(masked: &'a str, a: &attribution::Attribution) -> &'a str {
    masked.get(a.cue.start..a.cue.end).unwrap_or("")
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
    splices: &[bool],
) {
    for k in 1..ext.len() {
        if splices[k] {
            continue;
        }
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
/// lies between them (punctuation, or a word opening a coordinated or relative clause: `and`,
/// `while`, `which` …; a subordinate clause, `because she feared …`, stays inside).
fn holds_next(body: &str, attrs: &[attribution::Attribution], k: usize, gap: Span) -> bool {
    if attrs[k].inverted {
        return false;
    }
    let Some(g) = body.get(gap.start..gap.end) else { return false };
    let punct =
        g.contains([',', ';', ':', '.', '?', '!', '(', '—', '–']) || g.contains(" - ") || g.contains("--");
    !punct && !g.split_whitespace().any(|w| BREAKS_NESTING.iter().any(|b| b.eq_ignore_ascii_case(w)))
}

/// Clause words after which an attribution reports a clause of its own, not part of the one
/// before: coordination and relative clauses (`… and Kim said`, `… which aides called …`). Not the
/// subordinators among the clause words (`because`, `after`, `if` …): `Lee said she stayed home
/// because she feared …` reports the whole clause, `feared` within it (PolNeAR train: 33 false
/// predictions fewer, 3 matches more).
const BREAKS_NESTING: &[&str] = &[
    "and", "but", "or", "nor", "while", "whereas", "as", "where", "which", "who", "whom", "whose", "so",
    "yet", "even", "despite", "compared",
];

/// Each part's speaker, cue and content text, and whether it lies within another: what the
/// rule modules' tests compare.
#[cfg(test)]
fn part_texts(s: &str) -> Vec<(String, String, String, bool)> {
    let quotes = crate::extract::quotes::find_quotes(s, &[Span::new(0, s.len())]);
    analyse(s, Span::new(0, s.len()), &quotes)
        .iter()
        .map(|p| {
            let (sp, cue) = p.speaker.unwrap_or_default();
            (
                s[sp.start..sp.end].to_string(),
                s[cue.start..cue.end].to_string(),
                s[p.content.start..p.content.end].to_string(),
                p.within.is_some(),
            )
        })
        .collect()
}
