//! Candidate generation for alignment: claims → weighted terms → an inverted index → the top-k
//! most similar claims of the other outlet (BM25), without comparing every pair.
//!
//! Terms are stemmed content words (stop words dropped), entities (`e:` prefix) and numbers
//! (`n:` prefix). Terms found in a very large share of the indexed claims are skipped at query time:
//! they cost the most postings and tell the least.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::model::Claim;
use crate::score::similarity::tokenize;
use crate::score::Idf;

/// Titles and honorifics: in front of a name (`Chairman Kim`, `President Trump`) they are part of
/// how the name is written, not content of the claim, so they are not index terms there.
const NAME_TITLES: &[&str] = &[
    "ambassador",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "dr",
    "emperor",
    "gen",
    "general",
    "gov",
    "governor",
    "judge",
    "king",
    "leader",
    "mayor",
    "minister",
    "mr",
    "mrs",
    "ms",
    "pope",
    "premier",
    "president",
    "prince",
    "princess",
    "queen",
    "rep",
    "secretary",
    "sen",
    "senator",
];

/// One content word: its stem and whether it is capitalised (inside the text).
struct Word {
    stem: String,
    capital: bool,
}

/// The content words of `text`: the pair scorer's tokeniser and stemmer
/// ([`crate::score::similarity::tokenize`]), so the index and the scorer agree on what a word is;
/// stop words, one-letter words (one-digit numbers are kept) and titles in front of a capitalised
/// word dropped.
fn content_words(text: &str) -> Vec<Word> {
    content_words_of(text, &tokenize(text))
}

/// [`content_words`] from the tokens of `text` already computed.
fn content_words_of(text: &str, tokens: &[crate::score::similarity::Token]) -> Vec<Word> {
    let upper =
        |t: &crate::score::similarity::Token| t.capital || text[t.start..].starts_with(char::is_uppercase);
    tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            let title = NAME_TITLES.contains(&t.lower.as_str()) && tokens.get(i + 1).is_some_and(upper);
            !t.stop && !title && (t.lower.chars().count() > 1 || t.lower.chars().all(|c| c.is_ascii_digit()))
        })
        .map(|(_, t)| Word { stem: t.stem.clone(), capital: upper(t) })
        .collect()
}

/// Lower-cased, stemmed content words of `text`, in order (see [`content_words`] for what is
/// dropped).
pub fn content_terms(text: &str) -> Vec<String> {
    content_words(text).into_iter().map(|w| w.stem).collect()
}

/// All index terms of a claim: content words, `b:`phrases (two adjacent content words, not both
/// capitalised — `face kim`, `meet north`, not the name `north korea`), `e:`entities and
/// `n:`numbers.
pub fn claim_terms(claim: &Claim) -> Vec<String> {
    claim_terms_with(claim, &tokenize(&claim.content.text))
}

/// [`claim_terms`] from the tokens of the claim's content already computed.
pub fn claim_terms_with(claim: &Claim, tokens: &[crate::score::similarity::Token]) -> Vec<String> {
    let words = content_words_of(&claim.content.text, tokens);
    let mut t: Vec<String> = words
        .windows(2)
        .filter(|w| !(w[0].capital && w[1].capital))
        .map(|w| format!("b:{} {}", w[0].stem, w[1].stem))
        .collect();
    t.extend(words.into_iter().map(|w| w.stem));
    for e in &claim.entities {
        t.push(format!("e:{}", e.to_lowercase()));
    }
    for n in &claim.numbers {
        t.push(format!("n:{}", n.value));
    }
    t
}

/// A sparse term vector: `(term id, weight)` sorted by term id.
pub type TermVec = Vec<(u32, f32)>;

/// Interns term strings to dense ids and turns term lists into counted vectors.
#[derive(Default, Debug)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    /// Per term id: how much sharing it says about two claims, independent of the corpus (the
    /// scorer's built-in word weight, [`Idf::Builtin`]); 0 for `e:` and `n:` terms, whose words
    /// are already counted as content words; −1 marks a `b:` phrase (counted apart).
    weights: Vec<f32>,
}

