//! Sentences → claims: speaker, cue, content, entities, numbers, times, polarity, modality.
//!
//! Every sentence (headline and standfirst included: they make claims too, often attributed)
//! yields one claim. Quotations are found over the whole body ([`quotes`]), the attribution inside
//! each sentence with quotes masked ([`attribution`]), speakers resolved in reading order
//! ([`speakers`]). A quoted sentence without its own attribution takes the speaker of the same
//! quotation, or of the directly quoted claim just before it in the same or previous paragraph
//! (`"…," said Abe. "More …"`). All spans are mapped to original-file offsets through `doc.map`.

pub mod attribution;
pub mod entities;
pub mod markers;
pub mod numbers;
pub mod quotes;
pub mod speakers;
pub mod time;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::error::{Error, Result};
use crate::model::{Claim, ClaimKind, Document, Marker, Quantity, Span, Speaker, TextSpan, TimeExpr};
use speakers::SpeakerResolver;

/// Options for claim extraction.
#[derive(Clone, Debug, Default)]
pub struct ExtractOptions {
    /// User aliases: canonical name → aliases (`--aliases FILE`).
    pub aliases: BTreeMap<String, Vec<String>>,
}

/// Parses an alias file (`{"canonical": ["alias", …]}`); `path` names it in errors.
pub fn parse_aliases(path: &str, json: &str) -> Result<BTreeMap<String, Vec<String>>> {
    serde_json::from_str(json).map_err(|e| Error::Aliases {
        path: path.to_string(),
        message: format!("{e} (expected a JSON object: canonical name → list of aliases)"),
    })
}

/// Words between a cue and its content: `said on Monday that`, `told reporters that`.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)] // constant pattern, checked by the tests
    Regex::new(
        r"^(?i)(?:(?:on\s+\w+day|in\s+a\s+statement|last\s+week|reporters|journalists)[\s,]+)*(?:that\s+)?",
    )
    .expect("lead-in regex")
});

/// True when the claim's speaker is `who`: its canonical name, the words used for it, a user
/// alias of its canonical name, or its surname (case-insensitive).
pub fn speaker_matches(claim: &Claim, who: &str, opts: &ExtractOptions) -> bool {
    let Some(s) = &claim.speaker else { return false };
    let who = who.trim().to_lowercase();
    let name = s.name.to_lowercase();
    if name == who || s.text.to_lowercase() == who {
        return true;
    }
    if !s.anonymous && name.split_whitespace().last() == Some(who.as_str()) {
        return true;
    }
    opts.aliases
        .iter()
        .filter(|(c, _)| c.to_lowercase() == name)
        .any(|(_, list)| list.iter().any(|a| a.to_lowercase() == who))
}

/// What the per-sentence pass found, in body offsets.
struct Found {
    sentence: usize,
    paragraph: usize,
    kind: ClaimKind,
    speaker: Option<(Span, Span)>,
    content: Span,
    /// Index of the quotation holding most of the sentence, when it is mostly quoted.
    quote: Option<usize>,
}

fn paragraphs(doc: &Document) -> Vec<Span> {
    let mut out: Vec<(usize, Span)> = Vec::new();
    for s in &doc.sentences {
        match out.last_mut() {
            Some((p, sp)) if *p == s.paragraph => sp.end = sp.end.max(s.clean.end),
            _ => out.push((s.paragraph, s.clean)),
        }
    }
    out.into_iter().map(|(_, s)| s).collect()
}

fn trim_span(body: &str, sp: Span) -> Span {
    let Some(t) = body.get(sp.start..sp.end) else { return sp };
    let strip = |c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '"' | '“' | '”' | '—' | '-');
    let lead = t.len() - t.trim_start_matches(strip).len();
    let kept = t.trim_start_matches(strip).trim_end_matches(strip);
    let kept = kept.strip_suffix('.').unwrap_or(kept);
    let kept = kept.trim_end_matches(strip);
    Span::new(sp.start + lead, sp.start + lead + kept.len())
}

