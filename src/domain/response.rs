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
    #[inline(always)]
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
    pub fn fits(&self, q: &Questionnaire) -> Result<(), Misfit> {
        if self.0.len() != q.question_count() {
            return Err(Misfit::Count {
                answers: self.0.len(),
                questions: q.question_count(),
            });
        }
        for (pos, a) in self.0.iter().enumerate() {
            let Some(range) = q.range_at(pos) else {
                return Err(Misfit::NoScale { question: pos + 1 });
            };
            match a {
                Some(Answer::Value(v)) if !range.contains(*v) => {
                    return Err(Misfit::OutOfRange {
                        question: pos + 1,
                        value: *v,
                        min: range.min,
                        max: range.max,
                        count: range.count,
                    })
                }
                Some(Answer::CantSay) if !range.cant_say => {
                    return Err(Misfit::NoCantSay { question: pos + 1 })
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Why answers do not fit a questionnaire (typed; worded by `i18n`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// A different number of answers than questions.
    Count {
        /// Answers given.
        answers: usize,
        /// Questions asked.
        questions: usize,
    },
    /// The questionnaire names no usable scale for this question (1-based).
    NoScale {
        /// 1-based question number.
        question: usize,
    },
    /// A value outside the question's range.
    OutOfRange {
        /// 1-based question number.
        question: usize,
        /// The value given.
        value: u8,
        /// Smallest allowed value.
        min: u8,
        /// Largest allowed value.
        max: u8,
        /// Whether the question is a count (else a scale from 1).
        count: bool,
    },
    /// "Can't say" where the question does not offer it.
    NoCantSay {
        /// 1-based question number.
        question: usize,
    },
    /// The questionnaire has too many questions for a result code.
    TooManyQuestions {
        /// About how many characters a code would need.
        estimated: usize,
        /// The most a code may have.
        max: usize,
    },
}
