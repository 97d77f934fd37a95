//! Pairwise comparisons: every group against the first one (another team, or the same
//! team at a later time). Never a ranking of many teams. Printable on their own, with
//! the report header (product name and date).

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::radar::{Radar, Series};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::team::differencing::Figure;
use crate::domain::team::{compare_with_first, Compared, MinGroup, Refusal, Summary, Verdict};
use crate::effects;
use crate::format;
use crate::i18n::{self, fill, ViewStrings};

/// A group's label, its summary (when usable), its code set (when built from codes) and
/// the figures the differencing ledger withheld from it.
pub type GroupSummary = (
    String,
    Option<Summary>,
    Option<Rc<BTreeSet<String>>>,
    Rc<Vec<Figure>>,
);

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    pub questionnaire: Rc<Questionnaire>,
    pub min_group: usize,
    pub groups: Rc<Vec<GroupSummary>>,
}

const SERIES: [&str; 4] = ["lr-s-self", "lr-s-other", "lr-s-3", "lr-s-4"];

/// The verdict as `data-verdict` names it and its class (`lr-verdict-…`), spelled out
/// rather than formatted with `Debug` (which would link the formatting machinery).
fn verdict_names(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::NoReliableDifference => {
            ("NoReliableDifference", "lr-verdict-noreliabledifference")
        }
        Verdict::Higher => ("Higher", "lr-verdict-higher"),
        Verdict::Lower => ("Lower", "lr-verdict-lower"),
    }
}

fn verdict_text(s: &ViewStrings, v: Verdict) -> &'static str {
    match v {
        Verdict::NoReliableDifference => s.cmp_no_difference,
        Verdict::Higher => s.cmp_higher,
        Verdict::Lower => s.cmp_lower,
    }
}

