//! German interface strings.

use super::{figure_named, join, views_in, Strings, ViewStrings};
use crate::domain::code::{self, CodeError, PrefixSlip, SpecialChar};
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
use crate::domain::team::{self, DifferencingRisk, Flaw, PairRisk, Side, SummaryError, TeamError};
use crate::format::{Plural, LOCALE_DE};

#[path = "de_checks.rs"]
mod checks;
use checks::{file_problem, misfit, option_problem, reason, refusal, withheld};

/// German.
pub const DE: Strings = Strings {
    code: "de",
    name: "Deutsch",
    locale: LOCALE_DE,
    figures: &crate::i18n_figures::DE,
    code_message: code_error,
    option_message: option_problem,
    problem_message: reason,
    setup_failed: "Leadership Radar konnte nicht starten.",
    setup_fix: "Bitte korrigieren Sie dies im HTML der Seite:",
    setup_failed_on: "Leadership Radar konnte auf {x} nicht starten:",
    setup_element: "einem <{x}>-Element",
    lang_label: "Sprache",
    intro_measures: Plural {
        one: "Diese Selbsteinschätzung zeigt, wie breit Führung in Ihrem Team verteilt ist: ein Aspekt der Zusammenarbeit, dazu, wer bei typischen Führungsaufgaben vorangeht.",
        other: "Diese Selbsteinschätzung zeigt, wie breit Führung in Ihrem Team verteilt ist: {n} Aspekte der Zusammenarbeit, dazu, wer bei typischen Führungsaufgaben vorangeht.",
    },
    intro_time: Plural {
        one: "Etwa eine Minute, {s} kurze Aussagen.",
        other: "Etwa {n} Minuten, {s} kurze Aussagen.",
    },
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
    unanswered_notice: Plural {
        one: "Eine Frage auf dieser Seite ist noch offen. Beantworten Sie sie, w\u{e4}hlen Sie \u{201e}kann ich nicht beurteilen\u{201c} oder fahren Sie trotzdem fort.",
        other: "{n} Fragen auf dieser Seite sind noch offen. Beantworten Sie sie, w\u{e4}hlen Sie \u{201e}kann ich nicht beurteilen\u{201c} oder fahren Sie trotzdem fort.",
    },
    continue_anyway: "Trotzdem weiter",
    please_answer: "Noch nicht beantwortet",
    keyboard_hint: "Tipp: Mit den Pfeiltasten oder den Zifferntasten 1–{k} antworten, Eingabetaste für die nächste Seite.",
    score: "Wert (0\u{2013}100)",
    band_low: "Niedrig",
    band_middle: "Mittel",
    band_high: "Hoch",
    level_low: "niedrig",
    level_middle: "mittel",
    level_high: "hoch",
    delete_answers: "Meine Antworten l\u{f6}schen",
    delete_confirm: "Alle gespeicherten Antworten aus diesem Browser l\u{f6}schen? Das kann nicht r\u{fc}ckg\u{e4}ngig gemacht werden.",
    delete_yes: "Ja, l\u{f6}schen",
    cancel: "Abbrechen",
    deleted: "Ihre Antworten wurden gel\u{f6}scht.",
    storage_notice_corrupt: "Gespeicherte Antworten in diesem Browser waren nicht lesbar. Sie werden unver\u{e4}ndert beiseitegelegt, bis Sie sie l\u{f6}schen (siehe unten). Sie k\u{f6}nnen neu beginnen.",
    storage_notice_version: "Die gespeicherten Antworten geh\u{f6}ren zu einer anderen Version dieses Fragebogens und k\u{f6}nnen nicht fortgesetzt werden. Sie werden unver\u{e4}ndert beiseitegelegt, bis Sie sie l\u{f6}schen (siehe unten). Sie k\u{f6}nnen neu beginnen.",
    storage_unavailable: "Dieser Browser erlaubt kein Speichern; Ihre Antworten gehen verloren, wenn Sie die Seite verlassen.",
    storage_loaded_elsewhere: "In einem anderen Tab oder Fenster gespeicherte Antworten wurden geladen.",
    start_over_confirm: "Ohne Antworten neu beginnen? Ihre gespeicherten Antworten werden ersetzt, sobald Sie erneut antworten.",
    start_over_yes: "Ja, neu beginnen",
    kept_aside_text: "Gespeicherte Daten, die diese Version nicht lesen kann, bleiben unver\u{e4}ndert in diesem Browser, bis Sie sie l\u{f6}schen (Speicherschl\u{fc}ssel \u{201e}{key}\u{201c}; aufbewahrte Werte: {n}).",
    kept_aside_download: "Herunterladen",
    kept_aside_delete: "L\u{f6}schen",
    kept_aside_confirm: "Die nicht lesbaren gespeicherten Daten aus diesem Browser l\u{f6}schen? Das kann nicht r\u{fc}ckg\u{e4}ngig gemacht werden.",
    copy_manual: "Kopieren ist hier nicht erlaubt. Der Code ist markiert: Dr\u{fc}cken Sie Strg+C (\u{2318}C auf dem Mac), um ihn zu kopieren.",
    save_failed_unavailable: "Ihre Antworten k\u{f6}nnen nicht gespeichert werden: Dieser Browser oder diese Seite erlaubt kein Speichern.",
    save_failed_full: "Ihre letzten Antworten konnten nicht gespeichert werden: Der Speicher dieses Browsers ist voll.",
    save_failed_refused: "Ihre letzten Antworten konnten nicht gespeichert werden: Der Browser hat das Speichern abgelehnt.",
    save_failed_blocked: "Ihre Antworten werden nicht gespeichert, weil nicht lesbare gespeicherte Daten im Weg sind und dieser Browser sie nicht beiseitelegen konnte.",
    save_what_to_do: "Solange diese Seite offen bleibt, geht nichts verloren: Lassen Sie sie offen und kopieren Sie bei den Ergebnissen Ihren Ergebniscode oder laden Sie Ihre Antworten herunter. Sie k\u{f6}nnen Ihre Antworten auch jetzt herunterladen. Das Speichern wird alle paar Sekunden erneut versucht.",
    save_download: "Meine Antworten herunterladen",
    save_recovered: "Ihre Antworten werden wieder gespeichert.",
    conflict_text: "Ihre gespeicherten Antworten wurden in einem anderen Tab oder Fenster ge\u{e4}ndert oder gel\u{f6}scht. Nichts wird \u{fc}berschrieben, bis Sie w\u{e4}hlen:",
    conflict_keep: "Die Antworten auf dieser Seite behalten",
    conflict_take: "Die anderen gespeicherten Antworten verwenden",
    print: "Drucken",
    copy: "Kopieren",
    copied: "Kopiert",
    code_error: "Dieser Ergebniscode kann nicht ge\u{f6}ffnet werden",
    error_title: "Etwas stimmt nicht",
    progress_label: "Fortschritt der Befragung",
    team_title: "Team-Auswertung",
    team_module_loading: "Die Team-Auswertung wird geladen…",
    team_module_failed: "Die Team-Auswertung konnte nicht geladen werden.",
    team_module_retry: "Erneut versuchen",
    lang_switching: "Wechsel zu {x}…",
    lang_switch_failed: "{x} konnte nicht geladen werden: {y}. Das Widget bleibt auf Deutsch; nichts von Ihren Eingaben geht verloren.",
    results_module_loading: "Ihre Ergebnisse werden geladen…",
    results_module_failed: "Ihre Ergebnisse konnten nicht geladen werden.",
    team_entry_text: "F\u{fc}r Moderierende: Sammeln Sie die Ergebniscodes der Mitglieder und sehen Sie das Profil des Teams, die \u{dc}bereinstimmung und wie gleichm\u{e4}\u{df}ig F\u{fc}hrung verteilt ist.",
    keyboard_hint_cant_say: "Tipp: Mit den Pfeiltasten oder den Zifferntasten 1–{k} antworten, 0 für „kann ich nicht beurteilen“, Eingabetaste für die nächste Seite.",
    unanswered_notice_plain: Plural {
        one: "Eine Frage auf dieser Seite ist noch offen. Beantworten Sie sie oder fahren Sie trotzdem fort.",
        other: "{n} Fragen auf dieser Seite sind noch offen. Beantworten Sie sie oder fahren Sie trotzdem fort.",
    },
    version_line: "Leadership Radar, Version {version}",
    code_other_questionnaire: "Dieser Code geh\u{f6}rt zu einem anderen Fragebogen (Kennung {f}), nicht zu \u{201e}{q}\u{201c} (Kennung {g}).",
};

