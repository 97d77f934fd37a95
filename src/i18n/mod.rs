//! Interface strings in every supported language. A missing string is a compile
//! error: each language is a value of the same struct.
//!
//! Questionnaire texts (items, dimensions, scales) live in the questionnaire data;
//! this module holds only the widget's own chrome.

#[cfg(test)]
#[path = "coverage/tests.rs"]
mod coverage;
#[cfg(not(any(feature = "lang-en", feature = "lang-de", feature = "lang-fr")))]
compile_error!("enable at least one interface language: feature lang-en, lang-de or lang-fr");

#[cfg(feature = "lang-de")]
mod de;
#[cfg(feature = "lang-en")]
mod en;
#[cfg(feature = "lang-fr")]
mod fr;

#[cfg(feature = "lang-de")]
pub use de::{DE, DE_VIEW};
#[cfg(feature = "lang-en")]
pub use en::{EN, EN_VIEW};
#[cfg(feature = "lang-fr")]
pub use fr::{FR, FR_VIEW};

use crate::domain::code::{self, CodeError};
use crate::domain::groups::FileProblem;
use crate::domain::intake::{Invalid, InvalidError, TextError};
use crate::domain::options::OptionProblem;
use crate::domain::questionnaire::{Problem, Questionnaire, Reason};
use crate::domain::suggestions::Band;
use crate::domain::team::differencing::{Figure, Refusal};
use crate::domain::team::{DifferencingRisk, PairRisk, SummaryError, TeamError};
pub use crate::format::{Locale, Plural};

/// Every interface language of this build (the `lang-*` features; all three by
/// default). Adding a language means adding one file in this folder (a `Strings` value:
/// the compiler refuses a missing string), a feature, and one entry here.
pub const ALL: &[&Strings] = &[
    #[cfg(feature = "lang-en")]
    &EN,
    #[cfg(feature = "lang-de")]
    &DE,
    #[cfg(feature = "lang-fr")]
    &FR,
];

/// Every language the widget is translated into (`domain::options::TRANSLATED`), with
/// its own name: the language picker offers the languages of the page's other modules.
pub const NAMES: &[(&str, &str)] = &[("en", "English"), ("de", "Deutsch"), ("fr", "Français")];

/// The own name of a language the widget is translated into (the code itself otherwise).
pub fn language_name(code: &str) -> &str {
    NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, name)| name)
}

/// The results' and team view's strings of every language of this build, in the order
/// of [`ALL`].
pub const ALL_VIEW: &[&ViewStrings] = &[
    #[cfg(feature = "lang-en")]
    &EN_VIEW,
    #[cfg(feature = "lang-de")]
    &DE_VIEW,
    #[cfg(feature = "lang-fr")]
    &FR_VIEW,
];

/// Languages the interface speaks: code and own name (kept equal to [`ALL`] by a test).
pub const LANGUAGES: &[(&str, &str)] = &[
    #[cfg(feature = "lang-en")]
    ("en", "English"),
    #[cfg(feature = "lang-de")]
    ("de", "Deutsch"),
    #[cfg(feature = "lang-fr")]
    ("fr", "Français"),
];

