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
//! # Figures withheld one by one
//!
//! The rule is checked figure by figure, because each figure has its own member set.
//! When only some figures of a candidate break it (say 2 of the 5 people a new group
//! adds gave the network answers behind the density), those figures are **withheld**
//! from the view — not shown, not exported, not carried in its summary code, not
//! compared — and the rest is shown with a note naming them. The view is refused as a
//! whole only when its group figure (its n and everything computed over all its
//! members) breaks the rule. This is as safe as refusing: a withheld figure is recorded
//! as not shown, so it is in no later partition, and the cells of every other figure
//! do not depend on it (a figure's cells are built from that figure's member sets
//! only). Every shown figure therefore still satisfies the cell rule above, and so does
//! every linear combination of shown sums (`tests/ledger_props.rs` checks this with
//! exact ranks).
//!
//! The ledger lives as long as the page: a reload, another browser or a printout starts
//! afresh, which no client-side rule can stop.

use super::partition::{cells, close_union};
use crate::domain::fx::FxHashMap;
use std::hash::Hash;

pub use super::figures::{figures_of, summary_candidate, summary_key};

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

/// A figure left out of an allowed view, and the refusal it alone would have caused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withheld {
    /// The figure not shown.
    pub figure: Figure,
    /// Why showing it would single people out.
    pub why: Refusal,
}

/// An allowed view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Admission {
    /// Whether it was recorded as a new view (`false`: it repeats a shown one, or shows
    /// nothing).
    pub new: bool,
    /// Figures that must not be shown with it, in figure order.
    pub withheld: Vec<Withheld>,
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
    ids: FxHashMap<K, u32>,
    views: Vec<View>,
}

