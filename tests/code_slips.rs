//! Careless input in codes: near-miss prefixes and invisible characters are named with
//! their position (in every interface language); codes grouped with spaces or wrapped
//! over lines are joined when the checksum makes that unambiguous. Result codes
//! (`LR1-`) and team summary codes (`LRS1-`) alike.
// Some tests are written for the default build (all languages); a single-language
// build leaves out those and leaves their helpers unused.
#![cfg_attr(
    not(all(feature = "lang-en", feature = "lang-de")),
    allow(dead_code, unused_imports)
)]
#![cfg(not(target_arch = "wasm32"))]

use leadership_radar::domain::code::{decode, encode, CodeError, PrefixSlip, PREFIX};
use leadership_radar::domain::intake::{Intake, InvalidError};
use leadership_radar::domain::questionnaire::Questionnaire;
use leadership_radar::domain::response::{Answer, Answers};
use leadership_radar::domain::team::{
    self, summary_decode, summary_encode, MinGroup, SummaryError, SUMMARY_PREFIX,
};
use leadership_radar::i18n;

fn setup() -> (Questionnaire, Answers, String) {
    let q = Questionnaire::default_questionnaire();
    let mut a = Answers::empty(&q);
    for pos in 0..q.question_count() {
        a.set(pos, Some(Answer::Value((pos % 5 + 1) as u8)));
    }
    let code = encode(&q, &a).expect("valid answers");
    (q, a, code)
}

fn body(code: &str) -> &str {
    &code[PREFIX.len()..]
}

// Written for the default build (English and German messages).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn invisible_characters_are_named_with_their_position() {
    let (q, _, code) = setup();
    for (ch, name, de) in [
        ('\u{200B}', "a zero-width space", "Leerzeichen ohne Breite"),
        ('\u{00AD}', "a soft hyphen", "weiches Trennzeichen"),
        ('\u{00A0}', "a no-break space", "geschütztes Leerzeichen"),
        ('\u{FEFF}', "a byte order mark", "Byte-Order-Markierung"),
        (
            '\u{202E}',
            "a right-to-left override",
            "Umkehrung der Schreibrichtung",
        ),
    ] {
        // After the 8th character of the body: position 4 + 8 + 1 = 13.
        let mut bad = code.clone();
        bad.insert(PREFIX.len() + 8, ch);
        let err = decode(&q, &bad).expect_err("invisible character");
        assert_eq!(err, CodeError::BadCharacter { ch, position: 13 }, "{name}");
        let en = i18n::code_error("en", &err);
        assert!(en.contains(name) && en.contains("position 13"), "{en}");
        let de_msg = i18n::code_error("de", &err);
        assert!(
            de_msg.contains(de) && de_msg.contains("Position 13"),
            "{de_msg}"
        );
        // In pasted text too: listed as invalid with the same reason, not "too short".
        let read = Intake::read(&q, &format!("Codes:\n{bad}\n")).expect("readable");
        assert_eq!(read.responses.len(), 0, "{name}");
        assert_eq!(read.invalid.len(), 1, "{name}: {:?}", read.invalid);
        assert_eq!(read.invalid[0].error, InvalidError::Code(err), "{name}");
    }
}

