//! Every typed error, refusal and validation reason the domain reports is worded in
//! every language: a non-empty text, distinct from the other cases' texts in that
//! language, and not the English text in another language.

use std::collections::BTreeSet;

use super::{ViewStrings, ALL_VIEW};
use crate::domain::code::{CodeError, Misfit, PrefixSlip};
use crate::domain::groups::FileProblem;
use crate::domain::intake::TextError;
use crate::domain::json::{Kind, Syntax};
use crate::domain::options::{FoundElement, OptionProblem, StorageFlaw};
use crate::domain::problem::{Expected, Found};
use crate::domain::questionnaire::{Problem, Reason};
use crate::domain::team::differencing::{Figure, Refusal, ViewRef};
use crate::domain::team::{DifferencingRisk, Flaw, PairRisk, Side, SummaryError, TeamError};

/// Which variant a sample is (an exhaustive match: a new variant does not compile
/// until it is listed here and given a sample below).
fn code_variant(e: &CodeError) -> usize {
    match e {
        CodeError::Empty => 0,
        CodeError::WrongPrefix { .. } => 1,
        CodeError::UnsupportedVersion { .. } => 2,
        CodeError::BadCharacter { .. } => 3,
        CodeError::NearMissPrefix { .. } => 4,
        CodeError::Truncated { .. } => 5,
        CodeError::TooLong { .. } => 6,
        CodeError::ChecksumMismatch => 7,
        CodeError::QuestionnaireMismatch { .. } => 8,
        CodeError::OlderQuestionnaire { .. } => 9,
        CodeError::AnswersDoNotFit(_) => 10,
        CodeError::ValueOutOfRange { .. } => 11,
    }
}

fn summary_variant(e: &SummaryError) -> usize {
    match e {
        SummaryError::Empty => 0,
        SummaryError::WrongPrefix { .. } => 1,
        SummaryError::PersonalCode => 2,
        SummaryError::UnsupportedVersion { .. } => 3,
        SummaryError::BadCharacter { .. } => 4,
        SummaryError::Truncated { .. } => 5,
        SummaryError::TooLong { .. } => 6,
        SummaryError::ChecksumMismatch => 7,
        SummaryError::QuestionnaireMismatch { .. } => 8,
        SummaryError::OlderQuestionnaire { .. } => 9,
        SummaryError::GroupTooSmall { .. } => 10,
        SummaryError::Malformed(_) => 11,
        SummaryError::TooMany { .. } => 12,
        SummaryError::ImpossibleSd { .. } => 13,
        SummaryError::NearMissPrefix { .. } => 14,
    }
}

fn option_variant(p: &OptionProblem) -> usize {
    match p {
        OptionProblem::Language { .. } => 0,
        OptionProblem::Mode { .. } => 1,
        OptionProblem::MinGroupNotNumber { .. } => 2,
        OptionProblem::MinGroupTooSmall { .. } => 3,
        OptionProblem::MinGroupTooLarge { .. } => 4,
        OptionProblem::QuestionnaireId { .. } => 5,
        OptionProblem::Storage { .. } => 6,
        OptionProblem::Header { .. } => 7,
        OptionProblem::TeamEntry { .. } => 8,
        OptionProblem::LanguageNotOffered { .. } => 9,
        OptionProblem::NoCommonLanguage { .. } => 10,
        OptionProblem::NoElement { .. } => 11,
        OptionProblem::NotJson { .. } => 12,
        OptionProblem::Questionnaire { .. } => 13,
        OptionProblem::QuestionnaireLanguage { .. } => 14,
        OptionProblem::LanguageNotBuilt { .. } => 15,
    }
}

