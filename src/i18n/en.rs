//! English interface strings.

use super::{figure_named, join, views_in, Strings, ViewStrings};
use crate::domain::code::{self, CodeError, PrefixSlip, SpecialChar, PREFIX, VERSION};
use crate::domain::groups::FileProblem;
use crate::domain::intake::{TextError, MAX_CANDIDATES, MAX_TEXT_BYTES};
use crate::domain::json::{Kind, Syntax};
use crate::domain::options::{
    FoundElement, OptionProblem, StorageFlaw, DEFAULT_MIN_GROUP, LANGUAGES, MAX_MIN_GROUP,
    MAX_STORAGE_LEN, MIN_GROUP_FLOOR, TRANSLATED,
};
use crate::domain::problem::{Expected, Found};
use crate::domain::questionnaire::Reason;
use crate::domain::response::Misfit;
use crate::domain::team::differencing::{Figure, Refusal, ViewRef, MAX_VIEWS};
use crate::domain::team::{
    DifferencingRisk, Flaw, PairRisk, Side, SummaryError, TeamError, SUMMARY_PREFIX,
    SUMMARY_VERSION,
};
use crate::format::{Plural, LOCALE_EN};

#[path = "en_checks.rs"]
mod checks;
use checks::{file_problem, misfit, option_problem, reason, refusal, withheld};

/// English.
pub const EN: Strings = Strings {
    code: "en",
    name: "English",
    locale: LOCALE_EN,
    figures: &crate::i18n_figures::EN,
    code_message: code_error,
    option_message: option_problem,
    problem_message: reason,
    setup_failed: "Leadership Radar could not start.",
    setup_fix: "Please fix this in the page's HTML:",
    setup_failed_on: "Leadership Radar could not start on {x}:",
    setup_element: "a <{x}> element",
    lang_label: "Language",
    intro_measures: Plural {
        one: "This self-assessment shows how widely leadership is shared in your team: one aspect of how the team works, plus who takes the lead on common leadership tasks.",
        other: "This self-assessment shows how widely leadership is shared in your team: {n} aspects of how the team works, plus who takes the lead on common leadership tasks.",
    },
    intro_time: Plural {
        one: "About one minute, {s} short statements.",
        other: "About {n} minutes, {s} short statements.",
    },
    privacy_title: "Your privacy",
    privacy_text: "Your answers stay in this browser. Nothing is sent anywhere. You can delete them at any time.",
    start: "Start",
    resume: "Resume",
    start_over: "Start over",
    saved_found: "You have saved answers from an earlier visit.",
    team_view: "Compare a team",
    section_of: "Section {x} of {y}",
    answered_of: "{x} of {y} answered",
    back: "Back",
    next: "Next",
    show_results: "Show my results",
    unanswered_notice: Plural {
        one: "One question on this page is not answered yet. Answer it, choose \u{201c}can't say\u{201d}, or continue anyway.",
        other: "{n} questions on this page are not answered yet. Answer them, choose \u{201c}can't say\u{201d}, or continue anyway.",
    },
    continue_anyway: "Continue anyway",
    please_answer: "Not answered yet",
    keyboard_hint: "Tip: use the arrow keys or the number keys 1–{k} to answer, and Enter for the next page.",
    score: "Score (0\u{2013}100)",
    band_low: "Low",
    band_middle: "Middle",
    band_high: "High",
    level_low: "low",
    level_middle: "middle",
    level_high: "high",
    delete_answers: "Delete my answers",
    delete_confirm: "Delete all your saved answers from this browser? This cannot be undone.",
    delete_yes: "Yes, delete",
    cancel: "Cancel",
    deleted: "Your answers were deleted.",
    storage_notice_corrupt: "Saved answers in this browser could not be read. They are kept aside, unchanged, until you delete them (see below). You can start afresh.",
    storage_notice_version: "Saved answers belong to a different version of this questionnaire and cannot be resumed. They are kept aside, unchanged, until you delete them (see below). You can start afresh.",
    storage_unavailable: "This browser does not allow saving, so your answers will be lost if you leave the page.",
    storage_loaded_elsewhere: "Answers saved in another tab or window were loaded.",
    start_over_confirm: "Start over with no answers? Your saved answers will be replaced as soon as you answer again.",
    start_over_yes: "Yes, start over",
    kept_aside_text: "Saved data this version cannot read is kept unchanged in this browser until you delete it (storage key \u{201c}{key}\u{201d}; values kept: {n}).",
    kept_aside_download: "Download them",
    kept_aside_delete: "Delete them",
    kept_aside_confirm: "Delete the unreadable saved data from this browser? This cannot be undone.",
    copy_manual: "Copying is not allowed here. The code is selected: press Ctrl+C (\u{2318}C on a Mac) to copy it.",
    save_failed_unavailable: "Your answers cannot be saved: this browser or page does not allow storage.",
    save_failed_full: "Your latest answers could not be saved: this browser's storage is full.",
    save_failed_refused: "Your latest answers could not be saved: the browser refused to store them.",
    save_failed_blocked: "Your answers are not saved, because unreadable saved data is in the way and this browser would not move it aside.",
    save_what_to_do: "Nothing is lost while this page stays open: keep it open, and when you reach your results copy your result code or download your answers. You can also download your answers now. Saving is retried every few seconds.",
    save_download: "Download my answers",
    save_recovered: "Your answers are saved again.",
    conflict_text: "Your saved answers were changed or deleted in another tab or window. Nothing is overwritten until you choose:",
    conflict_keep: "Keep the answers on this page",
    conflict_take: "Use the other saved answers",
    print: "Print",
    copy: "Copy",
    copied: "Copied",
    code_error: "This result code cannot be opened",
    error_title: "Something is wrong",
    progress_label: "Survey progress",
    team_title: "Team view",
    team_module_loading: "Loading the team view…",
    team_module_failed: "The team view could not be loaded.",
    team_module_retry: "Try again",
    lang_switching: "Switching to {x}…",
    lang_switch_failed: "{x} could not be loaded: {y}. The widget stays in English; nothing you entered is lost.",
    results_module_loading: "Loading your results…",
    results_module_failed: "Your results could not be loaded.",
    team_entry_text: "Facilitators: collect your members' result codes and see the team's profile, agreement and how evenly leadership is spread.",
    keyboard_hint_cant_say: "Tip: use the arrow keys or the number keys 1–{k} to answer, 0 for “can't say”, and Enter for the next page.",
    unanswered_notice_plain: Plural {
        one: "One question on this page is not answered yet. Answer it or continue anyway.",
        other: "{n} questions on this page are not answered yet. Answer them or continue anyway.",
    },
    version_line: "Leadership Radar, version {version}",
    code_other_questionnaire: "this code belongs to another questionnaire (fingerprint {f}), not to \"{q}\" (fingerprint {g})",
};

