//! What one group's text yields in the team view: team figures from personal codes,
//! one summary code, or why neither; the differencing candidate it presents to the
//! session ledger; and the summary it contributes to comparisons.

use std::rc::Rc;

use super::intake::{self, Intake, Invalid, MemberKey, TextError};
use super::questionnaire::Questionnaire;
use super::team::differencing::{self, Candidate, Figure, Figures, Ledger, Refusal, Withheld};
use super::team::{self, MinGroup, Summary, TeamAcc, TeamError, TeamStats};

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

/// A group being read: its intake, with the team figures and each member's figures
/// added slice by slice as codes are read, so that little is left for the end.
pub struct Reading {
    intake: Intake,
    acc: TeamAcc,
    /// Per usable response (in the intake's order), the figures it counts in.
    figures: Vec<Figures>,
}

impl Reading {
    /// Nothing read yet, for codes of `q`.
    pub fn new(q: &Questionnaire) -> Reading {
        Reading {
            intake: Intake::for_one(q),
            acc: TeamAcc::new(q),
            figures: Vec::new(),
        }
    }

    /// A reading of an intake read at once.
    pub fn of(q: &Questionnaire, intake: Intake) -> Reading {
        let mut r = Reading::new(q);
        r.intake = intake;
        r.add_new(q);
        r
    }

    /// Makes room for `n` candidates to come ([`Intake::reserve`](intake::Intake::reserve)).
    pub fn reserve(&mut self, n: usize) {
        self.intake.reserve(n);
        self.figures.reserve(n);
    }

    /// Reads a chunk of candidates and adds its new responses to the team figures.
    pub fn feed(&mut self, q: &Questionnaire, chunk: &[intake::Candidate<'_>]) {
        self.intake.feed(q, chunk);
        self.add_new(q);
    }

    /// What the group yields (its team figures from the sums kept), before the ledger
    /// is asked: the first step of [`GroupRead::of_reading`], so a caller can yield
    /// between the two.
    pub fn data(&self, q: &Questionnaire, min: MinGroup) -> GroupData {
        GroupData::sorted(&self.intake, min, || self.acc.finish(q, min))
    }

    fn add_new(&mut self, q: &Questionnaire) {
        for a in &self.intake.responses[self.figures.len()..] {
            self.figures.push(self.acc.add(q, a));
        }
    }
}

impl GroupData {
    /// Sorts a finished intake: personal codes give team figures (below the minimum
    /// group, the error that says so), a single summary of at least the minimum stands
    /// for its group, anything else is [`Unusable`].
    pub fn of(q: &Questionnaire, intake: &Intake, min: MinGroup) -> GroupData {
        Self::sorted(intake, min, || team::team_stats(q, &intake.responses, min))
    }

    /// [`of`](Self::of), with the team figures computed by `stats` when needed.
    fn sorted(
        intake: &Intake,
        min: MinGroup,
        stats: impl FnOnce() -> Result<TeamStats, TeamError>,
    ) -> GroupData {
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
            (false, 0) => GroupData::Codes(stats().map(Rc::new)),
            (false, _) => GroupData::Unusable(Unusable::Mixed),
        }
    }
}

