//! Scoring one person: reverse keying, dimension scores with an honest uncertainty,
//! the two headline figures (conditions for shared leadership; leadership spread), the
//! who-leads profile, own leadership, the network share and response-quality flags.
//!
//! Rules (see ARCHITECTURE.md and the instrument brief):
//! - Reverse keying: `x' = (1 + points) − x`.
//! - "Can't say" and unanswered are missing, never a middle value.
//! - A dimension is scored only when at least 75% of its items are answered.
//! - 0–100 scale: `100 · (mean − 1) / (points − 1)`; the raw mean is kept.
//! - Uncertainty for one person: with only 4 items a confidence interval would be
//!   meaningless, so we report the *item range*: the lowest and highest of the
//!   person's (keyed) item answers in that dimension, on the 0–100 scale. A wide range
//!   means the items disagree and the score summarises mixed experiences.
//!
//! # The two headline figures
//!
//! - **Conditions for shared leadership** (`conditions`): the mean of the dimension
//!   scores, when at least 75% of the dimensions are scored. It says how favourable the
//!   climate is for leadership to spread, not whether it has.
//! - **Leadership spread** (`spread`): the mean of up to three parts, each 0–100:
//!   1. *who leads* `W`: the mean who-leads position (0 = one designated leader,
//!      100 = everyone, as needed; 75% of the functions answered);
//!   2. *teammates who lead* `N = 100 · k / (size − 1)`: the share of the respondent's
//!      teammates they saw take the lead (mean over the count questions answered, at
//!      least 75% of them, and the team size answered). A count above `size − 1` is
//!      clipped to `size − 1` and marked (`NetworkShare::clipped`);
//!   3. *own leadership* `O`: how often the respondent leads (0 = never, 100 = very
//!      often; 75% of the items answered).
//!
//!   `spread = (W + N + O) / 3` with equal weights; when a part is missing it is the
//!   mean of the others, but at least [`MIN_SPREAD_PARTS`] parts are needed (all of them
//!   when the questionnaire defines fewer). Equal weights because each part answers a
//!   different question — on how many functions the lead goes beyond one person, how
//!   many people lead, and whether the respondent is one of them — and none is known to
//!   measure spread better for one person; a reader can recompute the figure by hand.

use super::questionnaire::{QuestionKind, Questionnaire};
use super::response::{Answer, Answers};
use crate::domain::small::clamp;

/// Share of a dimension's items that must be answered for a score.
pub const MIN_ANSWERED_SHARE: f64 = 0.75;
/// Share of dimensions that must be scored for the overall index.
pub const MIN_SCORED_DIMENSIONS_SHARE: f64 = 0.75;
/// "Can't say" share above which the many-can't-say flag fires.
pub const MAX_CANT_SAY_SHARE: f64 = 0.25;
/// Fewest parts (who leads, teammates who lead, own leadership) for a spread figure.
pub const MIN_SPREAD_PARTS: usize = 2;
/// Minimum number of answered items before straight-lining is judged.
pub const STRAIGHT_LINE_MIN_ITEMS: usize = 10;
/// Share of answered items with the same scale point from which the answers count as
/// nearly straight-lined (one answer for almost everything).
pub const NEAR_STRAIGHT_SHARE: f64 = 0.9;
/// Keyed distance (scale points) between a reverse-keyed item and the mean of its
/// siblings from which the answers are called contradictory.
pub const CONTRADICTION_GAP: f64 = 2.0;

/// Reverse-keys a value on a scale of `points`: an involution on 1..=points.
pub fn reverse(value: u8, points: u8) -> u8 {
    (1 + points).saturating_sub(value)
}

/// Converts a raw mean on 1..=points to 0–100.
pub fn to_percent(mean: f64, points: u8) -> f64 {
    if points < 2 {
        return 0.0;
    }
    clamp(100.0 * (mean - 1.0) / f64::from(points - 1), 0.0, 100.0)
}

/// One dimension's score.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// Items answered with a scale point.
    pub answered: usize,
    /// Items in the dimension.
    pub items: usize,
    /// Mean of keyed answers on the raw scale, when scored.
    pub raw_mean: Option<f64>,
    /// The same on 0–100, when scored.
    pub score: Option<f64>,
    /// Lowest and highest keyed item answer on 0–100, when scored.
    pub range: Option<(f64, f64)>,
}

