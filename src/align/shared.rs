//! The work of aligning claims that does not depend on which two outlets are compared, done once
//! for all outlets: tokens, index terms and one vocabulary, one BM25 index per outlet, the pair
//! scorer's prepared view of every claim ([`Prepared`]), and — built on first use — the full
//! scorer's view ([`Side`]) of the claims that get aligned.
//!
//! [`Shared::align`] then aligns any two outlets exactly as `align_claims` of the two alone
//! would: BM25 and idf statistics stay per outlet (the TF-IDF cosine counts document
//! frequencies over the two outlets compared), so a report over 20 outlets gives each cell of
//! its matrix the figures of `compare A B`, while tokenising, indexing and preparing each claim
//! once instead of once per pair of outlets.

use std::sync::OnceLock;

use rayon::prelude::*;

use super::index::{self, Index, TermVec, Vocabulary};
use super::{assign, weight, AlignOptions, ClaimIn, Matched};
use crate::score::prepared::{features_of, Prepared};
use crate::score::relation::score_sides;
use crate::score::similarity::{self, tokenize, Token};
use crate::score::{Idf, Side, Thresholds};

/// Tokens of every claim, per outlet (what [`Shared`] borrows).
pub fn tokens_of(claims: &[Vec<ClaimIn>]) -> Vec<Vec<Vec<Token>>> {
    claims.iter().map(|cs| cs.par_iter().map(|c| tokenize(&c.claim.content.text)).collect()).collect()
}

/// Per-outlet data shared by all the pairwise alignments of a set of outlets.
pub struct Shared<'c, 't> {
    claims: &'c [Vec<ClaimIn<'c>>],
    /// Term vectors per outlet, per claim, over one vocabulary.
    vecs: Vec<Vec<TermVec>>,
    /// Corpus-independent weight of each term id ([`Vocabulary::weights`]).
    words: Vec<f32>,
    indexes: Vec<Index>,
    prepared: Vec<Vec<Prepared<'t>>>,
    sides: Vec<Vec<OnceLock<Side<'c>>>>,
    /// Per outlet, its documents ([`Docs`]).
    docs: Vec<Docs>,
}

/// The documents of one outlet: which document each claim comes from, and per document the
/// merged term vector of its claims and the sorted words of the names they mention.
struct Docs {
    of_claim: Vec<u32>,
    vecs: Vec<TermVec>,
    names: Vec<Vec<String>>,
}

impl Docs {
    fn new(claims: &[ClaimIn], vecs: &[TermVec]) -> Docs {
        let mut of_claim = Vec::with_capacity(claims.len());
        let mut merged: Vec<Vec<(u32, f32)>> = Vec::new();
        let mut names: Vec<Vec<String>> = Vec::new();
        let mut prev: Option<&crate::model::Document> = None;
        for (c, v) in claims.iter().zip(vecs) {
            if !prev.is_some_and(|p| std::ptr::eq(p, c.doc)) {
                merged.push(Vec::new());
                names.push(Vec::new());
                prev = Some(c.doc);
            }
            of_claim.push((merged.len() - 1) as u32);
            if let (Some(m), Some(n)) = (merged.last_mut(), names.last_mut()) {
                m.extend_from_slice(v);
                for e in &c.claim.entities {
                    n.extend(e.split_whitespace().map(str::to_lowercase));
                }
            }
        }
        let vecs = merged
            .into_iter()
            .map(|mut m| {
                m.sort_by_key(|&(t, _)| t);
                let mut out: TermVec = Vec::with_capacity(m.len());
                for (t, c) in m {
                    match out.last_mut() {
                        Some((last, n)) if *last == t => *n += c,
                        _ => out.push((t, c)),
                    }
                }
                out
            })
            .collect();
        for n in &mut names {
            n.sort_unstable();
            n.dedup();
        }
        Docs { of_claim, vecs, names }
    }
}

/// What the aligner knows of one pair of claims before weighing it: the shared word weight and
/// phrases, the TF-IDF cosine of the claims and of their documents, the weight of the name words
/// their documents share, and the scorer's similarity.
#[derive(Clone, Copy, Debug)]
pub struct Signals {
    pub shared: (f64, usize),
    pub cosine: f64,
    pub doc_cosine: f64,
    pub doc_names: f64,
    pub similarity: f64,
}

