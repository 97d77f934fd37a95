//! One question: a native radio group in a `fieldset` with a `legend` (named together
//! with its block's stem, such as "Who usually takes the lead on…", when it has one).
//! Keys: arrows (native), 1..=points choose a point, 0 chooses "can't say".
//! Each option carries its number and its label: wide containers show the label,
//! narrow ones a compact row of numbered options with a key above the block.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::domain::response::Answer;

#[derive(Properties, PartialEq, Clone)]
pub struct LikertProps {
    /// Canonical position of the question.
    pub pos: usize,
    /// Unique prefix for ids and radio names (several widgets may share a page).
    pub uid: AttrValue,
    /// Number shown before the question.
    pub number: usize,
    pub text: AttrValue,
    pub labels: Vec<AttrValue>,
    pub cant_say: Option<AttrValue>,
    pub value: Option<Answer>,
    /// Shown when the question was skipped on Next.
    pub flag: Option<AttrValue>,
    /// Id of the block's stem (the prompt before who-leads or own-leadership items).
    #[prop_or_default]
    pub stem_id: Option<AttrValue>,
    pub on_answer: Callback<(usize, Option<Answer>)>,
}

fn focus_option(target: Option<web_sys::EventTarget>, value: &str) {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let Ok(Some(fs)) = el.closest("fieldset") else {
        return;
    };
    if let Ok(Some(input)) = fs.query_selector(&format!("input[value=\"{value}\"]")) {
        if let Ok(h) = input.dyn_into::<HtmlElement>() {
            let _ = h.focus();
        }
    }
}

#[component]
pub fn Likert(p: &LikertProps) -> Html {
    let name = format!("{}-q{}", p.uid, p.pos);
    let legend_id = format!("{name}-legend");
    let flag_id = format!("{name}-flag");
    let points = p.labels.len();

    let onkeydown = {
        let on_answer = p.on_answer.clone();
        let pos = p.pos;
        let has_cant_say = p.cant_say.is_some();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let key = e.key();
            let answer = match key.parse::<usize>() {
                Ok(0) if has_cant_say => Some(("0".to_string(), Answer::CantSay)),
                Ok(d) if d >= 1 && d <= points => Some((d.to_string(), Answer::Value(d as u8))),
                _ => None,
            };
            if let Some((value, a)) = answer {
                e.prevent_default();
                on_answer.emit((pos, Some(a)));
                focus_option(e.target(), &value);
            }
        })
    };

    let option = |value: String,
                  mark: &'static str,
                  label: AttrValue,
                  checked: bool,
                  class: &'static str| {
        let on_answer = p.on_answer.clone();
        let pos = p.pos;
        let onchange = Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let a = match input.value().parse::<u8>() {
                Ok(0) => Answer::CantSay,
                Ok(v) => Answer::Value(v),
                Err(_) => return,
            };
            on_answer.emit((pos, Some(a)));
        });
        let id = format!("{name}-{value}");
        html! {
            <label class={classes!("lr-opt", class)} for={id.clone()}>
                <input type="radio" id={id} name={name.clone()} value={value.clone()}
                    {checked} {onchange} />
                <span class="lr-opt-num">{ if mark.is_empty() { value.clone() } else { mark.to_string() } }</span>
                <span class="lr-opt-label">{ label }</span>
            </label>
        }
    };

    html! {
        <fieldset class={classes!("lr-item", p.flag.is_some().then_some("lr-item-flagged"))}
            aria-labelledby={p.stem_id.as_ref().map(|st| format!("{st} {legend_id}"))}
            aria-describedby={p.flag.as_ref().map(|_| flag_id.clone())}
            {onkeydown}>
            <legend id={legend_id.clone()}>
                <span class="lr-qnum">{ format!("{}.", p.number) }</span>
                { " " }{ p.text.clone() }
            </legend>
            <div class="lr-options">
                { p.labels.iter().enumerate().map(|(i, l)| {
                    let v = i + 1;
                    option(v.to_string(), "", l.clone(), p.value == Some(Answer::Value(v as u8)), "lr-point")
                }).collect::<Html>() }
                { p.cant_say.iter().map(|l| option("0".into(), "?", l.clone(), p.value == Some(Answer::CantSay), "lr-cant")).collect::<Html>() }
            </div>
            if let Some(f) = &p.flag {
                <p class="lr-flag" id={flag_id}>{ f.clone() }</p>
            }
        </fieldset>
    }
}
