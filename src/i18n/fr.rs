//! French interface strings, and French wording for the errors the domain reports.
//!
//! French typography: a no-break space (U+00A0) before `:` and inside `« »`, a narrow
//! no-break space (U+202F) before `;`, `?`, `!` and `%`. French counts 0 and 1 as
//! singular, so a `one` form always shows its count.

use super::{join, Strings};
use crate::domain::code::{self, CodeError, PrefixSlip, SpecialChar, PREFIX, VERSION};
use crate::domain::groups::FileProblem;
use crate::domain::intake::{TextError, MAX_CANDIDATES, MAX_TEXT_BYTES};
use crate::domain::json::{Kind, Syntax};
use crate::domain::options::{
    FoundElement, OptionProblem, StorageFlaw, DEFAULT_MIN_GROUP, LANGUAGES, MAX_MIN_GROUP,
    MAX_STORAGE_LEN, MIN_GROUP_FLOOR,
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

/// French.
pub const FR: Strings = Strings {
    code: "fr",
    name: "Français",
    locale: LOCALE_FR,
    figures: &crate::i18n_figures::FR,
    code_message: code_error,
    summary_message: summary_error,
    team_message: team_error,
    differencing_message: differencing,
    pair_message: pair_risk,
    text_message: text_error,
    refusal_message: refusal,
    withheld_message: withheld,
    file_message: file_problem,
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
    results_title: "Votre profil de leadership",
    radar_title: "Radar de vos scores sur {n} aspects du leadership partagé",
    radar_desc: "Scores de 0 à 100 par aspect\u{202f}; la bande ombrée montre l’étendue de vos réponses aux affirmations de chaque aspect.",
    dimension: "Aspect",
    score: "Score (0–100)",
    band: "Niveau",
    band_low: "Bas",
    band_middle: "Moyen",
    band_high: "Élevé",
    not_scored: "non calculé\u{a0}: moins de {k} affirmations sur {n} ont une réponse",
    index_label: "Indice de leadership partagé",
    uncertainty_note: "Chaque score ne repose que sur quelques affirmations\u{a0}: voyez-y une estimation grossière. La bande montre l’écart entre vos réponses aux affirmations d’un aspect\u{202f}; une bande large traduit des expériences contrastées.",
    delete_answers: "Effacer mes réponses",
    delete_confirm: "Effacer toutes vos réponses enregistrées dans ce navigateur\u{202f}? Cette action est définitive.",
    delete_yes: "Oui, effacer",
    cancel: "Annuler",
    deleted: "Vos réponses ont été effacées.",
    storage_notice_corrupt: "Les réponses enregistrées dans ce navigateur étaient illisibles et ont été mises de côté. Vous pouvez recommencer.",
    storage_notice_version: "Les réponses enregistrées appartiennent à une autre version de ce questionnaire et ne peuvent pas être reprises. Vous pouvez recommencer.",
    storage_unavailable: "Ce navigateur n’autorise pas l’enregistrement\u{a0}: vos réponses seront perdues si vous quittez la page.",
    edit_answers: "Modifier mes réponses",
    print: "Imprimer",
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
    copy: "Copier",
    copied: "Copié",
    share_link: "Lien vers ce résultat",
    code_help: "Le code contient vos réponses et rien d’autre\u{a0}: ni nom, ni date. Ne le transmettez à l’animateur de votre équipe que si vous le souhaitez.",
    opened_from_code: "Ce résultat a été ouvert à partir d’un code de résultat.",
    code_error: "Impossible d’ouvrir ce code de résultat",
    error_title: "Un problème est survenu",
    progress_label: "Progression du questionnaire",
    take_survey: "Faire l’auto-évaluation",
    team_title: "Vue d’équipe",
    team_entry_text: "Pour les animateurs\u{a0}: rassemblez les codes de résultat des membres et découvrez le profil de l’équipe, son degré d’accord et la répartition du leadership.",
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
    team_agreement_note: "L’accord n’est dit fort que si r_wg(J) atteint au moins 0,70 et l’AD au plus {x} (c/6 pour c niveaux de réponse)\u{a0}; r_wg(J) à partir de 0,50 avec un AD dans cette limite est modéré, tout le reste faible (LeBreton & Senter 2008\u{a0}; Burke & Dunlap 2002). r_wg(J) compte les quatre énoncés d’un aspect comme des mesures distinctes\u{a0}: il peut sembler élevé alors que les membres ne sont pas d’accord, et l’étiquette dit alors que les réponses sont très dispersées. L’AD est l’écart moyen en points d’échelle. L’α de Cronbach apparaît à partir de 8\u{a0}réponses complètes.",
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
    team_own_mean: "Leadership personnel, moyenne sur 1–5",
    team_spread_explain: "Les deux chiffres reposent sur la fréquence à laquelle chaque membre dit prendre lui-même les devants (1 = jamais, 5 = très souvent). 0 signifie que tout le monde mène aussi souvent\u{202f}; sur cette échelle, le coefficient de Gini ne peut guère dépasser 0,4.",
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
    keyboard_hint_cant_say: "Astuce\u{a0}: répondez avec les flèches ou les touches 1 à {k}, 0 pour «\u{a0}je ne sais pas\u{a0}», et passez à la page suivante avec Entrée.",
    unanswered_notice_plain: Plural {
        one: "{n} question de cette page reste sans réponse. Répondez-y ou continuez quand même.",
        other: "{n} questions de cette page restent sans réponse. Répondez-y ou continuez quand même.",
    },
    not_scored_share: "non calculé\u{a0}: moins des trois quarts de ses affirmations ont une réponse",
    index_meaning: "La moyenne de vos {n} scores d’aspect\u{a0}: à quel point, selon vous, le fonctionnement de votre équipe permet de partager le leadership.",
    of_100: "sur 100",
    next_title: "Votre prochaine étape",
    next_intro: Plural {
        one: "Commencez par l’aspect où vos réponses sont les plus basses. Ce que vous pouvez faire vous-même\u{a0}:",
        other: "Commencez par les deux aspects où vos réponses sont les plus basses. Pour chacun, ce que vous pouvez faire vous-même\u{a0}:",
    },
    next_share: "Transmettez ensuite votre code de résultat à l’animateur de votre équipe. Dès qu’au moins {m} membres auront partagé le leur, l’équipe pourra voir son portrait commun sans que les réponses de quiconque soient identifiables.",
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
    team_details_title: "Détails\u{a0}: tous les chiffres et statistiques",
    alpha_not_reliable: "pas fiable",
    alpha_negative_why: "«\u{a0}Pas fiable\u{a0}» (α de Cronbach inférieur à 0)\u{a0}: dans ce groupe, les affirmations de l’aspect ne vont pas ensemble – l’une a par exemple été comprise à l’envers –, si bien qu’un score unique les résume mal.",
    team_who_mean: "Moyenne (0 = une seule personne, 100 = chacun)",
    cmp_diff_of: "Différence ({b} − {a})",
    print_head: "Leadership Radar · {date}",
    team_series: "Moyenne de l’équipe",
    own_series: "Votre résultat",
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
        CodeError::BadCharacter { ch, position } => match code::special_char(*ch) {
            Some(sc) => format!(
                "il y a {} (U+{:04X}) en position {position}, ce qui n’est pas autorisé dans un code de résultat\u{a0}; supprimez-la (elle peut être invisible)",
                special_char(sc),
                u32::from(*ch)
            ),
            None => format!(
                "le caractère '{}' en position {position} n’est pas autorisé dans un code de résultat",
                ch.escape_debug()
            ),
        },
        CodeError::NearMissPrefix {
            found,
            slip,
            position,
        } => match slip {
            PrefixSlip::LetterForDigit(c) => format!(
                "ce code commence par «\u{a0}{found}\u{a0}»\u{a0}: en position {position} se trouve la lettre '{c}' à la place du chiffre {VERSION} («\u{a0}{PREFIX}\u{a0}»)"
            ),
            PrefixSlip::Separator(c) => format!(
                "ce code commence par «\u{a0}{found}\u{a0}»\u{a0}: en position {position} se trouve {} à la place d’un tiret («\u{a0}{PREFIX}\u{a0}»)",
                separator(*c)
            ),
            PrefixSlip::NoVersion => format!(
                "ce code commence par «\u{a0}{found}\u{a0}»\u{a0}: le chiffre de version {VERSION} manque en position {position} («\u{a0}{PREFIX}\u{a0}»)"
            ),
            PrefixSlip::FullWidth => format!(
                "ce code commence par «\u{a0}{found}\u{a0}» en caractères pleine chasse\u{a0}; saisissez-le avec des lettres et des chiffres ordinaires («\u{a0}{PREFIX}\u{a0}»)"
            ),
        },
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
        SummaryError::BadCharacter { ch, position } => format!(
            "le caractère '{}' en position {position} n’est pas autorisé dans un code de synthèse d’équipe",
            ch.escape_debug()
        ),
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

/// A shown view as named in refusals.
fn view(r: &ViewRef) -> String {
    format!("la vue {} (groupe {})", r.number, r.group)
}

fn views(v: &[ViewRef]) -> String {
    join(&v.iter().map(view).collect::<Vec<_>>(), " et ")
}

/// The figure a refusal is about, as a parenthesis (empty for the group as a whole).
fn figure_note(f: Figure, name: &dyn Fn(Figure) -> String) -> String {
    let n = name(f);
    if matches!(f, Figure::Group) || n.is_empty() {
        String::new()
    } else {
        format!(" (pour les valeurs de «\u{a0}{n}\u{a0}»)")
    }
}

fn refusal(r: &Refusal, min: usize, name: &dyn Fn(Figure) -> String) -> String {
    match r {
        Refusal::SmallCell {
            figure,
            size,
            in_candidate,
            in_views,
            not_in_views,
        } => {
            let k = *size;
            let (inn, out) = (views(in_views), views(not_in_views));
            let f = figure_note(*figure, name);
            let qui = if k == 1 {
                "1\u{a0}personne".to_string()
            } else {
                format!("{k}\u{a0}personnes")
            };
            let est = if k == 1 { "est" } else { "sont" };
            let where_ = match (in_candidate, in_views.is_empty(), not_in_views.is_empty()) {
                (true, true, _) => format!(
                    "{qui} de ce groupe ne {est} dans aucune des vues montr\u{e9}es auparavant ({out})"
                ),
                (true, false, true) => format!("{qui} de ce groupe {est} aussi dans {inn}"),
                (true, false, false) => {
                    format!("{qui} de ce groupe {est} aussi dans {inn}, mais pas dans {out}")
                }
                (false, _, true) => format!("{qui} de {inn} ne {est} pas dans ce groupe"),
                (false, _, false) => {
                    format!("{qui} de {inn} ne {est} ni dans ce groupe ni dans {out}")
                }
            };
            format!(
                "{where_}{f}. Avec ce qui a d\u{e9}j\u{e0} \u{e9}t\u{e9} montr\u{e9}, {} r\u{e9}ponses pourraient \u{ea}tre calcul\u{e9}es. Un groupe est montr\u{e9} s\u{2019}il est identique \u{e0} chaque vue pr\u{e9}c\u{e9}dente ou s\u{2019}il en diff\u{e8}re d\u{2019}au moins {min}\u{a0}personnes de chaque c\u{f4}t\u{e9}, de sorte que chaque partie en laquelle ces vues r\u{e9}partissent les personnes est vide ou compte au moins {min}\u{a0}personnes.",
                if k == 1 { "ses" } else { "leurs" }
            )
        }
        Refusal::SizeClose {
            figure,
            candidate_is_summary,
            summary_n,
            other_n,
            other_is_summary,
        } => {
            let f = figure_note(*figure, name);
            let (n, t) = (*summary_n, *other_n);
            match (candidate_is_summary, other_is_summary) {
                (true, false) => format!(
                    "Ce r\u{e9}sum\u{e9} d\u{2019}\u{e9}quipe compte {n}\u{a0}personnes{f}\u{202f}; les groupes lus \u{e0} partir de codes dans cette session en comptent {t} (seuls ou ensemble). Le r\u{e9}sum\u{e9} pourrait d\u{e9}crire ces personnes, \u{e0} moins de {min} pr\u{e8}s en plus ou en moins, et la diff\u{e9}rence r\u{e9}v\u{e9}lerait leurs r\u{e9}ponses\u{202f}; un code de r\u{e9}sum\u{e9} ne contient aucune liste de ses membres, on ne peut donc pas l\u{2019}exclure. Il peut \u{ea}tre montr\u{e9} lorsque sa taille diff\u{e8}re d\u{2019}au moins {min} de chacun de ces nombres."
                ),
                (false, _) => format!(
                    "Ce groupe compte, seul ou avec des groupes montr\u{e9}s auparavant, {t}\u{a0}personnes{f}, un nombre proche des {n} du r\u{e9}sum\u{e9} d\u{2019}\u{e9}quipe montr\u{e9} plus t\u{f4}t. Le r\u{e9}sum\u{e9} pourrait d\u{e9}crire ces personnes, \u{e0} moins de {min} pr\u{e8}s en plus ou en moins, et la diff\u{e9}rence r\u{e9}v\u{e9}lerait leurs r\u{e9}ponses. Il peut \u{ea}tre montr\u{e9} lorsque ces nombres diff\u{e8}rent d\u{2019}au moins {min}."
                ),
                (true, true) => format!(
                    "Ce r\u{e9}sum\u{e9} d\u{2019}\u{e9}quipe compte {n}\u{a0}personnes{f} et un r\u{e9}sum\u{e9} montr\u{e9} auparavant en compte {t}\u{a0}: il pourrait s\u{2019}agir de la m\u{ea}me \u{e9}quipe avec {}\u{a0}{} en plus ou en moins, dont la diff\u{e9}rence r\u{e9}v\u{e9}lerait les r\u{e9}ponses. Des r\u{e9}sum\u{e9}s de m\u{ea}me taille, ou dont les tailles diff\u{e8}rent d\u{2019}au moins {min}, peuvent \u{ea}tre montr\u{e9}s ensemble.",
                    n.abs_diff(t),
                    if n.abs_diff(t) <= 1 { "personne" } else { "personnes" }
                ),
            }
        }
        Refusal::TooManyViews => format!(
            "Cette session a d\u{e9}j\u{e0} montr\u{e9} {MAX_VIEWS}\u{a0}groupes diff\u{e9}rents\u{202f}; les groupes suivants ne peuvent plus \u{ea}tre v\u{e9}rifi\u{e9}s et ne sont donc pas montr\u{e9}s."
        ),
    }
}

fn withheld(names: &[String], min: usize) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("«\u{a0}{n}\u{a0}»")).collect();
    format!(
        "Non affich\u{e9} pour ce groupe\u{a0}: {}. Avec les groupes montr\u{e9}s auparavant dans cette session, chacune de ces valeurs reposerait sur moins de {min}\u{a0}personnes \u{e0} elle seule, dont les r\u{e9}ponses pourraient alors \u{ea}tre calcul\u{e9}es. Tout le reste est affich\u{e9}.",
        join(&quoted, " et ")
    )
}

