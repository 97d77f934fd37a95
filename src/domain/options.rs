//! Widget options as a host page writes them: `data-*` attributes on the mount element.
//!
//! Parsing is pure: [`parse`] takes an attribute getter and returns either the options or
//! one typed [`OptionProblem`] per invalid attribute (all of them, not only the first),
//! worded by `i18n`, so a page editor can fix everything in one go. `src/mount.rs` reads the
//! attributes and turns the options into an `app::Config`.
//!
//! | attribute            | values                                  | default          |
//! |----------------------|-----------------------------------------|------------------|
//! | `data-lang`          | `en`, `de`, `fr`                        | questionnaire's first language |
//! | `data-mode`          | `self`, `team`                          | `self`           |
//! | `data-min-group`     | whole number, 3 to [`MAX_MIN_GROUP`]    | 5                |
//! | `data-questionnaire` | id of a `<script type="application/json">` | built-in      |
//! | `data-storage`       | 1–40 of `A–Z a–z 0–9 _ -`               | one per widget: `default`, `default-2`, … |
//! | `data-header`        | `show`, `none` (the page has its own title) | `show`       |
//! | `data-team-entry`    | `shown`, `hidden` (no "Compare a team" in self mode) | `shown` |
//!
//! Values are trimmed; an empty value counts as not set. Language and mode are
//! case-insensitive.

use super::questionnaire::Problem;

/// Attribute: interface language.
pub const ATTR_LANG: &str = "data-lang";
/// Attribute: what the widget opens with.
pub const ATTR_MODE: &str = "data-mode";
/// Attribute: minimum group size for team figures.
pub const ATTR_MIN_GROUP: &str = "data-min-group";
/// Attribute: id of an inline JSON questionnaire.
pub const ATTR_QUESTIONNAIRE: &str = "data-questionnaire";
/// Attribute: storage namespace.
pub const ATTR_STORAGE: &str = "data-storage";
/// Attribute: show or hide the widget's own title bar.
pub const ATTR_HEADER: &str = "data-header";
/// Attribute: show or hide the "Compare a team" entry on the start screen.
pub const ATTR_TEAM_ENTRY: &str = "data-team-entry";
/// Every attribute the widget reads, in the order [`parse_attrs`] reads them.
pub const ATTRS: [&str; 7] = [
    ATTR_LANG,
    ATTR_MODE,
    ATTR_MIN_GROUP,
    ATTR_QUESTIONNAIRE,
    ATTR_STORAGE,
    ATTR_HEADER,
    ATTR_TEAM_ENTRY,
];

/// Languages the widget's interface speaks (kept equal to `i18n::LANGUAGES` by a test).
/// The `lang-*` features choose them; all three in the default build.
pub const LANGUAGES: &[&str] = &[
    #[cfg(feature = "lang-en")]
    "en",
    #[cfg(feature = "lang-de")]
    "de",
    #[cfg(feature = "lang-fr")]
    "fr",
];

/// Every language the widget is translated into: a build speaks [`LANGUAGES`], all of
/// them by default or one (`--no-default-features --features lang-de`).
pub const TRANSLATED: &[&str] = &["en", "de", "fr"];
pub use super::team::{DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR};
/// The largest accepted minimum group size (a guard against typos such as `50000`).
pub const MAX_MIN_GROUP: usize = 1000;
/// Storage namespace of the first widget on a page without `data-storage`; later ones
/// get [`default_storage`]`(2)`, `(3)`, … so that no two widgets share progress.
pub const DEFAULT_STORAGE: &str = "default";
/// Longest storage namespace.
pub const MAX_STORAGE_LEN: usize = 40;

/// What the widget opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The self-assessment (start screen, survey, results).
    #[default]
    SelfAssessment,
    /// The team view (paste codes, team results, comparisons).
    Team,
}

