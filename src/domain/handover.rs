//! What a widget hands to its successor when the person switches the interface language.
//!
//! Each language is a module of its own (one wasm instance per language): switching
//! destroys the widget in one module and mounts it again, on the same element, in the
//! other. The handover carries what the person sees and has entered, so that nothing is
//! lost: the screen (and survey page), the answers (also when storage is off), whether
//! the results shown came from a result code, and an open team view's groups (the team
//! view's own snapshot, [`TeamSnapshot`], passed on as text).
//!
//! Written as JSON (`domain::json`); read back only by the same release (the loader
//! never mixes releases), yet every field is checked and a handover that cannot be read
//! is ignored: the widget then starts as on a fresh page.

use super::json::{self, Value};
use super::progress::Progress;
use super::questionnaire::Questionnaire;
use super::response::Answers;

/// The screen a widget was on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// The start screen.
    Start,
    /// A survey page (0-based).
    Survey(usize),
    /// The results.
    Results,
    /// The team view.
    Team,
}

/// A widget's state, handed from one language's module to another's.
#[derive(Debug, Clone, PartialEq)]
pub struct Handover {
    /// The screen shown.
    pub at: At,
    /// The answers held (possibly not stored: storage may be off).
    pub answers: Answers,
    /// The results shown were opened from a result code.
    pub from_code: bool,
    /// The open team view's snapshot ([`TeamSnapshot::to_json`]), if any.
    pub team: Option<String>,
}

impl Handover {
    /// The handover as text, for the embed loader to pass on.
    pub fn to_json(&self, q: &Questionnaire) -> String {
        let (at, page) = match self.at {
            At::Start => ("start", 0),
            At::Survey(page) => ("survey", page),
            At::Results => ("results", 0),
            At::Team => ("team", 0),
        };
        let progress = Progress::new(q, self.answers.clone(), page, false).to_json();
        json::obj([
            ("at", at.into()),
            ("page", page.into()),
            ("fromCode", self.from_code.into()),
            ("answers", progress.as_str().into()),
            (
                "team",
                self.team.as_deref().map_or(Value::Null, Value::from),
            ),
        ])
        .to_text()
    }

    /// Reads a handover for `q`; `None` when it is not one (or for another
    /// questionnaire), so the widget starts afresh instead of showing wrong answers.
    pub fn from_json(q: &Questionnaire, text: &str) -> Option<Handover> {
        let v = json::parse(text).ok()?;
        let page = usize::try_from(v.get("page")?.as_u64()?).ok()?;
        let at = match v.get("at")? {
            Value::Str(s) if s == "start" => At::Start,
            Value::Str(s) if s == "survey" && page < q.sections.len() => At::Survey(page),
            Value::Str(s) if s == "results" => At::Results,
            Value::Str(s) if s == "team" => At::Team,
            _ => return None,
        };
        let from_code = match v.get("fromCode")? {
            Value::Bool(b) => *b,
            _ => return None,
        };
        let Value::Str(progress) = v.get("answers")? else {
            return None;
        };
        let answers = Progress::from_json(q, progress).ok()?.answers;
        let team = match v.get("team")? {
            Value::Str(s) => Some(s.clone()),
            Value::Null => None,
            _ => return None,
        };
        Some(Handover {
            at,
            answers,
            from_code,
            team,
        })
    }
}

/// One group of a team view: the text in its box and whether it had been read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupText {
    /// The pasted or loaded text.
    pub text: String,
    /// The group had been read (its codes are read again after the switch).
    pub read: bool,
}

/// What a team view holds that the person entered: its groups and the own code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TeamSnapshot {
    /// The groups in display order.
    pub groups: Vec<GroupText>,
    /// The text of the own-code field.
    pub own: String,
}

impl TeamSnapshot {
    /// The snapshot as text.
    pub fn to_json(&self) -> String {
        let groups = self
            .groups
            .iter()
            .map(|g| json::obj([("text", g.text.as_str().into()), ("read", g.read.into())]))
            .collect();
        json::obj([
            ("groups", Value::Arr(groups)),
            ("own", self.own.as_str().into()),
        ])
        .to_text()
    }

    /// Reads a snapshot; `None` when the text is not one.
    pub fn from_json(text: &str) -> Option<TeamSnapshot> {
        let v = json::parse(text).ok()?;
        let Value::Arr(list) = v.get("groups")? else {
            return None;
        };
        let groups = list
            .iter()
            .map(|g| match (g.get("text")?, g.get("read")?) {
                (Value::Str(text), Value::Bool(read)) => Some(GroupText {
                    text: text.clone(),
                    read: *read,
                }),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()?;
        let Value::Str(own) = v.get("own")? else {
            return None;
        };
        Some(TeamSnapshot {
            groups,
            own: own.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::response::Answer;

    fn some_answers(q: &Questionnaire) -> Answers {
        let mut a = Answers::empty(q);
        a.set(0, Some(Answer::Value(4)));
        a.set(2, Some(Answer::CantSay));
        a.set(q.question_count() - 1, Some(Answer::Value(1)));
        a
    }

    #[test]
    fn a_handover_reads_back_as_written() {
        let q = Questionnaire::default_questionnaire();
        for at in [At::Start, At::Survey(2), At::Results, At::Team] {
            let h = Handover {
                at,
                answers: some_answers(&q),
                from_code: at == At::Results,
                team: (at == At::Team).then(|| "{\"groups\":[],\"own\":\"\"}".to_string()),
            };
            assert_eq!(Handover::from_json(&q, &h.to_json(&q)), Some(h));
        }
    }

    #[test]
    fn a_handover_that_does_not_fit_is_ignored() {
        let q = Questionnaire::default_questionnaire();
        let h = Handover {
            at: At::Survey(1),
            answers: some_answers(&q),
            from_code: false,
            team: None,
        };
        let text = h.to_json(&q);
        // A page past the last one, another questionnaire's answers, not JSON at all.
        let past = text.replace("\"page\":1", &format!("\"page\":{}", q.sections.len()));
        assert_ne!(past, text);
        assert_eq!(Handover::from_json(&q, &past), None);
        let other = text.replace(
            &format!("\\\"fingerprint\\\":{}", q.fingerprint()),
            &format!("\\\"fingerprint\\\":{}", q.fingerprint().wrapping_add(1)),
        );
        assert_ne!(other, text);
        assert_eq!(Handover::from_json(&q, &other), None);
        assert_eq!(Handover::from_json(&q, "LR1-ABC"), None);
        assert_eq!(Handover::from_json(&q, "{\"at\":\"start\"}"), None);
    }

    #[test]
    fn a_team_snapshot_keeps_texts_with_any_characters() {
        let s = TeamSnapshot {
            groups: vec![
                GroupText {
                    text: "LR1-AAA\nLR1-BBB\t\"quoted\" \\ ü".into(),
                    read: true,
                },
                GroupText {
                    text: String::new(),
                    read: false,
                },
            ],
            own: "LR1-CCC".into(),
        };
        assert_eq!(TeamSnapshot::from_json(&s.to_json()), Some(s));
        assert_eq!(
            TeamSnapshot::from_json("{\"groups\":[{\"text\":1}],\"own\":\"\"}"),
            None
        );
        assert_eq!(TeamSnapshot::from_json("[]"), None);
    }
}
