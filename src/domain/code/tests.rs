//! Tests of result codes: round trips, every error from a crafted input, typo
//! detection, finding codes in text.

use super::big::Big;
use super::result::CHECK_PREFIX;
use super::*;
use crate::domain::questionnaire::{Questionnaire, DEFAULT_JSON};
use crate::domain::response::{Answer, Answers};

#[path = "../../../tests/common/questionnaires.rs"]
pub(crate) mod questionnaires;
use questionnaires::normalised;

/// The small questionnaire of the code tests (see `tests/common/questionnaires.rs`).
fn small_q(id: &str, per_dim: usize) -> Questionnaire {
    questionnaires::small(id, per_dim)
}

/// Answers cycling through every value of each scale, with some "can't say" and
/// some unanswered.
fn sample_answers(q: &Questionnaire) -> Answers {
    Answers(
        (0..q.question_count())
            .map(|pos| {
                let r = q.range_at(pos).unwrap();
                let width = r.max - r.min + 1;
                match pos % 7 {
                    5 if r.cant_say => Some(Answer::CantSay),
                    6 => None,
                    k => Some(Answer::Value(
                        r.min + ((k as u8).wrapping_add(pos as u8)) % width,
                    )),
                }
            })
            .collect(),
    )
}

/// A code from raw data symbols, with a correct checksum.
fn with_checksum(data: &[u8]) -> String {
    let mut s = PREFIX.to_string();
    for &d in data.iter().chain(checksum(CHECK_PREFIX, data).iter()) {
        s.push(char::from(ALPHABET[usize::from(d)]));
    }
    s
}

fn symbols_of(mut v: Big, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    for slot in out.iter_mut().rev() {
        *slot = v.div_rem(32) as u8;
    }
    assert!(v.is_zero(), "value does not fit {len} symbols");
    out
}

#[test]
fn small_questionnaire_is_valid() {
    let q = small_q("small", 3);
    assert_eq!(q.validate(), vec![]);
    assert_eq!(q.question_count(), 12);
}

#[test]
fn round_trip_small() {
    let q = small_q("small", 3);
    let a = sample_answers(&q);
    assert!(a.0.contains(&None) && a.0.contains(&Some(Answer::CantSay)));
    let code = encode(&q, &a).unwrap();
    assert!(code.starts_with(PREFIX));
    assert_eq!(decode(&q, &code).unwrap(), normalised(&q, &a));
    assert_eq!(fingerprint_of(&code).unwrap(), q.fingerprint());
}

#[test]
fn unanswered_is_cant_say_or_none_by_scale() {
    let q = small_q("small", 3);
    let code = encode(&q, &Answers::empty(&q)).unwrap();
    let back = decode(&q, &code).unwrap();
    for pos in 0..q.question_count() {
        let expected = if q.scale_at(pos).unwrap().cant_say.is_some() {
            Some(Answer::CantSay)
        } else {
            None
        };
        assert_eq!(back.get(pos), expected, "position {pos}");
        assert_eq!(back.0[pos], expected);
    }
}

#[test]
fn extremes_round_trip() {
    let q = small_q("small", 4);
    let max = Answers(
        (0..q.question_count())
            .map(|p| Some(Answer::Value(q.scale_at(p).unwrap().points)))
            .collect(),
    );
    let min = Answers(vec![Some(Answer::Value(1)); q.question_count()]);
    for a in [max, min] {
        let code = encode(&q, &a).unwrap();
        assert_eq!(decode(&q, &code).unwrap(), a);
    }
}

#[test]
fn reading_is_lenient_about_case_aliases_separators_and_whitespace() {
    let q = small_q("small", 3);
    let a = sample_answers(&q);
    let code = encode(&q, &a).unwrap();
    let expected = normalised(&q, &a);
    let body = &code[PREFIX.len()..];
    let dashed: String = body
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            let sep = (i > 0 && i % 4 == 0).then_some('-');
            sep.into_iter().chain(std::iter::once(c))
        })
        .collect();
    let aliased: String = body
        .chars()
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            c => c,
        })
        .collect();
    for variant in [
        code.to_lowercase(),
        format!("  \t{code}\r\n"),
        format!("{PREFIX}{dashed}-"),
        format!("lr1--{aliased}"),
        format!("{PREFIX}{}", body.replace('1', "I")),
    ] {
        assert_eq!(decode(&q, &variant), Ok(expected.clone()), "{variant}");
    }
}

