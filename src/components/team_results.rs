//! One team's figures: radar (mean with a ±1 SD band, optional private overlay of the
//! viewer's own result), a table per dimension, how evenly leadership is spread,
//! who-leads stacked bars, team suggestions, the summary code and exports.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::radar::{Radar, Series};
use crate::components::results::{fmt_fixed, fmt_score};
use crate::domain::export;
use crate::domain::fixed::fixed;
use crate::domain::questionnaire::{pick, Questionnaire};
use crate::domain::response::Answers;
use crate::domain::scoring::score;
use crate::domain::suggestions::{self, TeamSignals};
use crate::domain::team::{self, TeamStats};
use crate::effects;
use crate::i18n::{self, fill, Strings};

#[derive(Properties, PartialEq)]
pub struct TeamResultsProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    pub label: String,
    pub questionnaire: Rc<Questionnaire>,
    pub stats: Rc<TeamStats>,
    /// The viewer's own answers, drawn as an overlay only (never added to the team).
    pub own: Option<Answers>,
}

/// Plain-language label of r_wg(J) (LeBreton & Senter 2008 cut-offs).
pub fn agreement_label(s: &Strings, rwg: Option<f64>) -> &'static str {
    match rwg {
        None => s.team_agree_none,
        Some(r) if r >= suggestions::STRONG_AGREEMENT_FROM => s.team_agree_strong,
        Some(r) if r >= suggestions::LOW_AGREEMENT_BELOW => s.team_agree_moderate,
        Some(_) => s.team_agree_weak,
    }
}

/// Plain-language reading of the own-leadership Gini coefficient.
pub fn spread_label(s: &Strings, gini: f64) -> &'static str {
    if gini >= suggestions::CONCENTRATED_GINI_FROM {
        s.team_spread_concentrated
    } else if gini < suggestions::EVEN_GINI_BELOW {
        s.team_spread_even
    } else {
        s.team_spread_mixed
    }
}

fn f2(v: Option<f64>) -> String {
    v.map(|v| fmt_fixed(v, 2)).unwrap_or_else(|| "–".into())
}

/// A 0–100 interval for display, clipped to the scale (a t-interval of a bounded score
/// can reach past it; the exports keep the unclipped values).
fn ci_text(ci: (f64, f64)) -> String {
    format!(
        "{}–{}",
        fmt_score(Some(ci.0.clamp(0.0, 100.0))),
        fmt_score(Some(ci.1.clamp(0.0, 100.0)))
    )
}

/// Stacked horizontal bar of counts per step, as SVG (CSP-safe, no inline styles).
fn stacked(counts: &[usize], missing: usize) -> Html {
    let total: usize = counts.iter().sum::<usize>() + missing;
    if total == 0 {
        return html! {};
    }
    let mut x = 0.0;
    let segs = counts
        .iter()
        .chain(std::iter::once(&missing))
        .enumerate()
        .map(|(k, &c)| {
            let w = 100.0 * c as f64 / total as f64;
            let seg = html! {
                <rect class={format!("lr-step lr-step-{}", if k < counts.len() { (k + 1).to_string() } else { "x".into() })}
                    x={fixed(x, 2)} y="0" width={fixed(w, 2)} height="10" />
            };
            x += w;
            seg
        });
    html! {
        <svg class="lr-stacked" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            { segs.into_iter().collect::<Html>() }
        </svg>
    }
}

