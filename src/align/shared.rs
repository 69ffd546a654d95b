//! The work of aligning claims that does not depend on which two outlets are compared, done once
//! for all outlets: tokens, index terms and one vocabulary, one BM25 index per outlet, the pair
//! scorer's prepared view of every claim ([`Prepared`]), and — built on first use — the full
//! scorer's view ([`Side`]) of the claims that get aligned.
//!
//! Claims with the same text share its tokens and prepared view, and the similarity of a pair of
//! texts is computed once however many outlet pairs meet it.
//!
//! [`Shared::align`] then aligns any two outlets exactly as `align_claims` of the two alone
//! would: BM25 and idf statistics stay per outlet (the TF-IDF cosine counts document
//! frequencies over the two outlets compared), so a report over 20 outlets gives each cell of
//! its matrix the figures of `compare A B`, while tokenising, indexing and preparing each claim
//! once instead of once per pair of outlets.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;

use super::index::{self, Index, TermVec, Vocabulary};
use super::{assign, weight, AlignOptions, ClaimIn, Matched};
use crate::score::prepared::{features_of, Prepared};
use crate::score::relation::score_sides;
use crate::score::similarity::{self, tokenize, Token};
use crate::score::{Idf, Side, Thresholds};

/// The distinct claim texts of a set of outlets, each tokenised once: outlets repeat sentences
/// (wire copy, a quote carried by several outlets), and the pair scorer's similarity depends on
/// the two texts alone.
pub struct Texts<'c> {
    /// Per outlet, per claim: the id of its text.
    ids: Vec<Vec<u32>>,
    /// Per text id: the text, its tokens and how many claims have it.
    texts: Vec<&'c str>,
    tokens: Vec<Vec<Token>>,
    count: Vec<u32>,
}

/// The distinct texts of `claims` (one list per outlet) and their tokens (what [`Shared`]
/// borrows).
pub fn tokens_of<'c>(claims: &[Vec<ClaimIn<'c>>]) -> Texts<'c> {
    let mut id_of: HashMap<&'c str, u32> = HashMap::new();
    let (mut texts, mut count): (Vec<&'c str>, Vec<u32>) = (Vec::new(), Vec::new());
    let ids = claims
        .iter()
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    let text: &'c str = &c.claim.content.text;
                    let id = *id_of.entry(text).or_insert_with(|| {
                        texts.push(text);
                        count.push(0);
                        (texts.len() - 1) as u32
                    });
                    count[id as usize] += 1;
                    id
                })
                .collect()
        })
        .collect();
    let tokens = texts.par_iter().map(|t| tokenize(t)).collect();
    Texts { ids, texts, tokens, count }
}

/// Shards of the similarity memo (keyed by the two text ids), so threads rarely wait on a lock.
const MEMO_SHARDS: usize = 64;

/// Per-outlet data shared by all the pairwise alignments of a set of outlets.
pub struct Shared<'c, 't> {
    claims: &'c [Vec<ClaimIn<'c>>],
    texts: &'t Texts<'c>,
    /// Term vectors per outlet, per claim, over one vocabulary.
    vecs: Vec<Vec<TermVec>>,
    /// Corpus-independent weight of each term id ([`Vocabulary::weights`]).
    words: Vec<f32>,
    indexes: Vec<Index>,
    /// Per text id.
    prepared: Vec<Prepared<'t>>,
    sides: Vec<Vec<OnceLock<Side<'c>>>>,
    /// Similarities already computed for a pair of texts of which one occurs more than once (a
    /// pure function of the two texts, so the memo never changes a result).
    memo: Vec<Mutex<HashMap<(u32, u32), f64>>>,
}

