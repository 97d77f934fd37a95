#![cfg(not(target_arch = "wasm32"))]
//! Properties of `domain::team`: order invariance, ranges, interval coverage, the
//! minimum-group rule for every figure, summary-code round trips and robustness (differencing: tests/ledger_props.rs).

use leadership_radar::domain::questionnaire::Questionnaire;
use leadership_radar::domain::response::{Answer, Answers};
use leadership_radar::domain::team::{
    compare, summary_decode, summary_encode, team_stats, Compared, Descriptive, MinGroup, Summary,
    TeamError, TeamStats, Verdict, MIN_GROUP_FLOOR, SUMMARY_PREFIX,
};
use proptest::prelude::*;

const TOL: f64 = 1e-9;

fn q() -> Questionnaire {
    Questionnaire::default_questionnaire()
}

/// One answer: mostly scale points, sometimes "can't say" or unanswered; `gappy`
/// people skip much more (so that figures get suppressed).
fn person(len: usize) -> impl Strategy<Value = Answers> {
    (any::<bool>(), prop::collection::vec(0u8..20, len)).prop_map(|(gappy, raw)| {
        Answers(
            raw.into_iter()
                .map(|r| {
                    let skip = if gappy { r < 8 } else { r < 2 };
                    if skip {
                        if r % 2 == 0 {
                            Some(Answer::CantSay)
                        } else {
                            None
                        }
                    } else {
                        Some(Answer::Value(r % 5 + 1))
                    }
                })
                .collect(),
        )
    })
}

fn team(max: usize) -> impl Strategy<Value = Vec<Answers>> {
    prop::collection::vec(person(q().question_count()), 0..max)
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOL * a.abs().max(b.abs()).max(1.0)
}

fn same_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => same(x, y),
        _ => false,
    }
}

fn same_desc(a: &Descriptive, b: &Descriptive) -> bool {
    a.n == b.n
        && same(a.mean, b.mean)
        && same(a.sd, b.sd)
        && same(a.ci95.0, b.ci95.0)
        && same(a.ci95.1, b.ci95.1)
}

/// Every figure equal within TOL (counts exactly).
fn same_stats(a: &TeamStats, b: &TeamStats) -> bool {
    let dims = a
        .dimensions()
        .iter()
        .zip(b.dimensions())
        .all(|(x, y)| match (x, y) {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.n == y.n
                    && same(x.mean, y.mean)
                    && same(x.sd, y.sd)
                    && same(x.ci95.0, y.ci95.0)
                    && same(x.ci95.1, y.ci95.1)
                    && same_opt(x.rwg_j, y.rwg_j)
                    && same_opt(x.lindell_rwg_j, y.lindell_rwg_j)
                    && same_opt(x.ad, y.ad)
                    && same_opt(
                        x.alpha.as_ref().map(|a| a.value),
                        y.alpha.as_ref().map(|a| a.value),
                    )
                    && x.alpha.as_ref().map(|a| a.n) == y.alpha.as_ref().map(|a| a.n)
            }
            _ => false,
        });
    let index = match (a.index(), b.index()) {
        (None, None) => true,
        (Some(x), Some(y)) => same_desc(x, y),
        _ => false,
    };
    let own = match (a.own(), b.own()) {
        (None, None) => true,
        (Some(x), Some(y)) => {
            x.n == y.n
                && same(x.mean, y.mean)
                && same(x.sd, y.sd)
                && same(x.gini, y.gini)
                && same(x.cv, y.cv)
        }
        _ => false,
    };
    let who = a
        .who_leads()
        .iter()
        .zip(b.who_leads())
        .all(|(x, y)| match (x, y) {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.n == y.n && x.counts == y.counts && x.missing == y.missing && same(x.mean, y.mean)
            }
            _ => false,
        });
    a.n() == b.n() && a.fingerprint() == b.fingerprint() && dims && index && own && who
}

