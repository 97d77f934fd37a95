//! Events for the host page: the widget's only way of telling the embedding page
//! something. Both are bubbling `CustomEvent`s dispatched on the mount element:
//!
//! - `leadership-radar:ready` once the widget has rendered; `detail`:
//!   `{questionnaire: <id>, version: <version>}`.
//! - `leadership-radar:completed` each time a person reaches their results; `detail`:
//!   `{code: "LR1-…" | null, scores: {<dimension id>: 0–100 | null}, index: 0–100 | null}`.
//!
//! A widget mounted without an element (`Config.mount` is `None`, as in component tests)
//! dispatches nothing. Failures are ignored: the host's listeners never break the widget.

use serde_json::{json, Map, Value};
use wasm_bindgen::JsValue;

use crate::domain::code;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::response::Answers;
use crate::domain::scoring;

/// Name of the event dispatched after mounting.
pub const READY: &str = "leadership-radar:ready";
/// Name of the event dispatched when a person reaches their results.
pub const COMPLETED: &str = "leadership-radar:completed";

/// The `detail` of [`COMPLETED`]: the result code, the dimension scores and the index.
pub fn completed_detail(q: &Questionnaire, answers: &Answers) -> Value {
    let profile = scoring::score(q, answers);
    let scores: Map<String, Value> = q
        .dimensions
        .iter()
        .zip(&profile.dimensions)
        .map(|(d, s)| (d.id.clone(), json!(s.score)))
        .collect();
    json!({
        "code": code::encode(q, answers).ok(),
        "scores": scores,
        "index": profile.index,
    })
}

/// Dispatches [`READY`] on the mount element.
pub fn ready(target: Option<&web_sys::Element>, q: &Questionnaire) {
    if let Some(target) = target {
        let detail = json!({"questionnaire": q.id, "version": q.version});
        dispatch(target, READY, &detail);
    }
}

/// Dispatches [`COMPLETED`] on the mount element.
pub fn completed(target: Option<&web_sys::Element>, q: &Questionnaire, answers: &Answers) {
    if let Some(target) = target {
        dispatch(target, COMPLETED, &completed_detail(q, answers));
    }
}

fn dispatch(target: &web_sys::Element, name: &str, detail: &Value) {
    let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::response::Answer;

    #[test]
    fn completed_detail_has_code_scores_and_index() {
        let q = Questionnaire::default_questionnaire();
        let mut answers = Answers::empty(&q);
        for pos in 0..q.question_count() {
            answers.set(pos, Some(Answer::Value(4)));
        }
        let d = completed_detail(&q, &answers);
        assert!(d["code"].as_str().is_some_and(|c| c.starts_with("LR1-")));
        let scores = d["scores"].as_object().expect("scores object");
        assert_eq!(scores.len(), q.dimensions.len());
        for dim in &q.dimensions {
            assert!(scores[&dim.id].is_number(), "{}", dim.id);
        }
        assert!(d["index"].is_number());
    }

    #[test]
    fn unscored_dimensions_are_null() {
        let q = Questionnaire::default_questionnaire();
        let d = completed_detail(&q, &Answers::empty(&q));
        assert!(d["scores"]
            .as_object()
            .expect("scores")
            .values()
            .all(Value::is_null));
        assert!(d["index"].is_null());
    }
}
