//! Fuzz/property harness over every text the widget reads from outside: result codes,
//! team summary codes, stored progress, questionnaire JSON and embed options.
//!
//! Each generator mixes valid inputs, valid inputs damaged the ways people and tools
//! damage them (typos, case, lost or doubled characters, invisible characters, line
//! wraps, truncation) and random bytes. Every input must give a value or a typed error
//! without panicking, and no input may lose data: a valid code spelled differently still
//! decodes to the same answers, a summary code grouped or wrapped in pasted text is read
//! whole, stored progress reads back as written, a questionnaire
//! that validates can be scored, and valid options keep their values.
//!
//! `cargo test --release --test fuzz -- --ignored --nocapture` runs 1,000,000 generated
//! inputs and prints the count and time per target; the regular run checks 20,000.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use leadership_radar::domain::code::{self, decode_with, encode_with, find_codes, Layout};
use leadership_radar::domain::intake::Intake;
use leadership_radar::domain::options;
use leadership_radar::domain::progress::Progress;
use leadership_radar::domain::questionnaire::{Questionnaire, DEFAULT_JSON};
use leadership_radar::domain::response::{Answer, Answers};
use leadership_radar::domain::scoring::score;
use leadership_radar::domain::team::{self, MinGroup};

/// A small, fast, deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Characters people and tools put into codes by accident, and a few hostile ones.
const NOISE: &[char] = &[
    ' ', '\t', '\n', '\r', '-', '_', '–', '—', '.', ',', ';', ':', '"', '\'', 'O', 'o', 'I', 'i',
    'L', 'l', 'U', 'u', '0', '1', 'Z', '\u{200B}', '\u{00AD}', '\u{00A0}', '\u{FEFF}', '\u{202E}',
    '\u{2060}', 'Ｌ', 'Ｒ', '１', '－', 'é', '€', '😀', '\0', '\u{7F}',
];

/// One random edit of a string.
fn mutate(r: &mut Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    let edits = 1 + r.below(3);
    for _ in 0..edits {
        let at = r.below(chars.len() + 1);
        match r.below(8) {
            0 if !chars.is_empty() => {
                chars.remove(at.min(chars.len() - 1));
            }
            1 => chars.insert(at, *r.pick(NOISE)),
            2 if at < chars.len() => chars[at] = *r.pick(NOISE),
            3 if at + 1 < chars.len() => chars.swap(at, at + 1),
            4 => chars.truncate(at),
            5 if at < chars.len() => {
                let c = chars[at];
                chars.insert(at, c);
            }
            6 => {
                // A line wrap or grouping space.
                chars.insert(at, if r.chance(50) { ' ' } else { '\n' });
            }
            _ => {
                let c = char::from_u32(r.next() as u32 % 0x11_0000).unwrap_or('?');
                chars.insert(at, c);
            }
        }
    }
    chars.into_iter().collect()
}

fn random_text(r: &mut Rng, max: usize) -> String {
    let n = r.below(max);
    (0..n)
        .map(|_| {
            if r.chance(70) {
                (0x20 + r.below(0x5F) as u8) as char
            } else {
                char::from_u32(r.next() as u32 % 0x11_0000).unwrap_or('?')
            }
        })
        .collect()
}

fn random_answers(r: &mut Rng, q: &Questionnaire) -> Answers {
    let mut a = Answers::empty(q);
    for pos in 0..q.question_count() {
        // Scale points 1..=points, or a count min..=max.
        let (min, max, cant) = q
            .range_at(pos)
            .map_or((1, 5, false), |g| (g.min, g.max, g.cant_say));
        let width = usize::from(max - min) + 1;
        let v = match r.below(10) {
            0 => None,
            1 if cant => Some(Answer::CantSay),
            _ => Some(Answer::Value(min + r.below(width) as u8)),
        };
        a.set(pos, v);
    }
    a
}

