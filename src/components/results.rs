//! The personal results page, in the order a reader acts on it: the headline
//! figure(s) with their meaning, "Your next step", the chart, the result code to
//! share, then every aspect in detail (lowest first, collapsed), who leads and
//! own leadership. Careless-looking answers mute the profile behind a caveat.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::confirm_delete::ConfirmDelete;
use crate::components::copy::CopyCode;
use crate::components::headline::{HeadlineExtras, HeadlinePattern};
use crate::components::radar::{Radar, Series};
use crate::domain::code;
use crate::domain::export;
use crate::domain::facts;
use crate::domain::next_step::{self, Actor};
use crate::domain::questionnaire::{Questionnaire, Text};
use crate::domain::scoring::{score, Profile};
use crate::domain::small::clamp;
use crate::domain::suggestions::{self, Band, DimensionAdvice};
use crate::effects;
use crate::format;
use crate::i18n::{self, fill, ViewStrings};
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub uid: AttrValue,
    pub state: Rc<State>,
    pub on_edit: Callback<()>,
    pub on_delete: Callback<()>,
    /// Leave results opened from a result code.
    pub on_leave_code: Callback<()>,
    /// Minimum group size for team figures (named in the "share your code" advice).
    #[prop_or(5)]
    pub min_group: usize,
}

/// Styles embedded in a downloaded radar so the file renders on its own.
const SVG_FILE_STYLE: &str = "<style>.lr-ring,.lr-axis{fill:none;stroke:#c7ced8}.lr-axis-label{font:13.5px sans-serif;fill:#1d232b}.lr-ring-label{font:11px sans-serif;fill:#545e6b}.lr-profile{fill:none;stroke:#1f5fbf;stroke-width:2.5}.lr-band{fill:#1f5fbf;opacity:.22}.lr-dot{fill:#1f5fbf}</style>";

/// A horizontal bar for a 0–100 value, as SVG (no inline styles: CSP-safe).
pub fn bar(value: Option<f64>) -> Html {
    let w = clamp(value.unwrap_or(0.0), 0.0, 100.0);
    html! {
        <svg class="lr-barsvg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="lr-bar-track" x="0" y="0" width="100" height="10" rx="2" />
            <rect class="lr-bar-fill" x="0" y="0" width={crate::domain::fixed::fixed(w, 1)} height="10" rx="2" />
        </svg>
    }
}

/// The level of a 0–100 score in words.
pub fn band_label(s: &ViewStrings, band: Band) -> &'static str {
    match band {
        Band::Low => s.band_low,
        Band::Middle => s.band_middle,
        Band::High => s.band_high,
    }
}

/// Who can act, in words.
pub fn actor_label(s: &ViewStrings, a: Actor) -> &'static str {
    match a {
        Actor::You => s.who_you,
        Actor::Team => s.who_team,
        Actor::Leader => s.who_leader,
    }
}

/// One headline figure: a 0–100 value with its name and one sentence of meaning.
/// The results page shows a list of them (the conditions index today; more may follow).
#[derive(Clone, PartialEq)]
pub struct Headline {
    /// Machine name (`data-headline`).
    pub key: &'static str,
    pub label: String,
    pub value: Option<f64>,
    pub meaning: String,
}