/// Validated widget options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Interface language (one of [`LANGUAGES`]); `None` = the questionnaire's first.
    pub lang: Option<String>,
    /// What the widget opens with.
    pub mode: Mode,
    /// Minimum group size for team figures, at least [`MIN_GROUP_FLOOR`].
    pub min_group: usize,
    /// Element id of an inline `<script type="application/json">` questionnaire.
    pub questionnaire: Option<String>,
    /// Storage namespace, `[A-Za-z0-9_-]{1,40}`; `None` = one of its own per widget
    /// ([`default_storage`]).
    pub storage: Option<String>,
    /// Whether the widget shows its own title (the questionnaire's); `false` when the
    /// host page already has one (`data-header="none"`).
    pub header: bool,
    /// Whether the start screen offers the team view (`data-team-entry="hidden"`
    /// turns it off; the team mode itself is unaffected).
    pub team_entry: bool,
}

/// The storage namespace of the `n`-th (1-based) widget on a page that sets no
/// `data-storage`: `default`, `default-2`, `default-3`, …
pub fn default_storage(n: usize) -> String {
    if n <= 1 {
        DEFAULT_STORAGE.to_string()
    } else {
        format!("{DEFAULT_STORAGE}-{n}")
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: None,
            mode: Mode::SelfAssessment,
            min_group: DEFAULT_MIN_GROUP,
            questionnaire: None,
            storage: None,
            header: true,
            team_entry: true,
        }
    }
}

/// A value quoted for a message, shortened when very long.
fn quoted(name: &str, value: &str) -> String {
    const MAX: usize = 60;
    let shown: String = if value.chars().count() > MAX {
        value.chars().take(MAX).chain(['…']).collect()
    } else {
        value.to_string()
    };
    format!("{name}=\"{shown}\"")
}

/// How the options are spelled on the element: `data-lang` on a placeholder element,
/// `lang` on `<leadership-radar>`. Messages name the attribute as the page wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Attrs {
    /// `data-lang`, `data-mode`, … (any element marked `data-leadership-radar`).
    #[default]
    Data,
    /// `lang`, `mode`, … (the `<leadership-radar>` custom element).
    Element,
}

impl Attrs {
    /// The attribute name for one of the `ATTR_*` constants.
    pub fn name(self, attr: &'static str) -> &'static str {
        match self {
            Attrs::Data => attr,
            Attrs::Element => attr.strip_prefix("data-").unwrap_or(attr),
        }
    }
}

/// Why a storage name cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFlaw {
    /// It contains a space.
    Space,
    /// It contains this character (not a letter, digit, `_` or `-`).
    Character(char),
    /// It has this many characters, more than [`MAX_STORAGE_LEN`].
    TooLong(usize),
}

/// What was found where the questionnaire's `<script type="application/json">` belongs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FoundElement {
    /// A `<script>` with this `type`.
    Script(String),
    /// A `<script>` without `type`.
    ScriptWithoutType,
    /// Another element (its lower-case tag name).
    Other(String),
}

