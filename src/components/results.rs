//! The results page: index, radar, table, a card per dimension, who-leads and
//! own leadership, response-quality notice.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::radar::{Radar, Series};
use crate::domain::questionnaire::pick;
use crate::domain::scoring::{score, Profile};
use crate::i18n::{self, fill, Strings};
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub uid: AttrValue,
    pub state: Rc<State>,
    pub on_edit: Callback<()>,
    pub on_delete: Callback<()>,
}

/// Formats a 0–100 score with one decimal, rounding halves away from zero.
pub fn fmt_score(v: Option<f64>) -> String {
    match v {
        Some(v) => format!("{:.1}", (v * 10.0).round() / 10.0),
        None => "–".into(),
    }
}

/// Band of a 0–100 score: low below 40, high from 70.
pub fn band_of(v: f64) -> &'static str {
    if v < 40.0 {
        "low"
    } else if v < 70.0 {
        "middle"
    } else {
        "high"
    }
}

fn band_label(s: &Strings, band: &str) -> &'static str {
    match band {
        "low" => s.band_low,
        "middle" => s.band_middle,
        _ => s.band_high,
    }
}

#[component]
pub fn Results(p: &ResultsProps) -> Html {
    let st = &p.state;
    let q = &st.questionnaire;
    let lang = st.lang.as_str();
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let s = i18n::strings(lang);
    let profile: Profile = score(q, &st.answers);
    let confirming = use_state(|| false);

    let axes: Vec<AttrValue> = q
        .dimensions
        .iter()
        .map(|d| AttrValue::from(pick(&d.name, lang, fb).to_string()))
        .collect();
    let series = vec![Series {
        scores: profile.dimensions.iter().map(|d| d.score).collect(),
        band: Some(profile.dimensions.iter().map(|d| d.range).collect()),
        class: "lr-s-self",
        label: "self".into(),
    }];

    let rows = q.dimensions.iter().zip(&profile.dimensions).map(|(d, ds)| {
        let band = ds.score.map(band_of);
        html! {
            <tr data-dimension={d.id.clone()}>
                <th scope="row">{ pick(&d.name, lang, fb) }</th>
                <td class="lr-num" data-score={ds.score.map(|v| format!("{v}")).unwrap_or_default()}>{ fmt_score(ds.score) }</td>
                <td class="lr-num">{ ds.range.map(|(lo, hi)| format!("{lo:.0}–{hi:.0}")).unwrap_or_else(|| "–".into()) }</td>
                <td>{ band.map(|b| band_label(s, b)).unwrap_or(s.not_scored) }</td>
            </tr>
        }
    });

    let cards = q.dimensions.iter().zip(&profile.dimensions).map(|(d, ds)| {
        let band = ds.score.map(band_of);
        html! {
            <article class={classes!("lr-card", band.map(|b| format!("lr-band-{b}")))} data-dimension={d.id.clone()}>
                <header class="lr-card-head">
                    <h4>{ pick(&d.name, lang, fb) }</h4>
                    <p class="lr-card-score">
                        <span class="lr-big">{ fmt_score(ds.score) }</span>
                        { " " }
                        <span class={classes!("lr-chip", band.map(|b| format!("lr-chip-{b}")))}>
                            { band.map(|b| band_label(s, b)).unwrap_or(s.not_scored) }
                        </span>
                    </p>
                </header>
                <dl>
                    <dt>{ s.what_it_is }</dt><dd>{ pick(&d.what, lang, fb) }</dd>
                    <dt>{ s.why_it_matters }</dt><dd>{ pick(&d.why, lang, fb) }</dd>
                    <dt>{ s.how_to_foster }</dt><dd>{ pick(&d.how, lang, fb) }</dd>
                </dl>
            </article>
        }
    });

    let who = q.who_leads.functions.iter().zip(&profile.who_leads).map(|(f, v)| {
        let w = v.map(|v| (v / 25.0).round() as u8 * 25).unwrap_or(0);
        html! {
            <li>
                <span class="lr-bar-label">{ pick(&f.text, lang, fb) }</span>
                <span class="lr-bar" aria-hidden="true"><span class={format!("lr-bar-fill lr-w{w}")}></span></span>
                <span class="lr-num">{ fmt_score(*v) }</span>
            </li>
        }
    });

    let flags = profile.flags;
    let edit = p.on_edit.reform(|_: MouseEvent| ());
    let ask = {
        let c = confirming.clone();
        Callback::from(move |_: MouseEvent| c.set(true))
    };
    let cancel = {
        let c = confirming.clone();
        Callback::from(move |_: MouseEvent| c.set(false))
    };
    let confirm = {
        let c = confirming.clone();
        let d = p.on_delete.clone();
        Callback::from(move |_: MouseEvent| {
            c.set(false);
            d.emit(());
        })
    };

    html! {
        <section class="lr-results" aria-labelledby={format!("{}-h", p.uid)}>
            <h2 id={format!("{}-h", p.uid)} class="lr-h" tabindex="-1">{ s.results_title }</h2>
            <p class="lr-index">{ s.index_label }{ ": " }<strong class="lr-index-value">{ fmt_score(profile.index) }</strong></p>
            if flags.any() {
                <div class="lr-notice lr-quality" role="note">
                    <h3>{ s.quality_title }</h3>
                    <ul>
                        if flags.straight_lining { <li>{ s.quality_straight }</li> }
                        if flags.contradictions > 0 { <li>{ fill(s.quality_contradiction, &[("n", flags.contradictions.to_string())]) }</li> }
                        if flags.many_cant_say { <li>{ s.quality_cant_say }</li> }
                    </ul>
                </div>
            }
            <figure class="lr-figure">
                <Radar uid={p.uid.clone()} {axes} {series} title={s.radar_title} desc={s.radar_desc} />
                <figcaption class="lr-muted">{ s.uncertainty_note }</figcaption>
            </figure>
            <table class="lr-table lr-scores">
                <caption>{ s.radar_title }</caption>
                <thead><tr><th scope="col">{ s.dimension }</th><th scope="col">{ s.score }</th><th scope="col">{ s.item_range }</th><th scope="col">{ s.band }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <div class="lr-cards">{ for cards }</div>
            <h3>{ s.who_leads_title }</h3>
            <p class="lr-muted">{ s.who_leads_desc }</p>
            <ul class="lr-bars">{ for who }</ul>
            <p>{ s.own_title }{ ": " }<strong class="lr-own-value">{ fmt_score(profile.own) }</strong></p>
            <div class="lr-actions lr-noprint">
                <button type="button" class="lr-btn" onclick={edit}>{ s.edit_answers }</button>
                <button type="button" class="lr-btn lr-danger" onclick={ask}>{ s.delete_answers }</button>
            </div>
            if *confirming {
                <div class="lr-confirm" role="alertdialog" aria-labelledby={format!("{}-confirm", p.uid)}>
                    <p id={format!("{}-confirm", p.uid)}>{ s.delete_confirm }</p>
                    <button type="button" class="lr-btn lr-danger" onclick={confirm}>{ s.delete_yes }</button>
                    <button type="button" class="lr-btn" onclick={cancel}>{ s.cancel }</button>
                </div>
            }
        </section>
    }
}
