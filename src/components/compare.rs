//! Pairwise comparisons: every group against the first one (another team, or the same
//! team at a later time). Never a ranking of many teams.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::radar::{Radar, Series};
use crate::components::results::{fmt_fixed, fmt_score};
use crate::domain::questionnaire::{pick, Questionnaire};
use crate::domain::team::{check_pair, compare, MinGroup, Summary, Verdict};
use crate::i18n::{self, fill, Strings};

/// A group's label, its summary (when usable) and its code set (when built from codes).
pub type GroupSummary = (String, Option<Summary>, Option<Rc<BTreeSet<String>>>);

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    pub questionnaire: Rc<Questionnaire>,
    pub min_group: usize,
    pub groups: Rc<Vec<GroupSummary>>,
}

const SERIES: [&str; 4] = ["lr-s-self", "lr-s-other", "lr-s-3", "lr-s-4"];

fn verdict_text(s: &Strings, v: Verdict) -> &'static str {
    match v {
        Verdict::NoReliableDifference => s.cmp_no_difference,
        Verdict::Higher => s.cmp_higher,
        Verdict::Lower => s.cmp_lower,
    }
}

fn p_text(p: f64) -> String {
    if p < 0.001 {
        "< .001".into()
    } else {
        fmt_fixed(p, 3)
    }
}