/// Finds kind, speaker, cue and content of one sentence (body offsets).
fn analyse(body: &str, sp: Span, quotes: &[Span]) -> (ClaimKind, Option<(Span, Span)>, Span, Option<usize>) {
    let text = &body[sp.start..sp.end];
    let inside: Vec<(usize, Span)> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.start < sp.end && q.end > sp.start)
        .map(|(i, q)| (i, Span::new(q.start.max(sp.start), q.end.min(sp.end))))
        .collect();
    let quoted: usize = inside.iter().map(|(_, q)| q.len()).sum();
    let frac = if text.is_empty() { 0.0 } else { quoted as f64 / text.trim().len().max(1) as f64 };
    let main_quote = inside.iter().max_by_key(|(_, q)| q.len()).map(|(i, _)| *i);
    let qspans: Vec<Span> = inside.iter().map(|(_, q)| *q).collect();
    let masked = quotes::mask(text, sp.start, &qspans);
    let whole = trim_span(body, sp);
    let Some(a) = attribution::find_attribution(&masked) else {
        let kind = if frac >= 0.5 { ClaimKind::Direct } else { ClaimKind::Assertion };
        // An assertion is the whole sentence, as written (final punctuation included).
        let content = if frac >= 0.5 { quote_extent(body, &qspans) } else { sp };
        return (kind, None, content, if frac >= 0.5 { main_quote } else { None });
    };
    let speaker = Span::new(sp.start + a.speaker.start, sp.start + a.speaker.end);
    let cue = Span::new(sp.start + a.cue.start, sp.start + a.cue.end);
    if frac >= 0.5 {
        return (ClaimKind::Direct, Some((speaker, cue)), quote_extent(body, &qspans), main_quote);
    }
    let after_start = if a.inverted { speaker.end } else { cue.end.max(speaker.end) };
    let after = trim_span(body, Span::new(after_start, sp.end));
    let before = trim_span(body, Span::new(sp.start, speaker.start.min(cue.start)));
    let mut content = if words(body, after) >= 3 && !(a.inverted && before.len() > after.len()) {
        let t = &body[after.start..after.end];
        // "said that …", "told reporters (that) …": the content starts after them.
        let n = LEAD_IN.find(t).map_or(0, |m| m.end());
        Span::new(after.start + n, after.end)
    } else if words(body, before) >= 2 {
        before
    } else {
        whole
    };
    if content.is_empty() {
        content = whole;
    }
    if qspans.iter().any(|q| q.start <= content.start && q.end >= content.end) {
        // The content is all quotation: `"…," said the mayor, Tom Reed.`
        return (ClaimKind::Direct, Some((speaker, cue)), content, main_quote);
    }
    let has_quote = qspans.iter().any(|q| q.start < content.end && q.end > content.start);
    let kind = if has_quote { ClaimKind::Mixed } else { ClaimKind::Indirect };
    (kind, Some((speaker, cue)), content, None)
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

fn text_span(doc: &Document, sp: Span) -> TextSpan {
    let o = doc.map.span(sp.start, sp.end);
    TextSpan { text: doc.body.get(sp.start..sp.end).unwrap_or("").to_string(), start: o.start, end: o.end }
}

fn shift_markers(doc: &Document, at: usize, ms: Vec<Marker>) -> Vec<Marker> {
    ms.into_iter()
        .map(|mut m| {
            let o = doc.map.span(at + m.start, at + m.end);
            (m.start, m.end) = (o.start, o.end);
            m
        })
        .collect()
}

