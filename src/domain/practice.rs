//! Practice codes: made-up answers to a questionnaire, encoded as result codes, that the
//! team view reads once while it waits for a person's paste and then forgets. A browser
//! first runs WebAssembly with a baseline compiler and compiles a function to fast
//! machine code only after it has run for a while; a practice read gets the reading
//! code there before the first real read (10,000 codes: about 40 ms of reading cold,
//! 10 ms warm). Practice codes never reach a group, its figures or the ledger.

use super::code::encode_with;
use super::code::Layout;
use super::questionnaire::Questionnaire;
use super::response::{Answer, Answers};

/// How many practice codes the team view reads: enough for the browser to compile the
/// per-code functions (they run once per code or per answer), few enough to read in a
/// handful of milliseconds once compiled.
pub const PRACTICE_CODES: usize = 2_000;

/// How many of them differ: writing a code costs more than reading one, so the practice
/// paste holds this many, each `PRACTICE_CODES / PRACTICE_DISTINCT` times (a repeat is
/// decoded before it is found to be one, so it practises the same code).
pub const PRACTICE_DISTINCT: usize = 250;

/// What the team view reads to practise: `PRACTICE_CODES` lines of `PRACTICE_DISTINCT`
/// different practice codes of `q`.
pub fn practice_paste(q: &Questionnaire) -> String {
    practice_text(q, PRACTICE_DISTINCT, 0x5eed).repeat(PRACTICE_CODES / PRACTICE_DISTINCT)
}

/// `n` result codes of made-up answers to `q`, one per line. The answers vary (every
/// value of each scale, "can't say" where offered, deterministic from `seed`) so that the
/// reading takes the paths real codes take. Fewer than `n` lines when `q` cannot be
/// encoded (its codes fail to read anyway, so there is nothing to practise).
pub fn practice_text(q: &Questionnaire, n: usize, seed: u64) -> String {
    let Ok(layout) = Layout::new(q) else {
        return String::new();
    };
    let positions = q.question_count();
    let ranges: Vec<_> = (0..positions).filter_map(|p| q.range_at(p)).collect();
    if ranges.len() != positions {
        return String::new();
    }
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = String::new();
    let mut answers = Answers(Vec::with_capacity(positions));
    for _ in 0..n {
        answers.0.clear();
        answers.0.extend(ranges.iter().map(|r| {
            let v = next();
            if r.cant_say && v % 17 == 0 {
                Some(Answer::CantSay)
            } else {
                let span = u64::from(r.max - r.min) + 1;
                Some(Answer::Value(r.min + (v % span) as u8))
            }
        }));
        match encode_with(&layout, &answers) {
            Ok(code) => {
                out.push_str(&code);
                out.push('\n');
            }
            Err(_) => return out,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code::decode;
    use crate::domain::code::tests::questionnaires;
    use crate::domain::intake::Intake;

    #[test]
    fn practice_codes_are_valid_distinct_codes_of_the_questionnaire() {
        let q = Questionnaire::default_questionnaire();
        let text = practice_text(&q, 300, 11);
        assert_eq!(text.lines().count(), 300);
        for line in text.lines() {
            let a = decode(&q, line).expect("a practice code decodes");
            assert_eq!(a.0.len(), q.question_count());
        }
        let intake = Intake::read(&q, &text).expect("small enough");
        assert_eq!(
            intake.responses.len(),
            300,
            "no duplicates, no invalid codes"
        );
        assert!(intake.invalid.is_empty());
    }

    #[test]
    fn practice_answers_cover_every_value_and_cant_say() {
        let q = Questionnaire::default_questionnaire();
        let text = practice_text(&q, 400, 3);
        let first = q.range_at(0).expect("a scale");
        let mut seen = vec![false; usize::from(first.max) + 1];
        let mut cant_say = false;
        for line in text.lines() {
            match decode(&q, line).expect("decodes").0[0] {
                Some(Answer::Value(v)) => seen[usize::from(v)] = true,
                Some(Answer::CantSay) => cant_say = true,
                None => {}
            }
        }
        assert!((first.min..=first.max).all(|v| seen[usize::from(v)]));
        assert_eq!(cant_say, first.cant_say);
    }

    #[test]
    fn the_practice_paste_repeats_its_distinct_codes() {
        let q = Questionnaire::default_questionnaire();
        let intake = Intake::read(&q, &practice_paste(&q)).expect("small enough");
        assert_eq!(intake.responses.len(), PRACTICE_DISTINCT);
        assert_eq!(intake.duplicates, PRACTICE_CODES - PRACTICE_DISTINCT);
        assert!(intake.invalid.is_empty());
    }

    #[test]
    fn same_seed_same_codes_other_seed_other_codes() {
        let q = Questionnaire::default_questionnaire();
        assert_eq!(practice_text(&q, 20, 5), practice_text(&q, 20, 5));
        assert_ne!(practice_text(&q, 20, 5), practice_text(&q, 20, 6));
    }

    #[test]
    fn a_questionnaire_of_another_shape_gets_its_own_codes() {
        let shape = questionnaires::Shape {
            per_dim: vec![1, 4, 2],
            item: questionnaires::ScaleShape {
                points: 7,
                cant_say: false,
            },
            who: (
                2,
                questionnaires::ScaleShape {
                    points: 3,
                    cant_say: true,
                },
            ),
            own: (
                1,
                questionnaires::ScaleShape {
                    points: 4,
                    cant_say: false,
                },
            ),
        };
        let q = questionnaires::build("practice-shape", &shape);
        let text = practice_text(&q, 50, 9);
        assert_eq!(text.lines().count(), 50);
        let intake = Intake::read(&q, &text).expect("small enough");
        assert!(intake.invalid.is_empty());
        assert_eq!(intake.responses.len() + intake.duplicates, 50);
        let default = Questionnaire::default_questionnaire();
        let other = Intake::read(&default, &text).expect("small enough");
        assert!(
            other.responses.is_empty(),
            "codes of one questionnaire do not read as another's"
        );
    }
}
