//! The team view's groups as a pure state machine: stable ids and letters, reading
//! status with a token per reading run, results and "out of date" marks.
//!
//! Every action names its group by [`GroupId`], never by position, so removing, adding
//! or re-reading a group while another one is being read can never move progress or
//! results to another group. A reading run carries a [`ReadToken`]; progress and the
//! final result of a run apply only while that run is the group's current one (a
//! removed group or a newer run silently drops them).
//!
//! The text of a group is not held here: the interface reads it when "Read codes" is
//! clicked (an uncontrolled text box, so typing does not copy the text around). The
//! state only learns *that* the text changed ([`Action::Edited`]), which marks shown
//! results as out of date.

/// Most groups that can be open at once.
pub const MAX_GROUPS: usize = 4;

/// Names groups for their whole life; never reused within one [`Groups`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupId(u32);

impl GroupId {
    /// A number for DOM ids and keys.
    pub fn get(self) -> u32 {
        self.0
    }
}

/// Identifies one reading run of one group (chosen by the caller, e.g. a counter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReadToken(pub u32);

/// A file that could not be added to a group's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// The file's name.
    pub name: String,
    /// Its size in bytes.
    pub bytes: usize,
    /// The most bytes accepted.
    pub max_bytes: usize,
}

/// Where a group is, generic over what a finished reading yields.
#[derive(Debug, Clone, PartialEq)]
pub enum Status<R> {
    /// Not read yet.
    Empty,
    /// Being read by run `token`: `done` of `total` candidates (`total` 0 = starting).
    Reading {
        /// The run.
        token: ReadToken,
        /// Candidates read so far.
        done: usize,
        /// Candidates found.
        total: usize,
    },
    /// Read; `stale` when the text changed after this reading started.
    Done {
        /// What the reading yielded.
        result: R,
        /// The text changed since: the result is out of date.
        stale: bool,
    },
}

/// One group.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<R> {
    /// Stable id.
    pub id: GroupId,
    /// Stable letter shown to people ("Group B"), kept when other groups are removed.
    pub letter: char,
    /// Reading status and result.
    pub status: Status<R>,
    /// The text changed since the current reading started (or since creation).
    edited: bool,
    /// The last file that could not be added.
    pub file_problem: Option<FileProblem>,
}

impl<R> Group<R> {
    /// Whether a reading run is in progress.
    pub fn is_reading(&self) -> bool {
        matches!(self.status, Status::Reading { .. })
    }

    /// The finished result, if any, and whether it is out of date.
    pub fn result(&self) -> Option<(&R, bool)> {
        match &self.status {
            Status::Done { result, stale } => Some((result, *stale)),
            _ => None,
        }
    }
}

/// Something that happened to the groups.
#[derive(Debug, Clone, PartialEq)]
pub enum Action<R> {
    /// Add a group (ignored at [`MAX_GROUPS`]).
    Add,
    /// Remove a group (ignored for the last one and for unknown ids).
    Remove(GroupId),
    /// The group's text changed (typed, pasted, or a file appended).
    Edited(GroupId),
    /// A file could not be appended.
    FileRefused(GroupId, FileProblem),
    /// Reading run `token` starts on the group's current text.
    StartRead(GroupId, ReadToken),
    /// Progress of run `token`.
    Progress {
        /// The group.
        id: GroupId,
        /// The run.
        token: ReadToken,
        /// Candidates read.
        done: usize,
        /// Candidates found.
        total: usize,
    },
    /// Run `token` finished with `result`.
    Finish(GroupId, ReadToken, R),
}

/// The groups of one team view, in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct Groups<R> {
    groups: Vec<Group<R>>,
    next_id: u32,
}

impl<R> Default for Groups<R> {
    /// One empty group, "A".
    fn default() -> Self {
        let mut g = Groups {
            groups: Vec::new(),
            next_id: 0,
        };
        g.push_new();
        g
    }
}

impl<R> Groups<R> {
    /// The groups in display order.
    pub fn list(&self) -> &[Group<R>] {
        &self.groups
    }

    /// The group with this id.
    pub fn get(&self, id: GroupId) -> Option<&Group<R>> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// Whether another group can be added.
    pub fn can_add(&self) -> bool {
        self.groups.len() < MAX_GROUPS
    }

    /// Whether groups can be removed (never the last one).
    pub fn can_remove(&self) -> bool {
        self.groups.len() > 1
    }

    /// Whether run `token` is the current run of group `id` (false once the group is
    /// removed or re-read): a reading task stops when this turns false.
    pub fn is_current(&self, id: GroupId, token: ReadToken) -> bool {
        matches!(self.get(id).map(|g| &g.status), Some(Status::Reading { token: t, .. }) if *t == token)
    }

    /// Finished results with their group, in display order.
    pub fn results(&self) -> impl Iterator<Item = (&Group<R>, &R)> {
        self.groups
            .iter()
            .filter_map(|g| g.result().map(|(r, _)| (g, r)))
    }

