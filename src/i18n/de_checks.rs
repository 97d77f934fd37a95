//! German wording of the checks the domain reports as typed facts: differencing
//! refusals and withheld figures, files, embed options, answers that do not fit, and
//! questionnaire problems (split from `de.rs` to keep one job per file).

use super::*;

/// A shown view as named in refusals.
pub(super) fn view(r: &ViewRef) -> String {
    format!("Ansicht {} (Gruppe {})", r.number, r.group)
}

pub(super) fn views(v: &[ViewRef]) -> String {
    views_in(v, view, " und ")
}

/// The figure a refusal is about, as a parenthesis (empty for the group as a whole).
pub(super) fn figure_note(f: Figure, name: &dyn Fn(Figure) -> String) -> String {
    figure_named(f, name)
        .map(|n| format!(" (bei den Werten f\u{fc}r \u{201e}{n}\u{201c})"))
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
            let wer = if k == 1 {
                "1 Person".to_string()
            } else {
                format!("{k} Personen")
            };
            let ist = if k == 1 { "ist" } else { "sind" };
            let where_ = match (in_candidate, in_views.is_empty(), not_in_views.is_empty()) {
                (true, true, _) => format!(
                    "{wer} in dieser Gruppe {ist} in keiner der zuvor gezeigten Ansichten ({out})"
                ),
                (true, false, true) => format!("{wer} in dieser Gruppe {ist} auch in {inn}"),
                (true, false, false) => {
                    format!("{wer} in dieser Gruppe {ist} auch in {inn}, aber nicht in {out}")
                }
                (false, _, true) => format!("{wer} aus {inn} {ist} nicht in dieser Gruppe"),
                (false, _, false) => {
                    format!("{wer} aus {inn} {ist} weder in dieser Gruppe noch in {out}")
                }
            };
            format!(
                "{where_}{f}. Zusammen mit dem bereits Gezeigten lie\u{df}en sich {} Antworten errechnen. Angezeigt wird eine Gruppe, die jeder fr\u{fc}heren Ansicht genau gleicht oder sich von ihr auf jeder Seite um mindestens {min} Personen unterscheidet, sodass jeder Teil, in den die Ansichten die Personen aufteilen, leer ist oder mindestens {min} Personen hat.",
                if k == 1 { "ihre" } else { "deren" }
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
                    "Diese Team-Zusammenfassung z\u{e4}hlt {n} Personen{f}; die in dieser Sitzung aus Codes gelesenen Gruppen z\u{e4}hlen {t} (allein oder zusammen). Die Zusammenfassung k\u{f6}nnte diese Personen mit weniger als {min} mehr oder weniger beschreiben, und der Unterschied w\u{fc}rde deren Antworten offenlegen; eine Zusammenfassung enth\u{e4}lt keine Liste ihrer Mitglieder, daher l\u{e4}sst sich das nicht ausschlie\u{df}en. Angezeigt wird sie, wenn ihre Gr\u{f6}\u{df}e von jeder solchen Zahl um mindestens {min} abweicht."
                ),
                (false, _) => format!(
                    "Diese Gruppe z\u{e4}hlt allein oder zusammen mit zuvor gezeigten Gruppen {t} Personen{f}, nahe an den {n} der zuvor gezeigten Team-Zusammenfassung. Die Zusammenfassung k\u{f6}nnte diese Personen mit weniger als {min} mehr oder weniger beschreiben, und der Unterschied w\u{fc}rde deren Antworten offenlegen. Angezeigt wird sie, wenn die Zahlen um mindestens {min} abweichen."
                ),
                (true, true) => format!(
                    "Diese Team-Zusammenfassung z\u{e4}hlt {n} Personen{f}, eine zuvor gezeigte {t}: Es k\u{f6}nnte dasselbe Team mit {} {} mehr oder weniger sein, deren Antworten der Unterschied offenlegen w\u{fc}rde. Zusammenfassungen gleicher Gr\u{f6}\u{df}e oder mit mindestens {min} Personen Unterschied k\u{f6}nnen gemeinsam gezeigt werden.",
                    n.abs_diff(t),
                    if n.abs_diff(t) == 1 { "Person" } else { "Personen" }
                ),
            }
        }
        Refusal::TooManyViews => format!(
            "Diese Sitzung hat bereits {MAX_VIEWS} verschiedene Gruppen gezeigt; weitere werden nicht mehr gepr\u{fc}ft und daher nicht gezeigt."
        ),
    }
}

