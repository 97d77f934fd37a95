//! Property tests for scoring one person.
#![cfg(not(target_arch = "wasm32"))]

use leadership_radar::domain::questionnaire::{QuestionKind, Questionnaire};
use leadership_radar::domain::response::{Answer, Answers};
use leadership_radar::domain::scoring::{network_share, reverse, score, spread_of, to_percent};
use proptest::prelude::*;

fn q() -> Questionnaire {
    Questionnaire::default_questionnaire()
}

/// Any answer, including out-of-range values a corrupted source might hold.
fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::CantSay)),
        (0u8..=9).prop_map(|v| Some(Answer::Value(v))),
    ]
}

/// Valid answers for the scale questions of the default questionnaire (all scales
/// are 5 points); the network questions are added by [`with_network`].
fn valid_answers(n: usize) -> impl Strategy<Value = Vec<Option<Answer>>> {
    proptest::collection::vec(
        prop_oneof![
            Just(None),
            Just(Some(Answer::CantSay)),
            (1u8..=5).prop_map(|v| Some(Answer::Value(v))),
        ],
        n,
    )
}

/// A team-size or count answer: unanswered, can't say, or a number in `lo..=hi`.
fn count_answer(lo: u8, hi: u8) -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Answer::CantSay)),
        6 => (lo..=hi).prop_map(|v| Some(Answer::Value(v))),
    ]
}

/// Valid answers to the whole default questionnaire: 42 scale answers, then the team
/// size (2–50) and the count (0–49, possibly above size − 1).
fn full_answers() -> impl Strategy<Value = Answers> {
    (valid_answers(42), count_answer(2, 50), count_answer(0, 49)).prop_map(|(mut a, s, k)| {
        a.push(s);
        a.push(k);
        Answers(a)
    })
}

