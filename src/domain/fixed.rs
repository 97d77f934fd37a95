//! Fixed-point text for bounded figures (scores, CIs, statistics, chart coordinates).
//!
//! `format!("{:.1}", x)` links the whole of core's float formatting (Grisu with a Dragon
//! fallback, about 4 KB gzip of wasm); these figures need none of it: they are bounded and
//! shown with 0–4 decimals. Scaling by 10^d, rounding half away from zero and printing the
//! integer is exact for every |x|·10^d below 2^53 and matches `format!("{:.d}",
//! (x·10^d).round() / 10^d)` there. Language-specific separators belong to the layer above.

/// `x` with exactly `decimals` places, rounding halves away from zero; `-` only when the
/// rounded value is not zero. Non-finite values give "NaN", "inf" or "-inf".
pub fn fixed(x: f64, decimals: u32) -> String {
    let mut s = String::new();
    push_fixed(&mut s, x, decimals, false);
    s
}

/// Like [`fixed`] with a sign always shown for non-zero values (`+1.5`, `-0.2`, `0.0`).
pub fn signed(x: f64, decimals: u32) -> String {
    let mut s = String::new();
    push_fixed(&mut s, x, decimals, true);
    s
}

/// Like [`fixed`] without trailing zeros after the point (`2.50` → `2.5`, `3.00` → `3`).
pub fn fixed_trim(x: f64, decimals: u32) -> String {
    let mut s = fixed(x, decimals);
    if s.contains('.') {
        let keep = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(keep);
    }
    s
}

/// Appends `x` to `out`; see [`fixed`] and [`signed`].
pub fn push_fixed(out: &mut String, x: f64, decimals: u32, plus: bool) {
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "inf" } else { "-inf" });
        return;
    }
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals);
    // `as` saturates: values beyond u128 (not bounded figures) print as its maximum.
    let n = (x.abs() * scale as f64).round() as u128;
    if n != 0 && x < 0.0 {
        out.push('-');
    } else if n != 0 && plus {
        out.push('+');
    }
    let int = n / u128::from(scale);
    let frac = n % u128::from(scale);
    push_uint(out, int);
    if decimals > 0 {
        out.push('.');
        let digits = {
            let mut d = String::new();
            push_uint(&mut d, frac);
            d
        };
        for _ in digits.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&digits);
    }
}

fn push_uint(out: &mut String, mut n: u128) {
    let mut buf = [0u8; 40];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The formatting it replaces, for comparison.
    fn reference(x: f64, d: u32) -> String {
        let p = 10f64.powi(d as i32);
        let r = (x * p).round() / p;
        let s = format!("{:.*}", d as usize, r);
        // core prints "-0.0" for negative values rounding to zero; we print "0.0".
        if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
            s[1..].to_string()
        } else {
            s
        }
    }

    #[test]
    fn matches_core_formatting_on_bounded_figures() {
        // A deterministic sweep over the ranges the widget shows: scores 0–100, CIs
        // beyond them, t values, p values, coordinates, with every decimal count used.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for i in 0..200_000u64 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let unit = (state >> 11) as f64 / (1u64 << 53) as f64;
            let x = match i % 4 {
                0 => unit * 100.0,
                1 => (unit - 0.5) * 400.0,
                2 => unit,
                _ => (unit - 0.5) * 2e6,
            };
            for d in 0..=4 {
                assert_eq!(fixed(x, d), reference(x, d), "{x} with {d} decimals");
            }
        }
    }

    #[test]
    fn halves_round_away_from_zero_and_zero_has_no_sign() {
        assert_eq!(fixed(0.25, 1), "0.3");
        assert_eq!(fixed(-0.25, 1), "-0.3");
        assert_eq!(fixed(62.5, 0), "63");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(7.0, 3), "7.000");
        assert_eq!(fixed(0.0001, 4), "0.0001");
        assert_eq!(fixed(123.456, 0), "123");
    }

    #[test]
    fn signs_trims_and_non_finite() {
        assert_eq!(signed(1.46, 1), "+1.5");
        assert_eq!(signed(-0.2, 1), "-0.2");
        assert_eq!(signed(0.01, 1), "0.0");
        assert_eq!(fixed_trim(2.5, 3), "2.5");
        assert_eq!(fixed_trim(3.0, 2), "3");
        assert_eq!(fixed_trim(-0.125, 2), "-0.13");
        assert_eq!(fixed_trim(100.0, 0), "100");
        assert_eq!(fixed(f64::NAN, 1), "NaN");
        assert_eq!(fixed(f64::INFINITY, 1), "inf");
        assert_eq!(fixed(f64::NEG_INFINITY, 1), "-inf");
    }
}