fn reason_variant(r: &Reason) -> usize {
    match r {
        Reason::TooLarge(..) => 0,
        Reason::RulesTooLarge(..) => 1,
        Reason::NotJson(..) => 2,
        Reason::NotRules(..) => 3,
        Reason::Empty => 4,
        Reason::IdEmpty => 5,
        Reason::IdChars(_) => 6,
        Reason::MissingTranslation(_) => 7,
        Reason::EmptyText => 8,
        Reason::NoLanguage => 9,
        Reason::DuplicateLanguage(_) => 10,
        Reason::NotLanguageCode(_) => 11,
        Reason::DuplicateScale(_) => 12,
        Reason::TooFewPoints(_) => 13,
        Reason::TooManyPoints(_) => 14,
        Reason::LabelCount(..) => 15,
        Reason::EmptyLabel => 16,
        Reason::UnknownScale(_) => 17,
        Reason::DuplicateId(..) => 18,
        Reason::TooFewDimensions(_) => 19,
        Reason::TooManyDimensions(_) => 20,
        Reason::UnknownDimension(_) => 21,
        Reason::TooFewItems(..) => 22,
        Reason::TooManyReversed(..) => 23,
        Reason::TeamSizeMin(_) => 24,
        Reason::NoCounts => 25,
        Reason::TooManyCounts(..) => 26,
        Reason::CountMinNotZero(_) => 27,
        Reason::CountMaxAboveTeam(..) => 28,
        Reason::TooManyQuestions(..) => 29,
        Reason::NoSection => 30,
        Reason::DuplicateSection(_) => 31,
        Reason::EmptySection => 32,
        Reason::UnknownQuestion(_) => 33,
        Reason::QuestionPlacedTwice(..) => 34,
        Reason::QuestionInNoSection(_) => 35,
        Reason::CountNegative(_) => 36,
        Reason::CountMinAboveMax(..) => 37,
        Reason::CountMaxTooHigh(..) => 38,
        Reason::ActorCount(..) => 39,
        Reason::ActionCount(..) => 40,
        Reason::NotScore(_) => 41,
        Reason::BandOrder(..) => 42,
        Reason::NoAdvice(_) => 43,
        Reason::NoBandAdvice(_) => 44,
        Reason::DuplicatePattern(..) => 45,
        Reason::EmptyPattern => 46,
        Reason::UnknownFigure(_) => 47,
        Reason::DimensionOrFigure => 48,
        Reason::BandOrNotBand => 49,
        Reason::UnknownBand(_) => 50,
        Reason::Contradiction(_) => 51,
        Reason::SamePattern(_) => 52,
        Reason::UnknownTeamRule(..) => 53,
        Reason::DuplicateTeamRule(..) => 54,
        Reason::MissingTeamRule(_) => 55,
        Reason::Expected(..) => 56,
        Reason::MissingField => 57,
        Reason::UnknownField => 58,
        Reason::UnknownActor(_) => 59,
    }
}

fn reason_samples() -> Vec<Reason> {
    vec![
        Reason::TooLarge(2_000_000, 1_000_000),
        Reason::RulesTooLarge(2_000_000, 1_000_000),
        Reason::NotJson(3, 7, Syntax::ExpectedValue),
        Reason::NotRules(3, 7, "expected value".into()),
        Reason::Empty,
        Reason::IdEmpty,
        Reason::IdChars("a b".into()),
        Reason::MissingTranslation("de".into()),
        Reason::EmptyText,
        Reason::NoLanguage,
        Reason::DuplicateLanguage("en".into()),
        Reason::NotLanguageCode("english".into()),
        Reason::DuplicateScale("agree".into()),
        Reason::TooFewPoints(1),
        Reason::TooManyPoints(12),
        Reason::LabelCount(4, 5),
        Reason::EmptyLabel,
        Reason::UnknownScale("freq".into()),
        Reason::DuplicateId("q1".into(), "$.items[0].id".into()),
        Reason::TooFewDimensions(2),
        Reason::TooManyDimensions(16),
        Reason::UnknownDimension("voice".into()),
        Reason::TooFewItems("voice".into(), 2, 3),
        Reason::TooManyReversed("voice".into(), 2),
        Reason::TeamSizeMin(1),
        Reason::NoCounts,
        Reason::TooManyCounts(9, 8),
        Reason::CountMinNotZero(1),
        Reason::CountMaxAboveTeam(49, 50, 60),
        Reason::TooManyQuestions(201, 200),
        Reason::NoSection,
        Reason::DuplicateSection("s1".into()),
        Reason::EmptySection,
        Reason::UnknownQuestion("q9".into()),
        Reason::QuestionPlacedTwice("q1".into(), "$.sections[0].questions[0]".into()),
        Reason::QuestionInNoSection("q2".into()),
        Reason::CountNegative(-1),
        Reason::CountMinAboveMax(5, 3),
        Reason::CountMaxTooHigh(250, 300),
        Reason::ActorCount(2, 3),
        Reason::ActionCount(1, 2, 4),
        Reason::NotScore("120".into()),
        Reason::BandOrder("70".into(), "40".into()),
        Reason::NoAdvice("voice".into()),
        Reason::NoBandAdvice("middle"),
        Reason::DuplicatePattern("p1".into(), 0),
        Reason::EmptyPattern,
        Reason::UnknownFigure("mood".into()),
        Reason::DimensionOrFigure,
        Reason::BandOrNotBand,
        Reason::UnknownBand("top".into()),
        Reason::Contradiction("voice".into()),
        Reason::SamePattern(1),
        Reason::UnknownTeamRule("x".into(), vec!["a", "b"]),
        Reason::DuplicateTeamRule("a".into(), 0),
        Reason::MissingTeamRule("b"),
        Reason::Expected(Expected::Bool, Found::Kind(Kind::String)),
        Reason::Expected(Expected::Byte, Found::Number("300".into())),
        Reason::MissingField,
        Reason::UnknownField,
        Reason::UnknownActor("boss".into()),
    ]
}