/// Checks the minimum-group rule and the ranges of every figure.
fn check_figures(s: &TeamStats, min: usize) -> Result<(), TestCaseError> {
    prop_assert!(s.n() >= min);
    for d in s.dimensions().iter().flatten() {
        prop_assert!(d.n >= min && d.n <= s.n());
        prop_assert!((0.0..=100.0).contains(&d.mean));
        prop_assert!(d.sd >= 0.0);
        prop_assert!(d.ci95.0 <= d.mean + TOL && d.mean <= d.ci95.1 + TOL);
        if let Some(r) = d.rwg_j {
            prop_assert!((0.0..=1.0).contains(&r), "rwg_j {r}");
        }
        if let Some(l) = d.lindell_rwg_j {
            prop_assert!(l <= 1.0 + TOL);
            prop_assert!(d.rwg_j.is_some());
        }
        if let Some(ad) = d.ad {
            prop_assert!((0.0..=2.0).contains(&ad));
        }
        if let Some(a) = &d.alpha {
            prop_assert!(a.n >= min.max(8) && a.n <= d.n);
            prop_assert!(a.value <= 1.0 + TOL);
        }
    }
    if let Some(i) = s.index() {
        prop_assert!(i.n >= min && i.n <= s.n());
        prop_assert!(i.ci95.0 <= i.mean + TOL && i.mean <= i.ci95.1 + TOL);
    }
    if let Some(o) = s.own() {
        prop_assert!(o.n >= min && o.n <= s.n());
        prop_assert!((1.0..=5.0).contains(&o.mean));
        prop_assert!((0.0..=1.0).contains(&o.gini) && o.cv >= 0.0);
    }
    for w in s.who_leads().iter().flatten() {
        prop_assert!(w.n >= min);
        prop_assert_eq!(w.counts.iter().sum::<usize>(), w.n);
        prop_assert_eq!(w.n + w.missing, s.n());
        prop_assert!((0.0..=100.0).contains(&w.mean));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn order_does_not_matter(t in team(30), seed in any::<u64>(), min in 0usize..8) {
        let q = q();
        let min = MinGroup::new(min);
        let mut shuffled = t.clone();
        // Fisher–Yates with a xorshift driven by the seed.
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        match (team_stats(&q, &t, min), team_stats(&q, &shuffled, min)) {
            (Ok(a), Ok(b)) => prop_assert!(same_stats(&a, &b)),
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "{:?} vs {:?}", a, b),
        }
        let mut reversed = t.clone();
        reversed.reverse();
        if let (Ok(a), Ok(b)) = (team_stats(&q, &t, min), team_stats(&q, &reversed, min)) {
            prop_assert!(same_stats(&a, &b));
        }
    }

    #[test]
    fn nothing_below_the_minimum_is_shown(t in team(25), min in 0usize..12) {
        let q = q();
        let m = MinGroup::new(min);
        prop_assert!(m.get() >= MIN_GROUP_FLOOR);
        match team_stats(&q, &t, m) {
            Err(TeamError::TooFew { n, needed }) => {
                prop_assert_eq!(n, t.len());
                prop_assert_eq!(needed, m.get());
                prop_assert!(n < needed);
            }
            Err(e) => prop_assert!(false, "unexpected {e:?}"),
            Ok(s) => {
                prop_assert_eq!(s.min_group(), m);
                check_figures(&s, m.get())?;
                // The summary never carries a figure below the minimum either.
                let sum = Summary::from_stats(&s);
                for d in sum.dimensions.iter().flatten() {
                    prop_assert!(d.n >= m.get());
                }
                if let Some(o) = &sum.own {
                    prop_assert!(o.n >= m.get());
                }
            }
        }
    }

    #[test]
    fn summary_round_trip(t in team(40), min in 0usize..8) {
        let q = q();
        let Ok(s) = team_stats(&q, &t, MinGroup::new(min)) else { return Ok(()) };
        let code = summary_encode(&q, &s);
        prop_assert!(code.starts_with(SUMMARY_PREFIX));
        prop_assert!(code.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
        let back = summary_decode(&q, &code).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let exact = Summary::from_stats(&s);
        prop_assert_eq!(back.n, exact.n);
        prop_assert_eq!(back.fingerprint, exact.fingerprint);
        prop_assert_eq!(back.dimensions.len(), exact.dimensions.len());
        for (b, e) in back.dimensions.iter().zip(&exact.dimensions) {
            match (b, e) {
                (None, None) => {}
                (Some(b), Some(e)) => {
                    prop_assert_eq!(b.n, e.n);
                    prop_assert!((b.mean - e.mean).abs() <= 0.05 + 1e-9);
                    prop_assert!((b.sd - e.sd).abs() <= 0.05 + 1e-9);
                }
                _ => prop_assert!(false, "{:?} vs {:?}", b, e),
            }
        }
        match (&back.own, &exact.own) {
            (None, None) => {}
            (Some(b), Some(e)) => {
                prop_assert_eq!(b.n, e.n);
                prop_assert!((b.mean - e.mean).abs() <= 0.0005 + 1e-12);
                prop_assert!((b.sd - e.sd).abs() <= 0.0005 + 1e-12);
                prop_assert!((b.gini - e.gini).abs() <= 0.0005 + 1e-12);
            }
            _ => prop_assert!(false, "own {:?} vs {:?}", back.own, exact.own),
        }
        // Re-encoding the decoded figures is stable: a team compared with itself
        // shows no reliable difference anywhere.
        let c = compare(&back, &back, MinGroup::new(min)).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        for d in &c.dimensions {
            match d {
                Compared::Tested(d) => prop_assert!(d.diff == 0.0 && d.ci95.0 <= 0.0 && d.ci95.1 >= 0.0),
                Compared::NoSpread { diff, verdict } => prop_assert!(*diff == 0.0 && *verdict == Verdict::NoReliableDifference),
                Compared::Suppressed => {}
            }
        }
    }

    #[test]
    fn decode_never_panics_on_arbitrary_text(s in "\\PC{0,120}") {
        let q = q();
        let _ = summary_decode(&q, &s);
        let _ = summary_decode(&q, &format!("{SUMMARY_PREFIX}{s}"));
    }

    #[test]
    fn decode_never_panics_on_alphabet_noise(body in "[0-9A-Za-z-]{0,200}") {
        let q = q();
        if let Ok(s) = summary_decode(&q, &format!("LRS1-{body}")) {
            // Only possible if the checksum happens to match: the rules still hold.
            prop_assert!(s.n >= MIN_GROUP_FLOOR);
            for d in s.dimensions.iter().flatten() {
                prop_assert!(d.n >= MIN_GROUP_FLOOR && d.n <= s.n);
            }
        }
    }

    #[test]
    fn mutated_codes_are_rejected_or_equal(t in team(20), pos in any::<prop::sample::Index>(), sym in 0usize..32) {
        let q = q();
        let Ok(s) = team_stats(&q, &t, MinGroup::new(3)) else { return Ok(()) };
        let code = summary_encode(&q, &s);
        let mut bytes = code.into_bytes();
        let i = SUMMARY_PREFIX.len() + pos.index(bytes.len() - SUMMARY_PREFIX.len());
        let alphabet = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let original = bytes[i];
        bytes[i] = alphabet[sym];
        let mutated = String::from_utf8(bytes).unwrap();
        let result = summary_decode(&q, &mutated);
        if original == alphabet[sym] {
            prop_assert!(result.is_ok());
        } else {
            prop_assert!(result.is_err(), "single substitution accepted: {}", mutated);
        }
    }

    #[test]
    fn compare_respects_the_minimum(a in team(20), b in team(20), min in 0usize..8) {
        let q = q();
        let m = MinGroup::new(min);
        let (Ok(sa), Ok(sb)) = (team_stats(&q, &a, MinGroup::new(3)), team_stats(&q, &b, MinGroup::new(3))) else {
            return Ok(());
        };
        let (xa, xb) = (Summary::from_stats(&sa), Summary::from_stats(&sb));
        match compare(&xa, &xb, m) {
            Err(TeamError::TooFew { n, needed }) => prop_assert!(n < needed && (n == xa.n || n == xb.n)),
            Err(e) => prop_assert!(false, "unexpected {e:?}"),
            Ok(c) => {
                for ((d, x), y) in c.dimensions.iter().zip(&xa.dimensions).zip(&xb.dimensions) {
                    if *d != Compared::Suppressed {
                        let (x, y) = (x.as_ref().unwrap(), y.as_ref().unwrap());
                        prop_assert!(x.n >= m.get() && y.n >= m.get());
                    }
                }
                // Swapping the groups mirrors every difference.
                let r = compare(&xb, &xa, m).unwrap();
                for (d, e) in c.dimensions.iter().zip(&r.dimensions) {
                    match (d, e) {
                        (Compared::Tested(d), Compared::Tested(e)) => {
                            prop_assert!(same(d.diff, -e.diff) && same(d.g, -e.g) && same(d.p, e.p));
                            prop_assert!(same(d.g_ci95.0, -e.g_ci95.1) && same(d.g_ci95.1, -e.g_ci95.0));
                            // Verdict and effect-size interval agree, whatever the data.
                            let g_excludes = d.g_ci95.0 > 0.0 || d.g_ci95.1 < 0.0;
                            prop_assert_eq!(g_excludes, d.verdict != Verdict::NoReliableDifference);
                        }
                        (Compared::NoSpread { diff: x, .. }, Compared::NoSpread { diff: y, .. }) => prop_assert!(same(*x, -*y)),
                        (Compared::Suppressed, Compared::Suppressed) => {}
                        (d, e) => prop_assert!(false, "{d:?} vs {e:?}"),
                    }
                }
            }
        }
    }
}

/// A person with network answers: team size 2..=50 (or missing) and a count 0..=49
/// that may exceed size − 1 (or missing).
fn networked(len: usize) -> impl Strategy<Value = Answers> {
    (
        person(len),
        prop_oneof![Just(None), (2u8..=50).prop_map(|v| Some(Answer::Value(v)))],
        prop_oneof![Just(None), (0u8..=49).prop_map(|v| Some(Answer::Value(v)))],
    )
        .prop_map(|(mut a, size, k)| {
            let q = q();
            a.set(q.team_size_position().unwrap(), size);
            a.set(q.count_position(0).unwrap(), k);
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The density lies in [0, 1] (counts above size − 1 are clipped), its interval
    /// inside [0, 1] around it, it counts only people with both answers, and it is
    /// suppressed below the minimum group; the spread stays within 0–100.
    #[test]
    fn density_is_a_share_and_obeys_the_minimum_group(
        people in prop::collection::vec(networked(q().question_count()), 5..25),
        m in 3usize..8,
    ) {
        let q = q();
        let Ok(s) = team_stats(&q, &people, MinGroup::new(m)) else {
            // A group below the minimum has no figures at all.
            prop_assert!(people.len() < m);
            return Ok(());
        };
        let both = people
            .iter()
            .filter(|a| {
                a.value(q.team_size_position().unwrap()).is_some()
                    && a.value(q.count_position(0).unwrap()).is_some()
            })
            .count();
        match s.density() {
            Some(d) => {
                prop_assert_eq!(d.n, both);
                prop_assert!(d.n >= m);
                prop_assert!((0.0..=1.0).contains(&d.d), "{}", d.d);
                prop_assert!(0.0 <= d.ci95.0 && d.ci95.0 <= d.d + TOL);
                prop_assert!(d.d <= d.ci95.1 + TOL && d.ci95.1 <= 1.0);
                prop_assert!(d.se >= 0.0);
            }
            // Suppressed below the minimum (or undefined when everyone's 0 of 0).
            None => prop_assert!(both < m),
        }
        if let Some(sp) = s.spread() {
            prop_assert!(sp.n >= m);
            prop_assert!((0.0..=100.0).contains(&sp.mean));
        }
    }
}
