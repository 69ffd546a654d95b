//! Sentences → claims: speaker, cue, content, entities, numbers, times, polarity, modality.
//!
//! Every sentence (headline and standfirst included: they make claims too, often attributed)
//! yields one claim. Quotations are found over the whole body ([`quotes`]), the attribution inside
//! each sentence with quotes masked ([`attribution`]), speakers resolved in reading order
//! ([`speakers`]). A quoted sentence without its own attribution takes the speaker of the same
//! quotation, or of the directly quoted claim just before it in the same or previous paragraph
//! (`"…," said Abe. "More …"`). All spans are mapped to original-file offsets through `doc.map`.

pub mod attribution;
pub mod cues;
pub mod entities;
pub mod markers;
pub mod numbers;
pub mod object;
pub mod places;
pub mod query;
pub mod quotes;
pub mod sentence;
pub mod speakers;
mod statements;
pub mod time;

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::model::{Claim, ClaimKind, Document, Marker, Quantity, Span, Speaker, TextSpan, TimeExpr};
use speakers::SpeakerResolver;
use statements::{group_statements, inherit_speakers, inherit_turns};

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

/// True when the claim's speaker is `who` (see [`query`]: canonical name, the article's words, a
/// user alias, a surname, the name with or without its titles).
pub fn speaker_matches(claim: &Claim, who: &str, opts: &ExtractOptions) -> bool {
    claim.speaker.as_ref().is_some_and(|s| query::speaker_or_alias_is(s, who, &opts.aliases))
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
    /// Quotations the content overlaps.
    touched: Vec<usize>,
    /// Index in `found` of the attribution whose content holds this one.
    within: Option<usize>,
    /// True when the sentence ends with a colon (`Lee told the crowd:`).
    colon: bool,
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

/// A claim's id, `c` and its number (`format!("c{n}")`, without the formatting machinery: ~500
/// instructions a claim).
fn claim_id(n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - at);
    id.push('c');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
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

/// One attributed statement: the claims reporting it (indexes into the claims of its document)
/// and the original-file span from its first content byte to its last. A quotation running over
/// several sentences (`"…," she said. "…"`) is one statement of several claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub claims: Vec<usize>,
    pub start: usize,
    pub end: usize,
}

/// Extracts the claims of one document.
pub fn extract_claims(doc: &Document, opts: &ExtractOptions) -> Vec<Claim> {
    extract_statements(doc, opts).0
}

