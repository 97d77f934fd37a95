#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the differencing ledger (`domain::team::differencing`): whatever sequence of
//! views is offered, the views it allows never let a linear combination of their sums
//! single out fewer than the minimum number of people.
//!
//! The oracle is linear algebra over small universes: for a figure, let A be the
//! people × views 0/1 matrix of the shown member sets. Some combination of the shown
//! sums is non-zero only on a set T of people exactly when rank(A) > rank(A without the
//! rows of T). Every T with 1 ≤ |T| < min is tried. Ranks are exact: computed modulo
//! the prime 2^61 − 1, far above any minor of a 0/1 matrix this small.

use leadership_radar::domain::team::differencing::{Candidate, Figure, Figures, Ledger};
use proptest::prelude::*;

const P: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % P as u128) as u64
}

fn pow(mut a: u64, mut e: u64) -> u64 {
    let mut r = 1;
    while e > 0 {
        if e & 1 == 1 {
            r = mul(r, a);
        }
        a = mul(a, a);
        e >>= 1;
    }
    r
}

/// Rank of a matrix (rows of 0/1 entries) over GF(P).
fn rank(rows: &[Vec<u64>]) -> usize {
    let mut m: Vec<Vec<u64>> = rows.to_vec();
    let cols = m.first().map_or(0, Vec::len);
    let mut r = 0;
    for c in 0..cols {
        let Some(piv) = (r..m.len()).find(|&i| m[i][c] != 0) else {
            continue;
        };
        m.swap(r, piv);
        let inv = pow(m[r][c], P - 2);
        let pivot = m[r].clone();
        for (i, row) in m.iter_mut().enumerate() {
            if i != r && row[c] != 0 {
                let f = mul(row[c], inv);
                for (x, p) in row.iter_mut().zip(&pivot).skip(c) {
                    *x = (*x + P - mul(f, *p)) % P;
                }
            }
        }
        r += 1;
    }
    r
}

/// The smallest set of people (size < min) that some combination of the `views`
/// (member bitmasks over `people`) isolates, if any.
fn isolated(views: &[u32], people: usize, min: usize) -> Option<u32> {
    if views.is_empty() {
        return None;
    }
    let row = |p: usize| -> Vec<u64> { views.iter().map(|v| u64::from(v >> p & 1)).collect() };
    let all: Vec<Vec<u64>> = (0..people).map(row).collect();
    let full = rank(&all);
    (1u32..(1 << people))
        .filter(|t| (t.count_ones() as usize) < min)
        .find(|t| {
            let rest: Vec<Vec<u64>> = (0..people).filter(|p| t >> p & 1 == 0).map(row).collect();
            rank(&rest) < full
        })
}

#[test]
fn the_oracle_sees_the_three_view_attack() {
    // A = {0,1,2}, B = {3,4,5}, C = A ∪ B ∪ {6}: C − A − B isolates person 6.
    assert_eq!(
        isolated(&[0b111, 0b111000, 0b1111111], 7, 2),
        Some(0b1000000)
    );
    // Overlapping pairs without a small difference isolate nobody below 2.
    assert_eq!(isolated(&[0b0011, 0b0110], 4, 2), None);
    // But {0,1} and {1,2} isolate 2 people ({0} and {2} with +1/−1) below a minimum of 3.
    assert!(isolated(&[0b011, 0b110], 3, 3).is_some());
}

/// One allowed view: its member set and the figure bits withheld from it.
#[derive(Debug, Clone, Copy)]
struct Shown {
    set: u32,
    withheld: u64,
}

/// Shown member set of one figure per view, after the ledger's own suppression rule
/// (a figure with fewer than `min` members is not shown) and without the views that
/// withheld it. `answered[b]` holds the people with figure `b` (bit 0: everyone).
fn shown_sets(views: &[Shown], answered: &[u32], bit: u32, min: usize) -> Vec<u32> {
    views
        .iter()
        .filter(|v| v.withheld >> bit & 1 == 0)
        .map(|v| v.set & answered[bit as usize])
        .filter(|s| s.count_ones() as usize >= min)
        .collect()
}

