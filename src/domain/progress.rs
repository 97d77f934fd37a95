//! Saved progress: the pure format stored in the browser, with typed errors.
//! The storage edge (`crate::storage`) only moves these strings in and out.

use super::json::{self, Value};

use super::questionnaire::Questionnaire;
use super::response::{Answer, Answers};

/// Format version of saved progress. Bump when the layout changes.
pub const FORMAT: u32 = 1;
/// Saved data larger than this is treated as corrupted.
pub const MAX_BYTES: usize = 64 * 1024;

/// What is saved: answers, the page reached, and whether results were shown.
/// Stored as `{"format":1,"fingerprint":N,"answers":[…],"page":N,"finished":false}`
/// where each answer is `{"Value":n}`, `"CantSay"` or `null` (the layout serde wrote
/// before the widget had its own JSON module; saved progress stays readable).
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Format version of the saved data ([`FORMAT`]).
    pub format: u32,
    /// Fingerprint of the questionnaire answered.
    pub fingerprint: u32,
    /// The answers so far, in canonical order.
    pub answers: Answers,
    /// The survey page reached (0-based).
    pub page: usize,
    /// Whether the results were shown.
    pub finished: bool,
}

/// Why saved progress cannot be resumed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProgressError {
    /// Not readable at all (bad JSON, wrong shape, too large). The text is the parser's
    /// detail, for logs and tests only: the interface words this case itself
    /// (`i18n`: the corrupted-storage notice) and never shows the detail.
    Corrupt(String),
    /// Written by another format version of the widget.
    OtherFormat(u32),
    /// Belongs to another questionnaire (or version of it).
    OtherQuestionnaire {
        /// Fingerprint stored with the progress.
        found: u32,
        /// Fingerprint of the questionnaire in use.
        expected: u32,
    },
}

impl Progress {
    /// New progress for a questionnaire.
    pub fn new(q: &Questionnaire, answers: Answers, page: usize, finished: bool) -> Self {
        Progress {
            format: FORMAT,
            fingerprint: q.fingerprint(),
            answers,
            page,
            finished,
        }
    }

    /// Serialises to the stored string.
    pub fn to_json(&self) -> String {
        let answers = self
            .answers
            .0
            .iter()
            .map(|a| match a {
                None => Value::Null,
                Some(Answer::CantSay) => "CantSay".into(),
                Some(Answer::Value(v)) => json::obj([("Value", usize::from(*v).into())]),
            })
            .collect();
        json::obj([
            ("format", self.format.into()),
            ("fingerprint", self.fingerprint.into()),
            ("answers", Value::Arr(answers)),
            ("page", self.page.into()),
            ("finished", self.finished.into()),
        ])
        .to_text()
    }

