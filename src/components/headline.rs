//! The two headline figures of a person's results, each with one sentence of meaning,
//! the network share ("you saw 3 of your 7 teammates take the lead") and the patterns
//! that compare the two figures ("good conditions, but one person leads").

use yew::prelude::*;

use crate::components::results::fmt_score;
use crate::domain::questionnaire::{pick, Text};
use crate::domain::scoring::NetworkShare;
use crate::i18n::fill;
use crate::i18n_figures::figure_strings;

/// A pattern shown with the headline: title and text in every language.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlinePattern {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
}

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    /// The questionnaire's default language (fallback for pattern texts).
    pub fallback: AttrValue,
    pub conditions: Option<f64>,
    pub spread: Option<f64>,
    pub network: Option<NetworkShare>,
    pub patterns: Vec<HeadlinePattern>,
}

/// "3" for 3.0, "2.5" for a mean of several counts.
fn fmt_count(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round())
    } else {
        format!("{v:.1}")
    }
}

#[component]
pub fn Headline(p: &HeadlineProps) -> Html {
    let fs = figure_strings(&p.lang);
    let (lang, fb) = (p.lang.as_str(), p.fallback.as_str());
    let figure =
        |class: &'static str, label: &'static str, meaning: &'static str, v: Option<f64>| {
            html! {
                <div class={classes!("lr-headline-figure", class)}>
                    <dt>{ label }</dt>
                    <dd>
                        <strong class="lr-headline-value">{
                            if v.is_some() { fmt_score(v) } else { fs.not_computable.to_string() }
                        }</strong>
                        <span class="lr-muted lr-headline-meaning">{ meaning }</span>
                    </dd>
                </div>
            }
        };
    let network = p.network.map(|n| {
        let t = n.teammates.to_string();
        let mut line = fill(
            fs.network_you_see,
            &[("k", fmt_count(n.led)), ("t", t.clone())],
        );
        if n.clipped {
            line.push(' ');
            line.push_str(&fill(fs.network_clipped, &[("t", t)]));
        }
        line
    });
    let heading = format!("{}-headline", p.uid);
    html! {
        <section class="lr-headline" aria-labelledby={heading.clone()}>
            <h3 id={heading} class="lr-visually-hidden">{ fs.headline_title }</h3>
            <dl class="lr-headline-figures">
                { figure("lr-fig-conditions", fs.conditions_label, fs.conditions_meaning, p.conditions) }
                { figure("lr-fig-spread", fs.spread_label, fs.spread_meaning, p.spread) }
            </dl>
            if let Some(line) = network {
                <p class="lr-network-share">{ line }</p>
            }
            { p.patterns.iter().map(|h| html! {
                <div class="lr-notice lr-headline-pattern" role="note" key={h.id.clone()} data-pattern={h.id.clone()}>
                    <p class="lr-headline-pattern-title"><strong>{ pick(&h.title, lang, fb) }</strong></p>
                    <p>{ pick(&h.text, lang, fb) }</p>
                    <ul>{ h.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }).collect::<Html>() }</ul>
                </div>
            }).collect::<Html>() }
        </section>
    }
}
