//! French interface strings, and French wording for the errors the domain reports.
//!
//! French typography: a no-break space (U+00A0) before `:` and inside `« »`, a narrow
//! no-break space (U+202F) before `;`, `?`, `!` and `%`. French counts 0 and 1 as
//! singular, so a `one` form always shows its count.

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
use crate::format::{Plural, LOCALE_FR};

#[path = "fr_checks.rs"]
mod checks;
use checks::{file_problem, misfit, option_problem, reason, refusal, withheld};

/// French.
pub const FR: Strings = Strings {
    code: "fr",
    name: "Français",
    locale: LOCALE_FR,
    figures: &crate::i18n_figures::FR,
    code_message: code_error,
    option_message: option_problem,
    problem_message: reason,
    setup_failed: "Leadership Radar n\u{2019}a pas pu d\u{e9}marrer.",
    setup_fix: "Veuillez corriger ceci dans le HTML de la page\u{a0}:",
    setup_failed_on: "Leadership Radar n\u{2019}a pas pu d\u{e9}marrer sur {x}\u{a0}:",
    setup_element: "un \u{e9}l\u{e9}ment <{x}>",
    lang_label: "Langue",
    intro_measures: Plural {
        one: "Cette auto-évaluation montre à quel point le leadership est partagé dans votre équipe\u{a0}: {n} aspect du fonctionnement de l’équipe, et qui prend les devants pour les tâches de leadership courantes.",
        other: "Cette auto-évaluation montre à quel point le leadership est partagé dans votre équipe\u{a0}: {n} aspects du fonctionnement de l’équipe, et qui prend les devants pour les tâches de leadership courantes.",
    },
    intro_time: Plural {
        one: "Environ {n} minute, {s} courtes affirmations.",
        other: "Environ {n} minutes, {s} courtes affirmations.",
    },
    privacy_title: "Votre confidentialité",
    privacy_text: "Vos réponses restent dans ce navigateur. Rien n’est envoyé nulle part. Vous pouvez les effacer à tout moment.",
    start: "Commencer",
    resume: "Reprendre",
    start_over: "Recommencer",
    saved_found: "Des réponses d’une visite précédente sont enregistrées.",
    team_view: "Analyser une équipe",
    section_of: "Partie {x} sur {y}",
    answered_of: "{x} sur {y} répondues",
    back: "Retour",
    next: "Suivant",
    show_results: "Voir mes résultats",
    unanswered_notice: Plural {
        one: "{n} question de cette page reste sans réponse. Répondez-y, choisissez «\u{a0}je ne sais pas\u{a0}» ou continuez quand même.",
        other: "{n} questions de cette page restent sans réponse. Répondez-y, choisissez «\u{a0}je ne sais pas\u{a0}» ou continuez quand même.",
    },
    continue_anyway: "Continuer quand même",
    please_answer: "Pas encore de réponse",
    keyboard_hint: "Astuce\u{a0}: répondez avec les flèches ou les touches 1 à {k}, et passez à la page suivante avec Entrée.",
    score: "Score (0–100)",
    band_low: "Bas",
    band_middle: "Moyen",
    band_high: "Élevé",
    level_low: "bas",
    level_middle: "moyen",
    level_high: "élevé",
    delete_answers: "Effacer mes réponses",
    delete_confirm: "Effacer toutes vos réponses enregistrées dans ce navigateur\u{202f}? Cette action est définitive.",
    delete_yes: "Oui, effacer",
    cancel: "Annuler",
    deleted: "Vos réponses ont été effacées.",
    storage_notice_corrupt: "Les réponses enregistrées dans ce navigateur étaient illisibles et ont été mises de côté. Vous pouvez recommencer.",
    storage_notice_version: "Les réponses enregistrées appartiennent à une autre version de ce questionnaire et ne peuvent pas être reprises. Vous pouvez recommencer.",
    storage_unavailable: "Ce navigateur n’autorise pas l’enregistrement\u{a0}: vos réponses seront perdues si vous quittez la page.",
    print: "Imprimer",
    copy: "Copier",
    copied: "Copié",
    code_error: "Impossible d’ouvrir ce code de résultat",
    error_title: "Un problème est survenu",
    progress_label: "Progression du questionnaire",
    team_title: "Vue d’équipe",
    team_module_loading: "Chargement de la vue d’équipe…",
    team_module_failed: "La vue d’équipe n’a pas pu être chargée.",
    team_module_retry: "Réessayer",
    lang_switching: "Passage à {x}…",
    lang_switch_failed: "{x} n’a pas pu être chargé\u{a0}: {y}. Le widget reste en français\u{a0}; rien de ce que vous avez saisi n’est perdu.",
    results_module_loading: "Chargement de vos résultats…",
    results_module_failed: "Vos résultats n’ont pas pu être chargés.",
    team_entry_text: "Pour les animateurs\u{a0}: rassemblez les codes de résultat des membres et découvrez le profil de l’équipe, son degré d’accord et la répartition du leadership.",
    keyboard_hint_cant_say: "Astuce\u{a0}: répondez avec les flèches ou les touches 1 à {k}, 0 pour «\u{a0}je ne sais pas\u{a0}», et passez à la page suivante avec Entrée.",
    unanswered_notice_plain: Plural {
        one: "{n} question de cette page reste sans réponse. Répondez-y ou continuez quand même.",
        other: "{n} questions de cette page restent sans réponse. Répondez-y ou continuez quand même.",
    },
    storage_loaded_elsewhere: "Les réponses enregistrées dans un autre onglet ou une autre fenêtre ont été chargées.",
    start_over_confirm: "Recommencer sans réponses\u{202f}? Vos réponses enregistrées seront remplacées dès que vous répondrez à nouveau.",
    start_over_yes: "Oui, recommencer",
    kept_aside_text: "Les données enregistrées que cette version ne sait pas lire sont conservées telles quelles dans ce navigateur jusqu’à ce que vous les effaciez (clé de stockage «\u{a0}{key}\u{a0}»\u{202f}; valeurs conservées\u{a0}: {n}).",
    kept_aside_download: "Les télécharger",
    kept_aside_delete: "Les effacer",
    kept_aside_confirm: "Effacer de ce navigateur les données enregistrées illisibles\u{202f}? Cette action est définitive.",
    copy_manual: "La copie n’est pas autorisée ici. Le code est sélectionné\u{a0}: appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.",
    save_failed_unavailable: "Vos réponses ne peuvent pas être enregistrées\u{a0}: ce navigateur ou cette page n’autorise pas le stockage.",
    save_failed_full: "Vos dernières réponses n’ont pas pu être enregistrées\u{a0}: le stockage de ce navigateur est plein.",
    save_failed_refused: "Vos dernières réponses n’ont pas pu être enregistrées\u{a0}: le navigateur a refusé de les stocker.",
    save_failed_blocked: "Vos réponses ne sont pas enregistrées, car des données illisibles bloquent la place et ce navigateur refuse de les mettre de côté.",
    save_what_to_do: "Rien n’est perdu tant que cette page reste ouverte\u{a0}: gardez-la ouverte et, une fois vos résultats affichés, copiez votre code de résultat ou téléchargez vos réponses. Vous pouvez aussi télécharger vos réponses dès maintenant. L’enregistrement est retenté toutes les quelques secondes.",
    save_download: "Télécharger mes réponses",
    save_recovered: "Vos réponses sont de nouveau enregistrées.",
    conflict_text: "Vos réponses enregistrées ont été modifiées ou effacées dans un autre onglet ou une autre fenêtre. Rien n’est écrasé tant que vous n’avez pas choisi\u{a0}:",
    conflict_keep: "Garder les réponses de cette page",
    conflict_take: "Utiliser les autres réponses enregistrées",
    version_line: "Leadership Radar, version {version}",
    code_other_questionnaire: "ce code appartient à un autre questionnaire (empreinte {f}), pas à «\u{a0}{q}\u{a0}» (empreinte {g})",
};

