//! Times each step the team view takes for one group of pasted codes, natively:
//! `cargo run --release --example profile_team -- [count=100000] [repeat=3]`.
//! Finding the candidates, reading them, team statistics, each member's figures, the
//! ledger's admission of the group and the whole `GroupRead` (what the view runs after
//! the last slice is read), each the best of `repeat` runs. For finding where the time
//! goes before changing anything (`cargo bench` has the figures the README quotes).

use std::time::Instant;

use leadership_radar::domain::code;
use leadership_radar::domain::group_read::{GroupRead, Reading};
use leadership_radar::domain::intake::{candidates, Intake, MemberKey};
use leadership_radar::domain::questionnaire::Questionnaire;
use leadership_radar::domain::response::{Answer, Answers};
use leadership_radar::domain::team::differencing::{Candidate, Ledger};
use leadership_radar::domain::team::{self, MinGroup};

/// `count` distinct pseudo-random codes, one per line.
fn codes(q: &Questionnaire, count: usize) -> String {
    let mut x: u64 = 7;
    let mut out = String::with_capacity(count * 42);
    let mut made = 0;
    while made < count {
        let answers = Answers(
            (0..q.question_count())
                .map(|pos| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if q.range_at(pos).is_some_and(|r| r.count) {
                        let big = Some(pos) == q.team_size_position();
                        return Some(Answer::Value(if big { 6 } else { 0 } + (x % 4) as u8));
                    }
                    Some(match x % 6 {
                        0 => Answer::CantSay,
                        v => Answer::Value(v as u8),
                    })
                })
                .collect(),
        );
        if let Ok(c) = code::encode(q, &answers) {
            out.push_str(&c);
            out.push('\n');
            made += 1;
        }
    }
    out
}

/// Best wall time of `repeat` runs of `f`, in milliseconds, and its last result.
fn best<T>(repeat: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..repeat {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        last = Some(r);
    }
    (best, last.expect("repeat ≥ 1"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let repeat: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3).max(1);
    let q = Questionnaire::default_questionnaire();
    let min = MinGroup::default();
    let text = codes(&q, count);
    println!(
        "{count} codes, {} KB of text; best of {repeat}",
        text.len() / 1024
    );

    let (t, found) = best(repeat, || candidates(&text).expect("small enough"));
    println!("  find candidates            {t:8.1} ms");
    let (t, intake) = best(repeat, || {
        let mut i = Intake::default();
        for slice in found.chunks(256) {
            i.feed(&q, slice);
        }
        i
    });
    println!("  read (decode, duplicates)  {t:8.1} ms");
    let responses = &intake.responses;
    let (t, stats) = best(repeat, || {
        team::team_stats(&q, responses, min).expect("enough")
    });
    println!("  team statistics            {t:8.1} ms");
    let (t, figures) = best(repeat, || team::member_figures(&q, responses));
    println!("  member figures             {t:8.1} ms");
    let (t, members) = best(repeat, || {
        intake
            .codes
            .iter()
            .cloned()
            .zip(figures.iter().copied())
            .collect::<Vec<_>>()
    });
    println!("  members (keys)             {t:8.1} ms");
    let candidate = Candidate::Codes {
        members,
        summary: None,
    };
    let (t, _) = best(repeat, || {
        let mut ledger = Ledger::<MemberKey>::new(min.get(), q.dimensions.len());
        ledger.admit(&candidate, 'A').expect("first view")
    });
    println!("  ledger: admit as first     {t:8.1} ms");
    let mut ledger = Ledger::<MemberKey>::new(min.get(), q.dimensions.len());
    ledger.admit(&candidate, 'A').expect("first view");
    let (t, _) = best(repeat, || ledger.check_only(&candidate));
    println!("  ledger: check again        {t:8.1} ms");
    let (t, _) = best(repeat, || {
        team::summary_decode(&q, &team::summary_encode(&q, &stats)).expect("own code")
    });
    println!("  summary encode + decode    {t:8.1} ms");
    let (t, reading) = best(repeat, || {
        let mut r = Reading::new(&q);
        for slice in found.chunks(256) {
            r.feed(&q, slice);
        }
        r
    });
    println!("  reading with team figures  {t:8.1} ms");
    let mut reading = Some(reading);
    let (t, _) = best(1, || {
        let mut ledger = Ledger::<MemberKey>::new(min.get(), q.dimensions.len());
        let r = reading.take().expect("once");
        GroupRead::of_reading(&q, r, min, &mut ledger, 'A')
    });
    println!("  after the last slice       {t:8.1} ms  (once)");
}
