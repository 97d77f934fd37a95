//! English wording of the checks the domain reports as typed facts: differencing
//! refusals and withheld figures, files, embed options, answers that do not fit, and
//! questionnaire problems (split from `en.rs` to keep one job per file).

use super::*;

/// A shown view as named in refusals.
pub(super) fn view(r: &ViewRef) -> String {
    format!("view {} (group {})", r.number, r.group)
}

pub(super) fn views(v: &[ViewRef]) -> String {
    views_in(v, view, " and ")
}

/// The figure a refusal is about, as a parenthesis (empty for the group as a whole).
pub(super) fn figure_note(f: Figure, name: &dyn Fn(Figure) -> String) -> String {
    figure_named(f, name)
        .map(|n| format!(" (in the figures for \u{201c}{n}\u{201d})"))
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
            let who = if k == 1 {
                "1 person".to_string()
            } else {
                format!("{k} people")
            };
            let be = if k == 1 { "is" } else { "are" };
            let where_ = match (in_candidate, in_views.is_empty(), not_in_views.is_empty()) {
                (true, true, _) => {
                    format!("{who} in this group {be} in none of the views shown before ({out})")
                }
                (true, false, true) => format!("{who} in this group {be} also in {inn}"),
                (true, false, false) => {
                    format!("{who} in this group {be} also in {inn} but not in {out}")
                }
                (false, _, true) => format!("{who} from {inn} {be} not in this group"),
                (false, _, false) => {
                    format!("{who} from {inn} {be} neither in this group nor in {out}")
                }
            };
            format!(
                "{where_}{f}. Together with what was already shown, {} answers could be worked out. A group is shown when it equals each earlier view exactly or differs from it by at least {min} people on each side, so that every part these views split people into is empty or has at least {min} people.",
                if k == 1 { "their" } else { "those people's" }
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
                    "This team summary counts {n} people{f}; groups read from codes in this session count {t} (alone or together). The summary could be those people with fewer than {min} more or fewer, and the difference would reveal their answers; a summary code carries no list of its members, so this cannot be ruled out. It can be shown when its size differs from every such count by at least {min}."
                ),
                (false, _) => format!(
                    "This group counts, alone or together with groups shown before, {t} people{f}, close to the {n} of the team summary shown earlier. The summary could be those people with fewer than {min} more or fewer, and the difference would reveal their answers. It can be shown when these counts differ by at least {min}."
                ),
                (true, true) => format!(
                    "This team summary counts {n} people{f} and a summary shown before counts {t}: they could be the same team with {} {} more or fewer, whose answers their difference would reveal. Summaries of the same size, or of sizes at least {min} apart, can be shown together.",
                    n.abs_diff(t),
                    people(n.abs_diff(t))
                ),
            }
        }
        Refusal::TooManyViews => format!(
            "This session has already shown {MAX_VIEWS} different groups; further groups can no longer be checked and are not shown."
        ),
    }
}

pub(super) fn withheld(names: &[String], min: usize) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|n| format!("\u{201c}{n}\u{201d}"))
        .collect();
    format!(
        "Not shown for this group: {}. Together with the groups shown before in this session, each of these figures would rest on fewer than {min} people of its own, whose answers could then be worked out. Everything else is shown.",
        join(&quoted, " and ")
    )
}

pub(super) fn file_problem(p: &FileProblem) -> String {
    format!(
        "{}: {} KB; at most {} KB can be loaded. Nothing was added.",
        p.name,
        p.bytes / 1024,
        p.max_bytes / 1024
    )
}

pub(super) fn storage_flaw(f: &StorageFlaw) -> String {
    match f {
        StorageFlaw::Space => "it contains a space".into(),
        StorageFlaw::Character(c) => format!("it contains \"{}\"", c.escape_debug()),
        StorageFlaw::TooLong(len) => {
            format!("it has {len} characters, the most is {MAX_STORAGE_LEN}")
        }
    }
}

