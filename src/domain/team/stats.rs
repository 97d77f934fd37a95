//! Team statistics: scores every response and aggregates them per figure, suppressing
//! each figure that fewer than the minimum group can be scored on.

use super::differencing::{Figure, Figures};
use super::tally::{Answered, Tally};
use super::{MinGroup, TeamError, ALPHA_MIN_N};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answers;
use crate::domain::scoring::{
    network_share, person_spread, score_into, to_percent, Layout, PersonScores,
};
use crate::domain::small::clamp;
use crate::domain::stats;

/// Mean, SD and 95 % confidence interval of one figure across respondents.
#[derive(Debug, Clone, PartialEq)]
pub struct Descriptive {
    /// Respondents with a value (at least the minimum group).
    pub n: usize,
    /// Mean across respondents.
    pub mean: f64,
    /// Sample SD (denominator n − 1).
    pub sd: f64,
    /// x̄ ± t(0.975, n − 1)·s/√n ([`stats::mean_ci95`]).
    pub ci95: (f64, f64),
}

/// Cronbach's α with the number of complete cases it was computed on.
#[derive(Debug, Clone, PartialEq)]
pub struct Alpha {
    /// α (at most 1; may be negative when the items contradict each other).
    pub value: f64,
    /// Respondents who answered every item of the dimension.
    pub n: usize,
}

impl Alpha {
    /// A negative α: the items contradict each other, so no reliability is reported
    /// (the view says so instead of showing the figure).
    pub fn is_unreliable(&self) -> bool {
        self.value < 0.0
    }
}

/// Team figures for one dimension, over the `n` respondents who have a score for it.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionStats {
    /// Respondents with a score (at least the minimum group).
    pub n: usize,
    /// Mean of the 0–100 dimension scores.
    pub mean: f64,
    /// Sample SD of the 0–100 scores.
    pub sd: f64,
    /// 95 % confidence interval of the mean (0–100).
    pub ci95: (f64, f64),
    /// r_wg(J) (James, Demaree & Wolf 1984) on the keyed item answers; `None` when an
    /// item has fewer than 2 answers among the `n` respondents.
    pub rwg_j: Option<f64>,
    /// Lindell's r*_wg(J) = 1 − s̄²/σ²_EU (may be negative); `None` as for `rwg_j`.
    pub lindell_rwg_j: Option<f64>,
    /// Average deviation AD_M(J) on the keyed item answers (scale points); `None` when
    /// an item has no answer among the `n` respondents.
    pub ad: Option<f64>,
    /// Cronbach's α over complete cases, only when there are at least
    /// max(minimum group, [`ALPHA_MIN_N`]) of them and α is defined.
    pub alpha: Option<Alpha>,
}

/// Team figures for "my own leadership".
///
/// All figures use each respondent's **raw** own-leadership mean on the frequency
/// scale (1 = never … points), not the 0–100 score: the Gini coefficient needs
/// non-negative values with a positive mean, and ratio figures (Gini, CV) need a
/// scale whose zero is not an ordinary answer. On 0–100 "never" is 0, so a team that
/// mostly answers "never" would get an undefined CV and an inflated Gini. On the raw
/// scale every value is ≥ 1, so both are always defined. Note that this keeps the
/// Gini well below 1: on a 1–5 scale even the most unequal team (some answering
/// "never" throughout, the others "very often") reaches only about 0.38 in a large
/// team, 0.46 with 5 people and 0.57 with 3 (through the small-sample correction).
#[derive(Debug, Clone, PartialEq)]
pub struct OwnStats {
    /// Respondents with an own-leadership score (at least the minimum group).
    pub n: usize,
    /// Mean of the raw own-leadership means (1–points).
    pub mean: f64,
    /// Sample SD of the raw means.
    pub sd: f64,
    /// Gini coefficient of the raw means, small-sample corrected ([`stats::gini`]):
    /// 0 when everyone leads equally often.
    pub gini: f64,
    /// Coefficient of variation s/x̄ of the raw means.
    pub cv: f64,
}

/// How the team placed one who-leads function.
#[derive(Debug, Clone, PartialEq)]
pub struct WhoLeadsStats {
    /// Respondents who placed the team on the continuum (at least the minimum group).
    pub n: usize,
    /// `counts[s - 1]` respondents chose step `s` (1 = one designated leader,
    /// points = everyone, as needed).
    pub counts: Vec<usize>,
    /// Respondents who answered "can't say" or did not answer.
    pub missing: usize,
    /// Mean position on 0 (one designated leader) to 100 (everyone).
    pub mean: f64,
}