pub(super) fn withheld(names: &[String], min: usize) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|n| format!("\u{201e}{n}\u{201c}"))
        .collect();
    format!(
        "F\u{fc}r diese Gruppe nicht angezeigt: {}. Zusammen mit den zuvor in dieser Sitzung gezeigten Gruppen beruhte jeder dieser Werte auf weniger als {min} Personen allein, deren Antworten sich dann errechnen lie\u{df}en. Alles andere wird angezeigt.",
        join(&quoted, " und ")
    )
}

pub(super) fn file_problem(p: &FileProblem) -> String {
    format!(
        "{}: {} KB; h\u{f6}chstens {} KB k\u{f6}nnen geladen werden. Nichts wurde hinzugef\u{fc}gt.",
        p.name,
        p.bytes / 1024,
        p.max_bytes / 1024
    )
}

pub(super) fn storage_flaw(f: &StorageFlaw) -> String {
    match f {
        StorageFlaw::Space => "er enth\u{e4}lt ein Leerzeichen".into(),
        StorageFlaw::Character(c) => {
            format!("er enth\u{e4}lt \u{201e}{}\u{201c}", c.escape_debug())
        }
        StorageFlaw::TooLong(len) => {
            format!("er hat {len} Zeichen, h\u{f6}chstens {MAX_STORAGE_LEN} sind m\u{f6}glich")
        }
    }
}