/// Response-quality flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct QualityFlags {
    /// The same scale point chosen for every answered item (before keying).
    pub straight_lining: bool,
    /// At least [`NEAR_STRAIGHT_SHARE`] of the answered items share one scale point,
    /// but not all of them (then `straight_lining` is set instead).
    pub near_straight_lining: bool,
    /// Dimensions where a reverse-keyed item contradicts its siblings.
    pub contradictions: usize,
    /// More than a quarter of items answered "can't say".
    pub many_cant_say: bool,
}

impl QualityFlags {
    /// Whether any flag fired.
    pub fn any(&self) -> bool {
        self.straight_lining
            || self.near_straight_lining
            || self.contradictions > 0
            || self.many_cant_say
    }

    /// Whether the answers look careless as a whole (every or nearly every answer the
    /// same): the profile is then shown muted, with a caveat.
    pub fn careless(&self) -> bool {
        self.straight_lining || self.near_straight_lining
    }
}

/// What one person reported about the leadership network: the team size and how many
/// teammates they saw take the lead.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetworkShare {
    /// Teammates: the reported team size minus the respondent.
    pub teammates: u8,
    /// Teammates seen taking the lead: the mean of the answered counts, each clipped to
    /// `teammates`.
    pub led: f64,
    /// `led / teammates`, 0–1.
    pub share: f64,
    /// Whether some count exceeded `teammates` and was clipped.
    pub clipped: bool,
}

/// One person's profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// One entry per dimension, in questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// Conditions for shared leadership: the mean of the dimension scores (0–100), when
    /// enough dimensions are scored. (Called "index" before the spread figure existed.)
    pub conditions: Option<f64>,
    /// Leadership spread, 0–100 (see the module documentation for the formula).
    pub spread: Option<f64>,
    /// The team size and the teammates seen leading, when both were answered.
    pub network: Option<NetworkShare>,
    /// Per who-leads function, 0 (one designated leader) to 100 (everyone), or None.
    pub who_leads: Vec<Option<f64>>,
    /// Mean of the who-leads positions on 0–100.
    pub who_leads_mean: Option<f64>,
    /// Own leadership on 0–100 (needs 75% of its items).
    pub own: Option<f64>,
    /// Raw own-leadership mean on the frequency scale.
    pub own_raw: Option<f64>,
    /// Response-quality flags.
    pub flags: QualityFlags,
}

/// The questionnaire's structure, looked up once so that scoring many responses
/// needs no string comparisons and no allocation per response ([`score_into`]).
/// [`score`] uses it too, so there is one scoring implementation.
pub(crate) struct Layout {
    /// Per canonical position: the scale's points and whether the answer is reversed,
    /// or `None` where the position has no usable scale/kind (answers are missing).
    keys: Vec<Option<(u8, bool)>>,
    /// Canonical positions of each dimension's items.
    pub(crate) dims: Vec<Vec<usize>>,
    pub(crate) item_points: u8,
    pub(crate) who_start: usize,
    pub(crate) n_who: usize,
    pub(crate) who_points: u8,
    own_start: usize,
    n_own: usize,
    pub(crate) own_points: u8,
    /// Per dimension, the fewest answered items that give a score (the share rule,
    /// [`enough`], evaluated once for every count; `len + 1` when none does).
    need: Vec<usize>,
    /// A dimension's raw mean and score by answered items and their sum of keyed
    /// answers (`scores[answered * stride + sum]`, from [`raw_and_score`]), when the
    /// questionnaire's dimensions are small enough for such a table.
    scores: Vec<(f64, f64)>,
    stride: usize,
    /// Own leadership's table entries are `answered * own_stride + sum` (0: no table);
    /// the mean of an entry is computed from the entry itself ([`Layout::own_slot_mean`]).
    own_stride: usize,
    /// `to_percent(s, who_points)` for every who-leads step `s` (index = step).
    who_percent: Vec<f64>,
}

/// The most entries of [`Layout`]'s table of dimension scores (dimensions of up to 12
/// items on up to 11 points fit; larger ones compute each score).
const MAX_SCORE_TABLE: usize = 2048;

/// A dimension's raw mean and 0–100 score from the sum of its `answered` keyed answers
/// (whole numbers, so their sum in any order is this sum exactly).
fn raw_and_score(sum: u32, answered: usize, points: u8) -> (f64, f64) {
    let raw = f64::from(sum) / answered as f64;
    (raw, to_percent(raw, points))
}

