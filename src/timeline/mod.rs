//! A speaker's claims over dates → positions per topic and the shifts between them (`shift`).
//!
//! Steps of [`shift`]:
//! 1. **Collect** the speaker's claims: a claim matches when its speaker's canonical name or the
//!    words the article uses equal the query (case-insensitive), or by name parts (see
//!    [`speaker_matches`]); a claim so matched brings in every claim with the same canonical
//!    name (`the prime minister` → all of Shinzo Abe's). Anonymous sources match only by their
//!    full description.
//! 2. **Date** each by `said_on`, else the document's `published` (`date_source` says which);
//!    then filter by `--topic` words (a claim passes when any topic word starts one of its words)
//!    and `--from` / `--to` (inclusive; undated claims are dropped when a bound is given).
//! 3. **Dedupe** statements: two claims from different documents are the same statement when
//!    their quoted words are the same (at least [`MIN_QUOTE_WORDS`] words), or when their
//!    similarity is at least [`ShiftOptions::dedupe_threshold`], their `said_on` dates do not
//!    differ and they have the same polarity, commitment step and sign of stance. One [`Position`] keeps the earliest report; the others go to `also_reported_by`.
//!    The same statement in two outlets on different days is therefore never a shift.
//! 4. **Group by topic**: single-link clustering (union-find) of positions whose topic
//!    similarity is at least [`ShiftOptions::topic_threshold`]. Topic similarity = the larger of
//!    `score::score_claims` similarity and the overlap coefficient of the two claims' stemmed
//!    content words (speaker name words removed): the overlap coefficient keeps a short
//!    statement with the longer one it restates. Two claims taking opposite stances on one
//!    target ("supports the plan" / "no longer supports the dam repair plan", see
//!    [`stance::opposed_on_target`]) have topic similarity 1: sharing few words besides the
//!    target must not hide a reversal. Single link: A~B and B~C put A, B, C together.
//! 5. **Order** each topic's positions by date, and compare every position with the most similar
//!    position of the latest earlier date on that topic ([`shift::compare`]). Positions of the same
//!    date are not compared: a shift takes time.
//!
//! Candidate pairs for steps 3 and 4 come from an inverted index over content stems, so claims
//! sharing no content word are never scored.

pub mod scale;
pub mod shift;
pub mod tone;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::NaiveDate;
use rust_stemmers::{Algorithm, Stemmer};

use crate::disjoint::DisjointSets;
use crate::model::{Claim, ClaimRef, Document, Position, Speaker, TextSpan, Timeline, TopicTimeline};
use crate::score::{score_claims, stance};

/// Options of [`shift`]; `Default` gives the documented thresholds.
#[derive(Clone, Debug)]
pub struct ShiftOptions {
    /// Keep only claims containing one of these words (prefix match, case-insensitive).
    pub topic: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Topic similarity at or above which two positions are on the same topic. Default 0.3,
    /// checked on the shift gold set (`claimdiff-eval DATA shift`, PolNeAR train: 40 same-topic
    /// pairs against 253 same-speaker pairs from different topic chains): F1 of "same topic" is
    /// flat (0.38–0.39) from 0.20 to 0.50 as measured on 2026-11-23; 0.3 sits on that plateau
    /// with higher precision than the lower values (0.33 vs 0.26 at 0.2), and fewer false topics
    /// matter more here because every wrong merge can become a spurious shift.
    pub topic_threshold: f64,
    /// Similarity at or above which two reports are the same statement. Default 0.8: chosen to
    /// merge only near-verbatim reports (same polarity and commitment are also required). Not
    /// tuned on data; on the shift gold set it merges none of the 19 pairs labelled as a shift.
    pub dedupe_threshold: f64,
}

impl Default for ShiftOptions {
    fn default() -> Self {
        ShiftOptions { topic: Vec::new(), from: None, to: None, topic_threshold: 0.3, dedupe_threshold: 0.8 }
    }
}

/// Quotes of at least this many words that are identical make two reports one statement.
pub const MIN_QUOTE_WORDS: usize = 4;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

fn normalize_name(s: &str) -> Vec<String> {
    words::tokens(s).iter().map(|t| t.word.to_lowercase()).collect()
}

