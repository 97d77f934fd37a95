//! Events for the host page: the widget's only way of telling the embedding page
//! something. Both are bubbling `CustomEvent`s dispatched on the mount element:
//!
//! - `leadership-radar:ready` once the widget has rendered; `detail`:
//!   `{questionnaire: <id>, version: <questionnaire version>, widget: <widget release>}`.
//! - `leadership-radar:completed` each time a person reaches their results; `detail`:
//!   `{code: "LR1-…" | null, scores: {<dimension id>: 0–100 | null}, conditions: 0–100 | null,
//!   spread: 0–100 | null, index: 0–100 | null}`; `index` is an alias of `conditions`
//!   (its name before the spread figure existed), kept so existing listeners work.
//!
//! A widget mounted without an element (`Config.mount` is `None`, as in component tests)
//! dispatches nothing. Failures are ignored: the host's listeners never break the widget.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::code;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answers;
use crate::domain::scoring;

/// Name of the event dispatched after mounting.
pub const READY: &str = "leadership-radar:ready";
/// Name of the event dispatched when a person reaches their results.
pub const COMPLETED: &str = "leadership-radar:completed";

/// What [`COMPLETED`] reports: the result code, the dimension scores and the two
/// headline figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Completed {
    /// `None` only if the answers do not fit the questionnaire.
    pub code: Option<String>,
    /// `(dimension id, 0–100 score or None)` in questionnaire order.
    pub scores: Vec<(String, Option<f64>)>,
    /// Conditions for shared leadership (also sent as `index`).
    pub conditions: Option<f64>,
    /// Leadership spread.
    pub spread: Option<f64>,
}

impl Completed {
    /// Scores the answers and encodes them (pure; tested natively).
    pub fn new(q: &Questionnaire, answers: &Answers) -> Self {
        let profile = scoring::score(q, answers);
        Completed {
            code: code::encode(q, answers).ok(),
            scores: q
                .dimensions
                .iter()
                .zip(&profile.dimensions)
                .map(|(d, s)| (d.id.clone(), s.score))
                .collect(),
            conditions: profile.conditions,
            spread: profile.spread,
        }
    }

    /// `{code, scores: {<id>: score | null}, conditions, spread, index}` as a JavaScript
    /// object.
    fn to_js(&self) -> JsValue {
        let scores = Object::new();
        for (id, score) in &self.scores {
            set(&scores, id, number(*score));
        }
        let detail = Object::new();
        let code = self
            .code
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str);
        set(&detail, "code", code);
        set(&detail, "scores", scores.into());
        set(&detail, "conditions", number(self.conditions));
        set(&detail, "spread", number(self.spread));
        set(&detail, "index", number(self.conditions));
        detail.into()
    }
}

fn number(v: Option<f64>) -> JsValue {
    v.map_or(JsValue::NULL, JsValue::from_f64)
}

fn set(target: &Object, key: &str, value: JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(key), &value);
}

/// Dispatches [`READY`] on the mount element; `detail`: `{questionnaire, version,
/// widget}` (questionnaire id and version, the widget's release).
pub fn ready(target: Option<&web_sys::Element>, q: &Questionnaire) {
    if let Some(target) = target {
        let detail = Object::new();
        set(&detail, "questionnaire", JsValue::from_str(&q.id));
        set(&detail, "version", JsValue::from_str(&q.version));
        set(
            &detail,
            "widget",
            JsValue::from_str(crate::domain::export::WIDGET_VERSION),
        );
        dispatch(target, READY, &detail.into());
    }
}

/// Dispatches [`COMPLETED`] on the mount element.
pub fn completed(target: Option<&web_sys::Element>, q: &Questionnaire, answers: &Answers) {
    if let Some(target) = target {
        dispatch(target, COMPLETED, &Completed::new(q, answers).to_js());
    }
}

fn dispatch(target: &web_sys::Element, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::response::Answer;

    #[test]
    fn completed_has_code_scores_and_index() {
        let q = Questionnaire::default_questionnaire();
        let mut answers = Answers::empty(&q);
        for pos in 0..q.question_count() {
            answers.set(pos, Some(Answer::Value(3)));
        }
        let c = Completed::new(&q, &answers);
        assert!(c.code.as_deref().is_some_and(|c| c.starts_with("LR1-")));
        let ids: Vec<&str> = c.scores.iter().map(|(id, _)| id.as_str()).collect();
        let want: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, want);
        // The middle of a 5-point scale is 50, keyed or reversed.
        assert!(c.scores.iter().all(|(_, s)| *s == Some(50.0)));
        assert_eq!(c.conditions, Some(50.0));
        // Who leads 50, own leadership 50, and every count 3 of 2 teammates (a team
        // of 3), clipped to 2: a share of 100.
        assert_eq!(c.spread, Some((50.0 + 50.0 + 100.0) / 3.0));
    }

    #[test]
    fn one_leader_with_full_agreement_has_high_conditions_low_spread() {
        let q = Questionnaire::default_questionnaire();
        let mut answers = Answers::empty(&q);
        for (pos, it) in q.items.iter().enumerate() {
            answers.set(pos, Some(Answer::Value(if it.reverse { 1 } else { 5 })));
        }
        let start = q.items.len();
        for pos in start..start + q.who_leads.functions.len() + q.own_leadership.items.len() {
            answers.set(pos, Some(Answer::Value(1)));
        }
        let c = Completed::new(&q, &answers);
        assert_eq!(c.conditions, Some(100.0));
        assert_eq!(c.spread, Some(0.0));
    }

    #[test]
    fn unscored_dimensions_are_none() {
        let q = Questionnaire::default_questionnaire();
        let c = Completed::new(&q, &Answers::empty(&q));
        assert!(c.scores.iter().all(|(_, s)| s.is_none()));
        assert_eq!(c.conditions, None);
        assert_eq!(c.spread, None);
    }
}
