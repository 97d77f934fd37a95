//! Differencing control as cell suppression: every view whose figures were shown in a
//! page session is kept, and a new view is shown only if no combination of views can
//! single out fewer than the minimum number of people.
//!
//! # The rule
//!
//! A *view* is a set of people whose figures were shown: a group read from result codes
//! (identified by their codes), or a team summary code (whose members are unknown). Each
//! view shows several *figures* (the group's n and counts, each aspect, the index, own
//! leadership, each who-leads function), and each figure has its own member set: the
//! people who answered enough for it. Figures with fewer members than the minimum are
//! suppressed everywhere and are not part of any view.
//!
//! For codes, per figure, the member sets of all shown views plus the candidate split the
//! people into the cells of their Venn diagram (people in exactly the same views). The
//! candidate is allowed only if **every non-empty cell has at least `min` people**.
//! Every shown sum (n·mean, sums of squares, counts) is a sum over a union of cells, so
//! any linear combination of shown figures is constant on each cell: its non-zero part
//! is a union of cells and covers either nobody or at least `min` people. The rule is
//! slightly stricter than linear algebra needs (it also refuses some overlaps that no
//! combination of sums could isolate) and also holds for counts of categorical answers.
//!
//! A team summary code carries no list of members, so its overlap with other views is
//! unknown. Rule: a summary is treated as possibly the same people as **any union of
//! cells** of the shown code views, and refused when its size (per figure) lies within
//! `min − 1` of such a union's size, equal sizes included — the viewer holds every code
//! of those groups, so "summary minus codes" would reveal the people in the difference.
//! Two summaries are refused when their sizes differ by 1 to `min − 1` (equal sizes are
//! allowed: the same-sized team at two times is the main use, and without codes the
//! difference of two sums isolates nobody unless people were swapped one for one). A
//! summary produced in this session from a shown group is recognised by its content and
//! stands for that group's members.
//!
//! The ledger lives as long as the page: a reload, another browser or a printout starts
//! afresh, which no client-side rule can stop.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use super::Summary;
use crate::domain::scoring::Profile;

/// Which figures a member contributes to: bit `i` for figure `i` (see [`Figure`]).
pub type Figures = u64;

/// Most distinct views one session can hold (signatures are 128-bit sets; one bit is
/// the candidate's).
pub const MAX_VIEWS: usize = 127;

/// A figure shown for a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// The group's size and everything computed over all its members.
    Group,
    /// One aspect (dimension), by index.
    Dimension(usize),
    /// The index over the aspects.
    Index,
    /// Own leadership.
    Own,
    /// The team's leadership spread (members with a spread of their own).
    Spread,
    /// The leadership network density (members with both network answers).
    Density,
    /// One who-leads function, by index.
    WhoLeads(usize),
}

impl Figure {
    /// The bit of this figure for a questionnaire with `dims` dimensions. Figures past
    /// bit 63 (only possible with more than 45 who-leads functions) share bit 63.
    pub fn bit(self, dims: usize) -> u32 {
        let b = match self {
            Figure::Group => 0,
            Figure::Dimension(d) => 1 + d,
            Figure::Index => 1 + dims,
            Figure::Own => 2 + dims,
            Figure::Spread => 3 + dims,
            Figure::Density => 4 + dims,
            Figure::WhoLeads(f) => 5 + dims + f,
        };
        b.min(63) as u32
    }

    /// The figure of a bit (inverse of [`Figure::bit`]).
    pub fn of_bit(bit: u32, dims: usize) -> Figure {
        let b = bit as usize;
        match b {
            0 => Figure::Group,
            _ if b <= dims => Figure::Dimension(b - 1),
            _ if b == dims + 1 => Figure::Index,
            _ if b == dims + 2 => Figure::Own,
            _ if b == dims + 3 => Figure::Spread,
            _ if b == dims + 4 => Figure::Density,
            _ => Figure::WhoLeads(b - dims - 5),
        }
    }
}

/// A content key of a team summary (quantised figures); equal keys mean equal codes
/// whatever their spelling.
pub type SummaryKey = Vec<u64>;

