//! Counts of values, what team statistics keep instead of every member's answers: a
//! sorted value → count list, and answers per scale point of one item.

/// Values with their counts, sorted by value: what a figure over values that take few
/// distinct values (scores of one aspect, own-leadership means, sum scores) keeps
/// instead of one value per member.
#[derive(Debug, Clone, Default)]
pub(super) struct Tally(pub(super) Vec<(f64, u64)>);

impl Tally {
    pub(super) fn add(&mut self, v: f64) {
        match self.0.binary_search_by(|(x, _)| x.total_cmp(&v)) {
            Ok(i) => self.0[i].1 += 1,
            Err(i) => self.0.insert(i, (v, 1)),
        }
    }

    pub(super) fn n(&self) -> usize {
        self.0.iter().map(|&(_, c)| c as usize).sum()
    }
}

/// Answers per keyed value (index = value) of one item.
#[derive(Debug, Clone, Default)]
pub(super) struct Answered(Vec<u64>);

impl Answered {
    pub(super) fn add(&mut self, v: f64) {
        // Keyed answers are whole scale points (1..=points ≤ 255).
        let v = v as usize;
        if v >= self.0.len() {
            self.0.resize(v + 1, 0);
        }
        self.0[v] += 1;
    }

    pub(super) fn counted(&self) -> Vec<(f64, u64)> {
        self.0
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c > 0)
            .map(|(v, &c)| (v as f64, c))
            .collect()
    }
}
