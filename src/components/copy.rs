//! A result code with a Copy button that tells the truth: "Copied" only after the
//! browser confirmed the Clipboard API write; otherwise the code is selected and the
//! person is told which keys copy it.

use yew::prelude::*;

use crate::effects;
use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct CopyCodeProps {
    pub code: AttrValue,
    /// Accessible name of the code.
    pub label: AttrValue,
    pub lang: AttrValue,
    /// Extra classes of the code element.
    #[prop_or_default]
    pub class: Classes,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    None,
    Copying,
    Copied,
    /// The Clipboard API is missing or refused: the code is selected instead.
    Manual,
}

#[component]
pub fn CopyCode(p: &CopyCodeProps) -> Html {
    let s = i18n::strings(&p.lang);
    let outcome = use_state(|| Outcome::None);
    let code_ref = use_node_ref();
    {
        // A new code (answers changed) has not been copied.
        let outcome = outcome.clone();
        use_effect_with(p.code.clone(), move |_| outcome.set(Outcome::None));
    }
    let onclick = {
        let outcome = outcome.clone();
        let code = p.code.clone();
        let code_ref = code_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            let code = code.clone();
            let code_ref = code_ref.clone();
            outcome.set(Outcome::Copying);
            yew::platform::spawn_local(async move {
                if effects::copy(&code).await {
                    outcome.set(Outcome::Copied);
                } else {
                    if let Some(el) = code_ref.cast::<web_sys::Element>() {
                        effects::select_text(&el);
                    }
                    outcome.set(Outcome::Manual);
                }
            });
        })
    };
    let status = match *outcome {
        Outcome::Copied => s.copied,
        Outcome::Manual => s.copy_manual,
        Outcome::None | Outcome::Copying => "",
    };
    html! {
        <>
            <p class="lr-code-row">
                <output class={classes!("lr-code", p.class.clone())} aria-label={p.label.clone()} ref={code_ref}>{ p.code.clone() }</output>
                <button type="button" class="lr-btn lr-noprint lr-copy" {onclick}>{ s.copy }</button>
            </p>
            <p class={classes!("lr-copy-status", "lr-noprint", (*outcome == Outcome::Manual).then_some("lr-notice"))}
                role="status">{ status }</p>
        </>
    }
}