/// German: the strings of the results and team views.
pub const DE_VIEW: ViewStrings = ViewStrings {
    base: &DE,
    summary_message: summary_error,
    team_message: team_error,
    differencing_message: differencing,
    pair_message: pair_risk,
    text_message: text_error,
    refusal_message: refusal,
    withheld_message: withheld,
    file_message: file_problem,
    results_title: "Ihr F\u{fc}hrungsprofil",
    radar_title: "Netzdiagramm Ihrer Werte zu {n} Aspekten geteilter Führung",
    radar_desc: "Werte von 0 bis 100 je Aspekt; das schattierte Band zeigt die Spanne Ihrer Antworten zu den Aussagen jedes Aspekts.",
    dimension: "Aspekt",
    band: "Stufe",
    not_scored: "nicht bewertet: weniger als {k} von {n} Aussagen beantwortet",
    index_label: "Bedingungen f\u{fc}r geteilte F\u{fc}hrung",
    uncertainty_note: "Jeder Wert beruht auf wenigen Aussagen: Lesen Sie ihn als grobe Einschätzung. Das Band zeigt, wie weit Ihre Antworten zu den Aussagen eines Aspekts auseinanderlagen; ein breites Band bedeutet gemischte Erfahrungen.",
    edit_answers: "Antworten \u{e4}ndern",
    download_json: "JSON herunterladen",
    download_csv: "CSV herunterladen",
    download_svg: "Netzdiagramm herunterladen (SVG)",
    what_it_is: "Was es ist",
    why_it_matters: "Warum es wichtig ist",
    how_to_foster: "Wie man es f\u{f6}rdert",
    suggestions: "Vorschl\u{e4}ge",
    patterns_title: "Muster, auf die Sie achten sollten",
    who_leads_title: "Wer f\u{fc}hrt?",
    who_leads_desc: "Von 0 (nur die Teamleitung) bis 100 (alle, je nach Bedarf)",
    own_title: "Ihre eigene F\u{fc}hrung",
    quality_title: "Zu Ihren Antworten",
    quality_straight: "Sie haben jede Aussage gleich beantwortet. Ihr Profil zeigt m\u{f6}glicherweise keine echten Unterschiede.",
    quality_contradiction: Plural {
        one: "Bei einem Aspekt haben Sie einer Aussage und ihrem Gegenteil zugestimmt. Dieser Wert ist weniger verl\u{e4}sslich.",
        other: "Bei {n} Aspekten haben Sie einer Aussage und ihrem Gegenteil zugestimmt. Diese Werte sind weniger verl\u{e4}sslich.",
    },
    quality_cant_say: "Sie haben oft \u{201e}kann ich nicht beurteilen\u{201c} gew\u{e4}hlt. Einige Aspekte konnten nicht bewertet werden.",
    your_code: "Ihr Ergebniscode",
    share_link: "Link zu diesem Ergebnis",
    code_help: "Der Code enth\u{e4}lt nur Ihre Antworten: keinen Namen, kein Datum. Geben Sie ihn nur weiter, wenn Sie m\u{f6}chten.",
    opened_from_code: "Dieses Ergebnis wurde aus einem Ergebniscode ge\u{f6}ffnet.",
    take_survey: "Selbsteinsch\u{e4}tzung starten",
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
    team_usable: Plural {
        one: "{n} verwendbare Antwort",
        other: "{n} verwendbare Antworten",
    },
    team_duplicates: Plural {
        one: "Ein doppelter Code wurde einmal gez\u{e4}hlt. Auch zwei Personen mit identischen Antworten erzeugen identische Codes.",
        other: "{n} doppelte Codes wurden je einmal gez\u{e4}hlt. Auch zwei Personen mit identischen Antworten erzeugen identische Codes.",
    },
    team_invalid: Plural {
        one: "Ein Code konnte nicht verwendet werden",
        other: "{n} Codes konnten nicht verwendet werden",
    },
    team_invalid_more: "\u{2026} und {n} weitere",
    team_refused: "Nicht angezeigt:",
    team_too_few: Plural {
        one: "{n} verwendbare Antwort. Team-Werte brauchen mindestens {m}: es fehlen noch {k}. Bis dahin wird nichts weiter angezeigt.",
        other: "{n} verwendbare Antworten. Team-Werte brauchen mindestens {m}: es fehlen noch {k}. Bis dahin wird nichts weiter angezeigt.",
    },
    team_summary_read: "Team-Zusammenfassung von {n} Personen gelesen; sie kann mit anderen Gruppen verglichen werden.",
    team_summary_small: "Diese Team-Zusammenfassung beschreibt {n} Personen. Diese Seite zeigt Team-Werte erst ab {m} Personen, deshalb kann sie hier nicht verglichen werden.",
    team_stale: "Veraltet: Die Codes in diesem Feld wurden nach dem Einlesen ge\u{e4}ndert. Die Ergebnisse unten stammen aus dem fr\u{fc}heren Text; lesen Sie die Codes erneut ein, um sie zu aktualisieren.",
    team_stale_tag: "(veraltet)",
    team_results_title: "{g}: Team-Ergebnisse (n = {n})",
    team_radar_title: "Netzdiagramm der Team-Mittelwerte",
    team_radar_desc: "Team-Mittelwerte von 0 bis 100; das schattierte Band reicht eine Standardabweichung zu beiden Seiten des Mittelwerts.",
    team_own_overlay_note: "Die gestrichelte Linie ist Ihr eigenes Ergebnis.",
    team_table_caption: "Team-Werte je Aspekt",
    team_mean: "Mittelwert",
    team_ci: "95%-KI",
    team_agreement: "\u{dc}bereinstimmung r_wg(J)",
    team_agreement_note: "Starke \u{dc}bereinstimmung nur bei r_wg(J) ab .70 und AD h\u{f6}chstens {x} (c/6 bei c Antwortstufen); r_wg(J) ab .50 mit AD innerhalb dieser Grenze ist m\u{e4}\u{df}ig, alles andere schwach (LeBreton & Senter 2008; Burke & Dunlap 2002). r_wg(J) z\u{e4}hlt jede Aussage eines Aspekts als eigene Messung und kann hoch wirken, obwohl die Mitglieder uneins sind: Dann sagt die Beschriftung, dass die Antworten weit gestreut sind. AD ist die mittlere Abweichung in Skalenpunkten. Cronbachs \u{3b1} erscheint ab 8 vollst\u{e4}ndigen Antworten.",
    team_agree_none: "nicht berechenbar",
    team_agree_strong: "starke \u{dc}bereinstimmung",
    team_agree_moderate: "mittlere \u{dc}bereinstimmung",
    team_agree_weak: "schwache \u{dc}bereinstimmung",
    team_agree_wide: "Antworten weit gestreut (AD \u{fc}ber {x})",
    team_ci_clipped: "* Das berechnete Intervall reicht \u{fc}ber das Ende der Skala 0\u{2013}100 hinaus und ist dort abgeschnitten; die Downloads enthalten die berechneten Werte.",
    team_radar_gap: "Nicht eingezeichnet: {x} (weniger als {m} Antworten).",
    team_dim_suppressed: "ausgeblendet: weniger als {m} Antworten",
    team_withheld_cell: "zur\u{fc}ckgehalten: zusammen mit den zuvor gezeigten Gruppen k\u{f6}nnte dieser Wert die Antworten von weniger als {m} Personen offenlegen",
    team_radar_withheld: "Nicht eingezeichnet: {x} (zur\u{fc}ckgehalten: zusammen mit den zuvor gezeigten Gruppen k\u{f6}nnten diese Werte die Antworten von weniger als {m} Personen offenlegen).",
    team_withheld_figure: "Nicht angezeigt: Zusammen mit den zuvor in dieser Sitzung gezeigten Gruppen k\u{f6}nnte dieser Wert die Antworten von weniger als {m} Personen offenlegen.",
    team_spread_title: "Wie gleichm\u{e4}\u{df}ig F\u{fc}hrung verteilt ist",
    team_spread_concentrated: "Die F\u{fc}hrung liegt bei wenigen: manche gehen oft voran, andere selten.",
    team_spread_even: "Die F\u{fc}hrung ist gleichm\u{e4}\u{df}ig verteilt: alle gehen etwa gleich oft voran.",
    team_spread_mixed: "Die F\u{fc}hrung ist m\u{e4}\u{df}ig ungleich verteilt: manche gehen sp\u{fc}rbar h\u{e4}ufiger voran als andere.",
    team_gini: "Gini-Koeffizient",
    team_cv: "Variationskoeffizient",
    team_own_mean: "Eigene F\u{fc}hrung, Mittelwert auf 1\u{2013}{n}",
    team_spread_explain: "Beide Werte beruhen darauf, wie oft jedes Mitglied nach eigener Angabe vorangeht (1 = {lo}, {n} = {hi}). 0 bedeutet: alle gehen gleich oft voran; auf dieser Skala kann der Gini-Koeffizient bei {m} Mitgliedern h\u{f6}chstens {g} erreichen.",
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
    cmp_same: "gleich",
    cmp_no_test: "kein Test: keine Streuung",
    cmp_no_spread_note: "{x}: Innerhalb jeder Gruppe haben alle gleich geantwortet, es gibt also keine Streuung, gegen die sich testen lie\u{df}e. Der Unterschied gilt genau f\u{fc}r diese Mitglieder; ob er auch f\u{fc}r andere gelten w\u{fc}rde, l\u{e4}sst sich aus diesen Daten nicht beurteilen.",
    cmp_radar_title: "Netzdiagramm der Gruppen-Mittelwerte",
    cmp_radar_desc: "Eine Linie je Gruppe; Werte von 0 bis 100.",
    not_scored_share: "nicht bewertet: weniger als drei Viertel der Aussagen beantwortet",
    index_meaning: "Der Durchschnitt Ihrer {n} Aspektwerte: wie weit die Arbeitsweise Ihres Teams aus Ihrer Sicht geteilte Führung zulässt.",
    of_100: "von 100",
    next_title: "Ihr nächster Schritt",
    next_intro: Plural {
        one: "Beginnen Sie mit Ihrem niedrigsten Aspekt, mit einem Schritt, den Sie selbst tun können:",
        other: "Beginnen Sie mit Ihren zwei niedrigsten Aspekten, je mit einem Schritt, den Sie selbst tun können:",
    },
    next_share: "Geben Sie danach Ihren Ergebniscode an die Moderation Ihres Teams: Ab {m} Codes sieht das Team sein gemeinsames Bild, ohne dass einzelne Antworten erkennbar sind.",
    next_share_link: "Zu meinem Ergebniscode",
    who_you: "Sie",
    who_team: "Ihr Team",
    who_leader: "Die Führungskraft",
    details_title: "Aspekt für Aspekt, niedrigster zuerst",
    details_hint: "Öffnen Sie einen Aspekt, um zu sehen, was er bedeutet und was Sie, Ihr Team oder die Führungskraft tun können.",
    actions_title: "Was sich tun lässt",
    answer_range: "Ihre Antworten: {lo} bis {hi}",
    quality_near_straight: "Sie haben fast jede Aussage gleich beantwortet (mindestens neun von zehn). Ihr Profil zeigt möglicherweise keine echten Unterschiede.",
    quality_muted: "Diagramm und Hinweise unten sind deshalb abgeschwächt dargestellt: Lesen Sie sie als grobe Skizze, oder prüfen Sie zuerst Ihre Antworten.",
    review_answers: "Meine Antworten prüfen",
    team_summary_title: "Auf einen Blick",
    team_summary_intro: "Für jeden Aspekt: das Niveau des Teams und wie nah die Antworten der Mitglieder beieinanderliegen.",
    guide_title: "Gesprächsleitfaden für Ihr Teamtreffen",
    guide_intro: "Für ein 45-minütiges Gespräch darüber, was die Zahlen für Ihr Team bedeuten. Die Zahlen eröffnen das Gespräch; sie entscheiden es nicht.",
    guide_focus_title: "Worüber sprechen",
    guide_low: "{aspect}: einer der niedrigsten Aspekte des Teams ({mean} von 100, {level}).",
    guide_disagree: "{aspect}: Hier gehen die Antworten der Mitglieder am weitesten auseinander ({agreement}).",
    guide_questions_title: "Fragen für das Gespräch",
    guide_q_low_1: "Was in unserer täglichen Arbeit macht {aspect} zu dem, was es heute ist? Denken Sie an ein aktuelles Beispiel.",
    guide_q_low_2: "Woran würden wir in einer normalen Woche merken, dass {aspect} einen Schritt besser wäre?",
    guide_q_disagree: "Bei {aspect} gehen unsere Antworten weit auseinander. An welche Situationen hat jede und jeder von uns gedacht?",
    guide_q_try: "Was könnten wir einen Monat lang mit geringem Risiko ausprobieren, um einen dieser Punkte zu bewegen?",
    guide_agenda_title: "Ablauf für 45 Minuten",
    guide_agenda_1: "5 Min. · Einstimmen: Das sind die anonymen Antworten von {n} Personen. Sie zeigen, wie die Mitglieder das Team sehen – keine Note, keine Rangliste.",
    guide_agenda_2: "10 Min. · Gemeinsam auf das Diagramm schauen, dann auf {aspect}, wo die Sichtweisen am weitesten auseinandergehen. Sammeln, was auffällt, ohne zu bewerten.",
    guide_agenda_3: "15 Min. · „Woran liegt das?“ zu {aspect}: eine Minute allein, dann zu zweit, dann zu viert, dann alle gemeinsam (1-2-4-Alle), damit auch leisere Stimmen gehört werden.",
    guide_agenda_4: "10 Min. · Ein Experiment auswählen, mit einer verantwortlichen Person und einem Termin, an dem Sie darauf zurückschauen.",
    guide_agenda_5: "5 Min. · Vereinbaren, wann Sie erneut messen und wer die Codes sammelt.",
    guide_experiment_title: "Ein Experiment zum Ausprobieren",
    guide_experiment_note: "Ein Vorschlag zu {aspect}; passen Sie ihn an oder wählen Sie einen eigenen.",
    guide_remeasure_title: "Wann erneut messen",
    guide_remeasure: "In etwa drei Monaten, mit demselben Fragebogen. Laden Sie dann die heutigen Codes als Gruppe A und die neuen als Gruppe B: Das Team wird mit sich selbst verglichen, nie mit anderen Teams in eine Rangfolge gebracht.",
    guide_print: "Leitfaden drucken",
    cmp_print: "Vergleich drucken",
    team_details_title: "Details: alle Werte und Statistiken",
    alpha_not_reliable: "nicht verlässlich",
    alpha_negative_why: "„Nicht verlässlich“ (Cronbachs α unter 0): In dieser Gruppe passten die Aussagen des Aspekts nicht zusammen – etwa weil eine gegenteilig verstanden wurde –, daher fasst ein einzelner Wert sie schlecht zusammen.",
    team_who_mean: "Durchschnitt (0 = eine Person, 100 = alle)",
    cmp_diff_of: "Differenz ({b} − {a})",
    print_head: "Leadership Radar · {date}",
    team_series: "Team-Mittelwert",
    own_series: "Ihr Ergebnis",
};

