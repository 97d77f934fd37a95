//! Which figures each member and each team summary contributes to, as the
//! differencing ledger counts them, and a summary's content key.

use super::differencing::{Candidate, Figure, Figures, SummaryKey};
use super::Summary;
use crate::domain::scoring::Profile;

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