/// True when `speaker` is the person `query` names: the rule of `claims --speaker`
/// ([`crate::extract::query::speaker_is`]: canonical name or article words, a surname or any one
/// word of the name, the same last word and first word or initial, titles dropped; anonymous
/// sources only by their full text).
pub fn speaker_matches(speaker: &Speaker, query: &str) -> bool {
    crate::extract::query::speaker_is(speaker, query)
}

/// One statement of the speaker (a claim and its duplicates in other outlets), with what the
/// shift rules need precomputed.
pub struct Statement<'a> {
    pub doc: &'a Document,
    pub claim: &'a Claim,
    pub date: Option<NaiveDate>,
    pub date_source: &'static str,
    pub dupes: Vec<(&'a Document, &'a Claim)>,
    pub commitment: scale::Commitment,
    /// Tone of the claim content; hit offsets are into `claim.content.text`.
    pub tone: tone::Tone,
    /// Stance words of the content (offsets into `claim.content.text`) and of the cue (offsets
    /// into `claim.cue.text`): "endorsed | Mrs. Clinton" carries its stance in the cue.
    pub stance: Vec<stance::StanceHit>,
    pub cue_stance: Vec<stance::StanceHit>,
    stems: BTreeSet<String>,
    /// [`quote_key`] of the claim, computed once (dedupe compares many pairs).
    quote: Option<String>,
}

impl<'a> Statement<'a> {
    fn new(doc: &'a Document, claim: &'a Claim, name_words: &BTreeSet<String>) -> Self {
        let (date, date_source) = statement_date(claim, doc.published);
        let stems = words::content_words(&claim.content.text)
            .into_iter()
            .filter(|w| !name_words.contains(w))
            .map(|w| STEMMER.stem(&w).into_owned())
            .collect();
        Statement {
            doc,
            claim,
            date,
            date_source,
            dupes: Vec::new(),
            commitment: scale::commitment(claim),
            tone: tone::tone(&claim.content.text),
            stance: stance::stance_hits(&claim.content.text),
            cue_stance: claim.cue.as_ref().map(|c| stance::stance_hits(&c.text)).unwrap_or_default(),
            stems,
            quote: quote_key(claim),
        }
    }

    /// The original-file span of bytes `[start, end)` of the claim's content text. The content
    /// text may differ from the original bytes (cleaning straightens quotes), so the content is
    /// found in the document body and mapped through its offset map; when it cannot be found the
    /// whole content span stands as the evidence.
    pub fn locate(&self, start: usize, end: usize) -> TextSpan {
        let c = &self.claim.content;
        let text = c.text.get(start..end).unwrap_or(&c.text).to_string();
        if c.end.saturating_sub(c.start) == c.text.len() {
            return TextSpan { text, start: c.start + start, end: c.start + end };
        }
        let from = self.doc.sentences.get(self.claim.sentence).map_or(0, |s| s.clean.start);
        let body = &self.doc.body;
        let found = body
            .get(from..)
            .and_then(|b| b.find(c.text.as_str()).map(|i| i + from))
            .or_else(|| body.find(c.text.as_str()));
        match found {
            Some(at) if !c.text.is_empty() => {
                let sp = self.doc.map.span(at + start, at + end);
                TextSpan { text, start: sp.start, end: sp.end }
            }
            _ => TextSpan { text, start: c.start, end: c.end },
        }
    }

    fn same_doc(&self, other: &Statement<'_>) -> bool {
        self.doc.path == other.doc.path && self.doc.item == other.doc.item
    }
}

/// A [`ClaimRef`] for a claim of a document.
pub fn claim_ref(doc: &Document, claim: &Claim) -> ClaimRef {
    ClaimRef {
        path: doc.path.clone(),
        outlet: doc.outlet.clone(),
        published: doc.published,
        claim: claim.id.clone(),
        start: claim.content.start,
        end: claim.content.end,
        text: claim.content.text.clone(),
        speaker: claim.speaker.as_ref().map(|s| s.name.clone()),
        kind: claim.kind,
    }
}

/// The quoted words of a claim, lower case, when it quotes at least [`MIN_QUOTE_WORDS`].
fn quote_key(claim: &Claim) -> Option<String> {
    let q = words::quoted_ranges(&claim.content.text);
    if q.is_empty() {
        return None;
    }
    let w: Vec<String> =
        words::diff_tokens(&claim.content.text).iter().map(|t| t.word.to_lowercase()).collect();
    (w.len() >= MIN_QUOTE_WORDS).then(|| w.join(" "))
}

