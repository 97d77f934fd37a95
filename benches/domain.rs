//! Benchmarks of the pure domain layer: `cargo bench`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    use leadership_radar::domain::questionnaire::Questionnaire;
    use leadership_radar::domain::response::{Answer, Answers};
    use leadership_radar::domain::scoring::score;

    /// Deterministic pseudo-random answers (xorshift), so runs are comparable.
    pub fn answers(q: &Questionnaire, seed: u64) -> Answers {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        Answers(
            (0..q.question_count())
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    let v = (x % 6) as u8;
                    Some(if v == 0 {
                        Answer::CantSay
                    } else {
                        Answer::Value(v)
                    })
                })
                .collect(),
        )
    }

    #[divan::bench]
    fn score_one(b: divan::Bencher) {
        let q = Questionnaire::default_questionnaire();
        let a = answers(&q, 7);
        b.bench(|| score(divan::black_box(&q), divan::black_box(&a)));
    }
}
