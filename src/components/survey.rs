//! One survey page: progress, the section's questions, Back/Next.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::components::likert::Likert;
use crate::domain::questionnaire::{pick, QuestionKind};
use crate::domain::response::Answer;
use crate::i18n::{self, fill};
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct SurveyProps {
    pub uid: AttrValue,
    pub state: Rc<State>,
    pub page: usize,
    pub on_answer: Callback<(usize, Option<Answer>)>,
    pub on_next: Callback<()>,
    pub on_next_anyway: Callback<()>,
    pub on_back: Callback<()>,
}

#[component]
pub fn Survey(p: &SurveyProps) -> Html {
    let st = &p.state;
    let q = &st.questionnaire;
    let lang = st.lang.as_str();
    let fallback = q.languages.first().map(String::as_str).unwrap_or("en");
    let s = i18n::strings(lang);
    // After Next with unanswered questions, move focus to the first of them, so
    // keyboard and screen-reader users land where the work is.
    {
        let uid = p.uid.to_string();
        let first = st.flagged.first().copied();
        use_effect_with(first, move |first| {
            if let Some(pos) = first {
                let doc = web_sys::window().and_then(|w| w.document());
                let target = doc.and_then(|d| {
                    d.query_selector(&format!("input[name=\"{uid}-q{pos}\"]"))
                        .ok()
                        .flatten()
                });
                if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
        });
    }
    let Some(section) = q.sections.get(p.page) else {
        return html! {};
    };
    let positions = st.page_positions(p.page);
    let total = q.question_count();
    let answered = st.answers.answered();
    let pages = q.sections.len();
    let last = p.page + 1 == pages;

    // Number questions continuously across pages.
    let first_number: usize = (0..p.page)
        .map(|pg| st.page_positions(pg).len())
        .sum::<usize>()
        + 1;

    let onsubmit = {
        let next = p.on_next.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            next.emit(());
        })
    };
    // Enter anywhere in the form (a radio button included) goes to the next page.
    let onkeydown = {
        let next = p.on_next.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                let on_button = e
                    .target_dyn_into::<web_sys::HtmlElement>()
                    .map(|el| el.tag_name().eq_ignore_ascii_case("button"))
                    .unwrap_or(false);
                if !on_button {
                    e.prevent_default();
                    next.emit(());
                }
            }
        })
    };
    let back = p.on_back.reform(|_: MouseEvent| ());
    let anyway = p.on_next_anyway.reform(|_: MouseEvent| ());

    let mut prompt_shown = None;
    let items = positions.iter().enumerate().map(|(i, &pos)| {
        let scale = q.scale_at(pos);
        let labels: Vec<AttrValue> = scale
            .and_then(|sc| sc.labels.get(lang).or_else(|| sc.labels.get(fallback)))
            .map(|v| v.iter().map(|l| AttrValue::from(l.clone())).collect())
            .unwrap_or_default();
        let cant_say = scale
            .and_then(|sc| sc.cant_say.as_ref())
            .map(|t| AttrValue::from(pick(t, lang, fallback).to_string()));
        let text = q
            .question_text(pos)
            .map(|t| pick(t, lang, fallback))
            .unwrap_or("");
        // A block prompt ("Who usually takes the lead on…") before the first question of its block.
        let prompt = match q.kind(pos) {
            Some(QuestionKind::WhoLeads(_)) => {
                Some(("who", pick(&q.who_leads.prompt, lang, fallback)))
            }
            Some(QuestionKind::Own(_)) => {
                Some(("own", pick(&q.own_leadership.prompt, lang, fallback)))
            }
            _ => None,
        };
        let prompt_html = match prompt {
            Some((k, t)) if prompt_shown != Some(k) => {
                prompt_shown = Some(k);
                html! { <p class="lr-block-prompt">{ t }</p> }
            }
            _ => html! {},
        };
        let flag = st
            .flagged
            .contains(&pos)
            .then(|| AttrValue::from(s.please_answer));
        html! {
            <>
                { prompt_html }
                <Likert key={pos} {pos} uid={p.uid.clone()} number={first_number + i}
                    text={AttrValue::from(text.to_string())} {labels} {cant_say}
                    value={st.answers.get(pos)} {flag} on_answer={p.on_answer.clone()} />
            </>
        }
    });

    let pct = (answered * 100).checked_div(total).unwrap_or(0);
    html! {
        <section class="lr-survey" aria-labelledby={format!("{}-h", p.uid)}>
            <div class="lr-progress">
                <p class="lr-progress-text" aria-live="polite" aria-atomic="true">
                    { fill(s.section_of, &[("x", (p.page + 1).to_string()), ("y", pages.to_string())]) }
                    { " · " }
                    <span class="lr-answered">{ fill(s.answered_of, &[("x", answered.to_string()), ("y", total.to_string())]) }</span>
                </p>
                <progress class="lr-progress-bar" max={total.to_string()} value={answered.to_string()}
                    aria-label={s.progress_label}>{ format!("{pct}%") }</progress>
            </div>
            <h2 id={format!("{}-h", p.uid)} class="lr-h" tabindex="-1">{ pick(&section.title, lang, fallback) }</h2>
            if let Some(intro) = &section.intro {
                <p class="lr-intro">{ pick(intro, lang, fallback) }</p>
            }
            <p class="lr-muted lr-hint">{ s.keyboard_hint }</p>
            <form class="lr-form" {onsubmit} {onkeydown} novalidate=true>
                { items.into_iter().collect::<Html>() }
                if !st.flagged.is_empty() {
                    <div class="lr-notice lr-unanswered" role="alert">
                        <p>{ fill(s.unanswered_notice, &[("n", st.flagged.len().to_string())]) }</p>
                        <button type="button" class="lr-btn" onclick={anyway}>{ s.continue_anyway }</button>
                    </div>
                }
                <div class="lr-nav">
                    <button type="button" class="lr-btn" onclick={back}>{ s.back }</button>
                    <button type="submit" class="lr-btn lr-primary">{ if last { s.show_results } else { s.next } }</button>
                </div>
            </form>
        </section>
    }
}