#[component]
pub fn TeamResults(p: &TeamResultsProps) -> Html {
    let q = &p.questionnaire;
    let lang = p.lang.as_str();
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let s = i18n::strings(lang);
    let st = &p.stats;
    let copied = use_state(|| false);

    let axes: Vec<AttrValue> = q
        .dimensions
        .iter()
        .map(|d| AttrValue::from(pick(&d.name, lang, fb).to_string()))
        .collect();
    let means: Vec<Option<f64>> = st
        .dimensions()
        .iter()
        .map(|d| d.as_ref().map(|d| d.mean))
        .collect();
    let mut series = vec![Series {
        scores: means.clone(),
        band: Some(
            st.dimensions()
                .iter()
                .map(|d| {
                    d.as_ref()
                        .map(|d| ((d.mean - d.sd).max(0.0), (d.mean + d.sd).min(100.0)))
                })
                .collect(),
        ),
        class: "lr-s-self",
        label: "team".into(),
    }];
    if let Some(own) = &p.own {
        let prof = score(q, own);
        series.push(Series {
            scores: prof.dimensions.iter().map(|d| d.score).collect(),
            band: None,
            class: "lr-s-other",
            label: "own".into(),
        });
    }

    let rows = q.dimensions.iter().zip(st.dimensions()).map(|(d, ds)| {
        let name = pick(&d.name, lang, fb);
        match ds {
            None => html! {
                <tr data-dimension={d.id.clone()}>
                    <th scope="row">{ name }</th>
                    <td colspan="6" class="lr-muted">{ fill(s.team_dim_suppressed, &[("m", st.min_group().get().to_string())]) }</td>
                </tr>
            },
            Some(ds) => html! {
                <tr data-dimension={d.id.clone()}>
                    <th scope="row">{ name }</th>
                    <td class="lr-num lr-mean">{ fmt_score(Some(ds.mean)) }</td>
                    <td class="lr-num lr-ci">{ ci_text(ds.ci95) }</td>
                    <td class="lr-num lr-sd">{ fmt_score(Some(ds.sd)) }</td>
                    <td class="lr-rwg"><span class="lr-num">{ f2(ds.rwg_j) }</span>{ " " }<span class="lr-muted">{ agreement_label(s, ds.rwg_j) }</span></td>
                    <td class="lr-num lr-ad">{ f2(ds.ad) }</td>
                    <td class="lr-num lr-alpha">{ ds.alpha.as_ref().map(|a| fmt_fixed(a.value, 2)).unwrap_or_else(|| "–".into()) }</td>
                </tr>
            },
        }
    });

    let own = st.own().map(|o| {
        html! {
            <div class="lr-spread">
                <h4>{ s.team_spread_title }</h4>
                <p>{ spread_label(s, o.gini) }</p>
                <dl class="lr-figures">
                    <dt>{ s.team_gini }</dt><dd class="lr-num lr-gini">{ fmt_fixed(o.gini, 2) }</dd>
                    <dt>{ s.team_cv }</dt><dd class="lr-num lr-cv">{ fmt_fixed(o.cv, 2) }</dd>
                    <dt>{ s.team_own_mean }</dt><dd class="lr-num">{ format!("{} (SD {}, n = {})", fmt_fixed(o.mean, 2), fmt_fixed(o.sd, 2), o.n) }</dd>
                </dl>
                <p class="lr-muted">{ s.team_spread_explain }</p>
            </div>
        }
    });

    let who_points = q
        .scale(&q.who_leads.scale)
        .map(|sc| sc.points as usize)
        .unwrap_or(5);
    let who_labels: Vec<String> = q
        .scale(&q.who_leads.scale)
        .and_then(|sc| sc.labels.get(lang).or_else(|| sc.labels.get(fb)).cloned())
        .unwrap_or_default();
    let who_rows = q.who_leads.functions.iter().zip(st.who_leads()).map(|(f, w)| {
        let text = pick(&f.text, lang, fb);
        match w {
            None => html! {
                <tr data-function={f.id.clone()}><th scope="row">{ text }</th><td colspan={(who_points + 3).to_string()} class="lr-muted">{ fill(s.team_dim_suppressed, &[("m", st.min_group().get().to_string())]) }</td></tr>
            },
            Some(w) => html! {
                <tr data-function={f.id.clone()}>
                    <th scope="row">{ text }</th>
                    <td class="lr-stacked-cell">{ stacked(&w.counts, w.missing) }</td>
                    { w.counts.iter().map(|c| html! { <td class="lr-num">{ c }</td> }).collect::<Html>() }
                    <td class="lr-num">{ w.missing }</td>
                    <td class="lr-num">{ fmt_score(Some(w.mean)) }</td>
                </tr>
            },
        }
    });
    let legend = who_labels.iter().enumerate().map(|(k, l)| {
        html! { <li><svg class="lr-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class={format!("lr-step lr-step-{}", k + 1)} width="10" height="10" /></svg>{ l.clone() }</li> }
    });

    // Team suggestions from the rules engine.
    let rules = crate::components::rules();
    let signals = TeamSignals {
        rwg_j: st
            .dimensions()
            .iter()
            .map(|d| d.as_ref().and_then(|d| d.rwg_j))
            .collect(),
        own_gini: st.own().map(|o| o.gini),
        own_cv: st.own().map(|o| o.cv),
    };
    let advice = suggestions::for_team(&rules, q, &means, &signals);
    let team_hits = advice.team.iter().map(|h| {
        let dims: Vec<&str> = h
            .dimensions
            .iter()
            .filter_map(|&d| q.dimensions.get(d).map(|d| pick(&d.name, lang, fb)))
            .collect();
        html! {
            <article class="lr-card lr-team-hit" data-rule={h.id.name()}>
                <h4>{ pick(&h.title, lang, fb) }</h4>
                <p>{ pick(&h.text, lang, fb) }</p>
                if !dims.is_empty() { <p class="lr-muted">{ dims.join(", ") }</p> }
                <ul>{ h.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }).collect::<Html>() }</ul>
            </article>
        }
    });
    let patterns = advice.advice.patterns.iter().map(|h| {
        html! {
            <article class="lr-card lr-pattern" data-pattern={h.id.clone()}>
                <h4>{ pick(&h.title, lang, fb) }</h4>
                <p>{ pick(&h.text, lang, fb) }</p>
                <ul>{ h.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }).collect::<Html>() }</ul>
            </article>
        }
    });
    let focus = advice.advice.focus.iter().filter_map(|&d| {
        let dim = q.dimensions.get(d)?;
        let adv = advice.advice.dimensions.iter().find(|a| a.dimension == d)?;
        Some(html! {
            <article class="lr-card lr-focus" data-dimension={dim.id.clone()}>
                <h4>{ pick(&dim.name, lang, fb) }</h4>
                if let Some(why) = &adv.why { <p>{ pick(why, lang, fb) }</p> }
                <ul>{ adv.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }).collect::<Html>() }</ul>
            </article>
        })
    });

    let summary = team::summary_encode(q, st);
    let on_copy = {
        let c = summary.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| copied.set(effects::copy(&c)))
    };
    // Files are built when asked for, not on every render.
    let on_csv = {
        let (q, st, lang) = (p.questionnaire.clone(), p.stats.clone(), lang.to_string());
        Callback::from(move |_: MouseEvent| {
            let csv = export::team_csv(&q, &st, &lang);
            effects::download("leadership-radar-team.csv", "text/csv;charset=utf-8", &csv);
        })
    };
    let on_json = {
        let (q, st, lang) = (p.questionnaire.clone(), p.stats.clone(), lang.to_string());
        Callback::from(move |_: MouseEvent| {
            let json = export::team_json(&q, &st, &lang);
            effects::download("leadership-radar-team.json", "application/json", &json);
        })
    };
    let on_print = Callback::from(|_: MouseEvent| effects::print());

    html! {
        <section class="lr-team-results" aria-labelledby={format!("{}-h", p.uid)}>
            <h3 id={format!("{}-h", p.uid)}>{ fill(s.team_results_title, &[("g", p.label.clone()), ("n", st.n().to_string())]) }</h3>
            if let Some(ix) = st.index() {
                <p class="lr-index">{ s.index_label }{ ": " }<strong class="lr-index-value">{ fmt_score(Some(ix.mean)) }</strong>
                    <span class="lr-muted">{ format!(" ({} {})", s.team_ci, ci_text(ix.ci95)) }</span></p>
            }
            <figure class="lr-figure">
                <Radar uid={p.uid.clone()} {axes} {series} title={s.team_radar_title} desc={s.team_radar_desc} />
                <figcaption class="lr-muted">
                    { s.team_radar_desc }
                    if p.own.is_some() { { " " }{ s.team_own_overlay_note } }
                </figcaption>
            </figure>
            <table class="lr-table lr-team-table" tabindex="0">
                <caption>{ s.team_table_caption }</caption>
                <thead><tr>
                    <th scope="col">{ s.dimension }</th><th scope="col">{ s.team_mean }</th><th scope="col">{ s.team_ci }</th>
                    <th scope="col">{ "SD" }</th><th scope="col">{ s.team_agreement }</th><th scope="col">{ "AD" }</th><th scope="col">{ "α" }</th>
                </tr></thead>
                <tbody>{ rows.into_iter().collect::<Html>() }</tbody>
            </table>
            <p class="lr-muted">{ s.team_agreement_note }</p>
            { own.into_iter().collect::<Html>() }
            <h4>{ s.who_leads_title }</h4>
            <ul class="lr-legend">{ legend.into_iter().collect::<Html>() }<li><svg class="lr-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class="lr-step lr-step-x" width="10" height="10" /></svg>{ s.team_missing }</li></ul>
            <table class="lr-table lr-who-table" tabindex="0">
                <caption class="lr-visually-hidden">{ s.who_leads_title }</caption>
                <thead><tr>
                    <th scope="col">{ s.team_function }</th><th scope="col"><span class="lr-visually-hidden">{ s.team_distribution }</span></th>
                    { (1..=who_points).map(|k| html! { <th scope="col" class="lr-num" title={who_labels.get(k - 1).cloned().unwrap_or_default()}>{ k }</th> }).collect::<Html>() }
                    <th scope="col" class="lr-num">{ "?" }</th><th scope="col" class="lr-num">{ "0–100" }</th>
                </tr></thead>
                <tbody>{ who_rows.into_iter().collect::<Html>() }</tbody>
            </table>
            <h4>{ s.suggestions }</h4>
            <div class="lr-cards">{ team_hits.into_iter().collect::<Html>() }{ patterns.into_iter().collect::<Html>() }{ focus.into_iter().collect::<Html>() }</div>
            <div class="lr-code-box">
                <h4>{ s.team_summary_code }</h4>
                <p class="lr-muted">{ s.team_summary_help }</p>
                <p class="lr-code-row">
                    <output class="lr-code lr-summary-code">{ summary.clone() }</output>
                    <button type="button" class="lr-btn lr-noprint" onclick={on_copy}>{ if *copied { s.copied } else { s.copy } }</button>
                </p>
            </div>
            <div class="lr-actions lr-noprint">
                <button type="button" class="lr-btn" onclick={on_print}>{ s.print }</button>
                <button type="button" class="lr-btn" onclick={on_csv}>{ s.download_csv }</button>
                <button type="button" class="lr-btn" onclick={on_json}>{ s.download_json }</button>
            </div>
        </section>
    }
}