impl Layout {
    /// The layout of `q`.
    pub(crate) fn new(q: &Questionnaire) -> Layout {
        let keys = (0..q.question_count())
            .map(|pos| {
                let points = q.scale_at(pos)?.points;
                let reversed = matches!(q.kind(pos)?, QuestionKind::Item { reverse: true, .. });
                Some((points, reversed))
            })
            .collect();
        let points = |id: &str| q.scale(id).map(|s| s.points).unwrap_or(5);
        Layout {
            keys,
            dims: (0..q.dimensions.len())
                .map(|d| q.dimension_items(d))
                .collect(),
            item_points: points(&q.item_scale),
            who_start: q.items.len(),
            n_who: q.who_leads.functions.len(),
            who_points: points(&q.who_leads.scale),
            own_start: q.items.len() + q.who_leads.functions.len(),
            n_own: q.own_leadership.items.len(),
            own_points: points(&q.own_leadership.scale),
            need: Vec::new(),
            scores: Vec::new(),
            stride: 0,
            own_stride: 0,
            who_percent: Vec::new(),
        }
        .with_need()
    }

    /// The share rule per dimension ([`Layout::need`]).
    fn with_need(mut self) -> Layout {
        self.need = self
            .dims
            .iter()
            .map(|p| {
                (0..=p.len())
                    .find(|&k| enough(k, p.len(), MIN_ANSWERED_SHARE))
                    .unwrap_or(p.len() + 1)
            })
            .collect();
        self
    }

    /// The layout with the look-up tables of [`score_into`], each made with the
    /// function it replaces: for scoring many responses (one response is scored as
    /// fast without them).
    pub(crate) fn with_tables(mut self) -> Layout {
        let longest = self.dims.iter().map(Vec::len).max().unwrap_or(0);
        let stride = longest * usize::from(self.item_points) + 1;
        if (longest + 1) * stride <= MAX_SCORE_TABLE {
            self.stride = stride;
            self.scores = (0..=longest)
                .flat_map(|answered| (0..stride).map(move |sum| (answered, sum)))
                .map(|(answered, sum)| raw_and_score(sum as u32, answered.max(1), self.item_points))
                .collect();
        }
        let own_stride = self.n_own * usize::from(self.own_points) + 1;
        if (self.n_own + 1) * own_stride <= MAX_SCORE_TABLE {
            self.own_stride = own_stride;
        }
        self.who_percent = (0..=self.who_points)
            .map(|s| to_percent(f64::from(s), self.who_points))
            .collect();
        self
    }

    /// A dimension's raw mean and score ([`raw_and_score`]), from the table when there
    /// is one, with the table entry it came from. `answered` is at least 1.
    fn dimension_score(&self, sum: u32, answered: usize) -> ((f64, f64), Option<usize>) {
        let at = answered * self.stride + sum as usize;
        match self.scores.get(at) {
            Some(&found) if self.stride > sum as usize => (found, Some(at)),
            _ => (raw_and_score(sum, answered, self.item_points), None),
        }
    }

    /// Entries in the table of dimension scores (0 without one).
    pub(crate) fn score_slots(&self) -> usize {
        self.scores.len()
    }

    /// Entries of own leadership's table (0 without one).
    pub(crate) fn own_slots(&self) -> usize {
        (self.n_own + 1) * self.own_stride
    }

    /// The raw own-leadership mean of an entry ([`PersonScores::own_slot`]): its sum of
    /// whole answers over their count, the division [`score_into`] makes.
    pub(crate) fn own_slot_mean(&self, slot: usize) -> Option<f64> {
        let answered = slot.checked_div(self.own_stride)?;
        (answered > 0 && slot < self.own_slots())
            .then(|| (slot % self.own_stride) as f64 / answered as f64)
    }

    /// The 0–100 score of a table entry ([`PersonScores::slots`]).
    pub(crate) fn slot_score(&self, slot: usize) -> Option<f64> {
        self.scores.get(slot).map(|&(_, score)| score)
    }

    /// The keyed answer at a position: reverse-keyed where the item says so; `None`
    /// for "can't say", unanswered, or a value outside the question's scale.
    fn keyed(&self, answers: &Answers, pos: usize) -> Option<f64> {
        self.keyed_value(answers, pos).map(f64::from)
    }