impl<K: Hash + Eq + Clone> Ledger<K> {
    /// An empty ledger for groups of at least `min` (≥ 1) and a questionnaire with `dims`
    /// dimensions (for naming figures).
    pub fn new(min: usize, dims: usize) -> Ledger<K> {
        Ledger {
            min: min.max(1),
            dims,
            ids: FxHashMap::default(),
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

    /// Checks a candidate and, if allowed, records it as shown in `group` without the
    /// figures it withholds. `Err` when the view as a whole must not be shown (its group
    /// figure breaks the rule, or the session is full).
    pub fn admit(&mut self, candidate: &Candidate<K>, group: char) -> Result<Admission, Refusal> {
        if self.views.is_empty() {
            return Ok(self.admit_first(candidate, group));
        }
        let kind = self.resolve(candidate);
        if matches!(&kind, Kind::Codes { members, .. } if members.is_empty()) {
            // Nothing in it reaches the minimum: nothing is shown.
            return Ok(Admission::default());
        }
        // With nothing shown yet, a view's only cells are its own figures, which
        // `normalise` already keeps at or above the minimum: no partition to build.
        let withheld = if self.views.is_empty() {
            Vec::new()
        } else {
            self.check(&kind)?
        };
        let mask = withheld
            .iter()
            .fold(0 as Figures, |m, w| m | 1 << w.figure.bit(self.dims));
        let kind = without(kind, mask);
        if self.views.iter().any(|v| same(&v.kind, &kind)) {
            return Ok(Admission {
                new: false,
                withheld,
            });
        }
        // Intern for good (only now: refused views leave no trace).
        let kind = match kind {
            Kind::Codes { .. } => match candidate {
                Candidate::Codes { members, summary } => {
                    let members: Vec<(K, Figures)> = members
                        .iter()
                        .map(|(k, f)| (k.clone(), f & !mask))
                        .collect();
                    Kind::Codes {
                        members: self.intern(&members),
                        summary: summary.clone(),
                    }
                }
                Candidate::Summary { .. } => kind,
            },
            k => k,
        };
        self.views.push(View { group, kind });
        Ok(Admission {
            new: true,
            withheld,
        })
    }

    /// [`admit`](Self::admit) when nothing has been shown: no partition to check, so
    /// the members are numbered once, for good (the same outcome as the general path,
    /// which a test checks, without numbering them twice).
    fn admit_first(&mut self, candidate: &Candidate<K>, group: char) -> Admission {
        let kind = match candidate {
            Candidate::Codes { members, summary } => {
                let known = self.ids.len() as u32;
                let members = self.intern(members);
                if members.is_empty() {
                    // Nothing in it reaches the minimum: nothing is shown, and the ids
                    // just handed out are taken back (a view not shown leaves no trace).
                    self.ids.retain(|_, id| *id < known);
                    return Admission::default();
                }
                Kind::Codes {
                    members,
                    summary: summary.clone(),
                }
            }
            Candidate::Summary { .. } => self.resolve(candidate),
        };
        self.views.push(View { group, kind });
        Admission {
            new: true,
            withheld: Vec::new(),
        }
    }

    /// What [`admit`](Self::admit) would answer, with nothing recorded: the figures to
    /// withhold, or why the view is refused.
    pub fn check_only(&self, candidate: &Candidate<K>) -> Result<Vec<Withheld>, Refusal> {
        // With nothing shown yet there is nothing to combine with (and no need to
        // number the members: that is most of the work for a large group).
        if self.views.is_empty() {
            return Ok(Vec::new());
        }
        let kind = self.resolve(candidate);
        if matches!(&kind, Kind::Codes { members, .. } if members.is_empty()) {
            return Ok(Vec::new());
        }
        self.check(&kind)
    }

    /// Members with interned ids (new keys get new ids), normalised.
    fn intern(&mut self, members: &[(K, Figures)]) -> Vec<(u32, Figures)> {
        let mut out: Vec<(u32, Figures)> = Vec::with_capacity(members.len());
        self.ids.reserve(members.len());
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
                let mut fresh: FxHashMap<&K, u32> = FxHashMap::default();
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

    /// Every figure of `kind` that breaks the rule: `Err` with the group figure's
    /// reason when that one does (or the session is full), else the figures to withhold.
    fn check(&self, kind: &Kind) -> Result<Vec<Withheld>, Refusal> {
        if self.views.len() >= MAX_VIEWS && !self.views.iter().any(|v| same(&v.kind, kind)) {
            return Err(Refusal::TooManyViews);
        }
        let mut withheld = Vec::new();
        let bits: Vec<u32> = match kind {
            Kind::Codes { members, .. } => {
                let bits = members.iter().fold(0u64, |acc, (_, f)| acc | f);
                (0..64).filter(|b| bits >> b & 1 == 1).collect()
            }
            Kind::Summary { sizes, .. } => (0..sizes.len().min(64) as u32)
                .filter(|&b| matches!(sizes.get(b as usize), Some(Some(_))))
                .collect(),
        };
        for bit in bits {
            if let Some(why) = self.check_figure(kind, bit) {
                if bit == 0 {
                    return Err(why);
                }
                withheld.push(Withheld {
                    figure: Figure::of_bit(bit, self.dims),
                    why,
                });
            }
        }
        Ok(withheld)
    }

    /// Why showing figure `bit` of `kind` would single people out, if it would.
    fn check_figure(&self, kind: &Kind, bit: u32) -> Option<Refusal> {
        let m = self.min;
        let figure = Figure::of_bit(bit, self.dims);
        let codes: Vec<(usize, &[(u32, Figures)])> = self
            .views
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match &v.kind {
                Kind::Codes { members, .. } => Some((i, members.as_slice())),
                Kind::Summary { .. } => None,
            })
            .collect();
        let summary_sizes = || {
            self.views.iter().filter_map(move |v| match &v.kind {
                Kind::Summary { sizes, .. } => sizes.get(bit as usize).copied().flatten(),
                Kind::Codes { .. } => None,
            })
        };
        match kind {
            Kind::Codes { members, .. } => {
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
                    return Some(Refusal::SmallCell {
                        figure,
                        size: *size,
                        in_candidate: sig & cand != 0,
                        in_views,
                        not_in_views,
                    });
                }
                // Shown summaries against every union of the new cells.
                let sizes: Vec<usize> = cells.values().copied().collect();
                summary_sizes().find_map(|n| {
                    close_union(&sizes, n, m).map(|t| Refusal::SizeClose {
                        figure,
                        candidate_is_summary: false,
                        summary_n: n,
                        other_n: t,
                        other_is_summary: false,
                    })
                })
            }
            Kind::Summary { sizes, .. } => {
                let n = sizes.get(bit as usize).copied().flatten()?;
                let cell_sizes: Vec<usize> = cells(&codes, None, bit).values().copied().collect();
                if let Some(t) = close_union(&cell_sizes, n, m) {
                    return Some(Refusal::SizeClose {
                        figure,
                        candidate_is_summary: true,
                        summary_n: n,
                        other_n: t,
                        other_is_summary: false,
                    });
                }
                summary_sizes()
                    .find(|&o| n != o && n.abs_diff(o) < m)
                    .map(|o| Refusal::SizeClose {
                        figure,
                        candidate_is_summary: true,
                        summary_n: n,
                        other_n: o,
                        other_is_summary: true,
                    })
            }
        }
    }
}

/// `kind` without the figures in `mask` (a summary loses their sizes).
fn without(kind: Kind, mask: Figures) -> Kind {
    if mask == 0 {
        return kind;
    }
    match kind {
        Kind::Codes { members, summary } => Kind::Codes {
            members: members
                .into_iter()
                .map(|(id, f)| (id, f & !mask))
                .filter(|(_, f)| *f != 0)
                .collect(),
            summary,
        },
        Kind::Summary { mut sizes, key } => {
            for (bit, s) in sizes.iter_mut().enumerate() {
                if bit < 64 && mask >> bit & 1 == 1 {
                    *s = None;
                }
            }
            Kind::Summary { sizes, key }
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
    let mut members = [0usize; 64];
    for (_, f) in &v {
        let mut rest = *f;
        while rest != 0 {
            members[rest.trailing_zeros() as usize] += 1;
            rest &= rest - 1;
        }
    }
    let shown: Figures = (0..64)
        .filter(|&bit| members[bit] >= min)
        .fold(0, |acc, bit| acc | 1 << bit);
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

#[cfg(test)]
mod tests {
    use super::*;

    const G: Figures = 1;

    /// `admit`, reduced to whether a new view was recorded.
    fn adm(l: &mut Ledger<u32>, c: &Candidate<u32>, group: char) -> Result<bool, Refusal> {
        l.admit(c, group).map(|a| {
            assert!(a.withheld.is_empty(), "nothing withheld here: {a:?}");
            a.new
        })
    }

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

    /// The first view skips the partition (nothing to combine with) but records the
    /// same members as a view admitted later would, and one that shows nothing leaves
    /// no trace: the ledger afterwards behaves as a fresh one.
    #[test]
    fn the_first_view_is_recorded_as_any_other_and_an_empty_one_leaves_no_trace() {
        let mut first = Ledger::new(5, 8);
        assert_eq!(adm(&mut first, &codes(0..3), 'A'), Ok(false));
        assert!(first.ids.is_empty() && first.views.is_empty());
        // Duplicated keys count once; the first view is checked by nobody, and the
        // second (A plus one) is then refused exactly as after the general path.
        let dup = with(codes(0..29), &[0, 1, 2]);
        assert_eq!(adm(&mut first, &dup, 'A'), Ok(true));
        let mut general = Ledger::new(5, 8);
        assert_eq!(adm(&mut general, &summary(40), 'S'), Ok(true));
        assert_eq!(adm(&mut general, &dup, 'A'), Ok(true));
        match (&first.views[0].kind, &general.views[1].kind) {
            (Kind::Codes { members: a, .. }, Kind::Codes { members: b, .. }) => {
                assert_eq!(a.len(), 29);
                assert_eq!(a, b);
            }
            other => panic!("both code views: {other:?}"),
        }
        assert!(first.check_only(&with(codes(0..29), &[900])).is_err());
        assert_eq!(first.check_only(&codes(0..29)), Ok(vec![]));
    }

    /// The sequence: A (29), B (29 others), C = A + B + one more person.
    #[test]
    fn three_views_that_isolate_one_person_are_refused() {
        let mut l = Ledger::new(5, 8);
        assert_eq!(adm(&mut l, &codes(0..29), 'A'), Ok(true));
        assert_eq!(adm(&mut l, &codes(100..129), 'B'), Ok(true));
        let c = with(with(codes(0..29), &(100..129).collect::<Vec<_>>()), &[500]);
        let r = adm(&mut l, &c, 'C').unwrap_err();
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
        assert_eq!(adm(&mut l, &c5, 'C'), Ok(true));
    }

    #[test]
    fn plus_or_minus_one_and_small_overlaps_are_refused_identical_views_are_fine() {
        let mut l = Ledger::new(5, 8);
        adm(&mut l, &codes(0..6), 'A').unwrap();
        assert!(matches!(
            adm(&mut l, &codes(0..7), 'A'),
            Err(Refusal::SmallCell {
                size: 1,
                in_candidate: true,
                ..
            })
        ));
        assert!(matches!(
            adm(&mut l, &codes(1..6), 'A'),
            Err(Refusal::SmallCell {
                size: 1,
                in_candidate: false,
                ..
            })
        ));
        // Overlap of 2 with a disjoint-enough other group.
        assert!(matches!(
            adm(&mut l, &codes(4..20), 'B'),
            Err(Refusal::SmallCell { size: 2, .. })
        ));
        assert_eq!(
            adm(&mut l, &codes(0..6), 'A'),
            Ok(false),
            "the same set again"
        );
        assert_eq!(adm(&mut l, &codes(10..20), 'B'), Ok(true), "disjoint");
        assert_eq!(l.len(), 2);
    }

    #[test]
    fn figures_with_their_own_members_are_checked_separately() {
        // A: 5 people answering everything. B = A + 5 others, 4 of whom skipped
        // aspect 0 (bit 1): aspect 0 would differ by one person.
        let both: Figures = 0b11;
        let mut l = Ledger::new(5, 8);
        let a: Vec<(u32, Figures)> = (0..5).map(|k| (k, both)).collect();
        adm(
            &mut l,
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
        let got = l
            .admit(
                &Candidate::Codes {
                    members: b.clone(),
                    summary: None,
                },
                'B',
            )
            .unwrap();
        // B is shown, but without aspect 0: that figure alone would single out one.
        assert!(got.new);
        assert_eq!(got.withheld.len(), 1);
        assert_eq!(got.withheld[0].figure, Figure::Dimension(0));
        assert!(matches!(
            got.withheld[0].why,
            Refusal::SmallCell {
                figure: Figure::Dimension(0),
                size: 1,
                in_candidate: true,
                ..
            }
        ));
        // Aspect 0 of another group with exactly A's members for it is the same set
        // for that figure and fine.
        let mut l = Ledger::new(5, 8);
        adm(
            &mut l,
            &Candidate::Codes {
                members: a.clone(),
                summary: None,
            },
            'A',
        )
        .unwrap();
        let mut b2 = a;
        b2.extend((11..16).map(|k| (k, G)));
        assert_eq!(
            adm(
                &mut l,
                &Candidate::Codes {
                    members: b2,
                    summary: None
                },
                'B'
            ),
            Ok(true)
        );
    }

    /// Bits of the figures used below, for 8 aspects.
    const DIM0: Figures = 1 << 1;
    const SPREAD: Figures = 1 << 11;
    const DENSITY: Figures = 1 << 12;

    fn people(range: std::ops::Range<u32>, f: Figures) -> Vec<(u32, Figures)> {
        range.map(|k| (k, f)).collect()
    }

    fn group(members: Vec<(u32, Figures)>) -> Candidate<u32> {
        Candidate::Codes {
            members,
            summary: None,
        }
    }

    /// A (29), B (29 others), then A + B + five people of whom only two gave the
    /// network answers and four scored aspect 0: the view is shown; the density
    /// (2 new people) and aspect 0 (4 new people) are withheld, each with its reason;
    /// the spread, which all five have, is shown.
    #[test]
    fn a_follow_up_view_withholds_only_the_figures_that_would_single_people_out() {
        let all = G | DIM0 | SPREAD | DENSITY;
        let mut l = Ledger::new(5, 8);
        adm(&mut l, &group(people(0..29, all)), 'A').unwrap();
        adm(&mut l, &group(people(100..129, all)), 'B').unwrap();
        let mut c = people(0..29, all);
        c.extend(people(100..129, all));
        c.extend(people(500..502, G | DIM0 | SPREAD | DENSITY));
        c.extend(people(502..504, G | DIM0 | SPREAD));
        c.push((504, G | SPREAD));
        let got = l.admit(&group(c.clone()), 'C').unwrap();
        assert!(got.new);
        let figures: Vec<Figure> = got.withheld.iter().map(|w| w.figure).collect();
        assert_eq!(figures, vec![Figure::Dimension(0), Figure::Density]);
        assert!(matches!(
            got.withheld[0].why,
            Refusal::SmallCell { size: 4, in_candidate: true, ref in_views, .. } if in_views.is_empty()
        ));
        assert!(matches!(
            got.withheld[1].why,
            Refusal::SmallCell {
                figure: Figure::Density,
                size: 2,
                in_candidate: true,
                ..
            }
        ));
        // The same view again: nothing new, the same figures withheld.
        let again = l.admit(&group(c.clone()), 'C').unwrap();
        assert_eq!((again.new, again.withheld.len()), (false, 2));
        // The withheld figures were recorded as not shown: A ∪ B next to C adds no
        // density cell of two or aspect-0 cell of four (C shows neither), so it is shown
        // whole; had C's density been recorded, {500, 501} would be a cell of two here.
        let mut ab = people(0..29, all);
        ab.extend(people(100..129, all));
        assert_eq!(adm(&mut l, &group(ab), 'D'), Ok(true));
        // But the group figure still refuses as a whole: C plus one person.
        let mut c1 = c;
        c1.push((600, all));
        assert!(matches!(
            l.admit(&group(c1), 'E'),
            Err(Refusal::SmallCell {
                figure: Figure::Group,
                size: 1,
                ..
            })
        ));
    }

    /// A summary whose group size is far from every union of shown cells, but whose
    /// density n is close to the density members shown: the density is withheld, the
    /// rest is shown; a later summary is checked against what was shown.
    #[test]
    fn a_summary_withholds_a_figure_whose_size_is_close() {
        let mut l = Ledger::new(5, 8);
        let mut a = people(0..6, G | DENSITY);
        a.extend(people(6..10, G));
        adm(&mut l, &group(a), 'A').unwrap();
        let mut sizes = vec![None; 13];
        sizes[0] = Some(30);
        sizes[12] = Some(8);
        let s = Candidate::Summary {
            sizes: sizes.clone(),
            key: vec![1],
        };
        let got = l.admit(&s, 'B').unwrap();
        assert!(got.new);
        assert_eq!(got.withheld.len(), 1);
        assert!(matches!(
            got.withheld[0].why,
            Refusal::SizeClose {
                figure: Figure::Density,
                candidate_is_summary: true,
                summary_n: 8,
                other_n: 6,
                other_is_summary: false,
            }
        ));
        // A second summary with a density n of 11: close to 8 only if the first one's
        // density had been recorded; it was not, so only the codes' 6 matter (far).
        sizes[0] = Some(30);
        sizes[12] = Some(11);
        let got = l
            .admit(
                &Candidate::Summary {
                    sizes,
                    key: vec![2],
                },
                'C',
            )
            .unwrap();
        assert_eq!((got.new, got.withheld.len()), (true, 0));
    }

    #[test]
    fn suppressed_figures_are_not_part_of_a_view() {
        // Only 3 of 6 answered aspect 0: that figure is suppressed, so another group
        // differing in it by one person is no risk for it.
        let mut l = Ledger::new(5, 8);
        let a: Vec<(u32, Figures)> = (0..6).map(|k| (k, if k < 3 { 0b11 } else { G })).collect();
        adm(
            &mut l,
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
            adm(
                &mut l,
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
        adm(&mut l, &summary(10), 'A').unwrap();
        assert!(matches!(
            adm(&mut l, &codes(0..9), 'B'),
            Err(Refusal::SizeClose {
                summary_n: 10,
                other_n: 9,
                ..
            })
        ));
        let mut l = Ledger::new(5, 8);
        adm(&mut l, &codes(0..9), 'B').unwrap();
        assert!(matches!(
            adm(&mut l, &summary(10), 'A'),
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
        assert_eq!(adm(&mut l, &summary(14), 'A'), Ok(true));
    }

    #[test]
    fn a_summary_is_checked_against_combinations_of_shown_groups() {
        let mut l = Ledger::new(5, 8);
        adm(&mut l, &codes(0..10), 'A').unwrap();
        adm(&mut l, &codes(100..109), 'B').unwrap();
        // 20 = 10 + 9 + 1: within 4 of the union of both groups.
        assert!(matches!(
            adm(&mut l, &summary(20), 'C'),
            Err(Refusal::SizeClose { other_n: 19, .. })
        ));
        assert_eq!(adm(&mut l, &summary(30), 'C'), Ok(true));
        // A later group whose union with the others comes close to the summary.
        assert!(matches!(
            adm(&mut l, &codes(200..211), 'D'),
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
        adm(&mut l, &summary(10), 'A').unwrap();
        let other = Candidate::Summary {
            sizes: vec![Some(10)],
            key: vec![1, 2, 3],
        };
        assert_eq!(adm(&mut l, &other, 'B'), Ok(true));
        assert!(matches!(
            adm(&mut l, &summary(11), 'C'),
            Err(Refusal::SizeClose {
                other_is_summary: true,
                ..
            })
        ));
        assert_eq!(adm(&mut l, &summary(15), 'C'), Ok(true));
    }

    #[test]
    fn a_summary_made_here_stands_for_its_group() {
        let mut l = Ledger::new(5, 8);
        let key = vec![42, 9];
        let a = Candidate::Codes {
            members: (0..9).map(|k| (k, G)).collect(),
            summary: Some(key.clone()),
        };
        adm(&mut l, &a, 'A').unwrap();
        // Its own summary next to it: the same people, nothing new.
        let s = Candidate::Summary {
            sizes: vec![Some(9)],
            key,
        };
        assert_eq!(adm(&mut l, &s, 'B'), Ok(false));
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