pub(super) fn option_problem(p: &OptionProblem) -> String {
    match p {
        OptionProblem::Language { at } => format!(
            "{at} ist keine unterst\u{fc}tzte Sprache; m\u{f6}glich sind: {}.",
            TRANSLATED.join(", ")
        ),
        OptionProblem::LanguageNotBuilt { at } => format!(
            "{at}: Diese Fassung des Widgets enth\u{e4}lt nur {}; verwenden Sie das Paket mit \
             allen Sprachen oder das f\u{fc}r diese Sprache gebaute.",
            LANGUAGES.join(", ")
        ),
        OptionProblem::Mode { at } => format!(
            "{at} ist kein Modus; m\u{f6}glich sind \"self\" (die Selbsteinsch\u{e4}tzung) oder \"team\" (die Teamansicht)."
        ),
        OptionProblem::MinGroupNotNumber { at } => format!(
            "{at} ist keine ganze Zahl; angeben l\u{e4}sst sich eine Gruppengr\u{f6}\u{df}e von {MIN_GROUP_FLOOR} bis \
             {MAX_MIN_GROUP} (Vorgabe {DEFAULT_MIN_GROUP})."
        ),
        OptionProblem::MinGroupTooSmall { at } => format!(
            "{at} ist zu klein: Teamwerte brauchen mindestens {MIN_GROUP_FLOOR} Personen, \
             damit niemand einzeln erkennbar wird."
        ),
        OptionProblem::MinGroupTooLarge { at } => format!(
            "{at} ist zu gro\u{df}; m\u{f6}glich ist eine ganze Zahl von {MIN_GROUP_FLOOR} bis {MAX_MIN_GROUP}."
        ),
        OptionProblem::QuestionnaireId { at } => format!(
            "{at} ist keine Element-ID (IDs enthalten keine Leerzeichen); anzugeben ist die ID eines \
             <script type=\"application/json\">-Elements auf dieser Seite."
        ),
        OptionProblem::Storage { at, flaw } => format!(
            "{at} ist kein Speichername ({}); m\u{f6}glich sind 1\u{2013}{MAX_STORAGE_LEN} Zeichen aus \
             A\u{2013}Z, a\u{2013}z, 0\u{2013}9, \"_\" und \"-\".",
            storage_flaw(flaw)
        ),
        OptionProblem::Header { at } => format!(
            "{at} ist keine Einstellung f\u{fc}r die \u{dc}berschrift; m\u{f6}glich sind \"none\" (der Titel des \
             Widgets entf\u{e4}llt, wenn die Seite einen eigenen hat) oder \"show\" (die Vorgabe)."
        ),
        OptionProblem::TeamEntry { at } => format!(
            "{at} ist keine Einstellung f\u{fc}r den Teameinstieg; m\u{f6}glich sind \"hidden\" (keine \
             Schaltfl\u{e4}che \u{201e}Team vergleichen\u{201c} auf der Startseite) oder \"shown\" (die Vorgabe)."
        ),
        OptionProblem::LanguageNotOffered { at, offered } => format!(
            "{at} wird von diesem Fragebogen nicht angeboten; er hat: {}.",
            offered.join(", ")
        ),
        OptionProblem::NoCommonLanguage { offered } => format!(
            "{}, die Oberfl\u{e4}che des Widgets spricht {}: Erg\u{e4}nzen Sie im Fragebogen Texte \
             in einer dieser Sprachen (und nennen Sie sie unter \"languages\"), sonst w\u{fc}rde \
             das Widget Sprachen mischen.",
            if offered.is_empty() {
                "Der Fragebogen nennt keine Sprache".to_string()
            } else {
                format!("Den Fragebogen gibt es nur in {}", offered.join(", "))
            },
            TRANSLATED.join(", ")
        ),
        OptionProblem::NoElement { at, id } => format!(
            "{at}: Auf der Seite gibt es kein Element mit dieser ID; f\u{fc}gen Sie \
             <script type=\"application/json\" id=\"{id}\"> mit dem Fragebogen hinzu."
        ),
        OptionProblem::NotJson { at, id, found } => {
            let found = match found {
                FoundElement::Script(t) => format!("<script type=\"{t}\">"),
                FoundElement::ScriptWithoutType => "<script> ohne type".to_string(),
                FoundElement::Other(tag) => format!("<{tag}>"),
            };
            format!(
                "{at}: Das Element #{id} ist ein {found}; der Fragebogen muss in einem \
                 <script type=\"application/json\">-Element stehen."
            )
        }
        OptionProblem::Questionnaire { id, problem } => {
            format!("Fragebogen #{id}: {}: {}", problem.path, reason(&problem.reason))
        }
        OptionProblem::QuestionnaireLanguage { id, problem } => {
            format!("Fragebogen #{id}: {}", option_problem(problem))
        }
    }
}

pub(super) fn misfit(m: &Misfit) -> String {
    match m {
        Misfit::Count { answers, questions } => {
            format!("{answers} Antworten f\u{fc}r einen Fragebogen mit {questions} Fragen")
        }
        Misfit::NoScale { question } => format!("Frage {question} hat keine Skala"),
        Misfit::OutOfRange {
            question,
            value,
            min,
            max,
            count: true,
        } => format!("die Antwort {value} auf Frage {question} liegt au\u{df}erhalb ihres Bereichs {min}\u{2013}{max}"),
        Misfit::OutOfRange {
            question,
            value,
            max,
            count: false,
            ..
        } => format!("die Antwort {value} auf Frage {question} liegt au\u{df}erhalb ihrer Skala 1\u{2013}{max}"),
        Misfit::NoCantSay { question } => {
            format!("Frage {question} bietet kein \u{201e}kann ich nicht sagen\u{201c} an")
        }
        Misfit::TooManyQuestions { estimated, max } => format!(
            "der Fragebogen hat zu viele Fragen f\u{fc}r einen Ergebniscode (er br\u{e4}uchte \
             etwa {estimated} Zeichen, h\u{f6}chstens {max} sind m\u{f6}glich)"
        ),
    }
}