#[test]
fn each_error_variant_from_a_crafted_input() {
    let q = small_q("small", 3);
    let other = small_q("other", 3);
    let a = sample_answers(&q);
    let code = encode(&q, &a).unwrap();
    let expected_len = code.len() - PREFIX.len();
    let mut typo = code.clone().into_bytes();
    let last = typo.len() - 1;
    typo[last] = if typo[last] == b'0' { b'2' } else { b'0' };
    let typo = String::from_utf8(typo).unwrap();

    // Valid checksum and fingerprint, but the last question overflows.
    let data_len = expected_len - CHECK_LEN;
    let mut over = Big::from_u32(1);
    for pos in 0..q.question_count() {
        over.mul_add(u32::from(q.scale_at(pos).unwrap().points) + 1, 0);
    }
    over.shift_in_u32(q.fingerprint());
    let overflow = with_checksum(&symbols_of(over, data_len));

    // Valid checksum but one symbol too many (a leading zero).
    let mut long_data = vec![0u8];
    long_data.extend(symbols_of(
        Big::from_symbols(&result::parse(&code).unwrap()[..data_len]),
        data_len,
    ));
    let padded = with_checksum(&long_data);

    let huge = format!("{PREFIX}{}", "0".repeat(MAX_BODY_LEN + 1));
    let last_pos = q.question_count();

    let cases: Vec<(&str, String, CodeError)> = vec![
        ("empty", String::new(), CodeError::Empty),
        ("blank", " \t\r\n ".into(), CodeError::Empty),
        (
            "other prefix",
            "XY1-ABCD".into(),
            CodeError::WrongPrefix {
                found: "XY1-".into(),
            },
        ),
        (
            "no version",
            "LR-ABCD".into(),
            CodeError::NearMissPrefix {
                found: "LR-".into(),
                slip: crate::domain::code::PrefixSlip::NoVersion,
                position: 3,
            },
        ),
        (
            "no dash",
            "LR1ABCDEFGH".into(),
            CodeError::WrongPrefix {
                found: "LR1ABCDE".into(),
            },
        ),
        (
            "just LR",
            "lr".into(),
            CodeError::WrongPrefix { found: "lr".into() },
        ),
        (
            "version 2",
            "LR2-ABCDEFGHJKMNP".into(),
            CodeError::UnsupportedVersion {
                version: "2".into(),
            },
        ),
        (
            "version 10",
            "lr10-0000".into(),
            CodeError::UnsupportedVersion {
                version: "10".into(),
            },
        ),
        (
            "punctuation",
            "LR1-AB!C".into(),
            CodeError::BadCharacter {
                ch: '!',
                position: 7,
            },
        ),
        (
            "letter U",
            "LR1-ABU".into(),
            CodeError::BadCharacter {
                ch: 'U',
                position: 7,
            },
        ),
        (
            // Spaces inside a code are joined (a grouped code), so this one is short.
            "inner space",
            "  LR1-AB CD".into(),
            CodeError::Truncated {
                expected: 19,
                found: 4,
            },
        ),
        (
            "unicode",
            "LR1-Aé0".into(),
            CodeError::BadCharacter {
                ch: 'é',
                position: 6,
            },
        ),
        (
            "bare prefix",
            "LR1-".into(),
            CodeError::Truncated {
                expected: expected_len,
                found: 0,
            },
        ),
        (
            "cut off",
            code[..code.len() - 3].to_string(),
            CodeError::Truncated {
                expected: expected_len,
                found: expected_len - 3,
            },
        ),
        (
            "extra symbol",
            format!("{code}7"),
            CodeError::TooLong {
                expected: expected_len,
                found: expected_len + 1,
            },
        ),
        (
            "extra symbol, valid checksum",
            padded,
            CodeError::TooLong {
                expected: expected_len,
                found: expected_len + 1,
            },
        ),
        (
            "absurdly long",
            huge,
            CodeError::TooLong {
                expected: MAX_BODY_LEN,
                found: MAX_BODY_LEN + 1,
            },
        ),
        ("typo", typo, CodeError::ChecksumMismatch),
        (
            "other questionnaire",
            encode(&other, &sample_answers(&other)).unwrap(),
            CodeError::QuestionnaireMismatch {
                code_fingerprint: other.fingerprint(),
                expected: q.fingerprint(),
            },
        ),
        (
            "overflow",
            overflow,
            CodeError::ValueOutOfRange {
                question: last_pos,
                value: 8,
                max: 7,
            },
        ),
    ];
    for (name, input, err) in cases {
        assert_eq!(decode(&q, &input), Err(err), "case {name}: {input:?}");
    }

    // Errors only `encode` produces.
    let short = Answers(vec![None; 3]);
    assert!(matches!(
        encode(&q, &short),
        Err(CodeError::AnswersDoNotFit(_))
    ));
    let mut bad_value = sample_answers(&q);
    bad_value.0[0] = Some(Answer::Value(6));
    assert!(matches!(
        encode(&q, &bad_value),
        Err(CodeError::AnswersDoNotFit(Misfit::OutOfRange {
            question: 1,
            value: 6,
            ..
        }))
    ));
    let mut bad_cant_say = sample_answers(&q);
    let who = q.items.len();
    bad_cant_say.0[who] = Some(Answer::CantSay);
    assert!(matches!(
        encode(&q, &bad_cant_say),
        Err(CodeError::AnswersDoNotFit(_))
    ));
    let mut broken = q.clone();
    broken.item_scale = "nope".into();
    assert!(matches!(
        decode(&broken, &code),
        Err(CodeError::AnswersDoNotFit(_))
    ));

    // Questionnaires far beyond what validation allows cannot have codes.
    let giant = small_q("giant", 400);
    assert!(matches!(
        encode(&giant, &Answers::empty(&giant)),
        Err(CodeError::TooLong { expected: MAX_BODY_LEN, found }) if found > MAX_BODY_LEN
    ));
    assert!(matches!(
        decode(&giant, &code),
        Err(CodeError::AnswersDoNotFit(Misfit::TooManyQuestions {
            max: MAX_BODY_LEN,
            ..
        }))
    ));

    // fingerprint_of has no questionnaire to compare lengths with.
    assert_eq!(
        fingerprint_of("LR1-0000"),
        Err(CodeError::Truncated {
            expected: MIN_BODY_LEN,
            found: 4,
        })
    );
    assert_eq!(
        fingerprint_of(&code.replace("LR1-", "LR1-0")),
        Err(CodeError::ChecksumMismatch)
    );
}