/// An option of the embed snippet that cannot be used. `at` is the attribute with the
/// value the page gave it (`data-mode="boss"`, shortened when very long). Worded by
/// `i18n` in every interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionProblem {
    /// Not one of [`TRANSLATED`].
    Language {
        /// The attribute and its value.
        at: String,
    },
    /// One of [`TRANSLATED`], but not one of this build's [`LANGUAGES`] (a
    /// single-language bundle).
    LanguageNotBuilt {
        /// The attribute and its value.
        at: String,
    },
    /// Not `self` or `team`.
    Mode {
        /// The attribute and its value.
        at: String,
    },
    /// The minimum group is not a whole number.
    MinGroupNotNumber {
        /// The attribute and its value.
        at: String,
    },
    /// The minimum group is below [`MIN_GROUP_FLOOR`].
    MinGroupTooSmall {
        /// The attribute and its value.
        at: String,
    },
    /// The minimum group is above [`MAX_MIN_GROUP`].
    MinGroupTooLarge {
        /// The attribute and its value.
        at: String,
    },
    /// The questionnaire attribute is not an element id (it has spaces).
    QuestionnaireId {
        /// The attribute and its value.
        at: String,
    },
    /// The storage name has a character or length it may not have.
    Storage {
        /// The attribute and its value.
        at: String,
        /// What is wrong with it.
        flaw: StorageFlaw,
    },
    /// Not `none` or `show`.
    Header {
        /// The attribute and its value.
        at: String,
    },
    /// Not `hidden` or `shown`.
    TeamEntry {
        /// The attribute and its value.
        at: String,
    },
    /// The language asked for is not one the questionnaire offers.
    LanguageNotOffered {
        /// The attribute and its value.
        at: String,
        /// The questionnaire's languages.
        offered: Vec<String>,
    },
    /// The questionnaire offers none of the interface's languages.
    NoCommonLanguage {
        /// The questionnaire's languages (possibly none).
        offered: Vec<String>,
    },
    /// The questionnaire attribute names no element on the page.
    NoElement {
        /// The attribute and its value.
        at: String,
        /// The id looked for.
        id: String,
    },
    /// The questionnaire attribute names an element that is not JSON.
    NotJson {
        /// The attribute and its value.
        at: String,
        /// The id.
        id: String,
        /// What the element is.
        found: FoundElement,
    },
    /// The questionnaire in element `id` has a problem.
    Questionnaire {
        /// The element's id.
        id: String,
        /// The problem, by JSON path.
        problem: Problem,
    },
    /// The questionnaire in element `id` cannot be shown in any interface language, or
    /// not in the one asked for.
    QuestionnaireLanguage {
        /// The element's id.
        id: String,
        /// [`OptionProblem::NoCommonLanguage`] or [`OptionProblem::LanguageNotOffered`].
        problem: Box<OptionProblem>,
    },
}

/// Reads the options from an attribute getter (`name -> value`, `None` when absent).
///
/// Returns every problem, one message per invalid attribute.
pub fn parse(get: &dyn Fn(&str) -> Option<String>) -> Result<Options, Vec<OptionProblem>> {
    parse_attrs(get, Attrs::Data)
}

