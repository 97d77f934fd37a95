//! Careless input in codes: near-miss prefixes and invisible characters are named with
//! their position (in English and German); codes grouped with spaces or wrapped over
//! lines are joined when the checksum makes that unambiguous.
#![cfg(not(target_arch = "wasm32"))]

use leadership_radar::domain::code::{decode, encode, CodeError, PrefixSlip, PREFIX};
use leadership_radar::domain::intake::{Intake, InvalidError};
use leadership_radar::domain::questionnaire::Questionnaire;
use leadership_radar::domain::response::{Answer, Answers};
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