/// Unanswered and "can't say" are one symbol in a code: the answers a code keeps.
fn as_coded(a: &Answers) -> Vec<Option<u8>> {
    a.0.iter()
        .map(|x| match x {
            Some(Answer::Value(v)) => Some(*v),
            _ => None,
        })
        .collect()
}

/// Runs `f` on every input, turning a panic into a failure that names the input.
struct Target {
    name: &'static str,
    count: u64,
    failures: Vec<String>,
}

impl Target {
    fn new(name: &'static str) -> Self {
        Target {
            name,
            count: 0,
            failures: Vec::new(),
        }
    }
    fn check(&mut self, input: &str, f: impl FnOnce() -> Result<(), String>) {
        self.count += 1;
        let outcome = catch_unwind(AssertUnwindSafe(f));
        let problem = match outcome {
            Ok(Ok(())) => return,
            Ok(Err(loss)) => format!("data lost: {loss}"),
            Err(_) => "panicked".to_string(),
        };
        if self.failures.len() < 5 {
            let shown: String = input.chars().take(200).collect();
            self.failures
                .push(format!("{}: {problem} on {shown:?}", self.name));
        }
    }
}

fn result_codes(r: &mut Rng, q: &Questionnaire, layout: &Layout, n: u64) -> Target {
    let mut t = Target::new("result codes");
    for _ in 0..n {
        let answers = random_answers(r, q);
        let Ok(valid) = encode_with(layout, &answers) else {
            t.check("<encode>", || Err("encode failed on valid answers".into()));
            continue;
        };
        match r.below(6) {
            // Harmless respellings must still give the same answers.
            0 => {
                let spelled: String = match r.below(4) {
                    0 => valid.to_lowercase(),
                    1 => format!("  {valid}\n"),
                    2 => {
                        // Crockford's aliases in the body (the prefix keeps its digit).
                        let (head, body) = valid.split_at(code::PREFIX.len());
                        format!("{head}{}", body.replace('0', "O").replace('1', "l"))
                    }
                    _ => {
                        // Dashes between groups of four, as people copy codes.
                        let (head, body) = valid.split_at(code::PREFIX.len());
                        let groups: Vec<String> = body
                            .chars()
                            .collect::<Vec<_>>()
                            .chunks(4)
                            .map(|c| c.iter().collect())
                            .collect();
                        format!("{head}{}", groups.join("-"))
                    }
                };
                t.check(&spelled, || match decode_with(layout, &spelled) {
                    Ok(back) if as_coded(&back) == as_coded(&answers) => Ok(()),
                    Ok(_) => Err(format!("{spelled} decodes to other answers")),
                    Err(e) => Err(format!("{spelled}: {e:?}")),
                });
            }
            // Damaged: any outcome but a panic; a decoded code must re-encode to itself.
            1..=3 => {
                let damaged = mutate(r, &valid);
                t.check(&damaged, || match decode_with(layout, &damaged) {
                    Ok(back) => {
                        let again = encode_with(layout, &back).map_err(|e| format!("{e:?}"))?;
                        let back2 = decode_with(layout, &again).map_err(|e| format!("{e:?}"))?;
                        (as_coded(&back2) == as_coded(&back))
                            .then_some(())
                            .ok_or_else(|| "re-encoding changed the answers".into())
                    }
                    Err(_) => Ok(()),
                });
            }
            // Codes in pasted text: every valid code separated by blanks is found.
            4 => {
                let other = encode_with(layout, &random_answers(r, q)).unwrap_or_default();
                let text = format!(
                    "{}\n{valid}, {other};{}",
                    random_text(r, 30),
                    random_text(r, 30)
                );
                t.check(&text, || {
                    let found = find_codes(&text);
                    for c in [&valid, &other] {
                        if !found.iter().any(|f| f.eq_ignore_ascii_case(c)) {
                            return Err(format!("{c} not found in {found:?}"));
                        }
                    }
                    Ok(())
                });
            }
            _ => {
                let junk = if r.chance(50) {
                    format!("{}{}", code::PREFIX, random_text(r, 60))
                } else {
                    random_text(r, 80)
                };
                t.check(&junk, || {
                    let _ = decode_with(layout, &junk);
                    let _ = code::fingerprint_of(&junk);
                    let _ = find_codes(&junk);
                    Ok(())
                });
            }
        }
    }
    t
}

