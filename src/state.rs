//! The widget's state and its pure reducer. Side effects (saving, events to the host)
//! happen in `app.rs` effects, never here.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::code::CodeError;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::{Answer, Answers};

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Survey { page: usize },
    Results,
    Team,
}

impl Screen {
    /// Where saved progress continues: the results when finished, else its survey page.
    fn resumed(page: usize, finished: bool) -> Screen {
        if finished {
            Screen::Results
        } else {
            Screen::Survey { page }
        }
    }
}

/// A notice shown on the start screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Deleted,
    StorageCorrupt,
    StorageOtherVersion,
    StorageUnavailable,
    /// Saved answers changed in another tab or window were loaded.
    LoadedFromElsewhere,
}

/// Why the latest write of the person's answers failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveProblem {
    /// This browser or frame offers no storage (blocked, sandboxed, private mode).
    Unavailable,
    /// Storage is full (`QuotaExceededError`).
    Full,
    /// The browser refused for another reason.
    Refused,
    /// Unreadable saved data could not be moved aside, so it is not overwritten.
    Blocked,
}

/// The state of saving the person's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Saving {
    /// Every write so far succeeded (or nothing was written yet).
    #[default]
    Fine,
    /// The latest write failed; writes are retried.
    Failing(SaveProblem),
    /// Writes failed earlier and now succeed again.
    Recovered,
}

/// Saved answers as `(answers, page, finished)`.
pub type Saved = (Answers, usize, bool);

/// Everything the widget remembers.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub questionnaire: Rc<Questionnaire>,
    pub lang: String,
    pub screen: Screen,
    pub answers: Answers,
    /// Saved answers exist and may be resumed from the start screen.
    pub resumable: Option<(usize, bool)>,
    /// Questions left unanswered on the current page when Next was pressed.
    pub flagged: Vec<usize>,
    pub notice: Option<Notice>,
    /// Bumped on every page change so effects can move focus.
    pub nav: u32,
    /// The results shown were opened from a result code (not the person's own saved
    /// answers); they are never written to storage.
    pub from_code: bool,
    /// A result code in the URL could not be opened: the reason.
    pub code_error: Option<CodeError>,
    /// Whether the answers are being saved.
    pub saving: Saving,
    /// The saved answers were changed or deleted elsewhere (another tab, window or
    /// widget) while this page holds answers of its own: the stored ones (`None` =
    /// deleted, or unreadable). Nothing is written until the person chooses.
    pub conflict: Option<Option<Saved>>,
    /// How many unreadable saved values are kept aside in storage.
    pub kept_aside: usize,
}

/// Everything that can happen.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(String),
    Start,
    Resume,
    StartOver,
    Answer {
        pos: usize,
        answer: Option<Answer>,
    },
    Next,
    /// Leave the page even with unanswered questions.
    NextAnyway,
    Back,
    GoToPage(usize),
    Delete,
    Notice(Option<Notice>),
    /// Show results for answers decoded from a result code.
    OpenCode(Answers),
    /// A result code could not be decoded.
    CodeError(CodeError),
    /// Open the team view.
    OpenTeam,
    /// Leave a code's results: back to the start screen with saved answers (if any).
    Restore(Option<Saved>),
    /// The outcome of the latest write (`Ok` = saved).
    Saved(Result<(), SaveProblem>),
    /// Another tab, window or widget changed the saved answers (`None` = deleted or
    /// unreadable).
    StoredElsewhere(Option<Saved>),
    /// Conflict resolved by keeping this page's answers (they were written).
    KeepMine,
    /// Conflict resolved by taking the stored answers.
    TakeStored,
    /// The number of unreadable values kept aside changed.
    KeptAside(usize),
}

impl State {
    /// A fresh state; `saved` holds progress read from storage, if any.
    pub fn new(
        questionnaire: Rc<Questionnaire>,
        lang: String,
        saved: Option<Saved>,
        notice: Option<Notice>,
    ) -> Self {
        let (answers, resumable) = match saved {
            Some((a, page, finished)) if a.answered() > 0 => (a, Some((page, finished))),
            _ => (Answers::empty(&questionnaire), None),
        };
        State {
            questionnaire,
            lang,
            screen: Screen::Start,
            answers,
            resumable,
            flagged: Vec::new(),
            notice,
            nav: 0,
            from_code: false,
            code_error: None,
            saving: Saving::Fine,
            conflict: None,
            kept_aside: 0,
        }
    }