/// German name of an invisible or space-like character, with its article.
fn special_char(c: SpecialChar) -> &'static str {
    match c {
        SpecialChar::ZeroWidthSpace => "ein Leerzeichen ohne Breite",
        SpecialChar::ZeroWidthJoiner => "ein Verbinder ohne Breite",
        SpecialChar::WordJoiner => "ein Wortverbinder",
        SpecialChar::ByteOrderMark => "eine Byte-Order-Markierung",
        SpecialChar::SoftHyphen => "ein weiches Trennzeichen",
        SpecialChar::NoBreakSpace => "ein gesch\u{fc}tztes Leerzeichen",
        SpecialChar::NarrowNoBreakSpace => "ein schmales gesch\u{fc}tztes Leerzeichen",
        SpecialChar::OtherSpace => "ein besonderes Leerzeichen",
        SpecialChar::DirectionMark => "eine Schreibrichtungsmarke",
        SpecialChar::RightToLeftOverride => {
            "eine Umkehrung der Schreibrichtung (Rechts-nach-links)"
        }
        SpecialChar::OtherDirectional => "ein Steuerzeichen f\u{fc}r die Schreibrichtung",
    }
}

/// German name of a character written where a dash belongs.
fn separator(c: char) -> String {
    match c {
        '_' => "ein Unterstrich".into(),
        ' ' => "ein Leerzeichen".into(),
        '\u{2013}' => "ein Halbgeviertstrich '\u{2013}'".into(),
        '\u{2014}' => "ein Geviertstrich '\u{2014}'".into(),
        '\u{2212}' => "ein Minuszeichen '\u{2212}'".into(),
        c => match code::special_char(c) {
            Some(sc) => special_char(sc).into(),
            None => format!("'{c}'"),
        },
    }
}