/// A view that may be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Candidate<K> {
    /// A group read from personal codes: each member's key and [`Figures`].
    Codes {
        /// Members (a key listed twice counts once, with the union of its figures).
        members: Vec<(K, Figures)>,
        /// The content key of the summary code this group's results offer, if any.
        summary: Option<SummaryKey>,
    },
    /// A team summary code: n per figure bit (`None` = figure not in the summary).
    Summary {
        /// Sizes by figure bit.
        sizes: Vec<Option<usize>>,
        /// Its content key.
        key: SummaryKey,
    },
}

/// A shown view, as named in refusals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewRef {
    /// 1-based number in the order shown.
    pub number: usize,
    /// The letter of the group it was shown in.
    pub group: char,
}

/// Why a view is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// For `figure`, `size` people (1 ≤ size < min) would form a cell of their own:
    /// they are in the candidate (or not, `in_candidate`), in `in_views` and in none of
    /// `not_in_views`.
    SmallCell {
        /// The figure.
        figure: Figure,
        /// People in the cell.
        size: usize,
        /// Whether the cell lies inside the candidate.
        in_candidate: bool,
        /// Shown views holding the cell.
        in_views: Vec<ViewRef>,
        /// Shown views (with this figure) not holding it.
        not_in_views: Vec<ViewRef>,
    },
    /// A summary's size is within `min − 1` of the size of shown people it could be.
    SizeClose {
        /// The figure.
        figure: Figure,
        /// Whether the candidate is the summary (else a shown summary is involved).
        candidate_is_summary: bool,
        /// The summary's n for this figure.
        summary_n: usize,
        /// The size of the shown group, combination of groups or summary.
        other_n: usize,
        /// Whether `other_n` is another summary (else people from codes).
        other_is_summary: bool,
    },
    /// The session holds [`MAX_VIEWS`] distinct views.
    TooManyViews,
}

#[derive(Debug, Clone)]
enum Kind {
    /// Members (interned ids, sorted, unique) with the figures shown for them.
    Codes {
        members: Vec<(u32, Figures)>,
        summary: Option<SummaryKey>,
    },
    Summary {
        sizes: Vec<Option<usize>>,
        key: SummaryKey,
    },
}

#[derive(Debug, Clone)]
struct View {
    group: char,
    kind: Kind,
}

/// Every view shown in a page session.
#[derive(Debug, Clone)]
pub struct Ledger<K> {
    min: usize,
    dims: usize,
    ids: HashMap<K, u32>,
    views: Vec<View>,
}

impl<K: Hash + Eq + Clone> Ledger<K> {
    /// An empty ledger for groups of at least `min` (≥ 1) and a questionnaire with `dims`
    /// dimensions (for naming figures).
    pub fn new(min: usize, dims: usize) -> Ledger<K> {
        Ledger {
            min: min.max(1),
            dims,
            ids: HashMap::new(),
            views: Vec::new(),
        }
    }

    /// Number of distinct views shown.
    pub fn len(&self) -> usize {
        self.views.len()
    }

    /// Whether nothing was shown yet.
    pub fn is_empty(&self) -> bool {
        self.views.is_empty()
    }

    /// Checks a candidate and, if allowed, records it as shown in `group`.
    /// `Ok(true)` when recorded as a new view, `Ok(false)` when it repeats a shown one.
    pub fn admit(&mut self, candidate: &Candidate<K>, group: char) -> Result<bool, Refusal> {
        let kind = self.resolve(candidate);
        if matches!(&kind, Kind::Codes { members, .. } if members.is_empty()) {
            // Nothing in it reaches the minimum: nothing is shown.
            return Ok(false);
        }
        // With nothing shown yet, a view's only cells are its own figures, which
        // `normalise` already keeps at or above the minimum: no partition to build.
        if !self.views.is_empty() {
            self.check(&kind)?;
        }
        if self.views.iter().any(|v| same(&v.kind, &kind)) {
            return Ok(false);
        }
        // Intern for good (only now: refused views leave no trace).
        let kind = match kind {
            Kind::Codes { .. } => match candidate {
                Candidate::Codes { members, summary } => Kind::Codes {
                    members: self.intern(members),
                    summary: summary.clone(),
                },
                Candidate::Summary { .. } => kind,
            },
            k => k,
        };
        self.views.push(View { group, kind });
        Ok(true)
    }

