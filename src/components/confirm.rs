//! A button for a step that discards answers (delete, start over), which asks first:
//! the question and Yes/Cancel appear below it, and nothing happens until Yes.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDeleteProps {
    /// Unique DOM id prefix for this confirmation.
    pub id: AttrValue,
    /// The button's text ("Delete my answers", "Start over").
    pub label: AttrValue,
    /// The question asked ("Delete your saved answers from this browser?").
    pub question: AttrValue,
    /// The confirming button's text ("Yes, delete").
    pub yes: AttrValue,
    /// The cancelling button's text.
    pub cancel: AttrValue,
    /// Classes of the button (default: a danger button).
    #[prop_or_else(|| classes!("lr-btn", "lr-danger"))]
    pub class: Classes,
    pub on_confirm: Callback<()>,
}

#[component]
pub fn ConfirmDelete(p: &ConfirmDeleteProps) -> Html {
    let open = use_state(|| false);
    let cancel_ref = use_node_ref();
    // Move focus into the question when it opens (to Cancel, the safe choice), so
    // keyboard and screen-reader users answer it next.
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with(*open, move |open| {
            if *open {
                if let Some(b) = cancel_ref.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }
    let ask = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(true))
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let confirm = {
        let open = open.clone();
        let d = p.on_confirm.clone();
        Callback::from(move |_: MouseEvent| {
            open.set(false);
            d.emit(());
        })
    };
    let qid = format!("{}-confirm", p.id);
    html! {
        <>
            <button type="button" class={p.class.clone()} onclick={ask}
                aria-expanded={if *open { "true" } else { "false" }}>{ p.label.clone() }</button>
            if *open {
                <div class="lr-confirm" role="alertdialog" aria-labelledby={qid.clone()}>
                    <p id={qid}>{ p.question.clone() }</p>
                    <button type="button" class="lr-btn lr-danger" onclick={confirm}>{ p.yes.clone() }</button>
                    <button type="button" class="lr-btn" onclick={cancel} ref={cancel_ref}>{ p.cancel.clone() }</button>
                </div>
            }
        </>
    }
}