#[test]
fn find_codes_in_common_layouts() {
    let q = small_q("small", 3);
    let a = encode(&q, &sample_answers(&q)).unwrap();
    let b = encode(&q, &Answers::empty(&q)).unwrap();
    let layouts = [
        format!("{a}\n{b}\n"),
        format!("{a}\r\n\r\n{b}"),
        format!("{a}, {b}"),
        format!("{a};{b};"),
        format!("{a}\t{b}"),
        format!("name,code\nx,\"{a}\"\ny,'{b}'"),
        format!("Mine is {a}. Theirs: {b}!"),
        format!("«{a}»—“{b}”"),
        format!("({a})[{b}]"),
    ];
    for text in layouts {
        assert_eq!(find_codes(&text), vec![a.clone(), b.clone()], "{text:?}");
    }
    // Case, separators and other versions are kept as written.
    assert_eq!(
        find_codes("lr1-abc-def- x LR2-7 and LR1- alone, LR1-- too; LR9999-1"),
        vec!["lr1-abc-def", "LR2-7"]
    );
    assert_eq!(find_codes(""), Vec::<String>::new());
    assert_eq!(find_codes("LR1"), Vec::<String>::new());
    assert_eq!(find_codes("LR1-é"), Vec::<String>::new());
}
#[test]
fn fingerprint_label_is_eight_hex_digits() {
    assert_eq!(fingerprint_label(0), "00000000");
    assert_eq!(fingerprint_label(0xDEAD_BEEF), "DEADBEEF");
}

