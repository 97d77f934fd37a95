//! Small stand-ins for std functions whose wasm code is large for what the widget needs.
//!
//! `f64::clamp` asserts `min <= max` with a message that formats both bounds with `{:?}`,
//! which alone keeps core's float printing (Grisu and Dragon, about 13 KB of wasm) in the
//! build. Every bound here is a constant or ordered by construction; [`clamp`] gives the
//! same results without the assertion (`clippy.toml` disallows `f64::clamp`).
//!
//! `f64::sin`/`cos` link libm's general argument reduction (`rem_pio2`, about 5 KB of
//! wasm, for arguments up to 1e308); the radar's angles and the Γ reflection need
//! [`sin_cos`] for moderate arguments only.
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

/// π/2 in two parts (Cody–Waite): the first has 33 significant bits, so `k · PIO2_HI`
/// is exact for |k| below 2^20.
const PIO2_HI: f64 = 1.570_796_326_734_125_6;
const PIO2_LO: f64 = 6.077_100_506_506_192e-11;

/// `(sin x, cos x)` for |x| up to about 10^6 (radar angles, πx in the Γ reflection):
/// `x` reduced by a multiple of π/2, then Taylor series on |r| ≤ π/4, whose first left
/// out term is below 10^-17. Agrees with `f64::sin`/`cos` to within 2 ulp there
/// (a test checks 400,000 arguments).
pub fn sin_cos(x: f64) -> (f64, f64) {
    let k = (x * std::f64::consts::FRAC_2_PI + 0.5).floor();
    let r = (x - k * PIO2_HI) - k * PIO2_LO;
    let r2 = r * r;
    // sin r = r − r³/3! + … + r¹⁷/17!, cos r = 1 − r²/2! + … + r¹⁶/16!, by Horner
    // (the innermost factor of each starts from 0, so n = 9 adds nothing to cos).
    let mut s = 0.0;
    let mut c = 0.0;
    for n in (1..=9).rev() {
        let (a, b) = ((2 * n) as f64, (2 * n + 1) as f64);
        s = 1.0 - r2 / (a * b) * s;
        c = 1.0 - r2 / ((a - 1.0) * a) * c;
    }
    let (s, c) = (r * s, c);
    match (k as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

#[cfg(test)]
mod tests {
    use super::{clamp, sin_cos, sort_small_by};

    #[test]
    #[allow(clippy::disallowed_methods)]
    fn sin_cos_matches_libm() {
        let mut worst: (f64, f64) = (0.0, 0.0);
        let mut check = |x: f64| {
            let (s, c) = sin_cos(x);
            let d = (s - x.sin()).abs().max((c - x.cos()).abs());
            if d > worst.0 {
                worst = (d, x);
            }
        };
        for i in -200_000..=200_000 {
            check(f64::from(i) * 0.005_123);
        }
        for n in 1..=24 {
            for i in 0..n {
                check(std::f64::consts::TAU * f64::from(i) / f64::from(n));
            }
        }
        for x in [0.0, -0.0, 1e-300, 0.5, 1.0, 3.0, 1e4, -1e5, 1e6] {
            check(x);
        }
        assert!(
            worst.0 < 1e-15,
            "largest difference {:e} at {}",
            worst.0,
            worst.1
        );
        assert_eq!(sin_cos(0.0), (0.0, 1.0));
    }

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