/// Team statistics: aggregate figures only, never individual answers or profiles.
///
/// Can only be obtained from [`team_stats`], so it always describes at least
/// `min_group()` respondents (its fields are private for that reason).
#[derive(Debug, Clone, PartialEq)]
pub struct TeamStats {
    fingerprint: u32,
    n: usize,
    min: MinGroup,
    dimensions: Vec<Option<DimensionStats>>,
    index: Option<Descriptive>,
    own: Option<OwnStats>,
    who_leads: Vec<Option<WhoLeadsStats>>,
    spread: Option<Descriptive>,
    density: Option<Density>,
    /// Figures left out by the differencing ledger (not the minimum-group rule).
    withheld: Vec<Figure>,
}

/// The team's leadership-network density estimated without names:
/// `D = Σ kᵢ / Σ (sizeᵢ − 1)` over the respondents who gave both their team size and
/// a count of teammates who led (`kᵢ` their mean count, clipped to `sizeᵢ − 1`), with
/// the ratio estimator's linearised SE and `D ± t(0.975, n − 1)·SE`
/// ([`stats::ratio_estimate`]). It cannot show centralisation (whom the ties point to).
#[derive(Debug, Clone, PartialEq)]
pub struct Density {
    /// Respondents with both answers (at least the minimum group).
    pub n: usize,
    /// The estimate, 0–1.
    pub d: f64,
    /// Linearised standard error.
    pub se: f64,
    /// 95 % confidence interval, clipped to 0–1.
    pub ci95: (f64, f64),
    /// Whether the interval was clipped at 0 or 1.
    pub clipped: bool,
}

impl TeamStats {
    /// Fingerprint of the questionnaire the figures were computed for.
    pub fn fingerprint(&self) -> u32 {
        self.fingerprint
    }

    /// Number of responses (at least `min_group()`).
    pub fn n(&self) -> usize {
        self.n
    }

    /// The minimum group size applied.
    pub fn min_group(&self) -> MinGroup {
        self.min
    }

    /// One entry per dimension in questionnaire order; `None` where fewer than the
    /// minimum group have a score.
    pub fn dimensions(&self) -> &[Option<DimensionStats>] {
        &self.dimensions
    }

    /// The overall index (mean of a person's dimension scores, 0–100) across people;
    /// `None` where fewer than the minimum group have an index.
    pub fn index(&self) -> Option<&Descriptive> {
        self.index.as_ref()
    }

    /// Own leadership (raw scale, see [`OwnStats`]); `None` where fewer than the
    /// minimum group have an own-leadership score.
    pub fn own(&self) -> Option<&OwnStats> {
        self.own.as_ref()
    }

    /// One entry per who-leads function; `None` where fewer than the minimum group
    /// placed the team.
    pub fn who_leads(&self) -> &[Option<WhoLeadsStats>] {
        &self.who_leads
    }

    /// Conditions for shared leadership across people (the same figure as
    /// [`index`](Self::index): the mean of each person's dimension scores, 0–100).
    pub fn conditions(&self) -> Option<&Descriptive> {
        self.index.as_ref()
    }

    /// Leadership spread (0–100) across people; `None` where fewer than the minimum
    /// group have a spread.
    pub fn spread(&self) -> Option<&Descriptive> {
        self.spread.as_ref()
    }

    /// The leadership-network density; `None` where fewer than the minimum group gave
    /// both the team size and a count (or the questionnaire has no network block).
    pub fn density(&self) -> Option<&Density> {
        self.density.as_ref()
    }

    /// These figures without the given ones (each set to `None`), which are then listed
    /// by [`withheld`](Self::withheld): for figures the differencing ledger withholds
    /// from a view. The group figure cannot be withheld (the ledger refuses the whole
    /// view instead) and is ignored here.
    pub fn without(&self, figures: &[Figure]) -> TeamStats {
        let mut st = self.clone();
        for &f in figures {
            match f {
                Figure::Group => continue,
                Figure::Dimension(d) => {
                    if let Some(x) = st.dimensions.get_mut(d) {
                        *x = None;
                    }
                }
                Figure::Index => st.index = None,
                Figure::Own => st.own = None,
                Figure::Spread => st.spread = None,
                Figure::Density => st.density = None,
                Figure::WhoLeads(k) => {
                    if let Some(x) = st.who_leads.get_mut(k) {
                        *x = None;
                    }
                }
            }
            if !st.withheld.contains(&f) {
                st.withheld.push(f);
            }
        }
        st
    }