/// Every JSON syntax problem (an exhaustive match keeps the list complete).
fn syntax_samples() -> Vec<Syntax> {
    let all = vec![
        Syntax::TrailingText,
        Syntax::ExpectedValue,
        Syntax::UnexpectedEnd,
        Syntax::TooDeep,
        Syntax::ExpectedKey,
        Syntax::ExpectedColon,
        Syntax::DuplicateKey,
        Syntax::ExpectedCommaOrBrace,
        Syntax::ExpectedCommaOrBracket,
        Syntax::ExpectedHex,
        Syntax::UnterminatedString,
        Syntax::UnpairedSurrogate,
        Syntax::UnknownEscape,
        Syntax::ControlCharacter,
        Syntax::InvalidNumber,
    ];
    for s in &all {
        match s {
            Syntax::TrailingText => {}
            Syntax::ExpectedValue => {}
            Syntax::UnexpectedEnd => {}
            Syntax::TooDeep => {}
            Syntax::ExpectedKey => {}
            Syntax::ExpectedColon => {}
            Syntax::DuplicateKey => {}
            Syntax::ExpectedCommaOrBrace => {}
            Syntax::ExpectedCommaOrBracket => {}
            Syntax::ExpectedHex => {}
            Syntax::UnterminatedString => {}
            Syntax::UnpairedSurrogate => {}
            Syntax::UnknownEscape => {}
            Syntax::ControlCharacter => {}
            Syntax::InvalidNumber => {}
        }
    }
    all
}

