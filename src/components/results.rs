//! The results page: index, radar, table, a card per dimension, who-leads and
//! own leadership, response-quality notice.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::radar::{Radar, Series};
use crate::domain::code;
use crate::domain::export;
use crate::domain::fixed::{fixed, fixed_trim};
use crate::domain::questionnaire::pick;
use crate::domain::scoring::{score, Profile};
use crate::domain::suggestions;
use crate::effects;
use crate::i18n::{self, fill, Strings};
use crate::state::State;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub uid: AttrValue,
    pub state: Rc<State>,
    pub on_edit: Callback<()>,
    pub on_delete: Callback<()>,
    /// Leave results opened from a result code.
    pub on_leave_code: Callback<()>,
}

/// Styles embedded in a downloaded radar so the file renders on its own.
const SVG_FILE_STYLE: &str = "<style>.lr-ring,.lr-axis{fill:none;stroke:#c7ced8}.lr-axis-label{font:12px sans-serif;fill:#1d232b}.lr-ring-label{font:10px sans-serif;fill:#545e6b}.lr-profile{fill:none;stroke:#1f5fbf;stroke-width:2.5}.lr-band{fill:#1f5fbf;opacity:.22}.lr-dot{fill:#1f5fbf}</style>";

/// A horizontal bar for a 0–100 value, as SVG (no inline styles: CSP-safe).
pub fn bar(value: Option<f64>) -> Html {
    let w = value.unwrap_or(0.0).clamp(0.0, 100.0);
    html! {
        <svg class="lr-barsvg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="lr-bar-track" x="0" y="0" width="100" height="10" rx="2" />
            <rect class="lr-bar-fill" x="0" y="0" width={fixed(w, 1)} height="10" rx="2" />
        </svg>
    }
}

/// Formats with `decimals` places, rounding halves away from zero (no "-0.0").
pub fn fmt_fixed(v: f64, decimals: usize) -> String {
    fixed(v, decimals as u32)
}

/// Formats a 0–100 score with one decimal, rounding halves away from zero.
pub fn fmt_score(v: Option<f64>) -> String {
    match v {
        Some(v) => fixed(v, 1),
        None => "–".into(),
    }
}