#[component]
pub fn CompareView(p: &CompareProps) -> Html {
    let q = &p.questionnaire;
    let lang = p.lang.as_str();
    let fb = q.languages.first().map(String::as_str).unwrap_or("en");
    let s = i18n::strings(lang);
    let min = MinGroup::new(p.min_group);
    let usable: Vec<&GroupSummary> = p.groups.iter().filter(|g| g.1.is_some()).collect();
    let Some(base) = usable.first() else {
        return html! {};
    };
    let base_sum = base.1.as_ref().expect("filtered to usable groups");

    let blocks = usable.iter().skip(1).enumerate().map(|(k, other)| {
        let other_sum = other.1.as_ref().expect("filtered to usable groups");
        let title = fill(s.cmp_title, &[("a", other.0.clone()), ("b", base.0.clone())]);
        let id = format!("{}-{k}", p.uid);
        // Differencing between two code sets.
        if let (Some(a), Some(b)) = (&other.2, &base.2) {
            if let Some(risk) = check_pair(a, b, min) {
                return html! {
                    <section class="lr-compare" aria-labelledby={format!("{id}-h")}>
                        <h3 id={format!("{id}-h")}>{ title.clone() }</h3>
                        <p class="lr-notice lr-error" role="alert"><strong>{ s.team_refused }</strong>{ " " }{ i18n::pair_risk(lang, &risk) }</p>
                    </section>
                };
            }
        }
        let cmp = match compare(other_sum, base_sum, min) {
            Ok(c) => c,
            Err(e) => {
                return html! {
                    <section class="lr-compare" aria-labelledby={format!("{id}-h")}>
                        <h3 id={format!("{id}-h")}>{ title.clone() }</h3>
                        <p class="lr-notice lr-error" role="alert">{ i18n::team_error(lang, &e) }</p>
                    </section>
                }
            }
        };
        let rows = q.dimensions.iter().enumerate().map(|(d, dim)| {
            let name = pick(&dim.name, lang, fb);
            let ma = other_sum.dimensions.get(d).and_then(|x| x.as_ref()).map(|x| x.mean);
            let mb = base_sum.dimensions.get(d).and_then(|x| x.as_ref()).map(|x| x.mean);
            match cmp.dimensions.get(d).and_then(|x| x.as_ref()) {
                None => html! {
                    <tr data-dimension={dim.id.clone()}><th scope="row">{ name }</th>
                        <td class="lr-num">{ fmt_score(ma) }</td><td class="lr-num">{ fmt_score(mb) }</td>
                        <td colspan="5" class="lr-muted">{ fill(s.team_dim_suppressed, &[("m", min.get().to_string())]) }</td></tr>
                },
                Some(x) => html! {
                    <tr data-dimension={dim.id.clone()} data-verdict={format!("{:?}", x.verdict)}>
                        <th scope="row">{ name }</th>
                        <td class="lr-num">{ fmt_score(ma) }</td>
                        <td class="lr-num">{ fmt_score(mb) }</td>
                        <td class="lr-num lr-diff">{ crate::domain::fixed::signed(x.diff, 1) }</td>
                        <td class="lr-num lr-ci">{ format!("[{}, {}]", fmt_fixed(x.ci95.0, 1), fmt_fixed(x.ci95.1, 1)) }</td>
                        <td class="lr-num lr-t">{ format!("t({}) = {}, p {}", fmt_fixed(x.df, 1), fmt_fixed(x.t, 2), p_text(x.p)) }</td>
                        <td class="lr-num lr-g">{ format!("{} [{}, {}]", fmt_fixed(x.g, 2), fmt_fixed(x.g_ci95.0, 2), fmt_fixed(x.g_ci95.1, 2)) }</td>
                        <td class={classes!("lr-verdict", format!("lr-verdict-{:?}", x.verdict).to_lowercase())}>{ verdict_text(s, x.verdict) }</td>
                    </tr>
                },
            }
        });
        html! {
            <section class="lr-compare" aria-labelledby={format!("{id}-h")}>
                <h3 id={format!("{id}-h")}>{ title.clone() }</h3>
                <table class="lr-table lr-compare-table" tabindex="0">
                    <caption>{ title.clone() }</caption>
                    <thead><tr>
                        <th scope="col">{ s.dimension }</th>
                        <th scope="col" class="lr-num">{ other.0.clone() }</th>
                        <th scope="col" class="lr-num">{ base.0.clone() }</th>
                        <th scope="col" class="lr-num">{ s.cmp_diff }</th>
                        <th scope="col" class="lr-num">{ s.team_ci }</th>
                        <th scope="col" class="lr-num">{ "Welch" }</th>
                        <th scope="col" class="lr-num">{ format!("Hedges' g [{}]", s.team_ci) }</th>
                        <th scope="col">{ s.cmp_verdict }</th>
                    </tr></thead>
                    <tbody>{ rows.into_iter().collect::<Html>() }</tbody>
                </table>
            </section>
        }
    });

    let axes: Vec<AttrValue> = q
        .dimensions
        .iter()
        .map(|d| AttrValue::from(pick(&d.name, lang, fb).to_string()))
        .collect();
    let series: Vec<Series> = usable
        .iter()
        .enumerate()
        .map(|(k, g)| Series {
            scores: g
                .1
                .as_ref()
                .map(|sm| {
                    sm.dimensions
                        .iter()
                        .map(|d| d.as_ref().map(|d| d.mean))
                        .collect()
                })
                .unwrap_or_default(),
            band: None,
            class: SERIES[k % SERIES.len()],
            label: g.0.clone().into(),
        })
        .collect();
    let legend = usable.iter().enumerate().map(|(k, g)| {
        html! { <li><svg class="lr-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class={classes!("lr-dot", SERIES[k % SERIES.len()])} width="10" height="10" /></svg>{ g.0.clone() }</li> }
    });
    html! {
        <section class="lr-comparisons" aria-labelledby={format!("{}-h", p.uid)}>
            <h3 id={format!("{}-h", p.uid)}>{ s.cmp_section }</h3>
            <p class="lr-muted">{ s.cmp_intro }</p>
            <figure class="lr-figure">
                <Radar uid={p.uid.clone()} {axes} {series} title={s.cmp_radar_title} desc={s.cmp_radar_desc} />
                <figcaption><ul class="lr-legend">{ legend.into_iter().collect::<Html>() }</ul></figcaption>
            </figure>
            { blocks.into_iter().collect::<Html>() }
        </section>
    }
}