#[test]
fn default_questionnaire_codes() {
    let Ok(q) = Questionnaire::from_json(DEFAULT_JSON) else {
        panic!("the default questionnaire does not load");
    };
    let a = sample_answers(&q);
    let code = encode(&q, &a).unwrap();
    println!(
        "default questionnaire ({} questions): {} characters: {code}",
        q.question_count(),
        code.len()
    );
    assert_eq!(code.len(), 41, "the README promises 41 characters: {code}");
    assert!(code.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
    assert_eq!(decode(&q, &code).unwrap(), normalised(&q, &a));
    assert_eq!(fingerprint_of(&code).unwrap(), q.fingerprint());
    // Every code for a questionnaire has the same length.
    let empty = encode(&q, &Answers::empty(&q)).unwrap();
    assert_eq!(empty.len(), code.len());
}

#[test]
fn counts_round_trip_with_their_offsets() {
    let q = Questionnaire::default_questionnaire();
    let size = q.team_size_position().expect("a team size");
    let led = q.count_position(0).expect("a count");
    for (s, k) in [(2u8, 0u8), (2, 1), (8, 3), (50, 49), (50, 0), (13, 40)] {
        let mut a = Answers::empty(&q);
        a.set(0, Some(Answer::Value(4)));
        a.set(size, Some(Answer::Value(s)));
        a.set(led, Some(Answer::Value(k)));
        let code = encode(&q, &a).expect("encodes");
        let back = decode(&q, &code).expect("decodes");
        for pos in [0, size, led] {
            assert_eq!(back.get(pos), a.get(pos), "size {s}, count {k}");
        }
    }
    // "Can't say" and unanswered both read back as "can't say" (the count offers it).
    let mut a = Answers::empty(&q);
    a.set(size, Some(Answer::CantSay));
    let back = decode(&q, &encode(&q, &a).expect("encodes")).expect("decodes");
    assert_eq!(back.get(size), Some(Answer::CantSay));
    assert_eq!(back.get(led), Some(Answer::CantSay));
    // A team size of 1 or 51 does not fit.
    for bad in [1u8, 51] {
        let mut a = Answers::empty(&q);
        a.set(size, Some(Answer::Value(bad)));
        assert!(
            matches!(encode(&q, &a), Err(CodeError::AnswersDoNotFit(_))),
            "{bad}"
        );
    }
    // The two count questions (radices 50 and 51, about 11.3 bits) make the code 41
    // characters long, 2 more than the 39 of the 42 scale questions alone.
    let code = encode(&q, &Answers::empty(&q)).expect("encodes");
    assert_eq!(code.len(), 41, "{code}");
}

#[test]
fn codes_of_the_previous_questionnaire_are_refused_as_older() {
    let old = Questionnaire::from_json(include_str!(
        "../../../tests/fixtures/questionnaire/distributed-leadership-1.0.0.json"
    ))
    .expect("version 1.0.0 loads");
    let q = Questionnaire::default_questionnaire();
    let a = Answers(vec![Some(Answer::Value(3)); old.question_count()]);
    let old_code = encode(&old, &a).expect("a 1.0.0 code");
    let err = decode(&q, &old_code).expect_err("refused");
    assert_eq!(
        err,
        CodeError::OlderQuestionnaire {
            version: "1.0.0".into(),
            current: q.version.clone(),
        }
    );
    // A code of an unrelated questionnaire is still "another questionnaire".
    let other = small_q("other", 3);
    let foreign = encode(&other, &Answers::empty(&other)).expect("encodes");
    assert!(matches!(
        decode(&q, &foreign),
        Err(CodeError::QuestionnaireMismatch { .. })
    ));
}

/// Loop iterations of the code scanners ([`STEPS`]) spent in `f`.
fn steps_of(f: impl FnOnce()) -> usize {
    STEPS.with(|s| s.set(0));
    f();
    STEPS.with(|s| s.get())
}

/// The most scanning steps per input byte any text may cost in the test below (which
/// runs the searches three times: `find_codes`, `candidates` and `Intake::read`). Each
/// byte is looked at by the prefix searches and by reading its candidate, and a byte of
/// a group after a candidate by up to [`MAX_GROUPS`](super::text::MAX_GROUPS) checksum
/// tests of the joined text. Measured: at most 74, for candidates each followed by 40
/// groups of 24 symbols; a quadratic scan would cost tens of thousands here.
const STEPS_PER_BYTE: usize = 160;

#[test]
fn work_on_huge_inputs_grows_linearly_with_their_length() {
    use crate::domain::intake::{self, Intake};
    let q = Questionnaire::default_questionnaire();
    let code = encode(&q, &Answers::empty(&q)).expect("valid answers");
    // 64 KiB: a quadratic scan would cost some 32,000 steps per byte here.
    let mib = 1 << 16;
    let g = super::text::MAX_GROUPS;
    let groups = |head: &str, len: usize| {
        let group = "B".repeat(len);
        format!(
            "{head}{}{}\n",
            "A".repeat(len),
            format!(" {group}").repeat(g)
        )
    };
    let inputs = [
        format!("{PREFIX}{}", "0".repeat(mib)),
        format!("{PREFIX}{}", "-".repeat(mib)),
        format!("{PREFIX}{}", "é".repeat(mib / 2)),
        format!("{PREFIX}{}", "\u{200B}".repeat(mib / 3)),
        "LR1-".repeat(mib / 4),
        "LRS1-".repeat(mib / 5),
        "LR".repeat(mib / 2),
        "LR999".repeat(mib / 5),
        "lr1".repeat(mib / 3),
        "\u{1F600}".repeat(mib / 4),
        format!("{}{code}", " ".repeat(mib)),
        // Candidates, each followed by as many groups as are ever joined, tried one by
        // one: short groups, groups as long as a join may get, and longer.
        groups(PREFIX, 1).repeat(mib / (2 * g + 6)),
        groups("LRS1-", 1).repeat(mib / (2 * g + 7)),
        groups(PREFIX, 24).repeat(mib / (25 * g + 30)),
        groups("LRS1-", 24).repeat(mib / (25 * g + 31)),
        groups(PREFIX, mib / 64),
        groups("LRS1-", mib / 64),
        // Near misses and bare prefixes everywhere.
        "LRI-0000000000000 ".repeat(mib / 19),
        "LRS-0000000000000 ".repeat(mib / 19),
        "LR1-!! ".repeat(mib / 7),
        "L".repeat(mib),
    ];
    for text in &inputs {
        let steps = steps_of(|| {
            let _ = decode(&q, text);
            let _ = fingerprint_of(text);
            let _ = find_codes(text);
            let _ = intake::candidates(text);
            let _ = Intake::read(&q, text);
        });
        let start: String = text.chars().take(16).collect();
        assert!(
            steps <= STEPS_PER_BYTE * text.len(),
            "{steps} steps for {} bytes starting {start:?}",
            text.len()
        );
        // The counter counts: every input is scanned at least once.
        assert!(steps >= text.chars().count(), "{start:?}: {steps} steps");
    }
}

/// The next value of Marsaglia's xorshift64 generator (deterministic test data).
fn xorshift(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

#[test]
fn canonical_form_is_what_encoding_makes_of_the_decoded_answers() {
    let q = Questionnaire::default_questionnaire();
    let layout = Layout::new(&q).expect("layout");
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..500 {
        let answers = Answers(
            (0..q.question_count())
                .map(|pos| {
                    match xorshift(&mut x) % 7 {
                        0 => None,
                        1 => Some(Answer::CantSay),
                        // Counts: team sizes 2..=6, teammates 0..=4.
                        v if q.team_size_position() == Some(pos) => Some(Answer::Value(v as u8)),
                        v if pos >= q.team_size_position().unwrap_or(usize::MAX) => {
                            Some(Answer::Value((v - 2) as u8))
                        }
                        v => Some(Answer::Value((v - 1) as u8)),
                    }
                })
                .collect(),
        );
        let code = encode_with(&layout, &answers).expect("encodes");
        // Written carelessly: lower case, grouped with dashes, O for 0, l for 1.
        let mut messy = String::from("lr1-");
        for (i, c) in code["LR1-".len()..].chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                messy.push('-');
            }
            messy.push(match c {
                '0' => 'O',
                '1' => 'l',
                c => c.to_ascii_lowercase(),
            });
        }
        let (decoded, canon) = decode_canonical(&layout, &messy).expect("decodes");
        assert_eq!(canon, code, "{messy}");
        assert_eq!(decoded, decode_with(&layout, &code).expect("decodes"));
        assert_eq!(Ok(canon), encode_with(&layout, &decoded));
        // The symbols are the canonical code's, whatever the spelling.
        let (same, symbols) = decode_symbols(&layout, &messy).expect("decodes");
        let (_, clean) = decode_symbols(&layout, &code).expect("decodes");
        assert_eq!((same, &symbols), (decoded, &clean));
        let spelled: String = symbols
            .iter()
            .map(|&s| char::from(ALPHABET[usize::from(s)]))
            .collect();
        assert_eq!(format!("LR1-{spelled}"), code);
    }
}