/// English: the strings of the results and team views.
pub const EN_VIEW: ViewStrings = ViewStrings {
    base: &EN,
    summary_message: summary_error,
    team_message: team_error,
    differencing_message: differencing,
    pair_message: pair_risk,
    text_message: text_error,
    refusal_message: refusal,
    withheld_message: withheld,
    file_message: file_problem,
    results_title: "Your leadership profile",
    radar_title: "Radar of your scores on {n} aspects of shared leadership",
    radar_desc: "Scores from 0 to 100 per aspect; the shaded band shows the range of your answers to each aspect's statements.",
    dimension: "Aspect",
    band: "Level",
    not_scored: "not scored: fewer than {k} of {n} statements answered",
    index_label: "Conditions for shared leadership",
    uncertainty_note: "Each score rests on only a few statements: read it as a rough reading. The band shows how far apart your answers to an aspect's statements were; a wide band means mixed experiences.",
    edit_answers: "Change my answers",
    download_json: "Download JSON",
    download_csv: "Download CSV",
    download_svg: "Download radar (SVG)",
    what_it_is: "What it is",
    why_it_matters: "Why it matters",
    how_to_foster: "How to foster it",
    suggestions: "Suggestions",
    patterns_title: "Patterns to watch",
    who_leads_title: "Who leads?",
    who_leads_desc: "From 0 (only the team lead) to 100 (everyone, as needed)",
    own_title: "Your own leadership",
    quality_title: "About your answers",
    quality_straight: "You gave the same answer to every statement. Your profile may not reflect real differences.",
    quality_contradiction: Plural {
        one: "In one aspect you agreed with a statement and with its opposite. That score is less reliable.",
        other: "In {n} aspects you agreed with a statement and with its opposite. Those scores are less reliable.",
    },
    quality_cant_say: "You chose \u{201c}can't say\u{201d} often. Some aspects could not be scored.",
    your_code: "Your result code",
    share_link: "Link to this result",
    code_help: "The code holds your answers and nothing else: no name, no date. Share it with your team's facilitator only if you want to.",
    opened_from_code: "This result was opened from a result code.",
    take_survey: "Take the self-assessment",
    team_intro: "Paste the result codes your team members shared with you, or load them from text or CSV files. Everything is computed in this browser; nothing is sent anywhere.",
    team_min_note: "Team figures appear only from {n} responses, so that no one's answers can be singled out.",
    team_group: "Group {x}",
    team_paste_label: "Result codes (one per line, separated by commas, or inside any text)",
    team_paste_help: "Personal codes start with LR1-, team summary codes with LRS1-.",
    team_read: "Read codes",
    team_load_file: "Load .txt or .csv files",
    team_remove_group: "Remove this group",
    team_add_group: "Add a group to compare",
    team_own_label: "Your own result code (optional, shown only to you, never added to the team)",
    team_own_help: "Your profile is drawn over the team's as a dashed line.",
    team_reading: "Reading codes\u{2026} {x} of {y}",
    team_reading_start: "Reading codes\u{2026}",
    team_no_codes: "No usable result codes were found in this text.",
    team_many_summaries: "A group can hold one team summary code; paste each summary into its own group.",
    team_mixed: "A group is either personal codes or one team summary code, not both.",
    team_usable: Plural {
        one: "{n} usable response",
        other: "{n} usable responses",
    },
    team_duplicates: Plural {
        one: "One duplicate code was counted once. Two people with identical answers also produce identical codes.",
        other: "{n} duplicate codes were counted once each. Two people with identical answers also produce identical codes.",
    },
    team_invalid: Plural {
        one: "One code could not be used",
        other: "{n} codes could not be used",
    },
    team_invalid_more: "\u{2026} and {n} more",
    team_refused: "Not shown:",
    team_too_few: Plural {
        one: "{n} usable response. Team figures need at least {m}: {k} more needed. Nothing else is shown until then.",
        other: "{n} usable responses. Team figures need at least {m}: {k} more needed. Nothing else is shown until then.",
    },
    team_summary_read: "Team summary of {n} people read; it can be compared with other groups.",
    team_summary_small: "This team summary describes {n} people. This page shows team figures only from {m} people, so it cannot be compared here.",
    team_stale: "Out of date: the codes in this box changed after they were read. The results below are from the earlier text; read the codes again to update them.",
    team_stale_tag: "(out of date)",
    team_results_title: "{g}: team results (n = {n})",
    team_radar_title: "Radar of the team's mean scores",
    team_radar_desc: "Team means from 0 to 100; the shaded band spans one standard deviation either side of the mean.",
    team_own_overlay_note: "The dashed line is your own result.",
    team_table_caption: "Team figures per aspect",
    team_mean: "Mean",
    team_ci: "95% CI",
    team_agreement: "Agreement r_wg(J)",
    team_agreement_note: "Agreement is called strong only when r_wg(J) is at least .70 and AD at most {x} (c/6 for c answer options); r_wg(J) from .50 with AD within that limit is moderate, anything else weak (LeBreton & Senter 2008; Burke & Dunlap 2002). r_wg(J) counts each of an aspect's statements as a separate measurement, so it can look high while members disagree: then the label says the answers spread widely. AD is the average deviation in scale points. Cronbach's \u{3b1} appears from 8 complete responses.",
    team_agree_none: "not computable",
    team_agree_strong: "strong agreement",
    team_agree_moderate: "moderate agreement",
    team_agree_weak: "weak agreement",
    team_agree_wide: "answers spread widely (AD above {x})",
    team_ci_clipped: "* The computed interval reaches past the end of the 0\u{2013}100 scale and is cut there; the downloads keep the computed values.",
    team_radar_gap: "Not drawn: {x} (fewer than {m} responses).",
    team_dim_suppressed: "hidden: fewer than {m} responses",
    team_withheld_cell: "withheld: together with the groups shown before, this figure could reveal the answers of fewer than {m} people",
    team_radar_withheld: "Not drawn: {x} (withheld: together with the groups shown before, these figures could reveal the answers of fewer than {m} people).",
    team_withheld_figure: "Not shown: together with the groups shown before in this session, this figure could reveal the answers of fewer than {m} people.",
    team_spread_title: "How evenly leadership is spread",
    team_spread_concentrated: "Taking the lead is concentrated in a few people: some members lead often, others rarely.",
    team_spread_even: "Taking the lead is spread evenly: members report leading about equally often.",
    team_spread_mixed: "Taking the lead is moderately uneven: some members lead noticeably more often than others.",
    team_gini: "Gini coefficient",
    team_cv: "Coefficient of variation",
    team_own_mean: "Own leadership, mean on 1\u{2013}{n}",
    team_spread_explain: "Both figures are computed from how often each member says they personally take the lead (1 = {lo}, {n} = {hi}). 0 means everyone leads equally often; on this scale, with {m} members, the Gini coefficient cannot exceed {g}.",
    team_missing: "can't say / not answered",
    team_function: "Leadership task",
    team_distribution: "Distribution",
    team_summary_code: "Team summary code",
    team_summary_help: "Aggregate figures only, no individual answers. Share it to compare teams without exchanging members' codes.",
    cmp_section: "Comparisons",
    cmp_intro: "Each group is compared with Group A (another team, or the same team at an earlier time). A difference counts as reliable when its 95% confidence interval excludes zero. Teams are compared in pairs, never ranked.",
    cmp_title: "{a} compared with {b}",
    cmp_diff: "Difference",
    cmp_verdict: "Verdict",
    cmp_no_difference: "no reliable difference",
    cmp_higher: "higher",
    cmp_lower: "lower",
    cmp_same: "the same",
    cmp_no_test: "no test: no spread",
    cmp_no_spread_note: "{x}: everyone within each group gave the same answers, so there is no spread to test against. The difference holds exactly for these members; whether it would hold for others cannot be judged from these data.",
    cmp_radar_title: "Radar of the groups' mean scores",
    cmp_radar_desc: "One line per group; scores from 0 to 100.",
    not_scored_share: "not scored: fewer than three quarters of its statements answered",
    index_meaning: "The average of your {n} aspect scores: how far, as you see it, the way your team works lets leadership be shared.",
    of_100: "of 100",
    next_title: "Your next step",
    next_intro: Plural {
        one: "Start with your lowest aspect, with one thing you can do yourself:",
        other: "Start with your two lowest aspects, each with one thing you can do yourself:",
    },
    next_share: "Then share your result code with your team's facilitator: from {m} codes on, the team sees its shared picture, and no one's answers stand out.",
    next_share_link: "Go to my result code",
    who_you: "You",
    who_team: "Your team",
    who_leader: "The formal leader",
    details_title: "Aspect by aspect, lowest first",
    details_hint: "Open an aspect to see what it means and what you, your team or the formal leader can do.",
    actions_title: "What can be done",
    answer_range: "your answers: {lo} to {hi}",
    quality_near_straight: "You gave the same answer to nearly every statement (at least nine in ten). Your profile may not reflect real differences.",
    quality_muted: "The chart and the advice below are therefore shown muted: read them as a rough sketch, or review your answers first.",
    review_answers: "Review my answers",
    team_summary_title: "In short",
    team_summary_intro: "For each aspect: the team's level and how closely members' answers agree.",
    guide_title: "Discussion guide for your team meeting",
    guide_intro: "For a 45-minute conversation about what the figures mean for your team. The figures open the conversation; they do not settle it.",
    guide_focus_title: "What to talk about",
    guide_low: "{aspect}: one of the team's lowest aspects ({mean} of 100, {level}).",
    guide_disagree: "{aspect}: where members' answers differ most ({agreement}).",
    guide_questions_title: "Questions to ask",
    guide_q_low_1: "What in our daily work makes {aspect} what it is today? Think of one recent example.",
    guide_q_low_2: "What would we notice in an ordinary week if {aspect} were one step better?",
    guide_q_disagree: "Our answers on {aspect} differ widely. Which situations did each of us have in mind?",
    guide_q_try: "What could we try for a month, at little risk, to move one of these?",
    guide_agenda_title: "A 45-minute agenda",
    guide_agenda_1: "5 min · Set the stage: these are the anonymous answers of {n} people. They show how members see the team – not a grade, not a ranking.",
    guide_agenda_2: "10 min · Look at the chart together, then at {aspect}, where views differ most. Collect what stands out, without judging.",
    guide_agenda_3: "15 min · “What makes it so?” for {aspect}: one minute alone, then in pairs, then in fours, then everyone together (1-2-4-All), so quieter voices are heard.",
    guide_agenda_4: "10 min · Choose one experiment, with one owner and a date to look at it again.",
    guide_agenda_5: "5 min · Agree when to measure again and who will collect the codes.",
    guide_experiment_title: "One experiment to try",
    guide_experiment_note: "A suggestion for {aspect}; adapt it, or choose your own.",
    guide_remeasure_title: "When to measure again",
    guide_remeasure: "In about three months, with the same questionnaire. Then load today's codes as Group A and the new ones as Group B: the team is compared with itself, never ranked against other teams.",
    guide_print: "Print the guide",
    cmp_print: "Print the comparison",
    team_details_title: "Details: all figures and statistics",
    alpha_not_reliable: "not reliable",
    alpha_negative_why: "“Not reliable” (Cronbach's α below 0): in this group the statements of the aspect did not go together – for example, one was read the opposite way – so a single score summarises them poorly.",
    team_who_mean: "Average (0 = one leader, 100 = everyone)",
    cmp_diff_of: "Difference ({b} − {a})",
    print_head: "Leadership Radar · {date}",
    team_series: "Team mean",
    own_series: "Your result",
};