/// Band name of a 0–100 score ("low", "middle", "high"), from the suggestion rules.
pub fn band_of(v: f64) -> &'static str {
    suggestions::Band::of(v).name()
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
                <td class="lr-num" data-score={ds.score.map(|v| fixed_trim(v, 6)).unwrap_or_default()}>{ fmt_score(ds.score) }</td>
                <td class="lr-num">{ ds.range.map(|(lo, hi)| format!("{}–{}", fixed(lo, 0), fixed(hi, 0))).unwrap_or_else(|| "–".into()) }</td>
                <td>{ band.map(|b| band_label(s, b)).unwrap_or(s.not_scored) }</td>
            </tr>
        }
    });

    let rules = crate::components::rules();
    let advice = suggestions::for_profile(&rules, q, &profile);
    let cards = q.dimensions.iter().zip(&profile.dimensions).enumerate().map(|(i, (d, ds))| {
        let band = ds.score.map(band_of);
        let adv = advice.dimensions.iter().find(|a| a.dimension == i);
        let focus = advice.focus.contains(&i);
        html! {
            <article class={classes!("lr-card", band.map(|b| format!("lr-band-{b}")), focus.then_some("lr-focus"))} data-dimension={d.id.clone()}>
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
                if let Some(adv) = adv.filter(|a| !a.actions.is_empty()) {
                    <div class="lr-advice">
                        if focus { <p class="lr-focus-note"><strong>{ s.focus_here }</strong></p> }
                        if let Some(why) = &adv.why { <p>{ pick(why, lang, fb) }</p> }
                        <h5>{ s.suggestions }</h5>
                        <ul>{ adv.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }).collect::<Html>() }</ul>
                    </div>
                }
            </article>
        }
    });

    let who = q
        .who_leads
        .functions
        .iter()
        .zip(&profile.who_leads)
        .map(|(f, v)| {
            html! {
                <li data-function={f.id.clone()}>
                    <span class="lr-bar-label">{ pick(&f.text, lang, fb) }</span>
                    <span class="lr-bar">{ bar(*v) }</span>
                    <span class="lr-num">{ fmt_score(*v) }</span>
                </li>
            }
        });

    let result_code = code::encode(q, &st.answers).ok();
    let link = result_code
        .as_ref()
        .and_then(|c| effects::page_url().map(|u| format!("{u}#lr={c}")));
    let copied = use_state(|| false);
    let on_copy = {
        let c = result_code.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(c) = &c {
                copied.set(effects::copy(c));
            }
        })
    };
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
            if let Ok(Some(svg)) = fig.query_selector("svg") {
                let markup = svg.outer_html();
                let file = match markup.find('>') {
                    Some(i) => format!("{}{}{}", &markup[..=i], SVG_FILE_STYLE, &markup[i + 1..]),
                    None => markup,
                };
                effects::download("leadership-radar.svg", "image/svg+xml", &file);
            }
        })
    };
    let leave = p.on_leave_code.reform(|_: MouseEvent| ());

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
            if st.from_code {
                <p class="lr-notice" role="status">{ s.opened_from_code }</p>
            }
            if !advice.patterns.is_empty() {
                <section class="lr-patterns" aria-labelledby={format!("{}-patterns", p.uid)}>
                    <h3 id={format!("{}-patterns", p.uid)}>{ s.patterns_title }</h3>
                    { advice.patterns.iter().map(|h| html! {
                        <article class="lr-card lr-pattern" data-pattern={h.id.clone()}>
                            <h4>{ pick(&h.title, lang, fb) }</h4>
                            <p>{ pick(&h.text, lang, fb) }</p>
                            <ul>{ for h.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }) }</ul>
                        </article>
                    }).collect::<Html>() }
                </section>
            }
            <figure class="lr-figure" ref={figure_ref}>
                <Radar uid={p.uid.clone()} {axes} {series} title={s.radar_title} desc={s.radar_desc} />
                <figcaption class="lr-muted">{ s.uncertainty_note }</figcaption>
            </figure>
            <table class="lr-table lr-scores">
                <caption>{ s.radar_title }</caption>
                <thead><tr><th scope="col">{ s.dimension }</th><th scope="col">{ s.score }</th><th scope="col">{ s.item_range }</th><th scope="col">{ s.band }</th></tr></thead>
                <tbody>{ rows.into_iter().collect::<Html>() }</tbody>
            </table>
            <div class="lr-cards">{ cards.into_iter().collect::<Html>() }</div>
            <h3>{ s.who_leads_title }</h3>
            <p class="lr-muted">{ s.who_leads_desc }</p>
            <ul class="lr-bars">{ who.into_iter().collect::<Html>() }</ul>
            <p>{ s.own_title }{ ": " }<strong class="lr-own-value">{ fmt_score(profile.own) }</strong></p>
            <div class="lr-actions lr-noprint">
                <button type="button" class="lr-btn" onclick={on_print}>{ s.print }</button>
                <button type="button" class="lr-btn" onclick={on_json}>{ s.download_json }</button>
                <button type="button" class="lr-btn" onclick={on_csv}>{ s.download_csv }</button>
                <button type="button" class="lr-btn" onclick={on_svg}>{ s.download_svg }</button>
            </div>
            if let Some(c) = &result_code {
                <div class="lr-code-box">
                    <h3>{ s.your_code }</h3>
                    <p class="lr-muted">{ s.code_help }</p>
                    <p class="lr-code-row">
                        <output class="lr-code" aria-label={s.your_code}>{ c.clone() }</output>
                        <button type="button" class="lr-btn lr-noprint" onclick={on_copy}>{ if *copied { s.copied } else { s.copy } }</button>
                    </p>
                    if let Some(l) = &link {
                        <p class="lr-noprint"><a class="lr-link" href={l.clone()}>{ s.share_link }</a></p>
                    }
                </div>
            }
            if st.from_code {
                <div class="lr-actions lr-noprint">
                    <button type="button" class="lr-btn lr-primary" onclick={leave}>{ s.take_survey }</button>
                </div>
            } else {
                <div class="lr-actions lr-noprint">
                    <button type="button" class="lr-btn" onclick={edit}>{ s.edit_answers }</button>
                    <button type="button" class="lr-btn lr-danger" onclick={ask}>{ s.delete_answers }</button>
                </div>
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero_without_negative_zero() {
        for (v, d, want) in [
            (0.625, 2, "0.63"),
            (-0.625, 2, "-0.63"),
            (56.25, 1, "56.3"),
            (-0.04, 1, "0.0"),
            (0.0004, 3, "0.000"),
            (2.5, 0, "3"),
        ] {
            assert_eq!(fmt_fixed(v, d), want, "{v} to {d}");
        }
        assert_eq!(fmt_score(Some(62.5)), "62.5");
        assert_eq!(fmt_score(None), "–");
    }
}