#[component]
pub fn CompareView(p: &CompareProps) -> Html {
    let q = &p.questionnaire;
    let lang = p.lang.as_str();
    let s = i18n::view_strings(lang);
    let min = MinGroup::new(p.min_group);
    let section_ref = use_node_ref();
    let usable: Vec<&GroupSummary> = p.groups.iter().filter(|g| g.1.is_some()).collect();
    let Some(base) = usable.first() else {
        return html! {};
    };
    let base_sum = base.1.as_ref().expect("filtered to usable groups");

    let pairs: Vec<(&Summary, Option<&BTreeSet<String>>)> = usable
        .iter()
        .filter_map(|g| Some((g.1.as_ref()?, g.2.as_deref())))
        .collect();
    let outcomes = compare_with_first(&pairs, min);
    let blocks = usable.iter().skip(1).zip(outcomes).enumerate().map(|(k, (other, outcome))| {
        let other_sum = other.1.as_ref().expect("filtered to usable groups");
        // Named and laid out in group order: A (the reference) first, then B.
        let title = fill(s.cmp_title, &[("a", other.0.clone()), ("b", base.0.clone())]);
        let id = format!("{}-{k}", p.uid);
        let cmp = match outcome {
            Ok(c) => c,
            Err(Refusal::Differencing(risk)) => {
                return html! {
                    <section class="lr-compare" aria-labelledby={format!("{id}-h")}>
                        <h3 id={format!("{id}-h")}>{ title.clone() }</h3>
                        <p class="lr-notice lr-error" role="alert"><strong>{ s.team_refused }</strong>{ " " }{ i18n::pair_risk(lang, &risk) }</p>
                    </section>
                };
            }
            Err(Refusal::Team(e)) => {
                return html! {
                    <section class="lr-compare" aria-labelledby={format!("{id}-h")}>
                        <h3 id={format!("{id}-h")}>{ title.clone() }</h3>
                        <p class="lr-notice lr-error" role="alert">{ i18n::team_error(lang, &e) }</p>
                    </section>
                }
            }
        };
        // A row missing because a group's figure was withheld says so, not "too few".
        let withheld = |d: usize| {
            [&other.3, &base.3]
                .iter()
                .any(|w| w.contains(&Figure::Dimension(d)))
        };
        let mut no_spread: Vec<String> = Vec::new();
        let rows: Html = q.dimensions.iter().enumerate().map(|(d, dim)| {
            let name = q.text(&dim.name, lang);
            let ma = other_sum.dimensions.get(d).and_then(|x| x.as_ref()).map(|x| x.mean);
            let mb = base_sum.dimensions.get(d).and_then(|x| x.as_ref()).map(|x| x.mean);
            match cmp.dimensions.get(d).unwrap_or(&Compared::Suppressed) {
                Compared::Suppressed => html! {
                    <tr data-dimension={dim.id.clone()}><th scope="row">{ name }</th>
                        <td class="lr-num">{ format::opt(&s.locale, mb, 1) }</td><td class="lr-num">{ format::opt(&s.locale, ma, 1) }</td>
                        <td colspan="5" class="lr-muted">{ fill(if withheld(d) { s.team_withheld_cell } else { s.team_dim_suppressed }, &[("m", min.get().to_string())]) }</td></tr>
                },
                Compared::NoSpread { diff, verdict } => {
                    no_spread.push(name.to_string());
                    let text = if *diff == 0.0 { s.cmp_same } else { verdict_text(s, *verdict) };
                    html! {
                        <tr data-dimension={dim.id.clone()} data-verdict={verdict_names(*verdict).0} class="lr-nospread">
                            <th scope="row">{ name }</th>
                            <td class="lr-num" data-label={base.0.clone()}>{ format::opt(&s.locale, mb, 1) }</td>
                            <td class="lr-num" data-label={other.0.clone()}>{ format::opt(&s.locale, ma, 1) }</td>
                            <td class="lr-num lr-diff" data-label={s.cmp_diff}>{ format::signed(&s.locale, *diff, 1) }</td>
                            <td class="lr-num lr-ci" data-label={s.team_ci}>{ "–" }</td>
                            <td class="lr-num lr-t" data-label="Welch">{ s.cmp_no_test }</td>
                            <td class="lr-num lr-g" data-label="Hedges' g">{ "–" }</td>
                            <td data-label={s.cmp_verdict} class={classes!("lr-verdict", verdict_names(*verdict).1)}>{ text }</td>
                        </tr>
                    }
                }
                Compared::Tested(x) => html! {
                    <tr data-dimension={dim.id.clone()} data-verdict={verdict_names(x.verdict).0}>
                        <th scope="row">{ name }</th>
                        <td class="lr-num" data-label={base.0.clone()}>{ format::opt(&s.locale, mb, 1) }</td>
                        <td class="lr-num" data-label={other.0.clone()}>{ format::opt(&s.locale, ma, 1) }</td>
                        <td class="lr-num lr-diff" data-label={s.cmp_diff}>{ format::signed(&s.locale, x.diff, 1) }</td>
                        <td class="lr-num lr-ci" data-label={s.team_ci}>{ format::interval(&s.locale, x.ci95.0, x.ci95.1, 1) }</td>
                        <td class="lr-num lr-t" data-label="Welch">{ format::t_test(&s.locale, x.df, x.t, x.p) }</td>
                        <td class="lr-num lr-g" data-label="Hedges' g">{ format!("{} {}", format::fixed(&s.locale, x.g, 2), format::interval(&s.locale, x.g_ci95.0, x.g_ci95.1, 2)) }</td>
                        <td data-label={s.cmp_verdict} class={classes!("lr-verdict", verdict_names(x.verdict).1)}>{ verdict_text(s, x.verdict) }</td>
                    </tr>
                },
            }
        }).collect();
        html! {
            <section class="lr-compare" aria-labelledby={format!("{id}-h")}>
                <h3 id={format!("{id}-h")}>{ title.clone() }</h3>
                <table class="lr-table lr-compare-table lr-stack-table">
                    <caption class="lr-visually-hidden">{ title.clone() }</caption>
                    <thead><tr>
                        <th scope="col">{ s.dimension }</th>
                        <th scope="col" class="lr-num">{ base.0.clone() }</th>
                        <th scope="col" class="lr-num">{ other.0.clone() }</th>
                        <th scope="col" class="lr-num">{ fill(s.cmp_diff_of, &[("a", base.0.clone()), ("b", other.0.clone())]) }</th>
                        <th scope="col" class="lr-num">{ s.team_ci }</th>
                        <th scope="col" class="lr-num">{ "Welch" }</th>
                        <th scope="col" class="lr-num">{ format!("Hedges' g [{}]", s.team_ci) }</th>
                        <th scope="col">{ s.cmp_verdict }</th>
                    </tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
                if !no_spread.is_empty() {
                    <p class="lr-muted lr-nospread-note">{ fill(s.cmp_no_spread_note, &[("x", no_spread.join(", "))]) }</p>
                }
            </section>
        }
    });

    let axes: Vec<AttrValue> = q
        .dimensions
        .iter()
        .map(|d| AttrValue::from(q.text(&d.name, lang).to_string()))
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
            name: g.0.clone().into(),
        })
        .collect();
    // "Print the comparison": the widget's root says what to print for the moment of
    // the print dialog (the print styles hide the rest).
    let on_print = {
        let r = section_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let root = r
                .cast::<web_sys::Element>()
                .and_then(|el| el.closest(".lr-app").ok().flatten());
            if let Some(root) = root {
                let _ = root.set_attribute("data-lr-print", "compare");
                effects::print();
                let _ = root.remove_attribute("data-lr-print");
            }
        })
    };
    let legend = usable.iter().enumerate().map(|(k, g)| {
        html! { <li><svg class="lr-swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class={classes!("lr-dot", SERIES[k % SERIES.len()])} width="10" height="10" /></svg>{ g.0.clone() }</li> }
    });
    html! {
        <section class="lr-comparisons" aria-labelledby={format!("{}-h", p.uid)} ref={section_ref}>
            <p class="lr-print-head">{ fill(s.print_head, &[("date", effects::today(lang))]) }</p>
            <h3 id={format!("{}-h", p.uid)}>{ s.cmp_section }</h3>
            <p class="lr-muted">{ s.cmp_intro }</p>
            <figure class="lr-figure">
                <Radar uid={p.uid.clone()} {axes} {series} title={s.cmp_radar_title} desc={s.cmp_radar_desc} lang={p.lang.clone()} />
                <figcaption><ul class="lr-legend">{ legend.into_iter().collect::<Html>() }</ul></figcaption>
            </figure>
            { blocks.collect::<Html>() }
            <div class="lr-actions lr-noprint">
                <button type="button" class="lr-btn" onclick={on_print}>{ s.cmp_print }</button>
            </div>
        </section>
    }
}