/// English name of an invisible or space-like character, with its article.
fn special_char(c: SpecialChar) -> &'static str {
    match c {
        SpecialChar::ZeroWidthSpace => "a zero-width space",
        SpecialChar::ZeroWidthJoiner => "a zero-width joiner",
        SpecialChar::WordJoiner => "a word joiner",
        SpecialChar::ByteOrderMark => "a byte order mark",
        SpecialChar::SoftHyphen => "a soft hyphen",
        SpecialChar::NoBreakSpace => "a no-break space",
        SpecialChar::NarrowNoBreakSpace => "a narrow no-break space",
        SpecialChar::OtherSpace => "a special space",
        SpecialChar::DirectionMark => "a text direction mark",
        SpecialChar::RightToLeftOverride => "a right-to-left override",
        SpecialChar::OtherDirectional => "a text direction control",
    }
}

/// English name of a character written where a dash belongs.
fn separator(c: char) -> String {
    match c {
        '_' => "an underscore".into(),
        ' ' => "a space".into(),
        '\u{2013}' => "an en dash '\u{2013}'".into(),
        '\u{2014}' => "an em dash '\u{2014}'".into(),
        '\u{2212}' => "a minus sign '\u{2212}'".into(),
        c => match code::special_char(c) {
            Some(sc) => special_char(sc).into(),
            None => format!("'{c}'"),
        },
    }
}

