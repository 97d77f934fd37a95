//! The "Delete my answers" button with its confirmation, shared by the start screen
//! and the results.

use yew::prelude::*;

use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct ConfirmDeleteProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    /// Classes of the row of buttons the delete button ends.
    pub class: Classes,
    /// Buttons shown before the delete button in the same row.
    #[prop_or_default]
    pub children: Html,
    /// Called once the person confirms.
    pub on_delete: Callback<()>,
}

/// A row of buttons ending in "Delete my answers"; asking shows a confirmation
/// (an alert dialog after the row) and only "Yes, delete" calls `on_delete`.
#[component]
pub fn ConfirmDelete(p: &ConfirmDeleteProps) -> Html {
    let s = i18n::strings(&p.lang);
    let confirming = use_state(|| false);
    let set = |v: bool| {
        let c = confirming.clone();
        Callback::from(move |_: MouseEvent| c.set(v))
    };
    let confirm = {
        let c = confirming.clone();
        let d = p.on_delete.clone();
        Callback::from(move |_: MouseEvent| {
            c.set(false);
            d.emit(());
        })
    };
    let id = format!("{}-confirm", p.uid);
    html! {
        <>
            <div class={p.class.clone()}>
                { p.children.clone() }
                <button type="button" class="lr-btn lr-danger" onclick={set(true)}>{ s.delete_answers }</button>
            </div>
            if *confirming {
                <div class="lr-confirm" role="alertdialog" aria-labelledby={id.clone()}>
                    <p id={id}>{ s.delete_confirm }</p>
                    <button type="button" class="lr-btn lr-danger" onclick={confirm}>{ s.delete_yes }</button>
                    <button type="button" class="lr-btn" onclick={set(false)}>{ s.cancel }</button>
                </div>
            }
        </>
    }
}