pub(super) fn option_problem(p: &OptionProblem) -> String {
    match p {
        OptionProblem::Language { at } => format!(
            "{at} is not a supported language; use one of: {}.",
            TRANSLATED.join(", ")
        ),
        OptionProblem::LanguageNotBuilt { at } => format!(
            "{at}: this copy of the widget is built with {} only; use the bundle with all \
             languages, or the one built for that language.",
            LANGUAGES.join(", ")
        ),
        OptionProblem::Mode { at } => format!(
            "{at} is not a mode; use \"self\" (the self-assessment) or \"team\" (the team view)."
        ),
        OptionProblem::MinGroupNotNumber { at } => format!(
            "{at} is not a whole number; use a group size from {MIN_GROUP_FLOOR} to \
             {MAX_MIN_GROUP} (default {DEFAULT_MIN_GROUP})."
        ),
        OptionProblem::MinGroupTooSmall { at } => format!(
            "{at} is too small: team figures need at least {MIN_GROUP_FLOOR} people so \
             that no one can be singled out."
        ),
        OptionProblem::MinGroupTooLarge { at } => format!(
            "{at} is too large; use a whole number from {MIN_GROUP_FLOOR} to {MAX_MIN_GROUP}."
        ),
        OptionProblem::QuestionnaireId { at } => format!(
            "{at} is not an element id (ids contain no spaces); give the id of a \
             <script type=\"application/json\"> element on this page."
        ),
        OptionProblem::Storage { at, flaw } => format!(
            "{at} is not a storage name ({}); use 1–{MAX_STORAGE_LEN} characters from \
             A–Z, a–z, 0–9, \"_\" and \"-\".",
            storage_flaw(flaw)
        ),
        OptionProblem::Header { at } => format!(
            "{at} is not a header setting; use \"none\" (hide the widget's title, when \
             the page has its own) or \"show\" (the default)."
        ),
        OptionProblem::TeamEntry { at } => format!(
            "{at} is not a team-entry setting; use \"hidden\" (no \"Compare a team\" \
             button on the start screen) or \"shown\" (the default)."
        ),
        OptionProblem::LanguageNotOffered { at, offered } => format!(
            "{at} is not offered by this questionnaire; it has: {}.",
            offered.join(", ")
        ),
        OptionProblem::NoCommonLanguage { offered } => format!(
            "the questionnaire is in {} only, and the widget's interface speaks {}: \
             add texts in one of the interface's languages to the questionnaire (and list \
             it in \"languages\"), or the widget would mix languages.",
            if offered.is_empty() {
                "no language".to_string()
            } else {
                offered.join(", ")
            },
            TRANSLATED.join(", ")
        ),
        OptionProblem::NoElement { at, id } => format!(
            "{at}: there is no element with this id on the page; add \
             <script type=\"application/json\" id=\"{id}\"> holding the questionnaire."
        ),
        OptionProblem::NotJson { at, id, found } => {
            let found = match found {
                FoundElement::Script(t) => format!("<script type=\"{t}\">"),
                FoundElement::ScriptWithoutType => "<script> without type".to_string(),
                FoundElement::Other(tag) => format!("<{tag}>"),
            };
            format!(
                "{at}: element #{id} is a {found}; the questionnaire must be in a \
                 <script type=\"application/json\"> element."
            )
        }
        OptionProblem::Questionnaire { id, problem } => {
            format!(
                "questionnaire #{id}: {}: {}",
                problem.path,
                reason(&problem.reason)
            )
        }
        OptionProblem::QuestionnaireLanguage { id, problem } => {
            format!("questionnaire #{id}: {}", option_problem(problem))
        }
    }
}

pub(super) fn misfit(m: &Misfit) -> String {
    match m {
        Misfit::Count { answers, questions } => {
            format!("{answers} answers for a questionnaire of {questions} questions")
        }
        Misfit::NoScale { question } => format!("question {question} has no scale"),
        Misfit::OutOfRange {
            question,
            value,
            min,
            max,
            count: true,
        } => {
            format!("answer {value} to question {question} is outside its range {min}\u{2013}{max}")
        }
        Misfit::OutOfRange {
            question,
            value,
            max,
            count: false,
            ..
        } => format!("answer {value} to question {question} is outside its 1\u{2013}{max} scale"),
        Misfit::NoCantSay { question } => {
            format!("question {question} offers no \"can't say\"")
        }
        Misfit::TooManyQuestions { estimated, max } => format!(
            "the questionnaire has too many questions for a result code (it would need \
             about {estimated} characters, at most {max} are supported)"
        ),
    }
}

