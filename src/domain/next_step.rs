//! What a results page leads with: which aspects to start with, the order of the
//! aspect details, and who can carry out a suggestion.

use crate::domain::small::sort_small_by;

/// Who can carry out a suggestion. The personal results show the viewer's own
/// actions first; team and leader actions follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(test, derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(test, serde(rename_all = "lowercase"))]
pub enum Actor {
    /// The person reading the result, as a team member.
    You,
    /// The team together.
    Team,
    /// The formal leader.
    Leader,
}

impl Actor {
    /// The name used in the suggestion rules.
    pub fn name(self) -> &'static str {
        match self {
            Actor::You => "you",
            Actor::Team => "team",
            Actor::Leader => "leader",
        }
    }

    /// Reads a name from the suggestion rules.
    pub fn parse(s: &str) -> Option<Actor> {
        match s {
            "you" => Some(Actor::You),
            "team" => Some(Actor::Team),
            "leader" => Some(Actor::Leader),
            _ => None,
        }
    }
}

/// Dimension indices ordered from the lowest score to the highest; unscored ones last.
/// Equal scores keep questionnaire order.
pub fn low_to_high(scores: &[Option<f64>]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    sort_small_by(&mut idx, |&a, &b| match (scores[a], scores[b]) {
        (Some(x), Some(y)) => x.total_cmp(&y).is_lt(),
        (Some(_), None) => true,
        (None, _) => false,
    });
    idx
}

/// The aspects "Your next step" is about: the focus the rules chose (one or two low
/// aspects), or, when nothing is low, the single lowest scored aspect. Empty only when
/// no aspect is scored.
pub fn next_step(scores: &[Option<f64>], focus: &[usize]) -> Vec<usize> {
    if !focus.is_empty() {
        return focus.iter().copied().take(2).collect();
    }
    low_to_high(scores)
        .into_iter()
        .take(1)
        .filter(|&d| scores[d].is_some())
        .collect()
}

/// Positions of `actors` in display order: the viewer's own first, then the team's,
/// then the leader's; equal actors keep their order.
pub fn own_first(actors: &[Actor]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..actors.len()).collect();
    sort_small_by(&mut idx, |&a, &b| actors[a] < actors[b]);
    idx
}

/// What a team's discussion guide is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideTopics {
    /// The two lowest aspects with a team score, lowest first.
    pub low: Vec<usize>,
    /// The aspect where members' answers differ most (largest spread), if any has one.
    pub disagree: Option<usize>,
}

/// The guide's topics from the team means and a spread per aspect (such as the
/// average deviation; larger = more disagreement). Ties keep questionnaire order.
pub fn guide_topics(means: &[Option<f64>], spread: &[Option<f64>]) -> GuideTopics {
    let low = low_to_high(means)
        .into_iter()
        .filter(|&d| means[d].is_some())
        .take(2)
        .collect();
    let mut disagree: Option<(usize, f64)> = None;
    for (d, v) in spread.iter().enumerate() {
        if let Some(v) = v.filter(|v| v.is_finite()) {
            if means.get(d).copied().flatten().is_some()
                && disagree.is_none_or(|(_, best)| v > best)
            {
                disagree = Some((d, v));
            }
        }
    }
    GuideTopics {
        low,
        disagree: disagree.map(|(d, _)| d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_topics_pick_the_two_lowest_and_the_widest_spread() {
        let means = [Some(60.0), Some(30.0), None, Some(45.0), Some(80.0)];
        let spread = [Some(0.5), Some(0.7), Some(2.0), Some(0.9), Some(0.9)];
        let t = guide_topics(&means, &spread);
        assert_eq!(t.low, vec![1, 3]);
        // Aspect 2 has no team score (suppressed): never a topic. 3 and 4 tie: first wins.
        assert_eq!(t.disagree, Some(3));
        assert_eq!(guide_topics(&[None], &[Some(1.0)]).disagree, None);
    }

    #[test]
    fn ordering_puts_unscored_last_and_keeps_ties_stable() {
        let s = [Some(50.0), None, Some(25.0), Some(50.0), Some(0.0)];
        assert_eq!(low_to_high(&s), vec![4, 2, 0, 3, 1]);
    }

    #[test]
    fn next_step_uses_the_focus_or_the_lowest() {
        let s = [Some(80.0), Some(70.0), Some(90.0)];
        assert_eq!(next_step(&s, &[]), vec![1]);
        assert_eq!(next_step(&s, &[2, 0, 1]), vec![2, 0]);
        assert_eq!(next_step(&[None, None], &[]), Vec::<usize>::new());
    }

    #[test]
    fn own_actions_come_first() {
        use Actor::*;
        assert_eq!(own_first(&[Leader, Team, You, Team]), vec![2, 1, 3, 0]);
        for a in [You, Team, Leader] {
            assert_eq!(Actor::parse(a.name()), Some(a));
        }
        assert_eq!(Actor::parse("boss"), None);
    }
}
