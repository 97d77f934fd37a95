//! The bit writer and reader of team summary codes: fixed-width fields and 4-bit-group
//! varints packed into 5-bit symbols.

use super::summary::{malformed, Flaw, SummaryError};

/// Bits, most significant first.
#[derive(Default)]
pub(super) struct BitWriter(Vec<bool>);

impl BitWriter {
    pub(super) fn put(&mut self, value: u64, width: u32) {
        for i in (0..width).rev() {
            self.0.push((value >> i) & 1 == 1);
        }
    }

    /// Groups of 4 bits, least significant first, each preceded by a "more" bit.
    pub(super) fn varint(&mut self, mut v: u64) {
        loop {
            let group = v & 0xF;
            v >>= 4;
            self.put(u64::from(v != 0), 1);
            self.put(group, 4);
            if v == 0 {
                break;
            }
        }
    }

    /// 5-bit symbols, the last one padded with zero bits.
    pub(super) fn symbols(&self) -> Vec<u8> {
        self.0
            .chunks(5)
            .map(|c| {
                (0..5).fold(0u8, |acc, i| {
                    (acc << 1) | u8::from(c.get(i).copied().unwrap_or(false))
                })
            })
            .collect()
    }
}

/// Reads bits, most significant first, from 5-bit symbols; every error names the
/// [`Flaw`] of a malformed summary.
pub(super) struct BitReader<'a> {
    pub(super) symbols: &'a [u8],
    pub(super) pos: usize,
}

impl BitReader<'_> {
    /// A presence bit of a trailing, optional section: `false` when the code ends
    /// here (summaries written before the section existed end with zero padding,
    /// which reads as "absent" too).
    pub(super) fn optional_bit(&mut self) -> Result<bool, SummaryError> {
        if self.pos >= self.symbols.len() * 5 {
            return Ok(false);
        }
        self.bit()
    }

    pub(super) fn bit(&mut self) -> Result<bool, SummaryError> {
        let s = self
            .symbols
            .get(self.pos / 5)
            .ok_or_else(|| malformed(Flaw::EndsMidFigure))?;
        let b = (s >> (4 - self.pos % 5)) & 1 == 1;
        self.pos += 1;
        Ok(b)
    }

    pub(super) fn take(&mut self, width: u32) -> Result<u64, SummaryError> {
        let mut v = 0u64;
        for _ in 0..width {
            v = (v << 1) | u64::from(self.bit()?);
        }
        Ok(v)
    }

    pub(super) fn varint(&mut self) -> Result<u64, SummaryError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(4) {
            let more = self.bit()?;
            let group = self.take(4)?;
            v |= group << shift;
            if !more {
                if group == 0 && shift > 0 {
                    return Err(malformed(Flaw::CountNotShortest));
                }
                return Ok(v);
            }
        }
        Err(malformed(Flaw::CountTooLarge))
    }

    pub(super) fn count(&mut self) -> Result<usize, SummaryError> {
        usize::try_from(self.varint()?).map_err(|_| malformed(Flaw::CountTooLarge))
    }

    /// The remaining bits must be fewer than one symbol and all zero.
    pub(super) fn finish(mut self) -> Result<(), SummaryError> {
        if self.symbols.len() * 5 - self.pos >= 5 {
            return Err(malformed(Flaw::ExtraCharacters));
        }
        while self.pos < self.symbols.len() * 5 {
            if self.bit()? {
                return Err(malformed(Flaw::PaddingNotZero));
            }
        }
        Ok(())
    }
}