/// Candidates kept per statement: the statements sharing the most content stems with it.
pub const MAX_CANDIDATES: usize = 24;

/// Pairs (i < j) of statements sharing a content stem; stems in more than half of a large set
/// are skipped (they name the story, not a topic). Each statement keeps at most
/// [`MAX_CANDIDATES`] partners, those sharing the most stems (ties: the nearest in input order),
/// so the number of pairs scored grows linearly with the statements, not quadratically, when a
/// speaker has thousands of statements on few topics.
fn candidate_pairs(stmts: &[Statement<'_>]) -> BTreeSet<(usize, usize)> {
    let mut index: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in stmts.iter().enumerate() {
        for w in &s.stems {
            index.entry(w.as_str()).or_default().push(i);
        }
    }
    let cap = (stmts.len() / 2).max(50);
    let lists: Vec<&Vec<usize>> = index.values().filter(|l| l.len() <= cap).collect();
    let mut of: Vec<Vec<usize>> = vec![Vec::new(); stmts.len()];
    for (k, l) in lists.iter().enumerate() {
        for &i in l.iter() {
            of[i].push(k);
        }
    }
    let mut pairs = BTreeSet::new();
    let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, ks) in of.iter().enumerate() {
        shared.clear();
        for &k in ks {
            for &j in lists[k] {
                if j != i {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let mut best: Vec<(usize, usize)> = shared.iter().map(|(&j, &n)| (j, n)).collect();
        best.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.abs_diff(i).cmp(&y.0.abs_diff(i))).then(x.0.cmp(&y.0)));
        for &(j, _) in best.iter().take(MAX_CANDIDATES) {
            pairs.insert((i.min(j), i.max(j)));
        }
    }
    pairs
}

/// Topic similarity of two statements (see the module docs, step 4).
pub fn topic_similarity<'a>(a: &'a Statement<'_>, b: &'a Statement<'_>) -> f64 {
    let side = |s: &'a Statement<'_>| (s.claim.content.text.as_str(), &s.stance[..], &s.cue_stance[..]);
    if stance::opposed_on_target(side(a), side(b)).is_some() {
        return 1.0;
    }
    score_claims(a.claim, b.claim).similarity.max(words::overlap(&a.stems, &b.stems))
}

fn same_statement(a: &Statement<'_>, b: &Statement<'_>, opts: &ShiftOptions) -> bool {
    if a.same_doc(b) {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.quote, &b.quote) {
        if x == y {
            return true;
        }
    }
    let dates_agree = match (a.claim.said_on, b.claim.said_on) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    // a near-identical wording with another polarity, commitment or stance is a change, not a
    // repeat ("endorsed the plan" / "now opposes the plan")
    let stance_sign = |s: &Statement<'_>| (stance::net(&s.stance) + stance::net(&s.cue_stance)).signum();
    let same_stance = a.claim.polarity == b.claim.polarity
        && a.commitment.step == b.commitment.step
        && stance_sign(a) == stance_sign(b);
    // the cheap checks first: the similarity is the costly part
    dates_agree && same_stance && score_claims(a.claim, b.claim).similarity >= opts.dedupe_threshold
}

fn passes_topic(claim: &Claim, topic: &[String]) -> bool {
    if topic.is_empty() {
        return true;
    }
    let toks: Vec<String> =
        words::tokens(&claim.content.text).iter().map(|t| t.word.to_lowercase()).collect();
    topic.iter().any(|w| toks.iter().any(|t| t.starts_with(w.as_str())))
}

fn passes_dates(date: Option<NaiveDate>, opts: &ShiftOptions) -> bool {
    match date {
        None => opts.from.is_none() && opts.to.is_none(),
        Some(d) => opts.from.is_none_or(|f| d >= f) && opts.to.is_none_or(|t| d <= t),
    }
}

/// Sort key: dated first by date, then input order.
fn order_key(s: &Statement<'_>, input: usize) -> (bool, Option<NaiveDate>, usize, usize) {
    (s.date.is_none(), s.date, input, s.claim.content.start)
}

