//! One-to-one assignment of claims between two outlets: the optimal assignment (Hungarian
//! algorithm, `pathfinding::kuhn_munkres`) solved separately on each connected component of the
//! candidate graph, so the cost follows the size of the components, not the size of the outlets.

use std::collections::BTreeMap;

use pathfinding::kuhn_munkres::kuhn_munkres;
use pathfinding::matrix::Matrix;

use crate::disjoint::DisjointSets;

/// A candidate pair: claim `a` of the first outlet, claim `b` of the second, its weight (> 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    pub weight: f64,
}

/// Components larger than this (on their smaller side) are solved greedily instead: the dense
/// matrix of the Hungarian algorithm would cost `rows × cols` memory and cubic time.
pub const MAX_EXACT_ROWS: usize = 1500;

/// Weights are scaled to integers for `kuhn_munkres`.
const SCALE: f64 = 10_000.0;

/// Chooses a one-to-one subset of `edges` with the largest total weight (exact on components up
/// to [`MAX_EXACT_ROWS`], greedy by weight above). Returns `(a, b, weight)` sorted by `a`.
pub fn assign(edges: &[Edge]) -> Vec<Edge> {
    // Union-find over nodes: a-side node i is `2i`, b-side node j is `2j + 1`, compacted.
    let mut node_of: BTreeMap<(bool, usize), usize> = BTreeMap::new();
    for e in edges {
        let n = node_of.len();
        node_of.entry((false, e.a)).or_insert(n);
        let n = node_of.len();
        node_of.entry((true, e.b)).or_insert(n);
    }
    let mut sets = DisjointSets::new(node_of.len());
    for e in edges {
        sets.union(node_of[&(false, e.a)], node_of[&(true, e.b)]);
    }
    let mut components: BTreeMap<usize, Vec<Edge>> = BTreeMap::new();
    for e in edges {
        let r = sets.find(node_of[&(false, e.a)]);
        components.entry(r).or_default().push(*e);
    }
    let mut out: Vec<Edge> = components.values().flat_map(|c| assign_component(c)).collect();
    out.sort_by(|x, y| x.a.cmp(&y.a).then(x.b.cmp(&y.b)));
    out
}

fn assign_component(edges: &[Edge]) -> Vec<Edge> {
    if edges.len() == 1 {
        return edges.to_vec();
    }
    let mut a_ids: Vec<usize> = edges.iter().map(|e| e.a).collect();
    let mut b_ids: Vec<usize> = edges.iter().map(|e| e.b).collect();
    a_ids.sort_unstable();
    a_ids.dedup();
    b_ids.sort_unstable();
    b_ids.dedup();
    // kuhn_munkres needs rows ≤ columns: put the smaller side on the rows.
    let swap = a_ids.len() > b_ids.len();
    let (rows, cols) = if swap { (&b_ids, &a_ids) } else { (&a_ids, &b_ids) };
    if rows.len() > MAX_EXACT_ROWS {
        return greedy(edges);
    }
    let mut m = Matrix::new(rows.len(), cols.len(), 0i64);
    for e in edges {
        let (r, c) = if swap { (e.b, e.a) } else { (e.a, e.b) };
        let (Ok(ri), Ok(ci)) = (rows.binary_search(&r), cols.binary_search(&c)) else { continue };
        m[(ri, ci)] = (e.weight * SCALE).round() as i64;
    }
    let (_, picks) = kuhn_munkres(&m);
    let mut out = Vec::new();
    for (ri, &ci) in picks.iter().enumerate() {
        // A row assigned to a column it has no edge with is left unaligned.
        if m[(ri, ci)] <= 0 {
            continue;
        }
        let (a, b) = if swap { (cols[ci], rows[ri]) } else { (rows[ri], cols[ci]) };
        if let Some(e) = edges.iter().find(|e| e.a == a && e.b == b) {
            out.push(*e);
        }
    }
    out
}

/// Greedy one-to-one matching by descending weight (ties by indices, so deterministic).
pub fn greedy(edges: &[Edge]) -> Vec<Edge> {
    let mut sorted = edges.to_vec();
    sorted.sort_by(|x, y| y.weight.total_cmp(&x.weight).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));
    let mut used_a = std::collections::HashSet::new();
    let mut used_b = std::collections::HashSet::new();
    let mut out = Vec::new();
    for e in sorted {
        if !used_a.contains(&e.a) && !used_b.contains(&e.b) {
            used_a.insert(e.a);
            used_b.insert(e.b);
            out.push(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(a: usize, b: usize, weight: f64) -> Edge {
        Edge { a, b, weight }
    }

    fn pairs(v: &[Edge]) -> Vec<(usize, usize)> {
        v.iter().map(|e| (e.a, e.b)).collect()
    }

    #[test]
    fn optimal_beats_greedy() {
        // Greedy takes (0,0)=0.9 and is left with (1,1)=0.1; optimal takes 0.8 + 0.8.
        let edges = [e(0, 0, 0.9), e(0, 1, 0.8), e(1, 0, 0.8), e(1, 1, 0.1)];
        assert_eq!(pairs(&assign(&edges)), vec![(0, 1), (1, 0)]);
        assert_eq!(pairs(&greedy(&edges)), vec![(0, 0), (1, 1)]);
    }

    #[test]
    fn components_are_solved_separately_and_rows_may_exceed_columns() {
        // Component 1: three a-claims compete for one b-claim (more rows than columns).
        // Component 2: an independent pair far away in the index space.
        let edges = [e(0, 5, 0.4), e(1, 5, 0.7), e(2, 5, 0.5), e(100, 200, 0.3)];
        assert_eq!(pairs(&assign(&edges)), vec![(1, 5), (100, 200)]);
    }

    #[test]
    fn no_claim_is_used_twice() {
        let edges: Vec<Edge> =
            (0..6).flat_map(|a| (0..4).map(move |b| e(a, b, 0.1 + (a * b) as f64 / 30.0))).collect();
        let out = assign(&edges);
        assert_eq!(out.len(), 4);
        let mut bs: Vec<usize> = out.iter().map(|x| x.b).collect();
        bs.sort_unstable();
        bs.dedup();
        assert_eq!(bs.len(), 4);
    }

    #[test]
    fn empty_input_gives_no_alignment() {
        assert!(assign(&[]).is_empty());
    }
}
