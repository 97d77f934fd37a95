//! What goes with the two headline figures on a person's results: the network share
//! ("you saw 3 of your 7 teammates take the lead") and the patterns that compare the
//! two figures ("good conditions, but one person leads"). The figures themselves are
//! rendered by `results::headlines`. A pattern shows its title and meaning; its actions,
//! tagged with who can act and the reader's own first, are one click away, so the
//! next step and the result code stay near the top on a phone.

use yew::prelude::*;

use crate::components::results::{actor_label, tagged_own_first};
use crate::domain::next_step::Actor;
use crate::domain::questionnaire::{text_in, Text};
use crate::domain::scoring::NetworkShare;
use crate::domain::suggestions::PatternHit;
use crate::format;
use crate::i18n::{fill, strings, view_strings};
use crate::i18n_figures::figure_strings;

/// A pattern shown with the headline figures.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlinePattern {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
    /// Who can do each action, parallel to `actions`.
    pub who: Vec<Actor>,
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
                who: h.who.clone(),
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

/// Headline patterns as notes: title and meaning, then their actions (collapsed),
/// each tagged with who can act, the reader's own first.
pub fn pattern_notes(patterns: &[HeadlinePattern], lang: &str, fb: &str) -> Html {
    let s = view_strings(lang);
    patterns
        .iter()
        .map(|h| {
            let actions = tagged_own_first(&h.actions, &h.who)
                .into_iter()
                .map(|(who, text)| {
                    html! {
                        <li class="lr-action" data-who={who.name()}>
                            <span class={classes!("lr-who", format!("lr-who-{}", who.name()))}>{ actor_label(s, who) }</span>
                            { " " }{ text_in(text, lang, fb) }
                        </li>
                    }
                })
                .collect::<Html>();
            html! {
                <div class="lr-notice lr-headline-pattern" role="note" key={h.id.clone()} data-pattern={h.id.clone()}>
                    <p class="lr-headline-pattern-title"><strong>{ text_in(&h.title, lang, fb) }</strong></p>
                    <p>{ text_in(&h.text, lang, fb) }</p>
                    if !h.actions.is_empty() {
                        <details class="lr-pattern-actions">
                            <summary>{ s.actions_title }</summary>
                            <ul class="lr-actions-list">{ actions }</ul>
                        </details>
                    }
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