/// French: the strings of the results and team views.
pub const FR_VIEW: ViewStrings = ViewStrings {
    base: &FR,
    summary_message: summary_error,
    team_message: team_error,
    differencing_message: differencing,
    pair_message: pair_risk,
    text_message: text_error,
    refusal_message: refusal,
    withheld_message: withheld,
    file_message: file_problem,
    results_title: "Votre profil de leadership",
    radar_title: "Radar de vos scores sur {n} aspects du leadership partagé",
    radar_desc: "Scores de 0 à 100 par aspect\u{202f}; la bande ombrée montre l’étendue de vos réponses aux affirmations de chaque aspect.",
    dimension: "Aspect",
    band: "Niveau",
    not_scored: "non calculé\u{a0}: moins de {k} affirmations sur {n} ont une réponse",
    index_label: "Indice de leadership partagé",
    uncertainty_note: "Chaque score ne repose que sur quelques affirmations\u{a0}: voyez-y une estimation grossière. La bande montre l’écart entre vos réponses aux affirmations d’un aspect\u{202f}; une bande large traduit des expériences contrastées.",
    edit_answers: "Modifier mes réponses",
    download_json: "Télécharger en JSON",
    download_csv: "Télécharger en CSV",
    download_svg: "Télécharger le radar (SVG)",
    what_it_is: "De quoi s’agit-il",
    why_it_matters: "Pourquoi c’est important",
    how_to_foster: "Comment le favoriser",
    suggestions: "Suggestions",
    patterns_title: "Points d’attention",
    who_leads_title: "Qui mène\u{202f}?",
    who_leads_desc: "De 0 (une seule personne désignée) à 100 (chacun, selon les besoins)",
    own_title: "Votre propre leadership",
    quality_title: "À propos de vos réponses",
    quality_straight: "Vous avez donné la même réponse à toutes les affirmations. Votre profil ne reflète peut-être pas de vraies différences.",
    quality_contradiction: Plural {
        one: "Pour {n} aspect, vous avez approuvé une affirmation et son contraire. Ce score est moins fiable.",
        other: "Pour {n} aspects, vous avez approuvé une affirmation et son contraire. Ces scores sont moins fiables.",
    },
    quality_cant_say: "Vous avez souvent choisi «\u{a0}je ne sais pas\u{a0}». Certains aspects n’ont pas pu être calculés.",
    your_code: "Votre code de résultat",
    share_link: "Lien vers ce résultat",
    code_help: "Le code contient vos réponses et rien d’autre\u{a0}: ni nom, ni date. Ne le transmettez à l’animateur de votre équipe que si vous le souhaitez.",
    opened_from_code: "Ce résultat a été ouvert à partir d’un code de résultat.",
    take_survey: "Faire l’auto-évaluation",
    team_intro: "Collez les codes de résultat que les membres de votre équipe vous ont transmis, ou chargez-les depuis des fichiers texte ou CSV. Tout est calculé dans ce navigateur\u{202f}; rien n’est envoyé.",
    team_min_note: "Les chiffres d’équipe n’apparaissent qu’à partir de {n} réponses, pour que personne ne puisse être identifié.",
    team_group: "Groupe {x}",
    team_paste_label: "Codes de résultat (un par ligne, séparés par des virgules ou au milieu de n’importe quel texte)",
    team_paste_help: "Les codes personnels commencent par LR1-, les codes de synthèse d’équipe par LRS1-.",
    team_read: "Lire les codes",
    team_load_file: "Charger des fichiers .txt ou .csv",
    team_remove_group: "Retirer ce groupe",
    team_add_group: "Ajouter un groupe à comparer",
    team_own_label: "Votre propre code de résultat (facultatif, visible par vous seul, jamais ajouté à l’équipe)",
    team_own_help: "Votre profil est tracé en pointillés par-dessus celui de l’équipe.",
    team_reading: "Lecture des codes… {x} sur {y}",
    team_reading_start: "Lecture des codes…",
    team_no_codes: "Aucun code de résultat utilisable n’a été trouvé dans ce texte.",
    team_many_summaries: "Un groupe ne peut contenir qu’un code de synthèse d’équipe\u{202f}; collez chaque synthèse dans son propre groupe.",
    team_mixed: "Un groupe contient soit des codes personnels, soit un seul code de synthèse d’équipe, pas les deux.",
    team_usable: Plural {
        one: "{n} réponse utilisable",
        other: "{n} réponses utilisables",
    },
    team_duplicates: Plural {
        one: "{n} code en double a été compté une seule fois. Deux personnes ayant répondu exactement pareil produisent aussi le même code.",
        other: "{n} codes en double ont été comptés une seule fois chacun. Deux personnes ayant répondu exactement pareil produisent aussi le même code.",
    },
    team_invalid: Plural {
        one: "{n} code inutilisable",
        other: "{n} codes inutilisables",
    },
    team_invalid_more: "… et {n} de plus",
    team_refused: "Non affiché\u{a0}:",
    team_too_few: Plural {
        one: "{n} réponse utilisable. Les chiffres d’équipe en demandent au moins {m}\u{a0}: il en manque {k}. Rien d’autre n’est affiché d’ici là.",
        other: "{n} réponses utilisables. Les chiffres d’équipe en demandent au moins {m}\u{a0}: il en manque {k}. Rien d’autre n’est affiché d’ici là.",
    },
    team_summary_read: "Synthèse d’équipe de {n} personnes lue\u{202f}; elle peut être comparée à d’autres groupes.",
    team_results_title: "{g}\u{a0}: résultats de l’équipe (n = {n})",
    team_radar_title: "Radar des scores moyens de l’équipe",
    team_radar_desc: "Moyennes de l’équipe de 0 à 100\u{202f}; la bande ombrée s’étend d’un écart type de part et d’autre de la moyenne.",
    team_own_overlay_note: "La ligne en pointillés est votre propre résultat.",
    team_table_caption: "Chiffres de l’équipe par aspect",
    team_mean: "Moyenne",
    team_ci: "IC à 95\u{202f}%",
    team_agreement: "Accord r_wg(J)",
    team_agreement_note: "L’accord n’est dit fort que si r_wg(J) atteint au moins 0,70 et l’AD au plus {x} (c/6 pour c niveaux de réponse)\u{a0}; r_wg(J) à partir de 0,50 avec un AD dans cette limite est modéré, tout le reste faible (LeBreton & Senter 2008\u{a0}; Burke & Dunlap 2002). r_wg(J) compte chaque énoncé d’un aspect comme une mesure distincte\u{a0}: il peut sembler élevé alors que les membres ne sont pas d’accord, et l’étiquette dit alors que les réponses sont très dispersées. L’AD est l’écart moyen en points d’échelle. L’α de Cronbach apparaît à partir de 8\u{a0}réponses complètes.",
    team_agree_none: "non calculable",
    team_agree_strong: "accord fort",
    team_agree_moderate: "accord modéré",
    team_agree_weak: "accord faible",
    team_dim_suppressed: "masqué\u{a0}: moins de {m} réponses",
    team_withheld_cell: "retenu\u{a0}: avec les groupes montrés auparavant, cette valeur pourrait révéler les réponses de moins de {m}\u{a0}personnes",
    team_radar_withheld: "Non tracé\u{a0}: {x} (retenu\u{a0}: avec les groupes montrés auparavant, ces valeurs pourraient révéler les réponses de moins de {m}\u{a0}personnes).",
    team_withheld_figure: "Non affiché\u{a0}: avec les groupes montrés auparavant dans cette session, cette valeur pourrait révéler les réponses de moins de {m}\u{a0}personnes.",
    team_spread_title: "La répartition du leadership",
    team_spread_concentrated: "Les initiatives se concentrent sur quelques personnes\u{a0}: certains membres mènent souvent, d’autres rarement.",
    team_spread_even: "Les initiatives sont réparties de façon égale\u{a0}: les membres disent mener à peu près aussi souvent les uns que les autres.",
    team_spread_mixed: "Les initiatives sont modérément inégales\u{a0}: certains membres mènent nettement plus souvent que d’autres.",
    team_gini: "Coefficient de Gini",
    team_cv: "Coefficient de variation",
    team_own_mean: "Leadership personnel, moyenne sur 1–{n}",
    team_spread_explain: "Les deux chiffres reposent sur la fréquence à laquelle chaque membre dit prendre lui-même les devants (1 = {lo}, {n} = {hi}). 0 signifie que tout le monde mène aussi souvent\u{202f}; sur cette échelle, avec {m}\u{a0}membres, le coefficient de Gini ne peut dépasser {g}.",
    team_missing: "je ne sais pas / sans réponse",
    team_function: "Tâche de leadership",
    team_distribution: "Répartition",
    team_summary_code: "Code de synthèse d’équipe",
    team_summary_help: "Chiffres agrégés uniquement, aucune réponse individuelle. Partagez-le pour comparer des équipes sans échanger les codes des membres.",
    cmp_section: "Comparaisons",
    cmp_intro: "Chaque groupe est comparé au groupe A (une autre équipe, ou la même équipe à un autre moment). Une différence est jugée fiable quand son intervalle de confiance à 95\u{202f}% exclut zéro. Les équipes sont comparées deux à deux, jamais classées.",
    cmp_title: "{a} comparé à {b}",
    cmp_diff: "Différence",
    cmp_verdict: "Verdict",
    cmp_no_difference: "pas de différence fiable",
    cmp_higher: "plus élevé",
    cmp_lower: "plus bas",
    cmp_radar_title: "Radar des scores moyens des groupes",
    cmp_radar_desc: "Une ligne par groupe\u{202f}; scores de 0 à 100.",
    not_scored_share: "non calculé\u{a0}: moins des trois quarts de ses affirmations ont une réponse",
    index_meaning: "La moyenne de vos {n} scores d’aspect\u{a0}: à quel point, selon vous, le fonctionnement de votre équipe permet de partager le leadership.",
    of_100: "sur 100",
    next_title: "Votre prochaine étape",
    next_intro: Plural {
        one: "Commencez par votre aspect le plus bas, avec une chose que vous pouvez faire vous-même\u{a0}:",
        other: "Commencez par vos deux aspects les plus bas, chacun avec une chose que vous pouvez faire vous-même\u{a0}:",
    },
    next_share: "Transmettez ensuite votre code de résultat à l’animateur de votre équipe\u{a0}: dès {m}\u{a0}codes, l’équipe voit son portrait commun, sans que les réponses de quiconque soient identifiables.",
    next_share_link: "Aller à mon code de résultat",
    who_you: "Vous",
    who_team: "Votre équipe",
    who_leader: "Le responsable officiel",
    details_title: "Aspect par aspect, du plus bas au plus haut",
    details_hint: "Ouvrez un aspect pour voir ce qu’il signifie et ce que vous, votre équipe ou le responsable officiel pouvez faire.",
    actions_title: "Ce qui peut être fait",
    answer_range: "vos réponses\u{a0}: de {lo} à {hi}",
    quality_near_straight: "Vous avez donné la même réponse à presque toutes les affirmations (au moins neuf sur dix). Votre profil ne reflète peut-être pas de vraies différences.",
    quality_muted: "Le graphique et les conseils ci-dessous sont donc atténués\u{a0}: lisez-les comme une ébauche, ou relisez d’abord vos réponses.",
    review_answers: "Relire mes réponses",
    team_summary_title: "En bref",
    team_summary_intro: "Pour chaque aspect\u{a0}: le niveau de l’équipe et le degré d’accord entre les réponses des membres.",
    guide_title: "Guide de discussion pour votre réunion d’équipe",
    guide_intro: "Pour une conversation de 45 minutes sur ce que les chiffres signifient pour votre équipe. Les chiffres ouvrent la discussion\u{202f}; ils ne la tranchent pas.",
    guide_focus_title: "De quoi parler",
    guide_low: "{aspect}\u{a0}: l’un des aspects les plus bas de l’équipe ({mean} sur 100, {level}).",
    guide_disagree: "{aspect}\u{a0}: là où les réponses des membres divergent le plus ({agreement}).",
    guide_questions_title: "Questions à poser",
    guide_q_low_1: "Qu’est-ce qui, dans notre travail quotidien, fait que {aspect} en est là aujourd’hui\u{202f}? Pensez à un exemple récent.",
    guide_q_low_2: "Que remarquerions-nous dans une semaine ordinaire si {aspect} progressait d’un cran\u{202f}?",
    guide_q_disagree: "Nos réponses sur {aspect} divergent fortement. À quelles situations chacun de nous pensait-il\u{202f}?",
    guide_q_try: "Que pourrions-nous essayer pendant un mois, à peu de risques, pour faire bouger l’un de ces points\u{202f}?",
    guide_agenda_title: "Un déroulé de 45 minutes",
    guide_agenda_1: "5 min · Poser le cadre\u{a0}: ce sont les réponses anonymes de {n} personnes. Elles montrent comment les membres voient l’équipe – ni une note, ni un classement.",
    guide_agenda_2: "10 min · Regarder le graphique ensemble, puis {aspect}, où les avis divergent le plus. Recueillir ce qui frappe, sans juger.",
    guide_agenda_3: "15 min · «\u{a0}Qu’est-ce qui fait que c’est ainsi\u{202f}?\u{a0}» pour {aspect}\u{a0}: une minute seul, puis à deux, puis à quatre, puis tous ensemble (1-2-4-Tous), pour que les voix plus discrètes soient entendues.",
    guide_agenda_4: "10 min · Choisir une expérience, avec un responsable et une date pour en reparler.",
    guide_agenda_5: "5 min · Convenir de la date de la prochaine mesure et de qui rassemblera les codes.",
    guide_experiment_title: "Une expérience à tenter",
    guide_experiment_note: "Une suggestion pour {aspect}\u{202f}; adaptez-la ou choisissez la vôtre.",
    guide_remeasure_title: "Quand mesurer à nouveau",
    guide_remeasure: "Dans trois mois environ, avec le même questionnaire. Chargez alors les codes d’aujourd’hui comme groupe A et les nouveaux comme groupe B\u{a0}: l’équipe est comparée à elle-même, jamais classée face à d’autres équipes.",
    guide_print: "Imprimer le guide",
    cmp_print: "Imprimer la comparaison",
    team_details_title: "Détails\u{a0}: tous les chiffres et statistiques",
    alpha_not_reliable: "pas fiable",
    alpha_negative_why: "«\u{a0}Pas fiable\u{a0}» (α de Cronbach inférieur à 0)\u{a0}: dans ce groupe, les affirmations de l’aspect ne vont pas ensemble – l’une a par exemple été comprise à l’envers –, si bien qu’un score unique les résume mal.",
    team_who_mean: "Moyenne (0 = une seule personne, 100 = chacun)",
    cmp_diff_of: "Différence ({b} − {a})",
    print_head: "Leadership Radar · {date}",
    team_series: "Moyenne de l’équipe",
    own_series: "Votre résultat",
    team_summary_small: "Cette synthèse d’équipe décrit {n}\u{a0}personnes. Cette page n’affiche des chiffres d’équipe qu’à partir de {m}\u{a0}personnes\u{a0}: elle ne peut donc pas être comparée ici.",
    team_stale: "Plus à jour\u{a0}: les codes de cette zone ont changé après leur lecture. Les résultats ci-dessous viennent du texte précédent\u{a0}; relisez les codes pour les actualiser.",
    team_stale_tag: "(plus à jour)",
    team_agree_wide: "réponses très dispersées (AD au-dessus de {x})",
    team_ci_clipped: "* L’intervalle calculé dépasse une borne de l’échelle 0\u{2013}100 et y est coupé\u{a0}; les téléchargements gardent les valeurs calculées.",
    team_radar_gap: "Non tracé\u{a0}: {x} (moins de {m}\u{a0}réponses).",
    cmp_same: "identique",
    cmp_no_test: "pas de test\u{a0}: aucune dispersion",
    cmp_no_spread_note: "{x}\u{a0}: dans chaque groupe, tout le monde a donné les mêmes réponses, il n’y a donc aucune dispersion à tester. L’écart vaut exactement pour ces membres\u{a0}; on ne peut pas dire à partir de ces données s’il vaudrait pour d’autres.",
};