/// A character not allowed in a code (`wo`: "in einem Ergebniscode", "in einer
/// Team-Zusammenfassung"), named when it is invisible or space-like.
fn bad_character(ch: char, position: usize, wo: &str) -> String {
    match code::special_char(ch) {
        Some(sc) => format!(
            "An Position {position} steht {} (U+{:04X}), das {wo} nicht erlaubt ist: bitte l\u{f6}schen (es ist wom\u{f6}glich unsichtbar).",
            special_char(sc),
            u32::from(ch)
        ),
        None => format!(
            "Das Zeichen '{}' an Position {position} ist {wo} nicht erlaubt.",
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
            "Dieser Code beginnt mit \u{201e}{found}\u{201c}: An Position {position} steht der Buchstabe '{c}', wo die Ziffer {version} hingeh\u{f6}rt (\u{201e}{prefix}\u{201c})."
        ),
        PrefixSlip::Separator(c) => format!(
            "Dieser Code beginnt mit \u{201e}{found}\u{201c}: An Position {position} steht {}, wo ein Bindestrich hingeh\u{f6}rt (\u{201e}{prefix}\u{201c}).",
            separator(c)
        ),
        PrefixSlip::NoVersion => format!(
            "Dieser Code beginnt mit \u{201e}{found}\u{201c}: An Position {position} fehlt die Versionsziffer {version} (\u{201e}{prefix}\u{201c})."
        ),
        PrefixSlip::FullWidth => format!(
            "Dieser Code beginnt mit \u{201e}{found}\u{201c} in Zeichen voller Breite; bitte mit normalen Buchstaben und Ziffern schreiben (\u{201e}{prefix}\u{201c})."
        ),
    }
}

