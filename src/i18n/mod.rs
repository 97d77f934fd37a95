//! Interface strings in every supported language. A missing string is a compile
//! error: each language is a value of the same struct.
//!
//! Questionnaire texts (items, dimensions, scales) live in the questionnaire data;
//! this module holds only the widget's own chrome.

mod de;
mod en;
mod fr;

pub use de::DE;
pub use en::EN;
pub use fr::FR;

use crate::domain::code::{self, CodeError};
use crate::domain::intake::{Invalid, InvalidError};
use crate::domain::suggestions::Band;
use crate::domain::team::{DifferencingRisk, PairRisk, Side, SummaryError, TeamError};
pub use crate::format::{Locale, Plural};

/// Every interface language. Adding a language means adding one file in this
/// folder (a `Strings` value: the compiler refuses a missing string) and one entry here.
pub const ALL: &[&Strings] = &[&EN, &DE, &FR];

/// Languages the interface speaks: code and own name (kept equal to [`ALL`] by a test).
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English"), ("de", "Deutsch"), ("fr", "Français")];

/// Every interface string.
#[derive(Debug)]
pub struct Strings {
    /// Language code (`en`).
    pub code: &'static str,
    /// The language's own name (`English`).
    pub name: &'static str,
    /// How numbers, percentages and plurals are written.
    pub locale: Locale,
    pub lang_label: &'static str,
    pub intro_measures: Plural,
    pub intro_time: Plural,
    pub privacy_title: &'static str,
    pub privacy_text: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub start_over: &'static str,
    pub saved_found: &'static str,
    pub team_view: &'static str,
    pub section_of: &'static str,
    pub answered_of: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub show_results: &'static str,
    pub unanswered_notice: Plural,
    pub continue_anyway: &'static str,
    pub please_answer: &'static str,
    pub keyboard_hint: &'static str,
    pub results_title: &'static str,
    pub radar_title: &'static str,
    pub radar_desc: &'static str,
    pub dimension: &'static str,
    pub score: &'static str,
    pub item_range: &'static str,
    pub band: &'static str,
    pub band_low: &'static str,
    pub band_middle: &'static str,
    pub band_high: &'static str,
    pub not_scored: &'static str,
    pub index_label: &'static str,
    pub uncertainty_note: &'static str,
    pub delete_answers: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub cancel: &'static str,
    pub deleted: &'static str,
    pub storage_notice_corrupt: &'static str,
    pub storage_notice_version: &'static str,
    pub storage_unavailable: &'static str,
    pub edit_answers: &'static str,
    pub print: &'static str,
    pub download_json: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub what_it_is: &'static str,
    pub why_it_matters: &'static str,
    pub how_to_foster: &'static str,
    pub suggestions: &'static str,
    pub patterns_title: &'static str,
    pub who_leads_title: &'static str,
    pub who_leads_desc: &'static str,
    pub own_title: &'static str,
    pub quality_title: &'static str,
    pub quality_straight: &'static str,
    pub quality_contradiction: Plural,
    pub quality_cant_say: &'static str,
    pub your_code: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub share_link: &'static str,
    pub code_help: &'static str,
    pub opened_from_code: &'static str,
    pub code_error: &'static str,
    pub error_title: &'static str,
    pub progress_label: &'static str,
    pub take_survey: &'static str,
    pub focus_here: &'static str,
    pub team_title: &'static str,
    pub team_entry_text: &'static str,
    pub team_intro: &'static str,
    pub team_min_note: &'static str,
    pub team_group: &'static str,
    pub team_paste_label: &'static str,
    pub team_paste_help: &'static str,
    pub team_read: &'static str,
    pub team_load_file: &'static str,
    pub team_remove_group: &'static str,
    pub team_add_group: &'static str,
    pub team_own_label: &'static str,
    pub team_own_help: &'static str,
    pub team_reading: &'static str,
    pub team_reading_start: &'static str,
    pub team_no_codes: &'static str,
    pub team_many_summaries: &'static str,
    pub team_mixed: &'static str,
    pub team_usable: Plural,
    pub team_duplicates: Plural,
    pub team_invalid: Plural,
    pub team_invalid_more: &'static str,
    pub team_refused: &'static str,
    pub team_too_few: Plural,
    pub team_summary_read: &'static str,
    pub team_results_title: &'static str,
    pub team_radar_title: &'static str,
    pub team_radar_desc: &'static str,
    pub team_own_overlay_note: &'static str,
    pub team_table_caption: &'static str,
    pub team_mean: &'static str,
    pub team_ci: &'static str,
    pub team_agreement: &'static str,
    pub team_agreement_note: &'static str,
    pub team_agree_none: &'static str,
    pub team_agree_strong: &'static str,
    pub team_agree_moderate: &'static str,
    pub team_agree_weak: &'static str,
    pub team_dim_suppressed: &'static str,
    pub team_spread_title: &'static str,
    pub team_spread_concentrated: &'static str,
    pub team_spread_even: &'static str,
    pub team_spread_mixed: &'static str,
    pub team_gini: &'static str,
    pub team_cv: &'static str,
    pub team_own_mean: &'static str,
    pub team_spread_explain: &'static str,
    pub team_missing: &'static str,
    pub team_function: &'static str,
    pub team_distribution: &'static str,
    pub team_summary_code: &'static str,
    pub team_summary_help: &'static str,
    pub cmp_section: &'static str,
    pub cmp_intro: &'static str,
    pub cmp_title: &'static str,
    pub cmp_diff: &'static str,
    pub cmp_verdict: &'static str,
    pub cmp_no_difference: &'static str,
    pub cmp_higher: &'static str,
    pub cmp_lower: &'static str,
    pub cmp_radar_title: &'static str,
    pub cmp_radar_desc: &'static str,
    pub own_series: &'static str,
    pub team_series: &'static str,
    pub print_head: &'static str,
    pub cmp_diff_of: &'static str,
    pub team_who_mean: &'static str,
    pub alpha_negative_why: &'static str,
    pub alpha_not_reliable: &'static str,
    pub team_details_title: &'static str,
    pub guide_print: &'static str,
    pub guide_remeasure: &'static str,
    pub guide_remeasure_title: &'static str,
    pub guide_experiment_note: &'static str,
    pub guide_experiment_title: &'static str,
    pub guide_agenda_5: &'static str,
    pub guide_agenda_4: &'static str,
    pub guide_agenda_3: &'static str,
    pub guide_agenda_2: &'static str,
    pub guide_agenda_1: &'static str,
    pub guide_agenda_title: &'static str,
    pub guide_q_try: &'static str,
    pub guide_q_disagree: &'static str,
    pub guide_q_low_2: &'static str,
    pub guide_q_low_1: &'static str,
    pub guide_questions_title: &'static str,
    pub guide_disagree: &'static str,
    pub guide_low: &'static str,
    pub guide_focus_title: &'static str,
    pub guide_intro: &'static str,
    pub guide_title: &'static str,
    pub team_summary_intro: &'static str,
    pub team_summary_title: &'static str,
    pub review_answers: &'static str,
    pub quality_muted: &'static str,
    pub quality_near_straight: &'static str,
    pub scores_title: &'static str,
    pub answer_range: &'static str,
    pub actions_title: &'static str,
    pub details_hint: &'static str,
    pub details_title: &'static str,
    pub who_leader: &'static str,
    pub who_team: &'static str,
    pub who_you: &'static str,
    pub next_share_link: &'static str,
    pub next_share: &'static str,
    pub next_intro: Plural,
    pub next_title: &'static str,
    pub of_100: &'static str,
    pub index_meaning: &'static str,
    pub not_scored_share: &'static str,
    pub unanswered_notice_plain: Plural,
    pub keyboard_hint_cant_say: &'static str,
    /// The start screen's small print: `{version}` is the widget release.
    pub version_line: &'static str,
}

