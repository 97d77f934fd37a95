//! French wording of the checks the domain reports as typed facts: differencing
//! refusals and withheld figures, files, embed options, answers that do not fit, and
//! questionnaire problems (split from `fr.rs` to keep one job per file).

use super::*;

/// A shown view as named in refusals.
pub(super) fn view(r: &ViewRef) -> String {
    format!("la vue {} (groupe {})", r.number, r.group)
}

pub(super) fn views(v: &[ViewRef]) -> String {
    views_in(v, view, " et ")
}

/// The figure a refusal is about, as a parenthesis (empty for the group as a whole).
pub(super) fn figure_note(f: Figure, name: &dyn Fn(Figure) -> String) -> String {
    figure_named(f, name)
        .map(|n| format!(" (pour les valeurs de «\u{a0}{n}\u{a0}»)"))
        .unwrap_or_default()
}

pub(super) fn refusal(r: &Refusal, min: usize, name: &dyn Fn(Figure) -> String) -> String {
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

pub(super) fn withheld(names: &[String], min: usize) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("«\u{a0}{n}\u{a0}»")).collect();
    format!(
        "Non affich\u{e9} pour ce groupe\u{a0}: {}. Avec les groupes montr\u{e9}s auparavant dans cette session, chacune de ces valeurs reposerait sur moins de {min}\u{a0}personnes \u{e0} elle seule, dont les r\u{e9}ponses pourraient alors \u{ea}tre calcul\u{e9}es. Tout le reste est affich\u{e9}.",
        join(&quoted, " et ")
    )
}

pub(super) fn file_problem(p: &FileProblem) -> String {
    format!(
        "{}\u{a0}: {}\u{a0}Ko\u{202f}; au plus {}\u{a0}Ko peuvent \u{ea}tre charg\u{e9}s. Rien n\u{2019}a \u{e9}t\u{e9} ajout\u{e9}.",
        p.name,
        p.bytes / 1024,
        p.max_bytes / 1024
    )
}

pub(super) fn storage_flaw(f: &StorageFlaw) -> String {
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

pub(super) fn option_problem(p: &OptionProblem) -> String {
    match p {
        OptionProblem::Language { at } => format!(
            "{at} n\u{2019}est pas une langue prise en charge\u{202f}; langues possibles\u{a0}: {}.",
            TRANSLATED.join(", ")
        ),
        OptionProblem::LanguageNotBuilt { at } => format!(
            "{at}\u{a0}: cette version du widget ne contient que {}\u{202f}; utilisez le \
             paquet avec toutes les langues, ou celui construit pour cette langue.",
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
            TRANSLATED.join(", ")
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

pub(super) fn misfit(m: &Misfit) -> String {
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
pub(super) fn reason(r: &Reason) -> String {
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
        Reason::UnknownActor(a) => format!(
            "r\u{f4}le inconnu {}\u{202f}; utilisez \u{ab}\u{a0}you\u{a0}\u{bb}, \u{ab}\u{a0}team\u{a0}\u{bb} ou \u{ab}\u{a0}leader\u{a0}\u{bb}",
            q(a)
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

pub(super) fn syntax(s: Syntax) -> &'static str {
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

pub(super) fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Null => "null",
        Kind::Bool => "true/false",
        Kind::Number => "un nombre",
        Kind::String => "une cha\u{ee}ne",
        Kind::Array => "un tableau",
        Kind::Object => "un objet",
    }
}

pub(super) fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "un objet",
        Expected::String => "une cha\u{ee}ne",
        Expected::Array => "un tableau",
        Expected::Bool => "true ou false",
        Expected::WholeNumber => "un nombre entier",
        Expected::Byte => "un nombre entier de 0 \u{e0} 255",
    }
}

pub(super) fn found_text(f: &Found) -> String {
    match f {
        Found::Kind(k) => kind(*k).into(),
        Found::Number(n) => n.clone(),
    }
}