/// The symbol table reads every byte as the alphabet says: case-insensitive, `O` as 0,
/// `I` and `L` as 1, nothing else.
#[test]
fn every_byte_reads_as_the_alphabet_says() {
    for c in 0..=255u8 {
        let up = c.to_ascii_uppercase();
        let want = match up {
            b'O' => Some(0),
            b'I' | b'L' => Some(1),
            _ => ALPHABET.iter().position(|&a| a == up).map(|p| p as u8),
        };
        assert_eq!(super::text::symbol_value(c), want, "byte {c}");
    }
}

/// Questionnaires of many shapes for the decoder comparisons: the built-in one (with
/// its count questions and an earlier version), the small one, and generated ones
/// with scales of 2 to 11 points, with and without "can't say", and many questions.
fn decoder_questionnaires() -> Vec<Questionnaire> {
    use questionnaires::{build, ScaleShape, Shape};
    let mut out = vec![Questionnaire::default_questionnaire(), small_q("small", 3)];
    let mut x: u64 = 0x0DEC_0DE5_1234_5678;
    for k in 0..12 {
        let shape = |x: &mut u64| ScaleShape {
            points: 2 + (xorshift(x) % 10) as u8,
            cant_say: xorshift(x) % 2 == 0,
        };
        let dims = 1 + (xorshift(&mut x) % 8) as usize;
        let per_dim = (0..dims)
            .map(|_| 1 + (xorshift(&mut x) % if k == 11 { 20 } else { 6 }) as usize)
            .collect();
        let s = Shape {
            per_dim,
            item: shape(&mut x),
            who: ((xorshift(&mut x) % 5) as usize, shape(&mut x)),
            own: ((xorshift(&mut x) % 5) as usize, shape(&mut x)),
        };
        out.push(build(&format!("gen{k}"), &s));
    }
    out
}

