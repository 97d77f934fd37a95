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

fn polymod(values: impl Iterator<Item = u8>) -> u32 {
    let mut chk: u32 = 1;
    for v in values {
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
    polymod(prefix_values(prefix).chain(body.iter().copied())) == CHECK_CONST
}