fn people(n: usize) -> &'static str {
    // French counts 0 and 1 as singular.
    if n <= 1 {
        "personne"
    } else {
        "personnes"
    }
}

/// French name of an invisible or space-like character, with its article.
fn special_char(c: SpecialChar) -> &'static str {
    match c {
        SpecialChar::ZeroWidthSpace => "une espace sans chasse",
        SpecialChar::ZeroWidthJoiner => "un liant sans chasse",
        SpecialChar::WordJoiner => "un gluon de mots",
        SpecialChar::ByteOrderMark => "une marque d’ordre des octets",
        SpecialChar::SoftHyphen => "un trait d’union conditionnel",
        SpecialChar::NoBreakSpace => "une espace insécable",
        SpecialChar::NarrowNoBreakSpace => "une espace fine insécable",
        SpecialChar::OtherSpace => "une espace spéciale",
        SpecialChar::DirectionMark => "une marque de sens d’écriture",
        SpecialChar::RightToLeftOverride => "un forçage de droite à gauche",
        SpecialChar::OtherDirectional => "un caractère de contrôle du sens d’écriture",
    }
}

/// French name of a character written where a dash belongs.
fn separator(c: char) -> String {
    match c {
        '_' => "un tiret bas".into(),
        ' ' => "une espace".into(),
        '\u{2013}' => "un tiret demi-cadratin '\u{2013}'".into(),
        '\u{2014}' => "un tiret cadratin '\u{2014}'".into(),
        '\u{2212}' => "un signe moins '\u{2212}'".into(),
        c => match code::special_char(c) {
            Some(sc) => special_char(sc).into(),
            None => format!("'{c}'"),
        },
    }
}