fn file_problem(p: &FileProblem) -> String {
    format!(
        "{}\u{a0}: {}\u{a0}Ko\u{202f}; au plus {}\u{a0}Ko peuvent \u{ea}tre charg\u{e9}s. Rien n\u{2019}a \u{e9}t\u{e9} ajout\u{e9}.",
        p.name,
        p.bytes / 1024,
        p.max_bytes / 1024
    )
}

fn storage_flaw(f: &StorageFlaw) -> String {
    match f {
        StorageFlaw::Space => "il contient une espace".into(),
        StorageFlaw::Character(c) => format!("il contient «\u{a0}{}\u{a0}»", c.escape_debug()),
        StorageFlaw::TooLong(len) => {
            format!(
                "il compte {len}\u{a0}caract\u{e8}res, au plus {MAX_STORAGE_LEN} sont possibles"
            )
        }
    }
}

fn option_problem(p: &OptionProblem) -> String {
    match p {
        OptionProblem::Language { at } => format!(
            "{at} n\u{2019}est pas une langue prise en charge\u{202f}; langues possibles\u{a0}: {}.",
            LANGUAGES.join(", ")
        ),
        OptionProblem::Mode { at } => format!(
            "{at} n\u{2019}est pas un mode\u{202f}; utilisez \"self\" (l\u{2019}auto-\u{e9}valuation) ou \"team\" (la vue d\u{2019}\u{e9}quipe)."
        ),
        OptionProblem::MinGroupNotNumber { at } => format!(
            "{at} n\u{2019}est pas un nombre entier\u{202f}; indiquez une taille de groupe de {MIN_GROUP_FLOOR} \u{e0} \
             {MAX_MIN_GROUP} (par d\u{e9}faut {DEFAULT_MIN_GROUP})."
        ),
        OptionProblem::MinGroupTooSmall { at } => format!(
            "{at} est trop petit\u{a0}: les r\u{e9}sultats d\u{2019}\u{e9}quipe demandent au moins {MIN_GROUP_FLOOR}\u{a0}personnes, \
             afin que personne ne puisse \u{ea}tre identifi\u{e9}."
        ),
        OptionProblem::MinGroupTooLarge { at } => format!(
            "{at} est trop grand\u{202f}; indiquez un nombre entier de {MIN_GROUP_FLOOR} \u{e0} {MAX_MIN_GROUP}."
        ),
        OptionProblem::QuestionnaireId { at } => format!(
            "{at} n\u{2019}est pas un identifiant d\u{2019}\u{e9}l\u{e9}ment (un identifiant ne contient pas d\u{2019}espace)\u{202f}; \
             indiquez l\u{2019}identifiant d\u{2019}un \u{e9}l\u{e9}ment <script type=\"application/json\"> de cette page."
        ),
        OptionProblem::Storage { at, flaw } => format!(
            "{at} n\u{2019}est pas un nom de stockage ({})\u{202f}; utilisez de 1 \u{e0} {MAX_STORAGE_LEN}\u{a0}caract\u{e8}res parmi \
             A\u{2013}Z, a\u{2013}z, 0\u{2013}9, \"_\" et \"-\".",
            storage_flaw(flaw)
        ),
        OptionProblem::Header { at } => format!(
            "{at} n\u{2019}est pas un r\u{e9}glage du titre\u{202f}; utilisez \"none\" (masquer le titre du widget \
             quand la page a le sien) ou \"show\" (par d\u{e9}faut)."
        ),
        OptionProblem::TeamEntry { at } => format!(
            "{at} n\u{2019}est pas un r\u{e9}glage de l\u{2019}acc\u{e8}s \u{e0} la vue d\u{2019}\u{e9}quipe\u{202f}; utilisez \"hidden\" \
             (pas de bouton \u{ab}\u{a0}Comparer une \u{e9}quipe\u{a0}\u{bb} sur l\u{2019}\u{e9}cran d\u{2019}accueil) ou \"shown\" (par d\u{e9}faut)."
        ),
        OptionProblem::LanguageNotOffered { at, offered } => format!(
            "{at} n\u{2019}est pas propos\u{e9} par ce questionnaire\u{202f}; il propose\u{a0}: {}.",
            offered.join(", ")
        ),
        OptionProblem::NoCommonLanguage { offered } => format!(
            "{}, et l\u{2019}interface du widget parle {}\u{a0}: ajoutez au questionnaire des \
             textes dans l\u{2019}une de ces langues (et indiquez-la dans \"languages\"), sinon le \
             widget m\u{e9}langerait les langues.",
            if offered.is_empty() {
                "le questionnaire n\u{2019}indique aucune langue".to_string()
            } else {
                format!("le questionnaire n\u{2019}existe qu\u{2019}en {}", offered.join(", "))
            },
            LANGUAGES.join(", ")
        ),
        OptionProblem::NoElement { at, id } => format!(
            "{at}\u{a0}: aucun \u{e9}l\u{e9}ment de la page ne porte cet identifiant\u{202f}; ajoutez \
             <script type=\"application/json\" id=\"{id}\"> contenant le questionnaire."
        ),
        OptionProblem::NotJson { at, id, found } => {
            let found = match found {
                FoundElement::Script(t) => format!("<script type=\"{t}\">"),
                FoundElement::ScriptWithoutType => "<script> sans type".to_string(),
                FoundElement::Other(tag) => format!("<{tag}>"),
            };
            format!(
                "{at}\u{a0}: l\u{2019}\u{e9}l\u{e9}ment #{id} est un {found}\u{202f}; le questionnaire doit se trouver dans un \
                 \u{e9}l\u{e9}ment <script type=\"application/json\">."
            )
        }
        OptionProblem::Questionnaire { id, problem } => {
            format!("questionnaire #{id}\u{a0}: {}\u{a0}: {}", problem.path, reason(&problem.reason))
        }
        OptionProblem::QuestionnaireLanguage { id, problem } => {
            format!("questionnaire #{id}\u{a0}: {}", option_problem(problem))
        }
    }
}

