//! Interface strings in every supported language. A missing string is a compile
//! error: each language is a value of the same struct.
//!
//! Questionnaire texts (items, dimensions, scales) live in the questionnaire data;
//! this module holds only the widget's own chrome.

use crate::domain::code::{self, CodeError};
use crate::domain::intake::{Invalid, InvalidError};
use crate::domain::suggestions::Band;
use crate::domain::team::{DifferencingRisk, PairRisk, Side, SummaryError, TeamError};

/// Languages the interface speaks.
pub const LANGUAGES: &[(&str, &str)] = &[("en", "English"), ("de", "Deutsch"), ("fr", "Français")];

mod fr;
pub use fr::FR;

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
    pub take_survey: &'static str,
    pub focus_here: &'static str,
    pub team_title: &'static str,
    pub team_entry_text: &'static str,
    /// The start screen's small print: `{version}` is the widget release.
    pub version_line: &'static str,
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
    pub team_usable: &'static str,
    pub team_duplicates: &'static str,
    pub team_invalid: &'static str,
    pub team_invalid_more: &'static str,
    pub team_refused: &'static str,
    pub team_too_few: &'static str,
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
    take_survey: "Take the self-assessment",
    focus_here: "A good place to start: one of your lowest aspects.",
    team_title: "Team view",
    team_entry_text: "Facilitators: collect your members' result codes and see the team's profile, agreement and how evenly leadership is spread.",
    version_line: "Leadership Radar, version {version}",
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
    team_usable: "{n} usable response(s)",
    team_duplicates: "{n} duplicate code(s) were counted once. Two people with identical answers also produce identical codes.",
    team_invalid: "{n} code(s) could not be used",
    team_invalid_more: "\u{2026} and {n} more",
    team_refused: "Not shown:",
    team_too_few: "{n} usable response(s). Team figures need at least {m}: {k} more needed. Nothing else is shown until then.",
    team_summary_read: "Team summary of {n} people read; it can be compared with other groups.",
    team_results_title: "{g}: team results (n = {n})",
    team_radar_title: "Radar of the team's mean scores",
    team_radar_desc: "Team means from 0 to 100; the shaded band spans one standard deviation either side of the mean.",
    team_own_overlay_note: "The dashed line is your own result.",
    team_table_caption: "Team figures per aspect",
    team_mean: "Mean",
    team_ci: "95% CI",
    team_agreement: "Agreement r_wg(J)",
    team_agreement_note: "Agreement: r_wg(J) from .70 is strong, .50\u{2013}.70 moderate, below .50 weak (LeBreton & Senter 2008). Even random answers can reach .70, so read it together with the spread. AD is the average deviation in scale points (acceptable up to 0.83 on five points). Cronbach's \u{3b1} appears from 8 complete responses.",
    team_agree_none: "not computable",
    team_agree_strong: "strong agreement",
    team_agree_moderate: "moderate agreement",
    team_agree_weak: "weak agreement",
    team_dim_suppressed: "hidden: fewer than {m} responses",
    team_spread_title: "How evenly leadership is spread",
    team_spread_concentrated: "Taking the lead is concentrated in a few people: some members lead often, others rarely.",
    team_spread_even: "Taking the lead is spread evenly: members report leading about equally often.",
    team_spread_mixed: "Taking the lead is moderately uneven: some members lead noticeably more often than others.",
    team_gini: "Gini coefficient",
    team_cv: "Coefficient of variation",
    team_own_mean: "Own leadership, mean on 1\u{2013}5",
    team_spread_explain: "Both figures are computed from how often each member says they personally take the lead (1 = never, 5 = very often). 0 means everyone leads equally often; on this scale the Gini coefficient cannot exceed about 0.4.",
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
    cmp_radar_title: "Radar of the groups' mean scores",
    cmp_radar_desc: "One line per group; scores from 0 to 100.",
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
    take_survey: "Selbsteinsch\u{e4}tzung starten",
    focus_here: "Ein guter Ausgangspunkt: einer Ihrer niedrigsten Aspekte.",
    team_title: "Team-Auswertung",
    team_entry_text: "F\u{fc}r Moderierende: Sammeln Sie die Ergebniscodes der Mitglieder und sehen Sie das Profil des Teams, die \u{dc}bereinstimmung und wie gleichm\u{e4}\u{df}ig F\u{fc}hrung verteilt ist.",
    version_line: "Leadership Radar, Version {version}",
    team_intro: "F\u{fc}gen Sie die Ergebniscodes ein, die Ihre Teammitglieder mit Ihnen geteilt haben, oder laden Sie sie aus Text- oder CSV-Dateien. Alles wird in diesem Browser berechnet; nichts wird versendet.",
    team_min_note: "Team-Werte erscheinen erst ab {n} Antworten, damit niemandes Antworten erkennbar werden.",
    team_group: "Gruppe {x}",
    team_paste_label: "Ergebniscodes (je Zeile einer, durch Kommas getrennt oder in beliebigem Text)",
    team_paste_help: "Pers\u{f6}nliche Codes beginnen mit LR1-, Team-Zusammenfassungen mit LRS1-.",
    team_read: "Codes einlesen",
    team_load_file: "TXT- oder CSV-Dateien laden",
    team_remove_group: "Diese Gruppe entfernen",
    team_add_group: "Gruppe zum Vergleich hinzuf\u{fc}gen",
    team_own_label: "Ihr eigener Ergebniscode (optional, nur f\u{fc}r Sie sichtbar, nie zum Team gez\u{e4}hlt)",
    team_own_help: "Ihr Profil wird gestrichelt \u{fc}ber das des Teams gelegt.",
    team_reading: "Codes werden gelesen\u{2026} {x} von {y}",
    team_reading_start: "Codes werden gelesen\u{2026}",
    team_no_codes: "In diesem Text wurden keine verwendbaren Ergebniscodes gefunden.",
    team_many_summaries: "Eine Gruppe kann eine Team-Zusammenfassung enthalten; f\u{fc}gen Sie jede Zusammenfassung in eine eigene Gruppe ein.",
    team_mixed: "Eine Gruppe besteht entweder aus pers\u{f6}nlichen Codes oder aus einer Team-Zusammenfassung, nicht aus beidem.",
    team_usable: "{n} verwendbare Antwort(en)",
    team_duplicates: "{n} doppelte(r) Code(s) wurde(n) einmal gez\u{e4}hlt. Auch zwei Personen mit identischen Antworten erzeugen identische Codes.",
    team_invalid: "{n} Code(s) konnten nicht verwendet werden",
    team_invalid_more: "\u{2026} und {n} weitere",
    team_refused: "Nicht angezeigt:",
    team_too_few: "{n} verwendbare Antwort(en). Team-Werte brauchen mindestens {m}: es fehlen noch {k}. Bis dahin wird nichts weiter angezeigt.",
    team_summary_read: "Team-Zusammenfassung von {n} Personen gelesen; sie kann mit anderen Gruppen verglichen werden.",
    team_results_title: "{g}: Team-Ergebnisse (n = {n})",
    team_radar_title: "Netzdiagramm der Team-Mittelwerte",
    team_radar_desc: "Team-Mittelwerte von 0 bis 100; das schattierte Band reicht eine Standardabweichung zu beiden Seiten des Mittelwerts.",
    team_own_overlay_note: "Die gestrichelte Linie ist Ihr eigenes Ergebnis.",
    team_table_caption: "Team-Werte je Aspekt",
    team_mean: "Mittelwert",
    team_ci: "95%-KI",
    team_agreement: "\u{dc}bereinstimmung r_wg(J)",
    team_agreement_note: "\u{dc}bereinstimmung: r_wg(J) ab .70 ist stark, .50\u{2013}.70 mittel, unter .50 schwach (LeBreton & Senter 2008). Auch zuf\u{e4}llige Antworten k\u{f6}nnen .70 erreichen; lesen Sie den Wert daher zusammen mit der Streuung. AD ist die mittlere Abweichung in Skalenpunkten (akzeptabel bis 0,83 bei f\u{fc}nf Stufen). Cronbachs \u{3b1} erscheint ab 8 vollst\u{e4}ndigen Antworten.",
    team_agree_none: "nicht berechenbar",
    team_agree_strong: "starke \u{dc}bereinstimmung",
    team_agree_moderate: "mittlere \u{dc}bereinstimmung",
    team_agree_weak: "schwache \u{dc}bereinstimmung",
    team_dim_suppressed: "ausgeblendet: weniger als {m} Antworten",
    team_spread_title: "Wie gleichm\u{e4}\u{df}ig F\u{fc}hrung verteilt ist",
    team_spread_concentrated: "Die F\u{fc}hrung liegt bei wenigen: manche gehen oft voran, andere selten.",
    team_spread_even: "Die F\u{fc}hrung ist gleichm\u{e4}\u{df}ig verteilt: alle gehen etwa gleich oft voran.",
    team_spread_mixed: "Die F\u{fc}hrung ist m\u{e4}\u{df}ig ungleich verteilt: manche gehen sp\u{fc}rbar h\u{e4}ufiger voran als andere.",
    team_gini: "Gini-Koeffizient",
    team_cv: "Variationskoeffizient",
    team_own_mean: "Eigene F\u{fc}hrung, Mittelwert auf 1\u{2013}5",
    team_spread_explain: "Beide Werte beruhen darauf, wie oft jedes Mitglied nach eigener Angabe vorangeht (1 = nie, 5 = sehr oft). 0 bedeutet: alle gehen gleich oft voran; auf dieser Skala kann der Gini-Koeffizient h\u{f6}chstens etwa 0,4 erreichen.",
    team_missing: "kann ich nicht beurteilen / nicht beantwortet",
    team_function: "F\u{fc}hrungsaufgabe",
    team_distribution: "Verteilung",
    team_summary_code: "Team-Zusammenfassungscode",
    team_summary_help: "Nur zusammengefasste Werte, keine einzelnen Antworten. Teilen Sie ihn, um Teams zu vergleichen, ohne Codes der Mitglieder weiterzugeben.",
    cmp_section: "Vergleiche",
    cmp_intro: "Jede Gruppe wird mit Gruppe A verglichen (ein anderes Team oder dasselbe Team zu einem fr\u{fc}heren Zeitpunkt). Ein Unterschied gilt als verl\u{e4}sslich, wenn sein 95%-Konfidenzintervall die Null nicht enth\u{e4}lt. Teams werden paarweise verglichen, nie in eine Rangfolge gebracht.",
    cmp_title: "{a} im Vergleich mit {b}",
    cmp_diff: "Differenz",
    cmp_verdict: "Ergebnis",
    cmp_no_difference: "kein verl\u{e4}sslicher Unterschied",
    cmp_higher: "h\u{f6}her",
    cmp_lower: "niedriger",
    cmp_radar_title: "Netzdiagramm der Gruppen-Mittelwerte",
    cmp_radar_desc: "Eine Linie je Gruppe; Werte von 0 bis 100.",
};

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
    match lang {
        "de" => &DE,
        "fr" => &FR,
        _ => &EN,
    }
}