/// A character not allowed in a code (`what`: "a result code", "a team summary code"),
/// named when it is invisible or space-like.
fn bad_character(ch: char, position: usize, what: &str) -> String {
    match code::special_char(ch) {
        Some(sc) => format!(
            "there is {} (U+{:04X}) at position {position}, which is not allowed in \
             {what}; delete it (it may be invisible)",
            special_char(sc),
            u32::from(ch)
        ),
        None => format!(
            "character '{}' at position {position} is not allowed in {what}",
            ch.escape_debug()
        ),
    }
}

/// A near miss of a code's prefix (`prefix`, e.g. "LR1-", with its `version` digit).
fn near_miss(
    found: &str,
    slip: PrefixSlip,
    position: usize,
    prefix: &str,
    version: &str,
) -> String {
    match slip {
        PrefixSlip::LetterForDigit(c) => format!(
            "this code starts with \"{found}\": at position {position} is the letter \
             '{c}' where the digit {version} belongs (\"{prefix}\")"
        ),
        PrefixSlip::Separator(c) => format!(
            "this code starts with \"{found}\": at position {position} is {} where a \
             dash belongs (\"{prefix}\")",
            separator(c)
        ),
        PrefixSlip::NoVersion => format!(
            "this code starts with \"{found}\": the version digit {version} is missing \
             at position {position} (\"{prefix}\")"
        ),
        PrefixSlip::FullWidth => format!(
            "this code starts with \"{found}\" in full-width characters; type it with \
             ordinary letters and digits (\"{prefix}\")"
        ),
    }
}