impl Vocabulary {
    /// The id of `term`, added if new.
    pub fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(term.to_string(), id);
        let w = if term.starts_with("b:") {
            -1.0
        } else if term.starts_with("e:") || term.starts_with("n:") {
            0.0
        } else {
            Idf::Builtin.weight(term)
        };
        self.weights.push(w as f32);
        id
    }

    /// The corpus-independent weight of each term id (see the field's doc).
    pub fn weights(&self) -> &[f32] {
        &self.weights
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Term counts of one claim, sorted by term id.
    pub fn counts(&mut self, terms: &[String]) -> TermVec {
        let mut ids: Vec<u32> = terms.iter().map(|t| self.intern(t)).collect();
        ids.sort_unstable();
        let mut out: TermVec = Vec::with_capacity(ids.len());
        for id in ids {
            match out.last_mut() {
                Some((last, c)) if *last == id => *c += 1.0,
                _ => out.push((id, 1.0)),
            }
        }
        out
    }
}

/// Tokenises claims in parallel and interns their terms: one count vector per claim.
pub fn vectorize(vocab: &mut Vocabulary, claims: &[&Claim]) -> Vec<TermVec> {
    let terms: Vec<Vec<String>> = claims.par_iter().map(|c| claim_terms(c)).collect();
    terms.iter().map(|t| vocab.counts(t)).collect()
}

/// BM25 parameters and the document-frequency cut-off.
#[derive(Clone, Copy, Debug)]
pub struct IndexParams {
    pub k1: f32,
    pub b: f32,
    /// Skip query terms found in more than this share of the indexed claims…
    pub max_df_ratio: f32,
    /// …unless they are found in at most this many (small corpora keep every term).
    pub min_df_cap: usize,
    /// Never follow a posting list longer than this, however large the outlet: a word found in
    /// thousands of claims does not pick candidates, and the cost per query stays bounded, so
    /// candidate generation grows linearly with the number of claims.
    pub max_df_cap: usize,
}

impl Default for IndexParams {
    fn default() -> Self {
        IndexParams { k1: 1.2, b: 0.75, max_df_ratio: 0.05, min_df_cap: 64, max_df_cap: 1000 }
    }
}

/// An inverted index over the term vectors of one outlet's claims, in compressed form: the
/// postings of all terms in one array, `offsets[t]..offsets[t + 1]` those of term `t` (one `u32`
/// per vocabulary term, so one index per outlet stays small on a large shared vocabulary).
#[derive(Debug)]
pub struct Index {
    offsets: Vec<u32>,
    /// `(claim, BM25 term weight without idf)`, grouped by term, claims in order.
    postings: Vec<(u32, f32)>,
    df_cap: usize,
    len: usize,
}

impl Index {
    /// Builds the index of `docs` (term vectors over a vocabulary of `vocab_len` terms).
    pub fn build(docs: &[TermVec], vocab_len: usize, p: IndexParams) -> Index {
        let n = docs.len();
        let mut offsets = vec![0u32; vocab_len + 1];
        for d in docs {
            for &(t, _) in d {
                offsets[t as usize + 1] += 1;
            }
        }
        for t in 0..vocab_len {
            offsets[t + 1] += offsets[t];
        }
        let mut fill: Vec<u32> = offsets[..vocab_len].to_vec();
        let mut postings = vec![(0u32, 0f32); offsets[vocab_len] as usize];
        let total: f32 = docs.iter().map(|d| d.iter().map(|(_, c)| c).sum::<f32>()).sum();
        let avgdl = if n == 0 { 1.0 } else { (total / n as f32).max(1.0) };
        for (i, d) in docs.iter().enumerate() {
            let dl: f32 = d.iter().map(|(_, c)| c).sum();
            let norm = p.k1 * (1.0 - p.b + p.b * dl / avgdl);
            for &(t, tf) in d {
                let slot = &mut fill[t as usize];
                postings[*slot as usize] = (i as u32, tf * (p.k1 + 1.0) / (tf + norm));
                *slot += 1;
            }
        }
        let df_cap =
            ((n as f32 * p.max_df_ratio) as usize).max(p.min_df_cap).min(p.max_df_cap.max(p.min_df_cap));
        Index { offsets, postings, df_cap, len: n }
    }