/// A character not allowed in a code (`quoi` : « un code de résultat », « un code de
/// synthèse d’équipe »), named when it is invisible or space-like.
fn bad_character(ch: char, position: usize, quoi: &str) -> String {
    match code::special_char(ch) {
        Some(sc) => format!(
            "il y a {} (U+{:04X}) en position {position}, ce qui n’est pas autorisé dans {quoi}\u{a0}; supprimez ce caractère (il peut être invisible)",
            special_char(sc),
            u32::from(ch)
        ),
        None => format!(
            "le caractère '{}' en position {position} n’est pas autorisé dans {quoi}",
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
            "ce code commence par «\u{a0}{found}\u{a0}»\u{a0}: en position {position} se trouve la lettre '{c}' à la place du chiffre {version} («\u{a0}{prefix}\u{a0}»)"
        ),
        PrefixSlip::Separator(c) => format!(
            "ce code commence par «\u{a0}{found}\u{a0}»\u{a0}: en position {position} se trouve {} à la place d’un tiret («\u{a0}{prefix}\u{a0}»)",
            separator(c)
        ),
        PrefixSlip::NoVersion => format!(
            "ce code commence par «\u{a0}{found}\u{a0}»\u{a0}: le chiffre de version {version} manque en position {position} («\u{a0}{prefix}\u{a0}»)"
        ),
        PrefixSlip::FullWidth => format!(
            "ce code commence par «\u{a0}{found}\u{a0}» en caractères pleine chasse\u{a0}; saisissez-le avec des lettres et des chiffres ordinaires («\u{a0}{prefix}\u{a0}»)"
        ),
    }
}

