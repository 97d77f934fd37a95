//! Validation of suggestion rules against a questionnaire: every problem named by its
//! JSON path.

use std::collections::{BTreeMap, BTreeSet};

use super::{Band, Rules, TeamRuleId, MAX_ACTIONS, MIN_ACTIONS};
use crate::domain::next_step::Actor;
use crate::domain::problem::{check_id, check_text, key_path, problem, Reason};
use crate::domain::questionnaire::{Problem, Questionnaire, Text};

/// `who`, when given, names one actor per action.
fn check_who(out: &mut Vec<Problem>, path: &str, actions: &[Text], who: &[Actor]) {
    if !who.is_empty() && who.len() != actions.len() {
        out.push(problem(path, Reason::ActorCount(who.len(), actions.len())));
    }
}

fn check_actions(out: &mut Vec<Problem>, path: &str, actions: &[Text], langs: &[String]) {
    if actions.len() < MIN_ACTIONS || actions.len() > MAX_ACTIONS {
        out.push(problem(
            path,
            Reason::ActionCount(actions.len(), MIN_ACTIONS, MAX_ACTIONS),
        ));
    }
    for (i, a) in actions.iter().enumerate() {
        check_text(out, &format!("{path}[{i}]"), a, langs);
    }
}

impl Rules {
    /// Every problem of these rules for a questionnaire, or an empty list:
    /// - thresholds are finite, within 0–100, and `low_below < high_from`;
    /// - every dimension of `q` has advice for all three bands, and no advice is given
    ///   for a dimension `q` does not have;
    /// - every piece of advice has 2–4 actions, and `who`, when given, one actor each;
    /// - pattern ids are well-formed and unique; every pattern has at least one
    ///   condition; each condition names either a known dimension or a headline figure
    ///   (`"figure": "conditions"` or `"spread"`), and exactly one of
    ///   `band`/`not_band` with a valid band name; the conditions can hold together;
    ///   no two patterns have the same conditions;
    /// - team rule ids are exactly the four known ones, each once;
    /// - every text is present and non-empty in every language of `q`.
    pub fn validate(&self, q: &Questionnaire) -> Vec<Problem> {
        let mut out = Vec::new();
        let langs = &q.languages;

        // Bands.
        let b = &self.bands;
        for (name, v) in [("low_below", b.low_below), ("high_from", b.high_from)] {
            if !v.is_finite() || !(0.0..=100.0).contains(&v) {
                out.push(problem(
                    format!("$.bands.{name}"),
                    Reason::NotScore(v.to_string()),
                ));
            }
        }
        // Also true when either is NaN.
        if b.low_below.partial_cmp(&b.high_from) != Some(std::cmp::Ordering::Less) {
            out.push(problem(
                "$.bands",
                Reason::BandOrder(b.low_below.to_string(), b.high_from.to_string()),
            ));
        }

        // Dimensions.
        let known: BTreeSet<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
        for key in self.dimensions.keys() {
            if !known.contains(key.as_str()) {
                out.push(problem(
                    key_path("$.dimensions", key),
                    Reason::UnknownDimension(key.clone()),
                ));
            }
        }
        for d in &q.dimensions {
            let dp = key_path("$.dimensions", &d.id);
            let Some(dr) = self.dimensions.get(&d.id) else {
                out.push(problem("$.dimensions", Reason::NoAdvice(d.id.clone())));
                continue;
            };
            for band in Band::ALL {
                let bp = format!("{dp}.{}", band.name());
                match dr.get(band) {
                    None => out.push(problem(dp.clone(), Reason::NoBandAdvice(band.name()))),
                    Some(a) => {
                        check_text(&mut out, &format!("{bp}.why"), &a.why, langs);
                        check_actions(&mut out, &format!("{bp}.actions"), &a.actions, langs);
                        check_who(&mut out, &format!("{bp}.who"), &a.actions, &a.who);
                    }
                }
            }
        }
        // Advice for unknown dimensions is reported above; still check its texts so that
        // a renamed dimension does not hide other problems.
        for (key, dr) in self
            .dimensions
            .iter()
            .filter(|(k, _)| !known.contains(k.as_str()))
        {
            let dp = key_path("$.dimensions", key);
            for band in Band::ALL {
                if let Some(a) = dr.get(band) {
                    let bp = format!("{dp}.{}", band.name());
                    check_text(&mut out, &format!("{bp}.why"), &a.why, langs);
                    check_actions(&mut out, &format!("{bp}.actions"), &a.actions, langs);
                }
            }
        }

        // Patterns.
        let mut pattern_ids: BTreeMap<&str, usize> = BTreeMap::new();
        let mut condition_sets: BTreeMap<BTreeMap<String, [bool; 3]>, usize> = BTreeMap::new();
        for (i, p) in self.patterns.iter().enumerate() {
            let pp = format!("$.patterns[{i}]");
            check_id(&mut out, &format!("{pp}.id"), &p.id);
            if let Some(first) = pattern_ids.insert(p.id.as_str(), i) {
                pattern_ids.insert(p.id.as_str(), first);
                out.push(problem(
                    format!("{pp}.id"),
                    Reason::DuplicatePattern(p.id.clone(), first),
                ));
            }
            if p.when.is_empty() {
                out.push(problem(format!("{pp}.when"), Reason::EmptyPattern));
            }
            // Accepted bands per dimension, intersected over the conditions.
            let mut set: BTreeMap<String, [bool; 3]> = BTreeMap::new();
            let mut well_formed = true;
            for (j, c) in p.when.iter().enumerate() {
                let cp = format!("{pp}.when[{j}]");
                let key = match (&c.figure, c.dimension.is_empty()) {
                    (Some(f), true) => {
                        if c.on_figure().is_none() {
                            well_formed = false;
                            out.push(problem(
                                format!("{cp}.figure"),
                                Reason::UnknownFigure(f.clone()),
                            ));
                        }
                        format!("figure:{f}")
                    }
                    (Some(_), false) | (None, true) => {
                        well_formed = false;
                        out.push(problem(cp.clone(), Reason::DimensionOrFigure));
                        String::new()
                    }
                    (None, false) => {
                        if !known.contains(c.dimension.as_str()) {
                            well_formed = false;
                            out.push(problem(
                                format!("{cp}.dimension"),
                                Reason::UnknownDimension(c.dimension.clone()),
                            ));
                        }
                        c.dimension.clone()
                    }
                };
                match (&c.band, &c.not_band) {
                    (Some(_), Some(_)) | (None, None) => {
                        well_formed = false;
                        out.push(problem(cp.clone(), Reason::BandOrNotBand));
                    }
                    (Some(b), None) | (None, Some(b)) => {
                        if Band::parse(b).is_none() {
                            well_formed = false;
                            let field = if c.band.is_some() { "band" } else { "not_band" };
                            out.push(problem(
                                format!("{cp}.{field}"),
                                Reason::UnknownBand(b.clone()),
                            ));
                        }
                    }
                }
                if let Some(acc) = c.accepted() {
                    let entry = set.entry(key).or_insert([true; 3]);
                    for k in 0..3 {
                        entry[k] &= acc[k];
                    }
                }
            }
            if well_formed && !p.when.is_empty() {
                if let Some((dim, _)) = set.iter().find(|(_, s)| !s.iter().any(|&x| x)) {
                    out.push(problem(
                        format!("{pp}.when"),
                        Reason::Contradiction(dim.clone()),
                    ));
                } else if let Some(first) = condition_sets.get(&set) {
                    out.push(problem(format!("{pp}.when"), Reason::SamePattern(*first)));
                } else {
                    condition_sets.insert(set, i);
                }
            }
            check_text(&mut out, &format!("{pp}.title"), &p.title, langs);
            check_text(&mut out, &format!("{pp}.text"), &p.text, langs);
            check_actions(&mut out, &format!("{pp}.actions"), &p.actions, langs);
            check_who(&mut out, &format!("{pp}.who"), &p.actions, &p.who);
        }

        // Team rules.
        let mut team_seen: BTreeMap<TeamRuleId, usize> = BTreeMap::new();
        for (i, t) in self.team.iter().enumerate() {
            let tp = format!("$.team[{i}]");
            match TeamRuleId::parse(&t.id) {
                None => out.push(problem(
                    format!("{tp}.id"),
                    Reason::UnknownTeamRule(
                        t.id.clone(),
                        TeamRuleId::ALL.map(TeamRuleId::name).to_vec(),
                    ),
                )),
                Some(id) => {
                    if let Some(first) = team_seen.get(&id) {
                        out.push(problem(
                            format!("{tp}.id"),
                            Reason::DuplicateTeamRule(t.id.clone(), *first),
                        ));
                    } else {
                        team_seen.insert(id, i);
                    }
                }
            }
            check_text(&mut out, &format!("{tp}.title"), &t.title, langs);
            check_text(&mut out, &format!("{tp}.text"), &t.text, langs);
            check_actions(&mut out, &format!("{tp}.actions"), &t.actions, langs);
        }
        for id in TeamRuleId::ALL {
            if !team_seen.contains_key(&id) {
                out.push(problem("$.team", Reason::MissingTeamRule(id.name())));
            }
        }
        out
    }
}
