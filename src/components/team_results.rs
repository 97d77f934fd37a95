//! One team's figures for a facilitator: first a plain summary per aspect (level and
//! agreement in words) and a discussion guide for the team meeting (printable on its
//! own), then the radar (mean with a ±1 SD band, optional private overlay of the
//! viewer's own result), who-leads stacked bars, team suggestions, the summary code,
//! and every statistic in a collapsed "Details" section.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::copy::CopyCode;
use crate::components::headline::HeadlinePattern;
use crate::components::radar::{Radar, Series};
use crate::components::results::band_label;
use crate::components::team_headline::TeamHeadline;
use crate::domain::export;
use crate::domain::levels::{ad_limit, agreement, spread, Agreement, Spread};
use crate::domain::next_step;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answers;
use crate::domain::scoring::score;
use crate::domain::small::clamp;
use crate::domain::stats;
use crate::domain::suggestions::{self, Band, TeamSignals};
use crate::domain::team::differencing::Figure;
use crate::domain::team::{self, Alpha, TeamStats};
use crate::effects;
use crate::format;
use crate::i18n::{self, fill, ViewStrings};

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

/// Plain-language label of an agreement level (`domain::levels`).
pub fn agreement_label(s: &ViewStrings, a: Agreement, points: u8) -> String {
    match a {
        Agreement::NotComputable => s.team_agree_none.to_string(),
        Agreement::Strong => s.team_agree_strong.to_string(),
        Agreement::Moderate => s.team_agree_moderate.to_string(),
        Agreement::Weak => s.team_agree_weak.to_string(),
        Agreement::WideSpread => fill(
            s.team_agree_wide,
            &[("x", format::fixed(&s.locale, ad_limit(points), 2))],
        ),
    }
}

/// Plain-language reading of the own-leadership Gini coefficient.
pub fn spread_label(s: &ViewStrings, gini: f64) -> &'static str {
    match spread(gini) {
        Spread::Concentrated => s.team_spread_concentrated,
        Spread::Even => s.team_spread_even,
        Spread::Uneven => s.team_spread_mixed,
    }
}

fn f2(s: &ViewStrings, v: Option<f64>) -> String {
    format::opt(&s.locale, v, 2)
}

fn f1(s: &ViewStrings, v: f64) -> String {
    format::fixed(&s.locale, v, 1)
}