/// Every interface string and message of one language. Each language is one value
/// of this struct in its own file (`en.rs`, `de.rs`): a missing string or message
/// does not compile, and each message function matches every case of its typed
/// error (no wildcard), so a new case does not compile until every language words it.
#[derive(Debug)]
pub struct Strings {
    /// Language code (`en`).
    pub code: &'static str,
    /// The language's own name (`English`).
    pub name: &'static str,
    /// How numbers, percentages and plurals are written.
    pub locale: Locale,
    /// The headline-figure strings of this language (`i18n_figures`).
    pub figures: &'static crate::i18n_figures::FigureStrings,
    /// A result code that cannot be read.
    pub code_message: fn(&CodeError) -> String,
    /// An embed option (or the questionnaire it names) that cannot be used.
    pub option_message: fn(&OptionProblem) -> String,
    /// Why a questionnaire or suggestion rules are not valid (without the JSON path).
    pub problem_message: fn(&Reason) -> String,
    /// The widget could not start (shown in its place).
    pub setup_failed: &'static str,
    /// What to do about the listed problems.
    pub setup_fix: &'static str,
    /// The console warning: `{x}` is `#id` or [`setup_element`](Self::setup_element).
    pub setup_failed_on: &'static str,
    /// An element without id: `{x}` its tag name.
    pub setup_element: &'static str,
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
    pub score: &'static str,
    pub band_low: &'static str,
    pub band_middle: &'static str,
    pub band_high: &'static str,
    /// The band names inside a sentence, written out rather than lower-cased at run
    /// time (`str::to_lowercase` links Unicode's case tables, about 9 KB gzip of wasm).
    pub level_low: &'static str,
    pub level_middle: &'static str,
    pub level_high: &'static str,
    pub delete_answers: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub cancel: &'static str,
    pub deleted: &'static str,
    pub storage_notice_corrupt: &'static str,
    pub storage_notice_version: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_loaded_elsewhere: &'static str,
    pub start_over_confirm: &'static str,
    pub start_over_yes: &'static str,
    pub kept_aside_text: &'static str,
    pub kept_aside_download: &'static str,
    pub kept_aside_delete: &'static str,
    pub kept_aside_confirm: &'static str,
    pub copy_manual: &'static str,
    pub save_failed_unavailable: &'static str,
    pub save_failed_full: &'static str,
    pub save_failed_refused: &'static str,
    pub save_failed_blocked: &'static str,
    pub save_what_to_do: &'static str,
    pub save_download: &'static str,
    pub save_recovered: &'static str,
    pub conflict_text: &'static str,
    pub conflict_keep: &'static str,
    pub conflict_take: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub code_error: &'static str,
    pub error_title: &'static str,
    pub progress_label: &'static str,
    pub team_title: &'static str,
    /// Shown while the team view's module loads.
    pub team_module_loading: &'static str,
    /// The team view's module could not be loaded (the loader's reason follows).
    pub team_module_failed: &'static str,
    /// Loads the team view's module again.
    pub team_module_retry: &'static str,
    /// Shown while another language's module loads: `{x}` the language's own name.
    pub lang_switching: &'static str,
    /// Another language's module could not be loaded: `{x}` the language's own name,
    /// `{y}` the loader's reason (names the file).
    pub lang_switch_failed: &'static str,
    /// The personal results are shown by the second module, still loading.
    pub results_module_loading: &'static str,
    /// It could not be loaded (the reason follows).
    pub results_module_failed: &'static str,
    pub team_entry_text: &'static str,
    pub unanswered_notice_plain: Plural,
    pub keyboard_hint_cant_say: &'static str,
    /// A pasted code for another questionnaire: `{f}` its fingerprint, `{q}` the id
    /// of the questionnaire in use, `{g}` that one's fingerprint.
    pub code_other_questionnaire: &'static str,
    /// The start screen's small print: `{version}` is the widget release.
    pub version_line: &'static str,
}

/// The interface strings only the second module's views use (the personal results and
/// the team view), with the shared ones through `Deref` to [`Strings`]: the widget module
/// never refers to a `ViewStrings`, so their texts and message functions are not in it.
#[derive(Debug)]
pub struct ViewStrings {
    /// The strings both modules use.
    pub base: &'static Strings,
    /// A team summary code that cannot be read; the `Option` names the aspect of an
    /// impossible SD when the questionnaire is known.
    pub summary_message: fn(&SummaryError, Option<&str>) -> String,
    /// Team figures or a comparison that cannot be shown.
    pub team_message: fn(&TeamError) -> String,
    /// A group refused because it differs too little from a shown one.
    pub differencing_message: fn(&DifferencingRisk) -> String,
    /// A comparison refused because a part of the pair is too small.
    pub pair_message: fn(&PairRisk) -> String,
    /// A pasted or loaded text that cannot be read at all.
    pub text_message: fn(&TextError) -> String,
    /// A view refused by the differencing ledger and what would allow it; the `Fn`
    /// names a figure (empty for the group as a whole); `usize` is the minimum group.
    pub refusal_message: fn(&Refusal, usize, &dyn Fn(Figure) -> String) -> String,
    /// Figures withheld from a shown view (their names), with the minimum group.
    pub withheld_message: fn(&[String], usize) -> String,
    /// A file too large to be loaded.
    pub file_message: fn(&FileProblem) -> String,
    /// A table row of a withheld figure: `{m}` the minimum group.
    pub team_withheld_cell: &'static str,
    /// Withheld aspects left out of the radar: `{x}` their names, `{m}` the minimum.
    pub team_radar_withheld: &'static str,
    /// A withheld headline figure (the density): `{m}` the minimum group.
    pub team_withheld_figure: &'static str,
    pub results_title: &'static str,
    pub radar_title: &'static str,
    pub radar_desc: &'static str,
    pub dimension: &'static str,
    pub band: &'static str,
    pub not_scored: &'static str,
    pub index_label: &'static str,
    pub uncertainty_note: &'static str,
    pub edit_answers: &'static str,
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
    pub share_link: &'static str,
    pub code_help: &'static str,
    pub opened_from_code: &'static str,
    pub take_survey: &'static str,
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
    pub team_summary_small: &'static str,
    pub team_stale: &'static str,
    pub team_stale_tag: &'static str,
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
    pub team_agree_wide: &'static str,
    pub team_ci_clipped: &'static str,
    pub team_radar_gap: &'static str,
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
    pub cmp_same: &'static str,
    pub cmp_no_test: &'static str,
    pub cmp_no_spread_note: &'static str,
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
    /// The comparisons' own print button.
    pub cmp_print: &'static str,
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
}

