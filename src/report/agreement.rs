//! Agreement between every pair of outlets of a corpus: the per-pair consistency figures (the
//! same [`Consistency`] `compare A B` prints), the conflicts with their evidence, and the claims
//! only one outlet reports (aligned with no claim of any other outlet).
//!
//! Each pair of outlets is compared as [`crate::align::compare`] does, so the matrix cell of A and
//! B is exactly what `claimdiff compare A B` reports; [`crate::align::compare_all`] does it for all
//! pairs at once, tokenising, indexing and preparing every claim once rather than once per pair.
//! Each alignment is sub-quadratic in the claims of the two outlets (inverted index + assignment
//! per connected component), so for a fixed number of outlets the whole step grows linearly with
//! the number of articles. Pairs run in parallel (rayon).

use std::collections::{BTreeMap, BTreeSet};

use crate::align::{compare_all, outlet_name, AlignOptions};
use crate::model::{Alignment, ClaimRef, Consistency, Document, Relation};

/// What [`agreement`] finds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Agreement {
    /// One entry per pair of outlets (A before B in name order), in name order.
    pub matrix: Vec<Consistency>,
    /// Aligned claims labelled `conflict`, ordered by outlet pair, then file and position in A.
    pub conflicts: Vec<Alignment>,
    /// Other aligned claims with a `possible-conflict-*` reason, in the same order.
    pub possible_conflicts: Vec<Alignment>,
    /// Per outlet (name order): its claims aligned with no claim of any other outlet.
    pub only: BTreeMap<String, Vec<ClaimRef>>,
}

/// The outlet a document belongs to in the report: its outlet, else its file name (the same
/// name `compare` gives it).
pub fn outlet_key(doc: &Document) -> String {
    outlet_name(std::slice::from_ref(doc))
}

/// A claim's identity across the pairwise comparisons.
fn key(c: &ClaimRef) -> (String, String, usize) {
    (c.path.clone(), c.claim.clone(), c.start)
}

/// Compares every pair of outlets of `docs` (claims extracted; see the module docs).
pub fn agreement(docs: &[Document], opts: &AlignOptions) -> Agreement {
    let mut by_outlet: BTreeMap<String, Vec<Document>> = BTreeMap::new();
    for d in docs {
        by_outlet.entry(outlet_key(d)).or_default().push(d.clone());
    }
    let groups: Vec<(&String, &Vec<Document>)> = by_outlet.iter().collect();
    let outlets: Vec<&[Document]> = groups.iter().map(|(_, d)| d.as_slice()).collect();
    // Every pair (i, j), i < j, in order, sharing the per-claim work.
    let comparisons = compare_all(&outlets, opts);

    let mut aligned: BTreeSet<(String, String, usize)> = BTreeSet::new();
    let mut out = Agreement::default();
    for c in comparisons {
        for a in &c.alignments {
            aligned.insert(key(&a.a));
            aligned.insert(key(&a.b));
        }
        let possible = |a: &Alignment| a.reasons.iter().any(|r| r.code.starts_with("possible-conflict-"));
        for a in c.alignments {
            if a.relation == Relation::Conflict {
                out.conflicts.push(a);
            } else if possible(&a) {
                out.possible_conflicts.push(a);
            }
        }
        out.matrix.push(c.consistency);
    }
    // Every claim of an outlet is in its `only` list of each comparison that did not align it;
    // with one outlet there is no comparison, so its claims are listed from the documents.
    for (name, docs) in &groups {
        let claims: Vec<ClaimRef> = crate::align::claims_of(docs)
            .iter()
            .map(|c| crate::align::claim_ref(c, name))
            .filter(|c| !aligned.contains(&key(c)))
            .collect();
        out.only.insert((*name).clone(), claims);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::synthetic::document_from_sentences;

    fn doc(path: &str, outlet: &str, s: &[&str]) -> Document {
        let s: Vec<String> = s.iter().map(|x| x.to_string()).collect();
        document_from_sentences(path, outlet, &s)
    }

    fn corpus() -> Vec<Document> {
        vec![
            doc(
                "c1.txt",
                "Courier",
                &[
                    "The mayor said 300 homes were flooded on Monday.",
                    "Volunteers from the football club filled sandbags all night.",
                ],
            ),
            doc(
                "h1.txt",
                "Herald",
                &[
                    "The mayor said 30 homes were flooded on Monday.",
                    "The regional railway stopped all trains.",
                ],
            ),
            doc("p1.txt", "Post", &["The mayor said 300 homes were flooded on Monday."]),
        ]
    }

    #[test]
    fn every_pair_of_outlets_gets_a_cell_in_name_order() {
        let a = agreement(&corpus(), &AlignOptions::default());
        let names: Vec<(&str, &str)> =
            a.matrix.iter().map(|c| (c.outlet_a.as_str(), c.outlet_b.as_str())).collect();
        assert_eq!(names, [("Courier", "Herald"), ("Courier", "Post"), ("Herald", "Post")]);
        // Courier and Post agree on the one claim Post makes.
        assert_eq!(a.matrix[1].aligned, 1);
        assert_eq!(a.matrix[1].conflicts, 0);
        assert!((a.matrix[1].score - 1.0).abs() < 1e-9, "{:?}", a.matrix[1]);
    }

    #[test]
    fn a_changed_number_is_a_conflict_with_evidence_from_both_outlets() {
        let a = agreement(&corpus(), &AlignOptions::default());
        assert_eq!(a.conflicts.len(), 2, "{:#?}", a.conflicts);
        let c = &a.conflicts[0];
        assert_eq!((c.a.outlet.as_str(), c.b.outlet.as_str()), ("Courier", "Herald"));
        let r = c.reasons.iter().find(|r| r.code == "conflict-number").expect("number reason");
        assert!(r.a[0].text.starts_with("300"), "{r:?}");
        assert!(r.b[0].text.starts_with("30 "), "{r:?}");
        assert_eq!(a.matrix[0].conflicts, 1);
        assert_eq!(a.matrix[2].conflicts, 1);
    }

    #[test]
    fn only_lists_claims_no_other_outlet_aligned() {
        let a = agreement(&corpus(), &AlignOptions::default());
        let only = |o: &str| -> Vec<String> { a.only[o].iter().map(|c| c.text.clone()).collect() };
        assert!(only("Post").is_empty());
        assert_eq!(only("Courier").len(), 1, "{:?}", only("Courier"));
        assert!(only("Courier")[0].contains("sandbags"));
        assert!(only("Herald")[0].contains("railway"));
    }

    #[test]
    fn one_outlet_has_no_matrix_and_all_its_claims_are_its_own() {
        let docs = vec![doc("c1.txt", "Courier", &["The mayor said 300 homes were flooded on Monday."])];
        let a = agreement(&docs, &AlignOptions::default());
        assert!(a.matrix.is_empty() && a.conflicts.is_empty());
        assert_eq!(a.only["Courier"].len(), 1);
    }
}
