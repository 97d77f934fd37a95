//! Prints deterministic pseudo-random result codes for the default questionnaire, one
//! per line: `cargo run --example gen_codes -- <count> [seed] [dimension=keyed ...]`.
//! Used by the team-view browser benchmark and end-to-end tests; the answers vary so
//! that figures are not degenerate. Each `dimension=keyed` argument (e.g.
//! `autonomy=4`) makes every respondent answer all statements of that dimension so
//! that the keyed value is `keyed` (reverse-worded statements get `6 − keyed`); `0`
//! answers them all with "can't say".

use leadership_radar::domain::code;
use leadership_radar::domain::questionnaire::{QuestionKind, Questionnaire};
use leadership_radar::domain::response::{Answer, Answers};

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let mut x: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1) | 1;
    let q = Questionnaire::default_questionnaire();
    let fixed: Vec<(usize, u8)> = args
        .map(|a| {
            let (id, v) = a.split_once('=').unwrap_or_else(|| {
                eprintln!("gen_codes: expected dimension=keyed, got {a}");
                std::process::exit(2)
            });
            let d = q
                .dimensions
                .iter()
                .position(|d| d.id == id)
                .unwrap_or_else(|| {
                    eprintln!("gen_codes: no dimension {id}");
                    std::process::exit(2)
                });
            (d, v.parse().unwrap_or(3))
        })
        .collect();
    let mut out = String::with_capacity(count * 41);
    for _ in 0..count {
        // A respondent tendency (2..=4) plus noise, and an occasional "can't say".
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let centre = 2 + (x % 3) as i64;
        let answers = Answers(
            (0..q.question_count())
                .map(|pos| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if let Some(QuestionKind::Item { dimension, reverse }) = q.kind(pos) {
                        if let Some(&(_, v)) = fixed.iter().find(|(d, _)| *d == dimension) {
                            return Some(match v {
                                0 => Answer::CantSay,
                                _ if reverse => Answer::Value(6 - v),
                                _ => Answer::Value(v),
                            });
                        }
                    }
                    if x % 23 == 0 {
                        return Some(Answer::CantSay);
                    }
                    if q.range_at(pos).is_some_and(|r| r.count) {
                        // Team size 6..=9 and 0..=5 teammates who led.
                        let v = if Some(pos) == q.team_size_position() {
                            6 + (x % 4) as u8
                        } else {
                            (x % 6) as u8
                        };
                        return Some(Answer::Value(v));
                    }
                    let v = (centre + (x % 3) as i64 - 1).clamp(1, 5) as u8;
                    Some(Answer::Value(v))
                })
                .collect(),
        );
        match code::encode(&q, &answers) {
            Ok(c) => {
                out.push_str(&c);
                out.push('\n');
            }
            Err(e) => {
                eprintln!("gen_codes: {e:?}");
                std::process::exit(1);
            }
        }
    }
    print!("{out}");
}