fn code_error(e: &CodeError) -> String {
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
        CodeError::BadCharacter { ch, position } => {
            bad_character(*ch, *position, "in einem Ergebniscode")
        }
        CodeError::NearMissPrefix { found, slip, position } => {
            near_miss(found, *slip, *position, code::PREFIX, code::VERSION)
        }
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
        CodeError::OlderQuestionnaire { version, current } => format!(
            "Dieser Ergebniscode stammt aus einer \u{e4}lteren Version des Fragebogens ({version}); seine Fragen haben sich seitdem ge\u{e4}ndert, daher kann er mit dieser Version ({current}) nicht gelesen werden. Bitte den aktuellen Fragebogen noch einmal beantworten."
        ),
        CodeError::AnswersDoNotFit(why) => format!(
            "Die Antworten passen nicht zu diesem Fragebogen: {}.",
            misfit(why)
        ),
        CodeError::ValueOutOfRange {
            question: 0, value, ..
        } => format!(
            "Der Ergebniscode enth\u{e4}lt Antwortdaten ({value}), obwohl der Fragebogen keine Fragen hat."
        ),
        CodeError::ValueOutOfRange {
            question,
            value,
            max,
        } => format!(
            "Der Ergebniscode enth\u{e4}lt f\u{fc}r Frage {question} den Wert {value}, ihre Skala reicht aber nur bis {max}."
        ),
    }
}