// Written for the default build (English and German messages).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn near_miss_prefixes_are_named() {
    let (q, _, code) = setup();
    let b = body(&code);
    let cases: Vec<(String, PrefixSlip, usize, &str)> = vec![
        (
            format!("LRI-{b}"),
            PrefixSlip::LetterForDigit('I'),
            3,
            "the letter 'I'",
        ),
        (
            format!("LRl-{b}"),
            PrefixSlip::LetterForDigit('l'),
            3,
            "the letter 'l'",
        ),
        (
            format!("LR1_{b}"),
            PrefixSlip::Separator('_'),
            4,
            "an underscore",
        ),
        (format!("LR1 {b}"), PrefixSlip::Separator(' '), 4, "a space"),
        (
            format!("LR1\u{2013}{b}"),
            PrefixSlip::Separator('\u{2013}'),
            4,
            "an en dash",
        ),
        (
            format!("LR-{b}"),
            PrefixSlip::NoVersion,
            3,
            "version digit 1 is missing",
        ),
        (
            format!("\u{FF2C}\u{FF32}\u{FF11}\u{FF0D}{b}"),
            PrefixSlip::FullWidth,
            1,
            "full-width",
        ),
    ];
    for (text, slip, position, words) in cases {
        let err = decode(&q, &text).expect_err("near miss");
        match &err {
            CodeError::NearMissPrefix {
                slip: s,
                position: p,
                ..
            } => {
                assert_eq!((*s, *p), (slip, position), "{text}");
            }
            other => panic!("{text}: {other:?}"),
        }
        assert!(
            i18n::code_error("en", &err).contains(words),
            "{text}: {err:?}"
        );
        assert!(
            !i18n::code_error("de", &err).contains("starts with"),
            "German for {text}"
        );
        // Pasted among good codes: reported, not silently ignored.
        let read = Intake::read(&q, &format!("{code}\n{text}\n")).expect("readable");
        assert_eq!(read.responses.len(), 1, "{text}");
        assert_eq!(read.invalid.len(), 1, "{text}: {:?}", read.invalid);
        assert_eq!(
            read.invalid[0].error,
            InvalidError::Code(err.clone()),
            "{text}"
        );
    }
    // Prose is not mistaken for a code.
    let read = Intake::read(&q, "LR1 meeting notes, LR-team plan, LRI_report").expect("readable");
    assert!(read.invalid.is_empty(), "{:?}", read.invalid);
}

#[test]
fn grouped_or_wrapped_codes_are_joined() {
    let (q, a, code) = setup();
    let b = body(&code);
    let grouped = format!(
        "{PREFIX}{}",
        b.as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let wrapped = format!("{PREFIX}{}\n{}", &b[..20], &b[20..]);
    for text in [&grouped, &wrapped] {
        // One code typed into a field.
        assert_eq!(decode(&q, text).as_ref(), Ok(&a), "{text:?}");
        // In a pasted list, between other codes.
        let other = encode(&q, &Answers::empty(&q)).expect("code");
        let read = Intake::read(&q, &format!("{other}\n{text}\n{other}")).expect("readable");
        assert_eq!(read.responses.len(), 2, "{text:?}: {:?}", read.invalid);
        assert!(read.responses.contains(&a), "{text:?}");
        assert!(read.invalid.is_empty(), "{:?}", read.invalid);
    }
    // Two whole codes on one line stay two codes.
    let other = encode(&q, &Answers::empty(&q)).expect("code");
    let read = Intake::read(&q, &format!("{code} {other}")).expect("readable");
    assert_eq!(read.responses.len(), 2);
    // A truncated code followed by a word is still reported as truncated.
    let read = Intake::read(&q, &format!("{} thanks", &code[..20])).expect("readable");
    assert!(matches!(
        read.invalid[0].error,
        InvalidError::Code(CodeError::Truncated { .. })
    ));
}

/// A team summary code of seven people, and the questionnaire.
fn summary_setup() -> (Questionnaire, String) {
    let q = Questionnaire::default_questionnaire();
    let team: Vec<Answers> = (0..7)
        .map(|m| {
            let mut a = Answers::empty(&q);
            for pos in 0..q.question_count() {
                a.set(pos, Some(Answer::Value(((pos + m) % 4 + 1) as u8)));
            }
            a
        })
        .collect();
    let stats = team::team_stats(&q, &team, MinGroup::new(5)).expect("seven people");
    let code = summary_encode(&q, &stats);
    assert!(summary_decode(&q, &code).is_ok(), "{code}");
    (q, code)
}

// Written for the default build (English and German messages).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn summary_codes_name_invisible_characters_with_their_position() {
    let (q, code) = summary_setup();
    for (ch, en, de, fr) in [
        (
            '\u{200B}',
            "a zero-width space",
            "Leerzeichen ohne Breite",
            "espace sans chasse",
        ),
        (
            '\u{00AD}',
            "a soft hyphen",
            "weiches Trennzeichen",
            "trait d’union conditionnel",
        ),
        (
            '\u{00A0}',
            "a no-break space",
            "geschütztes Leerzeichen",
            "espace insécable",
        ),
        (
            '\u{FEFF}',
            "a byte order mark",
            "Byte-Order-Markierung",
            "marque d’ordre des octets",
        ),
        (
            '\u{202E}',
            "a right-to-left override",
            "Umkehrung der Schreibrichtung",
            "forçage de droite à gauche",
        ),
    ] {
        // After the 8th character of the body: position 5 + 8 + 1 = 14.
        let mut bad = code.clone();
        bad.insert(SUMMARY_PREFIX.len() + 8, ch);
        let err = summary_decode(&q, &bad).expect_err("invisible character");
        assert_eq!(err, SummaryError::BadCharacter { ch, position: 14 }, "{en}");
        for (lang, name, at) in [
            ("en", en, "position 14"),
            ("de", de, "Position 14"),
            ("fr", fr, "position 14"),
        ] {
            let msg = i18n::summary_error(lang, &err);
            assert!(msg.contains(name) && msg.contains(at), "{lang}: {msg}");
            assert!(msg.contains(&format!("U+{:04X}", u32::from(ch))), "{msg}");
        }
        // In pasted text too: listed as invalid with the same reason, not "too short".
        let read = Intake::read(&q, &format!("Summary:\n{bad}\n")).expect("readable");
        assert!(read.summaries.is_empty(), "{en}");
        assert_eq!(read.invalid.len(), 1, "{en}: {:?}", read.invalid);
        assert_eq!(read.invalid[0].error, InvalidError::Summary(err), "{en}");
    }
}