fn code_error(e: &CodeError) -> String {
    match e {
        CodeError::Empty => "the result code is empty".into(),
        CodeError::WrongPrefix { found } => {
            format!("a result code starts with \"{PREFIX}\", but this one starts with \"{found}\"")
        }
        CodeError::UnsupportedVersion { version } => format!(
            "this is a version {version} result code, but this widget only reads version \
             {VERSION} codes (\"{PREFIX}...\")"
        ),
        CodeError::BadCharacter { ch, position } => bad_character(*ch, *position, "a result code"),
        CodeError::NearMissPrefix {
            found,
            slip,
            position,
        } => near_miss(found, *slip, *position, PREFIX, VERSION),
        CodeError::Truncated { expected, found } => format!(
            "the result code is too short: it has {found} characters after \"{PREFIX}\" \
             (not counting '-'), but {expected} are expected; is part of it missing?"
        ),
        CodeError::TooLong { expected, found } => format!(
            "the result code is too long: it has {found} characters after \"{PREFIX}\" \
             (not counting '-'), but at most {expected} are expected"
        ),
        CodeError::ChecksumMismatch => "the result code contains a typo: its check characters \
             do not match; please compare it character by character with the original"
            .into(),
        CodeError::QuestionnaireMismatch {
            code_fingerprint,
            expected,
        } => format!(
            "the result code belongs to another questionnaire (fingerprint {}), \
             not to this one (fingerprint {})",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        CodeError::OlderQuestionnaire { version, current } => format!(
            "this result code comes from an older version of the questionnaire \
             ({version}); its questions have changed since, so it cannot be read with \
             this version ({current}). Please answer the current questionnaire again"
        ),
        CodeError::AnswersDoNotFit(why) => {
            format!("the answers do not fit the questionnaire: {}", misfit(why))
        }
        CodeError::ValueOutOfRange {
            question: 0, value, ..
        } => format!(
            "the result code holds answer data ({value}) although the questionnaire \
             has no questions"
        ),
        CodeError::ValueOutOfRange {
            question,
            value,
            max,
        } => format!(
            "the result code holds the value {value} for question {question}, \
             whose scale only goes up to {max}"
        ),
    }
}

fn flaw(f: &Flaw) -> &'static str {
    match f {
        Flaw::EndsMidFigure => "it ends in the middle of a figure",
        Flaw::CountNotShortest => "a count is not written in its shortest form",
        Flaw::CountTooLarge => "a count is too large",
        Flaw::ExtraCharacters => "it has extra characters at the end",
        Flaw::PaddingNotZero => "its padding is not zero",
        Flaw::CountExceedsTeam => "a figure counts more people than the team has",
        Flaw::ScoreOutOfRange => "a score lies outside 0–100",
        Flaw::OwnOutOfScale => "an own-leadership figure lies outside its scale",
    }
}

