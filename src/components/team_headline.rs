//! The team's leadership spread (mean with its 95 % CI) and its name-free
//! leadership-network density with uncertainty and n, each with one sentence of
//! meaning, plus the patterns that compare conditions and spread on the team means.
//! (Conditions, the mean of the aspect scores, are shown by the team results above.)

use yew::prelude::*;

use crate::components::headline::{pattern_notes, HeadlinePattern};
use crate::domain::small::clamp;
use crate::domain::team::{Density, Descriptive};
use crate::format;
use crate::i18n::fill;
use crate::i18n_figures::figure_strings;

#[derive(Properties, PartialEq)]
pub struct TeamHeadlineProps {
    pub lang: AttrValue,
    pub fallback: AttrValue,
    pub spread: Option<Descriptive>,
    pub density: Option<Density>,
    /// Whether the density was withheld by the differencing ledger.
    #[prop_or_default]
    pub density_withheld: bool,
    /// Whether the questionnaire asks the network questions at all.
    pub network_asked: bool,
    pub min_group: usize,
    pub patterns: Vec<HeadlinePattern>,
}

#[component]
pub fn TeamHeadline(p: &TeamHeadlineProps) -> Html {
    let fs = figure_strings(&p.lang);
    let s = crate::i18n::view_strings(&p.lang);
    let team_ci = s.team_ci;
    let loc = &s.locale;
    // One decimal for team means (as the team index), two for the density.
    let f1 = |v: f64| format::fixed(loc, v, 1);
    let f2 = |v: f64| format::fixed(loc, v, 2);
    let (lang, fb) = (p.lang.as_str(), p.fallback.as_str());
    let ci = |c: (f64, f64)| format::range(loc, clamp(c.0, 0.0, 100.0), clamp(c.1, 0.0, 100.0), 1);
    html! {
        <div class="lr-team-headline">
            if let Some(sp) = &p.spread {
                <p class="lr-team-spread">{ fs.team_spread }{ ": " }
                    <strong class="lr-team-spread-value">{ f1(sp.mean) }</strong>
                    <span class="lr-muted">{ format!(" ({team_ci} {}, n = {})", ci(sp.ci95), sp.n) }</span>
                    <span class="lr-muted lr-headline-meaning">{ if p.network_asked { fs.spread_meaning } else { fs.spread_meaning_no_network } }</span>
                </p>
            }
            if p.network_asked {
                <div class="lr-density">
                    <h4>{ fs.density_title }</h4>
                    if let Some(d) = &p.density {
                        <p><strong class="lr-density-value">{ f2(d.d) }</strong>
                            <span class="lr-density-detail">{ format!(" ({team_ci} {}{}, n = {})",
                                format::range(loc, d.ci95.0, d.ci95.1, 2),
                                if d.clipped { "*" } else { "" }, d.n) }</span></p>
                        if d.clipped {
                            <p class="lr-muted lr-density-clipped">{ "* " }{ fs.density_clipped }</p>
                        }
                    } else if p.density_withheld {
                        <p class="lr-muted lr-density-hidden">{ fill(s.team_withheld_figure, &[("m", p.min_group.to_string())]) }</p>
                    } else {
                        <p class="lr-muted lr-density-hidden">{ fill(fs.density_more_needed, &[("min", p.min_group.to_string())]) }</p>
                    }
                    <p class="lr-muted">{ fs.density_meaning }{ " " }{ fs.density_limits }</p>
                </div>
            }
            { pattern_notes(&p.patterns, lang, fb) }
        </div>
    }
}
