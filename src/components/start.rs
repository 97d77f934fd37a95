//! The start screen: what is measured, how long it takes, privacy, language, start.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::confirm_delete::ConfirmDelete;
use crate::domain::export::WIDGET_VERSION;
use crate::domain::facts::Facts;
use crate::i18n::{self, fill, Strings};
use crate::state::Notice;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    pub title: AttrValue,
    pub description: AttrValue,
    /// What the questionnaire asks and how long it takes.
    pub facts: Rc<Facts>,
    /// Show the title (`false` when the host page has its own: it stays for screen readers).
    #[prop_or(true)]
    pub header: bool,
    /// Offer the team view.
    #[prop_or(true)]
    pub team_entry: bool,
    pub resumable: bool,
    pub notice: Option<Notice>,
    /// Why a result code in the URL could not be opened.
    pub code_error: Option<AttrValue>,
    pub on_start: Callback<()>,
    pub on_resume: Callback<()>,
    pub on_team: Callback<()>,
    pub on_delete: Callback<()>,
    /// How many unreadable saved values are kept aside, and the storage key of the first.
    pub kept_aside: usize,
    pub kept_key: AttrValue,
    pub on_download_kept: Callback<()>,
    pub on_delete_kept: Callback<()>,
}

fn notice_text(s: &Strings, n: Notice) -> &'static str {
    match n {
        Notice::Deleted => s.deleted,
        Notice::StorageCorrupt => s.storage_notice_corrupt,
        Notice::StorageOtherVersion => s.storage_notice_version,
        Notice::StorageUnavailable => s.storage_unavailable,
        Notice::LoadedFromElsewhere => s.storage_loaded_elsewhere,
    }
}

#[component]
pub fn Start(p: &StartProps) -> Html {
    let s = i18n::strings(&p.lang);
    let start = p.on_start.reform(|_: MouseEvent| ());
    let resume = p.on_resume.reform(|_: MouseEvent| ());
    let team = p.on_team.reform(|_: MouseEvent| ());
    let download_kept = p.on_download_kept.reform(|_: MouseEvent| ());
    html! {
        <section class="lr-start" aria-labelledby={format!("{}-h", p.uid)}>
            <h2 id={format!("{}-h", p.uid)} class={classes!("lr-h", (!p.header).then_some("lr-visually-hidden"))} tabindex="-1">{ p.title.clone() }</h2>
            <p>{ p.description.clone() }</p>
            <p class="lr-measures">{ s.intro_measures.of(&s.locale, p.facts.aspects) }</p>
            <p class="lr-muted lr-time">{ fill(&s.intro_time.of(&s.locale, p.facts.minutes as usize), &[("s", p.facts.statements.to_string())]) }</p>
            <div class="lr-privacy">
                <h3>{ s.privacy_title }</h3>
                <p>{ s.privacy_text }</p>
            </div>
            if let Some(e) = &p.code_error {
                <div class="lr-notice lr-error" role="alert">
                    <p><strong>{ s.code_error }</strong>{ ": " }{ e.clone() }</p>
                </div>
            }
            if let Some(n) = p.notice {
                <p class="lr-notice" role="status">{ notice_text(s, n) }</p>
            }
            if p.resumable {
                <p>{ s.saved_found }</p>
                // Start over replaces the saved answers, so it asks like Delete does.
                <ConfirmDelete uid={format!("{}-over", p.uid)} lang={p.lang.clone()} class={classes!("lr-actions")}
                    label={s.start_over} question={s.start_over_confirm} yes={s.start_over_yes}
                    button_class={classes!("lr-btn")} on_delete={p.on_start.clone()}>
                    <button type="button" class="lr-btn lr-primary" onclick={resume}>{ s.resume }</button>
                </ConfirmDelete>
                <ConfirmDelete uid={p.uid.clone()} lang={p.lang.clone()} class={classes!("lr-actions")} on_delete={p.on_delete.clone()} />
            } else {
                <div class="lr-actions">
                    <button type="button" class="lr-btn lr-primary" onclick={start}>{ s.start }</button>
                </div>
            }
            if p.kept_aside > 0 {
                <div class="lr-notice lr-kept" role="note">
                    <p>{ fill(s.kept_aside_text, &[("n", p.kept_aside.to_string()), ("key", p.kept_key.to_string())]) }</p>
                    <ConfirmDelete uid={format!("{}-kept", p.uid)} lang={p.lang.clone()} class={classes!("lr-actions")}
                        label={s.kept_aside_delete} question={s.kept_aside_confirm}
                        on_delete={p.on_delete_kept.clone()}>
                        <button type="button" class="lr-btn" onclick={download_kept}>{ s.kept_aside_download }</button>
                    </ConfirmDelete>
                </div>
            }
            if p.team_entry {
                <div class="lr-team-entry">
                    <h3>{ s.team_title }</h3>
                    <p class="lr-muted">{ s.team_entry_text }</p>
                    <button type="button" class="lr-btn" onclick={team}>{ s.team_view }</button>
                </div>
            }
            <p class="lr-muted lr-version">{ fill(s.version_line, &[("version", WIDGET_VERSION.to_string())]) }</p>
        </section>
    }
}