    /// Whether a candidate would be allowed (nothing recorded).
    pub fn check_only(&self, candidate: &Candidate<K>) -> Result<(), Refusal> {
        self.check(&self.resolve(candidate))
    }

    /// Members with interned ids (new keys get new ids), normalised.
    fn intern(&mut self, members: &[(K, Figures)]) -> Vec<(u32, Figures)> {
        let mut out: Vec<(u32, Figures)> = Vec::with_capacity(members.len());
        for (k, f) in members {
            let next = self.ids.len() as u32;
            let id = *self.ids.entry(k.clone()).or_insert(next);
            out.push((id, *f));
        }
        normalise(out, self.min)
    }

    fn resolve(&self, candidate: &Candidate<K>) -> Kind {
        match candidate {
            Candidate::Codes { members, summary } => {
                // Interning without inserting: a clone of the id map is avoided by
                // numbering unknown keys past the known ones.
                let mut next = self.ids.len() as u32;
                let mut fresh: HashMap<&K, u32> = HashMap::new();
                let out = members
                    .iter()
                    .map(|(k, f)| {
                        let id = match self.ids.get(k) {
                            Some(&id) => id,
                            None => *fresh.entry(k).or_insert_with(|| {
                                next += 1;
                                next - 1
                            }),
                        };
                        (id, *f)
                    })
                    .collect();
                Kind::Codes {
                    members: normalise(out, self.min),
                    summary: summary.clone(),
                }
            }
            Candidate::Summary { sizes, key } => {
                // A summary made in this session from a shown group stands for it.
                let known = self.views.iter().find_map(|v| match &v.kind {
                    Kind::Codes {
                        members,
                        summary: Some(k),
                    } if k == key => Some(members.clone()),
                    _ => None,
                });
                match known {
                    Some(members) => Kind::Codes {
                        members,
                        summary: Some(key.clone()),
                    },
                    None => Kind::Summary {
                        sizes: sizes.iter().map(|s| s.filter(|&n| n >= self.min)).collect(),
                        key: key.clone(),
                    },
                }
            }
        }
    }

    fn view_ref(&self, i: usize) -> ViewRef {
        ViewRef {
            number: i + 1,
            group: self.views[i].group,
        }
    }

    fn check(&self, kind: &Kind) -> Result<(), Refusal> {
        if self.views.len() >= MAX_VIEWS && !self.views.iter().any(|v| same(&v.kind, kind)) {
            return Err(Refusal::TooManyViews);
        }
        let m = self.min;
        let figure = |bit: u32| Figure::of_bit(bit, self.dims);
        let codes: Vec<(usize, &[(u32, Figures)])> = self
            .views
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match &v.kind {
                Kind::Codes { members, .. } => Some((i, members.as_slice())),
                Kind::Summary { .. } => None,
            })
            .collect();
        let summaries: Vec<&Vec<Option<usize>>> = self
            .views
            .iter()
            .filter_map(|v| match &v.kind {
                Kind::Summary { sizes, .. } => Some(sizes),
                Kind::Codes { .. } => None,
            })
            .collect();
        match kind {
            Kind::Codes { members, .. } => {
                let bits = members.iter().fold(0u64, |acc, (_, f)| acc | f);
                for bit in (0..64).filter(|b| bits >> b & 1 == 1) {
                    let cells = cells(&codes, Some(members), bit);
                    // The smallest small cell, for the clearest message.
                    if let Some((sig, size)) = cells
                        .iter()
                        .filter(|(_, &n)| n < m)
                        .min_by_key(|(sig, &n)| (n, **sig))
                    {
                        let cand = 1u128 << 127;
                        let mut in_views = Vec::new();
                        let mut not_in_views = Vec::new();
                        for &(i, mem) in &codes {
                            if sig >> i & 1 == 1 {
                                in_views.push(self.view_ref(i));
                            } else if mem.iter().any(|(_, f)| f >> bit & 1 == 1) {
                                not_in_views.push(self.view_ref(i));
                            }
                        }
                        return Err(Refusal::SmallCell {
                            figure: figure(bit),
                            size: *size,
                            in_candidate: sig & cand != 0,
                            in_views,
                            not_in_views,
                        });
                    }
                    // Shown summaries against every union of the new cells.
                    let sizes: Vec<usize> = cells.values().copied().collect();
                    for s in &summaries {
                        if let Some(Some(n)) = s.get(bit as usize) {
                            if let Some(t) = close_union(&sizes, *n, m) {
                                return Err(Refusal::SizeClose {
                                    figure: figure(bit),
                                    candidate_is_summary: false,
                                    summary_n: *n,
                                    other_n: t,
                                    other_is_summary: false,
                                });
                            }
                        }
                    }
                }
                Ok(())
            }
            Kind::Summary { sizes, .. } => {
                for (bit, n) in sizes.iter().enumerate() {
                    let Some(n) = *n else { continue };
                    let bit32 = bit.min(63) as u32;
                    let cell_sizes: Vec<usize> =
                        cells(&codes, None, bit32).values().copied().collect();
                    if let Some(t) = close_union(&cell_sizes, n, m) {
                        return Err(Refusal::SizeClose {
                            figure: figure(bit32),
                            candidate_is_summary: true,
                            summary_n: n,
                            other_n: t,
                            other_is_summary: false,
                        });
                    }
                    for s in &summaries {
                        if let Some(Some(o)) = s.get(bit) {
                            if n != *o && n.abs_diff(*o) < m {
                                return Err(Refusal::SizeClose {
                                    figure: figure(bit32),
                                    candidate_is_summary: true,
                                    summary_n: n,
                                    other_n: *o,
                                    other_is_summary: true,
                                });
                            }
                        }
                    }
                }
                Ok(())
            }
        }
    }
}