/// The speaker's positions per topic, in time order, with the shifts between them.
/// Documents need their claims extracted (`Document::claims` is `Some`); others are skipped.
pub fn shift(docs: &[Document], speaker: &str, opts: &ShiftOptions) -> Timeline {
    let topic: Vec<String> = opts.topic.iter().map(|w| w.to_lowercase()).filter(|w| !w.is_empty()).collect();
    // 1–2: collect, date, filter
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    let mut found: Vec<(usize, &Document, &Claim)> = Vec::new();
    // `the prime minister` names the person introduced with that title: all of that person's claims
    let wanted = crate::extract::query::matching_names(docs, speaker, &BTreeMap::new());
    for (di, doc) in docs.iter().enumerate() {
        for claim in doc.claims.iter().flatten() {
            if let Some(sp) = claim.speaker.as_ref().filter(|sp| wanted.contains(&sp.name)) {
                *names.entry(sp.name.clone()).or_default() += 1;
                found.push((di, doc, claim));
            }
        }
    }
    // most frequent canonical name, ties alphabetical
    let canonical = names
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map_or_else(|| speaker.to_string(), |(n, _)| n.clone());
    let name_words: BTreeSet<String> =
        names.keys().flat_map(|n| normalize_name(n)).chain(normalize_name(speaker)).collect();
    let mut stmts: Vec<(usize, Statement<'_>)> = found
        .into_iter()
        .filter(|(_, _, c)| passes_topic(c, &topic))
        .map(|(di, d, c)| (di, Statement::new(d, c, &name_words)))
        .filter(|(_, s)| passes_dates(s.date, opts))
        .collect();
    stmts.sort_by_key(|(i, s)| order_key(s, *i));
    let stmts: Vec<Statement<'_>> = stmts.into_iter().map(|(_, s)| s).collect();

    // 3: dedupe — groups of the same statement; the earliest (first in order) represents them
    let pairs = candidate_pairs(&stmts);
    let mut sets = DisjointSets::new(stmts.len());
    for &(i, j) in &pairs {
        if same_statement(&stmts[i], &stmts[j], opts) {
            sets.union(i, j);
        }
    }
    let mut reps: Vec<Statement<'_>> = Vec::new();
    let mut rep_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut dupes: Vec<Vec<(&Document, &Claim)>> = Vec::new();
    for (i, s) in stmts.iter().enumerate() {
        let r = sets.find(i);
        match rep_of.get(&r) {
            Some(&k) => dupes[k].push((s.doc, s.claim)),
            None => {
                rep_of.insert(r, dupes.len());
                dupes.push(Vec::new());
            }
        }
    }
    for (i, s) in stmts.into_iter().enumerate() {
        if sets.find(i) == i {
            reps.push(s);
        }
    }
    for (s, d) in reps.iter_mut().zip(dupes) {
        s.dupes = d;
    }

    // 4: topics by single-link clustering
    let pairs = candidate_pairs(&reps);
    let mut sets = DisjointSets::new(reps.len());
    for &(i, j) in &pairs {
        // the overlap alone may already reach the threshold: no need for the costlier score
        let close = words::overlap(&reps[i].stems, &reps[j].stems) >= opts.topic_threshold
            || topic_similarity(&reps[i], &reps[j]) >= opts.topic_threshold;
        if close {
            sets.union(i, j);
        }
    }

    // 5: timelines and shifts
    let topics =
        sets.groups().into_iter().map(|members| topic_timeline(&reps, &members, &name_words)).collect();
    Timeline { version: 1, speaker: canonical, topics }
}

/// The shift between two claims of one speaker, `a` the earlier: the label `shift` would give the
/// step from `a` to `b` when they are on one topic. Two reports of the same statement (see step
/// 3 of the module docs) are `no-shift` with no reasons. Used by the evaluation harness.
pub fn compare_claims(a: (&Document, &Claim), b: (&Document, &Claim), speaker: &str) -> crate::model::Shift {
    compare_claims_with(a, b, speaker, shift::RESTATEMENT)
}

/// [`compare_claims`] with another restatement threshold (see [`shift::RESTATEMENT`]).
pub fn compare_claims_with(
    a: (&Document, &Claim),
    b: (&Document, &Claim),
    speaker: &str,
    restatement: f64,
) -> crate::model::Shift {
    let name_words: BTreeSet<String> = normalize_name(speaker).into_iter().collect();
    let (sa, sb) = (Statement::new(a.0, a.1, &name_words), Statement::new(b.0, b.1, &name_words));
    if same_statement(&sa, &sb, &ShiftOptions::default()) {
        return crate::model::Shift {
            from: 0,
            to: 1,
            label: crate::model::ShiftLabel::NoShift,
            direction: None,
            score: 0.0,
            reasons: Vec::new(),
        };
    }
    shift::compare_with(0, 1, &sa, &sb, restatement)
}

/// Topic similarity of two claims of one speaker (see step 4 of the module docs).
pub fn claim_topic_similarity(a: (&Document, &Claim), b: (&Document, &Claim), speaker: &str) -> f64 {
    let name_words: BTreeSet<String> = normalize_name(speaker).into_iter().collect();
    topic_similarity(&Statement::new(a.0, a.1, &name_words), &Statement::new(b.0, b.1, &name_words))
}

/// Builds one topic's timeline from statement indices (already in time order).
fn topic_timeline(reps: &[Statement<'_>], members: &[usize], name_words: &BTreeSet<String>) -> TopicTimeline {
    let positions: Vec<Position> = members.iter().map(|&i| position(&reps[i])).collect();
    let mut shifts = Vec::new();
    // positions seen so far by date, so the latest earlier date is a range query, not a scan
    let mut by_date: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for (k, &j) in members.iter().enumerate() {
        let Some(dj) = reps[j].date else { continue };
        let prev = by_date.range(..dj).next_back().map(|(_, v)| v.as_slice()).unwrap_or(&[]);
        let best = prev.iter().map(|&p| (p, topic_similarity(&reps[members[p]], &reps[j]))).fold(
            None::<(usize, f64)>,
            |acc, (p, s)| match acc {
                Some((_, bs)) if bs >= s => acc,
                _ => Some((p, s)),
            },
        );
        if let Some((p, _)) = best {
            shifts.push(shift::compare(p, k, &reps[members[p]], &reps[j]));
        }
        by_date.entry(dj).or_default().push(k);
    }
    // topic words: content words in most positions, ties alphabetical
    let mut freq: BTreeMap<String, usize> = BTreeMap::new();
    for &i in members {
        for w in words::content_words(&reps[i].claim.content.text) {
            if !name_words.contains(&w) && w.chars().any(char::is_alphabetic) {
                *freq.entry(w).or_default() += 1;
            }
        }
    }
    let mut topic: Vec<(String, usize)> = freq.into_iter().collect();
    topic.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let topic = topic.into_iter().take(5).map(|(w, _)| w).collect();
    TopicTimeline { topic, positions, shifts }
}

fn position(s: &Statement<'_>) -> Position {
    let mut also: Vec<ClaimRef> = s.dupes.iter().map(|(d, c)| claim_ref(d, c)).collect();
    also.sort_by(|a, b| (a.published, &a.path, a.start).cmp(&(b.published, &b.path, b.start)));
    Position {
        date: s.date,
        date_source: s.date_source.to_string(),
        claim: claim_ref(s.doc, s.claim),
        also_reported_by: also,
        commitment: s.commitment.step,
        conditions: s.claim.conditions.iter().map(|m| m.text.clone()).collect(),
        negated: s.claim.polarity == crate::model::Polarity::Negative,
        tone: (s.tone.score * 1000.0).round() / 1000.0,
        commitment_label: s.commitment.step.map(|k| scale::step_name(k).to_string()),
        hedged: s.commitment.hedged,
        tone_words: s.tone.hits.iter().map(|h| h.text.clone()).collect(),
    }
}

/// When a statement was made, and where that came from: its `said_on` date; else the first day of
/// its `said_in` month when that month is before publication ("said in March" in a May article);
/// else the publication date. A month that is the publication month adds nothing the publication
/// date does not already bound.
fn statement_date(claim: &Claim, published: Option<NaiveDate>) -> (Option<NaiveDate>, &'static str) {
    if let Some(d) = claim.said_on {
        return (Some(d), "said_on");
    }
    let month = claim.said_in.as_deref().filter(|v| v.len() == 7).and_then(|v| {
        let (y, m) = v.split_once('-')?;
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
    });
    match (month, published) {
        (Some(m), Some(p)) if m + chrono::Months::new(1) <= p => (Some(m), "said_in"),
        (Some(m), None) => (Some(m), "said_in"),
        (_, Some(p)) => (Some(p), "published"),
        (None, None) => (None, "unknown"),
    }
}

#[cfg(test)]
mod tests;