/// Checks a group against the ledger and records it: the data to show (without the
/// figures the ledger withholds), why it is refused as a whole if it is, and the
/// figures withheld. The summary key of a code group is taken from its data after
/// withholding, so a summary made from it is recognised later.
fn admit(
    q: &Questionnaire,
    reading: &Reading,
    data: GroupData,
    ledger: &mut Ledger<MemberKey>,
    letter: char,
) -> (GroupData, Option<Refusal>, Vec<Withheld>) {
    let figures = |w: &[Withheld]| w.iter().map(|w| w.figure).collect::<Vec<Figure>>();
    match data {
        GroupData::Codes(Ok(st)) => {
            // The keys are shared with the intake (no copy of the codes).
            let members: Vec<(MemberKey, Figures)> = reading
                .intake
                .codes
                .iter()
                .cloned()
                .zip(reading.figures.iter().copied())
                .collect();
            let mut candidate = Candidate::Codes {
                members,
                summary: None,
            };
            let withheld = match ledger.check_only(&candidate) {
                Ok(w) => w,
                Err(r) => return (GroupData::Codes(Ok(st)), Some(r), Vec::new()),
            };
            let st = if withheld.is_empty() {
                st
            } else {
                Rc::new(st.without(&figures(&withheld)))
            };
            // The summary code these results offer, as read back from its text.
            if let Candidate::Codes { summary, .. } = &mut candidate {
                *summary = team::summary_decode(q, &team::summary_encode(q, &st))
                    .ok()
                    .map(|s| differencing::summary_key(&s));
            }
            match ledger.admit(&candidate, letter) {
                Ok(a) => (GroupData::Codes(Ok(st)), None, a.withheld),
                Err(r) => (GroupData::Codes(Ok(st)), Some(r), Vec::new()),
            }
        }
        GroupData::Summary(s) => match ledger.admit(&differencing::summary_candidate(&s), letter) {
            Ok(a) if a.withheld.is_empty() => (GroupData::Summary(s), None, a.withheld),
            Ok(a) => {
                let s = Rc::new(s.without(&figures(&a.withheld)));
                (GroupData::Summary(s), None, a.withheld)
            }
            Err(r) => (GroupData::Summary(s), Some(r), Vec::new()),
        },
        other => (other, None, Vec::new()),
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
    /// Figures left out because, with the views shown before, they alone would single
    /// people out (the rest is shown; already removed from `data`).
    pub withheld: Rc<Vec<Withheld>>,
}

impl GroupRead {
    /// The outcome of a finished intake: its data, checked against the session's
    /// `ledger` and recorded there as shown in group `letter`. Figures the ledger
    /// withholds are removed from the data (and so from the summary code the results
    /// offer, which is part of the recorded view); a refusal keeps the data but marks
    /// it refused. The ledger is asked only when figures would be shown.
    pub fn new(
        q: &Questionnaire,
        intake: Intake,
        min: MinGroup,
        ledger: &mut Ledger<MemberKey>,
        letter: char,
    ) -> GroupRead {
        GroupRead::of_reading(q, Reading::of(q, intake), min, ledger, letter)
    }

    /// [`new`](Self::new) for a group read slice by slice: its team figures are
    /// already added up.
    pub fn of_reading(
        q: &Questionnaire,
        reading: Reading,
        min: MinGroup,
        ledger: &mut Ledger<MemberKey>,
        letter: char,
    ) -> GroupRead {
        let data = reading.data(q, min);
        GroupRead::admitted(q, reading, data, ledger, letter)
    }

    /// The second step of [`of_reading`](Self::of_reading): `data` (from
    /// [`Reading::data`]) checked against the ledger and recorded there.
    pub fn admitted(
        q: &Questionnaire,
        reading: Reading,
        data: GroupData,
        ledger: &mut Ledger<MemberKey>,
        letter: char,
    ) -> GroupRead {
        let (data, refused, withheld) = admit(q, &reading, data, ledger, letter);
        let intake = reading.intake;
        GroupRead {
            usable: intake.responses.len(),
            duplicates: intake.duplicates,
            invalid: Rc::new(intake.invalid),
            data,
            refused: refused.map(Rc::new),
            withheld: Rc::new(withheld),
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
    use crate::domain::response::{Answer, Answers};

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
        let mut ledger = Ledger::new(5, q.dimensions.len());
        let read = GroupRead::new(&q, intake, MinGroup::default(), &mut ledger, 'A');
        assert_eq!(read.data, GroupData::Unusable(Unusable::NoCodes));
        assert!(ledger.is_empty(), "nothing shown, nothing recorded");
        assert_eq!(read.summary(), None);
    }

    #[test]
    fn codes_give_figures_once_the_ledger_admits_them() {
        let q = q();
        let min = MinGroup::default();
        let intake = Intake::read(&q, &codes(&q, 6)).unwrap();
        let mut ledger = Ledger::new(min.get(), q.dimensions.len());
        let read = GroupRead::new(&q, intake, min, &mut ledger, 'A');
        assert_eq!(ledger.len(), 1, "recorded as shown");
        assert!(read.refused.is_none() && read.withheld.is_empty());
        assert_eq!(read.usable, 6);
        assert!(matches!(&read.data, GroupData::Codes(Ok(st)) if st.n() == 6));
        assert_eq!(read.summary().map(|s| s.n), Some(6));
    }

    #[test]
    fn a_refused_group_contributes_no_summary() {
        let q = q();
        let min = MinGroup::default();
        let mut ledger = Ledger::new(min.get(), q.dimensions.len());
        let six = codes(&q, 6);
        GroupRead::new(&q, Intake::read(&q, &six).unwrap(), min, &mut ledger, 'A');
        // The same six plus one more: one person would be singled out.
        let seven = format!("{six}\n{}", codes(&q, 7).lines().last().unwrap());
        let read = GroupRead::new(&q, Intake::read(&q, &seven).unwrap(), min, &mut ledger, 'B');
        assert!(matches!(
            read.refused.as_deref(),
            Some(Refusal::SmallCell { size: 1, .. })
        ));
        assert_eq!(read.summary(), None);
    }

    #[test]
    fn too_few_codes_give_the_minimum_group_error() {
        let q = q();
        let intake = Intake::read(&q, &codes(&q, 4)).unwrap();
        let mut ledger = Ledger::new(5, q.dimensions.len());
        let read = GroupRead::new(&q, intake, MinGroup::default(), &mut ledger, 'A');
        assert!(matches!(
            read.data,
            GroupData::Codes(Err(TeamError::TooFew { n: 4, needed: 5 }))
        ));
        assert_eq!(read.summary(), None);
    }
}