    /// [`keyed`](Self::keyed) as the whole number it is. Always inlined: it runs for
    /// every item of every response, and the size-optimised wasm build would call it.
    #[inline(always)]
    fn keyed_value(&self, answers: &Answers, pos: usize) -> Option<u8> {
        let v = answers.value(pos)?;
        let (points, reversed) = (*self.keys.get(pos)?)?;
        if v < 1 || v > points {
            return None;
        }
        Some(if reversed { reverse(v, points) } else { v })
    }

    fn is_reversed(&self, pos: usize) -> bool {
        matches!(self.keys.get(pos), Some(Some((_, true))))
    }
}

/// The share rule: at least `share` of `total` answered (and `total` > 0).
pub(crate) fn enough(answered: usize, total: usize, share: f64) -> bool {
    total > 0 && answered as f64 >= share * total as f64 - 1e-9
}

/// The figures of one response that team statistics need, in reusable buffers.
#[derive(Debug, Default)]
pub(crate) struct PersonScores {
    /// Dimension scores on 0–100.
    pub(crate) dims: Vec<Option<f64>>,
    /// Raw dimension means (1–points).
    raw: Vec<Option<f64>>,
    /// Keyed item answers per dimension, in item order.
    pub(crate) items: Vec<Vec<Option<f64>>>,
    pub(crate) index: Option<f64>,
    /// Who-leads step chosen per function (1..=points).
    pub(crate) who: Vec<Option<u8>>,
    /// Mean who-leads answer on 0–100, under the share rule.
    pub(crate) who_mean: Option<f64>,
    pub(crate) own_raw: Option<f64>,
    /// Per dimension, the entry of the layout's score table its score came from
    /// (`None` without a score or a table): lets team figures count scores by entry
    /// instead of searching a sorted list for every one.
    pub(crate) slots: Vec<Option<usize>>,
    /// The entry of own leadership's table `own_raw` came from, as `slots`.
    pub(crate) own_slot: Option<usize>,
}

/// Scores one response into `out`, reusing its buffers: the one scoring rule behind
/// [`score`] and the team statistics.
pub(crate) fn score_into(layout: &Layout, answers: &Answers, out: &mut PersonScores) {
    let n_dims = layout.dims.len();
    out.dims.resize(n_dims, None);
    out.raw.resize(n_dims, None);
    out.items.resize(n_dims, Vec::new());
    out.slots.resize(n_dims, None);
    let (mut sum, mut count) = (0.0, 0usize);
    for (d, positions) in layout.dims.iter().enumerate() {
        let vals = &mut out.items[d];
        vals.clear();
        // The share rule and the mean of the keyed answers (whole numbers, summed
        // exactly): `enough` and `raw_and_score`, through the layout's tables.
        let (mut answered, mut item_sum) = (0usize, 0u32);
        vals.extend(positions.iter().map(|&p| {
            let v = layout.keyed_value(answers, p);
            if let Some(v) = v {
                answered += 1;
                item_sum += u32::from(v);
            }
            v.map(f64::from)
        }));
        let need = layout.need.get(d).copied().unwrap_or(usize::MAX);
        let (raw, score, slot) = if answered >= need && answered > 0 {
            let ((raw, score), slot) = layout.dimension_score(item_sum, answered);
            (Some(raw), Some(score), slot)
        } else {
            (None, None, None)
        };
        out.slots[d] = slot;
        if let Some(s) = score {
            sum += s;
            count += 1;
        }
        out.raw[d] = raw;
        out.dims[d] = score;
    }
    out.index = (enough(count, n_dims, MIN_SCORED_DIMENSIONS_SHARE) && count > 0)
        .then(|| sum / count as f64);
    out.who.clear();
    out.who.extend((0..layout.n_who).map(|i| {
        layout
            .keyed(answers, layout.who_start + i)
            .and_then(|v| (v <= f64::from(layout.who_points)).then_some(v as u8))
    }));
    // Summed in order, as `mean` would: no list per person.
    let (mut who_sum, mut who_n) = (0.0, 0usize);
    for &s in out.who.iter().flatten() {
        who_sum += layout
            .who_percent
            .get(usize::from(s))
            .copied()
            .unwrap_or_else(|| to_percent(f64::from(s), layout.who_points));
        who_n += 1;
    }
    out.who_mean = (enough(who_n, layout.n_who, MIN_ANSWERED_SHARE) && who_n > 0)
        .then(|| who_sum / who_n as f64);
    let (mut own_sum, mut own_count) = (0u32, 0usize);
    for i in 0..layout.n_own {
        if let Some(v) = layout.keyed_value(answers, layout.own_start + i) {
            own_sum += u32::from(v);
            own_count += 1;
        }
    }
    // Whole answers summed exactly: as the mean of their f64 values.
    out.own_raw = (enough(own_count, layout.n_own, MIN_ANSWERED_SHARE) && own_count > 0)
        .then(|| f64::from(own_sum) / own_count as f64);
    out.own_slot = out
        .own_raw
        .filter(|_| layout.own_stride > 0)
        .map(|_| own_count * layout.own_stride + own_sum as usize);
}

fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().sum::<f64>() / xs.len() as f64)
    }
}

/// Scores one person's answers. Answers that do not fit the questionnaire (out-of-range
/// values, wrong length) are treated as missing; nothing panics.
pub fn score(q: &Questionnaire, answers: &Answers) -> Profile {
    let layout = Layout::new(q);
    let mut p = PersonScores::default();
    score_into(&layout, answers, &mut p);
    let item_points = layout.item_points;
    let mut contradictions = 0;
    let dimensions = layout
        .dims
        .iter()
        .enumerate()
        .map(|(d, positions)| {
            let vals = &p.items[d];
            let raw_mean = p.raw[d];
            let range = raw_mean.map(|_| {
                let lo = vals.iter().flatten().copied().fold(f64::INFINITY, f64::min);
                let hi = vals
                    .iter()
                    .flatten()
                    .copied()
                    .fold(f64::NEG_INFINITY, f64::max);
                (to_percent(lo, item_points), to_percent(hi, item_points))
            });
            // Contradiction: the reverse-keyed item, once keyed, sits far from its siblings.
            if let Some(r) = positions.iter().position(|&pos| layout.is_reversed(pos)) {
                if let Some(rv) = vals[r] {
                    let siblings: Vec<f64> = vals
                        .iter()
                        .enumerate()
                        .filter(|&(i, _)| i != r)
                        .filter_map(|(_, v)| *v)
                        .collect();
                    if siblings.len() >= 2
                        && mean(&siblings).is_some_and(|m| (m - rv).abs() >= CONTRADICTION_GAP)
                    {
                        contradictions += 1;
                    }
                }
            }
            DimensionScore {
                answered: vals.iter().flatten().count(),
                items: positions.len(),
                raw_mean,
                score: p.dims[d],
                range,
            }
        })
        .collect();

    let who_leads: Vec<Option<f64>> = p
        .who
        .iter()
        .map(|s| s.map(|s| to_percent(f64::from(s), layout.who_points)))
        .collect();
    let who_leads_mean = p.who_mean;

    // Quality flags over dimension items.
    let n_items = layout.who_start;
    let raw_item_values: Vec<u8> = (0..n_items).filter_map(|p| answers.value(p)).collect();
    let straight_lining = raw_item_values.len() >= STRAIGHT_LINE_MIN_ITEMS
        && raw_item_values.windows(2).all(|w| w[0] == w[1]);
    let near_straight_lining =
        !straight_lining && raw_item_values.len() >= STRAIGHT_LINE_MIN_ITEMS && {
            let mut counts = [0usize; 256];
            for &v in &raw_item_values {
                counts[v as usize] += 1;
            }
            let top = counts.iter().copied().max().unwrap_or(0);
            top as f64 >= NEAR_STRAIGHT_SHARE * raw_item_values.len() as f64 - 1e-9
        };
    let cant_say = (0..n_items)
        .filter(|&p| answers.get(p) == Some(Answer::CantSay))
        .count();
    let many_cant_say = n_items > 0 && cant_say as f64 > MAX_CANT_SAY_SHARE * n_items as f64;

    let own = p.own_raw.map(|m| to_percent(m, layout.own_points));
    let network = network_share(q, answers);
    let spread = person_spread(q, &layout, &p, network);

    Profile {
        dimensions,
        conditions: p.index,
        spread,
        network,
        who_leads,
        who_leads_mean,
        own,
        own_raw: p.own_raw,
        flags: QualityFlags {
            straight_lining,
            near_straight_lining,
            contradictions,
            many_cant_say,
        },
    }
}

