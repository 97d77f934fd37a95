//! Small stand-ins for std functions whose wasm code is large for what the widget needs.
//!
//! `f64::clamp` asserts `min <= max` with a message that formats both bounds with `{:?}`,
//! which alone keeps core's float printing (Grisu and Dragon, about 13 KB of wasm) in the
//! build. Every bound here is a constant or ordered by construction; [`clamp`] gives the
//! same results without the assertion (`clippy.toml` disallows `f64::clamp`).
//!
//! `sort_by`/`sort_by_key` instantiate the whole of driftsort (about 4 KB of wasm) per
//! element type and comparison; the short lists of aspects, actions and stored keys are
//! sorted by [`sort_small_by`], a stable insertion sort of a few dozen bytes.

/// `x` limited to `lo..=hi` (for `lo <= hi`): `lo` below, `hi` above, `x` itself
/// otherwise, NaN staying NaN — the results of `f64::clamp`, without its panic path.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

/// Sorts `v` stably (equal elements keep their order) so that no element is `less`
/// than the one before it. Insertion sort: quadratic, for short slices only (aspects,
/// actions, stored keys); long ones (a team's members) use the slice's own sort.
pub fn sort_small_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{clamp, sort_small_by};

    #[test]
    fn sorts_like_the_stable_sort() {
        // Every list of up to 7 keys from 0..4 (with repeats), tagged with its position so
        // stability is visible: the same order as `sort_by_key`.
        for len in 0..=7u32 {
            for code in 0..4u32.pow(len) {
                let mut v: Vec<(u32, usize)> = (0..len)
                    .map(|i| (code / 4u32.pow(i) % 4, i as usize))
                    .collect();
                let mut want = v.clone();
                want.sort_by_key(|x| x.0);
                sort_small_by(&mut v, |a, b| a.0 < b.0);
                assert_eq!(v, want);
            }
        }
    }

    #[test]
    #[allow(clippy::disallowed_methods)]
    fn matches_f64_clamp() {
        let xs = [
            f64::NEG_INFINITY,
            -1e300,
            -1.0,
            -0.0,
            0.0,
            0.5,
            1.0,
            99.99,
            100.0,
            100.01,
            1e300,
            f64::INFINITY,
        ];
        for &(lo, hi) in &[
            (0.0, 1.0),
            (0.0, 100.0),
            (0.0, 0.5),
            (-2.0, -2.0),
            (-0.0, 0.0),
        ] {
            for &x in &xs {
                let (got, want) = (clamp(x, lo, hi), x.clamp(lo, hi));
                assert_eq!(got.to_bits(), want.to_bits(), "clamp({x}, {lo}, {hi})");
            }
            assert!(clamp(f64::NAN, lo, hi).is_nan());
        }
    }
}