    /// Figures withheld by the differencing ledger ([`without`](Self::without)), in the
    /// order given; their accessors return `None` although enough people gave them.
    pub fn withheld(&self) -> &[Figure] {
        &self.withheld
    }

    /// Whether `f` was withheld by the differencing ledger.
    pub fn is_withheld(&self, f: Figure) -> bool {
        self.withheld.contains(&f)
    }
}

// ------------------------------------------------------------------- team stats

/// Per-dimension accumulators: counts, not every member's answers.
#[derive(Debug, Clone)]
struct DimAcc {
    /// Scores that did not come from the layout's score table.
    scores: Tally,
    /// Members per entry of the layout's score table (most scores: counted without a
    /// search, merged into `scores` when the figures are computed).
    by_slot: Vec<u64>,
    /// Keyed answers per item, of respondents with a score for the dimension.
    items: Vec<Answered>,
    /// The same over complete cases (every item answered), for Cronbach's α.
    complete_items: Vec<Answered>,
    /// Sum scores of the complete cases (whole numbers).
    complete_totals: Answered,
}

/// Team statistics built up one response at a time: [`team_stats`] in slices, so a
/// caller can read a large group without one long task. Its memory does not grow with
/// the team except for four figures with many distinct values (index, spread and the
/// two network answers, one `f64` per member each).
pub struct TeamAcc {
    layout: Layout,
    n: usize,
    dims: Vec<DimAcc>,
    index: Vec<f64>,
    own: Tally,
    /// Members per entry of own leadership's table (merged into `own` at the end).
    own_by_slot: Vec<u64>,
    spread: Vec<f64>,
    led: Vec<f64>,
    teammates: Vec<f64>,
    /// `who[f][s - 1]`: respondents who chose step `s` for function `f`.
    who: Vec<Vec<usize>>,
    person: PersonScores,
}

impl TeamAcc {
    /// Nothing added yet, for responses to `q`.
    pub fn new(q: &Questionnaire) -> TeamAcc {
        let layout = Layout::new(q).with_tables();
        let own_slots = layout.own_slots();
        let dims = layout
            .dims
            .iter()
            .map(|positions| DimAcc {
                scores: Tally::default(),
                by_slot: vec![0; layout.score_slots()],
                items: vec![Answered::default(); positions.len()],
                complete_items: vec![Answered::default(); positions.len()],
                complete_totals: Answered::default(),
            })
            .collect();
        let who = vec![vec![0usize; usize::from(layout.who_points)]; layout.n_who];
        TeamAcc {
            layout,
            n: 0,
            dims,
            index: Vec::new(),
            own: Tally::default(),
            own_by_slot: vec![0; own_slots],
            spread: Vec::new(),
            led: Vec::new(),
            teammates: Vec::new(),
            who,
            person: PersonScores::default(),
        }
    }

