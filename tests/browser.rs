//! Component tests in a real browser (headless Chromium via wasm-bindgen-test-runner):
//! mount components into a div and check the DOM.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use leadership_radar::app::{App, AppProps, Config};
use leadership_radar::components::likert::{Likert, LikertProps};
use leadership_radar::components::radar::{Radar, RadarProps, Series, FRAME};
use leadership_radar::domain::radar::svg_points;
use leadership_radar::domain::response::Answer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};
use yew::platform::time::sleep;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// Lets Yew's scheduler render (a zero-length timer yields to the event loop once).
async fn tick() {
    sleep(std::time::Duration::ZERO).await;
}

#[wasm_bindgen_test]
async fn radar_draws_points_from_scores() {
    let root = container();
    let scores = vec![Some(100.0), Some(50.0), None, Some(25.0)];
    let props = RadarProps {
        uid: "t1".into(),
        axes: vec!["A".into(), "B".into(), "C".into(), "D".into()],
        series: vec![Series {
            scores: scores.clone(),
            band: None,
            class: "lr-s-self",
            label: "self".into(),
            name: "You".into(),
        }],
        title: "Radar".into(),
        desc: "Scores".into(),
        lang: "de".into(),
    };
    yew::Renderer::<Radar>::with_root_and_props(root.clone(), props).render();
    tick().await;
    let svg = root.query_selector("svg").unwrap().expect("an svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        root.query_selector("svg > title")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Radar")
    );
    // A missing score leaves a gap, never a point at the centre (which would read as 0):
    // no closed profile, one open line through the present axes, from the one after the
    // gap around to the one before it (centre 280,210, radius 140): 25 on the left,
    // 100 on the up axis, 50 on the right.
    assert!(root.query_selector("polygon.lr-profile").unwrap().is_none());
    let lines = root.query_selector_all("polyline.lr-profile").unwrap();
    assert_eq!(lines.length(), 1);
    let line: web_sys::Element = lines.get(0).unwrap().dyn_into().unwrap();
    // Same geometry as the domain's.
    let expected = [(3, 25.0), (0, 100.0), (1, 50.0)].map(|(i, v)| FRAME.point(i, 4, v));
    assert_eq!(line.get_attribute("points").unwrap(), svg_points(&expected));
    assert_eq!(
        line.get_attribute("points").unwrap(),
        "245.0,210.0 280.0,70.0 350.0,210.0"
    );
    // One dot per present score.
    assert_eq!(
        root.query_selector_all("circle.lr-dot").unwrap().length(),
        3
    );
    assert_eq!(
        root.query_selector_all("text.lr-axis-label")
            .unwrap()
            .length(),
        4
    );
    // The same figures as a labelled bar list (shown instead in narrow containers).
    let values: Vec<String> = (0..4)
        .map(|i| {
            root.query_selector_all(".lr-rb-item .lr-rb-value")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(values, ["100", "50", "\u{2013}", "25"]);
    assert_eq!(
        root.query_selector(".lr-rb-item .lr-rb-name")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("A")
    );
}

type Log = Rc<std::cell::RefCell<Vec<(usize, Option<Answer>)>>>;

#[derive(Properties, PartialEq)]
struct Harness {
    log: Log,
}

#[component]
fn LikertHarness(p: &Harness) -> Html {
    let value = use_state(|| None::<Answer>);
    let on_answer = {
        let value = value.clone();
        let log = p.log.clone();
        Callback::from(move |(pos, a): (usize, Option<Answer>)| {
            log.borrow_mut().push((pos, a));
            value.set(a);
        })
    };
    let props = LikertProps {
        pos: 7,
        uid: "t2".into(),
        number: 8,
        text: "A statement".into(),
        labels: ["1", "2", "3", "4", "5"].map(AttrValue::from).to_vec(),
        cant_say: Some("Can't say".into()),
        value: *value,
        flag: None,
        stem_id: None,
        on_answer,
    };
    html! { <Likert ..props /> }
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn likert_number_keys_choose_and_focus() {
    let root = container();
    let log = Rc::new(std::cell::RefCell::new(Vec::new()));
    yew::Renderer::<LikertHarness>::with_root_and_props(root.clone(), Harness { log: log.clone() })
        .render();
    tick().await;
    // A native radio group inside a fieldset with a legend, every option labelled.
    assert!(root.query_selector("fieldset > legend").unwrap().is_some());
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 6);
    for i in 0..radios.length() {
        let input: HtmlInputElement = radios.item(i).unwrap().dyn_into().unwrap();
        let label = root
            .query_selector(&format!("label[for=\"{}\"]", input.id()))
            .unwrap();
        assert!(label.is_some(), "radio {} has a label", input.id());
    }
    let first: HtmlElement = radios.item(0).unwrap().dyn_into().unwrap();
    first.focus().unwrap();
    key(&first, "4");
    tick().await;
    assert_eq!(log.borrow().last(), Some(&(7, Some(Answer::Value(4)))));
    let checked: HtmlInputElement = root
        .query_selector("input:checked")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(checked.value(), "4");
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active.id(), "t2-q7-4", "focus follows the chosen option");
    key(&active, "0");
    tick().await;
    assert_eq!(log.borrow().last(), Some(&(7, Some(Answer::CantSay))));
    // Keys outside the scale do nothing.
    key(&active, "9");
    key(&active, "x");
    tick().await;
    assert_eq!(log.borrow().len(), 2);
}

