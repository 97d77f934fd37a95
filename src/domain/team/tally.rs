//! Counts of values, what team statistics keep instead of every member's answers: a
//! sorted value → count list, and answers per scale point of one item.

/// Values with their counts, sorted by value: what a figure over values that take few
/// distinct values (scores of one aspect, own-leadership means) keeps instead of one
/// value per member.
#[derive(Debug, Clone, Default)]
pub(super) struct Tally {
    pub(super) sorted: Vec<(f64, u64)>,
}

impl Tally {
    pub(super) fn add(&mut self, v: f64) {
        self.add_count(v, 1);
    }

    /// Adds `c` members with value `v`.
    pub(super) fn add_count(&mut self, v: f64, c: u64) {
        match self.sorted.binary_search_by(|(x, _)| x.total_cmp(&v)) {
            Ok(i) => self.sorted[i].1 += c,
            Err(i) => self.sorted.insert(i, (v, c)),
        }
    }

    /// This tally with `counts[e]` more members of value `value(e)` for each entry `e`
    /// of a table of values (counted by entry instead of one search per member); equal
    /// values (by bits) become one entry, as [`add`](Self::add) makes them.
    pub(super) fn merged(&self, counts: &[u64], value: impl Fn(usize) -> Option<f64>) -> Tally {
        let mut all = self.clone();
        for (entry, &c) in counts.iter().enumerate() {
            if let Some(v) = value(entry).filter(|_| c > 0) {
                all.add_count(v, c);
            }
        }
        all
    }

    pub(super) fn n(&self) -> usize {
        self.sorted.iter().map(|&(_, c)| c as usize).sum()
    }
}

/// Answers per keyed value (index = value) of one item, or any other whole
/// non-negative numbers with their counts (sum scores).
#[derive(Debug, Clone, Default)]
pub(super) struct Answered(Vec<u64>);

impl Answered {
    /// Always inlined: it runs twice for most items of every response, and the
    /// size-optimised wasm build would call it.
    #[inline(always)]
    pub(super) fn add(&mut self, v: f64) {
        // Keyed answers are whole scale points (1..=points ≤ 255), sum scores whole
        // numbers below 200 · 255.
        let v = v as usize;
        if v >= self.0.len() {
            self.0.resize(v + 1, 0);
        }
        self.0[v] += 1;
    }

    pub(super) fn n(&self) -> usize {
        self.0.iter().map(|&c| c as usize).sum()
    }

    /// The values with their counts, sorted by value (as [`Tally`] keeps them).
    pub(super) fn counted(&self) -> Vec<(f64, u64)> {
        self.0
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c > 0)
            .map(|(v, &c)| (v as f64, c))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tally built the plain way: a binary search for every value.
    fn reference(values: &[f64]) -> Vec<(f64, u64)> {
        let mut out: Vec<(f64, u64)> = Vec::new();
        for &v in values {
            match out.binary_search_by(|(x, _)| x.total_cmp(&v)) {
                Ok(i) => out[i].1 += 1,
                Err(i) => out.insert(i, (v, 1)),
            }
        }
        out
    }

    fn bits(t: &[(f64, u64)]) -> Vec<(u64, u64)> {
        t.iter().map(|&(v, c)| (v.to_bits(), c)).collect()
    }

    /// Whatever the values (few or many distinct ones, −0 and 0, NaN), whole numbers
    /// counted by `Answered` give the list the tally gives (sum scores moved from one
    /// to the other).
    #[test]
    fn counted_whole_numbers_equal_the_tally() {
        let mut x: u64 = 0x7A11_7A11_0000_0001;
        for distinct in [1u64, 3, 17, 64, 65, 300, 5000] {
            let values: Vec<f64> = (0..20_000)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    match x % 97 {
                        0 => -0.0,
                        1 => 0.0,
                        2 => f64::NAN,
                        _ => 100.0 * (x % distinct) as f64 / 7.0,
                    }
                })
                .collect();
            let mut t = Tally::default();
            for &v in &values {
                t.add(v);
            }
            let want = reference(&values);
            assert_eq!(bits(&t.sorted), bits(&want), "{distinct} distinct");
            assert_eq!(t.n(), values.len());
            let whole: Vec<f64> = values
                .iter()
                .map(|&v| (v.abs() as u64 % 300) as f64)
                .collect();
            let mut a = Answered::default();
            whole.iter().for_each(|&v| a.add(v));
            assert_eq!(bits(&a.counted()), bits(&reference(&whole)));
            assert_eq!(a.n(), whole.len());
        }
    }
}