    /// Reads a stored string for a questionnaire. Never panics.
    pub fn from_json(q: &Questionnaire, s: &str) -> Result<Self, ProgressError> {
        if s.len() > MAX_BYTES {
            return Err(ProgressError::Corrupt(format!("{} bytes", s.len())));
        }
        let corrupt = |why: &str| ProgressError::Corrupt(why.to_string());
        let v = json::parse(s).map_err(|e| {
            ProgressError::Corrupt(format!("not JSON at line {}, column {}", e.line, e.column))
        })?;
        let format = v
            .get("format")
            .and_then(Value::as_u64)
            .ok_or_else(|| corrupt("no format number"))?;
        if format != u64::from(FORMAT) {
            return Err(ProgressError::OtherFormat(
                u32::try_from(format).unwrap_or(u32::MAX),
            ));
        }
        let whole = |key: &str| {
            v.get(key)
                .and_then(Value::as_u64)
                .ok_or_else(|| corrupt(&format!("\"{key}\" is not a whole number")))
        };
        let fingerprint =
            u32::try_from(whole("fingerprint")?).map_err(|_| corrupt("fingerprint too large"))?;
        let page = usize::try_from(whole("page")?).unwrap_or(usize::MAX);
        let finished = match v.get("finished") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(corrupt("\"finished\" is not true or false")),
        };
        let Some(Value::Arr(list)) = v.get("answers") else {
            return Err(corrupt("no answers"));
        };
        let answers = list
            .iter()
            .enumerate()
            .map(|(i, a)| match a {
                Value::Null => Ok(None),
                Value::Str(s) if s == "CantSay" => Ok(Some(Answer::CantSay)),
                _ => a
                    .get("Value")
                    .and_then(Value::as_u64)
                    .and_then(|n| u8::try_from(n).ok())
                    .filter(|_| matches!(a, Value::Obj(f) if f.len() == 1))
                    .map(|n| Some(Answer::Value(n)))
                    .ok_or_else(|| corrupt(&format!("answer {} is not readable", i + 1))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let p = Progress {
            format: FORMAT,
            fingerprint,
            answers: Answers(answers),
            page,
            finished,
        };
        let expected = q.fingerprint();
        if p.fingerprint != expected {
            return Err(ProgressError::OtherQuestionnaire {
                found: p.fingerprint,
                expected,
            });
        }
        p.answers
            .fits(q)
            .map_err(|_| corrupt("answers that do not fit the questionnaire"))?;
        let page = p.page.min(q.sections.len().saturating_sub(1));
        Ok(Progress { page, ..p })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let q = Questionnaire::default_questionnaire();
        let mut a = Answers::empty(&q);
        a.set(0, Some(Answer::Value(4)));
        a.set(1, Some(Answer::CantSay));
        let p = Progress::new(&q, a, 2, false);
        assert_eq!(Progress::from_json(&q, &p.to_json()), Ok(p));
    }

    #[test]
    fn bad_inputs_are_typed() {
        let q = Questionnaire::default_questionnaire();
        let good = Progress::new(&q, Answers::empty(&q), 0, false).to_json();
        let cases: Vec<(String, &str)> = vec![
            ("not json".into(), "corrupt"),
            ("{}".into(), "corrupt"),
            ("null".into(), "corrupt"),
            (good.replace("\"format\":1", "\"format\":7"), "format"),
            (
                good.replace(
                    &format!("\"fingerprint\":{}", q.fingerprint()),
                    "\"fingerprint\":1",
                ),
                "questionnaire",
            ),
            (good.replacen("null", "{\"Value\":9}", 1), "corrupt"),
            (good.replacen("null,", "", 1), "corrupt"),
            ("x".repeat(MAX_BYTES + 1), "corrupt"),
        ];
        for (input, want) in cases {
            let got = Progress::from_json(&q, &input);
            let kind = match got {
                Err(ProgressError::Corrupt(_)) => "corrupt",
                Err(ProgressError::OtherFormat(_)) => "format",
                Err(ProgressError::OtherQuestionnaire { .. }) => "questionnaire",
                Ok(_) => "ok",
            };
            assert_eq!(kind, want, "input {:?}", &input[..input.len().min(60)]);
        }
    }

    #[test]
    fn reads_and_writes_the_layout_saved_by_earlier_versions() {
        let q = Questionnaire::default_questionnaire();
        let n = q.question_count();
        let mut answers = vec!["null".to_string(); n];
        answers[0] = "{\"Value\":4}".into();
        answers[1] = "\"CantSay\"".into();
        let stored = format!(
            "{{\"format\":1,\"fingerprint\":{},\"answers\":[{}],\"page\":2,\"finished\":true}}",
            q.fingerprint(),
            answers.join(",")
        );
        let p = Progress::from_json(&q, &stored).expect("readable");
        assert_eq!(p.answers.get(0), Some(Answer::Value(4)));
        assert_eq!(p.answers.get(1), Some(Answer::CantSay));
        assert_eq!(p.answers.get(2), None);
        assert_eq!((p.page, p.finished), (2, true));
        assert_eq!(p.to_json(), stored);
        // "finished" may be absent (older saves) and unknown keys are ignored.
        let older = stored.replace(",\"finished\":true", ",\"other\":[1]");
        assert!(!Progress::from_json(&q, &older).expect("readable").finished);
    }

    #[test]
    fn page_is_clamped() {
        let q = Questionnaire::default_questionnaire();
        let p = Progress::new(&q, Answers::empty(&q), 99, false);
        let back = Progress::from_json(&q, &p.to_json()).expect("valid");
        assert_eq!(back.page, q.sections.len() - 1);
    }
}
