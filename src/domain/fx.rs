//! A fast hasher for the in-memory tables keyed by code symbols and ids (the duplicate
//! check of a reading, the differencing ledger's numbering of members): the
//! multiply-and-rotate hash rustc uses ("FxHash"), a few instructions per 8 bytes where
//! the standard SipHash takes tens. Not resistant to crafted collisions, which only
//! someone pasting their own codes into their own page could craft.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The hasher state.
#[derive(Debug, Clone, Copy, Default)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hash;

    fn hash<T: Hash + ?Sized>(t: &T) -> u64 {
        let mut h = FxHasher::default();
        t.hash(&mut h);
        h.finish()
    }

    /// Equal keys hash alike; keys that differ in one symbol, in length or in a
    /// trailing byte (the partial last word) hash apart; the tables work.
    #[test]
    fn equal_keys_hash_alike_and_near_keys_apart() {
        let a: Vec<u8> = (0..31).collect();
        assert_eq!(hash(&a[..]), hash(&a.clone()[..]));
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..a.len() {
            let mut b = a.clone();
            b[i] ^= 1;
            assert!(seen.insert(hash(&b[..])), "symbol {i}");
        }
        assert!(seen.insert(hash(&a[..30])) && seen.insert(hash(&a[..])));
        let mut m: FxHashMap<Vec<u8>, usize> = FxHashMap::default();
        for i in 0..1000u32 {
            m.insert(i.to_le_bytes().to_vec(), i as usize);
        }
        assert_eq!(m.len(), 1000);
        assert_eq!(m.get(7u32.to_le_bytes().as_slice()), Some(&7));
    }
}