impl std::ops::Deref for ViewStrings {
    type Target = Strings;
    fn deref(&self) -> &Strings {
        self.base
    }
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

    /// The name of a score band inside a sentence ("low", "niedrig", "élevé").
    pub fn level(&self, b: Band) -> &'static str {
        match b {
            Band::Low => self.level_low,
            Band::Middle => self.level_middle,
            Band::High => self.level_high,
        }
    }
}

/// Strings for a language code; other codes get the build's first language (English
/// in the default build).
pub fn strings(lang: &str) -> &'static Strings {
    ALL.iter()
        .copied()
        .find(|s| s.code == lang)
        .unwrap_or(ALL[0])
}

/// The results' and team view's strings for a language code (with the shared ones);
/// other codes get the build's first language, as [`strings`] does.
pub fn view_strings(lang: &str) -> &'static ViewStrings {
    ALL_VIEW
        .iter()
        .copied()
        .find(|s| s.code == lang)
        .unwrap_or(ALL_VIEW[0])
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

/// A result-code error in the interface language.
pub fn code_error(lang: &str, e: &CodeError) -> String {
    (strings(lang).code_message)(e)
}

/// A team-summary error in the interface language.
pub fn summary_error(lang: &str, e: &SummaryError) -> String {
    (view_strings(lang).summary_message)(e, None)
}

/// A team error in the interface language.
pub fn team_error(lang: &str, e: &TeamError) -> String {
    (view_strings(lang).team_message)(e)
}

/// A differencing refusal in the interface language.
pub fn differencing(lang: &str, r: &DifferencingRisk) -> String {
    (view_strings(lang).differencing_message)(r)
}

/// A pair-comparison refusal in the interface language.
pub fn pair_risk(lang: &str, r: &PairRisk) -> String {
    (view_strings(lang).pair_message)(r)
}

/// A text that cannot be read, in the interface language.
pub fn text_error(lang: &str, e: &TextError) -> String {
    (view_strings(lang).text_message)(e)
}

/// Why a pasted candidate is unusable, in the interface language. A code for another
/// questionnaire names the questionnaire in use.
pub fn invalid_reason(lang: &str, q: &Questionnaire, x: &Invalid) -> String {
    match &x.error {
        InvalidError::Code(CodeError::QuestionnaireMismatch {
            code_fingerprint, ..
        }) => fill(
            view_strings(lang).code_other_questionnaire,
            &[
                ("f", code::fingerprint_label(*code_fingerprint)),
                ("q", q.id.clone()),
                ("g", code::fingerprint_label(q.fingerprint())),
            ],
        ),
        InvalidError::Summary(
            e @ SummaryError::ImpossibleSd {
                dimension: Some(d), ..
            },
        ) => {
            let name = q.dimensions.get(*d).map(|dim| q.text(&dim.name, lang));
            (view_strings(lang).summary_message)(e, name)
        }
        InvalidError::Code(e) => code_error(lang, e),
        InvalidError::Summary(e) => summary_error(lang, e),
    }
}

/// Why a questionnaire or suggestion rules are not valid, in `lang`.
pub fn reason(lang: &str, r: &Reason) -> String {
    (strings(lang).problem_message)(r)
}

/// A questionnaire or suggestion-rule problem as `path: reason`, in `lang`.
pub fn problem(lang: &str, p: &Problem) -> String {
    format!("{}: {}", p.path, (strings(lang).problem_message)(&p.reason))
}

/// An embed option problem, in `lang`.
pub fn option_problem(lang: &str, p: &OptionProblem) -> String {
    (strings(lang).option_message)(p)
}

/// A file that could not be loaded, in the interface language.
pub fn file_problem(lang: &str, p: &FileProblem) -> String {
    (view_strings(lang).file_message)(p)
}

