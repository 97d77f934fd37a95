//! Number helpers that link none of core's float formatting into the wasm.
//!
//! `f64::clamp` asserts `min <= max` with a message that formats both bounds with `{:?}`,
//! which alone keeps core's float printing (Grisu and Dragon, about 13 KB of wasm) in the
//! build. Every bound here is a constant or ordered by construction; [`clamp`] gives the
//! same results without the assertion (`clippy.toml` disallows `f64::clamp`).

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

#[cfg(test)]
mod tests {
    use super::clamp;

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
