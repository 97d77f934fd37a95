//! The code checksum: a 30-bit BCH code over GF(32) (the Bech32 generator with the
//! Bech32m constant), keyed by a prefix so result and summary codes never cross-validate.

use super::CHECK_LEN;

/// Bech32 generator polynomial (BIP 173).
const GEN: [u32; 5] = [
    0x3b6a_57b2,
    0x2650_8e6d,
    0x1ea1_19fa,
    0x3d42_33dd,
    0x2a14_62b3,
];
/// Final constant XORed into the checksum (Bech32m, BIP 350).
const CHECK_CONST: u32 = 0x2bc8_30a3;

/// `STEP[top]`: the XOR of the generator terms whose bit is set in `top` (the five bits
/// shifted out per symbol), so each symbol costs one look-up instead of five branches.
const STEP: [u32; 32] = {
    let mut t = [0u32; 32];
    let mut top = 0;
    while top < 32 {
        let mut i = 0;
        while i < GEN.len() {
            if (top >> i) & 1 == 1 {
                t[top] ^= GEN[i];
            }
            i += 1;
        }
        top += 1;
    }
    t
};

fn polymod(values: impl Iterator<Item = u8>) -> u32 {
    polymod_from(1, values)
}

/// [`polymod`] continued from the state `chk` (after some values already).
fn polymod_from(mut chk: u32, values: impl Iterator<Item = u8>) -> u32 {
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v) ^ STEP[top as usize];
    }
    chk
}

/// The state of [`polymod`] after the expanded `prefix` ([`prefix_values`]), computed
/// at compile time: checking a code then starts after its prefix.
pub(crate) const fn prefix_state(prefix: &[u8]) -> u32 {
    const fn step(chk: u32, v: u8) -> u32 {
        ((chk & 0x01ff_ffff) << 5) ^ (v as u32) ^ STEP[(chk >> 25) as usize]
    }
    let mut chk = 1;
    let mut i = 0;
    while i < prefix.len() {
        chk = step(chk, prefix[i] >> 5);
        i += 1;
    }
    chk = step(chk, 0);
    i = 0;
    while i < prefix.len() {
        chk = step(chk, prefix[i] & 31);
        i += 1;
    }
    chk
}

/// Whether `body` carries a valid checksum, given the state after the prefix
/// ([`prefix_state`]): [`checksum_ok`] without going through the prefix each time.
pub(crate) fn checksum_ok_from(state: u32, body: &[u8]) -> bool {
    polymod_from(state, body.iter().copied()) == CHECK_CONST
}

/// The prefix expanded as BIP 173 does: high bits, a zero, low bits.
fn prefix_values(prefix: &[u8]) -> impl Iterator<Item = u8> + '_ {
    prefix
        .iter()
        .map(|c| c >> 5)
        .chain(std::iter::once(0))
        .chain(prefix.iter().map(|c| c & 31))
}

/// The check symbols for `data` (5-bit symbols) under `prefix` (e.g. `lr1`, `lrs1`).
pub(crate) fn checksum(prefix: &[u8], data: &[u8]) -> [u8; CHECK_LEN] {
    let pm = polymod(
        prefix_values(prefix)
            .chain(data.iter().copied())
            .chain([0u8; CHECK_LEN]),
    ) ^ CHECK_CONST;
    let mut out = [0u8; CHECK_LEN];
    for (i, o) in out.iter_mut().enumerate() {
        *o = ((pm >> (5 * (CHECK_LEN - 1 - i))) & 31) as u8;
    }
    out
}

/// Whether `body` (data then check symbols) carries a valid checksum under `prefix`.
pub(crate) fn checksum_ok(prefix: &[u8], body: &[u8]) -> bool {
    checksum_ok_from(prefix_state(prefix), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The generator applied bit by bit, as BIP 173 writes it.
    fn polymod_bitwise(values: &[u8]) -> u32 {
        let mut chk: u32 = 1;
        for &v in values {
            let top = chk >> 25;
            chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
            for (i, g) in GEN.iter().enumerate() {
                if (top >> i) & 1 == 1 {
                    chk ^= g;
                }
            }
        }
        chk
    }

    /// The table-driven polymod equals the bitwise one, and BIP 350's valid Bech32m
    /// strings check out ("a1lqfn3a", "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx").
    #[test]
    fn table_polymod_equals_the_bitwise_one_and_bip350_vectors_hold() {
        let mut x: u64 = 0x5eed;
        for len in 0..80 {
            let values: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x % 32) as u8
                })
                .collect();
            assert_eq!(polymod(values.iter().copied()), polymod_bitwise(&values));
        }
        let bech32 = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
        let values = |s: &str| -> Vec<u8> {
            s.bytes()
                .map(|c| bech32.iter().position(|&b| b == c).unwrap() as u8)
                .collect()
        };
        assert!(checksum_ok(b"a", &values("lqfn3a")));
        assert!(checksum_ok(
            b"abcdef",
            &values("l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx")
        ));
        assert!(!checksum_ok(b"a", &values("lqfn3q")));
        // Starting after the prefix is the same check.
        for prefix in [&b"lr1"[..], b"lrs1", b"a", b""] {
            let mut body: Vec<u8> = (0..30).map(|i| (i * 7 % 32) as u8).collect();
            body.extend(checksum(prefix, &body.clone()));
            let state = prefix_state(prefix);
            assert!(checksum_ok(prefix, &body) && checksum_ok_from(state, &body));
            body[3] ^= 1;
            assert!(!checksum_ok(prefix, &body) && !checksum_ok_from(state, &body));
        }
    }
}