// Written for the default build (English and German messages).
#[cfg(all(feature = "lang-en", feature = "lang-de"))]
#[test]
fn summary_near_miss_prefixes_are_named() {
    let (q, code) = summary_setup();
    let b = &code[SUMMARY_PREFIX.len()..];
    // (text, slip, position, English words, German words, French words)
    let cases: Vec<(String, PrefixSlip, usize, &str, &str, &str)> = vec![
        (
            format!("LRSI-{b}"),
            PrefixSlip::LetterForDigit('I'),
            4,
            "the letter 'I' where the digit 1 belongs",
            "Buchstabe 'I', wo die Ziffer 1",
            "la lettre 'I' à la place du chiffre 1",
        ),
        (
            format!("lrsl-{b}"),
            PrefixSlip::LetterForDigit('l'),
            4,
            "the letter 'l'",
            "Buchstabe 'l'",
            "la lettre 'l'",
        ),
        (
            format!("LRS1_{b}"),
            PrefixSlip::Separator('_'),
            5,
            "an underscore",
            "Unterstrich",
            "tiret bas",
        ),
        (
            format!("LRS1 {b}"),
            PrefixSlip::Separator(' '),
            5,
            "a space where a dash belongs",
            "ein Leerzeichen, wo ein Bindestrich",
            "une espace à la place d’un tiret",
        ),
        (
            format!("LRS1\u{2013}{b}"),
            PrefixSlip::Separator('\u{2013}'),
            5,
            "an en dash",
            "Halbgeviertstrich",
            "tiret demi-cadratin",
        ),
        (
            format!("LRS-{b}"),
            PrefixSlip::NoVersion,
            4,
            "the version digit 1 is missing at position 4",
            "fehlt die Versionsziffer 1",
            "le chiffre de version 1 manque en position 4",
        ),
        (
            format!("\u{FF2C}\u{FF32}\u{FF33}\u{FF11}\u{FF0D}{b}"),
            PrefixSlip::FullWidth,
            1,
            "full-width",
            "voller Breite",
            "pleine chasse",
        ),
    ];
    for (text, slip, position, en, de, fr) in cases {
        let err = summary_decode(&q, &text).expect_err("near miss");
        match &err {
            SummaryError::NearMissPrefix {
                slip: s,
                position: p,
                ..
            } => assert_eq!((*s, *p), (slip, position), "{text}"),
            other => panic!("{text}: {other:?}"),
        }
        for (lang, words) in [("en", en), ("de", de), ("fr", fr)] {
            let msg = i18n::summary_error(lang, &err);
            assert!(msg.contains(words), "{lang} for {text}: {msg}");
            assert!(msg.contains(SUMMARY_PREFIX), "{lang}: {msg}");
        }
        // Pasted beside a good summary: reported as a summary, not silently ignored,
        // and not mistaken for a result code.
        let read = Intake::read(&q, &format!("{code}\n{text}\n")).expect("readable");
        assert_eq!(read.summaries.len(), 1, "{text}");
        assert_eq!(read.invalid.len(), 1, "{text}: {:?}", read.invalid);
        assert_eq!(
            read.invalid[0].error,
            InvalidError::Summary(err.clone()),
            "{text}"
        );
    }
    // Prose is not mistaken for a summary code.
    let read =
        Intake::read(&q, "LRS1 meeting notes, LRS-team plan, LRSI_report").expect("readable");
    assert!(read.invalid.is_empty(), "{:?}", read.invalid);
}