/// Why a questionnaire or suggestion rules are not valid (English wording kept as it
/// was when the domain produced it).
pub(super) fn reason(r: &Reason) -> String {
    let q = |s: &str| format!("\"{s}\"");
    match r {
        Reason::TooLarge(bytes, limit) => {
            format!("the questionnaire is {bytes} bytes; the limit is {limit} bytes")
        }
        Reason::RulesTooLarge(bytes, limit) => {
            format!("the rules are {bytes} bytes; the limit is {limit} bytes")
        }
        Reason::NotJson(line, column, what) => {
            format!(
                "not valid JSON (line {line}, column {column}): {}",
                syntax(*what)
            )
        }
        Reason::Expected(what, found) => {
            format!("expected {}, found {}", expected(*what), found_text(found))
        }
        Reason::MissingField => "missing field".into(),
        Reason::UnknownField => "unknown field".into(),
        Reason::NotRules(line, column, detail) => {
            format!("not valid suggestion rules (line {line}, column {column}): {detail}")
        }
        Reason::Empty => "must not be empty".into(),
        Reason::IdEmpty => "id must not be empty".into(),
        Reason::IdChars(id) => format!(
            "id {} may only use letters, digits, '_' and '-' (at most 40)",
            q(id)
        ),
        Reason::MissingTranslation(l) => format!("missing translation for {}", q(l)),
        Reason::EmptyText => "empty text".into(),
        Reason::NoLanguage => "at least one language is needed".into(),
        Reason::DuplicateLanguage(l) => format!("duplicate language {}", q(l)),
        Reason::NotLanguageCode(l) => {
            format!("{} is not a language code such as \"en\" or \"de\"", q(l))
        }
        Reason::DuplicateScale(id) => format!("duplicate scale id {}", q(id)),
        Reason::TooFewPoints(p) => format!("a scale needs at least 2 points, this one has {p}"),
        Reason::TooManyPoints(p) => {
            format!("a scale may have at most 11 points, this one has {p}")
        }
        Reason::LabelCount(n, p) => format!("{n} labels for a {p}-point scale"),
        Reason::EmptyLabel => "empty label".into(),
        Reason::UnknownScale(id) => format!("unknown scale {}", q(id)),
        Reason::DuplicateId(id, first) => {
            format!("duplicate id {} (first used at {first})", q(id))
        }
        Reason::TooFewDimensions(n) => {
            format!("a radar needs at least 3 dimensions, there are {n}")
        }
        Reason::TooManyDimensions(max) => format!("at most {max} dimensions are supported"),
        Reason::UnknownDimension(id) => format!("unknown dimension {}", q(id)),
        Reason::TooFewItems(d, n, min) => format!(
            "dimension {} has {n} {}; at least {min} are needed",
            q(d),
            if *n == 1 { "item" } else { "items" }
        ),
        Reason::TooManyReversed(d, n) => format!(
            "dimension {} has {n} reverse-keyed items; at most one is allowed",
            q(d)
        ),
        Reason::TeamSizeMin(min) => format!(
            "a team has at least 2 people (you and one teammate), so the smallest team \
             size must be at least 2, not {min}"
        ),
        Reason::NoCounts => "the network block needs at least one count of teammates".into(),
        Reason::TooManyCounts(n, max) => format!("{n} counts; at most {max} are supported"),
        Reason::CountMinNotZero(min) => {
            format!("a count of teammates must allow 0 (nobody), but its minimum is {min}")
        }
        Reason::CountMaxAboveTeam(largest, size, max) => format!(
            "at most {largest} teammates are possible in a team of at most {size} (the \
             largest team size minus the person answering), but the maximum is {max}"
        ),
        Reason::TooManyQuestions(n, max) => format!("{n} questions; at most {max} are supported"),
        Reason::NoSection => "at least one section is needed".into(),
        Reason::DuplicateSection(id) => format!("duplicate section id {}", q(id)),
        Reason::EmptySection => "a section needs at least one question".into(),
        Reason::UnknownQuestion(id) => format!("unknown question {}", q(id)),
        Reason::QuestionPlacedTwice(id, first) => {
            format!("question {} is already placed at {first}", q(id))
        }
        Reason::QuestionInNoSection(id) => format!("question {} is in no section", q(id)),
        Reason::CountNegative(min) => {
            format!("a count cannot be negative, but the minimum is {min}")
        }
        Reason::CountMinAboveMax(min, max) => {
            format!("the minimum ({min}) is larger than the maximum ({max})")
        }
        Reason::CountMaxTooHigh(limit, max) => {
            format!("a count may go up to at most {limit}, but the maximum is {max}")
        }
        Reason::ActorCount(actors, actions) => {
            format!("{actors} actors for {actions} actions; give one per action, in the same order")
        }
        Reason::ActionCount(n, min, max) => format!(
            "{n} {}; between {min} and {max} are needed",
            if *n == 1 { "action" } else { "actions" }
        ),
        Reason::NotScore(v) => format!("{v} is not a score between 0 and 100"),
        Reason::BandOrder(low, high) => {
            format!("low_below ({low}) must be below high_from ({high})")
        }
        Reason::NoAdvice(d) => format!("no advice for dimension {}", q(d)),
        Reason::NoBandAdvice(band) => format!("no advice for the {band} band"),
        Reason::DuplicatePattern(id, first) => format!(
            "duplicate pattern id {} (first used at $.patterns[{first}])",
            q(id)
        ),
        Reason::EmptyPattern => "a pattern needs at least one condition".into(),
        Reason::UnknownFigure(f) => {
            format!("unknown figure {}; use \"conditions\" or \"spread\"", q(f))
        }
        Reason::DimensionOrFigure => "give exactly one of \"dimension\" and \"figure\"".into(),
        Reason::BandOrNotBand => "give exactly one of \"band\" and \"not_band\"".into(),
        Reason::UnknownBand(b) => {
            format!("unknown band {}; use \"low\", \"middle\" or \"high\"", q(b))
        }
        Reason::UnknownActor(a) => {
            format!(
                "unknown actor {}; use \"you\", \"team\" or \"leader\"",
                q(a)
            )
        }
        Reason::Contradiction(d) => format!(
            "the conditions on {} contradict each other; the pattern can never fire",
            q(d)
        ),
        Reason::SamePattern(first) => format!(
            "same conditions as $.patterns[{first}]; one of the two would always repeat \
             the other"
        ),
        Reason::UnknownTeamRule(id, known) => {
            format!("unknown team rule {}; known: {}", q(id), known.join(", "))
        }
        Reason::DuplicateTeamRule(id, first) => {
            format!("duplicate team rule {} (first at $.team[{first}])", q(id))
        }
        Reason::MissingTeamRule(id) => format!("missing team rule {}", q(id)),
    }
}

