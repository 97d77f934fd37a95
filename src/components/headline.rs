//! What goes with the two headline figures on a person's results: the network share
//! ("you saw 3 of your 7 teammates take the lead") and the patterns that compare the
//! two figures ("good conditions, but one person leads"). The figures themselves are
//! rendered by `results::headlines`.

use yew::prelude::*;

use crate::domain::questionnaire::{text_in, Text};
use crate::domain::scoring::NetworkShare;
use crate::domain::suggestions::PatternHit;
use crate::format;
use crate::i18n::{fill, strings};
use crate::i18n_figures::figure_strings;

/// A pattern shown with the headline figures.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlinePattern {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
}

impl HeadlinePattern {
    /// The fired patterns that compare the two headline figures: they are shown with
    /// the figures, the others with the rest of the advice.
    pub fn of_hits(hits: &[PatternHit]) -> Vec<HeadlinePattern> {
        hits.iter()
            .filter(|h| h.headline)
            .map(|h| HeadlinePattern {
                id: h.id.clone(),
                title: h.title.clone(),
                text: h.text.clone(),
                actions: h.actions.clone(),
            })
            .collect()
    }
}

#[derive(Properties, PartialEq)]
pub struct HeadlineExtrasProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    /// The questionnaire's default language (fallback for pattern texts).
    pub fallback: AttrValue,
    pub network: Option<NetworkShare>,
    pub patterns: Vec<HeadlinePattern>,
}

/// Headline patterns as notes, with their actions.
pub fn pattern_notes(patterns: &[HeadlinePattern], lang: &str, fb: &str) -> Html {
    patterns
        .iter()
        .map(|h| {
            html! {
                <div class="lr-notice lr-headline-pattern" role="note" key={h.id.clone()} data-pattern={h.id.clone()}>
                    <p class="lr-headline-pattern-title"><strong>{ text_in(&h.title, lang, fb) }</strong></p>
                    <p>{ text_in(&h.text, lang, fb) }</p>
                    <ul>{ h.actions.iter().map(|a| html! { <li>{ text_in(a, lang, fb) }</li> }).collect::<Html>() }</ul>
                </div>
            }
        })
        .collect::<Html>()
}

#[component]
pub fn HeadlineExtras(p: &HeadlineExtrasProps) -> Html {
    let fs = figure_strings(&p.lang);
    let network = p.network.map(|n| {
        let t = n.teammates.to_string();
        let mut line = fill(
            fs.network_you_see,
            &[
                ("k", format::count(&strings(&p.lang).locale, n.led)),
                ("t", t.clone()),
            ],
        );
        if n.clipped {
            line.push(' ');
            line.push_str(&fill(fs.network_clipped, &[("t", t)]));
        }
        line
    });
    html! {
        <div class="lr-headline-extras" id={format!("{}-headline-extras", p.uid)}>
            if let Some(line) = network {
                <p class="lr-network-share">{ line }</p>
            }
            { pattern_notes(&p.patterns, &p.lang, &p.fallback) }
        </div>
    }
}