/// A result-code error in French.
pub fn code_error(e: &CodeError) -> String {
    match e {
        CodeError::Empty => "le code de résultat est vide".into(),
        CodeError::WrongPrefix { found } => format!(
            "un code de résultat commence par «\u{a0}{PREFIX}\u{a0}», celui-ci par «\u{a0}{found}\u{a0}»"
        ),
        CodeError::UnsupportedVersion { version } => format!(
            "ce code de résultat est de la version {version}\u{202f}; ce widget ne lit que les codes de la version {VERSION} («\u{a0}{PREFIX}…\u{a0}»)"
        ),
        CodeError::BadCharacter { ch, position } => {
            bad_character(*ch, *position, "un code de résultat")
        }
        CodeError::NearMissPrefix {
            found,
            slip,
            position,
        } => near_miss(found, *slip, *position, PREFIX, VERSION),
        CodeError::Truncated { expected, found } => format!(
            "le code de résultat est trop court\u{a0}: {found} caractères après «\u{a0}{PREFIX}\u{a0}» (sans compter les '-') au lieu de {expected}\u{a0}; en manque-t-il une partie\u{202f}?"
        ),
        CodeError::TooLong { expected, found } => format!(
            "le code de résultat est trop long\u{a0}: {found} caractères après «\u{a0}{PREFIX}\u{a0}» (sans compter les '-'), {expected} au plus sont attendus"
        ),
        CodeError::ChecksumMismatch => "le code de résultat contient une faute de frappe\u{a0}: ses caractères de contrôle ne correspondent pas\u{a0}; comparez-le caractère par caractère avec l’original".into(),
        CodeError::OlderQuestionnaire { version, current } => format!(
            "ce code de résultat vient d’une version antérieure du questionnaire ({version})\u{a0}; ses questions ont changé depuis, il ne peut donc pas être lu avec cette version ({current}). Merci de répondre à nouveau au questionnaire actuel"
        ),
        CodeError::QuestionnaireMismatch {
            code_fingerprint,
            expected,
        } => format!(
            "ce code appartient à un autre questionnaire (empreinte {}), pas à celui-ci (empreinte {})",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        CodeError::AnswersDoNotFit(why) => {
            format!(
                "les réponses ne correspondent pas au questionnaire\u{a0}: {}",
                misfit(why)
            )
        }
        CodeError::ValueOutOfRange {
            question: 0, value, ..
        } => format!(
            "le code de résultat contient des réponses ({value}) alors que le questionnaire n’a aucune question"
        ),
        CodeError::ValueOutOfRange {
            question,
            value,
            max,
        } => format!(
            "le code de résultat contient la valeur {value} pour la question {question}, dont l’échelle s’arrête à {max}"
        ),
    }
}

fn flaw(f: &Flaw) -> &'static str {
    match f {
        Flaw::EndsMidFigure => "il s’arrête au milieu d’un chiffre",
        Flaw::CountNotShortest => "un effectif n’est pas écrit sous sa forme la plus courte",
        Flaw::CountTooLarge => "un effectif est trop grand",
        Flaw::ExtraCharacters => "il a des caractères en trop à la fin",
        Flaw::PaddingNotZero => "son remplissage n’est pas nul",
        Flaw::CountExceedsTeam => "un chiffre compte plus de personnes que l’équipe n’en a",
        Flaw::ScoreOutOfRange => "un score sort de l’intervalle 0–100",
        Flaw::OwnOutOfScale => "un chiffre de leadership personnel sort de son échelle",
    }
}