pub(super) fn syntax(s: Syntax) -> &'static str {
    match s {
        Syntax::TrailingText => "unexpected text after the end of the document",
        Syntax::ExpectedValue => "expected a value",
        Syntax::UnexpectedEnd => "unexpected end of the document",
        Syntax::TooDeep => "nested too deeply",
        Syntax::ExpectedKey => "expected a key in double quotes",
        Syntax::ExpectedColon => "expected ':' after the key",
        Syntax::DuplicateKey => "duplicate key",
        Syntax::ExpectedCommaOrBrace => "expected ',' or '}'",
        Syntax::ExpectedCommaOrBracket => "expected ',' or ']'",
        Syntax::ExpectedHex => "expected four hex digits after \\u",
        Syntax::UnterminatedString => "unterminated string",
        Syntax::UnpairedSurrogate => "unpaired surrogate in \\u escape",
        Syntax::UnknownEscape => "unknown escape in string",
        Syntax::ControlCharacter => "control character in string",
        Syntax::InvalidNumber => "invalid number",
    }
}

pub(super) fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Null => "null",
        Kind::Bool => "true/false",
        Kind::Number => "a number",
        Kind::String => "a string",
        Kind::Array => "an array",
        Kind::Object => "an object",
    }
}

pub(super) fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Object => "an object",
        Expected::String => "a string",
        Expected::Array => "an array",
        Expected::Bool => "true or false",
        Expected::WholeNumber => "a whole number",
        Expected::Byte => "a whole number from 0 to 255",
    }
}

pub(super) fn found_text(f: &Found) -> String {
    match f {
        Found::Kind(k) => kind(*k).into(),
        Found::Number(n) => n.clone(),
    }
}
