//! Interface strings in every supported language. A missing string is a compile
//! error: each language is a value of the same struct.
//!
//! Questionnaire texts (items, dimensions, scales) live in the questionnaire data;
//! this module holds only the widget's own chrome.

/// Languages the interface speaks.
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English"), ("de", "Deutsch")];

/// Every interface string.
#[derive(Debug)]
pub struct Strings {
    pub lang_label: &'static str,
    pub intro_measures: &'static str,
    pub intro_time: &'static str,
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
    pub unanswered_notice: &'static str,
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
    pub quality_contradiction: &'static str,
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
}

/// English.
pub const EN: Strings = Strings {
    lang_label: "Language",
    intro_measures: "This self-assessment shows how widely leadership is shared in your team: eight aspects such as autonomy, shared decisions and accountability, plus who takes the lead on common leadership tasks.",
    intro_time: "About 10 minutes, 42 short statements.",
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
    unanswered_notice: "{n} question(s) on this page are not answered yet. Answer them, choose \u{201c}can't say\u{201d}, or continue anyway.",
    continue_anyway: "Continue anyway",
    please_answer: "Not answered yet",
    keyboard_hint: "Tip: use the arrow keys or the number keys 1\u{2013}5 to answer, 0 for \u{201c}can't say\u{201d}, and Enter for the next page.",
    results_title: "Your leadership profile",
    radar_title: "Radar of your scores on eight aspects of distributed leadership",
    radar_desc: "Scores from 0 to 100 per aspect; the shaded band shows the range of your answers to each aspect's statements.",
    dimension: "Aspect",
    score: "Score (0\u{2013}100)",
    item_range: "Range of your answers",
    band: "Level",
    band_low: "Low",
    band_middle: "Middle",
    band_high: "High",
    not_scored: "not scored (fewer than 3 of 4 answered)",
    index_label: "Distributed leadership index",
    uncertainty_note: "With four statements per aspect, a score is a rough reading. The range shows how far apart your answers to the statements were: a wide range means mixed experiences.",
    delete_answers: "Delete my answers",
    delete_confirm: "Delete all your saved answers from this browser? This cannot be undone.",
    delete_yes: "Yes, delete",
    cancel: "Cancel",
    deleted: "Your answers were deleted.",
    storage_notice_corrupt: "Saved answers in this browser could not be read and were set aside. You can start afresh.",
    storage_notice_version: "Saved answers belong to a different version of this questionnaire and cannot be resumed. You can start afresh.",
    storage_unavailable: "This browser does not allow saving, so your answers will be lost if you leave the page.",
    edit_answers: "Change my answers",
    print: "Print",
    download_json: "Download JSON",
    download_csv: "Download CSV",
    download_svg: "Download radar (SVG)",
    what_it_is: "What it is",
    why_it_matters: "Why it matters",
    how_to_foster: "How to foster it",
    suggestions: "Suggestions",
    patterns_title: "Patterns to watch",
    who_leads_title: "Who leads?",
    who_leads_desc: "From 0 (one designated leader) to 100 (everyone, as needed)",
    own_title: "Your own leadership",
    quality_title: "About your answers",
    quality_straight: "You gave the same answer to every statement. Your profile may not reflect real differences.",
    quality_contradiction: "In {n} aspect(s) you agreed with a statement and with its opposite. Those scores are less reliable.",
    quality_cant_say: "You chose \u{201c}can't say\u{201d} often. Some aspects could not be scored.",
    your_code: "Your result code",
    copy: "Copy",
    copied: "Copied",
    share_link: "Link to this result",
    code_help: "The code holds your answers and nothing else: no name, no date. Share it with your team's facilitator only if you want to.",
    opened_from_code: "This result was opened from a result code.",
    code_error: "This result code cannot be opened",
    error_title: "Something is wrong",
    progress_label: "Survey progress",
};