/// Extracts the claims of one document.
pub fn extract_claims(doc: &Document, opts: &ExtractOptions) -> Vec<Claim> {
    let body = doc.body.as_str();
    let paras = paragraphs(doc);
    let quotes = quotes::find_quotes(body, &paras);
    let mut found: Vec<Found> = Vec::with_capacity(doc.sentences.len());
    for (i, s) in doc.sentences.iter().enumerate() {
        if body.get(s.clean.start..s.clean.end).is_none() {
            continue;
        }
        let (kind, speaker, content, quote) = analyse(body, s.clean, &quotes);
        found.push(Found { sentence: i, paragraph: s.paragraph, kind, speaker, content, quote });
    }
    inherit_speakers(&mut found);
    let mut resolver = SpeakerResolver::new(&opts.aliases);
    // Every full name in the text, so `Kono said` finds `Foreign Minister Taro Kono` named earlier
    // as a non-speaker (and `the foreign minister` finds him by title).
    for name in entities::find_titled_names(body) {
        resolver.register(&name);
    }
    for f in &found {
        if let Some((sp, _)) = f.speaker {
            resolver.register(&body[sp.start..sp.end]);
        }
    }
    let mut resolved: BTreeMap<(usize, usize), speakers::Resolved> = BTreeMap::new();
    let mut claims = Vec::with_capacity(found.len());
    for f in &found {
        let speaker = f.speaker.map(|(sp, _)| {
            let r = resolved
                .entry((sp.start, sp.end))
                .or_insert_with(|| resolver.resolve(&body[sp.start..sp.end]))
                .clone();
            let t = text_span(doc, sp);
            Speaker { name: r.name, text: t.text, start: t.start, end: t.end, anonymous: r.anonymous }
        });
        let cue = f.speaker.map(|(_, c)| text_span(doc, c));
        let content = text_span(doc, f.content);
        let ctext_owned = content.text.clone();
        let ctext = ctext_owned.as_str();
        let at = f.content.start;
        let mut modality = markers::modality(ctext);
        let mut modality_cue = Vec::new();
        if let Some((_, c)) = f.speaker {
            modality_cue = shift_markers(doc, c.start, markers::modality(&body[c.start..c.end]));
        }
        let mut entities: Vec<String> =
            entities::find_names(ctext).iter().map(|n| resolver.canonical_entity(n)).collect();
        entities.sort();
        entities.dedup();
        let sentence_span = doc.sentences[f.sentence].clean;
        let sentence_text = &body[sentence_span.start..sentence_span.end];
        let said_on = f.speaker.and_then(|(_, c)| said_on(sentence_text, sentence_span.start, c, doc));
        let numbers: Vec<Quantity> = numbers::find_quantities(ctext)
            .into_iter()
            .map(|mut q| {
                let o = doc.map.span(at + q.start, at + q.end);
                (q.start, q.end) = (o.start, o.end);
                q
            })
            .collect();
        let times: Vec<TimeExpr> = time::find_times(ctext, doc.published)
            .into_iter()
            .map(|mut t| {
                let o = doc.map.span(at + t.start, at + t.end);
                (t.start, t.end) = (o.start, o.end);
                t
            })
            .collect();
        modality = shift_markers(doc, at, modality);
        modality_cue.append(&mut modality);
        claims.push(Claim {
            id: format!("c{}", claims.len() + 1),
            sentence: f.sentence,
            kind: f.kind,
            speaker,
            cue,
            content,
            said_on,
            entities,
            numbers,
            times,
            polarity: markers::polarity(ctext),
            modality: modality_cue,
            conditions: shift_markers(doc, at, markers::conditions(ctext)),
        });
    }
    claims
}

/// A mostly quoted sentence without its own attribution takes the attribution of its quotation
/// (any other sentence of it), else of the directly quoted claim just before it.
fn inherit_speakers(found: &mut [Found]) {
    let mut by_quote: BTreeMap<usize, (Span, Span)> = BTreeMap::new();
    for f in found.iter() {
        if let (Some(q), Some(s)) = (f.quote, f.speaker) {
            by_quote.entry(q).or_insert(s);
        }
    }
    for i in 0..found.len() {
        if found[i].speaker.is_some() || found[i].kind != ClaimKind::Direct {
            continue;
        }
        if let Some(s) = found[i].quote.and_then(|q| by_quote.get(&q)) {
            found[i].speaker = Some(*s);
            continue;
        }
        if i > 0 {
            let prev = &found[i - 1];
            if prev.kind == ClaimKind::Direct
                && prev.speaker.is_some()
                && found[i].paragraph <= prev.paragraph + 1
            {
                found[i].speaker = prev.speaker;
            }
        }
    }
}