/// Sorts by id, merges repeated ids, drops figures with fewer than `min` members (they
/// are suppressed, so not shown) and members left with no figure.
fn normalise(mut v: Vec<(u32, Figures)>, min: usize) -> Vec<(u32, Figures)> {
    v.sort_unstable_by_key(|x| x.0);
    v.dedup_by(|b, a| {
        if a.0 == b.0 {
            a.1 |= b.1;
            true
        } else {
            false
        }
    });
    let mut shown: Figures = 0;
    for bit in 0..64 {
        if v.iter().filter(|(_, f)| f >> bit & 1 == 1).count() >= min {
            shown |= 1 << bit;
        }
    }
    v.retain_mut(|(_, f)| {
        *f &= shown;
        *f != 0
    });
    v
}

fn same(a: &Kind, b: &Kind) -> bool {
    match (a, b) {
        (Kind::Codes { members: x, .. }, Kind::Codes { members: y, .. }) => x == y,
        (Kind::Summary { sizes: x, key: k }, Kind::Summary { sizes: y, key: l }) => {
            x == y && k == l
        }
        _ => false,
    }
}

/// Cell sizes of the Venn partition of the shown code views (bit = view index) and the
/// candidate (bit 127) for one figure, keyed by membership signature.
fn cells(
    shown: &[(usize, &[(u32, Figures)])],
    candidate: Option<&[(u32, Figures)]>,
    bit: u32,
) -> BTreeMap<u128, usize> {
    // Ids are dense (interned 0..n, fresh ones just past), so a vector indexed by id
    // holds the signatures: no hashing per member.
    let sets: Vec<(u128, &[(u32, Figures)])> = shown
        .iter()
        .map(|&(i, m)| (1u128 << i, m))
        .chain(candidate.map(|m| (1u128 << 127, m)))
        .collect();
    let len = sets
        .iter()
        .flat_map(|(_, m)| m.last().map(|(id, _)| *id as usize + 1))
        .max()
        .unwrap_or(0);
    let mut sig = vec![0u128; len];
    for (flag, members) in &sets {
        for (id, f) in members.iter() {
            if f >> bit & 1 == 1 {
                sig[*id as usize] |= flag;
            }
        }
    }
    let mut touched: Vec<u128> = sig.into_iter().filter(|&s| s != 0).collect();
    touched.sort_unstable();
    let mut out = BTreeMap::new();
    for s in touched {
        *out.entry(s).or_insert(0) += 1;
    }
    out
}