/// German.
pub const DE: Strings = Strings {
    lang_label: "Sprache",
    intro_measures: "Diese Selbsteinsch\u{e4}tzung zeigt, wie breit F\u{fc}hrung in Ihrem Team verteilt ist: acht Aspekte wie Autonomie, gemeinsame Entscheidungen und Verantwortung, dazu, wer bei typischen F\u{fc}hrungsaufgaben vorangeht.",
    intro_time: "Etwa 10 Minuten, 42 kurze Aussagen.",
    privacy_title: "Ihre Privatsph\u{e4}re",
    privacy_text: "Ihre Antworten bleiben in diesem Browser. Nichts wird versendet. Sie k\u{f6}nnen sie jederzeit l\u{f6}schen.",
    start: "Starten",
    resume: "Fortsetzen",
    start_over: "Neu beginnen",
    saved_found: "Es gibt gespeicherte Antworten von einem fr\u{fc}heren Besuch.",
    team_view: "Ein Team auswerten",
    section_of: "Abschnitt {x} von {y}",
    answered_of: "{x} von {y} beantwortet",
    back: "Zur\u{fc}ck",
    next: "Weiter",
    show_results: "Meine Ergebnisse zeigen",
    unanswered_notice: "{n} Frage(n) auf dieser Seite sind noch offen. Beantworten Sie sie, w\u{e4}hlen Sie \u{201e}kann ich nicht beurteilen\u{201c} oder fahren Sie trotzdem fort.",
    continue_anyway: "Trotzdem weiter",
    please_answer: "Noch nicht beantwortet",
    keyboard_hint: "Tipp: Mit den Pfeiltasten oder den Zifferntasten 1\u{2013}5 antworten, 0 f\u{fc}r \u{201e}kann ich nicht beurteilen\u{201c}, Eingabetaste f\u{fc}r die n\u{e4}chste Seite.",
    results_title: "Ihr F\u{fc}hrungsprofil",
    radar_title: "Netzdiagramm Ihrer Werte zu acht Aspekten verteilter F\u{fc}hrung",
    radar_desc: "Werte von 0 bis 100 je Aspekt; das schattierte Band zeigt die Spanne Ihrer Antworten zu den Aussagen jedes Aspekts.",
    dimension: "Aspekt",
    score: "Wert (0\u{2013}100)",
    item_range: "Spanne Ihrer Antworten",
    band: "Stufe",
    band_low: "Niedrig",
    band_middle: "Mittel",
    band_high: "Hoch",
    not_scored: "nicht bewertet (weniger als 3 von 4 beantwortet)",
    index_label: "Index verteilter F\u{fc}hrung",
    uncertainty_note: "Bei vier Aussagen je Aspekt ist ein Wert eine grobe Einsch\u{e4}tzung. Die Spanne zeigt, wie weit Ihre Antworten auseinanderlagen: Eine breite Spanne bedeutet gemischte Erfahrungen.",
    delete_answers: "Meine Antworten l\u{f6}schen",
    delete_confirm: "Alle gespeicherten Antworten aus diesem Browser l\u{f6}schen? Das kann nicht r\u{fc}ckg\u{e4}ngig gemacht werden.",
    delete_yes: "Ja, l\u{f6}schen",
    cancel: "Abbrechen",
    deleted: "Ihre Antworten wurden gel\u{f6}scht.",
    storage_notice_corrupt: "Gespeicherte Antworten in diesem Browser waren nicht lesbar und wurden beiseitegelegt. Sie k\u{f6}nnen neu beginnen.",
    storage_notice_version: "Die gespeicherten Antworten geh\u{f6}ren zu einer anderen Version dieses Fragebogens und k\u{f6}nnen nicht fortgesetzt werden. Sie k\u{f6}nnen neu beginnen.",
    storage_unavailable: "Dieser Browser erlaubt kein Speichern; Ihre Antworten gehen verloren, wenn Sie die Seite verlassen.",
    edit_answers: "Antworten \u{e4}ndern",
    print: "Drucken",
    download_json: "JSON herunterladen",
    download_csv: "CSV herunterladen",
    download_svg: "Netzdiagramm herunterladen (SVG)",
    what_it_is: "Was es ist",
    why_it_matters: "Warum es wichtig ist",
    how_to_foster: "Wie man es f\u{f6}rdert",
    suggestions: "Vorschl\u{e4}ge",
    patterns_title: "Muster, auf die Sie achten sollten",
    who_leads_title: "Wer f\u{fc}hrt?",
    who_leads_desc: "Von 0 (eine benannte F\u{fc}hrungskraft) bis 100 (alle, je nach Bedarf)",
    own_title: "Ihre eigene F\u{fc}hrung",
    quality_title: "Zu Ihren Antworten",
    quality_straight: "Sie haben jede Aussage gleich beantwortet. Ihr Profil zeigt m\u{f6}glicherweise keine echten Unterschiede.",
    quality_contradiction: "Bei {n} Aspekt(en) haben Sie einer Aussage und ihrem Gegenteil zugestimmt. Diese Werte sind weniger verl\u{e4}sslich.",
    quality_cant_say: "Sie haben oft \u{201e}kann ich nicht beurteilen\u{201c} gew\u{e4}hlt. Einige Aspekte konnten nicht bewertet werden.",
    your_code: "Ihr Ergebniscode",
    copy: "Kopieren",
    copied: "Kopiert",
    share_link: "Link zu diesem Ergebnis",
    code_help: "Der Code enth\u{e4}lt nur Ihre Antworten: keinen Namen, kein Datum. Geben Sie ihn nur weiter, wenn Sie m\u{f6}chten.",
    opened_from_code: "Dieses Ergebnis wurde aus einem Ergebniscode ge\u{f6}ffnet.",
    code_error: "Dieser Ergebniscode kann nicht ge\u{f6}ffnet werden",
    error_title: "Etwas stimmt nicht",
    progress_label: "Fortschritt der Befragung",
};

/// Strings for a language code; unknown codes get English.
pub fn strings(lang: &str) -> &'static Strings {
    match lang {
        "de" => &DE,
        _ => &EN,
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
    fn unknown_language_falls_back_to_english() {
        assert_eq!(strings("xx").start, "Start");
        assert_eq!(strings("de").start, "Starten");
    }
}