fn misfit(m: &Misfit) -> String {
    match m {
        Misfit::Count { answers, questions } => {
            format!("{answers}\u{a0}r\u{e9}ponses pour un questionnaire de {questions}\u{a0}questions")
        }
        Misfit::NoScale { question } => format!("la question {question} n\u{2019}a pas d\u{2019}\u{e9}chelle"),
        Misfit::OutOfRange {
            question,
            value,
            min,
            max,
            count: true,
        } => format!("la r\u{e9}ponse {value} \u{e0} la question {question} sort de son intervalle {min}\u{2013}{max}"),
        Misfit::OutOfRange {
            question,
            value,
            max,
            count: false,
            ..
        } => format!("la r\u{e9}ponse {value} \u{e0} la question {question} sort de son \u{e9}chelle 1\u{2013}{max}"),
        Misfit::NoCantSay { question } => {
            format!("la question {question} ne propose pas \u{ab}\u{a0}je ne sais pas\u{a0}\u{bb}")
        }
        Misfit::TooManyQuestions { estimated, max } => format!(
            "le questionnaire a trop de questions pour un code de r\u{e9}sultat (il faudrait \
             environ {estimated}\u{a0}caract\u{e8}res, au plus {max} sont possibles)"
        ),
    }
}

/// Why a questionnaire or suggestion rules are not valid, in French.
fn reason(r: &Reason) -> String {
    let q = |s: &str| format!("\u{ab}\u{a0}{s}\u{a0}\u{bb}");
    match r {
        Reason::TooLarge(bytes, limit) => format!(
            "le questionnaire fait {bytes}\u{a0}octets\u{202f}; la limite est de {limit}\u{a0}octets"
        ),
        Reason::RulesTooLarge(bytes, limit) => format!(
            "les r\u{e8}gles font {bytes}\u{a0}octets\u{202f}; la limite est de {limit}\u{a0}octets"
        ),
        Reason::NotJson(line, column, what) => format!(
            "JSON non valide (ligne {line}, colonne {column})\u{a0}: {}",
            syntax(*what)
        ),
        Reason::Expected(what, found) => {
            format!("attendu\u{a0}: {}, trouv\u{e9}\u{a0}: {}", expected(*what), found_text(found))
        }
        Reason::MissingField => "champ manquant".into(),
        Reason::UnknownField => "champ inconnu".into(),
        Reason::NotRules(line, column, detail) => format!(
            "ce ne sont pas des r\u{e8}gles de suggestions valides (ligne {line}, colonne {column}\u{202f}; message du lecteur JSON\u{a0}: {detail})"
        ),
        Reason::Empty => "ne doit pas \u{ea}tre vide".into(),
        Reason::IdEmpty => "l\u{2019}identifiant ne doit pas \u{ea}tre vide".into(),
        Reason::IdChars(id) => format!(
            "l\u{2019}identifiant {} ne peut contenir que des lettres, des chiffres, \u{ab}\u{a0}_\u{a0}\u{bb} et \u{ab}\u{a0}-\u{a0}\u{bb} (40\u{a0}caract\u{e8}res au plus)",
            q(id)
        ),
        Reason::MissingTranslation(l) => format!("la traduction {} manque", q(l)),
        Reason::EmptyText => "texte vide".into(),
        Reason::NoLanguage => "il faut au moins une langue".into(),
        Reason::DuplicateLanguage(l) => format!("la langue {} figure deux fois", q(l)),
        Reason::NotLanguageCode(l) => format!(
            "{} n\u{2019}est pas un code de langue comme \u{ab}\u{a0}en\u{a0}\u{bb} ou \u{ab}\u{a0}de\u{a0}\u{bb}",
            q(l)
        ),
        Reason::DuplicateScale(id) => format!("l\u{2019}identifiant d\u{2019}\u{e9}chelle {} figure deux fois", q(id)),
        Reason::TooFewPoints(p) => {
            format!("une \u{e9}chelle demande au moins 2\u{a0}degr\u{e9}s, celle-ci en a {p}")
        }
        Reason::TooManyPoints(p) => {
            format!("une \u{e9}chelle peut avoir au plus 11\u{a0}degr\u{e9}s, celle-ci en a {p}")
        }
        Reason::LabelCount(n, p) => format!(
            "{n}\u{a0}{} pour une \u{e9}chelle de {p}\u{a0}degr\u{e9}s",
            if *n <= 1 { "libell\u{e9}" } else { "libell\u{e9}s" }
        ),
        Reason::EmptyLabel => "libell\u{e9} vide".into(),
        Reason::UnknownScale(id) => format!("\u{e9}chelle inconnue {}", q(id)),
        Reason::DuplicateId(id, first) => format!(
            "l\u{2019}identifiant {} figure deux fois (premi\u{e8}re utilisation \u{e0} {first})",
            q(id)
        ),
        Reason::TooFewDimensions(n) => format!(
            "un radar demande au moins 3\u{a0}dimensions, il y en a {n}"
        ),
        Reason::TooManyDimensions(max) => format!("{max}\u{a0}dimensions au plus sont prises en charge"),
        Reason::UnknownDimension(id) => format!("dimension inconnue {}", q(id)),
        Reason::TooFewItems(d, n, min) => format!(
            "la dimension {} a {n}\u{a0}{}\u{202f}; il en faut au moins {min}",
            q(d),
            if *n <= 1 { "\u{e9}nonc\u{e9}" } else { "\u{e9}nonc\u{e9}s" }
        ),
        Reason::TooManyReversed(d, n) => format!(
            "la dimension {} a {n}\u{a0}\u{e9}nonc\u{e9}s invers\u{e9}s\u{202f}; un seul est permis",
            q(d)
        ),
        Reason::TeamSizeMin(min) => format!(
            "une \u{e9}quipe compte au moins 2\u{a0}personnes (vous et un coll\u{e8}gue), la plus petite taille \
             d\u{2019}\u{e9}quipe doit donc \u{ea}tre d\u{2019}au moins 2, et non {min}"
        ),
        Reason::NoCounts => {
            "le bloc r\u{e9}seau demande au moins une question sur le nombre de coll\u{e8}gues".into()
        }
        Reason::TooManyCounts(n, max) => format!(
            "{n}\u{a0}questions de nombre\u{202f}; {max} au plus sont prises en charge"
        ),
        Reason::CountMinNotZero(min) => format!(
            "un nombre de coll\u{e8}gues doit permettre 0 (personne), mais son minimum est {min}"
        ),
        Reason::CountMaxAboveTeam(largest, size, max) => format!(
            "dans une \u{e9}quipe d\u{2019}au plus {size}\u{a0}personnes, il y a au plus {largest}\u{a0}coll\u{e8}gues \
             (la plus grande taille d\u{2019}\u{e9}quipe moins la personne qui r\u{e9}pond), mais le maximum est {max}"
        ),
        Reason::TooManyQuestions(n, max) => format!(
            "{n}\u{a0}questions\u{202f}; {max} au plus sont prises en charge"
        ),
        Reason::NoSection => "il faut au moins une section".into(),
        Reason::DuplicateSection(id) => format!("l\u{2019}identifiant de section {} figure deux fois", q(id)),
        Reason::EmptySection => "une section demande au moins une question".into(),
        Reason::UnknownQuestion(id) => format!("question inconnue {}", q(id)),
        Reason::QuestionPlacedTwice(id, first) => {
            format!("la question {} est d\u{e9}j\u{e0} plac\u{e9}e \u{e0} {first}", q(id))
        }
        Reason::QuestionInNoSection(id) => {
            format!("la question {} ne figure dans aucune section", q(id))
        }
        Reason::CountNegative(min) => {
            format!("un nombre ne peut pas \u{ea}tre n\u{e9}gatif, mais le minimum est {min}")
        }
        Reason::CountMinAboveMax(min, max) => {
            format!("le minimum ({min}) est plus grand que le maximum ({max})")
        }
        Reason::CountMaxTooHigh(limit, max) => format!(
            "un nombre peut aller au plus jusqu\u{2019}\u{e0} {limit}, mais le maximum est {max}"
        ),
        Reason::ActorCount(actors, actions) => format!(
            "{actors}\u{a0}acteurs pour {actions}\u{a0}actions\u{202f}; indiquez-en un par action, dans le m\u{ea}me ordre"
        ),
        Reason::ActionCount(n, min, max) => format!(
            "{n}\u{a0}{}\u{202f}; il en faut de {min} \u{e0} {max}",
            if *n <= 1 { "action" } else { "actions" }
        ),
        Reason::NotScore(v) => format!("{v} n\u{2019}est pas un score entre 0 et 100"),
        Reason::BandOrder(low, high) => {
            format!("low_below ({low}) doit \u{ea}tre inf\u{e9}rieur \u{e0} high_from ({high})")
        }
        Reason::NoAdvice(d) => format!("aucun conseil pour la dimension {}", q(d)),
        Reason::NoBandAdvice(band) => format!("aucun conseil pour la tranche {}", q(band)),
        Reason::DuplicatePattern(id, first) => format!(
            "l\u{2019}identifiant de mod\u{e8}le {} figure deux fois (premi\u{e8}re utilisation \u{e0} $.patterns[{first}])",
            q(id)
        ),
        Reason::EmptyPattern => "un mod\u{e8}le demande au moins une condition".into(),
        Reason::UnknownFigure(f) => format!(
            "indicateur inconnu {}\u{202f}; utilisez \u{ab}\u{a0}conditions\u{a0}\u{bb} ou \u{ab}\u{a0}spread\u{a0}\u{bb}",
            q(f)
        ),
        Reason::DimensionOrFigure => {
            "indiquez exactement l\u{2019}un de \u{ab}\u{a0}dimension\u{a0}\u{bb} et \u{ab}\u{a0}figure\u{a0}\u{bb}".into()
        }
        Reason::BandOrNotBand => {
            "indiquez exactement l\u{2019}un de \u{ab}\u{a0}band\u{a0}\u{bb} et \u{ab}\u{a0}not_band\u{a0}\u{bb}".into()
        }
        Reason::UnknownBand(b) => format!(
            "tranche inconnue {}\u{202f}; utilisez \u{ab}\u{a0}low\u{a0}\u{bb}, \u{ab}\u{a0}middle\u{a0}\u{bb} ou \u{ab}\u{a0}high\u{a0}\u{bb}",
            q(b)
        ),
        Reason::Contradiction(d) => format!(
            "les conditions sur {} se contredisent\u{202f}; le mod\u{e8}le ne peut jamais s\u{2019}appliquer",
            q(d)
        ),
        Reason::SamePattern(first) => format!(
            "m\u{ea}mes conditions que $.patterns[{first}]\u{202f}; l\u{2019}un des deux mod\u{e8}les r\u{e9}p\u{e9}terait toujours l\u{2019}autre"
        ),
        Reason::UnknownTeamRule(id, known) => format!(
            "r\u{e8}gle d\u{2019}\u{e9}quipe inconnue {}\u{202f}; r\u{e8}gles connues\u{a0}: {}",
            q(id),
            known.join(", ")
        ),
        Reason::DuplicateTeamRule(id, first) => format!(
            "la r\u{e8}gle d\u{2019}\u{e9}quipe {} figure deux fois (d\u{e9}j\u{e0} \u{e0} $.team[{first}])",
            q(id)
        ),
        Reason::MissingTeamRule(id) => format!("la r\u{e8}gle d\u{2019}\u{e9}quipe {} manque", q(id)),
    }
}

