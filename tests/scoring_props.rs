//! Property tests for scoring one person.
#![cfg(not(target_arch = "wasm32"))]

use leadership_radar::domain::questionnaire::{QuestionKind, Questionnaire};
use leadership_radar::domain::response::{Answer, Answers};
use leadership_radar::domain::scoring::{reverse, score, to_percent};
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

/// Valid answers for the default questionnaire (all scales are 5 points).
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

proptest! {
    #[test]
    fn reverse_keying_is_an_involution(points in 2u8..=11, v in 1u8..=11) {
        prop_assume!(v <= points);
        let r = reverse(v, points);
        prop_assert!((1..=points).contains(&r));
        prop_assert_eq!(reverse(r, points), v);
    }

    #[test]
    fn scores_stay_in_range_and_inside_the_item_range(answers in valid_answers(42)) {
        let q = q();
        let p = score(&q, &Answers(answers));
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
        if let Some(ix) = p.index {
            prop_assert!((0.0..=100.0).contains(&ix));
        }
        for w in p.who_leads.iter().flatten() {
            prop_assert!((0.0..=100.0).contains(w));
        }
        if let Some(o) = p.own {
            prop_assert!((0.0..=100.0).contains(&o));
        }
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
    fn mirrored_answers_mirror_scores(answers in valid_answers(42)) {
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
    fn keying_direction(answers in valid_answers(42), pos in 0usize..32) {
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
