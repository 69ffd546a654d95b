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
        Shared { claims, vecs, words: vocab.weights().to_vec(), indexes, prepared, sides }
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
        // Idf of the cosine over the two outlets, as if only they were aligned.
        let n = (ca.len() + cb.len()) as f32;
        let (ia, ib) = (&self.indexes[i], &self.indexes[j]);
        let idf = |t: u32| ((1.0 + n) / (1.0 + (ia.df(t) + ib.df(t)) as f32)).ln() + 1.0;
        let edges: Vec<assign::Edge> = self
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
                let cos = f64::from(index::tfidf_cosine_with(&va[x], &vb[y], idf));
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