fn summary_codes(r: &mut Rng, q: &Questionnaire, n: u64) -> Target {
    let mut t = Target::new("summary codes");
    // A few real summaries to damage (team statistics are the costly part).
    let summaries: Vec<String> = (0..20)
        .filter_map(|_| {
            let size = 3 + r.below(12);
            let responses: Vec<Answers> = (0..size).map(|_| random_answers(r, q)).collect();
            let st = team::team_stats(q, &responses, MinGroup::new(3)).ok()?;
            Some(team::summary_encode(q, &st))
        })
        .collect();
    assert!(!summaries.is_empty(), "no summary code could be made");
    for _ in 0..n {
        let valid = r.pick(&summaries).clone();
        if r.chance(20) {
            // Pasted between prose, grouped in threes to eights with spaces, or wrapped
            // after a group: read whole, as the summary it is.
            let (head, body) = valid.split_at(team::SUMMARY_PREFIX.len());
            let size = 3 + r.below(6);
            let wrap = r.below(body.len() / size + 1);
            let grouped: String = body
                .as_bytes()
                .chunks(size)
                .enumerate()
                .map(|(i, c)| {
                    let sep = if i == 0 {
                        ""
                    } else if i == wrap {
                        "\n"
                    } else {
                        " "
                    };
                    format!("{sep}{}", String::from_utf8_lossy(c))
                })
                .collect();
            let text = format!(
                "{}\n{head}{grouped}\n{}",
                random_text(r, 30),
                random_text(r, 30)
            );
            t.check(&text, || {
                let read = Intake::read(q, &text).map_err(|e| format!("{e:?}"))?;
                let want = team::summary_decode(q, &valid).map_err(|e| format!("{e:?}"))?;
                if read.summaries.contains(&want) {
                    Ok(())
                } else {
                    Err(format!(
                        "the grouped summary was not read: {:?}",
                        read.invalid
                    ))
                }
            });
            continue;
        }
        let input = match r.below(4) {
            0 => valid.to_lowercase(),
            1 | 2 => mutate(r, &valid),
            _ => format!("{}{}", team::SUMMARY_PREFIX, random_text(r, 80)),
        };
        t.check(&input, || {
            let decoded = team::summary_decode(q, &input);
            if input == valid.to_lowercase() {
                let d = decoded.map_err(|e| format!("{e:?}"))?;
                let orig = team::summary_decode(q, &valid).map_err(|e| format!("{e:?}"))?;
                if d != orig {
                    return Err("case changed a summary".into());
                }
            }
            Ok(())
        });
    }
    t
}

fn stored_progress(r: &mut Rng, q: &Questionnaire, n: u64) -> Target {
    let mut t = Target::new("stored progress");
    for _ in 0..n {
        let answers = random_answers(r, q);
        let page = r.below(q.sections.len() + 3);
        let p = Progress::new(q, answers, page, r.chance(20));
        let json = p.to_json();
        match r.below(4) {
            0 => t.check(&json, || match Progress::from_json(q, &json) {
                Ok(back)
                    if back.answers == p.answers
                        && back.finished == p.finished
                        && back.page == p.page.min(q.sections.len() - 1) =>
                {
                    Ok(())
                }
                Ok(_) => Err("progress reads back differently".into()),
                Err(e) => Err(format!("{e:?}")),
            }),
            1 | 2 => {
                let damaged = mutate(r, &json);
                t.check(&damaged, || {
                    if let Ok(back) = Progress::from_json(q, &damaged) {
                        // Whatever is accepted fits the questionnaire.
                        back.answers.fits(q).map_err(|m| format!("{m:?}"))?;
                        let _ = score(q, &back.answers);
                    }
                    Ok(())
                });
            }
            _ => {
                let junk = random_text(r, 120);
                t.check(&junk, || {
                    let _ = Progress::from_json(q, &junk);
                    Ok(())
                });
            }
        }
    }
    t
}

