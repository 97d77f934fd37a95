//! Properties of result codes: round trips, typo detection, robustness against any
//! input, and finding codes in pasted text.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use leadership_radar::domain::code::{
    decode, decode_with, encode, encode_with, find_codes, fingerprint_of, CodeError, Layout, PREFIX,
};
use leadership_radar::domain::questionnaire::{Questionnaire, DEFAULT_JSON};
use leadership_radar::domain::response::{Answer, Answers};
use proptest::prelude::*;

#[path = "common/questionnaires.rs"]
mod questionnaires;
use leadership_radar::domain;
use questionnaires::{build, normalised, small, ScaleShape, Shape};

fn default_q() -> Questionnaire {
    let q = Questionnaire::from_json(DEFAULT_JSON);
    assert!(q.is_ok(), "the default questionnaire does not load");
    q.unwrap()
}

fn scale_shape() -> impl Strategy<Value = ScaleShape> {
    (2u8..=11, any::<bool>()).prop_map(|(points, cant_say)| ScaleShape { points, cant_say })
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        prop::collection::vec(3usize..=6, 3..=8),
        scale_shape(),
        (0usize..=8, scale_shape()),
        (0usize..=8, scale_shape()),
    )
        .prop_map(|(per_dim, item, who, own)| Shape {
            per_dim,
            item,
            who,
            own,
        })
}

/// Answers that fit `q`, from raw choices: 0 unanswered, 1 "can't say" (or
/// unanswered where not offered), k >= 2 the value min + (k - 2) % (max - min + 1)
/// (1..=points on a scale, min..=max for a count).
fn answers_from(q: &Questionnaire, raw: &[u16]) -> Answers {
    Answers(
        (0..q.question_count())
            .map(|pos| {
                let r = q.range_at(pos).unwrap();
                let width = u16::from(r.max - r.min) + 1;
                match raw.get(pos).copied().unwrap_or(0) {
                    0 => None,
                    1 if r.cant_say => Some(Answer::CantSay),
                    1 => None,
                    k => Some(Answer::Value(r.min + ((k - 2) % width) as u8)),
                }
            })
            .collect(),
    )
}

fn questionnaire_and_answers() -> impl Strategy<Value = (Questionnaire, Answers)> {
    (shape(), prop::collection::vec(0u16..40, 80)).prop_map(|(s, raw)| {
        let q = build("generated", &s);
        let a = answers_from(&q, &raw);
        (q, a)
    })
}

fn default_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec(0u16..60, 44).prop_map(|raw| answers_from(&default_q(), &raw))
}

/// Whether two characters read as the same symbol of a code body.
fn same_symbol(a: char, b: char) -> bool {
    const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let value = |c: char| match c.to_ascii_uppercase() {
        'O' => Some(0),
        'I' | 'L' => Some(1),
        c => ALPHABET.find(c),
    };
    value(a).is_some() && value(a) == value(b)
}

/// Characters a typist might produce.
fn typo_chars() -> Vec<char> {
    (0x20u8..0x7f)
        .map(char::from)
        .chain(['\t', '\n', 'é', 'Ø', 'О', '０', '—', '\u{200b}'])
        .collect()
}

#[test]
fn default_questionnaire_code_length() {
    let q = default_q();
    let all_max = Answers(vec![Some(Answer::Value(5)); q.question_count()]);
    let code = encode(&q, &all_max).unwrap();
    println!(
        "default questionnaire: {} questions, code of {} characters: {code}",
        q.question_count(),
        code.len()
    );
    assert_eq!(code.len(), 41, "the README promises 41 characters: {code}");
    assert_eq!(
        encode(&q, &Answers::empty(&q)).unwrap().len(),
        code.len(),
        "every code for a questionnaire has the same length"
    );
}

/// Tries every single-character substitution (with [`typo_chars`]) and every swap of
/// two neighbouring different symbols on the code for `a`: substitutions that read
/// as the same symbol decode to the same answers, every other change is rejected.
/// Returns the numbers of rejected substitutions and transpositions.
fn check_typos(q: &Questionnaire, a: &Answers) -> (usize, usize) {
    let code = encode(q, a).unwrap();
    let original = decode(q, &code).unwrap();
    let chars: Vec<char> = code.chars().collect();
    let (mut substitutions, mut transpositions) = (0, 0);
    for i in 0..chars.len() {
        for c in typo_chars() {
            if c == chars[i] {
                continue;
            }
            let mut m = chars.clone();
            m[i] = c;
            let m: String = m.into_iter().collect();
            let equivalent = if i < PREFIX.len() {
                c.eq_ignore_ascii_case(&chars[i])
            } else {
                same_symbol(c, chars[i])
            };
            match decode(q, &m) {
                Ok(back) => {
                    assert!(equivalent, "substitution {m:?} was accepted");
                    assert_eq!(back, original);
                }
                Err(_) => {
                    assert!(!equivalent, "harmless variant {m:?} was rejected");
                    substitutions += 1;
                }
            }
        }
        if i + 1 < chars.len() && !same_symbol(chars[i], chars[i + 1]) {
            let mut m = chars.clone();
            m.swap(i, i + 1);
            let m: String = m.into_iter().collect();
            assert!(decode(q, &m).is_err(), "transposition {m:?} was accepted");
            assert!(
                fingerprint_of(&m).is_err(),
                "transposition {m:?} was accepted"
            );
            transpositions += 1;
        }
    }
    println!("rejected {substitutions} substitutions and {transpositions} transpositions");
    (substitutions, transpositions)
}