proptest! {
    #[test]
    fn reverse_keying_is_an_involution(points in 2u8..=11, v in 1u8..=11) {
        prop_assume!(v <= points);
        let r = reverse(v, points);
        prop_assert!((1..=points).contains(&r));
        prop_assert_eq!(reverse(r, points), v);
    }

    #[test]
    fn scores_stay_in_range_and_inside_the_item_range(answers in full_answers()) {
        let q = q();
        prop_assert!(answers.fits(&q).is_ok());
        let p = score(&q, &answers);
        for d in &p.dimensions {
            if let Some(s) = d.score {
                prop_assert!((0.0..=100.0).contains(&s));
                let (lo, hi) = d.range.expect("a scored dimension has a range");
                prop_assert!(lo <= s + 1e-9 && s <= hi + 1e-9, "{lo} <= {s} <= {hi}");
                prop_assert!(d.answered * 4 >= d.items * 3, "75% rule");
                let raw = d.raw_mean.expect("raw mean with score");
                prop_assert!((to_percent(raw, 5) - s).abs() < 1e-9);
            } else {
                prop_assert!(d.answered * 4 < d.items * 3, "unscored only below 75%");
            }
        }
        if let Some(ix) = p.conditions {
            prop_assert!((0.0..=100.0).contains(&ix));
        }
        for w in p.who_leads.iter().flatten() {
            prop_assert!((0.0..=100.0).contains(w));
        }
        if let Some(o) = p.own {
            prop_assert!((0.0..=100.0).contains(&o));
        }
        if let Some(s) = p.spread {
            prop_assert!((0.0..=100.0).contains(&s));
        }
        if let Some(n) = p.network {
            prop_assert!((0.0..=1.0).contains(&n.share));
        }
    }

    /// The spread is the mean of the available parts (at least two), recomputed here
    /// from the documented formula.
    #[test]
    fn spread_follows_the_documented_formula(answers in full_answers()) {
        let q = q();
        let p = score(&q, &answers);
        let parts: Vec<f64> = [p.who_leads_mean, p.network.map(|n| 100.0 * n.share), p.own]
            .into_iter()
            .flatten()
            .collect();
        let want = (parts.len() >= 2).then(|| parts.iter().sum::<f64>() / parts.len() as f64);
        match (p.spread, want) {
            (Some(a), Some(b)) => prop_assert!((a - b).abs() < 1e-9, "{a} vs {b}"),
            (None, None) => {}
            (a, b) => prop_assert!(false, "spread {a:?}, formula {b:?}"),
        }
    }

    /// Moving any answered who-leads function one step towards "everyone, as needed"
    /// raises the spread, whenever the who-leads part counts (at least 75 % of the
    /// functions answered) and a spread is computed.
    #[test]
    fn spread_rises_when_a_who_leads_answer_moves_towards_everyone(
        answers in full_answers(),
        who in proptest::collection::vec(1u8..=5, 6),
        skipped in proptest::option::of(0usize..6),
        f in 0usize..6,
        v in 1u8..=4,
    ) {
        let q = q();
        let start = q.items.len();
        let mut a = answers;
        // Five or six functions answered, so the who-leads part counts.
        for (i, w) in who.iter().enumerate() {
            let skip = skipped == Some(i) && i != f;
            a.set(start + i, (!skip).then_some(Answer::Value(*w)));
        }
        let pos = start + f;
        a.set(pos, Some(Answer::Value(v)));
        let first = score(&q, &a);
        prop_assert!(first.who_leads_mean.is_some());
        let before = first.spread;
        a.set(pos, Some(Answer::Value(v + 1)));
        let after = score(&q, &a).spread;
        prop_assert_eq!(before.is_some(), after.is_some());
        if let (Some(b), Some(c)) = (before, after) {
            prop_assert!(c > b, "{b} -> {c}");
        }
    }

    /// Counts above size − 1 are clipped to size − 1 and marked; others are kept.
    #[test]
    fn counts_above_the_team_are_clipped_and_marked(size in 2u8..=50, k in 0u8..=49) {
        let q = q();
        let mut a = Answers::empty(&q);
        a.set(q.team_size_position().unwrap(), Some(Answer::Value(size)));
        a.set(q.count_position(0).unwrap(), Some(Answer::Value(k)));
        let n = network_share(&q, &a).expect("both answered");
        let teammates = size - 1;
        prop_assert_eq!(n.teammates, teammates);
        prop_assert_eq!(n.clipped, k > teammates);
        prop_assert_eq!(n.led, f64::from(k.min(teammates)));
        prop_assert!((n.share - f64::from(k.min(teammates)) / f64::from(teammates)).abs() < 1e-12);
        prop_assert!((0.0..=1.0).contains(&n.share));
    }

    /// The respondent who agrees with every favourable statement, sees only the team
    /// lead leading and never leads: conditions 100 and a low spread, for any team of 3
    /// or more and at most one teammate seen leading (or no network answer).
    #[test]
    fn one_leader_respondent_has_high_conditions_and_low_spread(
        size in prop_oneof![Just(None), (3u8..=50).prop_map(Some)],
        k in prop_oneof![Just(None), (0u8..=1).prop_map(Some)],
    ) {
        let q = q();
        let mut a = Answers::empty(&q);
        for (pos, it) in q.items.iter().enumerate() {
            a.set(pos, Some(Answer::Value(if it.reverse { 1 } else { 5 })));
        }
        let start = q.items.len();
        for pos in start..start + q.who_leads.functions.len() + q.own_leadership.items.len() {
            a.set(pos, Some(Answer::Value(1)));
        }
        a.set(q.team_size_position().unwrap(), size.map(Answer::Value));
        a.set(q.count_position(0).unwrap(), k.map(Answer::Value));
        let p = score(&q, &a);
        prop_assert!(p.conditions.unwrap() >= 75.0);
        let s = p.spread.unwrap();
        prop_assert!(s <= 25.0, "spread {s}");
    }

    #[test]
    fn never_panics_on_any_answers(answers in proptest::collection::vec(any_answer(), 0..60)) {
        let q = q();
        let p = score(&q, &Answers(answers));
        prop_assert_eq!(p.dimensions.len(), q.dimensions.len());
    }

    /// Flipping every answer (v → 6 − v) mirrors every dimension score around 50:
    /// keying treats normal and reverse items symmetrically.
    #[test]
    fn mirrored_answers_mirror_scores(answers in valid_answers(44)) {
        let q = q();
        let mirrored: Vec<Option<Answer>> = answers
            .iter()
            .map(|a| match a {
                Some(Answer::Value(v)) => Some(Answer::Value(6 - v)),
                other => *other,
            })
            .collect();
        let a = score(&q, &Answers(answers));
        let b = score(&q, &Answers(mirrored));
        for (x, y) in a.dimensions.iter().zip(&b.dimensions) {
            match (x.score, y.score) {
                (Some(x), Some(y)) => prop_assert!((x + y - 100.0).abs() < 1e-9),
                (None, None) => {}
                _ => prop_assert!(false, "scored in one and not the other"),
            }
        }
    }

    /// Agreeing more with a normal item never lowers its dimension; agreeing more with a
    /// reverse-keyed item never raises it.
    #[test]
    fn keying_direction(answers in valid_answers(44), pos in 0usize..32) {
        let q = q();
        let mut a = Answers(answers);
        let Some(QuestionKind::Item { dimension, reverse }) = q.kind(pos) else {
            return Ok(());
        };
        a.set(pos, Some(Answer::Value(2)));
        let low = score(&q, &a).dimensions[dimension].score;
        a.set(pos, Some(Answer::Value(4)));
        let high = score(&q, &a).dimensions[dimension].score;
        if let (Some(l), Some(h)) = (low, high) {
            if reverse {
                prop_assert!(h < l);
            } else {
                prop_assert!(h > l);
            }
        }
    }
}