fn syntax(s: Syntax) -> &'static str {
    match s {
        Syntax::TrailingText => "texte apr\u{e8}s la fin du document",
        Syntax::ExpectedValue => "une valeur est attendue",
        Syntax::UnexpectedEnd => "le document s\u{2019}arr\u{ea}te trop t\u{f4}t",
        Syntax::TooDeep => "imbrication trop profonde",
        Syntax::ExpectedKey => "une cl\u{e9} entre guillemets doubles est attendue",
        Syntax::ExpectedColon => "\u{ab}\u{a0}:\u{a0}\u{bb} est attendu apr\u{e8}s la cl\u{e9}",
        Syntax::DuplicateKey => "cl\u{e9} en double",
        Syntax::ExpectedCommaOrBrace => {
            "\u{ab}\u{a0},\u{a0}\u{bb} ou \u{ab}\u{a0}}\u{a0}\u{bb} est attendu"
        }
        Syntax::ExpectedCommaOrBracket => {
            "\u{ab}\u{a0},\u{a0}\u{bb} ou \u{ab}\u{a0}]\u{a0}\u{bb} est attendu"
        }
        Syntax::ExpectedHex => "quatre chiffres hexad\u{e9}cimaux sont attendus apr\u{e8}s \\u",
        Syntax::UnterminatedString => "cha\u{ee}ne non termin\u{e9}e",
        Syntax::UnpairedSurrogate => "demi-code isol\u{e9} dans un \u{e9}chappement \\u",
        Syntax::UnknownEscape => "\u{e9}chappement inconnu dans une cha\u{ee}ne",
        Syntax::ControlCharacter => "caract\u{e8}re de contr\u{f4}le dans une cha\u{ee}ne",
        Syntax::InvalidNumber => "nombre non valide",
    }
}

fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Null => "null",
        Kind::Bool => "true/false",
        Kind::Number => "un nombre",
        Kind::String => "une cha\u{ee}ne",
        Kind::Array => "un tableau",
        Kind::Object => "un objet",
    }
}

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "un objet",
        Expected::String => "une cha\u{ee}ne",
        Expected::Array => "un tableau",
        Expected::Bool => "true ou false",
        Expected::WholeNumber => "un nombre entier",
        Expected::Byte => "un nombre entier de 0 \u{e0} 255",
    }
}

fn found_text(f: &Found) -> String {
    match f {
        Found::Kind(k) => kind(*k).into(),
        Found::Number(n) => n.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            FR.team_usable.of(&FR.locale, 0),
            "0 r\u{e9}ponse utilisable"
        );
        assert_eq!(
            FR.team_usable.of(&FR.locale, 1),
            "1 r\u{e9}ponse utilisable"
        );
        assert_eq!(
            FR.team_usable.of(&FR.locale, 10_000),
            "10\u{202f}000 r\u{e9}ponses utilisables"
        );
    }
}