/// One scored person's leadership spread from its three parts: who leads (the mean
/// who-leads answer), teammates who lead (the network share) and own leadership; the
/// one rule behind [`score`] and the team's spread.
pub(crate) fn person_spread(
    q: &Questionnaire,
    layout: &Layout,
    p: &PersonScores,
    network: Option<NetworkShare>,
) -> Option<f64> {
    spread_of(
        [
            (layout.n_who > 0, p.who_mean),
            (q.network.is_some(), network.map(|n| 100.0 * n.share)),
            (
                !q.own_leadership.items.is_empty(),
                p.own_raw.map(|o| to_percent(o, layout.own_points)),
            ),
        ],
        MIN_SPREAD_PARTS,
    )
}

/// The spread from its parts: `(defined by the questionnaire, value)` for who leads,
/// teammates who lead and own leadership. The mean of the available values, when at
/// least `min_parts` are available (or all defined parts, when fewer are defined).
pub fn spread_of(parts: [(bool, Option<f64>); 3], min_parts: usize) -> Option<f64> {
    let defined = parts.iter().filter(|(d, _)| *d).count();
    let (mut sum, mut n) = (0.0, 0usize);
    for v in parts
        .iter()
        .filter(|(d, _)| *d)
        .filter_map(|(_, v)| v.filter(|x| x.is_finite()))
    {
        sum += v;
        n += 1;
    }
    let needed = min_parts.min(defined).max(1);
    (n >= needed).then(|| sum / n as f64)
}