/// Offers each set in turn (a figure per person from `answered`); the views allowed,
/// with what each withheld, and how many figures were withheld in all.
fn session(offers: &[u32], people: usize, min: usize, answered: &[u32]) -> (Vec<Shown>, usize) {
    let everyone = (1u32 << people) - 1;
    let mut ledger: Ledger<u32> = Ledger::new(min, 1);
    let mut allowed = Vec::new();
    let mut withheld = 0;
    for (k, offer) in offers.iter().enumerate() {
        let set = offer & everyone;
        if (set.count_ones() as usize) < min {
            continue; // too small: never shown at all
        }
        let members: Vec<(u32, Figures)> = (0..people as u32)
            .filter(|p| set >> p & 1 == 1)
            .map(|p| {
                let f = answered
                    .iter()
                    .enumerate()
                    .fold(0, |f, (b, a)| f | u64::from(a >> p & 1) << b);
                (p, f)
            })
            .collect();
        let c = Candidate::Codes {
            members,
            summary: None,
        };
        let group = char::from(b'A' + (k % 4) as u8);
        if let Ok(a) = ledger.admit(&c, group) {
            assert!(a.withheld.iter().all(|w| w.figure != Figure::Group));
            withheld += a.withheld.len();
            let mask = a
                .withheld
                .iter()
                .fold(0u64, |m, w| m | 1 << w.figure.bit(1));
            allowed.push(Shown {
                set,
                withheld: mask,
            });
        }
    }
    (allowed, withheld)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Three figures: the group (everyone), one aspect and the index (bits 1 and 2),
    /// each answered by its own random subset: partial member sets, withheld figures.
    #[test]
    fn no_sequence_of_allowed_views_isolates_fewer_than_the_minimum(
        people in 5usize..=9,
        min in 2usize..=4,
        aspect in any::<u32>(),
        index in any::<u32>(),
        offers in prop::collection::vec(any::<u32>(), 1..8),
    ) {
        let everyone = (1u32 << people) - 1;
        let answered = [everyone, aspect & everyone, index & everyone];
        let (allowed, _) = session(&offers, people, min, &answered);
        for bit in 0..3 {
            let views = shown_sets(&allowed, &answered, bit, min);
            prop_assert_eq!(
                isolated(&views, people, min),
                None,
                "figure {} views {:?} (allowed {:?}, answered {:?})",
                bit, views, allowed, answered
            );
        }
    }

    /// The refusal is not vacuous: a set and the same set plus fewer than `min` people
    /// are never both allowed, whatever came before.
    #[test]
    fn a_set_and_the_same_set_plus_a_few_are_never_both_shown(
        base in 6u32..40,
        extra in 1u32..4,
        min in 4usize..=6,
        before in prop::collection::vec((0u32..100, 1u32..30), 0..4),
    ) {
        let mut ledger: Ledger<u32> = Ledger::new(min, 1);
        for (k, (start, len)) in before.iter().enumerate() {
            let c = Candidate::Codes { members: (*start..start + len).map(|p| (p, 1)).collect(), summary: None };
            let _ = ledger.admit(&c, char::from(b'A' + k as u8));
        }
        let a = Candidate::Codes { members: (1000..1000 + base).map(|p| (p, 1)).collect(), summary: None };
        let b = Candidate::Codes { members: (1000..1000 + base + extra).map(|p| (p, 1)).collect(), summary: None };
        let first = ledger.admit(&a, 'A').is_ok();
        let second = ledger.admit(&b, 'B').is_ok();
        prop_assert!(!(first && second));
    }
}

/// The property above is not vacuous: over many random sessions the ledger allows
/// several overlapping views (which the oracle then checks), and it refuses some.
#[test]
fn random_sessions_allow_overlapping_views_and_refuse_others() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let (mut overlapping, mut refused, mut checked) = (0, 0, 0);
    for _ in 0..300 {
        let people = 6 + (next() % 4) as usize;
        let min = 2 + (next() % 2) as usize;
        let everyone = (1u32 << people) - 1;
        let mut ledger: Ledger<u32> = Ledger::new(min, 1);
        let mut allowed: Vec<u32> = Vec::new();
        for k in 0..6 {
            let set = (next() as u32) & everyone;
            if (set.count_ones() as usize) < min {
                continue;
            }
            let members: Vec<(u32, Figures)> = (0..people as u32)
                .filter(|p| set >> p & 1 == 1)
                .map(|p| (p, 1))
                .collect();
            match ledger.admit(
                &Candidate::Codes {
                    members,
                    summary: None,
                },
                char::from(b'A' + k),
            ) {
                Ok(_) => allowed.push(set),
                Err(_) => refused += 1,
            }
        }
        if allowed
            .iter()
            .enumerate()
            .any(|(i, a)| allowed[i + 1..].iter().any(|b| a & b != 0 && a != b))
        {
            overlapping += 1;
        }
        assert_eq!(isolated(&allowed, people, min), None, "{allowed:?}");
        checked += 1;
    }
    assert!(
        overlapping >= 30,
        "only {overlapping} of {checked} sessions had overlapping views"
    );
    assert!(refused >= 100, "only {refused} refusals");
}

/// With partial member sets the ledger withholds figures rather than refusing whole
/// views, and what it shows still isolates nobody below the minimum.
#[test]
fn random_sessions_with_partial_figures_withhold_some_and_stay_safe() {
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let (mut withheld, mut with_withheld_views) = (0, 0);
    for _ in 0..300 {
        let people = 7 + (next() % 3) as usize;
        let min = 2 + (next() % 2) as usize;
        let everyone = (1u32 << people) - 1;
        let answered = [everyone, next() as u32 & everyone, next() as u32 & everyone];
        let offers: Vec<u32> = (0..6).map(|_| next() as u32).collect();
        let (allowed, w) = session(&offers, people, min, &answered);
        withheld += w;
        with_withheld_views += allowed.iter().filter(|v| v.withheld != 0).count();
        for bit in 0..3 {
            let views = shown_sets(&allowed, &answered, bit, min);
            assert_eq!(
                isolated(&views, people, min),
                None,
                "{allowed:?} {answered:?}"
            );
        }
    }
    assert!(withheld >= 50, "only {withheld} figures withheld");
    assert!(
        with_withheld_views >= 50,
        "only {with_withheld_views} views shown with a figure withheld"
    );
}
