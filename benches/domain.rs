//! Benchmarks of the pure domain layer: `cargo bench`. Each run that computes team
//! figures first forgets the remembered t quantiles, so it pays what a first view pays.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    use leadership_radar::domain::code::{decode, encode};
    use leadership_radar::domain::group_read::Reading;
    use leadership_radar::domain::intake::{Finder, Intake};
    use leadership_radar::domain::questionnaire::Questionnaire;
    use leadership_radar::domain::response::{Answer, Answers};
    use leadership_radar::domain::scoring::score;
    use leadership_radar::domain::stats::forget_t_quantiles;
    use leadership_radar::domain::team::{team_stats, MinGroup};

    /// Deterministic pseudo-random answers (xorshift), so runs are comparable.
    pub fn answers(q: &Questionnaire, seed: u64) -> Answers {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        Answers(
            (0..q.question_count())
                .map(|pos| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if q.range_at(pos).is_some_and(|r| r.count) {
                        // Team size 6..=9, 0..=5 teammates who led: every code encodes.
                        let big = Some(pos) == q.team_size_position();
                        return Some(Answer::Value(if big { 6 } else { 0 } + (x % 4) as u8));
                    }
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

    /// `n` deterministic pseudo-random responses.
    fn team(q: &Questionnaire, n: usize) -> Vec<Answers> {
        (1..=n as u64).map(|seed| answers(q, seed)).collect()
    }

    /// Team statistics (every figure, including the t-based intervals) for n responses.
    #[divan::bench(args = [10, 1_000, 10_000])]
    fn team_stats_of(b: divan::Bencher, n: usize) {
        let q = Questionnaire::default_questionnaire();
        let responses = team(&q, n);
        b.bench(|| {
            forget_t_quantiles();
            team_stats(
                divan::black_box(&q),
                divan::black_box(&responses),
                MinGroup::default(),
            )
        });
    }

    /// Reading 10,000 result codes and aggregating them (the codes are made outside
    /// the timed part).
    #[divan::bench(sample_count = 20)]
    fn decode_and_aggregate_10000_codes(b: divan::Bencher) {
        let q = Questionnaire::default_questionnaire();
        let codes: Vec<String> = team(&q, 10_000)
            .iter()
            .filter_map(|a| encode(&q, a).ok())
            .collect();
        assert_eq!(codes.len(), 10_000);
        b.bench(|| {
            forget_t_quantiles();
            let q = divan::black_box(&q);
            let responses: Vec<Answers> = divan::black_box(&codes)
                .iter()
                .filter_map(|c| decode(q, c).ok())
                .collect();
            team_stats(q, &responses, MinGroup::default())
        });
    }

    /// `n` members' result codes, one per line, as a facilitator pastes them.
    fn pasted_codes(q: &Questionnaire, n: usize) -> String {
        team(q, n)
            .iter()
            .filter_map(|a| encode(q, a).ok())
            .map(|c| c + "\n")
            .collect()
    }

    /// What the team view does with a paste of 10,000 codes: find the codes in the
    /// text, decode them with one precomputed layout, drop duplicates, aggregate.
    #[divan::bench(sample_count = 20)]
    fn paste_10000_codes_to_team_stats(b: divan::Bencher) {
        let q = Questionnaire::default_questionnaire();
        let text = pasted_codes(&q, 10_000);
        b.bench(|| {
            forget_t_quantiles();
            let q = divan::black_box(&q);
            let intake = Intake::read(q, divan::black_box(&text)).expect("small enough");
            let stats = team_stats(q, &intake.responses, MinGroup::default());
            // Returned, so freeing them is not timed: the team view keeps both.
            (intake, stats)
        });
    }

    /// The same paste read as the team view reads it: the text searched in 16 KB
    /// pieces, the codes read in slices of 256 with the team figures added up as they
    /// come (one scoring pass), then the figures.
    #[divan::bench(sample_count = 20)]
    fn paste_10000_codes_as_the_team_view_reads(b: divan::Bencher) {
        let q = Questionnaire::default_questionnaire();
        let text = pasted_codes(&q, 10_000);
        b.bench(|| {
            forget_t_quantiles();
            let q = divan::black_box(&q);
            let mut finder = Finder::new(divan::black_box(&text), 16 * 1024).expect("small");
            let mut found = Vec::new();
            while let Some(piece) = finder.next_piece() {
                found.extend(piece.expect("few enough"));
            }
            let mut reading = Reading::new(q);
            reading.reserve(found.len());
            for slice in found.chunks(256) {
                reading.feed(q, slice);
            }
            let data = reading.data(q, MinGroup::default());
            (reading, data)
        });
    }
}