/// `aspect` names the aspect of an impossible SD, when the questionnaire is known.
fn summary_error(e: &SummaryError, aspect: Option<&str>) -> String {
    match e {
        SummaryError::Empty => "Die Team-Zusammenfassung ist leer.".into(),
        SummaryError::PersonalCode => "Das ist ein pers\u{f6}nlicher Ergebniscode, keine Team-Zusammenfassung.".into(),
        SummaryError::BadCharacter { ch, position } => {
            bad_character(*ch, *position, "in einer Team-Zusammenfassung")
        }
        SummaryError::NearMissPrefix { found, slip, position } => near_miss(
            found,
            *slip,
            *position,
            team::SUMMARY_PREFIX,
            team::SUMMARY_VERSION,
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
        SummaryError::OlderQuestionnaire { version, current } => format!(
            "Die Zusammenfassung stammt aus einer \u{e4}lteren Version des Fragebogens ({version}); seine Fragen haben sich seitdem ge\u{e4}ndert, daher l\u{e4}sst sie sich nicht mit Ergebnissen dieser Version ({current}) vergleichen."
        ),
        SummaryError::WrongPrefix { found } => format!(
            "Eine Team-Zusammenfassung beginnt mit \u{201e}{}\u{201c}, diese beginnt mit \u{201e}{found}\u{201c}.",
            team::SUMMARY_PREFIX
        ),
        SummaryError::UnsupportedVersion { version } => format!(
            "Dies ist eine Team-Zusammenfassung der Version {version}; dieses Widget liest nur Version {} (\u{201e}{}\u{2026}\u{201c}).",
            team::SUMMARY_VERSION,
            team::SUMMARY_PREFIX
        ),
        SummaryError::Malformed(f) => format!(
            "Diese Team-Zusammenfassung kann nicht gelesen werden: {}.",
            flaw(f)
        ),
        SummaryError::TooMany { n, max } => format!(
            "Die Team-Zusammenfassung gibt {n} Personen an; keine Zusammenfassung kann mehr als {max} beschreiben (so viele Codes liest diese Seite h\u{f6}chstens), sie ist also nicht echt."
        ),
        SummaryError::ImpossibleSd { dimension, mean_milli, sd_milli, n, max_milli } => {
            let f = |x: u64| match dimension {
                Some(_) => crate::domain::fixed::fixed(x as f64 / 1000.0, 1).replace('.', ","),
                None => crate::domain::fixed::fixed(x as f64 / 1000.0, 3).replace('.', ","),
            };
            let place = match dimension {
                Some(d) => match aspect {
                    Some(name) => format!("im Aspekt \u{201e}{name}\u{201c}"),
                    None => format!("im Aspekt {}", d + 1),
                },
                None => "bei der eigenen F\u{fc}hrung".to_string(),
            };
            format!(
                "Die Team-Zusammenfassung gibt {place} eine Standardabweichung von {} bei einem Mittelwert von {} an; bei {n} Personen kann sie dort h\u{f6}chstens {} sein, die Zusammenfassung ist also nicht echt.",
                f(*sd_milli), f(*mean_milli), f(*max_milli)
            )
        }
    }
}

fn differencing(r: &DifferencingRisk) -> String {
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

fn pair_risk(r: &PairRisk) -> String {
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

fn team_error(e: &TeamError) -> String {
    match e {
        TeamError::DifferentQuestionnaires { a, b } => format!(
            "Diese Ergebnisse stammen aus verschiedenen Frageb\u{f6}gen (Kennungen {} und {}) und k\u{f6}nnen nicht verglichen werden.",
            code::fingerprint_label(*a),
            code::fingerprint_label(*b)
        ),
        TeamError::TooFew { n, needed } => format!(
            "Team-Werte brauchen mindestens {needed} Antworten, damit sie anonym bleiben; es sind {n}."
        ),
    }
}

fn flaw(f: &Flaw) -> &'static str {
    match f {
        Flaw::EndsMidFigure => "sie endet mitten in einem Wert",
        Flaw::CountNotShortest => "eine Anzahl ist nicht in k\u{fc}rzester Form geschrieben",
        Flaw::CountTooLarge => "eine Anzahl ist zu gro\u{df}",
        Flaw::ExtraCharacters => "am Ende stehen \u{fc}berz\u{e4}hlige Zeichen",
        Flaw::PaddingNotZero => "ihre F\u{fc}llbits sind nicht null",
        Flaw::CountExceedsTeam => "ein Wert z\u{e4}hlt mehr Personen, als das Team hat",
        Flaw::ScoreOutOfRange => "ein Wert liegt au\u{df}erhalb von 0 bis 100",
        Flaw::OwnOutOfScale => "ein Wert zur eigenen F\u{fc}hrung liegt au\u{df}erhalb der Skala",
    }
}

fn text_error(e: &TextError) -> String {
    match e {
        TextError::TooLarge { bytes } => format!(
            "Der Text ist {} KB gro\u{df}; h\u{f6}chstens {} KB k\u{f6}nnen auf einmal gelesen werden.",
            bytes / 1024,
            MAX_TEXT_BYTES / 1024
        ),
        TextError::TooManyCodes { found } => format!(
            "Der Text enth\u{e4}lt {found} Codes; h\u{f6}chstens {MAX_CANDIDATES} k\u{f6}nnen auf einmal gelesen werden."
        ),
    }
}