#[test]
fn default_code_rejects_every_substitution_and_adjacent_transposition() {
    let q = default_q();
    let a = answers_from(&q, &(0..42).map(|k| k * 7 % 9).collect::<Vec<u16>>());
    let (_, transpositions) = check_typos(&q, &a);
    assert!(transpositions >= 30);
}

#[test]
fn small_code_rejects_every_substitution_and_adjacent_transposition() {
    let q = small("generated", 3);
    let a = answers_from(&q, &(0..12).map(|k| k * 5 % 8).collect::<Vec<u16>>());
    let (substitutions, transpositions) = check_typos(&q, &a);
    assert!(substitutions + transpositions > 1000);
}

#[test]
fn huge_inputs_are_handled_quickly() {
    let q = default_q();
    let code = encode(&q, &Answers::empty(&q)).unwrap();
    let ten_mb = 10 * 1024 * 1024;
    let pathological = [
        format!("{PREFIX}{}", "0".repeat(ten_mb)),
        format!("{PREFIX}{}", "-".repeat(ten_mb)),
        format!("{PREFIX}{}", "é".repeat(ten_mb / 2)),
        "LR1-".repeat(ten_mb / 4),
        "LR".repeat(ten_mb / 2),
        "LR999".repeat(ten_mb / 5),
        "lr1".repeat(ten_mb / 3),
        "\u{1F600}".repeat(ten_mb / 4),
        format!("{}{code}", " ".repeat(ten_mb)),
    ];
    for text in &pathological {
        let start = Instant::now();
        let _ = decode(&q, text);
        let _ = fingerprint_of(text);
        let found = find_codes(text);
        assert!(found.len() <= 2);
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "too slow on {:?}...",
            &text[..20]
        );
    }
    assert_eq!(
        decode(&q, &pathological[0]),
        Err(CodeError::TooLong {
            expected: leadership_radar::domain::code::MAX_BODY_LEN,
            found: ten_mb,
        })
    );
    assert_eq!(
        decode(&q, &pathological[8]).map(|a| a.answered()),
        Ok(q.question_count())
    );

    // 10 MB of pasted prose with a code every few hundred bytes.
    let line = format!("Some prose, then \"{code}\"; more text\t{code},x\n");
    let text = line.repeat(ten_mb / line.len());
    let start = Instant::now();
    let found = find_codes(&text);
    println!(
        "find_codes on {} bytes: {} codes in {:?}",
        text.len(),
        found.len(),
        start.elapsed()
    );
    assert_eq!(found.len(), 2 * (ten_mb / line.len()));
    assert!(found.iter().all(|c| *c == code));
    assert!(start.elapsed() < Duration::from_secs(20));
}