/// The headline figures as a list: value, "of 100", level in words, meaning.
pub fn headlines(s: &ViewStrings, items: &[Headline]) -> Html {
    let list = items
        .iter()
        .map(|h| {
            let band = h.value.map(Band::of);
            html! {
                <li class="lr-headline" data-headline={h.key}>
                    <p class="lr-headline-label">{ h.label.clone() }</p>
                    <p class="lr-headline-figure">
                        <strong class="lr-index-value">{ format::score(&s.locale, h.value) }</strong>
                        { " " }<span class="lr-muted">{ s.of_100 }</span>{ " " }
                        <span class={classes!("lr-chip", band.map(|b| format!("lr-chip-{}", b.name())))}>
                            { band.map(|b| band_label(s, b)).unwrap_or(s.not_scored_share) }
                        </span>
                    </p>
                    <p class="lr-headline-meaning">{ h.meaning.clone() }</p>
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul class="lr-headlines">{ list }</ul> }
}

/// Actions with who can do them, the viewer's own first. `who` runs parallel to
/// `actions`; an action without a tag counts as the team's.
pub fn tagged_own_first<'a>(actions: &'a [Text], who: &[Actor]) -> Vec<(Actor, &'a Text)> {
    let actors: Vec<Actor> = (0..actions.len())
        .map(|i| who.get(i).copied().unwrap_or(Actor::Team))
        .collect();
    next_step::own_first(&actors)
        .into_iter()
        .map(|i| (actors[i], &actions[i]))
        .collect()
}

/// The actions of one aspect's advice, the viewer's own first.
pub fn actions_own_first(adv: &DimensionAdvice) -> Vec<(Actor, &Text)> {
    tagged_own_first(&adv.actions, &adv.who)
}

/// A list of tagged actions.
pub fn action_list(
    s: &ViewStrings,
    q: &Questionnaire,
    lang: &str,
    actions: &[(Actor, &Text)],
) -> Html {
    let items = actions
        .iter()
        .map(|(who, text)| {
            html! {
                <li class="lr-action" data-who={who.name()}>
                    <span class={classes!("lr-who", format!("lr-who-{}", who.name()))}>{ actor_label(s, *who) }</span>
                    { " " }{ q.text(text, lang) }
                </li>
            }
        })
        .collect::<Html>();
    html! { <ul class="lr-actions-list">{ items }</ul> }
}

/// Why an aspect has no score, with the 75% rule in whole answers when every aspect
/// has the same number of statements.
pub fn not_scored_text(s: &ViewStrings, q: &Questionnaire, d: usize) -> String {
    let items = q.dimension_items(d).len();
    if items > 0 {
        fill(
            s.not_scored,
            &[
                ("k", facts::needed_answers(items).to_string()),
                ("n", items.to_string()),
            ],
        )
    } else {
        s.not_scored_share.to_string()
    }
}

fn focus_node(r: &NodeRef) {
    if let Some(el) = r.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

#[component]
pub fn Results(p: &ResultsProps) -> Html {
    let st = &p.state;
    let q = &st.questionnaire;
    let lang = st.lang.as_str();
    let s = i18n::view_strings(lang);
    let profile: Profile = score(q, &st.answers);
    let code_ref = use_node_ref();

    let n_dims = q.dimensions.len();
    let scores: Vec<Option<f64>> = profile.dimensions.iter().map(|d| d.score).collect();
    let name_of = |d: usize| q.text(&q.dimensions[d].name, lang);

    let axes: Vec<AttrValue> = (0..n_dims)
        .map(|d| AttrValue::from(name_of(d).to_string()))
        .collect();
    let series = vec![Series {
        scores: scores.clone(),
        band: Some(profile.dimensions.iter().map(|d| d.range).collect()),
        class: "lr-s-self",
        label: "self".into(),
        name: s.results_title.into(),
    }];

    let rules = suggestions::Rules::built_in();
    let advice = suggestions::for_profile(&rules, q, &profile);
    let flags = profile.flags;
    let careless = flags.careless();

    // 1. Headline figure(s).
    let fs = crate::i18n_figures::figure_strings(lang);
    let heads = vec![
        Headline {
            key: "conditions",
            label: s.index_label.to_string(),
            value: profile.conditions,
            meaning: fill(s.index_meaning, &[("n", n_dims.to_string())]),
        },
        Headline {
            key: "spread",
            label: fs.spread_label.to_string(),
            value: profile.spread,
            meaning: if q.network.is_some() {
                fs.spread_meaning
            } else {
                fs.spread_meaning_no_network
            }
            .to_string(),
        },
    ];
    // Patterns that compare the two headline figures are shown with them.
    let headline_patterns = HeadlinePattern::of_hits(&advice.patterns);

    // 2. Your next step: one or two aspects, one action the viewer can take for each.
    let steps = next_step::next_step(&scores, &advice.focus);
    let step_items = steps
        .iter()
        .map(|&d| {
            let v = scores[d];
            let band = v.map(Band::of);
            let adv = advice.dimensions.iter().find(|a| a.dimension == d);
            let act = adv.and_then(|a| actions_own_first(a).into_iter().next());
            html! {
                <li class="lr-step" data-dimension={q.dimensions[d].id.clone()}>
                    <h4 class="lr-step-name">
                        { name_of(d) }{ " " }
                        <span class="lr-step-score">{ format::score(&s.locale, v) }{ " " }{ s.of_100 }</span>
                        { " " }
                        <span class={classes!("lr-chip", band.map(|b| format!("lr-chip-{}", b.name())))}>{ band.map(|b| band_label(s, b)).unwrap_or_default() }</span>
                    </h4>
                    if let Some((who, text)) = act {
                        { action_list(s, q, lang, &[(who, text)]) }
                    }
                </li>
            }
        })
        .collect::<Html>();

    // 5. Aspect details, lowest first, collapsed.
    let details = next_step::low_to_high(&scores)
        .into_iter()
        .map(|d| {
            let dim = &q.dimensions[d];
            let ds = &profile.dimensions[d];
            let band = ds.score.map(Band::of);
            let adv = advice.dimensions.iter().find(|a| a.dimension == d);
            let acts = adv.map(actions_own_first).unwrap_or_default();
            html! {
                <details class={classes!("lr-aspect", band.map(|b| format!("lr-band-{}", b.name())))} data-dimension={dim.id.clone()}>
                    <summary>
                        <span class="lr-aspect-name">{ name_of(d) }</span>
                        <span class="lr-aspect-score">
                            <span class="lr-num" data-score={ds.score.map(|v| crate::domain::fixed::fixed_trim(v, 6)).unwrap_or_default()}>{ format::score(&s.locale, ds.score) }</span>
                            { " " }
                            <span class={classes!("lr-chip", band.map(|b| format!("lr-chip-{}", b.name())))}>
                                { match band { Some(b) => band_label(s, b).to_string(), None => not_scored_text(s, q, d) } }
                            </span>
                        </span>
                    </summary>
                    <div class="lr-aspect-body">
                        if let Some((lo, hi)) = ds.range {
                            <p class="lr-muted lr-range">{ fill(s.answer_range, &[("lo", format::score(&s.locale, Some(lo))), ("hi", format::score(&s.locale, Some(hi)))]) }</p>
                        }
                        if let Some(why) = adv.and_then(|a| a.why.as_ref()) { <p>{ q.text(why, lang) }</p> }
                        if !acts.is_empty() {
                            <h5>{ s.actions_title }</h5>
                            { action_list(s, q, lang, &acts) }
                        }
                        <dl class="lr-wwh">
                            <dt>{ s.what_it_is }</dt><dd>{ format::first_sentence(q.text(&dim.what, lang)) }</dd>
                            <dt>{ s.why_it_matters }</dt><dd>{ format::first_sentence(q.text(&dim.why, lang)) }</dd>
                            <dt>{ s.how_to_foster }</dt><dd>{ format::first_sentence(q.text(&dim.how, lang)) }</dd>
                        </dl>
                    </div>
                </details>
            }
        })
        .collect::<Html>();

    let patterns = advice
        .patterns
        .iter()
        .filter(|h| !h.headline)
        .map(|h| {
            let acts = tagged_own_first(&h.actions, &h.who);
            html! {
                <details class="lr-aspect lr-pattern" data-pattern={h.id.clone()}>
                    <summary><span class="lr-aspect-name">{ q.text(&h.title, lang) }</span></summary>
                    <div class="lr-aspect-body">
                        <p>{ q.text(&h.text, lang) }</p>
                        { action_list(s, q, lang, &acts) }
                    </div>
                </details>
            }
        })
        .collect::<Html>();

    let who = q
        .who_leads
        .functions
        .iter()
        .zip(&profile.who_leads)
        .map(|(f, v)| {
            html! {
                <li data-function={f.id.clone()}>
                    <span class="lr-bar-label">{ q.text(&f.text, lang) }</span>
                    <span class="lr-bar">{ bar(*v) }</span>
                    <span class="lr-num">{ format::score(&s.locale, *v) }</span>
                </li>
            }
        })
        .collect::<Html>();

    let result_code = code::encode(q, &st.answers).ok();
    let link = result_code
        .as_ref()
        .and_then(|c| effects::page_url().map(|u| format!("{u}#lr={c}")));
    let on_print = Callback::from(|_: MouseEvent| effects::print());
    // Files are built when asked for, not on every render.
    let shared = Rc::new((
        q.clone(),
        profile.clone(),
        lang.to_string(),
        result_code.clone(),
    ));
    let on_json = {
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            let (q, profile, lang, code) = &*shared;
            let json = export::to_json(q, profile, lang, code.as_deref());
            effects::download("leadership-radar.json", "application/json", &json);
        })
    };
    let on_csv = Callback::from(move |_: MouseEvent| {
        let (q, profile, lang, _) = &*shared;
        let csv = export::to_csv(q, profile, lang);
        effects::download("leadership-radar.csv", "text/csv;charset=utf-8", &csv);
    });
    let figure_ref = use_node_ref();
    let on_svg = {
        let r = figure_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(fig) = r.cast::<web_sys::Element>() else {
                return;
            };
            if let Ok(Some(svg)) = fig.query_selector("svg.lr-radar") {
                let markup = svg.outer_html();
                let file = match markup.find('>') {
                    Some(i) => format!("{}{}{}", &markup[..=i], SVG_FILE_STYLE, &markup[i + 1..]),
                    None => markup,
                };
                effects::download("leadership-radar.svg", "image/svg+xml", &file);
            }
        })
    };
    let to_code = {
        let r = code_ref.clone();
        Callback::from(move |_: MouseEvent| focus_node(&r))
    };
    let leave = p.on_leave_code.reform(|_: MouseEvent| ());
    let edit = p.on_edit.reform(|_: MouseEvent| ());
    let uid = &p.uid;

    html! {
        <section class={classes!("lr-results", careless.then_some("lr-careless"))} aria-labelledby={format!("{uid}-h")}>
            <p class="lr-print-head">{ fill(s.print_head, &[("date", effects::today(lang))]) }</p>
            <h2 id={format!("{uid}-h")} class="lr-h" tabindex="-1">{ s.results_title }</h2>
            if st.from_code {
                <p class="lr-notice" role="status">{ s.opened_from_code }</p>
            }
            if flags.any() {
                <div class="lr-notice lr-quality" role="note" aria-labelledby={format!("{uid}-quality")}>
                    <h3 id={format!("{uid}-quality")}>{ s.quality_title }</h3>
                    <ul>
                        if flags.straight_lining { <li>{ s.quality_straight }</li> }
                        if flags.near_straight_lining { <li>{ s.quality_near_straight }</li> }
                        if flags.contradictions > 0 { <li>{ s.quality_contradiction.of(&s.locale, flags.contradictions) }</li> }
                        if flags.many_cant_say { <li>{ s.quality_cant_say }</li> }
                    </ul>
                    if careless || flags.contradictions > 0 {
                        <p class="lr-caveat">{ s.quality_muted }</p>
                    }
                    if !st.from_code {
                        <button type="button" class="lr-btn lr-primary lr-noprint lr-review" onclick={edit.clone()}>{ s.review_answers }</button>
                    }
                </div>
            }
            { headlines(s, &heads) }
            <HeadlineExtras uid={uid.clone()} lang={AttrValue::from(lang.to_string())}
                fallback={AttrValue::from(q.default_language().to_string())}
                network={profile.network} patterns={headline_patterns} />
            if !steps.is_empty() {
                <section class="lr-next" aria-labelledby={format!("{uid}-next")}>
                    <h3 id={format!("{uid}-next")}>{ s.next_title }</h3>
                    <p>{ s.next_intro.of(&s.locale, steps.len()) }</p>
                    <ol class="lr-steps">{ step_items }</ol>
                    if result_code.is_some() {
                        <p class="lr-share-step">{ fill(s.next_share, &[("m", p.min_group.to_string())]) }
                            { " " }<button type="button" class="lr-linkbtn lr-noprint" onclick={to_code}>{ s.next_share_link }</button></p>
                    }
                </section>
            }
            <figure class="lr-figure" ref={figure_ref}>
                <Radar uid={uid.clone()} {axes} {series} title={fill(s.radar_title, &[("n", n_dims.to_string())])} desc={s.radar_desc} lang={AttrValue::from(lang.to_string())} />
                <figcaption class="lr-muted">{ s.uncertainty_note }</figcaption>
            </figure>
            if let Some(c) = &result_code {
                <div class="lr-code-box" id={format!("{uid}-code")} tabindex="-1" ref={code_ref} aria-labelledby={format!("{uid}-code-h")}>
                    <h3 id={format!("{uid}-code-h")}>{ s.your_code }</h3>
                    <p class="lr-muted">{ s.code_help }</p>
                    <CopyCode code={c.clone()} label={s.your_code} lang={st.lang.clone()} />
                    if let Some(l) = &link {
                        <p class="lr-noprint"><a class="lr-link" href={l.clone()}>{ s.share_link }</a></p>
                    }
                </div>
            }
            <section class="lr-details" aria-labelledby={format!("{uid}-details")}>
                <h3 id={format!("{uid}-details")}>{ s.details_title }</h3>
                <p class="lr-muted">{ s.details_hint }</p>
                <div class="lr-aspects">{ details }</div>
                if advice.patterns.iter().any(|h| !h.headline) {
                    <h4 class="lr-patterns-h">{ s.patterns_title }</h4>
                    <div class="lr-aspects lr-patterns">{ patterns }</div>
                }
            </section>
            <section class="lr-wholeads" aria-labelledby={format!("{uid}-who")}>
                <h3 id={format!("{uid}-who")}>{ s.who_leads_title }</h3>
                <p class="lr-muted">{ s.who_leads_desc }</p>
                <ul class="lr-bars">{ who }</ul>
                <p>{ s.own_title }{ ": " }<strong class="lr-own-value">{ format::score(&s.locale, profile.own) }</strong>{ " " }<span class="lr-muted">{ s.of_100 }</span></p>
            </section>
            <div class="lr-actions lr-noprint">
                <button type="button" class="lr-btn" onclick={on_print}>{ s.print }</button>
                <button type="button" class="lr-btn" onclick={on_json}>{ s.download_json }</button>
                <button type="button" class="lr-btn" onclick={on_csv}>{ s.download_csv }</button>
                <button type="button" class="lr-btn" onclick={on_svg}>{ s.download_svg }</button>
            </div>
            if st.from_code {
                <div class="lr-actions lr-noprint">
                    <button type="button" class="lr-btn lr-primary" onclick={leave}>{ s.take_survey }</button>
                </div>
            } else {
                <ConfirmDelete uid={p.uid.clone()} lang={st.lang.clone()} class={classes!("lr-actions", "lr-noprint")} on_delete={p.on_delete.clone()}>
                    <button type="button" class="lr-btn" onclick={edit}>{ s.edit_answers }</button>
                </ConfirmDelete>
            }
        </section>
    }
}
