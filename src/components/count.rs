//! One count question ("how many …?"): a labelled native number field with min/max and,
//! when offered, a "can't say" checkbox, in a `fieldset` named by its `legend`.
//!
//! The field keeps what was typed even when it is not a valid answer (nothing entered
//! is lost); only a whole number within `min..=max` is recorded. An entry above the
//! effective maximum (for counts of teammates: the team size minus one) is refused with
//! a message linked by `aria-describedby` and `aria-invalid`. Arrow keys step the value
//! (native), Enter goes to the next page (handled by the survey form), and phones get
//! the numeric keypad (`inputmode="numeric"`) and 44 px tall targets.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::response::Answer;
use crate::i18n::fill;
use crate::i18n_figures::figure_strings;

#[derive(Properties, PartialEq, Clone)]
pub struct CountProps {
    /// Canonical position of the question.
    pub pos: usize,
    /// Unique prefix for ids and names.
    pub uid: AttrValue,
    /// Number shown before the question.
    pub number: usize,
    pub text: AttrValue,
    pub min: u8,
    /// The questionnaire's maximum.
    pub max: u8,
    /// A tighter maximum from another answer (the team size minus one), with that size.
    pub team_limit: Option<(u8, u8)>,
    pub cant_say: Option<AttrValue>,
    pub value: Option<Answer>,
    pub lang: AttrValue,
    /// Shown when the question was skipped on Next.
    pub flag: Option<AttrValue>,
    pub on_answer: Callback<(usize, Option<Answer>)>,
}

/// What a typed text means for a count question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Nothing typed.
    Empty,
    /// A valid answer.
    Valid(u8),
    /// Not a whole number.
    NotNumber,
    /// A whole number outside `min..=max`.
    OutOfRange(i64),
    /// A whole number above the team's limit (size − 1).
    AboveTeam(i64),
}

/// Reads a typed text: trims it, accepts whole numbers only, checks the range and the
/// team limit. Pure, so it is tested natively.
pub fn read_entry(text: &str, min: u8, max: u8, team_limit: Option<u8>) -> Entry {
    let t = text.trim();
    if t.is_empty() {
        return Entry::Empty;
    }
    let Ok(v) = t.parse::<i64>() else {
        return Entry::NotNumber;
    };
    if v < i64::from(min) || v > i64::from(max) {
        return Entry::OutOfRange(v);
    }
    if let Some(limit) = team_limit {
        if v > i64::from(limit) {
            return Entry::AboveTeam(v);
        }
    }
    // min <= v <= max <= u8::MAX here.
    Entry::Valid(u8::try_from(v).unwrap_or(max))
}

fn value_text(a: Option<Answer>) -> String {
    match a {
        Some(Answer::Value(v)) => v.to_string(),
        _ => String::new(),
    }
}