/// Random answers that fit `q` (with "can't say" and unanswered).
fn random_answers(q: &Questionnaire, x: &mut u64) -> Answers {
    Answers(
        (0..q.question_count())
            .map(|pos| {
                let r = q.range_at(pos).unwrap();
                match xorshift(x) % 8 {
                    0 => None,
                    1 if r.cant_say => Some(Answer::CantSay),
                    _ => Some(Answer::Value(
                        r.min + (xorshift(x) % u64::from(r.max - r.min + 1)) as u8,
                    )),
                }
            })
            .collect(),
    )
}

/// Texts that exercise every path of decoding for `q`: valid codes written carelessly,
/// codes with a valid checksum and the right fingerprint whose packed answers are
/// anything (in range or overflowing the last question), other fingerprints, the
/// earlier version's, typos, cuts, extra symbols, bad and non-ASCII characters.
fn decoder_inputs(q: &Questionnaire, x: &mut u64, count: usize) -> Vec<String> {
    let data_len = layout_data_len(q);
    let mut out = Vec::new();
    for _ in 0..count {
        let code = encode(q, &random_answers(q, x)).unwrap();
        let body = &code[PREFIX.len()..];
        // A packed value with the right fingerprint and random bits above it.
        let mut v = Big::zero();
        let top = (5 * data_len - 32).div_ceil(5);
        for _ in 0..xorshift(x) % (top as u64 + 2) {
            v.mul_add(32, (xorshift(x) % 32) as u32);
        }
        let earlier = crate::domain::questionnaire::EARLIER_VERSIONS
            .iter()
            .find(|(id, _, _)| *id == q.id)
            .map(|(_, _, fp)| *fp);
        let fp = match (xorshift(x) % 4, earlier) {
            (0, _) => xorshift(x) as u32,
            (1, Some(fp)) => fp,
            _ => q.fingerprint(),
        };
        v.shift_in_u32(fp);
        if v.bit_len() <= 5 * data_len {
            out.push(with_checksum(&symbols_of(v, data_len)));
        }
        let pos = PREFIX.len() + (xorshift(x) as usize) % body.len();
        let mut typo = code.clone().into_bytes();
        typo[pos] = ALPHABET[(xorshift(x) % 32) as usize];
        out.push(String::from_utf8(typo).unwrap());
        let cut = (xorshift(x) as usize) % code.len();
        out.push(code[..cut].to_string());
        out.push(format!(
            "{code}{}",
            char::from(ALPHABET[(xorshift(x) % 32) as usize])
        ));
        let bad = ['U', '!', 'é', '\u{200B}', 'Ω', '\u{00A0}', '０'][(xorshift(x) % 7) as usize];
        out.push(format!("{}{bad}{}", &code[..pos], &code[pos..]));
        let messy: String = code
            .chars()
            .enumerate()
            .map(|(i, c)| match (xorshift(x) % 5, c) {
                (0, '0') if i >= PREFIX.len() => 'o',
                (1, '1') if i >= PREFIX.len() => 'L',
                (2, c) => c.to_ascii_lowercase(),
                (_, c) => c,
            })
            .collect();
        out.push(format!("  {}-{}\n", &messy[..9], &messy[9..]));
        out.push(code);
    }
    out
}