/// Why a questionnaire or suggestion rules are not valid, in German.
pub(super) fn reason(r: &Reason) -> String {
    let q = |s: &str| format!("\u{201e}{s}\u{201c}");
    match r {
        Reason::TooLarge(bytes, limit) => {
            format!("der Fragebogen hat {bytes} Bytes; h\u{f6}chstens {limit} Bytes sind m\u{f6}glich")
        }
        Reason::RulesTooLarge(bytes, limit) => {
            format!("die Regeln haben {bytes} Bytes; h\u{f6}chstens {limit} Bytes sind m\u{f6}glich")
        }
        Reason::NotJson(line, column, what) => {
            format!("kein g\u{fc}ltiges JSON (Zeile {line}, Spalte {column}): {}", syntax(*what))
        }
        Reason::Expected(what, found) => {
            format!("erwartet: {}, gefunden: {}", expected(*what), found_text(found))
        }
        Reason::MissingField => "Feld fehlt".into(),
        Reason::UnknownField => "unbekanntes Feld".into(),
        Reason::NotRules(line, column, detail) => format!(
            "keine g\u{fc}ltigen Vorschlagsregeln (Zeile {line}, Spalte {column}; Meldung des JSON-Lesers: {detail})"
        ),
        Reason::Empty => "darf nicht leer sein".into(),
        Reason::IdEmpty => "die ID darf nicht leer sein".into(),
        Reason::IdChars(id) => format!(
            "die ID {} darf nur Buchstaben, Ziffern, \u{201e}_\u{201c} und \u{201e}-\u{201c} enthalten (h\u{f6}chstens 40 Zeichen)",
            q(id)
        ),
        Reason::MissingTranslation(l) => format!("die \u{dc}bersetzung f\u{fc}r {} fehlt", q(l)),
        Reason::EmptyText => "leerer Text".into(),
        Reason::NoLanguage => "mindestens eine Sprache ist n\u{f6}tig".into(),
        Reason::DuplicateLanguage(l) => format!("die Sprache {} ist doppelt", q(l)),
        Reason::NotLanguageCode(l) => format!(
            "{} ist kein Sprachcode wie \u{201e}en\u{201c} oder \u{201e}de\u{201c}",
            q(l)
        ),
        Reason::DuplicateScale(id) => format!("die Skalen-ID {} ist doppelt", q(id)),
        Reason::TooFewPoints(p) => {
            format!("eine Skala braucht mindestens 2 Stufen, diese hat {p}")
        }
        Reason::TooManyPoints(p) => {
            format!("eine Skala darf h\u{f6}chstens 11 Stufen haben, diese hat {p}")
        }
        Reason::LabelCount(n, p) => format!(
            "{n} {} f\u{fc}r eine Skala mit {p} Stufen",
            if *n == 1 { "Beschriftung" } else { "Beschriftungen" }
        ),
        Reason::EmptyLabel => "leere Beschriftung".into(),
        Reason::UnknownScale(id) => format!("unbekannte Skala {}", q(id)),
        Reason::DuplicateId(id, first) => {
            format!("die ID {} ist doppelt (zuerst verwendet bei {first})", q(id))
        }
        Reason::TooFewDimensions(n) => format!(
            "ein Radar braucht mindestens 3 Dimensionen, hier {} es {n}",
            if *n == 1 { "ist" } else { "sind" }
        ),
        Reason::TooManyDimensions(max) => {
            format!("h\u{f6}chstens {max} Dimensionen werden unterst\u{fc}tzt")
        }
        Reason::UnknownDimension(id) => format!("unbekannte Dimension {}", q(id)),
        Reason::TooFewItems(d, n, min) => format!(
            "die Dimension {} hat {n} {}; mindestens {min} sind n\u{f6}tig",
            q(d),
            if *n == 1 { "Aussage" } else { "Aussagen" }
        ),
        Reason::TooManyReversed(d, n) => format!(
            "die Dimension {} hat {n} umgekehrt gepolte Aussagen; h\u{f6}chstens eine ist erlaubt",
            q(d)
        ),
        Reason::TeamSizeMin(min) => format!(
            "ein Team hat mindestens 2 Personen (Sie und eine Kollegin oder ein Kollege), daher \
             muss die kleinste Teamgr\u{f6}\u{df}e mindestens 2 sein, nicht {min}"
        ),
        Reason::NoCounts => {
            "der Netzwerk-Block braucht mindestens eine Frage nach der Zahl der Teammitglieder".into()
        }
        Reason::TooManyCounts(n, max) => format!(
            "{n} Zahlfragen; h\u{f6}chstens {max} werden unterst\u{fc}tzt"
        ),
        Reason::CountMinNotZero(min) => format!(
            "eine Zahl von Teammitgliedern muss 0 (niemand) erlauben, ihr Minimum ist aber {min}"
        ),
        Reason::CountMaxAboveTeam(largest, size, max) => format!(
            "in einem Team von h\u{f6}chstens {size} Personen sind h\u{f6}chstens {largest} \
             Teammitglieder m\u{f6}glich (die gr\u{f6}\u{df}te Teamgr\u{f6}\u{df}e ohne die antwortende Person), \
             das Maximum ist aber {max}"
        ),
        Reason::TooManyQuestions(n, max) => format!(
            "{n} Fragen; h\u{f6}chstens {max} werden unterst\u{fc}tzt"
        ),
        Reason::NoSection => "mindestens ein Abschnitt ist n\u{f6}tig".into(),
        Reason::DuplicateSection(id) => format!("die Abschnitts-ID {} ist doppelt", q(id)),
        Reason::EmptySection => "ein Abschnitt braucht mindestens eine Frage".into(),
        Reason::UnknownQuestion(id) => format!("unbekannte Frage {}", q(id)),
        Reason::QuestionPlacedTwice(id, first) => {
            format!("die Frage {} steht bereits bei {first}", q(id))
        }
        Reason::QuestionInNoSection(id) => {
            format!("die Frage {} steht in keinem Abschnitt", q(id))
        }
        Reason::CountNegative(min) => {
            format!("eine Zahl kann nicht negativ sein, das Minimum ist aber {min}")
        }
        Reason::CountMinAboveMax(min, max) => {
            format!("das Minimum ({min}) ist gr\u{f6}\u{df}er als das Maximum ({max})")
        }
        Reason::CountMaxTooHigh(limit, max) => format!(
            "eine Zahl darf h\u{f6}chstens bis {limit} reichen, das Maximum ist aber {max}"
        ),
        Reason::ActorCount(actors, actions) => format!(
            "{actors} Handelnde f\u{fc}r {actions} Schritte; bitte je Schritt eine Angabe, in derselben Reihenfolge"
        ),
        Reason::ActionCount(n, min, max) => format!(
            "{n} {}; n\u{f6}tig sind {min} bis {max}",
            if *n == 1 { "Schritt" } else { "Schritte" }
        ),
        Reason::NotScore(v) => format!("{v} ist kein Wert zwischen 0 und 100"),
        Reason::BandOrder(low, high) => {
            format!("low_below ({low}) muss kleiner sein als high_from ({high})")
        }
        Reason::NoAdvice(d) => format!("keine Hinweise f\u{fc}r die Dimension {}", q(d)),
        Reason::NoBandAdvice(band) => format!("keine Hinweise f\u{fc}r den Bereich {}", q(band)),
        Reason::DuplicatePattern(id, first) => format!(
            "die Muster-ID {} ist doppelt (zuerst verwendet bei $.patterns[{first}])",
            q(id)
        ),
        Reason::EmptyPattern => "ein Muster braucht mindestens eine Bedingung".into(),
        Reason::UnknownFigure(f) => format!(
            "unbekannte Kennzahl {}; m\u{f6}glich sind \u{201e}conditions\u{201c} und \u{201e}spread\u{201c}",
            q(f)
        ),
        Reason::DimensionOrFigure => {
            "bitte genau eines von \u{201e}dimension\u{201c} und \u{201e}figure\u{201c} angeben".into()
        }
        Reason::BandOrNotBand => {
            "bitte genau eines von \u{201e}band\u{201c} und \u{201e}not_band\u{201c} angeben".into()
        }
        Reason::UnknownBand(b) => format!(
            "unbekannter Bereich {}; m\u{f6}glich sind \u{201e}low\u{201c}, \u{201e}middle\u{201c} und \u{201e}high\u{201c}",
            q(b)
        ),
        Reason::UnknownActor(a) => format!(
            "unbekannte Rolle {}; m\u{f6}glich sind \u{201e}you\u{201c}, \u{201e}team\u{201c} und \u{201e}leader\u{201c}",
            q(a)
        ),
        Reason::Contradiction(d) => format!(
            "die Bedingungen zu {} widersprechen sich; das Muster kann nie zutreffen",
            q(d)
        ),
        Reason::SamePattern(first) => format!(
            "dieselben Bedingungen wie $.patterns[{first}]; eines der beiden Muster w\u{fc}rde das andere stets wiederholen"
        ),
        Reason::UnknownTeamRule(id, known) => {
            format!("unbekannte Teamregel {}; bekannt sind: {}", q(id), known.join(", "))
        }
        Reason::DuplicateTeamRule(id, first) => {
            format!("die Teamregel {} ist doppelt (zuerst bei $.team[{first}])", q(id))
        }
        Reason::MissingTeamRule(id) => format!("die Teamregel {} fehlt", q(id)),
    }
}

