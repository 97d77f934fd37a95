//! Saved progress: the pure format stored in the browser, with typed errors.
//! The storage edge (`crate::storage`) only moves these strings in and out.

use serde::{Deserialize, Serialize};

use super::questionnaire::Questionnaire;
use super::response::Answers;

/// Format version of saved progress. Bump when the layout changes.
pub const FORMAT: u32 = 1;
/// Saved data larger than this is treated as corrupted.
pub const MAX_BYTES: usize = 64 * 1024;

/// What is saved: answers, the page reached, and whether results were shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Format version of the saved data ([`FORMAT`]).
    pub format: u32,
    /// Fingerprint of the questionnaire answered.
    pub fingerprint: u32,
    /// The answers so far, in canonical order.
    pub answers: Answers,
    /// The survey page reached (0-based).
    pub page: usize,
    #[serde(default)]
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
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored string for a questionnaire. Never panics.
    pub fn from_json(q: &Questionnaire, s: &str) -> Result<Self, ProgressError> {
        if s.len() > MAX_BYTES {
            return Err(ProgressError::Corrupt(format!("{} bytes", s.len())));
        }
        let v: serde_json::Value =
            serde_json::from_str(s).map_err(|e| ProgressError::Corrupt(e.to_string()))?;
        let format = v
            .get("format")
            .and_then(|f| f.as_u64())
            .ok_or_else(|| ProgressError::Corrupt("no format number".into()))?;
        if format != u64::from(FORMAT) {
            return Err(ProgressError::OtherFormat(
                u32::try_from(format).unwrap_or(u32::MAX),
            ));
        }
        let p: Progress =
            serde_json::from_value(v).map_err(|e| ProgressError::Corrupt(e.to_string()))?;
        let expected = q.fingerprint();
        if p.fingerprint != expected {
            return Err(ProgressError::OtherQuestionnaire {
                found: p.fingerprint,
                expected,
            });
        }
        p.answers
            .fits(q)
            .map_err(|m| ProgressError::Corrupt(format!("{m:?}")))?;
        let page = p.page.min(q.sections.len().saturating_sub(1));
        Ok(Progress { page, ..p })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::response::Answer;

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
    fn page_is_clamped() {
        let q = Questionnaire::default_questionnaire();
        let p = Progress::new(&q, Answers::empty(&q), 99, false);
        let back = Progress::from_json(&q, &p.to_json()).expect("valid");
        assert_eq!(back.page, q.sections.len() - 1);
    }
}
