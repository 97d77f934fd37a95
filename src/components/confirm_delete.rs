//! A button for a step that discards answers, with its confirmation: "Delete my
//! answers" (start screen, results), "Start over" and deleting kept-aside data (start
//! screen). Nothing happens until the person confirms.

use yew::prelude::*;

use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct ConfirmDeleteProps {
    /// Unique DOM id prefix of this confirmation.
    pub uid: AttrValue,
    pub lang: AttrValue,
    /// Classes of the row of buttons the button ends.
    pub class: Classes,
    /// Buttons shown before the button in the same row.
    #[prop_or_default]
    pub children: Html,
    /// The button's text (default: "Delete my answers").
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The question asked (default: the delete question).
    #[prop_or_default]
    pub question: Option<AttrValue>,
    /// The confirming button's text (default: "Yes, delete").
    #[prop_or_default]
    pub yes: Option<AttrValue>,
    /// Classes of the button (default: a danger button).
    #[prop_or_else(|| classes!("lr-btn", "lr-danger"))]
    pub button_class: Classes,
    /// Called once the person confirms.
    pub on_delete: Callback<()>,
}

/// A row of buttons ending in the asking button; asking shows a confirmation (an alert
/// dialog after the row, focus on Cancel) and only its Yes calls `on_delete`.
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
    let text = |v: &Option<AttrValue>, default: &'static str| {
        v.clone().unwrap_or_else(|| AttrValue::from(default))
    };
    html! {
        <>
            <div class={p.class.clone()}>
                { p.children.clone() }
                <button type="button" class={p.button_class.clone()} onclick={set(true)} ref={delete_ref}
                    aria-expanded={if *confirming { "true" } else { "false" }}>
                    { text(&p.label, s.delete_answers) }
                </button>
            </div>
            if *confirming {
                <div class="lr-confirm" role="alertdialog" aria-labelledby={id.clone()}>
                    <p id={id}>{ text(&p.question, s.delete_confirm) }</p>
                    <button type="button" class="lr-btn" onclick={set(false)} ref={cancel_ref}>{ s.cancel }</button>
                    <button type="button" class="lr-btn lr-danger" onclick={confirm}>{ text(&p.yes, s.delete_yes) }</button>
                </div>
            }
        </>
    }
}
