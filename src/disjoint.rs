//! Disjoint sets (union-find) over `0..n`, for the single-link groupings of the pipeline: claim
//! groups across outlets, a speaker's statements and topics, components of an assignment.
//!
//! The smaller index always stays the root, so a set's root is its first member and groups come
//! out in input order: the same input gives the same groups, byte for byte.

use std::collections::BTreeMap;

/// Union-find with path halving.
#[derive(Debug, Clone)]
pub struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    /// `n` singleton sets.
    pub fn new(n: usize) -> Self {
        DisjointSets { parent: (0..n).collect() }
    }

    /// The root (smallest member) of `x`'s set.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; false when they were already one.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        self.parent[ra.max(rb)] = ra.min(rb);
        true
    }

    /// Every set's members in increasing order, the sets ordered by their first member.
    pub fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..self.parent.len() {
            let r = self.find(i);
            by_root.entry(r).or_default().push(i);
        }
        by_root.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_smallest_member_is_the_root_and_groups_keep_input_order() {
        let mut d = DisjointSets::new(6);
        assert!(d.union(4, 2));
        assert!(d.union(5, 4));
        assert!(!d.union(2, 5));
        assert!(d.union(3, 1));
        assert_eq!(d.find(5), 2);
        assert_eq!(d.find(3), 1);
        assert_eq!(d.groups(), vec![vec![0], vec![1, 3], vec![2, 4, 5]]);
    }

    #[test]
    fn a_chain_is_one_set() {
        let mut d = DisjointSets::new(50);
        for i in (1..50).rev() {
            d.union(i, i - 1);
        }
        assert!((0..50).all(|i| d.find(i) == 0));
        assert_eq!(d.groups().len(), 1);
    }
}
