//! One person's answers, in the questionnaire's canonical order.

use super::questionnaire::Questionnaire;

/// An answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A point on the question's scale, 1..=points; for a count question, the
    /// number itself (min..=max, which may include 0).
    Value(u8),
    /// "Can't say": treated as missing when scoring.
    CantSay,
}

/// Answers in canonical order; `None` is not answered (yet).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Answers(pub Vec<Option<Answer>>);

impl Answers {
    /// No answers yet, sized for a questionnaire.
    pub fn empty(q: &Questionnaire) -> Self {
        Answers(vec![None; q.question_count()])
    }

    /// The answer at a canonical position.
    pub fn get(&self, pos: usize) -> Option<Answer> {
        self.0.get(pos).copied().flatten()
    }

    /// Sets an answer; positions outside the questionnaire are ignored.
    pub fn set(&mut self, pos: usize, a: Option<Answer>) {
        if let Some(slot) = self.0.get_mut(pos) {
            *slot = a;
        }
    }

    /// The numeric value at a position, if a scale point was chosen.
    pub fn value(&self, pos: usize) -> Option<u8> {
        match self.get(pos) {
            Some(Answer::Value(v)) => Some(v),
            _ => None,
        }
    }

    /// Number of questions with any answer (including "can't say").
    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| a.is_some()).count()
    }

    /// Checks that the answers fit a questionnaire: right length and values on each scale.
    pub fn fits(&self, q: &Questionnaire) -> Result<(), String> {
        if self.0.len() != q.question_count() {
            return Err(format!(
                "{} answers for a questionnaire of {} questions",
                self.0.len(),
                q.question_count()
            ));
        }
        for (pos, a) in self.0.iter().enumerate() {
            let Some(range) = q.range_at(pos) else {
                return Err(format!("question {} has no scale", pos + 1));
            };
            match a {
                Some(Answer::Value(v)) if !range.contains(*v) => {
                    return Err(if range.count {
                        format!(
                            "answer {v} to question {} is outside its range {}–{}",
                            pos + 1,
                            range.min,
                            range.max
                        )
                    } else {
                        format!(
                            "answer {v} to question {} is outside its 1–{} scale",
                            pos + 1,
                            range.max
                        )
                    })
                }
                Some(Answer::CantSay) if !range.cant_say => {
                    return Err(format!("question {} offers no \"can't say\"", pos + 1))
                }
                _ => {}
            }
        }
        Ok(())
    }
}
