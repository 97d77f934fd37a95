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
    let delete_ref = use_node_ref();
    let cancel_ref = use_node_ref();
    // Focus follows the dialog: to "Cancel" when it opens, back to "Delete" when it
    // closes without deleting (not on the first render).
    {
        let (delete_ref, cancel_ref) = (delete_ref.clone(), cancel_ref.clone());
        let was_open = use_mut_ref(|| false);
        use_effect_with(*confirming, move |open| {
            let target = match (*was_open.borrow(), *open) {
                (false, true) => Some(&cancel_ref),
                (true, false) => Some(&delete_ref),
                _ => None,
            };
            if let Some(el) = target.and_then(|r| r.cast::<web_sys::HtmlElement>()) {
                let _ = el.focus();
            }
            *was_open.borrow_mut() = *open;
        });
    }
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
                <button type="button" class="lr-btn lr-danger" onclick={set(true)} ref={delete_ref}>{ s.delete_answers }</button>
            </div>
            if *confirming {
                <div class="lr-confirm" role="alertdialog" aria-labelledby={id.clone()}>
                    <p id={id}>{ s.delete_confirm }</p>
                    <button type="button" class="lr-btn" onclick={set(false)} ref={cancel_ref}>{ s.cancel }</button>
                    <button type="button" class="lr-btn lr-danger" onclick={confirm}>{ s.delete_yes }</button>
                </div>
            }
        </>
    }
}