    /// Number of indexed claims.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The postings of term `t` (empty for a term outside the vocabulary).
    fn postings(&self, t: u32) -> &[(u32, f32)] {
        let t = t as usize;
        match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&s), Some(&e)) => &self.postings[s as usize..e as usize],
            _ => &[],
        }
    }

    /// Number of indexed claims containing term `t`.
    pub fn df(&self, t: u32) -> u32 {
        self.postings(t).len() as u32
    }

    /// The `k` best-scoring indexed claims for `query` (BM25), best first, ties by claim index.
    pub fn top_k(&self, query: &TermVec, k: usize) -> Vec<(u32, f32)> {
        self.top_k_with(query, k, &mut Scratch::default())
    }

    /// [`Index::top_k`] with a reusable accumulator (one per thread): a dense score array and the
    /// list of the claims it touched, so a query costs the postings it reads, not a hash map.
    pub fn top_k_with(&self, query: &TermVec, k: usize, scratch: &mut Scratch) -> Vec<(u32, f32)> {
        if scratch.scores.len() < self.len {
            scratch.scores.resize(self.len, 0.0);
        }
        scratch.touched.clear();
        for &(t, _) in query {
            let ps = self.postings(t);
            if ps.is_empty() || ps.len() > self.df_cap {
                continue;
            }
            let df = ps.len() as f32;
            let idf = ((self.len as f32 - df + 0.5) / (df + 0.5) + 1.0).ln();
            for &(d, w) in ps {
                let slot = &mut scratch.scores[d as usize];
                if *slot == 0.0 {
                    scratch.touched.push(d);
                }
                *slot += idf * w;
            }
        }
        let mut hits: Vec<(u32, f32)> =
            scratch.touched.iter().map(|&d| (d, std::mem::take(&mut scratch.scores[d as usize]))).collect();
        let by_score = |x: &(u32, f32), y: &(u32, f32)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        if hits.len() > k {
            hits.select_nth_unstable_by(k, by_score);
            hits.truncate(k);
        }
        hits.sort_unstable_by(by_score);
        hits
    }
}

/// Per-thread accumulator of [`Index::top_k_with`].
#[derive(Default, Debug)]
pub struct Scratch {
    scores: Vec<f32>,
    touched: Vec<u32>,
}

/// Inverse document frequencies over both outlets (for the cosine of [`tfidf_cosine`]).
pub fn idf_table(vocab_len: usize, sides: &[&[TermVec]]) -> Vec<f32> {
    let mut df = vec![0u32; vocab_len];
    let mut n = 0usize;
    for side in sides {
        for d in side.iter() {
            n += 1;
            for &(t, _) in d {
                df[t as usize] += 1;
            }
        }
    }
    df.iter().map(|&d| ((1.0 + n as f32) / (1.0 + d as f32)).ln() + 1.0).collect()
}

/// What two term vectors share: the sum of `weights` over the shared words and the number of
/// shared phrases (terms of weight < 0).
pub fn shared_weight(a: &TermVec, b: &TermVec, weights: &[f32]) -> (f32, usize) {
    let (mut i, mut j, mut sum, mut phrases) = (0, 0, 0.0f32, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = weights.get(a[i].0 as usize).copied().unwrap_or(0.0);
                if w < 0.0 {
                    phrases += 1;
                } else {
                    sum += w;
                }
                i += 1;
                j += 1;
            }
        }
    }
    (sum, phrases)
}

