//! Facts about the loaded questionnaire that the interface states in words: how many
//! aspects and statements, how long it takes, which keys answer, how many answers a
//! score needs. Computed from the questionnaire, never written into the texts, so a
//! custom questionnaire of another shape is described truthfully.

use super::questionnaire::Questionnaire;
use super::scoring::MIN_ANSWERED_SHARE;

/// Reading speed assumed for the time estimate, in characters per minute (about 180
/// words a minute: careful reading of short statements, not skimming).
pub const READ_CHARS_PER_MINUTE: f64 = 900.0;
/// Seconds to weigh and choose an answer, per question, on top of reading it.
pub const SECONDS_TO_ANSWER: f64 = 6.0;

/// What the interface says about a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// Radar aspects (dimensions).
    pub aspects: usize,
    /// Questions of every kind.
    pub statements: usize,
    /// Estimated minutes, rounded up, at least 1.
    pub minutes: u32,
    /// The largest number of points on any scale used (key hints run 1 to this).
    pub max_points: u8,
    /// Whether any scale offers "can't say" (key 0 is mentioned only then).
    pub cant_say: bool,
    /// Statements per aspect when every aspect has the same number, else `None`.
    pub items_per_aspect: Option<usize>,
    /// Answers needed for a score when every aspect has the same number of statements.
    pub needed_per_aspect: Option<usize>,
}

/// The smallest number of answered items that the 75% rule accepts for `items`.
pub fn needed_answers(items: usize) -> usize {
    (MIN_ANSWERED_SHARE * items as f64 - 1e-9).ceil().max(0.0) as usize
}

/// Characters a person reads to answer every question in `lang`: section titles and
/// intros, block prompts, question texts, and each scale's labels once per page.
pub fn reading_chars(q: &Questionnaire, lang: &str) -> usize {
    let count = |s: &str| s.chars().count();
    let mut n = 0;
    for s in &q.sections {
        n += count(q.text(&s.title, lang));
        n += s
            .intro
            .as_ref()
            .map(|t| count(q.text(t, lang)))
            .unwrap_or(0);
        // The labels of each scale used on the page, read once per page.
        let mut scales: Vec<&str> = Vec::new();
        for id in &s.questions {
            if let Some(sc) = q.position(id).and_then(|p| q.scale_at(p)) {
                if !scales.contains(&sc.id.as_str()) {
                    scales.push(&sc.id);
                    let labels = q.labels(sc, lang);
                    n += labels
                        .map(|l| l.iter().map(|x| count(x)).sum())
                        .unwrap_or(0);
                }
            }
        }
    }
    n += count(q.text(&q.who_leads.prompt, lang));
    n += count(q.text(&q.own_leadership.prompt, lang));
    n += q
        .network
        .as_ref()
        .map_or(0, |net| count(q.text(&net.prompt, lang)));
    n += (0..q.question_count())
        .filter_map(|p| q.question_text(p))
        .map(|t| count(q.text(t, lang)))
        .sum::<usize>();
    n
}

/// The estimate: reading time plus answering time, rounded up to whole minutes.
pub fn minutes(q: &Questionnaire, lang: &str) -> u32 {
    let read = reading_chars(q, lang) as f64 / READ_CHARS_PER_MINUTE;
    let answer = q.question_count() as f64 * SECONDS_TO_ANSWER / 60.0;
    ((read + answer).ceil() as u32).max(1)
}

/// Every fact about `q` read in `lang`.
pub fn facts(q: &Questionnaire, lang: &str) -> Facts {
    let per: Vec<usize> = (0..q.dimensions.len())
        .map(|d| q.dimension_items(d).len())
        .collect();
    let same = per
        .first()
        .filter(|&&f| per.iter().all(|&x| x == f))
        .copied();
    Facts {
        aspects: q.dimensions.len(),
        statements: q.question_count(),
        minutes: minutes(q, lang),
        max_points: q.scales.iter().map(|s| s.points).max().unwrap_or(0),
        cant_say: q.scales.iter().any(|s| s.cant_say.is_some()),
        items_per_aspect: same,
        needed_per_aspect: same.map(needed_answers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Written for the default build (English messages, German texts).
    #[cfg(all(feature = "lang-en", feature = "lang-de"))]
    #[test]
    fn the_built_in_questionnaire() {
        let q = Questionnaire::default_questionnaire();
        let f = facts(&q, "en");
        assert_eq!(f.aspects, 8);
        assert_eq!(f.statements, 44);
        assert_eq!(f.max_points, 5);
        assert!(f.cant_say);
        assert_eq!(f.items_per_aspect, Some(4));
        assert_eq!(f.needed_per_aspect, Some(3));
        // 44 answers at 6 s are 4.4 minutes; reading adds the rest.
        let chars = reading_chars(&q, "en");
        assert!(chars > 3000, "{chars}");
        let want = ((chars as f64 / 900.0 + 4.4).ceil()) as u32;
        assert_eq!(f.minutes, want);
        // 3,748 characters in English, 4,484 in German (questionnaire 2.0.0).
        assert_eq!(chars, 3748);
        assert_eq!(reading_chars(&q, "de"), 4484);
        assert_eq!(f.minutes, 9);
        assert_eq!(facts(&q, "de").minutes, 10);
    }

    #[test]
    fn the_75_percent_rule_in_whole_answers() {
        assert_eq!(needed_answers(4), 3);
        assert_eq!(needed_answers(3), 3, "75% of 3 is 2.25, so all 3");
        assert_eq!(needed_answers(8), 6);
        assert_eq!(needed_answers(5), 4);
        assert_eq!(needed_answers(2), 2);
    }

    #[test]
    fn longer_texts_take_longer() {
        let q = Questionnaire::default_questionnaire();
        let mut long = q.clone();
        for it in &mut long.items {
            for t in it.text.values_mut() {
                *t = t.repeat(4);
            }
        }
        assert!(minutes(&long, "en") > minutes(&q, "en"));
    }
}