/// `aspect` names the aspect of an impossible SD, when the questionnaire is known.
fn summary_error(e: &SummaryError, aspect: Option<&str>) -> String {
    match e {
        SummaryError::Empty => "the team summary code is empty".into(),
        SummaryError::WrongPrefix { found } => format!(
            "a team summary code starts with \"{SUMMARY_PREFIX}\", but this one starts \
             with \"{found}\""
        ),
        SummaryError::PersonalCode => format!(
            "this is a personal result code (\"{PREFIX}\"), not a team summary code \
             (\"{SUMMARY_PREFIX}\"); add it to the team's result codes instead"
        ),
        SummaryError::UnsupportedVersion { version } => format!(
            "this is a version {version} team summary code, but this widget only reads \
             version {SUMMARY_VERSION} (\"{SUMMARY_PREFIX}...\")"
        ),
        SummaryError::BadCharacter { ch, position } => {
            bad_character(*ch, *position, "a team summary code")
        }
        SummaryError::NearMissPrefix {
            found,
            slip,
            position,
        } => near_miss(found, *slip, *position, SUMMARY_PREFIX, SUMMARY_VERSION),
        SummaryError::Truncated {
            expected_at_least,
            found,
        } => format!(
            "the team summary code is too short: it has {found} characters after \
             \"{SUMMARY_PREFIX}\" (not counting '-'), but at least {expected_at_least} \
             are expected; is part of it missing?"
        ),
        SummaryError::TooLong { max, found } => format!(
            "the team summary code is too long: it has {found} characters after \
             \"{SUMMARY_PREFIX}\" (not counting '-'), at most {max} are possible"
        ),
        SummaryError::ChecksumMismatch => "the team summary code contains a typo or is \
             incomplete: its check characters do not match; please compare it with the original"
            .into(),
        SummaryError::QuestionnaireMismatch {
            code_fingerprint,
            expected,
        } => format!(
            "the team summary code belongs to another questionnaire (fingerprint {}), \
             not to this one (fingerprint {})",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        SummaryError::OlderQuestionnaire { version, current } => format!(
            "the team summary code comes from an older version of the questionnaire \
             ({version}); its questions have changed since, so it cannot be compared \
             with results of this version ({current})"
        ),
        SummaryError::GroupTooSmall { n, min } => format!(
            "the team summary code describes {n} people; summaries of fewer than {min} \
             are refused to keep answers anonymous"
        ),
        SummaryError::Malformed(f) => format!("the team summary code is not valid: {}", flaw(f)),
        SummaryError::TooMany { n, max } => format!(
            "the team summary code claims {n} people; no summary can describe more than \
             {max} (the most codes this page reads), so it is not genuine"
        ),
        SummaryError::ImpossibleSd {
            dimension,
            mean_milli,
            sd_milli,
            n,
            max_milli,
        } => {
            let f = |x: u64| match dimension {
                Some(_) => crate::domain::fixed::fixed(x as f64 / 1000.0, 1),
                None => crate::domain::fixed::fixed(x as f64 / 1000.0, 3),
            };
            let (scale, place) = match dimension {
                Some(d) => (
                    "the 0\u{2013}100 scale".to_string(),
                    aspect.map_or_else(|| format!("aspect {}", d + 1), str::to_string),
                ),
                None => ("its scale".to_string(), "own leadership".to_string()),
            };
            format!(
                "the team summary code claims an SD of {} for a mean of {} on {scale} in \
                 {place}; with {n} people the SD cannot exceed {} there, so it is not genuine",
                f(*sd_milli),
                f(*mean_milli),
                f(*max_milli)
            )
        }
    }
}

fn team_error(e: &TeamError) -> String {
    match e {
        TeamError::TooFew { n, needed } => format!(
            "team results need at least {needed} respondents to keep answers anonymous; \
             there are {n}"
        ),
        TeamError::DifferentQuestionnaires { a, b } => format!(
            "these results come from different questionnaires (fingerprints {} and {}) \
             and cannot be compared",
            code::fingerprint_label(*a),
            code::fingerprint_label(*b)
        ),
    }
}

fn people(n: usize) -> &'static str {
    if n == 1 {
        "person"
    } else {
        "people"
    }
}