/// [`parse`] for attributes spelled as `attrs` says.
pub fn parse_attrs(
    get: &dyn Fn(&str) -> Option<String>,
    attrs: Attrs,
) -> Result<Options, Vec<OptionProblem>> {
    let [lang, mode, min_group, questionnaire, storage, header, team_entry] =
        ATTRS.map(|a| attrs.name(a));
    let value = |name: &str| {
        get(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut opts = Options::default();
    let mut problems = Vec::new();

    if let Some(v) = value(lang) {
        let lower = v.to_ascii_lowercase();
        if LANGUAGES.contains(&lower.as_str()) {
            opts.lang = Some(lower);
        } else if TRANSLATED.contains(&lower.as_str()) {
            problems.push(OptionProblem::LanguageNotBuilt {
                at: quoted(lang, &v),
            });
        } else {
            problems.push(OptionProblem::Language {
                at: quoted(lang, &v),
            });
        }
    }

    if let Some(v) = value(mode) {
        match v.to_ascii_lowercase().as_str() {
            "self" => opts.mode = Mode::SelfAssessment,
            "team" => opts.mode = Mode::Team,
            _ => problems.push(OptionProblem::Mode {
                at: quoted(mode, &v),
            }),
        }
    }

    if let Some(v) = value(min_group) {
        let problem = if !v.bytes().all(|b| b.is_ascii_digit()) {
            Some(OptionProblem::MinGroupNotNumber {
                at: quoted(min_group, &v),
            })
        } else {
            match v.parse::<usize>() {
                Ok(n) if n < MIN_GROUP_FLOOR => Some(OptionProblem::MinGroupTooSmall {
                    at: quoted(min_group, &v),
                }),
                Ok(n) if n <= MAX_MIN_GROUP => {
                    opts.min_group = n;
                    None
                }
                // Larger, or more digits than a usize holds.
                _ => Some(OptionProblem::MinGroupTooLarge {
                    at: quoted(min_group, &v),
                }),
            }
        };
        problems.extend(problem);
    }

    if let Some(v) = value(questionnaire) {
        if v.chars().any(char::is_whitespace) {
            problems.push(OptionProblem::QuestionnaireId {
                at: quoted(questionnaire, &v),
            });
        } else {
            opts.questionnaire = Some(v);
        }
    }

    if let Some(v) = value(storage) {
        let len = v.chars().count();
        let bad = v
            .chars()
            .find(|&c| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'));
        if bad.is_none() && len <= MAX_STORAGE_LEN {
            opts.storage = Some(v);
        } else {
            let flaw = match bad {
                Some(' ') => StorageFlaw::Space,
                Some(c) => StorageFlaw::Character(c),
                None => StorageFlaw::TooLong(len),
            };
            problems.push(OptionProblem::Storage {
                at: quoted(storage, &v),
                flaw,
            });
        }
    }

    if let Some(v) = value(header) {
        match v.to_ascii_lowercase().as_str() {
            "show" => opts.header = true,
            "none" => opts.header = false,
            _ => problems.push(OptionProblem::Header {
                at: quoted(header, &v),
            }),
        }
    }

    if let Some(v) = value(team_entry) {
        match v.to_ascii_lowercase().as_str() {
            "shown" | "show" => opts.team_entry = true,
            "hidden" | "none" => opts.team_entry = false,
            _ => problems.push(OptionProblem::TeamEntry {
                at: quoted(team_entry, &v),
            }),
        }
    }

    if problems.is_empty() {
        Ok(opts)
    } else {
        Err(problems)
    }
}

/// Chooses the interface and questionnaire language together: `requested` (from
/// `data-lang`, already one of [`LANGUAGES`]) if the questionnaire offers it, otherwise
/// the questionnaire's first language the interface speaks. A questionnaire offering
/// none of the interface's languages is refused, so the interface, the questionnaire,
/// the suggestions and the `lang` attribute never disagree. `attrs` says how the page
/// spelled the attribute (`data-lang` or `lang`), for the message.
pub fn choose_language(
    requested: Option<&str>,
    offered: &[String],
    attrs: Attrs,
) -> Result<String, OptionProblem> {
    if let Some(lang) = requested {
        return if offered.iter().any(|l| l == lang) {
            Ok(lang.to_string())
        } else {
            Err(OptionProblem::LanguageNotOffered {
                at: quoted(attrs.name(ATTR_LANG), lang),
                offered: offered.to_vec(),
            })
        };
    }
    offered
        .iter()
        .find(|l| LANGUAGES.contains(&l.as_str()))
        .cloned()
        .ok_or_else(|| OptionProblem::NoCommonLanguage {
            offered: offered.to_vec(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The problems as the English interface words them.
    fn en(problems: Vec<OptionProblem>) -> Vec<String> {
        problems
            .iter()
            .map(|p| crate::i18n::option_problem("en", p))
            .collect()
    }

    fn run(attrs: &[(&str, &str)]) -> Result<Options, Vec<String>> {
        let map: BTreeMap<String, String> = attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        parse(&|name| map.get(name).cloned()).map_err(en)
    }

    #[cfg_attr(not(all(feature = "lang-en", feature = "lang-de")), allow(dead_code))]
    fn with(f: impl FnOnce(&mut Options)) -> Options {
        let mut o = Options::default();
        f(&mut o);
        o
    }

    // Written for the default build (English messages, German texts).
    #[cfg(all(feature = "lang-en", feature = "lang-de"))]
    #[test]
    fn valid_options() {
        let forty = "a".repeat(40);
        let forty_attrs = [("data-storage", forty.as_str())];
        let table: Vec<(&[(&str, &str)], Options)> = vec![
            (&[], Options::default()),
            (&[("data-lang", "de")], with(|o| o.lang = Some("de".into()))),
            (
                &[("data-lang", " EN ")],
                with(|o| o.lang = Some("en".into())),
            ),
            (&[("data-lang", "")], Options::default()),
            (&[("data-mode", "team")], with(|o| o.mode = Mode::Team)),
            (&[("data-mode", "Self")], Options::default()),
            (&[("data-min-group", "3")], with(|o| o.min_group = 3)),
            (&[("data-min-group", " 12 ")], with(|o| o.min_group = 12)),
            (&[("data-min-group", "1000")], with(|o| o.min_group = 1000)),
            (&[("data-min-group", "  ")], Options::default()),
            (
                &[("data-questionnaire", "my-q")],
                with(|o| o.questionnaire = Some("my-q".into())),
            ),
            (
                &[("data-storage", "hr_team-2")],
                with(|o| o.storage = Some("hr_team-2".into())),
            ),
            (&forty_attrs, with(|o| o.storage = Some(forty.clone()))),
            (&[("data-header", "none")], with(|o| o.header = false)),
            (&[("data-header", " Show ")], Options::default()),
            (
                &[("data-team-entry", "hidden")],
                with(|o| o.team_entry = false),
            ),
            (&[("data-team-entry", "shown")], Options::default()),
            (
                &[
                    ("data-lang", "de"),
                    ("data-mode", "team"),
                    ("data-min-group", "7"),
                    ("data-questionnaire", "q1"),
                    ("data-storage", "x"),
                    ("data-unrelated", "whatever"),
                ],
                Options {
                    lang: Some("de".into()),
                    mode: Mode::Team,
                    min_group: 7,
                    questionnaire: Some("q1".into()),
                    storage: Some("x".into()),
                    header: true,
                    team_entry: true,
                },
            ),
        ];
        for (attrs, want) in table {
            assert_eq!(run(attrs), Ok(want), "{attrs:?}");
        }
    }

    // Written for the default build (English messages, German texts).
    #[cfg(all(feature = "lang-en", feature = "lang-de"))]
    #[test]
    fn invalid_options_name_the_attribute_value_and_the_fix() {
        let long = "b".repeat(41);
        // (attributes, substrings the single message must contain)
        type Case<'a> = (Vec<(&'a str, &'a str)>, Vec<&'a str>);
        let table: Vec<Case> = vec![
            (
                vec![("data-lang", "es")],
                vec!["data-lang=\"es\"", "use one of: en, de, fr"],
            ),
            (
                vec![("data-mode", "boss")],
                vec!["data-mode=\"boss\"", "\"self\"", "\"team\""],
            ),
            (
                vec![("data-min-group", "2")],
                vec!["data-min-group=\"2\" is too small", "at least 3"],
            ),
            (
                vec![("data-min-group", "0")],
                vec!["data-min-group=\"0\" is too small"],
            ),
            (
                vec![("data-min-group", "-4")],
                vec!["data-min-group=\"-4\" is not a whole number"],
            ),
            (
                vec![("data-min-group", "5.5")],
                vec!["data-min-group=\"5.5\" is not a whole number"],
            ),
            (
                vec![("data-min-group", "five")],
                vec!["is not a whole number", "default 5"],
            ),
            (
                vec![("data-min-group", "+7")],
                vec!["data-min-group=\"+7\" is not a whole number"],
            ),
            (
                vec![("data-min-group", "1001")],
                vec!["data-min-group=\"1001\" is too large", "3 to 1000"],
            ),
            (
                vec![("data-min-group", "99999999999999999999999")],
                vec!["is too large"],
            ),
            (
                vec![("data-storage", "my space")],
                vec!["data-storage=\"my space\"", "it contains a space", "1–40"],
            ),
            (
                vec![("data-storage", "ä")],
                vec!["data-storage=\"ä\"", "it contains \"ä\""],
            ),
            (
                vec![("data-storage", long.as_str())],
                vec!["it has 41 characters, the most is 40"],
            ),
            (
                vec![("data-header", "off")],
                vec!["data-header=\"off\"", "\"none\"", "\"show\""],
            ),
            (
                vec![("data-team-entry", "no")],
                vec!["data-team-entry=\"no\"", "\"hidden\"", "\"shown\""],
            ),
            (
                vec![("data-questionnaire", "my q")],
                vec!["data-questionnaire=\"my q\"", "no spaces"],
            ),
        ];
        for (attrs, needles) in table {
            let problems = run(&attrs).expect_err("invalid");
            assert_eq!(problems.len(), 1, "{attrs:?}: {problems:?}");
            for n in needles {
                assert!(
                    problems[0].contains(n),
                    "{attrs:?}: {:?} lacks {n:?}",
                    problems[0]
                );
            }
        }
    }

    #[test]
    fn every_problem_is_reported_in_attribute_order() {
        let problems = run(&[
            ("data-lang", "xx"),
            ("data-mode", "solo"),
            ("data-min-group", "1"),
            ("data-questionnaire", "a b"),
            ("data-storage", "/"),
            ("data-header", "x"),
            ("data-team-entry", "y"),
        ])
        .expect_err("invalid");
        let attrs: Vec<&str> = problems
            .iter()
            .map(|p| p.split('=').next().unwrap_or(""))
            .collect();
        assert_eq!(
            attrs,
            [
                "data-lang",
                "data-mode",
                "data-min-group",
                "data-questionnaire",
                "data-storage",
                "data-header",
                "data-team-entry"
            ]
        );
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let v = "x".repeat(500);
        let problems = run(&[("data-mode", &v)]).expect_err("invalid");
        assert!(problems[0].len() < 200, "{}", problems[0]);
        assert!(problems[0].contains('…'));
    }

    // Checks the English wording.
    #[cfg(feature = "lang-en")]
    #[test]
    fn language_must_be_offered_by_the_questionnaire() {
        let langs = vec!["en".to_string()];
        assert_eq!(
            choose_language(Some("en"), &langs, Attrs::Data),
            Ok("en".into())
        );
        let say = |e: OptionProblem| crate::i18n::option_problem("en", &e);
        let err = say(choose_language(Some("de"), &langs, Attrs::Data).expect_err("not offered"));
        assert!(err.contains("data-lang=\"de\""), "{err}");
        assert!(err.contains("it has: en"), "{err}");
        let err =
            say(choose_language(Some("de"), &langs, Attrs::Element).expect_err("not offered"));
        assert!(err.starts_with("lang=\"de\""), "{err}");
    }

    // Written for the default build (English messages, German texts).
    #[cfg(all(feature = "lang-en", feature = "lang-de"))]
    #[test]
    fn the_custom_element_reads_and_names_attributes_without_data() {
        let map: BTreeMap<&str, &str> = [
            ("lang", "de"),
            ("mode", "team"),
            ("min-group", "7"),
            ("questionnaire", "q1"),
            ("storage", "hr"),
            // the prefixed spelling is not read on the element
            ("data-mode", "self"),
        ]
        .into();
        let got = parse_attrs(&|n| map.get(n).map(|v| v.to_string()), Attrs::Element);
        assert_eq!(
            got,
            Ok(Options {
                lang: Some("de".into()),
                mode: Mode::Team,
                min_group: 7,
                questionnaire: Some("q1".into()),
                storage: Some("hr".into()),
                header: true,
                team_entry: true,
            })
        );
        let bad: BTreeMap<&str, &str> = [
            ("lang", "xx"),
            ("mode", "solo"),
            ("min-group", "2"),
            ("questionnaire", "a b"),
            ("storage", "/"),
        ]
        .into();
        let problems = en(
            parse_attrs(&|n| bad.get(n).map(|v| v.to_string()), Attrs::Element)
                .expect_err("invalid"),
        );
        let named: Vec<&str> = problems
            .iter()
            .map(|p| p.split('=').next().unwrap_or(""))
            .collect();
        assert_eq!(
            named,
            ["lang", "mode", "min-group", "questionnaire", "storage"]
        );
        // The same problems as on a placeholder, apart from the attribute names.
        let data: BTreeMap<String, &str> =
            bad.iter().map(|(k, v)| (format!("data-{k}"), *v)).collect();
        let on_div = en(parse(&|n| data.get(n).map(|v| v.to_string())).expect_err("invalid"));
        let stripped: Vec<String> = on_div.iter().map(|p| p.replacen("data-", "", 1)).collect();
        assert_eq!(problems, stripped);
    }

    #[test]
    fn a_translated_language_left_out_of_the_build_is_refused_by_name() {
        for l in TRANSLATED {
            let got = parse(&|n| (n == "data-lang").then(|| l.to_uppercase()));
            if LANGUAGES.contains(l) {
                assert_eq!(got.map(|o| o.lang), Ok(Some(l.to_string())));
            } else {
                let at = format!("data-lang=\"{}\"", l.to_uppercase());
                assert_eq!(
                    got,
                    Err(vec![OptionProblem::LanguageNotBuilt { at: at.clone() }])
                );
                // Worded in the build's own language, naming what it has.
                let said = crate::i18n::option_problem(LANGUAGES[0], &got.unwrap_err()[0]);
                assert!(said.starts_with(&at), "{said}");
                assert!(said.contains(&LANGUAGES.join(", ")), "{said}");
            }
        }
        // Not translated at all: the other problem.
        assert_eq!(
            parse(&|n| (n == "data-lang").then(|| "es".into())),
            Err(vec![OptionProblem::Language {
                at: "data-lang=\"es\"".into()
            }])
        );
        // The built-in questionnaire offers exactly the build's languages, in order.
        let q = crate::domain::questionnaire::Questionnaire::default_questionnaire();
        assert_eq!(q.languages, LANGUAGES);
        assert_eq!(
            choose_language(None, &q.languages, Attrs::Data),
            Ok(LANGUAGES[0].to_string())
        );
        // A questionnaire in more languages than the build is shown in a built one.
        let all: Vec<String> = TRANSLATED.iter().rev().map(|l| l.to_string()).collect();
        let chosen = choose_language(None, &all, Attrs::Data).expect("a common language");
        assert!(LANGUAGES.contains(&chosen.as_str()), "{chosen}");
    }

    // Written for the default build (English messages, German texts).
    #[cfg(all(feature = "lang-en", feature = "lang-de"))]
    #[test]
    fn interface_and_questionnaire_languages_are_chosen_together() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // The questionnaire's first language the interface speaks.
        assert_eq!(
            choose_language(None, &l(&["de", "en"]), Attrs::Data),
            Ok("de".into())
        );
        assert_eq!(
            choose_language(None, &l(&["xx", "en"]), Attrs::Data),
            Ok("en".into())
        );
        // None of them: refused, naming both sides.
        let say = |e: OptionProblem| crate::i18n::option_problem("en", &e);
        let err =
            say(choose_language(None, &l(&["xx"]), Attrs::Data).expect_err("no common language"));
        assert!(err.contains("in xx only"), "{err}");
        assert!(err.contains(&LANGUAGES.join(", ")), "{err}");
        let err = say(choose_language(None, &[], Attrs::Data).expect_err("no language at all"));
        assert!(err.contains("no language"), "{err}");
    }

    #[test]
    fn each_widget_without_a_storage_name_gets_its_own() {
        assert_eq!(default_storage(1), "default");
        assert_eq!(default_storage(2), "default-2");
        assert_eq!(default_storage(10), "default-10");
        assert_eq!(Options::default().storage, None);
    }
}