#[component]
pub fn Count(p: &CountProps) -> Html {
    let fs = figure_strings(&p.lang);
    let name = format!("{}-q{}", p.uid, p.pos);
    let legend_id = format!("{name}-legend");
    let hint_id = format!("{name}-hint");
    let err_id = format!("{name}-err");
    let flag_id = format!("{name}-flag");
    let field_id = format!("{name}-n");
    let cant_id = format!("{name}-cant");
    // What is typed, kept across re-renders even when invalid.
    let text = use_state(|| value_text(p.value));
    let cant_say = p.value == Some(Answer::CantSay);
    let limit = p.team_limit.map(|(_, m)| m);
    let entry = read_entry(&text, p.min, p.max, limit);
    let shown_max = limit.map_or(p.max, |l| l.min(p.max)).max(p.min);

    let oninput = {
        let text = text.clone();
        let on_answer = p.on_answer.clone();
        let (pos, min, max) = (p.pos, p.min, p.max);
        let current = p.value;
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let typed = input.value();
            let next = match read_entry(&typed, min, max, limit) {
                Entry::Valid(v) => Some(Some(Answer::Value(v))),
                Entry::Empty => Some(None),
                // An invalid entry is kept in the field and not recorded; a valid
                // answer recorded earlier is withdrawn so no stale number counts.
                _ => matches!(current, Some(Answer::Value(_))).then_some(None),
            };
            text.set(typed);
            if let Some(a) = next {
                if a != current {
                    on_answer.emit((pos, a));
                }
            }
        })
    };
    let onchange_cant = {
        let text = text.clone();
        let on_answer = p.on_answer.clone();
        let (pos, min, max) = (p.pos, p.min, p.max);
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let a = if input.checked() {
                Some(Answer::CantSay)
            } else {
                match read_entry(&text, min, max, limit) {
                    Entry::Valid(v) => Some(Answer::Value(v)),
                    _ => None,
                }
            };
            on_answer.emit((pos, a));
        })
    };

    let error = if cant_say {
        None
    } else {
        match &entry {
            Entry::NotNumber => Some(fs.count_not_number.to_string()),
            Entry::OutOfRange(v) => Some(fill(
                fs.count_out_of_range,
                &[
                    ("v", v.to_string()),
                    ("min", p.min.to_string()),
                    ("max", p.max.to_string()),
                ],
            )),
            Entry::AboveTeam(_) => p.team_limit.map(|(size, max)| {
                fill(
                    fs.count_above_team,
                    &[("size", size.to_string()), ("max", max.to_string())],
                )
            }),
            _ => None,
        }
    };
    let mut described = vec![hint_id.clone()];
    if error.is_some() {
        described.push(err_id.clone());
    }
    if p.flag.is_some() {
        described.push(flag_id.clone());
    }
    let hint = fill(
        fs.count_hint,
        &[("min", p.min.to_string()), ("max", shown_max.to_string())],
    );

    html! {
        <fieldset class={classes!("lr-item", "lr-count", p.flag.is_some().then_some("lr-item-flagged"))}
            aria-describedby={p.flag.as_ref().map(|_| flag_id.clone())}>
            <legend id={legend_id.clone()}>
                <span class="lr-qnum">{ format!("{}.", p.number) }</span>
                { " " }{ p.text.clone() }
            </legend>
            <div class="lr-count-row">
                <label class="lr-count-field" for={field_id.clone()}>
                    <span class="lr-count-label">{ fs.count_field }</span>
                    <input type="number" class="lr-input lr-count-input" id={field_id}
                        name={name.clone()} inputmode="numeric" step="1"
                        min={p.min.to_string()} max={shown_max.to_string()}
                        value={(*text).clone()} disabled={cant_say}
                        aria-invalid={if error.is_some() { "true" } else { "false" }}
                        aria-describedby={described.join(" ")}
                        {oninput} />
                </label>
                if let Some(label) = &p.cant_say {
                    <label class="lr-opt lr-cant lr-count-cant" for={cant_id.clone()}>
                        <input type="checkbox" id={cant_id} name={format!("{name}-cant")}
                            checked={cant_say} onchange={onchange_cant} />
                        <span class="lr-opt-label">{ label.clone() }</span>
                    </label>
                }
            </div>
            <p class="lr-muted lr-count-hint" id={hint_id}>{ hint }</p>
            if let Some(e) = error {
                <p class="lr-flag" id={err_id}>{ e }</p>
            }
            if let Some(f) = &p.flag {
                <p class="lr-flag" id={flag_id}>{ f.clone() }</p>
            }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_read_strictly() {
        assert_eq!(read_entry("", 0, 49, None), Entry::Empty);
        assert_eq!(read_entry("  ", 0, 49, None), Entry::Empty);
        assert_eq!(read_entry(" 3 ", 0, 49, None), Entry::Valid(3));
        assert_eq!(read_entry("0", 0, 49, None), Entry::Valid(0));
        assert_eq!(read_entry("2.5", 0, 49, None), Entry::NotNumber);
        assert_eq!(read_entry("three", 0, 49, None), Entry::NotNumber);
        assert_eq!(read_entry("-1", 0, 49, None), Entry::OutOfRange(-1));
        assert_eq!(read_entry("1", 2, 50, None), Entry::OutOfRange(1));
        assert_eq!(
            read_entry("999999999999", 2, 50, None),
            Entry::OutOfRange(999_999_999_999)
        );
        assert_eq!(read_entry("7", 0, 49, Some(6)), Entry::AboveTeam(7));
        assert_eq!(read_entry("6", 0, 49, Some(6)), Entry::Valid(6));
    }
}
