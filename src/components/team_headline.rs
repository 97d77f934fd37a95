//! The team's leadership spread (mean with its 95 % CI) and its name-free
//! leadership-network density with uncertainty and n, each with one sentence of
//! meaning, plus the patterns that compare conditions and spread on the team means.
//! (Conditions, the mean of the aspect scores, are shown by the team results above.)

use yew::prelude::*;

use crate::components::headline::HeadlinePattern;
use crate::components::results::fmt_score;
use crate::domain::questionnaire::pick;
use crate::domain::team::{Density, Descriptive};
use crate::i18n::fill;
use crate::i18n_figures::figure_strings;

#[derive(Properties, PartialEq)]
pub struct TeamHeadlineProps {
    pub lang: AttrValue,
    pub fallback: AttrValue,
    pub spread: Option<Descriptive>,
    pub density: Option<Density>,
    /// Whether the questionnaire asks the network questions at all.
    pub network_asked: bool,
    pub min_group: usize,
    pub patterns: Vec<HeadlinePattern>,
}

/// A density 0–1 with two decimals.
pub fn fmt_density(v: f64) -> String {
    format!("{:.2}", (v * 100.0).round() / 100.0)
}

#[component]
pub fn TeamHeadline(p: &TeamHeadlineProps) -> Html {
    let fs = figure_strings(&p.lang);
    let team_ci = crate::i18n::strings(&p.lang).team_ci;
    let (lang, fb) = (p.lang.as_str(), p.fallback.as_str());
    let ci = |c: (f64, f64)| {
        format!(
            "{}–{}",
            fmt_score(Some(c.0.clamp(0.0, 100.0))),
            fmt_score(Some(c.1.clamp(0.0, 100.0)))
        )
    };
    html! {
        <div class="lr-team-headline">
            if let Some(sp) = &p.spread {
                <p class="lr-team-spread">{ fs.team_spread }{ ": " }
                    <strong class="lr-team-spread-value">{ fmt_score(Some(sp.mean)) }</strong>
                    <span class="lr-muted">{ format!(" ({team_ci} {}, n = {})", ci(sp.ci95), sp.n) }</span>
                    <span class="lr-muted lr-headline-meaning">{ fs.spread_meaning }</span>
                </p>
            }
            if p.network_asked {
                <div class="lr-density">
                    <h4>{ fs.density_title }</h4>
                    if let Some(d) = &p.density {
                        <p><strong class="lr-density-value">{ fmt_density(d.d) }</strong>
                            <span class="lr-density-detail">{ format!(" ({team_ci} {}–{}{}, n = {})",
                                fmt_density(d.ci95.0), fmt_density(d.ci95.1),
                                if d.clipped { "*" } else { "" }, d.n) }</span></p>
                        if d.clipped {
                            <p class="lr-muted lr-density-clipped">{ "* " }{ fs.density_clipped }</p>
                        }
                    } else {
                        <p class="lr-muted lr-density-hidden">{ fill(fs.density_more_needed, &[("min", p.min_group.to_string())]) }</p>
                    }
                    <p class="lr-muted">{ fs.density_meaning }{ " " }{ fs.density_limits }</p>
                </div>
            }
            { p.patterns.iter().map(|h| html! {
                <div class="lr-notice lr-headline-pattern" role="note" key={h.id.clone()} data-pattern={h.id.clone()}>
                    <p class="lr-headline-pattern-title"><strong>{ pick(&h.title, lang, fb) }</strong></p>
                    <p>{ pick(&h.text, lang, fb) }</p>
                    <ul>{ h.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }).collect::<Html>() }</ul>
                </div>
            }).collect::<Html>() }
        </div>
    }
}
