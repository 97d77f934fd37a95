//! Reading a paste for the team view: the codes found piece by piece and read in
//! slices, with a pause for the browser after every few milliseconds so that a large
//! paste keeps the page responsive and shows progress; and the practice read
//! (`domain::practice`) that the team view runs once while it waits for a paste.

use crate::domain::group_read::Reading;
use crate::domain::intake::{Finder, TextError};
use crate::domain::practice::practice_paste;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::team::MinGroup;

/// Candidates read between two looks at the clock.
const SLICE: usize = 256;
/// Bytes of text searched for codes between two looks at the clock.
const PIECE_BYTES: usize = 16 * 1024;
/// Longest stretch of reading before yielding to the browser, in milliseconds.
const BUDGET_MS: f64 = 8.0;
/// Reading time before the first progress update, in milliseconds: a read that ends
/// sooner (10,000 codes on an ordinary machine) shows only "Reading codes…", set when
/// it starts, and spares the frame an update costs (10-15 ms beside 10,000 lines).
const FIRST_PROGRESS_MS: f64 = 100.0;
/// Least time between two progress updates after the first, in milliseconds: each one
/// re-renders the view and costs the browser a frame of layout and paint work that grows
/// with the lines in the text box (Chromium walks all of them: about 5 ms beside 10,000
/// codes, 20-45 ms beside 100,000), which reading then waits for.
const PROGRESS_MS: f64 = 200.0;

/// Finds the candidates piece by piece, then reads them in slices (each adding its
/// codes to the team figures), yielding to the browser every `BUDGET_MS`; reports
/// progress; stops (`None`) as soon as `live()` turns false.
pub async fn read_text(
    q: &Questionnaire,
    text: &str,
    progress: impl Fn(usize, usize),
    live: impl Fn() -> bool,
) -> Option<Result<Reading, TextError>> {
    let mut finder = match Finder::new(text, PIECE_BYTES) {
        Ok(f) => f,
        Err(e) => return Some(Err(e)),
    };
    let mut found = Vec::new();
    let mut start = crate::effects::now_ms();
    let begin = start;
    while let Some(piece) = finder.next_piece() {
        match piece {
            Ok(f) => found.extend(f),
            Err(e) => return Some(Err(e)),
        }
        if crate::effects::now_ms() - start >= BUDGET_MS {
            crate::effects::yield_now().await;
            if !live() {
                return None;
            }
            start = crate::effects::now_ms();
        }
    }
    let total = found.len();
    let mut reading = Reading::new(q);
    reading.reserve(total);
    // The first progress at the first pause after `FIRST_PROGRESS_MS`, then at most one
    // every `PROGRESS_MS`.
    let mut reported: Option<f64> = None;
    for (k, slice) in found.chunks(SLICE).enumerate() {
        reading.feed(q, slice);
        let done = ((k + 1) * SLICE).min(total);
        let now = crate::effects::now_ms();
        if done < total && now - start >= BUDGET_MS {
            if now - begin >= FIRST_PROGRESS_MS && reported.is_none_or(|t| now - t >= PROGRESS_MS) {
                progress(done, total);
                reported = Some(now);
            }
            // Not setTimeout(0): that is clamped to 4 ms after a few nested calls.
            crate::effects::yield_now().await;
            if !live() {
                return None;
            }
            start = crate::effects::now_ms();
        }
    }
    Some(Ok(reading))
}

thread_local! {
    /// Whether this module has practised: once is enough for every team view it shows
    /// (the compiled code belongs to the module, whatever the questionnaire).
    static PRACTISED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Reads practice codes of `q` the way a paste is read and drops what it read, so that
/// the browser compiles the reading code before the first real read; stops at the next
/// pause once `live()` turns false. Only the first call in a module practises.
pub async fn practise(q: &Questionnaire, min: MinGroup, live: impl Fn() -> bool) {
    crate::effects::yield_now().await;
    if !live() || PRACTISED.with(|p| p.replace(true)) {
        return;
    }
    if let Some(Ok(reading)) = read_text(q, &practice_paste(q), |_, _| {}, &live).await {
        if live() {
            let _ = reading.data(q, min);
        }
    }
}
