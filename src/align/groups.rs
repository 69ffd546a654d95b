//! Claim groups across N outlets: the connected components of the union of the pairwise
//! one-to-one alignments (outlet i ↔ outlet j for every i < j).

use crate::disjoint::DisjointSets;
use crate::model::{ClaimGroup, Document};

use super::{claim_ref, claims_of, outlet_name, shared, AlignOptions};

/// Groups the claims of `outlets` (one slice of documents per outlet) that report the same thing.
/// Only groups of two or more claims are returned, ordered by their first claim.
pub fn group(outlets: &[Vec<Document>], opts: &AlignOptions) -> Vec<ClaimGroup> {
    let claims: Vec<_> = outlets.iter().map(|docs| claims_of(docs)).collect();
    let names: Vec<String> = outlets.iter().map(|d| outlet_name(d)).collect();
    // Global node id of claim k of outlet i: offset[i] + k.
    let mut offset = Vec::with_capacity(claims.len());
    let mut total = 0;
    for c in &claims {
        offset.push(total);
        total += c.len();
    }
    let mut sets = DisjointSets::new(total);
    let tokens = shared::tokens_of(&claims);
    let shared = shared::Shared::new(&claims, &tokens, opts);
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            for m in shared.align(i, j, opts) {
                sets.union(offset[i] + m.a, offset[j] + m.b);
            }
        }
    }
    sets.groups()
        .into_iter()
        .filter(|m| m.len() > 1)
        .map(|m| {
            let mut out = Vec::new();
            let mut outs: Vec<String> = Vec::new();
            for node in m {
                let i = offset.partition_point(|&o| o <= node) - 1;
                out.push(claim_ref(&claims[i][node - offset[i]], &names[i]));
                if !outs.contains(&names[i]) {
                    outs.push(names[i].clone());
                }
            }
            ClaimGroup { claims: out, outlets: outs }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::synthetic::document_from_sentences;

    fn outlet(name: &str, s: &[&str]) -> Vec<Document> {
        let s: Vec<String> = s.iter().map(|x| x.to_string()).collect();
        vec![document_from_sentences(&format!("{name}.txt"), name, &s)]
    }

    #[test]
    fn three_outlets_reporting_one_fact_form_one_group() {
        let o = vec![
            outlet("A", &["The river flooded the old town on Monday.", "Tickets sold out quickly."]),
            outlet("B", &["Glaciers retreat in the Alps.", "On Monday the river flooded the old town."]),
            outlet("C", &["The old town was flooded by the river on Monday."]),
        ];
        let g = group(&o, &AlignOptions::default());
        assert_eq!(g.len(), 1, "{g:#?}");
        assert_eq!(g[0].outlets, vec!["A", "B", "C"]);
        assert_eq!(g[0].claims.len(), 3);
    }
}
