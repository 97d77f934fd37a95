//! Prints deterministic pseudo-random result codes for the default questionnaire, one
//! per line: `cargo run --example gen_codes -- <count> [seed]`. Used by the team-view
//! browser benchmark; the answers vary so that figures are not degenerate.

use leadership_radar::domain::code;
use leadership_radar::domain::questionnaire::Questionnaire;
use leadership_radar::domain::response::{Answer, Answers};

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let mut x: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1) | 1;
    let q = Questionnaire::default_questionnaire();
    let mut out = String::with_capacity(count * 41);
    for _ in 0..count {
        // A respondent tendency (2..=4) plus noise, and an occasional "can't say".
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let centre = 2 + (x % 3) as i64;
        let answers = Answers(
            (0..q.question_count())
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if x % 23 == 0 {
                        return Some(Answer::CantSay);
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