/// A size of a non-empty union of cells within `min − 1` of `n` (equal included), if
/// any: subset sums of the cell sizes up to `n + min − 1`.
fn close_union(cells: &[usize], n: usize, min: usize) -> Option<usize> {
    let limit = n + min - 1;
    let mut reach = vec![false; limit + 1];
    reach[0] = true;
    for &c in cells {
        if c > limit {
            continue;
        }
        for t in (c..=limit).rev() {
            if reach[t - c] {
                reach[t] = true;
            }
        }
    }
    let lo = n.saturating_sub(min - 1).max(1);
    // The closest size, for the message.
    (lo..=limit)
        .filter(|&t| reach[t])
        .min_by_key(|&t| (t.abs_diff(n), t))
}

/// The figures a person contributes to: the group always, each aspect they scored,
/// the index (conditions), own leadership, the spread, the network density and each
/// who-leads function they answered (the same rules as the team statistics).
pub fn figures_of(p: &Profile) -> Figures {
    let dims = p.dimensions.len();
    let mut f: Figures = 1;
    let mut set = |fig: Figure| f |= 1 << fig.bit(dims);
    for (d, s) in p.dimensions.iter().enumerate() {
        if s.score.is_some() {
            set(Figure::Dimension(d));
        }
    }
    if p.conditions.is_some() {
        set(Figure::Index);
    }
    if p.own_raw.is_some() {
        set(Figure::Own);
    }
    if p.spread.is_some() {
        set(Figure::Spread);
    }
    if p.network.is_some() {
        set(Figure::Density);
    }
    for (k, w) in p.who_leads.iter().enumerate() {
        if w.is_some() {
            set(Figure::WhoLeads(k));
        }
    }
    f
}

/// A team summary as a ledger candidate: its n per figure and its content key (equal
/// for every spelling of the same code, and for the summary of the same statistics).
pub fn summary_candidate<K>(s: &Summary) -> Candidate<K> {
    let dims = s.dimensions.len();
    let mut sizes = vec![None; Figure::Density.bit(dims) as usize + 1];
    sizes[0] = Some(s.n);
    for (d, x) in s.dimensions.iter().enumerate() {
        sizes[Figure::Dimension(d).bit(dims) as usize] = x.as_ref().map(|x| x.n);
    }
    sizes[Figure::Own.bit(dims) as usize] = s.own.as_ref().map(|o| o.n);
    sizes[Figure::Index.bit(dims) as usize] = s.conditions.as_ref().map(|x| x.n);
    sizes[Figure::Spread.bit(dims) as usize] = s.spread.as_ref().map(|x| x.n);
    sizes[Figure::Density.bit(dims) as usize] = s.density.as_ref().map(|x| x.n);
    Candidate::Summary {
        sizes,
        key: summary_key(s),
    }
}