/// A number written in ASCII (`-1234.5`) as the language writes it. French: decimal
/// comma, a narrow no-break space (U+202F) between thousands, U+2212 for minus
/// (`−1 234,5`). English and German keep the ASCII form.
pub fn number(lang: &str, ascii: &str) -> String {
    if lang != "fr" {
        return ascii.to_string();
    }
    let (sign, rest) = match ascii.strip_prefix('-') {
        Some(rest) => ("\u{2212}", rest),
        None => ("", ascii),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    if !int.bytes().all(|b| b.is_ascii_digit()) {
        return ascii.to_string();
    }
    let mut grouped = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            grouped.push('\u{202f}');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A count as the language writes it (French: `10\u{202f}000`).
pub fn count(lang: &str, n: usize) -> String {
    number(lang, &n.to_string())
}

/// An interval `[a, b]`; in French `[a\u{202f}; b]`, since its decimal comma would make
/// `[1,2, 3,4]` ambiguous.
pub fn interval(lang: &str, a: &str, b: &str) -> String {
    if lang == "fr" {
        format!("[{a}\u{202f}; {b}]")
    } else {
        format!("[{a}, {b}]")
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

    #[test]
    fn french_numbers() {
        let nnbsp = '\u{202f}';
        assert_eq!(number("fr", "54.4"), "54,4");
        assert_eq!(number("fr", "0.91"), "0,91");
        assert_eq!(number("fr", "-1.09"), "\u{2212}1,09");
        assert_eq!(number("fr", "100"), "100");
        assert_eq!(number("fr", "1234.5"), format!("1{nnbsp}234,5"));
        assert_eq!(count("fr", 10_000), format!("10{nnbsp}000"));
        assert_eq!(count("fr", 1_234_567), format!("1{nnbsp}234{nnbsp}567"));
        assert_eq!(number("fr", "\u{2013}"), "\u{2013}");
        assert_eq!(number("en", "1234.5"), "1234.5");
        assert_eq!(number("de", "54.4"), "54.4");
        assert_eq!(interval("fr", "1,2", "3,4"), format!("[1,2{nnbsp}; 3,4]"));
        assert_eq!(interval("en", "1.2", "3.4"), "[1.2, 3.4]");
    }

    #[test]
    fn french_is_complete_and_has_its_own_words() {
        assert_eq!(strings("fr").start, "Commencer");
        // Every code error has French wording (not the English of the domain).
        let errors = [
            CodeError::Empty,
            CodeError::WrongPrefix {
                found: "XX1-".into(),
            },
            CodeError::ChecksumMismatch,
            CodeError::Truncated {
                expected: 35,
                found: 30,
            },
        ];
        for e in errors {
            let fr = code_error("fr", &e);
            assert_ne!(fr, e.to_string());
            assert!(fr.contains("code"), "{fr}");
        }
        assert_eq!(
            team_error("fr", &TeamError::TooFew { n: 3, needed: 5 }),
            "Les chiffres d\u{2019}\u{e9}quipe demandent au moins 5 r\u{e9}ponses pour rester anonymes\u{a0}; il y en a 3."
        );
        // French typography: no plain space before a colon, semicolon, ? or !.
        let all = format!("{FR:?}");
        for bad in [" :", " ;", " ?", " !", "\u{ab} ", " \u{bb}"] {
            assert!(!all.contains(bad), "plain space in {bad:?}");
        }
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(strings("xx").start, "Start");
        assert_eq!(strings("de").start, "Starten");
    }
}