impl<'c, 't> Shared<'c, 't> {
    /// Prepares `claims` (one list per outlet) with their `tokens` ([`tokens_of`]).
    pub fn new(claims: &'c [Vec<ClaimIn<'c>>], tokens: &'t [Vec<Vec<Token>>], opts: &AlignOptions) -> Self {
        let mut vocab = Vocabulary::default();
        let vecs: Vec<Vec<TermVec>> = claims
            .iter()
            .zip(tokens)
            .map(|(cs, ts)| {
                let terms: Vec<Vec<String>> =
                    cs.par_iter().zip(ts).map(|(c, t)| index::claim_terms_with(c.claim, t)).collect();
                terms.iter().map(|t| vocab.counts(t)).collect()
            })
            .collect();
        let indexes = vecs.par_iter().map(|v| Index::build(v, vocab.len(), opts.index)).collect();
        let prepared = claims
            .iter()
            .zip(tokens)
            .map(|(cs, ts)| {
                cs.par_iter()
                    .zip(ts)
                    .map(|(c, t)| Prepared::new(&c.claim.content.text, t, &Idf::Builtin))
                    .collect()
            })
            .collect();
        let sides = claims.iter().map(|cs| cs.iter().map(|_| OnceLock::new()).collect()).collect();
        let docs = claims.iter().zip(&vecs).map(|(cs, vs)| Docs::new(cs, vs)).collect();
        Shared { claims, vecs, words: vocab.weights().to_vec(), indexes, prepared, sides, docs }
    }

    /// Every signal of claim `x` of outlet `i` against claim `y` of outlet `j`, with no gate
    /// (calibration harnesses weigh all pairs; [`Shared::align`] skips the costly ones).
    pub fn signals(&self, i: usize, j: usize, x: usize, y: usize) -> Signals {
        let idf = self.idf(i, j);
        let (shared, phrases) = index::shared_weight(&self.vecs[i][x], &self.vecs[j][y], &self.words);
        let cosine = f64::from(index::tfidf_cosine_with(&self.vecs[i][x], &self.vecs[j][y], &idf));
        let (da, db) = (self.docs[i].of_claim[x] as usize, self.docs[j].of_claim[y] as usize);
        let doc_cosine =
            f64::from(index::tfidf_cosine_with(&self.docs[i].vecs[da], &self.docs[j].vecs[db], &idf));
        let (na, nb) = (&self.docs[i].names[da], &self.docs[j].names[db]);
        let doc_names =
            na.iter().filter(|w| nb.binary_search(w).is_ok()).map(|w| Idf::Builtin.weight(w)).sum();
        let similarity = similarity::combine(&features_of(&self.prepared[i][x], &self.prepared[j][y]));
        Signals { shared: (f64::from(shared), phrases), cosine, doc_cosine, doc_names, similarity }
    }

    /// The claims of outlet `o` (as given to [`Shared::new`]).
    pub fn claims(&self, o: usize) -> &[ClaimIn<'c>] {
        &self.claims[o]
    }

    /// Idf of the cosine over outlets `i` and `j`, as if only they were aligned.
    fn idf(&self, i: usize, j: usize) -> impl Fn(u32) -> f32 + '_ {
        let n = (self.claims[i].len() + self.claims[j].len()) as f32;
        let (ia, ib) = (&self.indexes[i], &self.indexes[j]);
        move |t: u32| ((1.0 + n) / (1.0 + (ia.df(t) + ib.df(t)) as f32)).ln() + 1.0
    }

    /// The full scorer's view of claim `k` of outlet `o`, built once.
    fn side(&self, o: usize, k: usize) -> &Side<'c> {
        self.sides[o][k].get_or_init(|| Side::from_claim(self.claims[o][k].claim))
    }

    /// Candidate pairs `(a, b)` of outlets `i` and `j`: each claim's top-k in the other outlet,
    /// both directions, sorted.
    fn candidates(&self, i: usize, j: usize, k: usize) -> Vec<(u32, u32)> {
        let (ia, ib) = (&self.indexes[i], &self.indexes[j]);
        let mut pairs: Vec<(u32, u32)> = self.vecs[i]
            .par_iter()
            .enumerate()
            .map_init(index::Scratch::default, |s, (x, q)| {
                ib.top_k_with(q, k, s).into_iter().map(|(y, _)| (x as u32, y)).collect::<Vec<_>>()
            })
            .flatten_iter()
            .collect();
        pairs.par_extend(
            self.vecs[j]
                .par_iter()
                .enumerate()
                .map_init(index::Scratch::default, |s, (y, q)| {
                    ia.top_k_with(q, k, s).into_iter().map(|(x, _)| (x, y as u32)).collect::<Vec<_>>()
                })
                .flatten_iter(),
        );
        pairs.par_sort_unstable();
        pairs.dedup();
        pairs
    }

    /// Aligns outlet `i` with outlet `j` one-to-one: the candidate pairs whose weight reaches the
    /// threshold, chosen by optimal assignment, each with its full score. Sorted by position in
    /// outlet `i`.
    pub fn align(&self, i: usize, j: usize, opts: &AlignOptions) -> Vec<Matched> {
        let (ca, cb) = (&self.claims[i], &self.claims[j]);
        if ca.is_empty() || cb.is_empty() {
            return Vec::new();
        }
        let (va, vb) = (&self.vecs[i], &self.vecs[j]);
        let (pa, pb) = (&self.prepared[i], &self.prepared[j]);
        let idf = self.idf(i, j);
        let mut edges: Vec<assign::Edge> = self
            .candidates(i, j, opts.top_k)
            .par_iter()
            .filter_map(|&(x, y)| {
                let (x, y) = (x as usize, y as usize);
                let (shared, phrases) = index::shared_weight(&va[x], &vb[y], &self.words);
                let shared = (f64::from(shared), phrases);
                if shared.0 < weight::coef::MIN_SHARED_IDF {
                    // Too little in common to be the same claim: skip the scorer.
                    return None;
                }
                let cos = f64::from(index::tfidf_cosine_with(&va[x], &vb[y], &idf));
                if cos < weight::coef::MIN_COSINE {
                    return None;
                }
                // The weight needs only the similarity: the features of the prepared claims,
                // not the relation detectors (those run on the aligned pairs below).
                let sim = similarity::combine(&features_of(&pa[x], &pb[y]));
                let w = weight::weight(&weight::features(ca[x].claim, cb[y].claim, sim, cos, shared));
                (w >= opts.threshold).then_some(assign::Edge { a: x, b: y, weight: w })
            })
            .collect();
        if opts.min_doc_cosine > 0.0 {
            // Claims of two articles about different stories are not the same claim: keep the
            // edges whose documents are similar enough, each document pair computed once.
            let (da, db) = (&self.docs[i], &self.docs[j]);
            let doc_pair = |e: &assign::Edge| (da.of_claim[e.a], db.of_claim[e.b]);
            let mut pairs: Vec<(u32, u32)> = edges.iter().map(doc_pair).collect();
            pairs.sort_unstable();
            pairs.dedup();
            let ok: Vec<bool> = pairs
                .par_iter()
                .map(|&(x, y)| {
                    let c = index::tfidf_cosine_with(&da.vecs[x as usize], &db.vecs[y as usize], &idf);
                    f64::from(c) >= opts.min_doc_cosine
                })
                .collect();
            edges.retain(|e| pairs.binary_search(&doc_pair(e)).is_ok_and(|k| ok[k]));
        }
        let (idf, th) = (Idf::Builtin, Thresholds::default());
        // With two outlets each claim is aligned at most once: build its full view, use it and
        // drop it; with more, a claim aligned in several pairs keeps its view.
        let keep = self.claims.len() > 2;
        assign::assign(&edges)
            .into_par_iter()
            .map(|e| {
                let score = if keep {
                    score_sides(self.side(i, e.a), self.side(j, e.b), &idf, &th)
                } else {
                    let (sa, sb) = (Side::from_claim(ca[e.a].claim), Side::from_claim(cb[e.b].claim));
                    score_sides(&sa, &sb, &idf, &th)
                };
                Matched { a: e.a, b: e.b, weight: e.weight, score }
            })
            .collect()
    }
}