/// One structural edit of a JSON value (drop, retype, renumber, duplicate).
fn mutate_json(r: &mut Rng, v: &mut serde_json::Value, depth: usize) {
    use serde_json::Value;
    match v {
        Value::Object(m) if !m.is_empty() && (depth > 4 || r.chance(70)) => {
            let keys: Vec<String> = m.keys().cloned().collect();
            let k = r.pick(&keys).clone();
            if r.chance(70) {
                if let Some(child) = m.get_mut(&k) {
                    mutate_json(r, child, depth + 1);
                }
            } else {
                m.remove(&k);
            }
        }
        Value::Array(a) if !a.is_empty() && r.chance(80) => {
            let i = r.below(a.len());
            match r.below(4) {
                0 => {
                    a.remove(i);
                }
                1 => {
                    let c = a[i].clone();
                    a.push(c);
                }
                _ => mutate_json(r, &mut a[i], depth + 1),
            }
        }
        _ => {
            *v = match r.below(7) {
                0 => Value::Null,
                1 => Value::from(r.next() as i64 % 300 - 50),
                2 => Value::from(random_text(r, 12)),
                3 => Value::from(""),
                4 => Value::Bool(r.chance(50)),
                5 => Value::Array(vec![]),
                _ => Value::from(1e300),
            }
        }
    }
}

fn questionnaires(r: &mut Rng, n: u64) -> Target {
    let mut t = Target::new("questionnaire JSON");
    let base: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("built-in JSON");
    for _ in 0..n {
        let input = if r.chance(90) {
            let mut v = base.clone();
            for _ in 0..1 + r.below(3) {
                mutate_json(r, &mut v, 0);
            }
            v.to_string()
        } else {
            let s = base.to_string();
            let mut cut = r.below(s.len());
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            mutate(r, &s[..cut])
        };
        t.check(&input, || {
            if let Ok(q) = Questionnaire::from_json(&input) {
                // A questionnaire that validates can be answered, scored and coded.
                let a = random_answers(&mut Rng(7), &q);
                let _ = score(&q, &a);
                let layout = Layout::new(&q).map_err(|e| format!("{e:?}"))?;
                let c = encode_with(&layout, &a).map_err(|e| format!("{e:?}"))?;
                let back = decode_with(&layout, &c).map_err(|e| format!("{e:?}"))?;
                if as_coded(&back) != as_coded(&a) {
                    return Err("a valid questionnaire's code loses answers".into());
                }
                let _ = Progress::from_json(&q, &Progress::new(&q, a, 0, false).to_json())
                    .map_err(|e| format!("{e:?}"))?;
            }
            Ok(())
        });
    }
    t
}