#[test]
fn spread_worked_example_from_the_readme() {
    let q = q();
    let mut a = Answers::empty(&q);
    let start = q.items.len();
    for (i, v) in [1u8, 2, 2, 3, 1, 2].into_iter().enumerate() {
        a.set(start + i, Some(Answer::Value(v)));
    }
    let own = start + q.who_leads.functions.len();
    for (i, v) in [2u8, 3, 2, 1].into_iter().enumerate() {
        a.set(own + i, Some(Answer::Value(v)));
    }
    a.set(q.team_size_position().unwrap(), Some(Answer::Value(8)));
    a.set(q.count_position(0).unwrap(), Some(Answer::Value(3)));
    let p = score(&q, &a);
    assert_eq!(p.who_leads_mean, Some(125.0 / 6.0));
    assert_eq!(p.own, Some(25.0));
    let n = p.network.expect("network answered");
    assert_eq!((n.teammates, n.led, n.clipped), (7, 3.0, false));
    let want = (125.0 / 6.0 + 100.0 * 3.0 / 7.0 + 25.0) / 3.0;
    assert!((p.spread.unwrap() - want).abs() < 1e-12);
    assert_eq!(format!("{:.2}", p.spread.unwrap()), "29.56");
    // Dimensions unanswered: no conditions figure.
    assert_eq!(p.conditions, None);
}

#[test]
fn spread_needs_two_parts_unless_fewer_are_defined() {
    assert_eq!(
        spread_of([(true, Some(60.0)), (true, None), (true, None)], 2),
        None
    );
    assert_eq!(
        spread_of([(true, Some(60.0)), (true, None), (true, Some(30.0))], 2),
        Some(45.0)
    );
    // A questionnaire that defines only who leads: that part alone suffices.
    assert_eq!(
        spread_of([(true, Some(60.0)), (false, None), (false, None)], 2),
        Some(60.0)
    );
    assert_eq!(
        spread_of([(false, None), (false, None), (false, None)], 2),
        None
    );
    // Non-finite parts count as missing.
    assert_eq!(
        spread_of(
            [(true, Some(f64::NAN)), (true, Some(10.0)), (true, None)],
            2
        ),
        None
    );
}

#[test]
fn the_network_needs_the_team_size() {
    let q = q();
    let mut a = Answers::empty(&q);
    a.set(q.count_position(0).unwrap(), Some(Answer::Value(3)));
    assert_eq!(network_share(&q, &a), None);
    a.set(q.team_size_position().unwrap(), Some(Answer::CantSay));
    assert_eq!(network_share(&q, &a), None);
    a.set(q.team_size_position().unwrap(), Some(Answer::Value(6)));
    assert!(network_share(&q, &a).is_some());
    a.set(q.count_position(0).unwrap(), Some(Answer::CantSay));
    assert_eq!(network_share(&q, &a), None);
}