/// The content key of a summary: its figures at the precision a summary code carries.
pub fn summary_key(s: &Summary) -> SummaryKey {
    let q = |x: f64, scale: f64| (x * scale).round().max(0.0) as u64;
    let mut k = vec![u64::from(s.fingerprint), s.n as u64];
    for d in &s.dimensions {
        match d {
            Some(d) => k.extend([1, d.n as u64, q(d.mean, 10.0), q(d.sd, 10.0)]),
            None => k.push(0),
        }
    }
    match &s.own {
        Some(o) => k.extend([
            1,
            o.n as u64,
            q(o.mean, 1000.0),
            q(o.sd, 1000.0),
            q(o.gini, 1000.0),
        ]),
        None => k.push(0),
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: Figures = 1;

    fn codes(range: std::ops::Range<u32>) -> Candidate<u32> {
        Candidate::Codes {
            members: range.map(|k| (k, G)).collect(),
            summary: None,
        }
    }

    fn with(mut a: Candidate<u32>, more: &[u32]) -> Candidate<u32> {
        if let Candidate::Codes { members, .. } = &mut a {
            members.extend(more.iter().map(|&k| (k, G)));
        }
        a
    }

    fn summary(n: usize) -> Candidate<u32> {
        Candidate::Summary {
            sizes: vec![Some(n)],
            key: vec![n as u64, 7],
        }
    }

    /// The sequence: A (29), B (29 others), C = A + B + one more person.
    #[test]
    fn three_views_that_isolate_one_person_are_refused() {
        let mut l = Ledger::new(5, 8);
        assert_eq!(l.admit(&codes(0..29), 'A'), Ok(true));
        assert_eq!(l.admit(&codes(100..129), 'B'), Ok(true));
        let c = with(with(codes(0..29), &(100..129).collect::<Vec<_>>()), &[500]);
        let r = l.admit(&c, 'C').unwrap_err();
        assert_eq!(
            r,
            Refusal::SmallCell {
                figure: Figure::Group,
                size: 1,
                in_candidate: true,
                in_views: vec![],
                not_in_views: vec![
                    ViewRef {
                        number: 1,
                        group: 'A'
                    },
                    ViewRef {
                        number: 2,
                        group: 'B'
                    }
                ],
            }
        );
        // Re-reading one box gives the same answer, and the refusal left no trace.
        assert!(l.check_only(&c).is_err());
        assert_eq!(l.len(), 2);
        // With five new people instead of one, each cell has ≥ 5: allowed.
        let c5 = with(
            with(codes(0..29), &(100..129).collect::<Vec<_>>()),
            &[500, 501, 502, 503, 504],
        );
        assert_eq!(l.admit(&c5, 'C'), Ok(true));
    }

    #[test]
    fn plus_or_minus_one_and_small_overlaps_are_refused_identical_views_are_fine() {
        let mut l = Ledger::new(5, 8);
        l.admit(&codes(0..6), 'A').unwrap();
        assert!(matches!(
            l.admit(&codes(0..7), 'A'),
            Err(Refusal::SmallCell {
                size: 1,
                in_candidate: true,
                ..
            })
        ));
        assert!(matches!(
            l.admit(&codes(1..6), 'A'),
            Err(Refusal::SmallCell {
                size: 1,
                in_candidate: false,
                ..
            })
        ));
        // Overlap of 2 with a disjoint-enough other group.
        assert!(matches!(
            l.admit(&codes(4..20), 'B'),
            Err(Refusal::SmallCell { size: 2, .. })
        ));
        assert_eq!(l.admit(&codes(0..6), 'A'), Ok(false), "the same set again");
        assert_eq!(l.admit(&codes(10..20), 'B'), Ok(true), "disjoint");
        assert_eq!(l.len(), 2);
    }

    #[test]
    fn figures_with_their_own_members_are_checked_separately() {
        // A: 5 people answering everything. B = A + 5 others, 4 of whom skipped
        // aspect 0 (bit 1): aspect 0 would differ by one person.
        let both: Figures = 0b11;
        let mut l = Ledger::new(5, 8);
        let a: Vec<(u32, Figures)> = (0..5).map(|k| (k, both)).collect();
        l.admit(
            &Candidate::Codes {
                members: a.clone(),
                summary: None,
            },
            'A',
        )
        .unwrap();
        let mut b = a.clone();
        b.push((10, both));
        b.extend((11..15).map(|k| (k, G)));
        let r = l
            .admit(
                &Candidate::Codes {
                    members: b.clone(),
                    summary: None,
                },
                'B',
            )
            .unwrap_err();
        assert!(matches!(
            r,
            Refusal::SmallCell {
                figure: Figure::Dimension(0),
                size: 1,
                ..
            }
        ));
        // If only 4 answered aspect 0 in B's extra people... none: aspect 0 of B has
        // exactly A's members, which is the same set and fine.
        let mut b2 = a;
        b2.extend((11..16).map(|k| (k, G)));
        assert_eq!(
            l.admit(
                &Candidate::Codes {
                    members: b2,
                    summary: None
                },
                'B'
            ),
            Ok(true)
        );
    }

    #[test]
    fn suppressed_figures_are_not_part_of_a_view() {
        // Only 3 of 6 answered aspect 0: that figure is suppressed, so another group
        // differing in it by one person is no risk for it.
        let mut l = Ledger::new(5, 8);
        let a: Vec<(u32, Figures)> = (0..6).map(|k| (k, if k < 3 { 0b11 } else { G })).collect();
        l.admit(
            &Candidate::Codes {
                members: a,
                summary: None,
            },
            'A',
        )
        .unwrap();
        let b: Vec<(u32, Figures)> = (100..110).map(|k| (k, G)).chain([(0, 0b11)]).collect();
        // Person 0 is in A and B (group level: overlap of 1 → refused anyway).
        assert!(l
            .check_only(&Candidate::Codes {
                members: b,
                summary: None
            })
            .is_err());
        let c: Vec<(u32, Figures)> = (100..110).map(|k| (k, 0b11)).collect();
        assert_eq!(
            l.admit(
                &Candidate::Codes {
                    members: c,
                    summary: None
                },
                'B'
            ),
            Ok(true)
        );
    }

    /// The sequence: a team's summary next to the same team minus one person.
    #[test]
    fn a_summary_next_to_the_same_team_minus_one_is_refused_both_ways() {
        let mut l = Ledger::new(5, 8);
        l.admit(&summary(10), 'A').unwrap();
        assert!(matches!(
            l.admit(&codes(0..9), 'B'),
            Err(Refusal::SizeClose {
                summary_n: 10,
                other_n: 9,
                ..
            })
        ));
        let mut l = Ledger::new(5, 8);
        l.admit(&codes(0..9), 'B').unwrap();
        assert!(matches!(
            l.admit(&summary(10), 'A'),
            Err(Refusal::SizeClose {
                summary_n: 10,
                other_n: 9,
                candidate_is_summary: true,
                ..
            })
        ));
        // Equal size is refused too (the summary could be these people with one swapped).
        assert!(l.check_only(&summary(9)).is_err());
        // Far enough apart: allowed.
        assert_eq!(l.admit(&summary(14), 'A'), Ok(true));
    }

    #[test]
    fn a_summary_is_checked_against_combinations_of_shown_groups() {
        let mut l = Ledger::new(5, 8);
        l.admit(&codes(0..10), 'A').unwrap();
        l.admit(&codes(100..109), 'B').unwrap();
        // 20 = 10 + 9 + 1: within 4 of the union of both groups.
        assert!(matches!(
            l.admit(&summary(20), 'C'),
            Err(Refusal::SizeClose { other_n: 19, .. })
        ));
        assert_eq!(l.admit(&summary(30), 'C'), Ok(true));
        // A later group whose union with the others comes close to the summary.
        assert!(matches!(
            l.admit(&codes(200..211), 'D'),
            Err(Refusal::SizeClose {
                summary_n: 30,
                other_n: 30,
                ..
            })
        ));
    }

    #[test]
    fn two_summaries_of_equal_size_are_fine_close_sizes_are_not() {
        let mut l = Ledger::new(5, 8);
        l.admit(&summary(10), 'A').unwrap();
        let other = Candidate::Summary {
            sizes: vec![Some(10)],
            key: vec![1, 2, 3],
        };
        assert_eq!(l.admit(&other, 'B'), Ok(true));
        assert!(matches!(
            l.admit(&summary(11), 'C'),
            Err(Refusal::SizeClose {
                other_is_summary: true,
                ..
            })
        ));
        assert_eq!(l.admit(&summary(15), 'C'), Ok(true));
    }

    #[test]
    fn a_summary_made_here_stands_for_its_group() {
        let mut l = Ledger::new(5, 8);
        let key = vec![42, 9];
        let a = Candidate::Codes {
            members: (0..9).map(|k| (k, G)).collect(),
            summary: Some(key.clone()),
        };
        l.admit(&a, 'A').unwrap();
        // Its own summary next to it: the same people, nothing new.
        let s = Candidate::Summary {
            sizes: vec![Some(9)],
            key,
        };
        assert_eq!(l.admit(&s, 'B'), Ok(false));
        // It still protects: the group plus one next to it is refused.
        assert!(l.check_only(&codes(0..10)).is_err());
    }

    #[test]
    fn the_closest_union_is_reported() {
        assert_eq!(close_union(&[10, 9], 20, 5), Some(19));
        assert_eq!(close_union(&[10, 9], 30, 5), None);
        assert_eq!(close_union(&[10], 10, 5), Some(10));
        assert_eq!(close_union(&[], 10, 5), None);
        assert_eq!(close_union(&[3], 3, 3), Some(3));
    }

    #[test]
    fn figures_map_to_bits_and_back() {
        for f in [
            Figure::Group,
            Figure::Dimension(0),
            Figure::Dimension(7),
            Figure::Index,
            Figure::Own,
            Figure::WhoLeads(0),
            Figure::WhoLeads(5),
        ] {
            assert_eq!(Figure::of_bit(f.bit(8), 8), f);
        }
    }
}
