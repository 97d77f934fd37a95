//! What goes with the two headline figures on a person's results: the network share
//! ("you saw 3 of your 7 teammates take the lead") and the patterns that compare the
//! two figures ("good conditions, but one person leads"). The figures themselves are
//! rendered by `results::headlines`.

use yew::prelude::*;

use crate::domain::questionnaire::Text;
use crate::domain::scoring::NetworkShare;
use crate::i18n::fill;
use crate::i18n_figures::figure_strings;

/// A pattern shown with the headline figures.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlinePattern {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub actions: Vec<Text>,
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

/// "3" for 3.0, "2.5" for a mean of several counts.
fn fmt_count(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        crate::domain::fixed::fixed(v, 0)
    } else {
        crate::domain::fixed::fixed(v, 1)
    }
}

/// `lang` from a text, else the fallback language, else any.
fn pick<'a>(t: &'a Text, lang: &str, fb: &str) -> &'a str {
    t.get(lang)
        .or_else(|| t.get(fb))
        .or_else(|| t.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// Headline patterns as notes, with their actions.
pub fn pattern_notes(patterns: &[HeadlinePattern], lang: &str, fb: &str) -> Html {
    patterns
        .iter()
        .map(|h| {
            html! {
                <div class="lr-notice lr-headline-pattern" role="note" key={h.id.clone()} data-pattern={h.id.clone()}>
                    <p class="lr-headline-pattern-title"><strong>{ pick(&h.title, lang, fb) }</strong></p>
                    <p>{ pick(&h.text, lang, fb) }</p>
                    <ul>{ h.actions.iter().map(|a| html! { <li>{ pick(a, lang, fb) }</li> }).collect::<Html>() }</ul>
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
            &[("k", fmt_count(n.led)), ("t", t.clone())],
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
