//! French interface strings, and French wording for the errors the domain reports.
//!
//! French typography: a no-break space (U+00A0) before `:` and inside `« »`, a narrow
//! no-break space (U+202F) before `;`, `?`, `!` and `%`. French counts 0 and 1 as
//! singular, so a `one` form always shows its count.

use super::Strings;
use crate::domain::code::{self, CodeError};
use crate::domain::intake::{Invalid, InvalidError};
use crate::domain::team::{DifferencingRisk, PairRisk, Side, SummaryError, TeamError};
use crate::format::{Plural, LOCALE_FR};

/// French.
pub const FR: Strings = Strings {
    code: "fr",
    name: "Français",
    locale: LOCALE_FR,
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
    item_range: "Étendue de vos réponses",
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
    focus_here: "Un bon point de départ\u{a0}: l’un de vos aspects les plus bas.",
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
    team_agreement_note: "Accord\u{a0}: r_wg(J) est fort à partir de 0,70, modéré entre 0,50 et 0,70, faible en dessous de 0,50 (LeBreton & Senter 2008). Même des réponses aléatoires peuvent atteindre 0,70\u{a0}: lisez-le avec la dispersion. AD est l’écart moyen en points d’échelle (acceptable jusqu’à 0,83 sur cinq points). L’α de Cronbach apparaît à partir de 8 réponses complètes.",
    team_agree_none: "non calculable",
    team_agree_strong: "accord fort",
    team_agree_moderate: "accord modéré",
    team_agree_weak: "accord faible",
    team_dim_suppressed: "masqué\u{a0}: moins de {m} réponses",
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
    scores_title: "Vos scores de 0 à 100",
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
    version_line: "Leadership Radar, version {version}",
};

fn people(n: usize) -> &'static str {
    // French counts 0 and 1 as singular.
    if n <= 1 {
        "personne"
    } else {
        "personnes"
    }
}

/// A result-code error in French.
pub fn code_error(e: &CodeError) -> String {
    match e {
        CodeError::Empty => "Le code de résultat est vide.".into(),
        CodeError::WrongPrefix { found } => format!(
            "Un code de résultat commence par «\u{a0}{}\u{a0}», celui-ci par «\u{a0}{found}\u{a0}».",
            code::PREFIX
        ),
        CodeError::UnsupportedVersion { version } => format!(
            "Ce code de résultat est de la version {version}\u{202f}; ce widget ne lit que les codes de la version {} («\u{a0}{}…\u{a0}»).",
            code::VERSION,
            code::PREFIX
        ),
        CodeError::BadCharacter { ch, position } => format!(
            "Le caractère '{}' en position {position} n’est pas autorisé dans un code de résultat.",
            ch.escape_debug()
        ),
        CodeError::Truncated { expected, found } => format!(
            "Le code de résultat est trop court\u{a0}: {found} caractères au lieu de {expected} après «\u{a0}{}\u{a0}». En manque-t-il une partie\u{202f}?",
            code::PREFIX
        ),
        CodeError::TooLong { expected, found } => format!(
            "Le code de résultat est trop long\u{a0}: {found} caractères au lieu de {expected} au plus après «\u{a0}{}\u{a0}».",
            code::PREFIX
        ),
        CodeError::ChecksumMismatch => "Le code de résultat contient une faute de frappe\u{a0}: les caractères de contrôle ne correspondent pas. Comparez-le caractère par caractère avec l’original.".into(),
        CodeError::QuestionnaireMismatch { code_fingerprint, expected } => format!(
            "Ce code appartient à un autre questionnaire (empreinte {}), pas à celui-ci (empreinte {}).",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        CodeError::AnswersDoNotFit(_) | CodeError::ValueOutOfRange { .. } => {
            "Les réponses contenues dans ce code ne correspondent pas à ce questionnaire.".into()
        }
    }
}

/// A team-summary error in French.
pub fn summary_error(e: &SummaryError) -> String {
    match e {
        SummaryError::Empty => "Le code de synthèse d’équipe est vide.".into(),
        SummaryError::PersonalCode => "C’est un code de résultat personnel, pas un code de synthèse d’équipe.".into(),
        SummaryError::BadCharacter { ch, position } => format!(
            "Le caractère '{}' en position {position} n’est pas autorisé dans un code de synthèse d’équipe.",
            ch.escape_debug()
        ),
        SummaryError::Truncated { .. } => "Le code de synthèse d’équipe est trop court. En manque-t-il une partie\u{202f}?".into(),
        SummaryError::TooLong { .. } => "Le code de synthèse d’équipe est trop long.".into(),
        SummaryError::ChecksumMismatch => "Le code de synthèse d’équipe contient une faute de frappe\u{a0}: les caractères de contrôle ne correspondent pas.".into(),
        SummaryError::QuestionnaireMismatch { code_fingerprint, expected } => format!(
            "Cette synthèse appartient à un autre questionnaire (empreinte {}), pas à celui-ci (empreinte {}).",
            code::fingerprint_label(*code_fingerprint),
            code::fingerprint_label(*expected)
        ),
        SummaryError::GroupTooSmall { n, min } => format!(
            "Cette synthèse décrit {n} {}\u{a0}; il en faut au moins {min}.",
            people(*n)
        ),
        other => format!("Ce code de synthèse d’équipe ne peut pas être lu ({other})."),
    }
}

/// Why a pasted candidate is unusable, in French.
pub fn invalid_reason(x: &Invalid) -> String {
    match &x.error {
        InvalidError::Code(e) => code_error(e),
        InvalidError::Summary(e) => summary_error(e),
    }
}

/// A differencing refusal in French.
pub fn differencing(r: &DifferencingRisk) -> String {
    let who = people(r.size);
    match r.side {
        Side::OnlyInCandidate => format!(
            "Ce groupe contient {} {who} absente(s) de l’analyse {}\u{a0}; afficher les deux révélerait leurs réponses.",
            r.size,
            r.shown + 1
        ),
        Side::OnlyInShown => format!(
            "L’analyse {} contient {} {who} absente(s) de ce groupe\u{a0}; afficher les deux révélerait leurs réponses.",
            r.shown + 1,
            r.size
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
        "{n} {} {} {what}\u{a0}; comparer ces groupes pourrait révéler leurs réponses.",
        people(*n),
        if *n <= 1 { "figure" } else { "figurent" }
    )
}

/// A team error in French.
pub fn team_error(e: &TeamError) -> String {
    match e {
        TeamError::DifferentQuestionnaires { a, b } => format!(
            "Ces résultats viennent de questionnaires différents (empreintes {} et {}) et ne peuvent pas être comparés.",
            code::fingerprint_label(*a),
            code::fingerprint_label(*b)
        ),
        TeamError::TooFew { n, needed } => format!(
            "Les chiffres d’équipe demandent au moins {needed} réponses pour rester anonymes\u{a0}; il y en a {n}."
        ),
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
            assert_ne!(fr, e.to_string());
            assert!(fr.contains("code"), "{fr}");
        }
        assert_eq!(
            team_error(&TeamError::TooFew { n: 3, needed: 5 }),
            "Les chiffres d\u{2019}\u{e9}quipe demandent au moins 5 r\u{e9}ponses pour rester anonymes\u{a0}; il y en a 3."
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
