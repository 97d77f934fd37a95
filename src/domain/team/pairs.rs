//! Pairwise overlap checks of two sets of result codes: whether two groups differ by
//! fewer people than the minimum (so the few could be worked out from the two reports).

use std::collections::BTreeSet;

use super::MinGroup;

/// Which side of a differencing risk holds the few people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// People in the candidate group but not in the shown group.
    OnlyInCandidate,
    /// People in the shown group but not in the candidate group.
    OnlyInShown,
}

/// A candidate group that must not be shown: compared with an already shown group it
/// differs by fewer people than the minimum, so the figures of those few people
/// could be worked out from the two reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DifferencingRisk {
    /// Index of the shown group in the list given.
    pub shown: usize,
    /// Which side of the difference holds the few people.
    pub side: Side,
    /// Number of people in the difference (1 ≤ size < minimum).
    pub size: usize,
}

/// Whether showing figures for `candidate` next to the already `shown` groups would
/// allow differencing. Groups are sets of normalised result codes (respondents are
/// identified only by their code; a code listed twice counts once).
///
/// Refuses (returns the first offending group, in the order given) when for some
/// shown group S, 0 < |candidate \ S| < min or 0 < |S \ candidate| < min — e.g. a
/// group and the same group plus one person. Identical groups and groups that differ
/// by at least `min` people on each side are fine. `None`: no risk found.
pub fn differencing_risk(
    shown: &[BTreeSet<String>],
    candidate: &BTreeSet<String>,
    min: MinGroup,
) -> Option<DifferencingRisk> {
    let m = min.get();
    let risky = |size: usize| size > 0 && size < m;
    shown.iter().enumerate().find_map(|(i, s)| {
        let added = candidate.difference(s).count();
        let removed = s.difference(candidate).count();
        if risky(added) {
            Some(DifferencingRisk {
                shown: i,
                side: Side::OnlyInCandidate,
                size: added,
            })
        } else if risky(removed) {
            Some(DifferencingRisk {
                shown: i,
                side: Side::OnlyInShown,
                size: removed,
            })
        } else {
            None
        }
    })
}

/// Why two groups must not be compared: a part of the pair (people only in a, only
/// in b, or in both) has between 1 and min − 1 people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairRisk {
    /// This many people are in a but not in b.
    OnlyInA(usize),
    /// This many people are in b but not in a.
    OnlyInB(usize),
    /// This many people are in both groups.
    Overlap(usize),
}

/// Checks the two groups of a comparison (sets of normalised result codes; a code
/// listed twice counts once): the people only in a, only in b, and in both must each
/// number 0 or at least `min`. Returns the first violation (checked in that order),
/// or `None` when the pair is safe.
pub fn check_pair(a: &BTreeSet<String>, b: &BTreeSet<String>, min: MinGroup) -> Option<PairRisk> {
    let m = min.get();
    let risky = |size: usize| size > 0 && size < m;
    let only_a = a.difference(b).count();
    let only_b = b.difference(a).count();
    let both = a.intersection(b).count();
    if risky(only_a) {
        Some(PairRisk::OnlyInA(only_a))
    } else if risky(only_b) {
        Some(PairRisk::OnlyInB(only_b))
    } else if risky(both) {
        Some(PairRisk::Overlap(both))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    /// (name, shown groups, candidate, expected risk)
    type DifferencingCase = (
        &'static str,
        Vec<BTreeSet<String>>,
        BTreeSet<String>,
        Option<DifferencingRisk>,
    );

    #[test]
    fn differencing_table() {
        let abcde = set(&["A", "B", "C", "D", "E"]);
        let plus_f = set(&["A", "B", "C", "D", "E", "F"]);
        let other = set(&["V", "W", "X", "Y", "Z"]);
        let ten = set(&["A", "B", "C", "D", "E", "V", "W", "X", "Y", "Z"]);
        let min = MinGroup::default();
        let risk = |shown, side, size| Some(DifferencingRisk { shown, side, size });
        let cases: Vec<DifferencingCase> = vec![
            ("nothing shown", vec![], abcde.clone(), None),
            ("same group again", vec![abcde.clone()], abcde.clone(), None),
            (
                "plus one person",
                vec![abcde.clone()],
                plus_f.clone(),
                risk(0, Side::OnlyInCandidate, 1),
            ),
            (
                "minus one person",
                vec![other.clone(), plus_f.clone()],
                abcde.clone(),
                risk(1, Side::OnlyInShown, 1),
            ),
            ("disjoint groups", vec![abcde.clone()], other.clone(), None),
            ("plus five people", vec![abcde.clone()], ten.clone(), None),
            (
                "ten minus four",
                vec![ten.clone()],
                set(&["A", "B", "C", "D", "E", "V"]),
                risk(0, Side::OnlyInShown, 4),
            ),
        ];
        for (name, shown, cand, want) in cases {
            assert_eq!(differencing_risk(&shown, &cand, min), want, "{name}");
        }
        // With min 3, a difference of 4 is fine.
        assert_eq!(
            differencing_risk(
                std::slice::from_ref(&ten),
                &set(&["A", "B", "C", "D", "E", "V"]),
                MinGroup::new(3)
            ),
            None
        );
    }

    #[test]
    fn check_pair_table() {
        let min = MinGroup::default();
        let g = |r: std::ops::Range<u8>| -> BTreeSet<String> {
            r.map(|i| format!("C{i:02}")).collect()
        };
        let cases = [
            ("disjoint", g(0..5), g(5..10), None),
            ("identical", g(0..5), g(0..5), None),
            ("b adds one", g(0..5), g(0..6), Some(PairRisk::OnlyInB(1))),
            ("a adds two", g(0..7), g(0..5), Some(PairRisk::OnlyInA(2))),
            (
                "overlap of one",
                g(0..6),
                g(5..11),
                Some(PairRisk::Overlap(1)),
            ),
            ("overlap of five", g(0..10), g(5..15), None),
            ("both empty", g(0..0), g(0..0), None),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(check_pair(&a, &b, min), want, "{name}");
        }
    }
}
