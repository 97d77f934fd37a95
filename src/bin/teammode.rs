//! The team-mode module: the team view alone, for pages whose widgets all ask for team
//! mode (`data-mode="team"`). The embed loader starts it instead of the widget module on
//! such a page; it mounts those widgets as a [`leadership_radar::team_mount::TeamApp`] (the
//! widget's frame and language picker around the team view) and leaves any other widget,
//! e.g. one added later, for the widget module. It has neither the survey nor the personal
//! results, so such a page loads less than the second module (`src/bin/team.rs`), which
//! carries both views for the widget module. One per interface language.

use leadership_radar::team_mount::TEAM;

fn main() {}

leadership_radar::widget_exports!(TEAM);