pub(super) fn code_samples() -> Vec<CodeError> {
    let mut v = vec![
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
        CodeError::BadCharacter {
            ch: '\u{200b}',
            position: 6,
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
        CodeError::OlderQuestionnaire {
            version: "1.0.0".into(),
            current: "2.0.0".into(),
        },
        CodeError::ValueOutOfRange {
            question: 0,
            value: 3,
            max: 0,
        },
        CodeError::ValueOutOfRange {
            question: 4,
            value: 9,
            max: 5,
        },
    ];
    for slip in [
        PrefixSlip::LetterForDigit('l'),
        PrefixSlip::Separator('_'),
        PrefixSlip::NoVersion,
        PrefixSlip::FullWidth,
    ] {
        v.push(CodeError::NearMissPrefix {
            found: "LRx-".into(),
            slip,
            position: 3,
        });
    }
    for m in [
        Misfit::Count {
            answers: 3,
            questions: 44,
        },
        Misfit::NoScale { question: 2 },
        Misfit::OutOfRange {
            question: 1,
            value: 6,
            min: 1,
            max: 5,
            count: false,
        },
        Misfit::OutOfRange {
            question: 44,
            value: 60,
            min: 0,
            max: 49,
            count: true,
        },
        Misfit::NoCantSay { question: 33 },
        Misfit::TooManyQuestions {
            estimated: 400,
            max: 120,
        },
    ] {
        v.push(CodeError::AnswersDoNotFit(m));
    }
    v
}

fn summary_samples() -> Vec<SummaryError> {
    let mut v = vec![
        SummaryError::Empty,
        SummaryError::WrongPrefix {
            found: "LRX1-".into(),
        },
        SummaryError::PersonalCode,
        SummaryError::UnsupportedVersion {
            version: "2".into(),
        },
        SummaryError::BadCharacter {
            ch: '!',
            position: 7,
        },
        SummaryError::Truncated {
            expected_at_least: 20,
            found: 12,
        },
        SummaryError::TooLong { max: 90, found: 95 },
        SummaryError::ChecksumMismatch,
        SummaryError::QuestionnaireMismatch {
            code_fingerprint: 1,
            expected: 2,
        },
        SummaryError::OlderQuestionnaire {
            version: "1.0.0".into(),
            current: "2.0.0".into(),
        },
        SummaryError::GroupTooSmall { n: 3, min: 5 },
        SummaryError::TooMany {
            n: 99_999,
            max: 10_000,
        },
        SummaryError::ImpossibleSd {
            dimension: Some(2),
            mean_milli: 50_000,
            sd_milli: 90_000,
            n: 5,
            max_milli: 55_000,
        },
        SummaryError::ImpossibleSd {
            dimension: None,
            mean_milli: 3_000,
            sd_milli: 4_000,
            n: 5,
            max_milli: 2_200,
        },
    ];
    for f in [
        Flaw::EndsMidFigure,
        Flaw::CountNotShortest,
        Flaw::CountTooLarge,
        Flaw::ExtraCharacters,
        Flaw::PaddingNotZero,
        Flaw::CountExceedsTeam,
        Flaw::ScoreOutOfRange,
        Flaw::OwnOutOfScale,
    ] {
        v.push(SummaryError::Malformed(f));
    }
    for slip in [
        PrefixSlip::LetterForDigit('I'),
        PrefixSlip::Separator('_'),
        PrefixSlip::NoVersion,
        PrefixSlip::FullWidth,
    ] {
        v.push(SummaryError::NearMissPrefix {
            found: "LRSx-".into(),
            slip,
            position: 4,
        });
    }
    v
}

fn option_samples() -> Vec<OptionProblem> {
    let at = |s: &str| s.to_string();
    vec![
        OptionProblem::Language {
            at: at("data-lang=\"es\""),
        },
        OptionProblem::LanguageNotBuilt {
            at: at("data-lang=\"de\""),
        },
        OptionProblem::Mode {
            at: at("data-mode=\"boss\""),
        },
        OptionProblem::MinGroupNotNumber {
            at: at("data-min-group=\"x\""),
        },
        OptionProblem::MinGroupTooSmall {
            at: at("data-min-group=\"2\""),
        },
        OptionProblem::MinGroupTooLarge {
            at: at("data-min-group=\"1001\""),
        },
        OptionProblem::QuestionnaireId {
            at: at("data-questionnaire=\"a b\""),
        },
        OptionProblem::Storage {
            at: at("data-storage=\"a b\""),
            flaw: StorageFlaw::Space,
        },
        OptionProblem::Storage {
            at: at("data-storage=\"ä\""),
            flaw: StorageFlaw::Character('ä'),
        },
        OptionProblem::Storage {
            at: at("data-storage=\"bbb\""),
            flaw: StorageFlaw::TooLong(41),
        },
        OptionProblem::Header {
            at: at("data-header=\"off\""),
        },
        OptionProblem::TeamEntry {
            at: at("data-team-entry=\"no\""),
        },
        OptionProblem::LanguageNotOffered {
            at: at("data-lang=\"de\""),
            offered: vec!["en".into()],
        },
        OptionProblem::NoCommonLanguage {
            offered: vec!["xx".into()],
        },
        OptionProblem::NoCommonLanguage { offered: vec![] },
        OptionProblem::NoElement {
            at: at("data-questionnaire=\"q\""),
            id: "q".into(),
        },
        OptionProblem::NotJson {
            at: at("data-questionnaire=\"q\""),
            id: "q".into(),
            found: FoundElement::Script("text/plain".into()),
        },
        OptionProblem::NotJson {
            at: at("data-questionnaire=\"q\""),
            id: "q".into(),
            found: FoundElement::ScriptWithoutType,
        },
        OptionProblem::NotJson {
            at: at("data-questionnaire=\"q\""),
            id: "q".into(),
            found: FoundElement::Other("div".into()),
        },
        OptionProblem::Questionnaire {
            id: "q".into(),
            problem: Problem {
                path: "$.id".into(),
                reason: Reason::Empty,
            },
        },
        OptionProblem::QuestionnaireLanguage {
            id: "q".into(),
            problem: Box::new(OptionProblem::NoCommonLanguage {
                offered: vec!["xx".into()],
            }),
        },
    ]
}

fn refusal_samples() -> Vec<Refusal> {
    let a = ViewRef {
        number: 1,
        group: 'A',
    };
    let b = ViewRef {
        number: 2,
        group: 'B',
    };
    let mut v = Vec::new();
    for size in [1, 3] {
        for (in_candidate, in_views, not_in_views) in [
            (true, vec![], vec![a, b]),
            (true, vec![a], vec![]),
            (true, vec![a], vec![b]),
            (false, vec![a], vec![]),
            (false, vec![a], vec![b]),
        ] {
            v.push(Refusal::SmallCell {
                figure: Figure::Group,
                size,
                in_candidate,
                in_views: in_views.clone(),
                not_in_views: not_in_views.clone(),
            });
        }
    }
    v.push(Refusal::SmallCell {
        figure: Figure::Density,
        size: 2,
        in_candidate: true,
        in_views: vec![],
        not_in_views: vec![a],
    });
    for (candidate_is_summary, other_is_summary, other_n) in [
        (true, false, 9),
        (false, false, 9),
        (true, true, 11),
        (true, true, 9),
    ] {
        v.push(Refusal::SizeClose {
            figure: Figure::Group,
            candidate_is_summary,
            summary_n: 10,
            other_n,
            other_is_summary,
        });
    }
    v.push(Refusal::TooManyViews);
    v
}

/// Every message of one language for every sample, in a fixed order.
fn texts(s: &ViewStrings) -> Vec<String> {
    let name = |f: Figure| match f {
        Figure::Density => "D".to_string(),
        _ => String::new(),
    };
    let mut out: Vec<String> = Vec::new();
    out.extend(code_samples().iter().map(|e| (s.code_message)(e)));
    out.extend(
        summary_samples()
            .iter()
            .map(|e| (s.summary_message)(e, None)),
    );
    out.push((s.summary_message)(
        &summary_samples()[12],
        Some("Autonomy"),
    ));
    out.extend(
        [
            TeamError::TooFew { n: 3, needed: 5 },
            TeamError::DifferentQuestionnaires { a: 1, b: 2 },
        ]
        .iter()
        .map(|e| (s.team_message)(e)),
    );
    out.extend(
        [Side::OnlyInCandidate, Side::OnlyInShown]
            .into_iter()
            .flat_map(|side| {
                [1, 2].map(|size| DifferencingRisk {
                    shown: 0,
                    side,
                    size,
                })
            })
            .map(|r| (s.differencing_message)(&r)),
    );
    out.extend(
        [
            PairRisk::OnlyInA(1),
            PairRisk::OnlyInB(2),
            PairRisk::Overlap(3),
        ]
        .iter()
        .map(|r| (s.pair_message)(r)),
    );
    out.extend(
        [
            TextError::TooLarge { bytes: 9_000_000 },
            TextError::TooManyCodes { found: 200_000 },
        ]
        .iter()
        .map(|e| (s.text_message)(e)),
    );
    out.extend(
        refusal_samples()
            .iter()
            .map(|r| (s.refusal_message)(r, 5, &name)),
    );
    out.push((s.withheld_message)(&["D".into()], 5));
    out.push((s.withheld_message)(
        &["D".into(), "E".into(), "F".into()],
        5,
    ));
    out.push((s.file_message)(&FileProblem {
        name: "codes.txt".into(),
        bytes: 9_000_000,
        max_bytes: 4_000_000,
    }));
    out.extend(option_samples().iter().map(|p| (s.option_message)(p)));
    out.extend(reason_samples().iter().map(|r| (s.problem_message)(r)));
    out.extend(
        syntax_samples()
            .into_iter()
            .map(|x| (s.problem_message)(&Reason::NotJson(1, 2, x))),
    );
    out
}

#[test]
fn the_samples_cover_every_variant() {
    let codes: BTreeSet<usize> = code_samples().iter().map(code_variant).collect();
    assert_eq!(codes, (0..12).collect());
    let sums: BTreeSet<usize> = summary_samples().iter().map(summary_variant).collect();
    assert_eq!(sums, (0..15).collect());
    let opts: BTreeSet<usize> = option_samples().iter().map(option_variant).collect();
    assert_eq!(opts, (0..16).collect());
    let reasons: BTreeSet<usize> = reason_samples().iter().map(reason_variant).collect();
    assert_eq!(reasons, (0..60).collect());
}

#[test]
fn every_error_is_worded_distinctly_in_every_language() {
    let first = texts(ALL_VIEW[0]);
    for s in ALL_VIEW {
        let t = texts(s);
        assert_eq!(t.len(), first.len());
        for (k, x) in t.iter().enumerate() {
            assert!(!x.trim().is_empty(), "{}: message {k} is empty", s.code);
            assert!(
                !x.contains('{') || x.contains("{\""),
                "{}: message {k} has a placeholder left: {x}",
                s.code
            );
        }
        let distinct: BTreeSet<&String> = t.iter().collect();
        assert_eq!(
            distinct.len(),
            t.len(),
            "{}: two cases share a text: {t:#?}",
            s.code
        );
        #[cfg(feature = "lang-en")]
        if s.code != "en" {
            let en = texts(&super::EN_VIEW);
            for (k, (x, e)) in t.iter().zip(&en).enumerate() {
                assert_ne!(x, e, "{}: message {k} is the English text", s.code);
            }
        }
    }
}
