//! What one group's text yields in the team view: team figures from personal codes,
//! one summary code, or why neither; the differencing candidate it presents to the
//! session ledger; and the summary it contributes to comparisons.

use std::rc::Rc;

use super::intake::{Intake, Invalid, TextError};
use super::questionnaire::Questionnaire;
use super::response::Answers;
use super::team::differencing::{self, Candidate, Refusal};
use super::team::{self, MinGroup, Summary, TeamError, TeamStats};

/// Why a read group shows no figures of its own (besides the minimum-group rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    /// Neither personal codes nor a summary code.
    NoCodes,
    /// More than one summary code.
    ManySummaries,
    /// Personal codes and summary codes together.
    Mixed,
    /// A summary of fewer people than this page's minimum group.
    SmallSummary {
        /// People the summary describes.
        n: usize,
    },
}

/// What a group's input yields once read.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupData {
    /// Personal codes: figures computed here.
    Codes(Result<Rc<TeamStats>, TeamError>),
    /// One team summary code.
    Summary(Rc<Summary>),
    /// Neither, or a mix, or several summaries, or a summary too small here.
    Unusable(Unusable),
}

impl GroupData {
    /// Sorts a finished intake: personal codes give team figures (below the minimum
    /// group, the error that says so), a single summary of at least the minimum stands
    /// for its group, anything else is [`Unusable`].
    pub fn of(q: &Questionnaire, intake: &Intake, min: MinGroup) -> GroupData {
        match (intake.responses.is_empty(), intake.summaries.len()) {
            (true, 0) => GroupData::Unusable(Unusable::NoCodes),
            (true, 1) => {
                let s = &intake.summaries[0];
                if s.n < min.get() {
                    GroupData::Unusable(Unusable::SmallSummary { n: s.n })
                } else {
                    GroupData::Summary(Rc::new(s.clone()))
                }
            }
            (true, _) => GroupData::Unusable(Unusable::ManySummaries),
            (false, 0) => {
                GroupData::Codes(team::team_stats(q, &intake.responses, min).map(Rc::new))
            }
            (false, _) => GroupData::Unusable(Unusable::Mixed),
        }
    }

    /// The ledger candidate for a group whose figures would be shown; `None` when
    /// nothing would be shown.
    pub fn candidate(&self, q: &Questionnaire, intake: &Intake) -> Option<Candidate<Answers>> {
        match self {
            GroupData::Codes(Ok(st)) => {
                let members = intake
                    .responses
                    .iter()
                    .cloned()
                    .zip(team::member_figures(q, &intake.responses))
                    .collect();
                // The summary code these results offer, as read back from its text.
                let summary = team::summary_decode(q, &team::summary_encode(q, st))
                    .ok()
                    .map(|s| differencing::summary_key(&s));
                Some(Candidate::Codes { members, summary })
            }
            GroupData::Summary(s) => Some(differencing::summary_candidate(s)),
            _ => None,
        }
    }
}

/// One group's reading outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRead {
    /// Usable personal codes, each counted once.
    pub usable: usize,
    /// Codes that repeat an earlier one.
    pub duplicates: usize,
    /// Candidates that are not usable, with reasons.
    pub invalid: Rc<Vec<Invalid>>,
    /// What the input yields.
    pub data: GroupData,
    /// Refused because, with the views shown before, it would single people out.
    pub refused: Option<Rc<Refusal>>,
}

impl GroupRead {
    /// The outcome of a finished intake: its data, and the ledger's verdict on the
    /// candidate it presents (`admit` is asked only when figures would be shown).
    pub fn new(
        q: &Questionnaire,
        intake: Intake,
        min: MinGroup,
        admit: impl FnOnce(&Candidate<Answers>) -> Result<bool, Refusal>,
    ) -> GroupRead {
        let data = GroupData::of(q, &intake, min);
        let refused = data
            .candidate(q, &intake)
            .and_then(|c| admit(&c).err().map(Rc::new));
        GroupRead {
            usable: intake.responses.len(),
            duplicates: intake.duplicates,
            invalid: Rc::new(intake.invalid),
            data,
            refused,
        }
    }

    /// The summary of the group, for comparisons; `None` when refused or without
    /// figures.
    pub fn summary(&self) -> Option<Summary> {
        if self.refused.is_some() {
            return None;
        }
        match &self.data {
            GroupData::Codes(Ok(st)) => Some(Summary::from_stats(st)),
            GroupData::Summary(s) => Some((**s).clone()),
            _ => None,
        }
    }
}

/// A finished reading: its outcome, or why the text could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The text was read.
    Read(Rc<GroupRead>),
    /// The text could not be read.
    Failed(Rc<TextError>),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code;
    use crate::domain::response::Answer;

    fn q() -> Questionnaire {
        Questionnaire::default_questionnaire()
    }

    /// `n` distinct personal codes (the first answer and the second vary).
    fn codes(q: &Questionnaire, n: usize) -> String {
        (0..n)
            .map(|i| {
                let mut a = Answers(vec![Some(Answer::Value(3)); q.question_count()]);
                a.set(0, Some(Answer::Value(1 + (i % 5) as u8)));
                a.set(1, Some(Answer::Value(1 + (i / 5 % 5) as u8)));
                code::encode(q, &a).expect("valid answers")
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn nothing_usable_is_named_and_never_shown_or_compared() {
        let q = q();
        let intake = Intake::read(&q, "no codes here").unwrap();
        let read = GroupRead::new(&q, intake, MinGroup::default(), |_| {
            panic!("nothing to show, so nothing to admit")
        });
        assert_eq!(read.data, GroupData::Unusable(Unusable::NoCodes));
        assert_eq!(read.summary(), None);
    }

    #[test]
    fn codes_give_figures_once_the_ledger_admits_them() {
        let q = q();
        let min = MinGroup::default();
        let intake = Intake::read(&q, &codes(&q, 6)).unwrap();
        let mut asked = 0;
        let read = GroupRead::new(&q, intake, min, |c| {
            asked += 1;
            assert!(matches!(c, Candidate::Codes { members, .. } if members.len() == 6));
            Ok(true)
        });
        assert_eq!(asked, 1);
        assert_eq!(read.usable, 6);
        assert!(matches!(&read.data, GroupData::Codes(Ok(st)) if st.n() == 6));
        assert_eq!(read.summary().map(|s| s.n), Some(6));
    }

    #[test]
    fn a_refused_group_contributes_no_summary() {
        let q = q();
        let intake = Intake::read(&q, &codes(&q, 6)).unwrap();
        let read = GroupRead::new(&q, intake, MinGroup::default(), |_| {
            Err(Refusal::TooManyViews)
        });
        assert!(read.refused.is_some());
        assert_eq!(read.summary(), None);
    }

    #[test]
    fn too_few_codes_give_the_minimum_group_error() {
        let q = q();
        let intake = Intake::read(&q, &codes(&q, 4)).unwrap();
        let read = GroupRead::new(&q, intake, MinGroup::default(), |_| Ok(true));
        assert!(matches!(
            read.data,
            GroupData::Codes(Err(TeamError::TooFew { n: 4, needed: 5 }))
        ));
        assert_eq!(read.summary(), None);
    }
}