/// Why a view is refused by the differencing ledger, and what would allow it, in the
/// interface language. `name` names a figure (empty for the group as a whole).
pub fn refusal(lang: &str, r: &Refusal, min: usize, name: &dyn Fn(Figure) -> String) -> String {
    (view_strings(lang).refusal_message)(r, min, name)
}

/// The note for figures withheld from a shown view (`names`: the figures' names).
pub fn withheld(lang: &str, names: &[String], min: usize) -> String {
    (view_strings(lang).withheld_message)(names, min)
}

/// `a`, `a and b`, `a, b and c` with a language's word for "and" (with its spaces).
/// The name of the figure a refusal is about, if it is not the group as a whole (each
/// language wraps it in its own parenthesis).
pub(crate) fn figure_named(f: Figure, name: &dyn Fn(Figure) -> String) -> Option<String> {
    let n = name(f);
    (!matches!(f, Figure::Group) && !n.is_empty()).then_some(n)
}

/// Shown views as named in refusals, joined with the language's "and".
pub(crate) fn views_in(
    v: &[crate::domain::team::differencing::ViewRef],
    view: fn(&crate::domain::team::differencing::ViewRef) -> String,
    and: &str,
) -> String {
    join(&v.iter().map(view).collect::<Vec<_>>(), and)
}

pub(crate) fn join(parts: &[String], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "lang-en")]
    #[test]
    fn level_words_are_the_band_names_in_lower_case() {
        for s in ALL {
            for b in [Band::Low, Band::Middle, Band::High] {
                assert_eq!(s.level(b), s.band(b).to_lowercase(), "{}", s.code);
            }
        }
    }

    #[cfg(feature = "lang-en")]
    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(
            fill(EN.section_of, &[("x", "2".into()), ("y", "5".into())]),
            "Section 2 of 5"
        );
    }

    #[cfg(all(feature = "lang-en", feature = "lang-de"))]
    #[test]
    fn every_code_error_has_german_words() {
        let errors = coverage::code_samples();
        for e in errors {
            let de = code_error("de", &e);
            assert_ne!(de, code_error("en", &e), "{e:?} is translated");
            assert_eq!(code_error("xx", &e), code_error("en", &e));
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
    fn placeholders<T: std::fmt::Debug>(s: &T) -> Vec<(String, Vec<String>)> {
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
        let view: Vec<&str> = ALL_VIEW.iter().map(|s| s.code).collect();
        assert_eq!(view, ALL.iter().map(|s| s.code).collect::<Vec<_>>());
        assert!(ALL_VIEW
            .iter()
            .zip(ALL)
            .all(|(v, s)| std::ptr::eq(v.base, *s)));
        assert_eq!(
            crate::domain::options::LANGUAGES.to_vec(),
            ALL.iter().map(|s| s.code).collect::<Vec<_>>()
        );
        for s in ALL {
            assert_eq!(strings(s.code).name, s.name);
            let decimal = if s.code == "en" { '.' } else { ',' };
            assert_eq!(s.locale.decimal, decimal, "{}", s.code);
        }
        // A build speaks some of the translated languages, in their order.
        let translated = crate::domain::options::TRANSLATED;
        let mut built = translated
            .iter()
            .filter(|l| ALL.iter().any(|s| s.code == **l));
        assert!(ALL.iter().all(|s| built.next() == Some(&s.code)));
        assert!(!ALL.is_empty());
    }

    #[test]
    fn no_bracket_plurals_in_any_language() {
        // A `ViewStrings` prints its shared `Strings` too.
        for s in ALL_VIEW {
            let dbg = format!("{s:?}");
            for bad in ["(s)", "(n)", "(en)", "(r)", "(e)", "(es)"] {
                assert!(!dbg.contains(bad), "{}: {bad} in {dbg}", s.code);
            }
        }
    }

    #[test]
    fn every_language_uses_the_same_placeholders() {
        // A `ViewStrings` prints its shared `Strings` too (as `base.…`), so this covers both.
        let en = placeholders(ALL_VIEW[0]);
        for s in ALL_VIEW {
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
    fn an_unknown_language_falls_back_to_the_first_built() {
        assert_eq!(strings("xx").code, ALL[0].code);
        for s in ALL {
            assert_eq!(strings(s.code).code, s.code);
        }
        for l in crate::domain::options::TRANSLATED {
            if !ALL.iter().any(|s| s.code == *l) {
                assert_eq!(strings(l).code, ALL[0].code, "{l} is not in this build");
            }
        }
        #[cfg(feature = "lang-en")]
        assert_eq!(strings("xx").start, "Start");
        #[cfg(feature = "lang-de")]
        assert_eq!(strings("de").start, "Starten");
    }
}