impl<'c, 't> Shared<'c, 't> {
    /// Prepares `claims` (one list per outlet) with their texts ([`tokens_of`]).
    pub fn new(claims: &'c [Vec<ClaimIn<'c>>], texts: &'t Texts<'c>, opts: &AlignOptions) -> Self {
        let mut vocab = Vocabulary::default();
        let vecs: Vec<Vec<TermVec>> = claims
            .iter()
            .zip(&texts.ids)
            .map(|(cs, ids)| {
                let terms: Vec<Vec<String>> = cs
                    .par_iter()
                    .zip(ids)
                    .map(|(c, &id)| index::claim_terms_with(c.claim, &texts.tokens[id as usize]))
                    .collect();
                terms.iter().map(|t| vocab.counts(t)).collect()
            })
            .collect();
        let indexes = vecs.par_iter().map(|v| Index::build(v, vocab.len(), opts.index)).collect();
        let prepared = texts
            .texts
            .par_iter()
            .zip(&texts.tokens)
            .map(|(text, t)| Prepared::new(text, t, &Idf::Builtin))
            .collect();
        let sides = claims.iter().map(|cs| cs.iter().map(|_| OnceLock::new()).collect()).collect();
        let memo = (0..MEMO_SHARDS).map(|_| Mutex::new(HashMap::new())).collect();
        Shared { claims, texts, vecs, words: vocab.weights().to_vec(), indexes, prepared, sides, memo }
    }

    /// The pair scorer's similarity of texts `ta` and `tb`, from the memo when one of them
    /// occurs more than once.
    fn similarity(&self, ta: u32, tb: u32) -> f64 {
        let compute =
            || similarity::combine(&features_of(&self.prepared[ta as usize], &self.prepared[tb as usize]));
        if self.texts.count[ta as usize] < 2 && self.texts.count[tb as usize] < 2 {
            // Both texts are unique: this pair of texts is scored only once.
            return compute();
        }
        let shard = &self.memo[(ta as usize * 31 + tb as usize) % MEMO_SHARDS];
        if let Some(&s) = shard.lock().ok().as_ref().and_then(|m| m.get(&(ta, tb))) {
            return s;
        }
        let s = compute();
        if let Ok(mut m) = shard.lock() {
            m.insert((ta, tb), s);
        }
        s
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
        let (ta, tb) = (&self.texts.ids[i], &self.texts.ids[j]);
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
                // The weight needs only the similarity: the features of the prepared texts,
                // not the relation detectors (those run on the aligned pairs below).
                let sim = self.similarity(ta[x], tb[y]);
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

#[cfg(test)]
mod tests {
    use crate::align::synthetic::document_from_sentences;
    use crate::align::{compare, compare_all, AlignOptions};
    use crate::model::Document;

    fn outlet(name: &str, s: &[&str]) -> Vec<Document> {
        let s: Vec<String> = s.iter().map(|x| x.to_string()).collect();
        vec![document_from_sentences(&format!("{name}.txt"), name, &s)]
    }

    #[test]
    fn repeated_texts_and_all_pairs_give_what_each_pair_gives_alone() {
        let wire = "The harbour authority said 40 ships were held at anchor by the storm.";
        let o = [
            outlet("A", &[wire, "Ferry services to the islands resumed on Sunday morning.", wire]),
            outlet("B", &["Ferries to the islands started again on Sunday morning.", wire]),
            outlet("C", &["The harbour authority said 45 ships were held at anchor by the storm.", wire]),
        ];
        let refs: Vec<&[Document]> = o.iter().map(Vec::as_slice).collect();
        let all = compare_all(&refs, &AlignOptions::default());
        let pairs = [(0, 1), (0, 2), (1, 2)];
        assert_eq!(all.len(), pairs.len());
        for (c, (i, j)) in all.iter().zip(pairs) {
            let alone = compare(&o[i], &o[j], &AlignOptions::default());
            assert_eq!(serde_json::to_string(c).ok(), serde_json::to_string(&alone).ok(), "pair {i}-{j}");
            assert!(!c.alignments.is_empty(), "pair {i}-{j} aligns the wire sentence");
        }
    }
}