/// Text that may follow a code: starts with a character that cannot continue it.
fn separator() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        "\n",
        "\r\n",
        ",",
        ";",
        "\t",
        " ",
        "\"",
        "'",
        ", ",
        ";\t",
        "\n\n",
        "\",\"",
        ". Next: ",
        " and ",
        "; mine was ",
        "”, “",
        "» «",
        " (",
        ")\n",
        "|",
        "\u{a0}",
        "é",
        "，",
    ]);
    let random = "[ ,;\t\n\"'.:!?()«»“”€ä]{1,4}[a-zA-Z ]{0,12}[ ,;\t\n\"'.:!?()«»“”€ä]{0,3}";
    prop_oneof![fixed.prop_map(str::to_string), random]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn round_trip_any_questionnaire((q, a) in questionnaire_and_answers()) {
        let code = encode(&q, &a).unwrap();
        prop_assert!(code.starts_with(PREFIX));
        prop_assert!(code.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
        prop_assert_eq!(decode(&q, &code), Ok(normalised(&q, &a)));
        prop_assert_eq!(decode(&q, &code.to_lowercase()), Ok(normalised(&q, &a)));
        prop_assert_eq!(fingerprint_of(&code), Ok(q.fingerprint()));
        let empty = encode(&q, &Answers::empty(&q)).unwrap();
        prop_assert_eq!(empty.len(), code.len());
    }

    #[test]
    fn layout_paths_equal_plain_paths((q, a) in questionnaire_and_answers()) {
        let layout = Layout::new(&q).unwrap();
        let code = encode(&q, &a).unwrap();
        prop_assert_eq!(encode_with(&layout, &a), Ok(code.clone()));
        prop_assert_eq!(decode_with(&layout, &code), decode(&q, &code));
        let broken = format!("{}X", &code[..code.len() - 1]);
        prop_assert_eq!(decode_with(&layout, &broken), decode(&q, &broken));
    }

    #[test]
    fn round_trip_default(a in default_answers()) {
        let q = default_q();
        let code = encode(&q, &a).unwrap();
        prop_assert_eq!(code.len(), 41);
        prop_assert_eq!(decode(&q, &code), Ok(normalised(&q, &a)));
    }

    #[test]
    fn single_substitutions_and_swaps_are_rejected(
        (q, a) in questionnaire_and_answers(),
        pos in any::<prop::sample::Index>(),
        c in prop::sample::select(typo_chars()),
    ) {
        let code = encode(&q, &a).unwrap();
        let mut chars: Vec<char> = code.chars().collect();
        let i = PREFIX.len() + pos.index(chars.len() - PREFIX.len());
        let original = chars[i];
        chars[i] = c;
        let m: String = chars.iter().collect();
        if same_symbol(c, original) {
            prop_assert_eq!(decode(&q, &m), Ok(normalised(&q, &a)));
        } else {
            prop_assert!(decode(&q, &m).is_err(), "{} accepted", m);
        }
        chars[i] = original;
        if i + 1 < chars.len() && !same_symbol(chars[i], chars[i + 1]) {
            chars.swap(i, i + 1);
            let m: String = chars.iter().collect();
            prop_assert!(decode(&q, &m).is_err(), "{} accepted", m);
        }
    }

    #[test]
    fn decode_never_panics_on_arbitrary_text(s in any::<String>()) {
        let q = default_q();
        let _ = decode(&q, &s);
        let _ = fingerprint_of(&s);
        let _ = find_codes(&s);
        let _ = decode(&q, &format!("{PREFIX}{s}"));
        let _ = fingerprint_of(&format!("lr1-{s}"));
    }

    #[test]
    fn decode_never_panics_on_code_like_text(s in "(?i)(lr[0-9]{0,3}-?)?[0-9a-z\\- ]{0,200}") {
        let q = default_q();
        if let Ok(a) = decode(&q, &s) {
            prop_assert!(a.fits(&q).is_ok());
        }
        let _ = fingerprint_of(&s);
        for c in find_codes(&s) {
            prop_assert!(s.contains(&c));
            let _ = decode(&q, &c);
        }
    }

    #[test]
    fn decode_never_panics_on_mutated_codes(
        (q, a) in questionnaire_and_answers(),
        ops in prop::collection::vec((0u8..5, any::<prop::sample::Index>(), any::<char>()), 1..6),
    ) {
        let code = encode(&q, &a).unwrap();
        let mut chars: Vec<char> = code.chars().collect();
        for (op, at, c) in ops {
            if chars.is_empty() {
                chars.push(c);
                continue;
            }
            let i = at.index(chars.len());
            match op {
                0 => chars[i] = c,
                1 => chars.insert(i, c),
                2 => { chars.remove(i); }
                3 if i + 1 < chars.len() => chars.swap(i, i + 1),
                _ => chars[i] = chars[i].to_ascii_lowercase(),
            }
        }
        let m: String = chars.into_iter().collect();
        if let Ok(back) = decode(&q, &m) {
            prop_assert!(back.fits(&q).is_ok());
        }
        let _ = fingerprint_of(&m);
        let _ = find_codes(&m);
    }

    #[test]
    fn find_codes_finds_all_embedded_codes(
        lead in "[ ,;\t\n\"'.:a-zA-Z]{0,20}",
        parts in prop::collection::vec((default_answers(), separator(), any::<bool>()), 0..8),
    ) {
        let q = default_q();
        let mut text = lead;
        let mut codes = Vec::new();
        for (a, sep, lower) in parts {
            let code = encode(&q, &a).unwrap();
            let code = if lower { code.to_lowercase() } else { code };
            text.push_str(&code);
            text.push_str(&sep);
            codes.push(code);
        }
        let found = find_codes(&text);
        prop_assert_eq!(&found, &codes, "in {:?}", text);
        for c in &found {
            prop_assert!(decode(&q, c).is_ok());
        }
    }
}