/// Extracts the claims of one document and groups its attributed claims into statements:
/// consecutive claims with the same speaker and cue words, in one paragraph or one quotation.
pub fn extract_statements(doc: &Document, opts: &ExtractOptions) -> (Vec<Claim>, Vec<Statement>) {
    let body = doc.body.as_str();
    let paras = paragraphs(doc);
    let quotes = quotes::find_quotes(body, &paras);
    let mut found: Vec<Found> = Vec::with_capacity(doc.sentences.len());
    for (i, s) in doc.sentences.iter().enumerate() {
        if body.get(s.clean.start..s.clean.end).is_none() {
            continue;
        }
        let first = found.len();
        let colon = body[s.clean.start..s.clean.end].trim_end().ends_with(':');
        for p in sentence::analyse(body, s.clean, &quotes) {
            found.push(Found {
                within: p.within.map(|w| first + w),
                sentence: i,
                paragraph: s.paragraph,
                kind: p.kind,
                speaker: p.speaker,
                content: p.content,
                quote: p.quote,
                touched: p.touched,
                colon,
            });
        }
    }
    inherit_speakers(&mut found);
    inherit_turns(&mut found, body);
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
    // The last sentence searched for `said_in`: its index, tokens and time expressions.
    let mut sentence_times: Option<(usize, Vec<time::tokens::Tok<'_>>, Vec<TimeExpr>)> = None;
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
        // The content's text, borrowed from the body (what `content.text` holds).
        let ctext = body.get(f.content.start..f.content.end).unwrap_or("");
        let at = f.content.start;
        let (polarity, mut modality, conditions) = markers::of_content(ctext);
        let mut modality_cue = Vec::new();
        if let Some((sp, c)) = f.speaker {
            // A hedge between the speaker and the cue (`the port authority reportedly offered`,
            // `Lee may have said`) qualifies the claim as much as one in its content.
            if sp.end < c.start {
                modality_cue = shift_markers(doc, sp.end, markers::modality(&body[sp.end..c.start]));
            }
            modality_cue.append(&mut shift_markers(doc, c.start, markers::modality(&body[c.start..c.end])));
        }
        let mut entities: Vec<String> =
            entities::find_names(ctext).iter().map(|n| resolver.canonical_entity(n)).collect();
        entities.sort();
        entities.dedup();
        let sentence_span = doc.sentences[f.sentence].clean;
        let sentence_text = &body[sentence_span.start..sentence_span.end];
        let inner = f.content.start.saturating_sub(sentence_span.start)
            ..f.content.end.saturating_sub(sentence_span.start);
        let said_in = f
            .speaker
            .filter(|_| time::may_have_times_outside(sentence_text, inner.clone()))
            .and_then(|(_, c)| {
                // Claims of one sentence are consecutive: its time expressions are found once.
                if sentence_times.as_ref().is_none_or(|(k, _, _)| *k != f.sentence) {
                    let toks = time::tokens::tokenize(sentence_text);
                    let times = time::find_times_in(sentence_text, &toks, doc.published);
                    sentence_times = Some((f.sentence, toks, times));
                }
                let times = sentence_times.as_ref().map_or(&[][..], |(_, _, t)| t.as_slice());
                said_in(times, sentence_span.start, c, f.content)
            });
        let said_on = said_in.as_deref().and_then(full_date);
        // The content's tokens are those of the sentence's inside it when the sentence was
        // tokenized for `said_in` (and no token crosses the content's ends).
        let in_sentence = sentence_span.start <= f.content.start && f.content.end <= sentence_span.end;
        let toks = sentence_times
            .as_ref()
            .filter(|(k, _, _)| *k == f.sentence && in_sentence)
            .and_then(|(_, toks, _)| time::tokens::within(toks, inner.clone()))
            .unwrap_or_else(|| time::tokens::tokenize(ctext));
        // One time pass serves the numbers too unless the anchor changed where a time ends.
        let (found_times, bare) = time::find_times_and_check(ctext, &toks, doc.published);
        let numbers = if bare {
            numbers::find_quantities_with_times(ctext, &toks, &found_times)
        } else {
            numbers::find_quantities_in(ctext, &toks)
        };
        let numbers: Vec<Quantity> = numbers
            .into_iter()
            .map(|mut q| {
                let o = doc.map.span(at + q.start, at + q.end);
                (q.start, q.end) = (o.start, o.end);
                q
            })
            .collect();
        let times: Vec<TimeExpr> = found_times
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
            id: claim_id(claims.len() + 1),
            sentence: f.sentence,
            kind: f.kind,
            speaker,
            cue,
            content,
            said_on,
            said_in,
            entities,
            numbers,
            times,
            polarity,
            modality: modality_cue,
            conditions: shift_markers(doc, at, conditions),
            // Claims are pushed one per `found`, so `found` index i is claim `c{i+1}`.
            within: f.within.map(|w| claim_id(w + 1)),
        });
    }
    inherit_said_on(&found, &mut claims);
    let statements = group_statements(&found, &claims);
    (claims, statements)
}

/// A claim with no date of its own takes the date of its speaker's previous claim when that one
/// is at most two paragraphs before it: quotes that follow a dated attribution (`Abe on Thursday
/// signaled …` / `"…," Abe told reporters`) come from the same occasion unless a new date says
/// otherwise.
fn inherit_said_on(found: &[Found], claims: &mut [Claim]) {
    let mut last: BTreeMap<String, (usize, Option<String>)> = BTreeMap::new();
    for (f, c) in found.iter().zip(claims.iter_mut()) {
        let Some(name) = c.speaker.as_ref().map(|s| s.name.clone()) else { continue };
        if c.said_in.is_none() {
            if let Some((p, Some(d))) = last.get(&name) {
                if f.paragraph <= p + 2 {
                    c.said_on = full_date(d);
                    c.said_in = Some(d.clone());
                }
            }
        }
        last.insert(name, (f.paragraph, c.said_in.clone()));
    }
}