    fn push_new(&mut self) {
        let letter = ('A'..='Z')
            .find(|c| self.groups.iter().all(|g| g.letter != *c))
            .unwrap_or('?');
        self.groups.push(Group {
            id: GroupId(self.next_id),
            letter,
            status: Status::Empty,
            edited: false,
            file_problem: None,
        });
        self.next_id = self.next_id.wrapping_add(1);
    }

    fn get_mut(&mut self, id: GroupId) -> Option<&mut Group<R>> {
        self.groups.iter_mut().find(|g| g.id == id)
    }

    /// Applies an action; returns whether anything changed (so an interface can skip
    /// a re-render for repeated edits or for progress of a dropped run).
    pub fn apply(&mut self, action: Action<R>) -> bool {
        match action {
            Action::Add => {
                if !self.can_add() {
                    return false;
                }
                self.push_new();
                true
            }
            Action::Remove(id) => {
                if !self.can_remove() {
                    return false;
                }
                let before = self.groups.len();
                self.groups.retain(|g| g.id != id);
                self.groups.len() != before
            }
            Action::Edited(id) => {
                let Some(g) = self.get_mut(id) else {
                    return false;
                };
                let mut changed = !g.edited;
                g.edited = true;
                if let Status::Done { stale, .. } = &mut g.status {
                    changed |= !*stale;
                    *stale = true;
                }
                if g.file_problem.take().is_some() {
                    changed = true;
                }
                changed
            }
            Action::FileRefused(id, p) => match self.get_mut(id) {
                Some(g) => {
                    g.file_problem = Some(p);
                    true
                }
                None => false,
            },
            Action::StartRead(id, token) => match self.get_mut(id) {
                Some(g) => {
                    g.status = Status::Reading {
                        token,
                        done: 0,
                        total: 0,
                    };
                    g.edited = false;
                    g.file_problem = None;
                    true
                }
                None => false,
            },
            Action::Progress {
                id,
                token,
                done,
                total,
            } => match self.get_mut(id).map(|g| &mut g.status) {
                Some(Status::Reading {
                    token: t,
                    done: d,
                    total: n,
                }) if *t == token => {
                    let changed = (*d, *n) != (done, total);
                    *d = done;
                    *n = total;
                    changed
                }
                _ => false,
            },
            Action::Finish(id, token, result) => {
                if !self.is_current(id, token) {
                    return false;
                }
                let Some(g) = self.get_mut(id) else {
                    return false;
                };
                g.status = Status::Done {
                    result,
                    stale: g.edited,
                };
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type G = Groups<&'static str>;

    fn ids(g: &G) -> Vec<GroupId> {
        g.list().iter().map(|x| x.id).collect()
    }

    fn letters(g: &G) -> String {
        g.list().iter().map(|x| x.letter).collect()
    }

    #[test]
    fn starts_with_one_group_a_and_adds_up_to_the_maximum() {
        let mut g = G::default();
        assert_eq!(letters(&g), "A");
        for _ in 0..10 {
            g.apply(Action::Add);
        }
        assert_eq!(g.list().len(), MAX_GROUPS);
        assert_eq!(letters(&g), "ABCD");
        assert!(!g.apply(Action::Add));
        // Never removes the last group.
        let all = ids(&g);
        for id in &all {
            g.apply(Action::Remove(*id));
        }
        assert_eq!(ids(&g), vec![all[3]]);
        assert!(!g.apply(Action::Remove(all[3])));
    }

    /// The sequence from the issue: A (6 codes), B (10,000 codes), C (empty); read B;
    /// while it reads, remove A. B's progress and results stay with B; C stays empty.
    #[test]
    fn removing_a_group_while_another_reads_never_moves_results() {
        let mut g = G::default();
        g.apply(Action::Add);
        g.apply(Action::Add);
        let [a, b, c] = [0, 1, 2].map(|i| g.list()[i].id);
        g.apply(Action::StartRead(a, ReadToken(1)));
        g.apply(Action::Finish(a, ReadToken(1), "6 codes"));
        g.apply(Action::StartRead(b, ReadToken(2)));
        assert!(g.apply(Action::Progress {
            id: b,
            token: ReadToken(2),
            done: 500,
            total: 10_000
        }));
        assert!(g.apply(Action::Remove(a)));
        assert!(g.apply(Action::Progress {
            id: b,
            token: ReadToken(2),
            done: 1000,
            total: 10_000
        }));
        assert_eq!(
            g.get(b).unwrap().status,
            Status::Reading {
                token: ReadToken(2),
                done: 1000,
                total: 10_000
            }
        );
        assert!(g.is_current(b, ReadToken(2)));
        assert!(g.apply(Action::Finish(b, ReadToken(2), "10000 codes")));
        // B keeps its letter and holds its result; C is still empty.
        assert_eq!(letters(&g), "BC");
        assert_eq!(g.get(b).unwrap().result(), Some((&"10000 codes", false)));
        assert_eq!(g.get(c).unwrap().status, Status::Empty);
        let shown: Vec<(char, &str)> = g.results().map(|(gr, r)| (gr.letter, *r)).collect();
        assert_eq!(shown, vec![('B', "10000 codes")]);
        // A new group takes the free letter A, at the end, with a new id.
        g.apply(Action::Add);
        assert_eq!(letters(&g), "BCA");
        assert!(!ids(&g).contains(&a));
    }

    #[test]
    fn a_removed_group_drops_its_runs_progress_and_result() {
        let mut g = G::default();
        g.apply(Action::Add);
        let [a, b] = [0, 1].map(|i| g.list()[i].id);
        g.apply(Action::StartRead(a, ReadToken(7)));
        g.apply(Action::Remove(a));
        assert!(!g.is_current(a, ReadToken(7)));
        assert!(!g.apply(Action::Progress {
            id: a,
            token: ReadToken(7),
            done: 1,
            total: 2
        }));
        assert!(!g.apply(Action::Finish(a, ReadToken(7), "late")));
        assert_eq!(g.get(b).unwrap().status, Status::Empty);
        assert_eq!(g.results().count(), 0);
    }

    #[test]
    fn re_reading_replaces_the_run_and_drops_the_older_one() {
        let mut g = G::default();
        let a = g.list()[0].id;
        g.apply(Action::StartRead(a, ReadToken(1)));
        g.apply(Action::StartRead(a, ReadToken(2)));
        assert!(!g.is_current(a, ReadToken(1)));
        assert!(!g.apply(Action::Finish(a, ReadToken(1), "old text")));
        assert!(g.apply(Action::Finish(a, ReadToken(2), "new text")));
        assert_eq!(g.get(a).unwrap().result(), Some((&"new text", false)));
    }

    #[test]
    fn reading_another_group_while_one_reads_keeps_both_apart() {
        let mut g = G::default();
        g.apply(Action::Add);
        let [a, b] = [0, 1].map(|i| g.list()[i].id);
        g.apply(Action::StartRead(a, ReadToken(1)));
        g.apply(Action::StartRead(b, ReadToken(2)));
        // A token of one group never applies to the other.
        assert!(!g.apply(Action::Finish(b, ReadToken(1), "wrong")));
        g.apply(Action::Finish(b, ReadToken(2), "b"));
        g.apply(Action::Finish(a, ReadToken(1), "a"));
        let shown: Vec<(char, &str)> = g.results().map(|(gr, r)| (gr.letter, *r)).collect();
        assert_eq!(shown, vec![('A', "a"), ('B', "b")]);
    }

    #[test]
    fn edits_mark_results_out_of_date_once_and_a_new_read_clears_it() {
        let mut g = G::default();
        let a = g.list()[0].id;
        // Typing into an empty group changes nothing visible after the first time.
        assert!(g.apply(Action::Edited(a)));
        assert!(!g.apply(Action::Edited(a)));
        g.apply(Action::StartRead(a, ReadToken(1)));
        g.apply(Action::Finish(a, ReadToken(1), "r"));
        assert_eq!(g.get(a).unwrap().result(), Some((&"r", false)));
        assert!(g.apply(Action::Edited(a)));
        assert!(
            !g.apply(Action::Edited(a)),
            "repeated keystrokes need no re-render"
        );
        assert_eq!(g.get(a).unwrap().result(), Some((&"r", true)));
        // Edited while reading: the result arrives already out of date.
        g.apply(Action::StartRead(a, ReadToken(2)));
        g.apply(Action::Edited(a));
        g.apply(Action::Finish(a, ReadToken(2), "s"));
        assert_eq!(g.get(a).unwrap().result(), Some((&"s", true)));
        g.apply(Action::StartRead(a, ReadToken(3)));
        g.apply(Action::Finish(a, ReadToken(3), "t"));
        assert_eq!(g.get(a).unwrap().result(), Some((&"t", false)));
    }

    #[test]
    fn file_problems_are_kept_until_the_text_changes_or_is_read() {
        let mut g = G::default();
        let a = g.list()[0].id;
        let p = FileProblem {
            name: "big.txt".into(),
            bytes: 9_000_000,
            max_bytes: 8_388_608,
        };
        assert!(g.apply(Action::FileRefused(a, p.clone())));
        assert_eq!(g.get(a).unwrap().file_problem, Some(p));
        g.apply(Action::Edited(a));
        assert_eq!(g.get(a).unwrap().file_problem, None);
        assert!(!g.apply(Action::FileRefused(
            GroupId(99),
            FileProblem {
                name: String::new(),
                bytes: 0,
                max_bytes: 0
            }
        )));
    }

    #[test]
    fn unchanged_progress_reports_no_change() {
        let mut g = G::default();
        let a = g.list()[0].id;
        g.apply(Action::StartRead(a, ReadToken(1)));
        let p = Action::Progress {
            id: a,
            token: ReadToken(1),
            done: 5,
            total: 9,
        };
        assert!(g.apply(p.clone()));
        assert!(!g.apply(p));
    }
}