#[test]
fn result_and_summary_near_misses_stay_apart() {
    let (q, summary) = summary_setup();
    let (_, _, code) = setup();
    let sb = &summary[SUMMARY_PREFIX.len()..];
    let cb = body(&code);
    // A full-width summary is a summary's near miss, a full-width result code a
    // result code's.
    let full_summary = format!("\u{FF2C}\u{FF32}\u{FF33}\u{FF11}\u{FF0D}{sb}");
    let full_code = format!("\u{FF2C}\u{FF32}\u{FF11}\u{FF0D}{cb}");
    let read = Intake::read(&q, &format!("{full_summary}\n{full_code}")).expect("readable");
    let kinds: Vec<&str> = read
        .invalid
        .iter()
        .map(|i| match &i.error {
            InvalidError::Summary(SummaryError::NearMissPrefix { .. }) => "summary",
            InvalidError::Code(CodeError::NearMissPrefix { .. }) => "code",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["summary", "code"], "{:?}", read.invalid);
    // `LRSI-` is no result code's near miss; `LR1_` is a result code's, and as a
    // summary it is a personal code.
    assert!(matches!(
        decode(&q, &format!("LRSI-{cb}")),
        Err(CodeError::WrongPrefix { .. })
    ));
    assert_eq!(
        summary_decode(&q, &format!("LR1_{sb}")),
        Err(SummaryError::PersonalCode)
    );
}

#[test]
fn grouped_or_wrapped_summary_codes_are_joined() {
    let (q, summary) = summary_setup();
    let want = summary_decode(&q, &summary).expect("genuine");
    let b = &summary[SUMMARY_PREFIX.len()..];
    let grouped = format!(
        "{SUMMARY_PREFIX}{}",
        b.as_bytes()
            .chunks(5)
            .map(|c| std::str::from_utf8(c).unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let wrapped = format!("{SUMMARY_PREFIX}{}\n{}", &b[..20], &b[20..]);
    let (_, _, code) = setup();
    for text in [&grouped, &wrapped] {
        // One summary on its own.
        assert_eq!(summary_decode(&q, text).as_ref(), Ok(&want), "{text:?}");
        // In a pasted text, between result codes: the summary is read whole, and none
        // of its groups is taken for a result code or reported.
        let read = Intake::read(&q, &format!("{code}\n{text}\n{code}")).expect("readable");
        assert_eq!(
            read.summaries,
            vec![want.clone()],
            "{text:?}: {:?}",
            read.invalid
        );
        assert_eq!(read.responses.len(), 1, "{text:?}");
        assert_eq!(read.duplicates, 1, "{text:?}");
        assert!(read.invalid.is_empty(), "{text:?}: {:?}", read.invalid);
    }
    // Two whole summaries on one line stay two (the same one twice: a duplicate).
    let read = Intake::read(&q, &format!("{summary} {summary}")).expect("readable");
    assert_eq!((read.summaries.len(), read.duplicates), (1, 1));
    // A summary cut short and followed by words is still reported as cut short.
    let read = Intake::read(&q, &format!("{} thanks", &summary[..20])).expect("readable");
    assert!(
        matches!(
            read.invalid[0].error,
            InvalidError::Summary(SummaryError::Truncated { .. })
        ),
        "{:?}",
        read.invalid
    );
}
