//! The self-assessment module's entry point: exports what the embed loader calls. There
//! is one such module per interface language (`leadership-radar-<lang>.js`); the loader
//! mounts each widget with the module of its language. The personal results and the team
//! view are not linked here: they are a module of their own (`src/bin/team.rs`), loaded
//! when a person reaches them.

use leadership_radar::mount::WIDGET;

fn main() {}

leadership_radar::widget_exports!(WIDGET);