/// When a statement was made: the calendar date nearest to the cue among the sentence's time
/// expressions outside the content (`said 300 homes were flooded on Monday` dates the flood,
/// not the statement), at whatever precision it has (`2019-02-28`, `2019-03`, `2019-W09`, `2019`).
/// A full date wins over a coarser one at the same distance. `times` are the sentence's time
/// expressions (offsets from its start `at`).
fn said_in(times: &[TimeExpr], at: usize, cue: Span, content: Span) -> Option<String> {
    times
        .iter()
        .filter(|t| at + t.end <= content.start || at + t.start >= content.end)
        .filter(|t| t.kind == "date" && is_calendar_value(&t.value))
        .map(|t| {
            let dist = (at + t.start).abs_diff(cue.start);
            (dist, usize::MAX - t.value.len(), &t.value)
        })
        .min()
        .map(|(_, _, v)| v.clone())
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`: a value that places a statement in the
/// calendar (not `PRESENT_REF`, a decade `197X` or a duration).
fn is_calendar_value(v: &str) -> bool {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        8 => digits(0..4) && &b[4..6] == b"-W" && digits(6..8),
        10 => full_date(v).is_some(),
        _ => false,
    }
}

fn full_date(v: &str) -> Option<chrono::NaiveDate> {
    time::parse_day(v)
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

    proptest::proptest! {
        #[test]
        fn claim_id_is_formatted(n in proptest::num::usize::ANY) {
            proptest::prop_assert_eq!(claim_id(n), format!("c{n}"));
        }
    }

    #[test]
    fn claim_ids() {
        assert_eq!(
            [claim_id(0), claim_id(1), claim_id(10), claim_id(usize::MAX)],
            ["c0", "c1", "c10", &format!("c{}", usize::MAX)]
        );
    }

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
    fn quotation_after_a_mixed_claim_keeps_its_speaker() {
        let t = "Title.\n\nThe levy is \"a fair deal,\" Lopez said. \"Nobody pays twice.\"\n";
        let cs = claims(t);
        assert_eq!((who(&cs[1]), cs[1].kind), ("Lopez", ClaimKind::Mixed));
        assert_eq!((who(&cs[2]), cs[2].kind), ("Lopez", ClaimKind::Direct));
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
    fn a_hedge_before_the_cue_is_the_claims_modality() {
        let t =
            "Head.\n\nThe port authority reportedly offered a raise of 3%.\n\nThe mayor said the dam held.\n";
        let cs = claims(t);
        let kinds =
            |c: &Claim| c.modality.iter().map(|m| (m.kind.clone(), m.text.clone())).collect::<Vec<_>>();
        let hedge = ("reportedly".to_string(), "reportedly".to_string());
        assert_eq!(kinds(&cs[1]), [hedge, ("offer".to_string(), "offered".to_string())]);
        assert!(cs[1].modality.iter().all(|m| t[m.start..m.end] == m.text));
        assert_eq!(kinds(&cs[2]), []);
    }

    #[test]
    fn said_on_carries_to_the_same_speakers_next_quotes() {
        let t = "---\npublished: 2021-03-12\n---\nHead of the story.\n\nMayor Ann Cole on Wednesday announced that the pool would close.\n\n\"It costs too much,\" Cole told reporters.\n\n\"We tried,\" said a lifeguard.\n\n\"It is final,\" Cole said.\n";
        let cs = claims(t);
        let dates: Vec<(&str, Option<String>)> =
            cs.iter().map(|c| (who(c), c.said_on.map(|d| d.to_string()))).collect();
        let wed = Some("2021-03-10".to_string());
        assert_eq!(
            dates[1..],
            [("Ann Cole", wed.clone()), ("Ann Cole", wed.clone()), ("a lifeguard", None), ("Ann Cole", wed)]
        );
        // A date inside the content is what the statement is about, not when it was made.
        let cs = claims("---\npublished: 2021-03-12\n---\nHead.\n\nCole said the pool shut on Monday.\n");
        assert_eq!((who(&cs[1]), cs[1].said_on), ("Cole", None));
    }

    #[test]
    fn said_in_keeps_a_month_or_year_when_there_is_no_full_date() {
        let t = "---\npublished: 2021-03-12\n---\nHead.\n\nIn an interview in January, Cole said the pool would reopen.\n\nLast year Diaz said the fees were too high.\n\nIn the 1990s, Park said, the pool was full.\n";
        let cs = claims(t);
        let got: Vec<(&str, Option<&str>, Option<String>)> = cs
            .iter()
            .filter(|c| c.speaker.is_some())
            .map(|c| (who(c), c.said_in.as_deref(), c.said_on.map(|d| d.to_string())))
            .collect();
        assert_eq!(
            got,
            [("Cole", Some("2021-01"), None), ("Diaz", Some("2020"), None), ("Park", None, None)]
        );
        assert!(
            is_calendar_value("2019-W09") && is_calendar_value("2019-02-28") && !is_calendar_value("197X")
        );
        assert!(
            !is_calendar_value("PRESENT_REF")
                && !is_calendar_value("P3Y")
                && !is_calendar_value("2019-13-40")
        );
    }

    #[test]
    fn aliases_parse_and_fail_clearly() {
        assert!(parse_aliases("a.json", r#"{"Joseph Biden": ["Joe"]}"#).is_ok());
        let e = parse_aliases("a.json", "[1]").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.starts_with("a.json: invalid aliases file"), "{e}");
    }
}
