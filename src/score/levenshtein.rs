//! Levenshtein distance of two character sequences with the bit-parallel algorithm of Myers
//! (1999) in the block form of Hyyrö (2003): 64 rows of the dynamic-programming table per machine
//! word, so two 300-character texts cost about 5 × 300 word operations instead of 90,000 cells.
//! Gives exactly the distance of `strsim::levenshtein` (tested against it below); the pair scorer
//! calls it for every candidate pair, where the cell-by-cell version was the largest single cost.

use std::cell::RefCell;

thread_local! {
    /// Per-thread match masks (`Peq`): 128 ASCII entries per 64-row block.
    static PEQ: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// One block step (edlib's `calculateBlock`): the vertical deltas `pv`/`mv` of 64 rows advance by
/// one text character whose match mask is `eq`; `hin` is the horizontal delta entering the
/// block's top row. Returns the new `(pv, mv)` and the horizontal delta at row `high` (a one-bit
/// mask: bit 63, or the last real row of the last block).
fn block(pv: u64, mv: u64, mut eq: u64, hin: i32, high: u64) -> (u64, u64, i32) {
    let hin_neg = u64::from(hin < 0);
    let xv = eq | mv;
    eq |= hin_neg;
    let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
    let mut ph = mv | !(xh | pv);
    let mut mh = pv & xh;
    let hout = i32::from(ph & high != 0) - i32::from(mh & high != 0);
    ph <<= 1;
    mh <<= 1;
    mh |= hin_neg;
    ph |= u64::from(hin > 0);
    (mh | !(xv | ph), ph & xv, hout)
}

/// The Levenshtein distance between the characters of `a` and `b` (insertions, deletions and
/// substitutions of one character each cost 1).
pub fn distance(a: &str, b: &str) -> usize {
    let m = a.chars().count();
    if m == 0 {
        return b.chars().count();
    }
    let blocks = m.div_ceil(64);
    // Non-ASCII characters of `a` (rare in news text) get their masks from a short list.
    let mut other: Vec<(char, Vec<u64>)> = Vec::new();
    PEQ.with(|cell| {
        let mut peq = cell.borrow_mut();
        peq.clear();
        peq.resize(blocks * 128, 0);
        for (i, c) in a.chars().enumerate() {
            let (blk, bit) = (i / 64, 1u64 << (i % 64));
            if c.is_ascii() {
                peq[blk * 128 + c as usize] |= bit;
            } else if let Some((_, masks)) = other.iter_mut().find(|(o, _)| *o == c) {
                masks[blk] |= bit;
            } else {
                let mut masks = vec![0u64; blocks];
                masks[blk] = bit;
                other.push((c, masks));
            }
        }
        let mut pv = vec![!0u64; blocks];
        let mut mv = vec![0u64; blocks];
        let last_high = 1u64 << ((m - 1) % 64);
        let mut score = m as i64;
        for c in b.chars() {
            let other_masks = if c.is_ascii() { None } else { other.iter().find(|(o, _)| *o == c) };
            // Global alignment: the top row is 0, 1, 2, … so +1 enters the first block.
            let mut hin = 1;
            for k in 0..blocks {
                let eq = if c.is_ascii() {
                    peq[k * 128 + c as usize]
                } else {
                    other_masks.map_or(0, |(_, masks)| masks[k])
                };
                let high = if k + 1 == blocks { last_high } else { 1u64 << 63 };
                let (p, q, h) = block(pv[k], mv[k], eq, hin, high);
                pv[k] = p;
                mv[k] = q;
                hin = h;
            }
            score += i64::from(hin);
        }
        usize::try_from(score).unwrap_or(0)
    })
}

/// `1 − distance / longer length` (in characters); 1 when both are empty — the same figure as
/// `strsim::normalized_levenshtein`.
pub fn normalized(a: &str, b: &str) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    1.0 - distance(a, b) as f64 / a.chars().count().max(b.chars().count()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-random string over a small alphabet (so strings share characters),
    /// with a non-ASCII letter now and then.
    fn random_string(state: &mut u64, len: usize) -> String {
        const ALPHABET: &[char] = &['a', 'b', 'c', 'd', 'e', ' ', '1', 'é', 'ß'];
        (0..len)
            .map(|_| {
                *state ^= *state << 13;
                *state ^= *state >> 7;
                *state ^= *state << 17;
                ALPHABET[(*state % ALPHABET.len() as u64) as usize]
            })
            .collect()
    }

    #[test]
    fn equals_the_cell_by_cell_distance() {
        let mut s = 0x2545_f491_4f6c_dd1d_u64;
        for round in 0..400 {
            // Lengths around the block boundaries (63, 64, 65, 128 …) and beyond.
            let la = (round * 7) % 200;
            let lb = (round * 13) % 210;
            let a = random_string(&mut s, la);
            let mut b = random_string(&mut s, lb);
            if round % 3 == 0 {
                // A near copy: long common runs exercise the carries across blocks.
                b = a.chars().enumerate().filter(|(i, _)| i % 11 != 5).map(|(_, c)| c).collect();
                b.push_str("xyz");
            }
            assert_eq!(distance(&a, &b), strsim::levenshtein(&a, &b), "{a:?} / {b:?}");
            assert_eq!(distance(&b, &a), strsim::levenshtein(&b, &a), "{b:?} / {a:?}");
        }
    }

    #[test]
    fn small_cases() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(normalized("", ""), 1.0);
        assert!(
            (normalized("kitten", "sitting") - strsim::normalized_levenshtein("kitten", "sitting")).abs()
                < 1e-12
        );
    }
}