fn differencing(r: &DifferencingRisk) -> String {
    let (n, who, report) = (r.size, people(r.size), r.shown + 1);
    match r.side {
        Side::OnlyInCandidate => format!(
            "this group has {n} {who} that report {report} does not have; showing both \
             reports would reveal their answers"
        ),
        Side::OnlyInShown => format!(
            "report {report} has {n} {who} that this group does not have; showing both \
             reports would reveal their answers"
        ),
    }
}

fn pair_risk(r: &PairRisk) -> String {
    let (n, what) = match r {
        PairRisk::OnlyInA(n) => (n, "only in the first group"),
        PairRisk::OnlyInB(n) => (n, "only in the second group"),
        PairRisk::Overlap(n) => (n, "in both groups"),
    };
    format!(
        "{n} {} {} {what}; comparing these groups could reveal their answers",
        people(*n),
        if *n == 1 { "is" } else { "are" }
    )
}

fn text_error(e: &TextError) -> String {
    match e {
        TextError::TooLarge { bytes } => format!(
            "the text is {} KB; at most {} KB can be read at once",
            bytes / 1024,
            MAX_TEXT_BYTES / 1024
        ),
        TextError::TooManyCodes { found } => {
            format!("the text holds {found} codes; at most {MAX_CANDIDATES} can be read at once")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::intake::Intake;
    use crate::domain::questionnaire::Questionnaire;
    use crate::domain::response::{Answer, Answers};

    #[test]
    fn messages_are_plain_english() {
        let cases = [
            (CodeError::Empty, "the result code is empty"),
            (
                CodeError::BadCharacter {
                    ch: 'U',
                    position: 9,
                },
                "character 'U' at position 9 is not allowed in a result code",
            ),
            (
                CodeError::BadCharacter {
                    ch: '\t',
                    position: 5,
                },
                "character '\\t' at position 5 is not allowed in a result code",
            ),
            (
                CodeError::WrongPrefix {
                    found: "XY1-".into(),
                },
                "a result code starts with \"LR1-\", but this one starts with \"XY1-\"",
            ),
            (
                CodeError::QuestionnaireMismatch {
                    code_fingerprint: 0xab,
                    expected: 0xDEAD_BEEF,
                },
                "the result code belongs to another questionnaire (fingerprint 000000AB), \
                 not to this one (fingerprint DEADBEEF)",
            ),
            (
                CodeError::ValueOutOfRange {
                    question: 12,
                    value: 8,
                    max: 7,
                },
                "the result code holds the value 8 for question 12, whose scale only goes up to 7",
            ),
        ];
        for (e, msg) in cases {
            assert_eq!(code_error(&e), msg);
        }
        for e in [
            CodeError::UnsupportedVersion {
                version: "2".into(),
            },
            CodeError::Truncated {
                expected: 35,
                found: 20,
            },
            CodeError::TooLong {
                expected: 35,
                found: 36,
            },
            CodeError::ChecksumMismatch,
            CodeError::AnswersDoNotFit(Misfit::NoScale { question: 1 }),
            CodeError::ValueOutOfRange {
                question: 0,
                value: 3,
                max: 0,
            },
        ] {
            let m = code_error(&e);
            assert!(m.starts_with("th") && !m.contains('{'), "{m}");
        }
    }

    #[test]
    fn summary_messages_are_plain() {
        let cases = [
            (SummaryError::Empty, "the team summary code is empty"),
            (
                SummaryError::PersonalCode,
                "this is a personal result code (\"LR1-\"), not a team summary code \
                 (\"LRS1-\"); add it to the team's result codes instead",
            ),
            (
                SummaryError::QuestionnaireMismatch {
                    code_fingerprint: 0xAB,
                    expected: 0xDEAD_BEEF,
                },
                "the team summary code belongs to another questionnaire (fingerprint \
                 000000AB), not to this one (fingerprint DEADBEEF)",
            ),
            (
                SummaryError::GroupTooSmall { n: 2, min: 3 },
                "the team summary code describes 2 people; summaries of fewer than 3 are \
                 refused to keep answers anonymous",
            ),
        ];
        for (e, msg) in cases {
            assert_eq!(summary_error(&e, None), msg);
        }
        for e in [
            SummaryError::WrongPrefix { found: "X".into() },
            SummaryError::UnsupportedVersion {
                version: "2".into(),
            },
            SummaryError::BadCharacter {
                ch: '!',
                position: 3,
            },
            SummaryError::Truncated {
                expected_at_least: 20,
                found: 3,
            },
            SummaryError::TooLong {
                max: 512,
                found: 600,
            },
            SummaryError::ChecksumMismatch,
            SummaryError::Malformed(Flaw::CountTooLarge),
        ] {
            let m = summary_error(&e, None);
            assert!(m.starts_with(|c: char| c.is_ascii_lowercase()), "{m}");
            assert!(!m.contains('{') && !m.contains("Error"), "{m}");
        }
    }

    #[test]
    fn team_and_differencing_messages() {
        for (n, needed) in [(0, 3), (4, 5), (2, 3)] {
            assert_eq!(
                team_error(&TeamError::TooFew { n, needed }),
                format!(
                    "team results need at least {needed} respondents to keep answers \
                     anonymous; there are {n}"
                )
            );
        }
        assert!(
            team_error(&TeamError::DifferentQuestionnaires { a: 7, b: 8 })
                .contains("00000007 and 00000008")
        );
        let risk = |shown, side, size| DifferencingRisk { shown, side, size };
        assert_eq!(
            differencing(&risk(0, Side::OnlyInCandidate, 1)),
            "this group has 1 person that report 1 does not have; showing both reports \
             would reveal their answers"
        );
        assert_eq!(
            differencing(&risk(2, Side::OnlyInShown, 2)),
            "report 3 has 2 people that this group does not have; showing both reports \
             would reveal their answers"
        );
        assert_eq!(
            pair_risk(&PairRisk::Overlap(1)),
            "1 person is in both groups; comparing these groups could reveal their answers"
        );
        assert_eq!(
            pair_risk(&PairRisk::OnlyInA(2)),
            "2 people are only in the first group; comparing these groups could reveal \
             their answers"
        );
    }

    #[test]
    fn text_and_intake_messages() {
        let big = text_error(&TextError::TooLarge {
            bytes: MAX_TEXT_BYTES + 1,
        });
        assert!(big.contains("KB"), "{big}");
        let q = Questionnaire::default_questionnaire();
        let mut other = q.clone();
        other.items.swap(0, 1);
        let a = Answers(vec![Some(Answer::Value(2)); other.question_count()]);
        let foreign = code::encode(&other, &a).expect("valid");
        let i = Intake::read(&q, &foreign).expect("small");
        let reason = super::super::invalid_reason("en", &q, &i.invalid[0]);
        assert!(reason.contains("another questionnaire"), "{reason}");
        assert!(
            reason.contains(&code::fingerprint_label(other.fingerprint())),
            "{reason}"
        );
        assert!(reason.contains(&q.id), "{reason}");
    }
}