    /// Responses added.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Whether none was added.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Adds one response to `q` (the questionnaire given to [`new`](Self::new)) and
    /// returns the figures it counts in ([`member_figures`]).
    pub fn add(&mut self, q: &Questionnaire, answers: &Answers) -> Figures {
        let layout = &self.layout;
        let person = &mut self.person;
        score_into(layout, answers, person);
        self.n += 1;
        let n_dims = layout.dims.len();
        let mut f: Figures = 1 << Figure::Group.bit(n_dims);
        let mut set = |fig: Figure, on: bool| {
            if on {
                f |= 1 << fig.bit(n_dims);
            }
        };
        for (d, (((acc, score), vals), slot)) in self
            .dims
            .iter_mut()
            .zip(&person.dims)
            .zip(&person.items)
            .zip(&person.slots)
            .enumerate()
        {
            let Some(score) = *score else { continue };
            set(Figure::Dimension(d), true);
            match slot.and_then(|s| acc.by_slot.get_mut(s)) {
                Some(c) => *c += 1,
                None => acc.scores.add(score),
            }
            let mut complete = true;
            for (item, v) in acc.items.iter_mut().zip(vals) {
                match *v {
                    Some(v) => item.add(v),
                    None => complete = false,
                }
            }
            if complete {
                for (item, v) in acc.complete_items.iter_mut().zip(vals.iter().flatten()) {
                    item.add(*v);
                }
                acc.complete_totals.add(vals.iter().flatten().sum());
            }
        }
        if let Some(i) = person.index {
            set(Figure::Index, true);
            self.index.push(i);
        }
        if let Some(o) = person.own_raw {
            set(Figure::Own, true);
            match person.own_slot.and_then(|s| self.own_by_slot.get_mut(s)) {
                Some(c) => *c += 1,
                None => self.own.add(o),
            }
        }
        let net = network_share(q, answers);
        if let Some(nw) = net {
            set(Figure::Density, true);
            self.led.push(nw.led);
            self.teammates.push(f64::from(nw.teammates));
        }
        if let Some(sp) = person_spread(q, layout, person, net) {
            set(Figure::Spread, true);
            self.spread.push(sp);
        }
        for (k, step) in person.who.iter().enumerate() {
            if let Some(s) = *step {
                if let Some(c) = self.who[k].get_mut(usize::from(s).wrapping_sub(1)) {
                    *c += 1;
                    set(Figure::WhoLeads(k), true);
                }
            }
        }
        f
    }

    /// The team figures of everything added, with figures of fewer than `min`
    /// respondents suppressed; `Err(TeamError::TooFew)` below the minimum group.
    pub fn finish(&self, q: &Questionnaire, min: MinGroup) -> Result<TeamStats, TeamError> {
        let n = self.n;
        if n < min.get() {
            return Err(TeamError::TooFew {
                n,
                needed: min.get(),
            });
        }
        let m = min.get();
        let layout = &self.layout;
        let dimensions = self
            .dims
            .iter()
            .map(|acc| {
                let scores = acc.scores.merged(&acc.by_slot, |e| layout.slot_score(e));
                dimension_stats(acc, &scores, layout.item_points, m)
            })
            .collect();
        let who_leads = self
            .who
            .iter()
            .map(|counts| {
                let placed: usize = counts.iter().sum();
                (placed >= m).then_some(())?;
                let pct: Vec<(f64, u64)> = (1..=layout.who_points)
                    .zip(counts)
                    .filter(|&(_, &c)| c > 0)
                    .map(|(s, &c)| (to_percent(f64::from(s), layout.who_points), c as u64))
                    .collect();
                Some(WhoLeadsStats {
                    n: placed,
                    counts: counts.clone(),
                    missing: n - placed,
                    mean: stats::mean_counted(&pct)?,
                })
            })
            .collect();
        Ok(TeamStats {
            fingerprint: q.fingerprint(),
            n,
            min,
            dimensions,
            index: descriptive(&self.index, m),
            own: own_stats(
                &self
                    .own
                    .merged(&self.own_by_slot, |e| layout.own_slot_mean(e)),
                m,
            ),
            who_leads,
            spread: descriptive(&self.spread, m),
            density: density(&self.led, &self.teammates, m),
            withheld: Vec::new(),
        })
    }
}

/// Team statistics for a set of responses to `q`.
///
/// Each response is scored as [`score`](super::scoring::score) does; responses that
/// do not fit the questionnaire have their unusable answers treated as missing.
/// Every response counts as a respondent, even one with nothing scorable (such a
/// response cannot lower any per-figure count below its true value, because each
/// figure has its own `n`). Identical responses are not merged: two people may
/// answer alike. The order of `responses` does not matter.
///
/// `Err(TeamError::TooFew)` when there are fewer responses than `min`; each figure
/// with fewer than `min` contributing respondents is `None`. Never panics.
pub fn team_stats(
    q: &Questionnaire,
    responses: &[Answers],
    min: MinGroup,
) -> Result<TeamStats, TeamError> {
    if responses.len() < min.get() {
        return Err(TeamError::TooFew {
            n: responses.len(),
            needed: min.get(),
        });
    }
    let mut acc = TeamAcc::new(q);
    for answers in responses {
        acc.add(q, answers);
    }
    acc.finish(q, min)
}

