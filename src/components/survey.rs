//! One survey page: progress, the section's questions, Back/Next.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::components::count::Count;
use crate::components::likert::Likert;
use crate::domain::facts::facts;
use crate::domain::questionnaire::QuestionKind;
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
    let s = i18n::strings(lang);
    // After Next with unanswered questions, move focus to the first of them, so
    // keyboard and screen-reader users land where the work is.
    // Looked up inside the survey, not the document: in a shadow root the document
    // does not see the widget's elements.
    let survey_ref = use_node_ref();
    {
        let uid = p.uid.to_string();
        let first = st.flagged.first().copied();
        let survey_ref = survey_ref.clone();
        use_effect_with(first, move |first| {
            if let Some(pos) = first {
                let target = survey_ref.cast::<web_sys::Element>().and_then(|s| {
                    s.query_selector(&format!("input[name=\"{uid}-q{pos}\"]"))
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
    // Next acts on its click, not on the form's submit event: a sandboxed iframe without
    // `allow-forms` blocks form submission (and with it the submit event). The second
    // click of a double-click (`detail` ≥ 2) is ignored everywhere on the page: it would
    // land on whatever the next page shows under the pointer.
    let next = {
        let next = p.on_next.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if e.detail() < 2 {
                next.emit(());
            }
        })
    };
    let onclick = Callback::from(|e: MouseEvent| {
        if e.detail() >= 2 {
            e.prevent_default();
        }
    });
    let back = {
        let back = p.on_back.clone();
        Callback::from(move |e: MouseEvent| {
            if e.detail() < 2 {
                back.emit(());
            }
        })
    };
    let anyway = {
        let anyway = p.on_next_anyway.clone();
        Callback::from(move |e: MouseEvent| {
            if e.detail() < 2 {
                anyway.emit(());
            }
        })
    };

    let mut prompt_shown = None;
    let mut key_shown: Option<String> = None;
    let mut any_cant_say = false;
    let items = positions.iter().enumerate().map(|(i, &pos)| {
        let scale = q.scale_at(pos);
        let labels: Vec<AttrValue> = scale
            .and_then(|sc| q.labels(sc, lang))
            .map(|v| v.iter().map(|l| AttrValue::from(l.clone())).collect())
            .unwrap_or_default();
        let cant_say = scale
            .and_then(|sc| sc.cant_say.as_ref())
            .or_else(|| q.count_item(pos).and_then(|c| c.cant_say.as_ref()))
            .map(|t| AttrValue::from(q.text(t, lang).to_string()));
        let text = q.question_text(pos).map(|t| q.text(t, lang)).unwrap_or("");
        // A block prompt ("Who usually takes the lead on…") before the first question of its block.
        let prompt = match q.kind(pos) {
            Some(QuestionKind::WhoLeads(_)) => Some(("who", q.text(&q.who_leads.prompt, lang))),
            Some(QuestionKind::Own(_)) => Some(("own", q.text(&q.own_leadership.prompt, lang))),
            Some(QuestionKind::TeamSize | QuestionKind::Count(_)) => q
                .network
                .as_ref()
                .map(|n| ("network", q.text(&n.prompt, lang))),
            _ => None,
        };
        let stem_id = prompt.map(|(k, _)| AttrValue::from(format!("{}-stem-{k}", p.uid)));
        let prompt_html = match prompt {
            Some((k, t)) if prompt_shown != Some(k) => {
                prompt_shown = Some(k);
                html! { <p class="lr-block-prompt" id={format!("{}-stem-{k}", p.uid)}>{ t }</p> }
            }
            _ => html! {},
        };
        any_cant_say |= cant_say.is_some();
        // The compact answer row on phones shows numbers; a key above each run of
        // questions on the same scale says what the ends mean (screen readers get
        // every option's full label instead).
        let scale_id = scale.map(|sc| sc.id.clone()).unwrap_or_default();
        let key_html = if key_shown.as_deref() != Some(scale_id.as_str()) && !labels.is_empty() {
            key_shown = Some(scale_id);
            let last = labels.len();
            html! {
                <p class="lr-scale-key" aria-hidden="true">
                    <span>{ format!("1 = {}", labels[0]) }</span>
                    <span>{ format!("{last} = {}", labels[last - 1]) }</span>
                    if let Some(c) = &cant_say { <span>{ format!("? = {c}") }</span> }
                </p>
            }
        } else {
            html! {}
        };
        let flag = st
            .flagged
            .contains(&pos)
            .then(|| AttrValue::from(s.please_answer));
        if let Some(range) = q.range_at(pos).filter(|r| r.count) {
            // Counts of teammates are limited by the team size given (minus oneself).
            let team_limit = match q.kind(pos) {
                Some(QuestionKind::Count(_)) => q
                    .team_size_position()
                    .and_then(|sp| st.answers.value(sp))
                    .map(|size| (size, size.saturating_sub(1))),
                _ => None,
            };
            return html! {
                <>
                    { prompt_html }
                    <Count key={pos} {pos} uid={p.uid.clone()} number={first_number + i}
                        text={AttrValue::from(text.to_string())} min={range.min} max={range.max}
                        {team_limit} {cant_say} lang={AttrValue::from(lang.to_string())}
                        value={st.answers.get(pos)} {flag} on_answer={p.on_answer.clone()} />
                </>
            };
        }
        html! {
            <>
                { prompt_html }
                { key_html }
                <Likert key={pos} {stem_id} {pos} uid={p.uid.clone()} number={first_number + i}
                    text={AttrValue::from(text.to_string())} {labels} {cant_say}
                    value={st.answers.get(pos)} {flag} on_answer={p.on_answer.clone()} />
            </>
        }
    });

    let items: Html = items.collect();
    let f = facts(q, lang);
    let hint = fill(
        if f.cant_say {
            s.keyboard_hint_cant_say
        } else {
            s.keyboard_hint
        },
        &[("k", f.max_points.to_string())],
    );
    let unanswered = if any_cant_say {
        &s.unanswered_notice
    } else {
        &s.unanswered_notice_plain
    };
    let pct = (answered * 100).checked_div(total).unwrap_or(0);
    let section_text = fill(
        s.section_of,
        &[("x", (p.page + 1).to_string()), ("y", pages.to_string())],
    );
    html! {
        <section class="lr-survey" ref={survey_ref} aria-labelledby={format!("{}-h", p.uid)}>
            <div class="lr-progress">
                // Announced when the page changes, not after every answer.
                <p class="lr-visually-hidden" aria-live="polite" aria-atomic="true">{ section_text.clone() }</p>
                <p class="lr-progress-text">
                    { section_text }
                    { " · " }
                    <span class="lr-answered">{ fill(s.answered_of, &[("x", answered.to_string()), ("y", total.to_string())]) }</span>
                </p>
                <progress class="lr-progress-bar" max={total.to_string()} value={answered.to_string()}
                    aria-label={s.progress_label}>{ format!("{pct}%") }</progress>
            </div>
            <h2 id={format!("{}-h", p.uid)} class="lr-h" tabindex="-1">{ q.text(&section.title, lang) }</h2>
            if let Some(intro) = &section.intro {
                <p class="lr-intro">{ q.text(intro, lang) }</p>
            }
            <p class="lr-muted lr-hint">{ hint }</p>
            <form class="lr-form" {onsubmit} {onkeydown} {onclick} novalidate=true>
                { items }
                if !st.flagged.is_empty() {
                    <div class="lr-notice lr-unanswered" role="alert">
                        <p>{ unanswered.of(&s.locale, st.flagged.len()) }</p>
                        <button type="button" class="lr-btn" onclick={anyway}>{ s.continue_anyway }</button>
                    </div>
                }
                <div class="lr-nav">
                    <button type="button" class="lr-btn" onclick={back}>{ s.back }</button>
                    <button type="submit" class="lr-btn lr-primary lr-next" onclick={next}>{ if last { s.show_results } else { s.next } }</button>
                </div>
            </form>
        </section>
    }
}