/// The decoder packing base-32 symbols into fixed limbs gives exactly what the big-number
/// decoder gave (answers, or the same error with the same details) on every input, the
/// buffers it reuses carry nothing over from one code to the next, and the symbols are
/// those of the text.
#[test]
fn fixed_width_decoder_equals_the_big_number_decoder() {
    let mut x: u64 = 0x5EED_DEC0_DE00_0001;
    let (mut body, mut answers) = (Vec::new(), Vec::new());
    let (mut ok, mut errors) = (0, std::collections::HashSet::new());
    for q in decoder_questionnaires() {
        let layout = Layout::new(&q).unwrap();
        let mut inputs = decoder_inputs(&q, &mut x, 300);
        inputs.extend(["", " ", "LR1-", "LR2-ABC", "LR-ABC", "lr1_00000"].map(String::from));
        for text in &inputs {
            let want = result::decode_reference(&layout, text);
            assert_eq!(decode_with(&layout, text), want, "{text:?}");
            let got = decode_into(&layout, text, &mut body, &mut answers);
            match &want {
                Ok(a) => {
                    assert_eq!((got, &answers), (Ok(()), &a.0), "{text:?}");
                    assert_eq!(body, result::parse(text).unwrap(), "{text:?}");
                    ok += 1;
                }
                Err(e) => {
                    assert_eq!(got.as_ref(), Err(e), "{text:?}");
                    errors.insert(std::mem::discriminant(e));
                }
            }
            assert_eq!(
                fingerprint_of(text),
                result::fingerprint_reference(text),
                "{text:?}"
            );
        }
    }
    assert!(ok > 3_000, "{ok} valid codes");
    // Empty, wrong prefix, version, bad character, near miss, truncated, too long,
    // checksum, other questionnaire, older version, value out of range.
    assert_eq!(errors.len(), 11, "error kinds met: {}", errors.len());
}

/// Symbols a code of `q` carries before its checksum.
fn layout_data_len(q: &Questionnaire) -> usize {
    encode(q, &Answers::empty(q)).unwrap().len() - PREFIX.len() - CHECK_LEN
}

/// Skipping bytes eight at a time never skips a byte the searches look for: from any
/// start, `skip_to` stops at or before the first `L`, `l` or extra byte, and only at a
/// byte that equals one of them but for bit 5.
#[test]
fn skipping_stops_at_the_first_byte_searched_for() {
    let mut x: u64 = 0xB0B0_1234_5678_9ABC;
    let bytes = [
        b'L',
        b'l',
        b'x',
        b'R',
        0xEF,
        0xCF,
        b'@',
        b'`',
        b'l' ^ 0x20,
        0,
        0xFF,
        b' ',
    ];
    for len in 0..80 {
        let b: Vec<u8> = (0..len)
            .map(|_| {
                let r = xorshift(&mut x);
                if r % 3 == 0 {
                    bytes[(r / 3 % bytes.len() as u64) as usize]
                } else {
                    (r >> 8) as u8
                }
            })
            .collect();
        for from in 0..=len {
            for (letter, extra) in [(b'L', 0xEF), (b'L', b'L')] {
                let got = text::skip_to(&b, from, letter, extra);
                let first = (from..len)
                    .find(|&i| b[i].eq_ignore_ascii_case(&letter) || b[i] == extra)
                    .unwrap_or(len);
                assert!(got <= first, "{b:?} from {from}: {got} after {first}");
                assert!(
                    got == len || b[got] | 0x20 == letter | 0x20 || b[got] == extra,
                    "{b:?} from {from}: stopped at {got}"
                );
            }
        }
    }
}