pub(super) fn syntax(s: Syntax) -> &'static str {
    match s {
        Syntax::TrailingText => "weiterer Text nach dem Ende des Dokuments",
        Syntax::ExpectedValue => "hier fehlt ein Wert",
        Syntax::UnexpectedEnd => "das Dokument endet zu fr\u{fc}h",
        Syntax::TooDeep => "zu tief verschachtelt",
        Syntax::ExpectedKey => {
            "erwartet wird ein Schl\u{fc}ssel in doppelten Anf\u{fc}hrungszeichen"
        }
        Syntax::ExpectedColon => "nach dem Schl\u{fc}ssel fehlt \u{201e}:\u{201c}",
        Syntax::DuplicateKey => "doppelter Schl\u{fc}ssel",
        Syntax::ExpectedCommaOrBrace => "erwartet wird \u{201e},\u{201c} oder \u{201e}}\u{201c}",
        Syntax::ExpectedCommaOrBracket => "erwartet wird \u{201e},\u{201c} oder \u{201e}]\u{201c}",
        Syntax::ExpectedHex => "nach \\u werden vier Hexadezimalziffern erwartet",
        Syntax::UnterminatedString => "nicht abgeschlossene Zeichenkette",
        Syntax::UnpairedSurrogate => "einzelnes Surrogat in einer \\u-Escape-Folge",
        Syntax::UnknownEscape => "unbekannte Escape-Folge in einer Zeichenkette",
        Syntax::ControlCharacter => "Steuerzeichen in einer Zeichenkette",
        Syntax::InvalidNumber => "ung\u{fc}ltige Zahl",
    }
}

pub(super) fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Null => "null",
        Kind::Bool => "true/false",
        Kind::Number => "eine Zahl",
        Kind::String => "eine Zeichenkette",
        Kind::Array => "eine Liste",
        Kind::Object => "ein Objekt",
    }
}

pub(super) fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "ein Objekt",
        Expected::String => "eine Zeichenkette",
        Expected::Array => "eine Liste",
        Expected::Bool => "true oder false",
        Expected::WholeNumber => "eine ganze Zahl",
        Expected::Byte => "eine ganze Zahl von 0 bis 255",
    }
}

pub(super) fn found_text(f: &Found) -> String {
    match f {
        Found::Kind(k) => kind(*k).into(),
        Found::Number(n) => n.clone(),
    }
}