/// The density when at least `m` respondents gave both answers.
fn density(led: &[f64], teammates: &[f64], m: usize) -> Option<Density> {
    if led.len() < m {
        return None;
    }
    let est = stats::ratio_estimate(led, teammates)?;
    let (lo, hi) = est.ci95;
    let ci95 = (clamp(lo, 0.0, 1.0), clamp(hi, 0.0, 1.0));
    Some(Density {
        n: est.n,
        d: est.ratio,
        se: est.se,
        clipped: ci95 != (lo, hi),
        ci95,
    })
}

/// Which figures each response counts in (bits of
/// [`differencing::Figure`](super::differencing::Figure)): the group, each aspect it has
/// a score for, the index (conditions), own leadership, the spread, the network density
/// and each who-leads function it placed — exactly the respondents [`team_stats`]
/// counts for each figure. For the differencing check; from each person's profile, so
/// it follows the scoring rules by construction.
///
/// Computed by the team pass itself ([`TeamAcc::add`], the same conditions
/// [`team_stats`] counts on), not a full profile per person. A test checks it against
/// `figures_of(score(…))`.
pub fn member_figures(q: &Questionnaire, responses: &[Answers]) -> Vec<u64> {
    let mut acc = TeamAcc::new(q);
    responses.iter().map(|a| acc.add(q, a)).collect()
}

/// Mean, SD and CI when at least `m` values (always defined then, as m ≥ 3).
fn descriptive(x: &[f64], m: usize) -> Option<Descriptive> {
    if x.len() < m {
        return None;
    }
    Some(Descriptive {
        n: x.len(),
        mean: stats::mean(x)?,
        sd: stats::sd(x)?,
        ci95: stats::mean_ci95(x)?,
    })
}

fn dimension_stats(acc: &DimAcc, scores: &Tally, options: u8, m: usize) -> Option<DimensionStats> {
    let n = scores.n();
    if n < m {
        return None;
    }
    let (mean, sd, ci95) = stats::descriptive_counted(&scores.sorted)?;
    let k = acc.items.len();
    let complete = if k == 0 { 0 } else { acc.complete_totals.n() };
    let alpha = if complete >= m.max(ALPHA_MIN_N) && complete >= 2 {
        let item_var: Option<f64> = acc
            .complete_items
            .iter()
            .map(|i| stats::variance_counted(&i.counted()))
            .sum();
        item_var
            .zip(stats::variance_counted(&acc.complete_totals.counted()))
            .and_then(|(items, total)| stats::alpha_of(k, items, total))
            .map(|value| Alpha { value, n: complete })
    } else {
        None
    };
    let items: Vec<Vec<(f64, u64)>> = acc.items.iter().map(Answered::counted).collect();
    // s̄², the mean item variance: `None` when an item has fewer than 2 answers.
    let mean_var = (k > 0)
        .then(|| {
            items
                .iter()
                .map(|i| stats::variance_counted(i))
                .sum::<Option<f64>>()
        })
        .flatten()
        .map(|total| total / k as f64)
        .filter(|v| v.is_finite());
    let ad = (k > 0)
        .then(|| {
            items
                .iter()
                .map(|i| stats::item_ad_counted(i))
                .sum::<Option<f64>>()
        })
        .flatten()
        .map(|total| total / k as f64)
        .filter(|v| v.is_finite());
    Some(DimensionStats {
        n,
        mean,
        sd,
        ci95,
        rwg_j: mean_var.and_then(|v| stats::rwg_j_of(v, k, options)),
        lindell_rwg_j: mean_var.and_then(|v| stats::lindell_of(v, options)),
        ad,
        alpha,
    })
}

