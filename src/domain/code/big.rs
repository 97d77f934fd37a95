//! A small unsigned big number, enough for writing result codes (reading packs the
//! base-32 symbols into fixed 32-bit limbs instead: `result::decode_into`).

/// A small unsigned big number: little-endian 32-bit limbs, no trailing zero limbs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Big(pub(super) Vec<u32>);

impl Big {
    pub(super) fn zero() -> Self {
        Big(Vec::new())
    }

    pub(super) fn from_u32(x: u32) -> Self {
        let mut b = Big(vec![x]);
        b.trim();
        b
    }

    #[cfg(test)]
    pub(super) fn from_symbols(symbols: &[u8]) -> Self {
        let mut b = Big::zero();
        for &s in symbols {
            b.mul_add(32, u32::from(s));
        }
        b
    }

    pub(super) fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    #[cfg(test)]
    pub(super) fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// self = self * m + a
    pub(super) fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in self.0.iter_mut() {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    /// self = self / d, returning the remainder. `d` must not be 0 (radices are >= 1).
    pub(super) fn div_rem(&mut self, d: u32) -> u32 {
        let d = u64::from(d.max(1));
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / d) as u32;
            rem = cur % d;
        }
        self.trim();
        rem as u32
    }

    /// self = self * 2^32 + x
    pub(super) fn shift_in_u32(&mut self, x: u32) {
        self.0.insert(0, x);
        self.trim();
    }

    #[cfg(test)]
    /// Returns self mod 2^32 and sets self = self / 2^32.
    pub(super) fn shift_out_u32(&mut self) -> u32 {
        if self.0.is_empty() {
            0
        } else {
            self.0.remove(0)
        }
    }

    /// self = self - 1 (saturating at 0).
    pub(super) fn sub_one(&mut self) {
        for limb in self.0.iter_mut() {
            if *limb == 0 {
                *limb = u32::MAX;
            } else {
                *limb -= 1;
                break;
            }
        }
        self.trim();
    }

    pub(super) fn bit_len(&self) -> usize {
        match self.0.last() {
            None => 0,
            Some(top) => 32 * (self.0.len() - 1) + (32 - top.leading_zeros() as usize),
        }
    }

    #[cfg(test)]
    pub(super) fn to_u64(&self) -> Option<u64> {
        match self.0.as_slice() {
            [] => Some(0),
            [a] => Some(u64::from(*a)),
            [a, b] => Some(u64::from(*a) | (u64::from(*b) << 32)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    pub(super) fn big_number_arithmetic() {
        let mut b = Big::zero();
        for _ in 0..5 {
            b.mul_add(1_000_000_007, 123);
        }
        let before = b.clone();
        let r = b.div_rem(1_000_000_007);
        assert_eq!(r, 123);
        b.mul_add(1_000_000_007, r);
        assert_eq!(b, before);
        let mut c = Big::from_u32(0);
        assert!(c.is_zero());
        c.sub_one();
        assert!(c.is_zero());
        let mut d = Big(vec![0, 1]);
        d.sub_one();
        assert_eq!(d, Big(vec![u32::MAX]));
        assert_eq!(d.bit_len(), 32);
        assert_eq!(d.to_u64(), Some(u64::from(u32::MAX)));
        d.shift_in_u32(5);
        assert_eq!(d.shift_out_u32(), 5);
        assert_eq!(Big(vec![1, 2, 3]).to_u64(), None);
    }
}