/// Cosine of two term vectors weighted by (1 + ln tf) · idf; 0 when either is empty.
pub fn tfidf_cosine(a: &TermVec, b: &TermVec, idf: &[f32]) -> f32 {
    tfidf_cosine_with(a, b, |t| idf.get(t as usize).copied().unwrap_or(1.0))
}

/// [`tfidf_cosine`] with the idf of each term id given by `idf`.
pub fn tfidf_cosine_with(a: &TermVec, b: &TermVec, idf: impl Fn(u32) -> f32) -> f32 {
    let w = |t: u32, c: f32| (1.0 + c.ln()) * idf(t);
    let norm = |v: &TermVec| v.iter().map(|&(t, c)| w(t, c).powi(2)).sum::<f32>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += w(a[i].0, a[i].1) * w(b[j].0, b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    (dot / (na * nb)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vecs(texts: &[&str]) -> (Vocabulary, Vec<TermVec>) {
        let mut v = Vocabulary::default();
        let out = texts.iter().map(|t| v.counts(&content_terms(t))).collect();
        (v, out)
    }

    #[test]
    fn content_terms_stem_and_drop_stop_words() {
        assert_eq!(
            content_terms("The ministers said they were meeting Japan's envoys"),
            vec!["minist", "meet", "japan", "envoy"]
        );
        assert_eq!(content_terms("13 abductions in 2002"), vec!["13", "abduct", "2002"]);
    }

    #[test]
    fn titles_before_names_are_not_terms_and_phrases_skip_names() {
        assert_eq!(content_terms("I will face Chairman Kim"), vec!["face", "kim"]);
        assert_eq!(content_terms("The chairman resigned"), vec!["chairman", "resign"]);
        let d = crate::align::synthetic::document_from_sentences(
            "x.txt",
            "X",
            &["Officials said they will meet North Korea soon.".into()],
        );
        let c = &d.claims.as_ref().expect("claims")[0];
        let t = claim_terms(c);
        assert!(t.contains(&"b:meet north".to_string()), "{t:?}");
        assert!(!t.contains(&"b:north korea".to_string()), "a name is not a phrase: {t:?}");
    }

    #[test]
    fn top_k_finds_the_paraphrase_first() {
        let (v, docs) = vecs(&[
            "The central bank raised interest rates by half a point",
            "Floods closed the northern highway for three days",
            "A striker scored twice in the cup final",
        ]);
        let mut v = v;
        let q = v.counts(&content_terms("Interest rates were raised by the central bank"));
        let idx = Index::build(&docs, v.len(), IndexParams::default());
        let hits = idx.top_k(&q, 2);
        assert_eq!(hits[0].0, 0);
        assert_eq!(hits.len(), 1, "claims sharing no term are not candidates: {hits:?}");
    }

    #[test]
    fn frequent_terms_are_skipped_above_the_cap() {
        let texts: Vec<String> = (0..10).map(|i| format!("economy item{i}")).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (mut v, docs) = vecs(&refs);
        let p = IndexParams { max_df_ratio: 0.5, min_df_cap: 2, ..Default::default() };
        let idx = Index::build(&docs, v.len(), p);
        let q = v.counts(&content_terms("economy"));
        assert!(idx.top_k(&q, 5).is_empty(), "a term in every claim is skipped");
        let q = v.counts(&content_terms("economy item3"));
        assert_eq!(idx.top_k(&q, 5)[0].0, 3);
    }

    #[test]
    fn cosine_is_one_for_identical_and_zero_for_disjoint() {
        let (v, docs) = vecs(&["rates rose sharply", "rates rose sharply", "storm hit coast"]);
        let idf = idf_table(v.len(), &[&docs]);
        assert!((tfidf_cosine(&docs[0], &docs[1], &idf) - 1.0).abs() < 1e-5);
        assert_eq!(tfidf_cosine(&docs[0], &docs[2], &idf), 0.0);
    }
}