fn own_stats(x: &Tally, m: usize) -> Option<OwnStats> {
    let n = x.n();
    if n < m {
        return None;
    }
    let mean = stats::mean_counted(&x.sorted)?;
    let sd = stats::variance_counted(&x.sorted)?.sqrt();
    Some(OwnStats {
        n,
        mean,
        sd,
        gini: stats::gini_counted(&x.sorted)?,
        cv: (mean != 0.0).then(|| sd / mean).filter(|v| v.is_finite())?,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{answers, q, team, Rng};
    use super::*;
    use crate::domain::response::Answer;
    use crate::domain::scoring::score;

    /// `n` responses answering each question at random: about one in `m` unanswered,
    /// one in `m` out of range (255), the rest on points 1–5.
    fn with_gaps(q: &Questionnaire, mut rng: Rng, n: usize, m: u64) -> Vec<Answers> {
        (0..n)
            .map(|_| {
                let vals: Vec<u8> = (0..q.question_count())
                    .map(|_| match rng.next() % m {
                        0 => 0,
                        1 => 255,
                        k => (k % 5 + 1) as u8,
                    })
                    .collect();
                answers(&vals)
            })
            .collect()
    }

    /// Scores counted by table entry give, bit for bit, the tallies of every member's
    /// profile scores added one at a time (dimensions and own leadership), with gaps.
    #[test]
    fn tallies_by_table_entry_equal_tallies_of_the_profiles() {
        let q = q();
        let people = with_gaps(&q, Rng(0x7AB1_E5C0_0000_0003), 3_000, 7);
        let mut acc = TeamAcc::new(&q);
        people.iter().for_each(|a| {
            acc.add(&q, a);
        });
        let layout = &acc.layout;
        assert!(
            acc.dims.iter().all(|d| d.scores.sorted.is_empty()),
            "all by entry"
        );
        let bits = |t: &Tally| -> Vec<(u64, u64)> {
            t.sorted.iter().map(|&(v, c)| (v.to_bits(), c)).collect()
        };
        let mut own = Tally::default();
        let mut dims = vec![Tally::default(); q.dimensions.len()];
        for p in people.iter().map(|a| score(&q, a)) {
            for (t, d) in dims.iter_mut().zip(&p.dimensions) {
                d.score.into_iter().for_each(|v| t.add(v));
            }
            p.own_raw.into_iter().for_each(|v| own.add(v));
        }
        for (d, want) in acc.dims.iter().zip(&dims) {
            let got = d.scores.merged(&d.by_slot, |e| layout.slot_score(e));
            assert_eq!(bits(&got), bits(want));
        }
        let got = acc
            .own
            .merged(&acc.own_by_slot, |e| layout.own_slot_mean(e));
        assert_eq!(bits(&got), bits(&own));
        assert!(
            own.sorted.len() > 5 && dims[0].sorted.len() > 5,
            "varied values"
        );
    }

    /// The figures each person counts in, from the team scoring pass, equal those of
    /// the full profile (`differencing::figures_of`), with plenty of gaps.
    #[test]
    fn member_figures_equal_the_profile_figures() {
        let q = q();
        let people = with_gaps(&q, Rng(0x5eed_1234_abcd_0001), 400, 9);
        let fast = member_figures(&q, &people);
        let slow: Vec<u64> = people
            .iter()
            .map(|a| super::super::differencing::figures_of(&crate::domain::scoring::score(&q, a)))
            .collect();
        assert_eq!(fast, slow);
        assert!(fast.iter().any(|f| f.count_ones() < 17), "some gaps");
        assert!(fast.iter().any(|f| f.count_ones() == 17), "some complete");
    }

    /// Withheld figures become `None`, are listed, and nothing else changes; the
    /// summary made from them carries none of them.
    #[test]
    fn withheld_figures_are_left_out_and_listed() {
        let q = q();
        let st = team_stats(&q, &team(&q, 8, 3), MinGroup::default()).unwrap();
        assert!(st.withheld().is_empty());
        assert!(st.dimensions()[1].is_some() && st.who_leads()[2].is_some());
        let figs = [
            Figure::Dimension(1),
            Figure::WhoLeads(2),
            Figure::Own,
            Figure::Group,
            Figure::Own,
        ];
        let w = st.without(&figs);
        assert!(w.dimensions()[1].is_none() && w.who_leads()[2].is_none() && w.own().is_none());
        assert_eq!(
            w.withheld(),
            &[Figure::Dimension(1), Figure::WhoLeads(2), Figure::Own]
        );
        assert!(w.is_withheld(Figure::Own) && !w.is_withheld(Figure::Index));
        // Everything else is untouched, the group figure included.
        assert_eq!(w.n(), st.n());
        assert_eq!(w.dimensions()[0], st.dimensions()[0]);
        assert_eq!(w.index(), st.index());
        assert_eq!(w.spread(), st.spread());
        assert_eq!(w.who_leads()[1], st.who_leads()[1]);
        let sum = super::super::Summary::from_stats(&w);
        assert!(sum.dimensions[1].is_none() && sum.own.is_none());
        assert_eq!(sum, super::super::Summary::from_stats(&st).without(&figs));
    }

    #[test]
    fn fast_scoring_equals_score() {
        let mut qs = vec![q()];
        // A 7-point item scale, a who-leads scale without "can't say", a broken own scale.
        let mut seven = q();
        for s in &mut seven.scales {
            if s.id == seven.item_scale {
                s.points = 7;
            }
        }
        seven.own_leadership.scale = "missing".into();
        qs.push(seven);
        let mut rng = Rng(0x5eed);
        for q in &qs {
            let layout = Layout::new(q);
            let mut person = PersonScores::default();
            for round in 0..3000 {
                let len = match round % 50 {
                    0 => 0,
                    1 => q.question_count() / 2,
                    2 => q.question_count() + 3,
                    _ => q.question_count(),
                };
                let skew = rng.next() % 4;
                let vals: Vec<u8> = (0..len)
                    .map(|_| match rng.next() % (12 + skew * 10) {
                        0 => 0,
                        1 => 255,
                        2 => 9,
                        3 => 8,
                        x => (x % 7) as u8 + 1,
                    })
                    .collect();
                let a = answers(&vals);
                let want = score(q, &a);
                score_into(&layout, &a, &mut person);
                let got_dims: Vec<Option<f64>> = person.dims.clone();
                let want_dims: Vec<Option<f64>> = want.dimensions.iter().map(|d| d.score).collect();
                assert_eq!(got_dims, want_dims, "{vals:?}");
                assert_eq!(person.index, want.conditions, "{vals:?}");
                assert_eq!(person.own_raw, want.own_raw, "{vals:?}");
                let who: Vec<Option<f64>> = person
                    .who
                    .iter()
                    .map(|s| s.map(|s| to_percent(f64::from(s), layout.who_points)))
                    .collect();
                assert_eq!(who, want.who_leads, "{vals:?}");
            }
        }
    }

    #[test]
    fn too_few_is_an_error_with_plain_message() {
        let q = q();
        for (n, min, ok) in [
            (0, 5, false),
            (4, 5, false),
            (5, 5, true),
            (2, 1, false),
            (3, 1, true),
        ] {
            let r = team_stats(&q, &team(&q, n, 4), MinGroup::new(min));
            assert_eq!(r.is_ok(), ok, "n={n} min={min}");
            if let Err(e) = r {
                let needed = MinGroup::new(min).get();
                assert_eq!(e, TeamError::TooFew { n, needed });
            }
        }
    }

    #[test]
    fn a_dimension_with_too_few_scores_is_suppressed() {
        let q = q();
        let mut t = team(&q, 6, 4);
        // Two people answer only 2 of the 4 items of dimension 0: 4 scores < 5.
        let items = q.dimension_items(0);
        for a in t.iter_mut().take(2) {
            a.set(items[0], Some(Answer::CantSay));
            a.set(items[1], None);
        }
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        assert_eq!(s.n(), 6);
        assert!(s.dimensions()[0].is_none());
        assert!(s.dimensions()[1..].iter().all(Option::is_some));
        assert_eq!(s.dimensions()[1].as_ref().unwrap().n, 6);
        // With a minimum of 4 it is shown.
        let s = team_stats(&q, &t, MinGroup::new(4)).unwrap();
        assert_eq!(s.dimensions()[0].as_ref().unwrap().n, 4);
    }

    #[test]
    fn hand_computed_dimension_and_who_leads() {
        let q = q();
        let n_items = q.items.len();
        let d = (0..q.dimensions.len())
            .find(|&d| q.dimension_items(d).iter().any(|&p| q.items[p].reverse))
            .unwrap();
        // Five people; in dimension d everyone answers 4 on normal items, 2 on the
        // reverse item (keyed 4) except person 0, who answers 2 / 4 (keyed 2): scores
        // 25, 75, 75, 75, 75 → mean 65, sd = √(1600·... ) computed below.
        let mut t = Vec::new();
        for i in 0..5 {
            let mut vals = vec![3u8; q.question_count()];
            for p in q.dimension_items(d) {
                let (normal, rev) = if i == 0 { (2, 4) } else { (4, 2) };
                vals[p] = if q.items[p].reverse { rev } else { normal };
            }
            // Who leads, function 0: steps 1, 2, 5, 5, can't say.
            vals[n_items] = [1, 2, 5, 5, 0][i];
            t.push(answers(&vals));
        }
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        let ds = s.dimensions()[d].as_ref().unwrap();
        assert_eq!(ds.n, 5);
        assert!((ds.mean - 65.0).abs() < 1e-12);
        // deviations −40, 10 ×4 → Σd² = 1600 + 400 = 2000 → s² = 500
        assert!((ds.sd - 500f64.sqrt()).abs() < 1e-12);
        assert!(ds.ci95.0 < 65.0 && 65.0 < ds.ci95.1);
        // Not enough complete cases for α.
        assert_eq!(ds.alpha, None);
        // Who leads: four placed the team, one could not say → suppressed with min 5,
        // shown with min 4.
        assert!(s.who_leads()[0].is_none());
        assert!(s.who_leads()[1].is_some());
        let s4 = team_stats(&q, &t, MinGroup::new(4)).unwrap();
        let w = s4.who_leads()[0].as_ref().unwrap();
        assert_eq!(w.counts, vec![1, 1, 0, 0, 2]);
        assert_eq!((w.n, w.missing), (4, 1));
        // positions 0, 25, 100, 100 → 56.25
        assert!((w.mean - 56.25).abs() < 1e-12);
    }

    #[test]
    fn a_negative_alpha_is_unreliable() {
        assert!(Alpha { value: -0.01, n: 9 }.is_unreliable());
        assert!(!Alpha { value: 0.0, n: 9 }.is_unreliable());
        assert!(!Alpha { value: 0.8, n: 9 }.is_unreliable());
    }

    #[test]
    fn alpha_needs_enough_complete_cases() {
        let q = q();
        // (team size, respondents with one "can't say" in dimension 0, min, α shown)
        for (n, gaps, min, shown) in [
            (8, 0, 5, true),
            (8, 1, 5, false),
            (9, 1, 5, true),
            (10, 1, 10, false),
            (10, 0, 10, true),
            (7, 0, 3, false),
        ] {
            let mut t = Vec::new();
            let mut rng = Rng(99 + n as u64);
            for i in 0..n {
                let vals: Vec<u8> = (0..q.question_count())
                    .map(|_| (rng.next() % 5) as u8 + 1)
                    .collect();
                let mut a = answers(&vals);
                if i < gaps {
                    a.set(q.dimension_items(0)[1], Some(Answer::CantSay));
                }
                t.push(a);
            }
            let Ok(s) = team_stats(&q, &t, MinGroup::new(min)) else {
                panic!("n={n} min={min}");
            };
            let alpha = &s.dimensions()[0].as_ref().unwrap().alpha;
            assert_eq!(alpha.is_some(), shown, "n={n} gaps={gaps} min={min}");
            if let Some(a) = alpha {
                assert_eq!(a.n, n - gaps);
                assert!(a.value <= 1.0);
            }
        }
    }

    #[test]
    fn own_leadership_uses_the_raw_scale() {
        let q = q();
        let own_start = q.items.len() + q.who_leads.functions.len();
        let mut t = Vec::new();
        // Raw own means 1, 1, 1, 1, 5: on 0–100 that would be 0,0,0,0,100 (Gini 1);
        // on the raw scale Gini = ΣΣ|d| / (2n²μ) · n/(n−1) = 8·4/(2·25·1.8)·5/4.
        for i in 0..5 {
            let mut vals = vec![3u8; q.question_count()];
            for k in 0..q.own_leadership.items.len() {
                vals[own_start + k] = if i == 4 { 5 } else { 1 };
            }
            t.push(answers(&vals));
        }
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        let o = s.own().unwrap();
        assert_eq!(o.n, 5);
        assert!((o.mean - 1.8).abs() < 1e-12);
        let want = 32.0 / (2.0 * 25.0 * 1.8) * 5.0 / 4.0;
        assert!((o.gini - want).abs() < 1e-12, "{} vs {want}", o.gini);
        assert!((o.cv - o.sd / o.mean).abs() < 1e-12);
    }

    #[test]
    fn all_cant_say_person_counts_but_adds_no_scores() {
        let q = q();
        let mut t = team(&q, 5, 4);
        t.push(answers(&vec![0; q.question_count()]));
        let s = team_stats(&q, &t, MinGroup::default()).unwrap();
        assert_eq!(s.n(), 6);
        for d in s.dimensions() {
            assert_eq!(d.as_ref().unwrap().n, 5);
        }
        assert_eq!(s.index().unwrap().n, 5);
        assert_eq!(s.own().unwrap().n, 5);
        assert_eq!(s.who_leads()[0].as_ref().unwrap().missing, 1);
    }
}