fn embed_options(r: &mut Rng, n: u64) -> Target {
    let mut t = Target::new("embed options");
    let names = [
        options::ATTR_LANG,
        options::ATTR_MODE,
        options::ATTR_MIN_GROUP,
        options::ATTR_QUESTIONNAIRE,
        options::ATTR_STORAGE,
    ];
    let values = [
        "de",
        "en",
        " DE ",
        "fr",
        "team",
        "self",
        "Team",
        "5",
        "3",
        "2",
        "1000",
        "1001",
        "007",
        "-1",
        "5.0",
        "1e3",
        "hr-team_2",
        "my space",
        "ä",
        "",
        "  ",
        "q1",
    ];
    let langs = ["en", "de", "fr", "it", "", "EN"];
    for _ in 0..n {
        let mut attrs = BTreeMap::new();
        for name in names {
            if r.chance(50) {
                let v = if r.chance(60) {
                    r.pick(&values).to_string()
                } else {
                    let v = *r.pick(&values);
                    mutate(r, v)
                };
                attrs.insert(name.to_string(), v);
            }
        }
        let offered: Vec<String> = (0..r.below(3))
            .map(|_| r.pick(&langs).to_string())
            .collect();
        let input = format!("{attrs:?} offered {offered:?}");
        t.check(&input, || {
            match options::parse(&|k| attrs.get(k).cloned()) {
                Ok(o) => {
                    if o.min_group < options::MIN_GROUP_FLOOR
                        || o.min_group > options::MAX_MIN_GROUP
                    {
                        return Err(format!("min_group {} accepted", o.min_group));
                    }
                    if let Some(s) = &o.storage {
                        let ok = !s.is_empty()
                            && s.len() <= options::MAX_STORAGE_LEN
                            && s.chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                        if !ok {
                            return Err(format!("storage {s:?} accepted"));
                        }
                        if attrs.get(options::ATTR_STORAGE).map(|v| v.trim()) != Some(s.as_str()) {
                            return Err("storage name changed".into());
                        }
                    }
                    if let Ok(l) =
                        options::choose_language(o.lang.as_deref(), &offered, options::Attrs::Data)
                    {
                        if !offered.contains(&l) || !options::LANGUAGES.contains(&l.as_str()) {
                            return Err(format!("language {l} chosen"));
                        }
                    }
                }
                Err(problems) => {
                    let words = |lang: &str| {
                        problems
                            .iter()
                            .map(|p| leadership_radar::i18n::option_problem(lang, p))
                            .collect::<Vec<_>>()
                    };
                    if problems.is_empty()
                        || ["en", "de", "fr"]
                            .iter()
                            .any(|l| words(l).iter().any(|m| m.trim().is_empty()))
                    {
                        return Err("an error without a message".into());
                    }
                }
            }
            Ok(())
        });
    }
    t
}

/// Runs every target with `total` inputs shared out by cost; returns a report.
fn run(total: u64, seed: u64) -> Vec<(Target, f64)> {
    let q = Questionnaire::default_questionnaire();
    let layout = Layout::new(&q).expect("layout");
    let mut r = Rng(seed);
    let mut out = Vec::new();
    let mut timed = |t: &mut dyn FnMut(&mut Rng) -> Target| {
        let start = Instant::now();
        let target = t(&mut r);
        out.push((target, start.elapsed().as_secs_f64()));
    };
    // Shares: questionnaire JSON is ~1000x the cost of a code, so it gets fewer inputs.
    timed(&mut |r| result_codes(r, &q, &layout, total * 40 / 100));
    timed(&mut |r| summary_codes(r, &q, total * 20 / 100));
    timed(&mut |r| stored_progress(r, &q, total * 19 / 100));
    timed(&mut |r| questionnaires(r, total / 100));
    timed(&mut |r| embed_options(r, total * 20 / 100));
    out
}

fn report(results: &[(Target, f64)]) -> (u64, Vec<String>) {
    let mut count = 0;
    let mut failures = Vec::new();
    for (t, secs) in results {
        println!("{:>20}: {:>9} inputs in {secs:>7.2} s", t.name, t.count);
        count += t.count;
        failures.extend(t.failures.iter().cloned());
    }
    let secs: f64 = results.iter().map(|(_, s)| s).sum();
    println!("{:>20}: {count:>9} inputs in {secs:>7.2} s", "total");
    (count, failures)
}

#[test]
fn fuzz_sample() {
    let (count, failures) = report(&run(20_000, 1));
    assert!(count >= 19_000, "{count}");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// `cargo test --release --test fuzz -- --ignored --nocapture`
#[test]
#[ignore = "a million inputs: run with --release -- --ignored"]
fn fuzz_million() {
    let (count, failures) = report(&run(1_000_000, 0x5EED));
    assert!(count >= 1_000_000, "{count}");
    assert!(failures.is_empty(), "{failures:#?}");
}