/// The team size and counts of teammates who led, read from the answers: `None` when the
/// questionnaire has no network block, the size is not answered, or fewer than 75% of
/// the counts are answered. Counts above `size − 1` are clipped to it.
pub fn network_share(q: &Questionnaire, answers: &Answers) -> Option<NetworkShare> {
    let net = q.network.as_ref()?;
    let size_pos = q.team_size_position()?;
    let size_range = q.range_at(size_pos)?;
    let size = answers
        .value(size_pos)
        .filter(|v| size_range.contains(*v))?;
    let teammates = size.checked_sub(1).filter(|t| *t > 0)?;
    let mut clipped = false;
    // Summed in order, as `mean` would: no list per person.
    let (mut sum, mut answered) = (0.0, 0usize);
    for i in 0..net.counts.len() {
        let Some(pos) = q.count_position(i) else {
            continue;
        };
        let Some(v) = answers
            .value(pos)
            .filter(|v| q.range_at(pos).is_some_and(|r| r.contains(*v)))
        else {
            continue;
        };
        if v > teammates {
            clipped = true;
        }
        sum += f64::from(v.min(teammates));
        answered += 1;
    }
    if !enough(answered, net.counts.len(), MIN_ANSWERED_SHARE) || answered == 0 {
        return None;
    }
    let led = sum / answered as f64;
    Some(NetworkShare {
        teammates,
        led,
        share: led / f64::from(teammates),
        clipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scores as `score_into` computed them before its tables: the share rule,
    /// the mean of the keyed answers and `to_percent` per dimension, and the who-leads
    /// mean, each computed for every response.
    fn direct(layout: &Layout, answers: &Answers) -> (Vec<Option<(u64, u64)>>, Option<u64>) {
        let dims = layout
            .dims
            .iter()
            .map(|positions| {
                let vals: Vec<Option<f64>> = positions
                    .iter()
                    .map(|&p| layout.keyed(answers, p))
                    .collect();
                let answered = vals.iter().flatten().count();
                (enough(answered, positions.len(), MIN_ANSWERED_SHARE) && answered > 0).then(|| {
                    let raw = vals.iter().flatten().sum::<f64>() / answered as f64;
                    (raw.to_bits(), to_percent(raw, layout.item_points).to_bits())
                })
            })
            .collect();
        let who: Vec<f64> = (0..layout.n_who)
            .filter_map(|i| layout.keyed(answers, layout.who_start + i))
            .filter(|&v| v <= f64::from(layout.who_points))
            .map(|v| to_percent(v, layout.who_points))
            .collect();
        let who_mean = (enough(who.len(), layout.n_who, MIN_ANSWERED_SHARE) && !who.is_empty())
            .then(|| (who.iter().sum::<f64>() / who.len() as f64).to_bits());
        (dims, who_mean)
    }

    /// The tables of the layout (the share rule per count, scores by answered items and
    /// sum, who-leads percentages) give the scores bit for bit as computed directly,
    /// with the table and without it (dimensions too long for one).
    #[test]
    fn scoring_through_the_tables_equals_scoring_directly() {
        let mut x: u64 = 0x05C0_8E57_AB1E;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut long = q();
        for it in long.items.iter_mut().skip(4) {
            it.dimension = long.dimensions[0].id.clone();
        }
        for q in [q(), long] {
            let plain = Layout::new(&q);
            let layout = Layout::new(&q).with_tables();
            assert_eq!(layout.scores.is_empty(), layout.dims[0].len() > 12);
            let mut p = PersonScores::default();
            for _ in 0..3_000 {
                let a = Answers(
                    (0..q.question_count())
                        .map(|_| match next() % 9 {
                            0 => None,
                            1 => Some(Answer::CantSay),
                            2 => Some(Answer::Value(next() as u8)),
                            v => Some(Answer::Value((v - 2) as u8)),
                        })
                        .collect(),
                );
                score_into(&layout, &a, &mut p);
                let (dims, who_mean) = direct(&layout, &a);
                let mut without = PersonScores::default();
                score_into(&plain, &a, &mut without);
                // Without a table no score has a table entry; with one, each entry
                // holds the score it was counted for.
                assert!(without.slots.iter().all(Option::is_none));
                for (slot, score) in p.slots.iter().zip(&p.dims) {
                    let from_slot = slot.and_then(|e| layout.slot_score(e));
                    assert_eq!(
                        from_slot.map(f64::to_bits),
                        slot.and(score.map(f64::to_bits))
                    );
                    assert_eq!(slot.is_some(), score.is_some() && !layout.scores.is_empty());
                }
                assert_eq!(without.own_slot, None);
                let own_from_slot = p.own_slot.and_then(|e| layout.own_slot_mean(e));
                assert_eq!(own_from_slot.map(f64::to_bits), p.own_raw.map(f64::to_bits));
                let slots = std::mem::take(&mut p.slots);
                let own_slot = p.own_slot.take();
                without.slots.clear();
                assert_eq!(format!("{without:?}"), format!("{p:?}"));
                (p.slots, p.own_slot) = (slots, own_slot);
                let got: Vec<Option<(u64, u64)>> = p
                    .raw
                    .iter()
                    .zip(&p.dims)
                    .map(|(r, s)| r.zip(*s).map(|(r, s)| (r.to_bits(), s.to_bits())))
                    .collect();
                assert_eq!(got, dims, "{a:?}");
                assert_eq!(p.who_mean.map(f64::to_bits), who_mean, "{a:?}");
            }
        }
    }

    fn q() -> Questionnaire {
        Questionnaire::default_questionnaire()
    }

    /// Answers every question with `v`.
    fn all(q: &Questionnaire, v: u8) -> Answers {
        Answers(vec![Some(Answer::Value(v)); q.question_count()])
    }

    #[test]
    fn reverse_table() {
        for (v, points, want) in [
            (1, 5, 5),
            (2, 5, 4),
            (3, 5, 3),
            (5, 5, 1),
            (1, 7, 7),
            (4, 7, 4),
        ] {
            assert_eq!(reverse(v, points), want, "reverse({v}, {points})");
        }
    }

    #[test]
    fn percent_table() {
        for (m, points, want) in [
            (1.0, 5, 0.0),
            (5.0, 5, 100.0),
            (3.0, 5, 50.0),
            (2.5, 5, 37.5),
            (4.0, 7, 50.0),
        ] {
            assert!(
                (to_percent(m, points) - want).abs() < 1e-12,
                "{m} on {points}"
            );
        }
    }

    #[test]
    fn a_dimension_with_one_reverse_item_is_keyed_by_hand() {
        let q = q();
        // Pick a dimension with a reverse item and answer: normal items 4, reverse item 2
        // → keyed reverse = 4, mean 4 → 75.
        let d = (0..q.dimensions.len())
            .find(|&d| q.dimension_items(d).iter().any(|&p| q.items[p].reverse))
            .expect("the default questionnaire has reverse-keyed items");
        let mut a = Answers::empty(&q);
        for p in q.dimension_items(d) {
            a.set(
                p,
                Some(Answer::Value(if q.items[p].reverse { 2 } else { 4 })),
            );
        }
        let prof = score(&q, &a);
        let ds = &prof.dimensions[d];
        assert_eq!(ds.raw_mean, Some(4.0));
        assert_eq!(ds.score, Some(75.0));
        assert_eq!(ds.range, Some((75.0, 75.0)));
        assert_eq!(prof.flags.contradictions, 0);
    }

    #[test]
    fn seventy_five_percent_rule() {
        let q = q();
        let items = q.dimension_items(0);
        assert_eq!(items.len(), 4);
        let mut a = Answers::empty(&q);
        // 2 of 4 answered: not scored.
        for &p in &items[..2] {
            a.set(p, Some(Answer::Value(5)));
        }
        assert_eq!(score(&q, &a).dimensions[0].score, None);
        // 3 of 4 answered, the 4th "can't say": scored.
        a.set(items[2], Some(Answer::Value(5)));
        a.set(items[3], Some(Answer::CantSay));
        let s = score(&q, &a).dimensions[0].clone();
        assert_eq!(s.answered, 3);
        assert!(s.score.is_some());
    }

    #[test]
    fn cant_say_is_missing_not_middle() {
        let q = q();
        let items = q.dimension_items(0);
        let mut a = Answers::empty(&q);
        for &p in &items {
            let v = if q.items[p].reverse { 1 } else { 5 };
            a.set(p, Some(Answer::Value(v)));
        }
        a.set(items[0], Some(Answer::CantSay));
        // Remaining three keyed answers are all 5 → 100, not pulled towards 3.
        assert_eq!(score(&q, &a).dimensions[0].score, Some(100.0));
    }

    #[test]
    fn straight_lining_and_contradictions() {
        let q = q();
        let prof = score(&q, &all(&q, 4));
        assert!(prof.flags.straight_lining);
        let n_reverse = q.items.iter().filter(|i| i.reverse).count();
        // Agreeing 4 with everything: keyed reverse items are 2, siblings 4 → gap 2.
        assert_eq!(prof.flags.contradictions, n_reverse);
        let mut varied = all(&q, 4);
        varied.set(0, Some(Answer::Value(3)));
        assert!(!score(&q, &varied).flags.straight_lining);
        assert!(score(&q, &varied).flags.near_straight_lining);
        assert!(
            !prof.flags.near_straight_lining,
            "all the same is straight-lining"
        );
    }

    #[test]
    fn near_straight_lining_needs_ninety_percent_of_one_answer() {
        let q = q();
        let n = q.items.len();
        // Exactly 90% the same (rounded down to whole items) and the rest different.
        let same = (n as f64 * NEAR_STRAIGHT_SHARE).ceil() as usize;
        let mut a = all(&q, 4);
        for p in same..n {
            a.set(p, Some(Answer::Value(2)));
        }
        assert!(score(&q, &a).flags.near_straight_lining, "{same} of {n}");
        assert!(score(&q, &a).flags.careless());
        // One more different answer drops below 90%.
        a.set(same - 1, Some(Answer::Value(2)));
        let f = score(&q, &a).flags;
        assert!(
            !f.near_straight_lining && !f.straight_lining,
            "{} of {n}",
            same - 1
        );
    }

    #[test]
    fn many_cant_say() {
        let q = q();
        let mut a = all(&q, 3);
        let quarter = q.items.len() / 4;
        for p in 0..quarter {
            a.set(p, Some(Answer::CantSay));
        }
        assert!(
            !score(&q, &a).flags.many_cant_say,
            "exactly 25% is not more than 25%"
        );
        a.set(quarter, Some(Answer::CantSay));
        assert!(score(&q, &a).flags.many_cant_say);
    }

    #[test]
    fn all_cant_say_scores_nothing_and_does_not_panic() {
        let q = q();
        let a = Answers(vec![Some(Answer::CantSay); q.question_count()]);
        let p = score(&q, &a);
        assert!(p.dimensions.iter().all(|d| d.score.is_none()));
        assert_eq!(p.conditions, None);
        assert_eq!(p.spread, None);
        assert_eq!(p.own, None);
        assert_eq!(p.who_leads_mean, None);
    }

    #[test]
    fn out_of_range_and_short_answers_are_missing() {
        let q = q();
        let a = Answers(vec![Some(Answer::Value(9)); 3]);
        let p = score(&q, &a);
        assert!(p.dimensions.iter().all(|d| d.answered == 0));
    }

    #[test]
    fn who_leads_and_own() {
        let q = q();
        let a = all(&q, 5);
        let p = score(&q, &a);
        assert!(p.who_leads.iter().all(|w| *w == Some(100.0)));
        assert_eq!(p.own, Some(100.0));
        assert_eq!(p.own_raw, Some(5.0));
    }
}