#[wasm_bindgen_test]
async fn app_starts_and_shows_first_page() {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
    let root = container();
    let config = Config::standalone("t3");
    let q = config.questionnaire.clone();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            config: Rc::new(config),
        },
    )
    .render();
    tick().await;
    let start: HtmlElement = root
        .query_selector(".lr-start button.lr-primary")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    start.click();
    tick().await;
    let items = root.query_selector_all("fieldset.lr-item").unwrap();
    assert_eq!(items.length() as usize, q.sections[0].questions.len());
    // The visible progress is not a live region (it would speak after every answer);
    // a separate polite region holds only the page, so it speaks on page changes.
    let progress = root.query_selector(".lr-progress-text").unwrap().unwrap();
    assert_eq!(progress.get_attribute("aria-live"), None);
    assert!(progress
        .text_content()
        .unwrap()
        .contains(&format!("1 of {}", q.sections.len())));
    let live = root
        .query_selector(".lr-progress [aria-live=\"polite\"]")
        .unwrap()
        .unwrap();
    assert_eq!(
        live.text_content().unwrap(),
        format!("Section 1 of {}", q.sections.len())
    );
}

/// A text box's value read through `TextEncoder` equals `value()`: ASCII codes, letters
/// outside ASCII, symbols outside the basic plane, line breaks; and a text box emptied.
#[wasm_bindgen_test]
fn text_value_equals_the_value() {
    let doc = gloo::utils::document();
    let area: web_sys::HtmlTextAreaElement =
        doc.create_element("textarea").unwrap().unchecked_into();
    let codes: String = (0..2_000).map(|k| format!("LR1-{k:05}-ABCDE\n")).collect();
    for text in [codes.as_str(), "Grüße, ça va? 👍\r\nLR1-AAAA\u{3000}", ""] {
        area.set_value(text);
        assert_eq!(leadership_radar::effects::text_value(&area), area.value());
        assert_eq!(
            leadership_radar::effects::text_value(&area),
            text.replace("\r\n", "\n")
        );
    }
}

/// The practice read: it stops before reading when told to at its first look (and does
/// not count as done), reads to the end otherwise (looking again before its figures, and
/// after every pause for the browser), and runs once per module: a later call only looks
/// once and returns.
#[wasm_bindgen_test]
async fn the_practice_read_stops_when_told_and_runs_once_per_module() {
    use std::cell::Cell;

    use leadership_radar::domain::questionnaire::Questionnaire;
    use leadership_radar::domain::team::MinGroup;
    use leadership_radar::team_read::practise;

    let q = Questionnaire::default_questionnaire();
    let looks = Rc::new(Cell::new(0usize));
    let counted = |answer: bool| {
        let looks = looks.clone();
        move || {
            looks.set(looks.get() + 1);
            answer
        }
    };
    practise(&q, MinGroup::default(), counted(false)).await;
    assert_eq!(looks.replace(0), 1, "stopped at its first look");
    practise(&q, MinGroup::default(), counted(true)).await;
    assert!(
        looks.replace(0) >= 2,
        "the practice looks again before its figures"
    );
    practise(&q, MinGroup::default(), counted(true)).await;
    assert_eq!(looks.get(), 1, "a module practises once");
}
