//! Venn-partition arithmetic for the differencing ledger: the cell sizes of shown views
//! and a candidate for one figure, and whether some union of cells comes within the
//! minimum of a summary's size.

use std::collections::BTreeMap;

use super::differencing::Figures;

/// Cell sizes of the Venn partition of the shown code views (bit = view index) and the
/// candidate (bit 127) for one figure, keyed by membership signature.
pub(super) fn cells(
    shown: &[(usize, &[(u32, Figures)])],
    candidate: Option<&[(u32, Figures)]>,
    bit: u32,
) -> BTreeMap<u128, usize> {
    // Ids are dense (interned 0..n, fresh ones just past), so a vector indexed by id
    // holds the signatures: no hashing per member.
    let sets: Vec<(u128, &[(u32, Figures)])> = shown
        .iter()
        .map(|&(i, m)| (1u128 << i, m))
        .chain(candidate.map(|m| (1u128 << 127, m)))
        .collect();
    let len = sets
        .iter()
        .flat_map(|(_, m)| m.last().map(|(id, _)| *id as usize + 1))
        .max()
        .unwrap_or(0);
    let mut sig = vec![0u128; len];
    for (flag, members) in &sets {
        for (id, f) in members.iter() {
            if f >> bit & 1 == 1 {
                sig[*id as usize] |= flag;
            }
        }
    }
    let mut touched: Vec<u128> = sig.into_iter().filter(|&s| s != 0).collect();
    touched.sort_unstable();
    let mut out = BTreeMap::new();
    for s in touched {
        *out.entry(s).or_insert(0) += 1;
    }
    out
}

/// A size of a non-empty union of cells within `min − 1` of `n` (equal included), if
/// any: subset sums of the cell sizes up to `n + min − 1`.
pub(super) fn close_union(cells: &[usize], n: usize, min: usize) -> Option<usize> {
    let limit = n + min - 1;
    let mut reach = vec![false; limit + 1];
    reach[0] = true;
    for &c in cells {
        if c > limit {
            continue;
        }
        for t in (c..=limit).rev() {
            if reach[t - c] {
                reach[t] = true;
            }
        }
    }
    let lo = n.saturating_sub(min - 1).max(1);
    // The closest size, for the message.
    (lo..=limit)
        .filter(|&t| reach[t])
        .min_by_key(|&t| (t.abs_diff(n), t))
}