/// A 0–100 interval for display, clipped to the scale (a t-interval of a bounded score
/// can reach past it; the exports keep the unclipped values). A cut end is marked `*`;
/// the second value says whether any end was cut.
fn ci_text(s: &ViewStrings, ci: (f64, f64)) -> (String, bool) {
    let cut = ci.0 < 0.0 || ci.1 > 100.0;
    let text = format::range(
        &s.locale,
        clamp(ci.0, 0.0, 100.0),
        clamp(ci.1, 0.0, 100.0),
        1,
    );
    (if cut { format!("{text}*") } else { text }, cut)
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
                    x={crate::domain::fixed::fixed(x, 2)} y="0" width={crate::domain::fixed::fixed(w, 2)} height="10" />
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
    let s = i18n::view_strings(lang);
    let st = &p.stats;

    let axes: Vec<AttrValue> = q
        .dimensions
        .iter()
        .map(|d| AttrValue::from(q.text(&d.name, lang).to_string()))
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
        name: s.team_series.into(),
    }];
    if let Some(own) = &p.own {
        let prof = score(q, own);
        series.push(Series {
            scores: prof.dimensions.iter().map(|d| d.score).collect(),
            band: None,
            class: "lr-s-other",
            label: "own".into(),
            name: s.own_series.into(),
        });
    }

    let points = q.scale(&q.item_scale).map(|sc| sc.points).unwrap_or(5);
    let mut clipped = st.index().is_some_and(|ix| ci_text(s, ix.ci95).1);
    // Aspects left out of the radar (suppressed): a gap, named under the chart.
    // A figure withheld by the differencing ledger says so, not "too few".
    let m = st.min_group().get().to_string();
    let hidden = |f: Figure| {
        if st.is_withheld(f) {
            fill(s.team_withheld_cell, &[("m", m.clone())])
        } else {
            fill(s.team_dim_suppressed, &[("m", m.clone())])
        }
    };
    let gaps_where = |withheld: bool| {
        q.dimensions
            .iter()
            .zip(st.dimensions())
            .enumerate()
            .filter(|(k, (_, ds))| {
                ds.is_none() && st.is_withheld(Figure::Dimension(*k)) == withheld
            })
            .map(|(_, (d, _))| q.text(&d.name, lang))
            .collect::<Vec<&str>>()
    };
    let (gaps, withheld_gaps) = (gaps_where(false), gaps_where(true));
    let names = |v: &[&str]| v.join(", ");
    let rows: Html = q.dimensions.iter().zip(st.dimensions()).enumerate().map(|(k, (d, ds))| {
        let name = q.text(&d.name, lang);
        match ds {
            None => html! {
                <tr data-dimension={d.id.clone()}>
                    <th scope="row">{ name }</th>
                    <td colspan="6" class="lr-muted">{ hidden(Figure::Dimension(k)) }</td>
                </tr>
            },
            Some(ds) => {
                let (ci, cut) = ci_text(s, ds.ci95);
                clipped |= cut;
                let level = agreement(ds.rwg_j, ds.ad, points);
                html! {
                <tr data-dimension={d.id.clone()}>
                    <th scope="row">{ name }</th>
                    <td class="lr-num lr-mean" data-label={s.team_mean}>{ f1(s, ds.mean) }</td>
                    <td class={classes!("lr-num", "lr-ci", cut.then_some("lr-clipped"))} data-label={s.team_ci}>{ ci }</td>
                    <td class="lr-num lr-sd" data-label={"SD"}>{ f1(s, ds.sd) }</td>
                    <td class="lr-rwg" data-label={s.team_agreement}><span class="lr-num">{ f2(s, ds.rwg_j) }</span>{ " " }<span class="lr-muted">{ agreement_label(s, level, points) }</span></td>
                    <td class="lr-num lr-ad" data-label={"AD"}>{ f2(s, ds.ad) }</td>
                    <td class="lr-num lr-alpha" data-label={"α"}>{ match ds.alpha.as_ref() {
                        Some(a) if a.is_unreliable() => html! { <span class="lr-unreliable">{ s.alpha_not_reliable }</span> },
                        Some(a) => html! { { format::fixed(&s.locale, a.value, 2) } },
                        None => html! { "–" },
                    } }</td>
                </tr>
                }
            }
        }
    }).collect();

    // The own-leadership scale's points and end labels, and the largest Gini its
    // answers allow for this many members.
    let own_scale = q.scale(&q.own_leadership.scale);
    let own_points = own_scale.map_or(5, |sc| u32::from(sc.points));
    let own_ends = own_scale
        .and_then(|sc| q.labels(sc, lang))
        .and_then(|l| Some((l.first()?.clone(), l.last()?.clone())))
        .unwrap_or_else(|| ("1".into(), own_points.to_string()));
    let own = st.own().map(|o| {
        let ceiling = stats::gini_ceiling(own_points, o.n)
            .map(|g| format::fixed(&s.locale, g, 2))
            .unwrap_or_else(|| "–".into());
        let explain = fill(
            s.team_spread_explain,
            &[
                ("lo", own_ends.0.clone()),
                ("hi", own_ends.1.clone()),
                ("n", own_points.to_string()),
                ("m", o.n.to_string()),
                ("g", ceiling),
            ],
        );
        html! {
            <div class="lr-spread">
                <h4>{ s.team_spread_title }</h4>
                <p>{ spread_label(s, o.gini) }</p>
                <dl class="lr-figures">
                    <dt>{ s.team_gini }</dt><dd class="lr-num lr-gini">{ format::fixed(&s.locale, o.gini, 2) }</dd>
                    <dt>{ s.team_cv }</dt><dd class="lr-num lr-cv">{ format::fixed(&s.locale, o.cv, 2) }</dd>
                    <dt>{ fill(s.team_own_mean, &[("n", own_points.to_string())]) }</dt><dd class="lr-num">{ format!("{} (SD {}, n = {})", format::fixed(&s.locale, o.mean, 2), format::fixed(&s.locale, o.sd, 2), o.n) }</dd>
                </dl>
                <p class="lr-muted lr-spread-explain">{ explain }</p>
            </div>
        }
    });

    let who_points = q
        .scale(&q.who_leads.scale)
        .map(|sc| sc.points as usize)
        .unwrap_or(5);
    let who_labels: Vec<String> = q
        .scale(&q.who_leads.scale)
        .and_then(|sc| q.labels(sc, lang).map(<[String]>::to_vec))
        .unwrap_or_default();
    let who_rows = q.who_leads.functions.iter().zip(st.who_leads()).enumerate().map(|(k, (f, w))| {
        let text = q.text(&f.text, lang);
        match w {
            None => html! {
                <tr data-function={f.id.clone()}><th scope="row">{ text }</th><td colspan={(who_points + 3).to_string()} class="lr-muted">{ hidden(Figure::WhoLeads(k)) }</td></tr>
            },
            Some(w) => html! {
                <tr data-function={f.id.clone()}>
                    <th scope="row">{ text }</th>
                    <td class="lr-stacked-cell" data-label={s.team_distribution}>{ stacked(&w.counts, w.missing) }</td>
                    { w.counts.iter().enumerate().map(|(k, c)| html! { <td class="lr-num" data-label={who_labels.get(k).cloned().unwrap_or_else(|| (k + 1).to_string())}>{ c }</td> }).collect::<Html>() }
                    <td class="lr-num" data-label={s.team_missing}>{ w.missing }</td>
                    <td class="lr-num" data-label={s.team_who_mean}>{ f1(s, w.mean) }</td>
                </tr>
            },
        }
    });
    let legend = who_labels.iter().enumerate().map(|(k, l)| {
        html! { <li><svg class="lr-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class={format!("lr-step lr-step-{}", k + 1)} width="10" height="10" /></svg>{ l.clone() }</li> }
    });

    // Team suggestions from the rules engine.
    let rules = suggestions::Rules::built_in();
    let signals = TeamSignals {
        rwg_j: st
            .dimensions()
            .iter()
            .map(|d| d.as_ref().and_then(|d| d.rwg_j))
            .collect(),
        ad: st
            .dimensions()
            .iter()
            .map(|d| d.as_ref().and_then(|d| d.ad))
            .collect(),
        points,
        own_gini: st.own().map(|o| o.gini),
        own_cv: st.own().map(|o| o.cv),
        conditions: st.conditions().map(|c| c.mean),
        spread: st.spread().map(|c| c.mean),
    };
    let advice = suggestions::for_team(&rules, q, &means, &signals);
    let team_hits = advice.team.iter().map(|h| {
        let dims: Vec<&str> = h
            .dimensions
            .iter()
            .filter_map(|&d| q.dimensions.get(d).map(|d| q.text(&d.name, lang)))
            .collect();
        html! {
            <article class="lr-card lr-team-hit" data-rule={h.id.name()}>
                <h4>{ q.text(&h.title, lang) }</h4>
                <p>{ q.text(&h.text, lang) }</p>
                if !dims.is_empty() { <p class="lr-muted">{ dims.join(", ") }</p> }
                <ul>{ h.actions.iter().map(|a| html! { <li>{ q.text(a, lang) }</li> }).collect::<Html>() }</ul>
            </article>
        }
    });
    // Patterns comparing the team's conditions and spread go with those figures.
    let headline_patterns = HeadlinePattern::of_hits(&advice.advice.patterns);
    let patterns = advice.advice.patterns.iter().filter(|h| !h.headline).map(|h| {
        html! {
            <article class="lr-card lr-pattern" data-pattern={h.id.clone()}>
                <h4>{ q.text(&h.title, lang) }</h4>
                <p>{ q.text(&h.text, lang) }</p>
                <ul>{ h.actions.iter().map(|a| html! { <li>{ q.text(a, lang) }</li> }).collect::<Html>() }</ul>
            </article>
        }
    });
    let focus = advice.advice.focus.iter().filter_map(|&d| {
        let dim = q.dimensions.get(d)?;
        let adv = advice.advice.dimensions.iter().find(|a| a.dimension == d)?;
        Some(html! {
            <article class="lr-card lr-focus" data-dimension={dim.id.clone()}>
                <h4>{ q.text(&dim.name, lang) }</h4>
                if let Some(why) = &adv.why { <p>{ q.text(why, lang) }</p> }
                <ul>{ adv.actions.iter().map(|a| html! { <li>{ q.text(a, lang) }</li> }).collect::<Html>() }</ul>
            </article>
        })
    });

    // Plain summary per aspect: level and agreement in words.
    let summary_rows = q
        .dimensions
        .iter()
        .zip(st.dimensions())
        .enumerate()
        .map(|(k, (d, ds))| {
            let name = q.text(&d.name, lang);
            match ds {
                None => html! {
                    <li data-dimension={d.id.clone()}><span class="lr-ts-name">{ name }</span>{ ": " }
                        <span class="lr-muted">{ hidden(Figure::Dimension(k)) }</span></li>
                },
                Some(ds) => {
                    let b = Band::of(ds.mean);
                    html! {
                        <li data-dimension={d.id.clone()}>
                            <span class="lr-ts-name">{ name }</span>{ ": " }
                            <span class={classes!("lr-chip", format!("lr-chip-{}", b.name()))}>{ band_label(s, b) }</span>
                            { " " }<span class="lr-num">{ format::score(&s.locale, Some(ds.mean)) }</span>{ " " }{ s.of_100 }
                            { ", " }<span class="lr-ts-agree">{ agreement_label(s, agreement(ds.rwg_j, ds.ad, points), points) }</span>
                        </li>
                    }
                }
            }
        })
        .collect::<Html>();
    let spread: Vec<Option<f64>> = st
        .dimensions()
        .iter()
        .map(|d| d.as_ref().and_then(|d| d.ad.or(Some(d.sd / 25.0))))
        .collect();
    let topics = next_step::guide_topics(&means, &spread);
    let dim_name = |d: usize| q.text(&q.dimensions[d].name, lang).to_string();
    let low_names: Vec<String> = topics.low.iter().map(|&d| dim_name(d)).collect();
    let low_joined = low_names.join(" / ");
    let disagree_name = topics.disagree.map(dim_name);
    let experiment = topics.low.first().and_then(|&d| {
        let adv = advice.advice.dimensions.iter().find(|a| a.dimension == d)?;
        let acts = crate::components::results::actions_own_first(adv);
        let team_first = acts
            .iter()
            .find(|(w, _)| *w == crate::domain::next_step::Actor::Team)
            .or(acts.first())
            .map(|(_, t)| q.text(t, lang).to_string())?;
        Some((dim_name(d), team_first))
    });
    let alpha_negative: Vec<String> = q
        .dimensions
        .iter()
        .zip(st.dimensions())
        .filter(|(_, ds)| {
            ds.as_ref()
                .and_then(|d| d.alpha.as_ref())
                .is_some_and(Alpha::is_unreliable)
        })
        .map(|(d, _)| q.text(&d.name, lang).to_string())
        .collect();
    let guide_ref = use_node_ref();
    let on_print_guide = {
        let r = guide_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(el) = r.cast::<web_sys::Element>() else {
                return;
            };
            let root = el.closest(".lr-app").ok().flatten();
            let section = el.closest(".lr-team-results").ok().flatten();
            if let (Some(root), Some(section)) = (root, section) {
                let _ = root.set_attribute("data-lr-print", "guide");
                let _ = section.set_attribute("data-lr-printing", "");
                effects::print();
                let _ = root.remove_attribute("data-lr-print");
                let _ = section.remove_attribute("data-lr-printing");
            }
        })
    };
    let n = st.n();
    let guide = html! {
        <section class="lr-guide" ref={guide_ref} aria-labelledby={format!("{}-guide", p.uid)}>
            <h4 id={format!("{}-guide", p.uid)}>{ s.guide_title }</h4>
            <p>{ s.guide_intro }</p>
            <h5>{ s.guide_focus_title }</h5>
            <ul class="lr-guide-topics">
                { topics.low.iter().map(|&d| {
                    let m = means[d].unwrap_or(0.0);
                    html! { <li data-dimension={q.dimensions[d].id.clone()}>{ fill(s.guide_low, &[("aspect", dim_name(d)), ("mean", format::score(&s.locale, Some(m))), ("level", s.level(Band::of(m)).to_string())]) }</li> }
                }).collect::<Html>() }
                if let Some(d) = topics.disagree {
                    <li class="lr-guide-disagree" data-dimension={q.dimensions[d].id.clone()}>{ fill(s.guide_disagree, &[("aspect", dim_name(d)), ("agreement", st.dimensions()[d].as_ref().map(|x| agreement_label(s, agreement(x.rwg_j, x.ad, points), points)).unwrap_or_else(|| s.team_agree_none.to_string()))]) }</li>
                }
            </ul>
            <h5>{ s.guide_questions_title }</h5>
            <ul class="lr-guide-questions">
                { low_names.iter().take(1).map(|a| html! {
                    <>
                        <li>{ fill(s.guide_q_low_1, &[("aspect", a.clone())]) }</li>
                        <li>{ fill(s.guide_q_low_2, &[("aspect", a.clone())]) }</li>
                    </>
                }).collect::<Html>() }
                if let Some(a) = &disagree_name { <li>{ fill(s.guide_q_disagree, &[("aspect", a.clone())]) }</li> }
                <li>{ s.guide_q_try }</li>
            </ul>
            <h5>{ s.guide_agenda_title }</h5>
            <ol class="lr-agenda">
                <li>{ fill(s.guide_agenda_1, &[("n", n.to_string())]) }</li>
                <li>{ fill(s.guide_agenda_2, &[("aspect", disagree_name.clone().unwrap_or_else(|| low_joined.clone()))]) }</li>
                <li>{ fill(s.guide_agenda_3, &[("aspect", low_joined.clone())]) }</li>
                <li>{ s.guide_agenda_4 }</li>
                <li>{ s.guide_agenda_5 }</li>
            </ol>
            if let Some((aspect, text)) = &experiment {
                <h5>{ s.guide_experiment_title }</h5>
                <p class="lr-experiment">{ text.clone() }</p>
                <p class="lr-muted">{ fill(s.guide_experiment_note, &[("aspect", aspect.clone())]) }</p>
            }
            <h5>{ s.guide_remeasure_title }</h5>
            <p>{ s.guide_remeasure }</p>
            <div class="lr-actions lr-noprint">
                <button type="button" class="lr-btn" onclick={on_print_guide}>{ s.guide_print }</button>
            </div>
        </section>
    };

    let summary = team::summary_encode(q, st);
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

    let print_date = effects::today(lang);
    html! {
        <section class="lr-team-results" aria-labelledby={format!("{}-h", p.uid)}>
            <p class="lr-print-head">{ fill(s.print_head, &[("date", print_date)]) }</p>
            <h3 id={format!("{}-h", p.uid)}>{ fill(s.team_results_title, &[("g", p.label.clone()), ("n", st.n().to_string())]) }</h3>
            if let Some(ix) = st.index() {
                <p class="lr-index">{ s.index_label }{ ": " }<strong class="lr-index-value">{ f1(s, ix.mean) }</strong>
                    <span class="lr-muted">{ format!(" ({} {})", s.team_ci, ci_text(s, ix.ci95).0) }</span></p>
            }
            <TeamHeadline lang={p.lang.clone()} fallback={AttrValue::from(q.default_language().to_string())}
                spread={st.spread().cloned()} density={st.density().cloned()}
                density_withheld={st.is_withheld(Figure::Density)}
                network_asked={q.network.is_some()} min_group={st.min_group().get()}
                patterns={headline_patterns} />
            <section class="lr-team-summary" aria-labelledby={format!("{}-sum", p.uid)}>
                <h4 id={format!("{}-sum", p.uid)}>{ s.team_summary_title }</h4>
                <p class="lr-muted">{ s.team_summary_intro }</p>
                <ul class="lr-ts-list">{ summary_rows }</ul>
                if let Some(o) = st.own() { <p class="lr-ts-spread">{ spread_label(s, o.gini) }</p> }
            </section>
            { guide }
            <figure class="lr-figure">
                <Radar uid={p.uid.clone()} {axes} {series} title={s.team_radar_title} desc={s.team_radar_desc} lang={p.lang.clone()} />
                <figcaption class="lr-muted">
                    { s.team_radar_desc }
                    if p.own.is_some() { { " " }{ s.team_own_overlay_note } }
                    if !gaps.is_empty() {
                        { " " }<span class="lr-radar-gap">{ fill(s.team_radar_gap, &[("x", names(&gaps)), ("m", m.clone())]) }</span>
                    }
                    if !withheld_gaps.is_empty() {
                        { " " }<span class="lr-radar-gap">{ fill(s.team_radar_withheld, &[("x", names(&withheld_gaps)), ("m", m.clone())]) }</span>
                    }
                </figcaption>
            </figure>
            <h4>{ s.who_leads_title }</h4>
            <ul class="lr-legend">{ legend.into_iter().collect::<Html>() }<li><svg class="lr-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class="lr-step lr-step-x" width="10" height="10" /></svg>{ s.team_missing }</li></ul>
            <table class="lr-table lr-who-table lr-stack-table">
                <caption class="lr-visually-hidden">{ s.who_leads_title }</caption>
                <thead><tr>
                    <th scope="col">{ s.team_function }</th><th scope="col"><span class="lr-visually-hidden">{ s.team_distribution }</span></th>
                    { (1..=who_points).map(|k| html! { <th scope="col" class="lr-num lr-th-label">{ who_labels.get(k - 1).cloned().unwrap_or_else(|| k.to_string()) }</th> }).collect::<Html>() }
                    <th scope="col" class="lr-num lr-th-label">{ s.team_missing }</th><th scope="col" class="lr-num lr-th-label">{ s.team_who_mean }</th>
                </tr></thead>
                <tbody>{ who_rows.into_iter().collect::<Html>() }</tbody>
            </table>
            <h4>{ s.suggestions }</h4>
            <div class="lr-cards">{ team_hits.into_iter().collect::<Html>() }{ patterns.into_iter().collect::<Html>() }{ focus.into_iter().collect::<Html>() }</div>
            <details class="lr-team-details">
                <summary>{ s.team_details_title }</summary>
                <table class="lr-table lr-team-table lr-stack-table">
                    <caption>{ s.team_table_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ s.dimension }</th><th scope="col">{ s.team_mean }</th><th scope="col">{ s.team_ci }</th>
                        <th scope="col">{ "SD" }</th><th scope="col">{ s.team_agreement }</th><th scope="col">{ "AD" }</th><th scope="col">{ "α" }</th>
                    </tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
                if clipped {
                    <p class="lr-muted lr-clip-note">{ s.team_ci_clipped }</p>
                }
                <p class="lr-muted">{ fill(s.team_agreement_note, &[("x", format::fixed(&s.locale, ad_limit(points), 2))]) }</p>
                if !alpha_negative.is_empty() {
                    <p class="lr-alpha-note">{ s.alpha_negative_why }{ " (" }{ alpha_negative.join(", ") }{ ")" }</p>
                }
                { own.into_iter().collect::<Html>() }
            </details>
            <div class="lr-code-box">
                <h4>{ s.team_summary_code }</h4>
                <p class="lr-muted">{ s.team_summary_help }</p>
                <CopyCode code={summary.clone()} label={s.team_summary_code} lang={p.lang.clone()}
                    class={classes!("lr-summary-code")} />
            </div>
            <div class="lr-actions lr-noprint">
                <button type="button" class="lr-btn" onclick={on_print}>{ s.print }</button>
                <button type="button" class="lr-btn" onclick={on_csv}>{ s.download_csv }</button>
                <button type="button" class="lr-btn" onclick={on_json}>{ s.download_json }</button>
            </div>
        </section>
    }
}