impl Strings {
    /// The name of a score band.
    pub fn band(&self, b: Band) -> &'static str {
        match b {
            Band::Low => self.band_low,
            Band::Middle => self.band_middle,
            Band::High => self.band_high,
        }
    }
}

/// Strings for a language code; unknown codes get English.
pub fn strings(lang: &str) -> &'static Strings {
    ALL.iter().copied().find(|s| s.code == lang).unwrap_or(&EN)
}

/// Writing direction of a language, for the widget's own root: the widget never
/// inherits a host page's `dir`.
pub fn direction(lang: &str) -> &'static str {
    match lang.split('-').next().unwrap_or("") {
        "ar" | "he" | "fa" | "ur" | "ps" | "yi" => "rtl",
        _ => "ltr",
    }
}

/// Replaces `{x}`, `{y}`, `{n}` placeholders.
pub fn fill(template: &str, pairs: &[(&str, String)]) -> String {
    let mut s = template.to_string();
    for (k, v) in pairs {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

/// A result-code error in the interface language (English uses the domain's wording).
pub fn code_error(lang: &str, e: &CodeError) -> String {
    if lang == "fr" {
        return fr::code_error(e);
    }
    if lang != "de" {
        return e.to_string();
    }
    match e {
        CodeError::Empty => "Der Ergebniscode ist leer.".into(),
        CodeError::WrongPrefix { found } => format!(
            "Ein Ergebniscode beginnt mit \u{201e}{}\u{201c}, dieser beginnt mit \u{201e}{found}\u{201c}.",
            code::PREFIX
        ),
        CodeError::UnsupportedVersion { version } => format!(
            "Dies ist ein Ergebniscode der Version {version}; dieses Widget liest nur Codes der Version {} (\u{201e}{}\u{2026}\u{201c}).",
            code::VERSION,
            code::PREFIX
        ),
        CodeError::BadCharacter { ch, position } => format!(
            "Das Zeichen '{}' an Position {position} ist in einem Ergebniscode nicht erlaubt.",
            ch.escape_debug()
        ),
        CodeError::Truncated { expected, found } => format!(
            "Der Ergebniscode ist zu kurz: {found} statt {expected} Zeichen nach \u{201e}{}\u{201c}. Fehlt ein Teil?",
            code::PREFIX
        ),
        CodeError::TooLong { expected, found } => format!(
            "Der Ergebniscode ist zu lang: {found} statt h\u{f6}chstens {expected} Zeichen nach \u{201e}{}\u{201c}.",
            code::PREFIX
        ),
        CodeError::ChecksumMismatch => "Der Ergebniscode enth\u{e4}lt einen Tippfehler: Die Pr\u{fc}fzeichen stimmen nicht. Bitte Zeichen f\u{fc}r Zeichen mit dem Original vergleichen.".into(),
        CodeError::QuestionnaireMismatch { code_fingerprint, expected } => format!(
            "Der Code geh\u{f6}rt zu einem anderen Fragebogen (Kennung {}), nicht zu diesem (Kennung {}).",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        CodeError::AnswersDoNotFit(_) | CodeError::ValueOutOfRange { .. } => {
            "Die Antworten im Code passen nicht zu diesem Fragebogen.".into()
        }
    }
}

/// A team-summary error in the interface language.
pub fn summary_error(lang: &str, e: &SummaryError) -> String {
    if lang == "fr" {
        return fr::summary_error(e);
    }
    if lang != "de" {
        return e.to_string();
    }
    match e {
        SummaryError::Empty => "Die Team-Zusammenfassung ist leer.".into(),
        SummaryError::PersonalCode => "Das ist ein pers\u{f6}nlicher Ergebniscode, keine Team-Zusammenfassung.".into(),
        SummaryError::BadCharacter { ch, position } => format!(
            "Das Zeichen '{}' an Position {position} ist in einer Team-Zusammenfassung nicht erlaubt.",
            ch.escape_debug()
        ),
        SummaryError::Truncated { .. } => "Die Team-Zusammenfassung ist zu kurz. Fehlt ein Teil?".into(),
        SummaryError::TooLong { .. } => "Die Team-Zusammenfassung ist zu lang.".into(),
        SummaryError::ChecksumMismatch => "Die Team-Zusammenfassung enth\u{e4}lt einen Tippfehler: Die Pr\u{fc}fzeichen stimmen nicht.".into(),
        SummaryError::QuestionnaireMismatch { code_fingerprint, expected } => format!(
            "Die Zusammenfassung geh\u{f6}rt zu einem anderen Fragebogen (Kennung {}), nicht zu diesem (Kennung {}).",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        SummaryError::GroupTooSmall { n, min } => format!(
            "Die Zusammenfassung beschreibt {n} Personen; mindestens {min} sind n\u{f6}tig."
        ),
        other => format!("Diese Team-Zusammenfassung kann nicht gelesen werden ({other})."),
    }
}

/// Why a pasted candidate is unusable, in the interface language.
pub fn invalid_reason(lang: &str, x: &Invalid) -> String {
    if lang == "fr" {
        return fr::invalid_reason(x);
    }
    if lang != "de" {
        return x.reason.clone();
    }
    match &x.error {
        InvalidError::Code(e) => code_error(lang, e),
        InvalidError::Summary(e) => summary_error(lang, e),
    }
}

/// A differencing refusal in the interface language.
pub fn differencing(lang: &str, r: &DifferencingRisk) -> String {
    if lang == "fr" {
        return fr::differencing(r);
    }
    if lang != "de" {
        return r.to_string();
    }
    let who = if r.size == 1 { "Person" } else { "Personen" };
    match r.side {
        Side::OnlyInCandidate => format!(
            "Diese Gruppe enth\u{e4}lt {} {who}, die in Auswertung {} fehlen; beide zu zeigen w\u{fc}rde ihre Antworten offenlegen.",
            r.size,
            r.shown + 1
        ),
        Side::OnlyInShown => format!(
            "Auswertung {} enth\u{e4}lt {} {who}, die in dieser Gruppe fehlen; beide zu zeigen w\u{fc}rde ihre Antworten offenlegen.",
            r.shown + 1,
            r.size
        ),
    }
}

/// A pair-comparison refusal in the interface language.
pub fn pair_risk(lang: &str, r: &PairRisk) -> String {
    if lang == "fr" {
        return fr::pair_risk(r);
    }
    if lang != "de" {
        return r.to_string();
    }
    let (n, what) = match r {
        PairRisk::OnlyInA(n) => (n, "nur in der ersten Gruppe"),
        PairRisk::OnlyInB(n) => (n, "nur in der zweiten Gruppe"),
        PairRisk::Overlap(n) => (n, "in beiden Gruppen"),
    };
    format!(
        "{n} {} {} {what}; ein Vergleich dieser Gruppen k\u{f6}nnte ihre Antworten offenlegen.",
        if *n == 1 { "Person" } else { "Personen" },
        if *n == 1 { "ist" } else { "sind" }
    )
}

/// A team error (other than too few respondents, which has its own message) in the
/// interface language.
pub fn team_error(lang: &str, e: &TeamError) -> String {
    if lang == "fr" {
        return fr::team_error(e);
    }
    match (lang, e) {
        ("de", TeamError::DifferentQuestionnaires { a, b }) => format!(
            "Diese Ergebnisse stammen aus verschiedenen Frageb\u{f6}gen (Kennungen {} und {}) und k\u{f6}nnen nicht verglichen werden.",
            code::fingerprint_label(*a),
            code::fingerprint_label(*b)
        ),
        ("de", TeamError::TooFew { n, needed }) => format!(
            "Team-Werte brauchen mindestens {needed} Antworten, damit sie anonym bleiben; es sind {n}."
        ),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill(EN.section_of, &[("x", "2".into()), ("y", "5".into())]),
            "Section 2 of 5"
        );
    }

    #[test]
    fn every_code_error_has_german_words() {
        let errors = [
            CodeError::Empty,
            CodeError::WrongPrefix {
                found: "XX1-".into(),
            },
            CodeError::UnsupportedVersion {
                version: "2".into(),
            },
            CodeError::BadCharacter {
                ch: '!',
                position: 5,
            },
            CodeError::Truncated {
                expected: 35,
                found: 30,
            },
            CodeError::TooLong {
                expected: 35,
                found: 40,
            },
            CodeError::ChecksumMismatch,
            CodeError::QuestionnaireMismatch {
                code_fingerprint: 1,
                expected: 2,
            },
            CodeError::AnswersDoNotFit("x".into()),
        ];
        for e in errors {
            let de = code_error("de", &e);
            assert_ne!(de, e.to_string(), "{e:?} is translated");
            assert_eq!(code_error("en", &e), e.to_string());
        }
        assert!(code_error(
            "de",
            &CodeError::BadCharacter {
                ch: '!',
                position: 5
            }
        )
        .contains("'!'"));
    }

    /// Every `{placeholder}` per field, from the pretty Debug form of a language.
    fn placeholders(s: &Strings) -> Vec<(String, Vec<String>)> {
        let dbg = format!("{s:#?}");
        let mut out = Vec::new();
        let mut field = String::new();
        for line in dbg.lines() {
            let t = line.trim_start();
            if let Some((name, rest)) = t.split_once(": ") {
                if !name.contains(' ') {
                    field = if line.starts_with("        ") {
                        format!("{}.{name}", field.split('.').next().unwrap_or(""))
                    } else {
                        name.to_string()
                    };
                    let mut ph: Vec<String> = rest
                        .split('{')
                        .skip(1)
                        .filter_map(|x| x.split_once('}').map(|(k, _)| k.to_string()))
                        .filter(|k| k.chars().all(|c| c.is_ascii_lowercase()))
                        .collect();
                    ph.sort();
                    out.push((field.clone(), ph));
                }
            }
        }
        out
    }

    #[test]
    fn every_language_is_registered_once_with_its_locale() {
        let codes: Vec<(&str, &str)> = ALL.iter().map(|s| (s.code, s.name)).collect();
        assert_eq!(codes, LANGUAGES.to_vec());
        assert_eq!(
            crate::domain::options::LANGUAGES.to_vec(),
            ALL.iter().map(|s| s.code).collect::<Vec<_>>()
        );
        for s in ALL {
            assert_eq!(strings(s.code).name, s.name);
        }
        assert_eq!(DE.locale.decimal, ',');
        assert_eq!(EN.locale.decimal, '.');
    }

    #[test]
    fn no_bracket_plurals_in_any_language() {
        for s in ALL {
            let dbg = format!("{s:?}");
            for bad in ["(s)", "(n)", "(en)", "(r)", "(e)", "(es)"] {
                assert!(!dbg.contains(bad), "{}: {bad} in {dbg}", s.code);
            }
        }
    }

    #[test]
    fn every_language_uses_the_same_placeholders() {
        let en = placeholders(&EN);
        for s in ALL {
            let other = placeholders(s);
            assert_eq!(en.len(), other.len(), "{}", s.code);
            for ((f, a), (g, b)) in en.iter().zip(&other) {
                assert_eq!(f, g);
                // A singular form may spell the count out ("one question").
                let a: Vec<&String> = a
                    .iter()
                    .filter(|k| *k != "n" || !f.ends_with(".one"))
                    .collect();
                let b: Vec<&String> = b
                    .iter()
                    .filter(|k| *k != "n" || !g.ends_with(".one"))
                    .collect();
                assert_eq!(a, b, "{}: placeholders of {f}", s.code);
            }
        }
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(strings("xx").start, "Start");
        assert_eq!(strings("de").start, "Starten");
    }
}