/// A team-summary error in French.
/// `aspect` names the aspect of an impossible SD, when the questionnaire is known.
pub fn summary_error(e: &SummaryError, aspect: Option<&str>) -> String {
    match e {
        SummaryError::Empty => "le code de synthèse d’équipe est vide".into(),
        SummaryError::WrongPrefix { found } => format!(
            "un code de synthèse d’équipe commence par «\u{a0}{SUMMARY_PREFIX}\u{a0}», celui-ci par «\u{a0}{found}\u{a0}»"
        ),
        SummaryError::PersonalCode => format!(
            "c’est un code de résultat personnel («\u{a0}{PREFIX}\u{a0}»), pas un code de synthèse d’équipe («\u{a0}{SUMMARY_PREFIX}\u{a0}»)\u{a0}; ajoutez-le plutôt aux codes de résultat de l’équipe"
        ),
        SummaryError::UnsupportedVersion { version } => format!(
            "ce code de synthèse d’équipe est de la version {version}\u{202f}; ce widget ne lit que la version {SUMMARY_VERSION} («\u{a0}{SUMMARY_PREFIX}…\u{a0}»)"
        ),
        SummaryError::BadCharacter { ch, position } => {
            bad_character(*ch, *position, "un code de synthèse d’équipe")
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
            "le code de synthèse d’équipe est trop court\u{a0}: {found} caractères après «\u{a0}{SUMMARY_PREFIX}\u{a0}» (sans compter les '-'), au moins {expected_at_least} sont attendus\u{a0}; en manque-t-il une partie\u{202f}?"
        ),
        SummaryError::TooLong { max, found } => format!(
            "le code de synthèse d’équipe est trop long\u{a0}: {found} caractères après «\u{a0}{SUMMARY_PREFIX}\u{a0}» (sans compter les '-'), {max} au plus sont possibles"
        ),
        SummaryError::ChecksumMismatch => "le code de synthèse d’équipe contient une faute de frappe ou est incomplet\u{a0}: ses caractères de contrôle ne correspondent pas\u{a0}; comparez-le avec l’original".into(),
        SummaryError::QuestionnaireMismatch {
            code_fingerprint,
            expected,
        } => format!(
            "ce code de synthèse appartient à un autre questionnaire (empreinte {}), pas à celui-ci (empreinte {})",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        SummaryError::OlderQuestionnaire { version, current } => format!(
            "ce code de synthèse vient d’une version antérieure du questionnaire ({version})\u{a0}; ses questions ont changé depuis, il ne peut donc pas être comparé aux résultats de cette version ({current})"
        ),
        SummaryError::TooMany { n, max } => format!(
            "ce code de synthèse annonce {n}\u{a0}personnes\u{a0}; aucune synthèse ne peut en décrire plus de {max} (le maximum de codes que cette page lit), il n’est donc pas authentique"
        ),
        SummaryError::ImpossibleSd {
            dimension,
            mean_milli,
            sd_milli,
            n,
            max_milli,
        } => {
            let f = |x: u64| match dimension {
                Some(_) => crate::domain::fixed::fixed(x as f64 / 1000.0, 1).replace('.', ","),
                None => crate::domain::fixed::fixed(x as f64 / 1000.0, 3).replace('.', ","),
            };
            let place = match dimension {
                Some(d) => match aspect {
                    Some(name) => format!("l’aspect «\u{a0}{name}\u{a0}» (échelle de 0 à 100)"),
                    None => format!("l’aspect {} (échelle de 0 à 100)", d + 1),
                },
                None => "le leadership personnel (sur son échelle)".to_string(),
            };
            format!(
                "ce code de synthèse annonce un écart type de {} pour une moyenne de {} dans {place}\u{a0}; avec {n}\u{a0}personnes, l’écart type ne peut pas y dépasser {}, le code n’est donc pas authentique",
                f(*sd_milli),
                f(*mean_milli),
                f(*max_milli)
            )
        }
        SummaryError::GroupTooSmall { n, min } => format!(
            "ce code de synthèse décrit {n} {}\u{a0}; les synthèses de moins de {min} personnes sont refusées pour garder les réponses anonymes",
            people(*n)
        ),
        SummaryError::Malformed(f) => {
            format!("le code de synthèse d’équipe n’est pas valide\u{a0}: {}", flaw(f))
        }
    }
}

/// A team error in French.
pub fn team_error(e: &TeamError) -> String {
    match e {
        TeamError::TooFew { n, needed } => format!(
            "les résultats d’équipe demandent au moins {needed} réponses pour rester anonymes\u{a0}; il y en a {n}"
        ),
        TeamError::DifferentQuestionnaires { a, b } => format!(
            "ces résultats viennent de questionnaires différents (empreintes {} et {}) et ne peuvent pas être comparés",
            code::fingerprint_label(*a),
            code::fingerprint_label(*b)
        ),
    }
}

/// A differencing refusal in French.
pub fn differencing(r: &DifferencingRisk) -> String {
    let (n, who, report) = (r.size, people(r.size), r.shown + 1);
    let absent = if n <= 1 { "absente" } else { "absentes" };
    match r.side {
        Side::OnlyInCandidate => format!(
            "ce groupe contient {n} {who} {absent} de l’analyse {report}\u{a0}; afficher les deux analyses révélerait leurs réponses"
        ),
        Side::OnlyInShown => format!(
            "l’analyse {report} contient {n} {who} {absent} de ce groupe\u{a0}; afficher les deux analyses révélerait leurs réponses"
        ),
    }
}

/// A pair-comparison refusal in French.
pub fn pair_risk(r: &PairRisk) -> String {
    let (n, what) = match r {
        PairRisk::OnlyInA(n) => (n, "seulement dans le premier groupe"),
        PairRisk::OnlyInB(n) => (n, "seulement dans le second groupe"),
        PairRisk::Overlap(n) => (n, "dans les deux groupes"),
    };
    format!(
        "{n} {} {} {what}\u{a0}; comparer ces groupes pourrait révéler leurs réponses",
        people(*n),
        if *n <= 1 { "figure" } else { "figurent" }
    )
}

/// A text that cannot be read, in French.
pub fn text_error(e: &TextError) -> String {
    match e {
        TextError::TooLarge { bytes } => format!(
            "le texte fait {}\u{a0}Ko\u{a0}; {}\u{a0}Ko au plus peuvent être lus à la fois",
            bytes / 1024,
            MAX_TEXT_BYTES / 1024
        ),
        TextError::TooManyCodes { found } => format!(
            "le texte contient {found} codes\u{a0}; {MAX_CANDIDATES} au plus peuvent être lus à la fois"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Compares with the English wording.
    #[cfg(feature = "lang-en")]
    #[test]
    fn french_errors_have_their_own_words() {
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
            let fr = code_error(&e);
            assert_ne!(fr, (crate::i18n::EN.code_message)(&e));
            assert!(fr.contains("code"), "{fr}");
        }
        assert_eq!(
            team_error(&TeamError::TooFew { n: 3, needed: 5 }),
            "les r\u{e9}sultats d\u{2019}\u{e9}quipe demandent au moins 5 r\u{e9}ponses pour rester anonymes\u{a0}; il y en a 3"
        );
        assert!(pair_risk(&PairRisk::Overlap(1)).starts_with("1 personne figure "));
        assert!(pair_risk(&PairRisk::Overlap(2)).starts_with("2 personnes figurent "));
    }

    #[test]
    fn french_typography_and_plurals() {
        let all = format!("{FR:?}");
        for bad in [" :", " ;", " ?", " !", "\u{ab} ", " \u{bb}", " %"] {
            assert!(!all.contains(bad), "plain space in {bad:?}");
        }
        // 0 and 1 take the singular, and the count is always written.
        assert_eq!(
            FR_VIEW.team_usable.of(&FR.locale, 0),
            "0 r\u{e9}ponse utilisable"
        );
        assert_eq!(
            FR_VIEW.team_usable.of(&FR.locale, 1),
            "1 r\u{e9}ponse utilisable"
        );
        assert_eq!(
            FR_VIEW.team_usable.of(&FR.locale, 10_000),
            "10\u{202f}000 r\u{e9}ponses utilisables"
        );
    }
}