/// The date a statement was made: the full date among the sentence's time expressions nearest to
/// the cue.
fn said_on(sentence: &str, at: usize, cue: Span, doc: &Document) -> Option<chrono::NaiveDate> {
    time::find_times(sentence, doc.published)
        .into_iter()
        .filter_map(|t| {
            let d = chrono::NaiveDate::parse_from_str(&t.value, "%Y-%m-%d").ok()?;
            let dist = (at + t.start).abs_diff(cue.start);
            Some((dist, d))
        })
        .min()
        .map(|(_, d)| d)
}

/// Extracts the claims of every document, with speakers canonicalised across documents
/// (`Abe` in one article → `Shinzo Abe` named in another).
pub fn extract_corpus(docs: &mut [Document], opts: &ExtractOptions) {
    let mut all: Vec<Vec<Claim>> = docs.iter().map(|d| extract_claims(d, opts)).collect();
    let mut names: Vec<String> = all
        .iter()
        .flatten()
        .filter_map(|c| c.speaker.as_ref().filter(|s| !s.anonymous).map(|s| s.name.clone()))
        .collect();
    names.sort();
    names.dedup();
    let canon = speakers::corpus_canonical(&names);
    for claims in &mut all {
        for c in claims.iter_mut() {
            if let Some(s) = c.speaker.as_mut().filter(|s| !s.anonymous) {
                if let Some(full) = canon.get(&s.name) {
                    s.name = full.clone();
                }
            }
            for e in c.entities.iter_mut() {
                if let Some(full) = canon.get(e.as_str()) {
                    *e = full.clone();
                }
            }
            c.entities.sort();
            c.entities.dedup();
        }
    }
    for (d, claims) in docs.iter_mut().zip(all) {
        d.claims = Some(claims);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<Claim> {
        let docs = crate::read_str("t.txt", text, &crate::ReadOptions::default()).unwrap_or_default();
        docs.first().map(|d| extract_claims(d, &ExtractOptions::default())).unwrap_or_default()
    }

    fn who(c: &Claim) -> &str {
        c.speaker.as_ref().map_or("-", |s| s.name.as_str())
    }

    #[test]
    fn direct_indirect_assertion() {
        let t = "Finance Minister Maria Lopez said on Monday that taxes would fall.\n\n\"We will cut the levy,\" Lopez said. \"It is fair.\"\n\nThe markets rose.\n";
        let cs = claims(t);
        assert_eq!(cs.len(), 4);
        assert_eq!((who(&cs[0]), cs[0].kind), ("Maria Lopez", ClaimKind::Indirect));
        assert_eq!(cs[0].content.text, "taxes would fall");
        assert_eq!((who(&cs[1]), cs[1].kind), ("Maria Lopez", ClaimKind::Direct));
        assert_eq!(cs[1].content.text, "We will cut the levy");
        assert_eq!((who(&cs[2]), cs[2].kind), ("Maria Lopez", ClaimKind::Direct));
        assert_eq!((who(&cs[3]), cs[3].kind), ("-", ClaimKind::Assertion));
        for c in &cs {
            assert_eq!(&t[c.content.start..c.content.end], c.content.text);
        }
    }

    #[test]
    fn quote_across_paragraphs_and_anonymous() {
        let t = "“The bridge is safe,” said the mayor, Tom Reed. “We checked it twice.\n\n“Nobody was hurt.”\n\n“It will reopen,” an engineer close to the council said.\n";
        let cs = claims(t);
        assert_eq!(who(&cs[0]), "the mayor");
        assert_eq!(who(&cs[1]), "the mayor");
        assert_eq!(who(&cs[2]), "the mayor");
        assert_eq!(cs[2].polarity, crate::model::Polarity::Negative);
        let last = cs.last().and_then(|c| c.speaker.clone()).map(|s| (s.name, s.anonymous));
        assert_eq!(last, Some(("an engineer close to the council".to_string(), true)));
    }

    #[test]
    fn aliases_parse_and_fail_clearly() {
        assert!(parse_aliases("a.json", r#"{"Joseph Biden": ["Joe"]}"#).is_ok());
        let e = parse_aliases("a.json", "[1]").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.starts_with("a.json: invalid aliases file"), "{e}");
    }
}
