//! Plain-language levels of team figures: how strongly members agree (r_wg(J) read
//! together with AD) and how evenly taking the lead is spread (Gini). One home for
//! these rules, used by the team results and by the team suggestions alike.

use super::suggestions::{
    CONCENTRATED_GINI_FROM, EVEN_GINI_BELOW, LOW_AGREEMENT_BELOW, STRONG_AGREEMENT_FROM,
};

/// How strongly a team agrees on one aspect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// r_wg(J) could not be computed.
    NotComputable,
    /// r_wg(J) ≥ .70 and AD ≤ c/6.
    Strong,
    /// .50 ≤ r_wg(J) < .70 and AD ≤ c/6.
    Moderate,
    /// r_wg(J) < .50, or r_wg(J) < .70 with AD above c/6.
    Weak,
    /// r_wg(J) ≥ .70 but AD above c/6: the answers spread too widely to call the
    /// agreement strong (r_wg(J) counts the statements of an aspect as separate
    /// measurements and can be high while members disagree).
    WideSpread,
}

/// The largest AD (average deviation from the item mean, in scale points) still read
/// as agreement: c/6 for c answer options (Burke & Dunlap 2002), 0.83 for five.
pub fn ad_limit(points: u8) -> f64 {
    f64::from(points) / 6.0
}

/// The agreement level of one aspect from its r_wg(J) and AD, for items with `points`
/// answer options. "Strong" needs both: r_wg(J) ≥ .70 *and* AD ≤ c/6. A missing AD
/// never confirms agreement.
pub fn agreement(rwg_j: Option<f64>, ad: Option<f64>, points: u8) -> Agreement {
    // Judged on the figures as shown (two decimals), so a label never contradicts the
    // number beside it (an r_wg(J) of .696 is shown as 0.70).
    let shown = |x: f64| (x * 100.0).round() / 100.0;
    let Some(r) = rwg_j.filter(|r| r.is_finite()).map(shown) else {
        return Agreement::NotComputable;
    };
    let close = ad.is_some_and(|ad| ad.is_finite() && shown(ad) <= ad_limit(points));
    match (r >= STRONG_AGREEMENT_FROM, r >= LOW_AGREEMENT_BELOW, close) {
        (true, _, true) => Agreement::Strong,
        (true, _, false) => Agreement::WideSpread,
        (false, true, true) => Agreement::Moderate,
        _ => Agreement::Weak,
    }
}

/// How evenly members take the lead, from the Gini coefficient of own leadership.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spread {
    /// Gini ≥ 0.20: some members lead often, others rarely.
    Concentrated,
    /// Gini < 0.10: members lead about equally often.
    Even,
    /// In between.
    Uneven,
}

/// The spread level of a Gini coefficient.
pub fn spread(gini: f64) -> Spread {
    if gini >= CONCENTRATED_GINI_FROM {
        Spread::Concentrated
    } else if gini < EVEN_GINI_BELOW {
        Spread::Even
    } else {
        Spread::Uneven
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_needs_both_rwg_and_ad() {
        // The 60-person team: r_wg(J) high, AD above 0.83.
        assert_eq!(agreement(Some(0.78), Some(0.95), 5), Agreement::WideSpread);
        assert_eq!(agreement(Some(0.78), Some(0.80), 5), Agreement::Strong);
        assert_eq!(agreement(Some(0.70), Some(5.0 / 6.0), 5), Agreement::Strong);
        assert_eq!(agreement(Some(0.60), Some(0.70), 5), Agreement::Moderate);
        assert_eq!(agreement(Some(0.60), Some(0.90), 5), Agreement::Weak);
        assert_eq!(agreement(Some(0.30), Some(0.10), 5), Agreement::Weak);
        assert_eq!(agreement(None, Some(0.10), 5), Agreement::NotComputable);
        // On the figures as shown: .696 reads 0.70, AD .834 reads 0.83.
        assert_eq!(agreement(Some(0.696), Some(0.95), 5), Agreement::WideSpread);
        assert_eq!(agreement(Some(0.696), Some(0.834), 5), Agreement::Strong);
        assert_eq!(agreement(Some(0.694), Some(0.834), 5), Agreement::Moderate);
        assert_eq!(agreement(Some(0.9), None, 5), Agreement::WideSpread);
        assert_eq!(
            agreement(Some(f64::NAN), Some(0.1), 5),
            Agreement::NotComputable
        );
        // The limit follows the number of options: c/6.
        assert_eq!(agreement(Some(0.8), Some(1.1), 7), Agreement::Strong);
        assert!((ad_limit(5) - 0.8333).abs() < 1e-4);
    }

    #[test]
    fn spread_levels() {
        assert_eq!(spread(0.25), Spread::Concentrated);
        assert_eq!(spread(0.20), Spread::Concentrated);
        assert_eq!(spread(0.15), Spread::Uneven);
        assert_eq!(spread(0.05), Spread::Even);
    }
}