    /// This page holds answers of its own that are not (yet) the stored ones' basis:
    /// a survey or results in progress (not someone's code).
    fn holds_own_answers(&self) -> bool {
        !self.from_code && matches!(self.screen, Screen::Survey { .. } | Screen::Results)
    }

    fn adopt(&mut self, saved: Option<Saved>) {
        match saved {
            Some((a, page, finished)) if a.answered() > 0 => {
                self.answers = a;
                self.resumable = Some((page, finished));
            }
            _ => {
                self.answers = Answers::empty(&self.questionnaire);
                self.resumable = None;
            }
        }
    }

    /// Canonical positions of the questions on a page.
    pub fn page_positions(&self, page: usize) -> Vec<usize> {
        self.questionnaire
            .sections
            .get(page)
            .map(|s| {
                s.questions
                    .iter()
                    .filter_map(|id| self.questionnaire.position(id))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn pages(&self) -> usize {
        self.questionnaire.sections.len()
    }

    fn go(&mut self, screen: Screen) {
        self.screen = screen;
        self.flagged.clear();
        self.nav = self.nav.wrapping_add(1);
    }

    fn advance(&mut self, page: usize) {
        if page + 1 < self.pages() {
            self.go(Screen::Survey { page: page + 1 });
        } else {
            self.go(Screen::Results);
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(l) => s.lang = l,
            Action::Start | Action::StartOver => {
                s.from_code = false;
                s.answers = Answers::empty(&s.questionnaire);
                s.resumable = None;
                s.notice = None;
                s.go(Screen::Survey { page: 0 });
            }
            Action::Resume => {
                let (page, finished) = s.resumable.unwrap_or((0, false));
                s.resumable = None;
                s.notice = None;
                s.go(Screen::resumed(page, finished));
            }
            Action::Answer { pos, answer } => {
                s.answers.set(pos, answer);
                s.flagged.retain(|&p| p != pos);
            }
            Action::Next => {
                if let Screen::Survey { page } = s.screen {
                    let missing: Vec<usize> = s
                        .page_positions(page)
                        .into_iter()
                        .filter(|&p| s.answers.get(p).is_none())
                        .collect();
                    if missing.is_empty() {
                        s.advance(page);
                    } else {
                        s.flagged = missing;
                    }
                }
            }
            Action::NextAnyway => {
                if let Screen::Survey { page } = s.screen {
                    s.advance(page);
                }
            }
            Action::Back => match s.screen {
                Screen::Survey { page: 0 } => {
                    if s.answers.answered() > 0 {
                        s.resumable = Some((0, false));
                    }
                    s.go(Screen::Start)
                }
                Screen::Survey { page } => s.go(Screen::Survey { page: page - 1 }),
                Screen::Results => {
                    let last = s.pages().saturating_sub(1);
                    s.go(Screen::Survey { page: last })
                }
                Screen::Start => {}
                Screen::Team => s.go(Screen::Start),
            },
            Action::GoToPage(p) => {
                let p = p.min(s.pages().saturating_sub(1));
                s.go(Screen::Survey { page: p });
            }
            Action::Delete => {
                s.from_code = false;
                s.answers = Answers::empty(&s.questionnaire);
                s.resumable = None;
                s.notice = Some(Notice::Deleted);
                s.go(Screen::Start);
            }
            Action::Notice(n) => s.notice = n,
            Action::OpenCode(answers) => {
                s.answers = answers;
                s.from_code = true;
                s.code_error = None;
                s.go(Screen::Results);
            }
            Action::CodeError(e) => s.code_error = Some(e),
            Action::OpenTeam => s.go(Screen::Team),
            Action::Restore(saved) => {
                s.from_code = false;
                s.adopt(saved);
                s.go(Screen::Start);
            }
            Action::Saved(outcome) => {
                s.saving = match (outcome, s.saving) {
                    (Err(p), _) => Saving::Failing(p),
                    (Ok(()), Saving::Failing(_) | Saving::Recovered) => Saving::Recovered,
                    (Ok(()), Saving::Fine) => Saving::Fine,
                };
            }
            Action::StoredElsewhere(saved) => {
                if s.holds_own_answers() {
                    s.conflict = Some(saved);
                } else if !s.from_code {
                    let had = s.resumable.is_some();
                    s.adopt(saved);
                    if s.screen == Screen::Start && (had || s.resumable.is_some()) {
                        s.notice = Some(Notice::LoadedFromElsewhere);
                    }
                }
            }
            Action::KeepMine => s.conflict = None,
            Action::TakeStored => {
                if let Some(saved) = s.conflict.take() {
                    match saved {
                        Some((a, page, finished)) if a.answered() > 0 => {
                            s.answers = a;
                            s.resumable = None;
                            s.go(Screen::resumed(page, finished));
                        }
                        _ => {
                            s.answers = Answers::empty(&s.questionnaire);
                            s.resumable = None;
                            s.notice = Some(Notice::Deleted);
                            s.go(Screen::Start);
                        }
                    }
                }
            }
            Action::KeptAside(n) => s.kept_aside = n,
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Rc<State> {
        Rc::new(State::new(
            Rc::new(Questionnaire::default_questionnaire()),
            "en".into(),
            None,
            None,
        ))
    }

    #[test]
    fn next_with_unanswered_flags_instead_of_moving() {
        let s = fresh().reduce(Action::Start).reduce(Action::Next);
        assert_eq!(s.screen, Screen::Survey { page: 0 });
        assert_eq!(s.flagged, s.page_positions(0));
        let s = s.reduce(Action::NextAnyway);
        assert_eq!(s.screen, Screen::Survey { page: 1 });
        assert!(s.flagged.is_empty());
    }

    #[test]
    fn answering_everything_reaches_results() {
        let mut s = fresh().reduce(Action::Start);
        let pages = s.questionnaire.sections.len();
        for page in 0..pages {
            for pos in s.page_positions(page) {
                s = s.reduce(Action::Answer {
                    pos,
                    answer: Some(Answer::Value(3)),
                });
            }
            s = s.reduce(Action::Next);
        }
        assert_eq!(s.screen, Screen::Results);
        assert_eq!(s.answers.answered(), s.questionnaire.question_count());
    }

    #[test]
    fn back_from_first_page_is_start_and_delete_clears() {
        let s = fresh()
            .reduce(Action::Start)
            .reduce(Action::Answer {
                pos: 0,
                answer: Some(Answer::CantSay),
            })
            .reduce(Action::Back);
        assert_eq!(s.screen, Screen::Start);
        assert_eq!(s.answers.answered(), 1);
        assert_eq!(
            s.resumable,
            Some((0, false)),
            "answers can be resumed or deleted"
        );
        let s = s.reduce(Action::Delete);
        assert_eq!(s.answers.answered(), 0);
        assert_eq!(s.notice, Some(Notice::Deleted));
    }

    #[test]
    fn resume_returns_to_saved_page() {
        let q = Rc::new(Questionnaire::default_questionnaire());
        let mut a = Answers::empty(&q);
        a.set(0, Some(Answer::Value(2)));
        let s = Rc::new(State::new(q, "en".into(), Some((a, 3, false)), None));
        assert_eq!(s.resumable, Some((3, false)));
        let s = s.reduce(Action::Resume);
        assert_eq!(s.screen, Screen::Survey { page: 3 });
        assert_eq!(s.answers.get(0), Some(Answer::Value(2)));
    }

    #[test]
    fn opening_a_code_shows_results_without_touching_resume() {
        let q = Rc::new(Questionnaire::default_questionnaire());
        let mut saved = Answers::empty(&q);
        saved.set(0, Some(Answer::Value(2)));
        let mut other = Answers::empty(&q);
        other.set(0, Some(Answer::Value(5)));
        let s = Rc::new(State::new(q, "en".into(), Some((saved, 1, false)), None))
            .reduce(Action::OpenCode(other.clone()));
        assert_eq!(s.screen, Screen::Results);
        assert!(s.from_code);
        assert_eq!(s.answers, other);
        let s = s.reduce(Action::Start);
        assert!(!s.from_code);
        assert_eq!(s.answers.answered(), 0);
    }

    #[test]
    fn language_switch_keeps_answers() {
        let s = fresh()
            .reduce(Action::Start)
            .reduce(Action::Answer {
                pos: 2,
                answer: Some(Answer::Value(5)),
            })
            .reduce(Action::SetLang("de".into()));
        assert_eq!(s.lang, "de");
        assert_eq!(s.answers.get(2), Some(Answer::Value(5)));
        assert_eq!(s.screen, Screen::Survey { page: 0 });
    }
}
