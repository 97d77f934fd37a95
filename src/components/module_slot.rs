//! Where the views of the second module appear in the self-assessment module: the
//! personal results and the team view are a module of their own (`src/bin/team.rs`, see
//! `team_mount` and `results_mount`), which the embed loader loads with its integrity hash
//! (`LeadershipRadar.loadTeam(lang)`, the module of the widget's language, once per page;
//! prefetched in idle time by [`prefetch`] once the first screen is shown). The slot shows that it is loading, mounts the view
//! into an element of its own, passes language changes on and destroys it when it
//! closes; a failed load is shown with the loader's reason, a retry and the way back.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n;

/// Which view of the second module a slot shows, with what only that view needs.
#[derive(Clone, PartialEq)]
pub enum View {
    /// The team view; `on_back`: back to the start screen, `None` when the host chose
    /// team mode; `restore`: groups handed over by a language switch
    /// (`domain::handover::TeamSnapshot`), entered again once the team view is shown.
    Team {
        on_back: Option<Callback<()>>,
        restore: Option<Rc<str>>,
    },
    /// The personal results of `answers` (saved-progress JSON, `domain::progress`).
    Results {
        answers: Rc<str>,
        /// Opened from a result code, not the person's own saved answers.
        from_code: bool,
        on_edit: Callback<()>,
        on_delete: Callback<()>,
        on_leave_code: Callback<()>,
    },
}

impl View {
    /// What the mounted view was made from: a change mounts it again.
    fn content(&self) -> Option<Rc<str>> {
        match self {
            View::Team { .. } => None,
            View::Results { answers, .. } => Some(answers.clone()),
        }
    }

    fn back(&self) -> Option<Callback<()>> {
        match self {
            View::Team { on_back, .. } => on_back.clone(),
            View::Results { on_edit, .. } => Some(on_edit.clone()),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ModuleSlotProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    /// A custom questionnaire's JSON text; `None` for the built-in one.
    pub questionnaire_json: Option<Rc<str>>,
    pub min_group: usize,
    /// Move focus to the view's heading once it is shown (opened by the person).
    pub focus: bool,
    pub view: View,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Failed(String),
    Shown,
}

/// A mounted view: its handle in the second module and the functions it calls back.
struct Mounted {
    handle: JsValue,
    _calls: Vec<Closure<dyn Fn()>>,
}

impl Mounted {
    fn call(&self, method: &str, args: &Array) {
        if let Ok(f) = Reflect::get(&self.handle, &JsValue::from_str(method))
            .and_then(|f| f.dyn_into::<Function>())
        {
            let _ = f.apply(&self.handle, args);
        }
    }
}

/// `window.LeadershipRadar[name]`, the embed loader's function of that name.
fn loader_function(name: &str) -> Option<(JsValue, Function)> {
    let lr = Reflect::get(&js_sys::global(), &JsValue::from_str("LeadershipRadar")).ok()?;
    let f = Reflect::get(&lr, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((lr, f))
}

/// Asks the embed loader to fetch the second module of `lang` (this module's language) in
/// idle time, so that the results and the team view open at once and also work offline
/// later.
pub fn prefetch(lang: &str) {
    if let Some((lr, f)) = loader_function("prefetchTeam") {
        let _ = f.call1(&lr, &JsValue::from_str(lang));
    }
}

thread_local! {
    /// The team views shown, by uid, for [`snapshot`].
    static SHOWN: std::cell::RefCell<Vec<(String, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The groups and codes entered in the team view `uid` (`TeamHandle::snapshot`), if it
/// is shown: handed over when the person switches the language.
pub fn snapshot(uid: &str) -> Option<String> {
    let handle = SHOWN.with(|s| {
        s.borrow()
            .iter()
            .find(|(u, _)| u == uid)
            .map(|(_, h)| h.clone())
    })?;
    let f = Reflect::get(&handle, &JsValue::from_str("snapshot"))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    f.call0(&handle).ok()?.as_string()
}

/// The text of a JavaScript error.
fn reason(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default()
}

/// A JavaScript function that emits `cb` after the caller has returned (it is called from
/// the other module's event handler).
fn call_back(cb: Callback<()>, calls: &mut Vec<Closure<dyn Fn()>>) -> JsValue {
    let c = Closure::<dyn Fn()>::new(move || {
        let cb = cb.clone();
        wasm_bindgen_futures::spawn_local(async move { cb.emit(()) });
    });
    let f = c.as_ref().clone();
    calls.push(c);
    f
}

/// What a mount needs, taken from the props when the load starts.
struct Request {
    uid: String,
    lang: String,
    questionnaire: Option<Rc<str>>,
    min_group: usize,
    focus: bool,
    view: View,
}

/// Loads the second module (once per page; the loader keeps it) and mounts the view.
async fn load_and_mount(slot: web_sys::Element, r: Request) -> Result<Mounted, String> {
    let (lr, load) = loader_function("loadTeam")
        .ok_or_else(|| "leadership-radar-embed.js is not on this page".to_string())?;
    let promise = load
        .call1(&lr, &JsValue::from_str(&r.lang))
        .and_then(|p| p.dyn_into::<Promise>())
        .map_err(|e| reason(&e))?;
    let module = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| reason(&e))?;
    let name = match r.view {
        View::Team { .. } => "mount_team",
        View::Results { .. } => "mount_results",
    };
    let mount = Reflect::get(&module, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| format!("the module has no {name}"))?;
    let mut calls = Vec::new();
    let args = Array::new();
    args.push(&slot);
    args.push(&JsValue::from_str(&r.uid));
    args.push(&JsValue::from_str(&r.lang));
    args.push(
        &r.questionnaire
            .map_or(JsValue::UNDEFINED, |q| JsValue::from_str(&q)),
    );
    args.push(&JsValue::from_f64(r.min_group as f64));
    args.push(&JsValue::from_bool(r.focus));
    match r.view {
        View::Team { on_back, restore } => {
            args.push(&on_back.map_or(JsValue::UNDEFINED, |cb| call_back(cb, &mut calls)));
            args.push(&restore.map_or(JsValue::UNDEFINED, |r| JsValue::from_str(&r)));
        }
        View::Results {
            answers,
            from_code,
            on_edit,
            on_delete,
            on_leave_code,
        } => {
            args.push(&JsValue::from_str(&answers));
            args.push(&JsValue::from_bool(from_code));
            for cb in [on_edit, on_delete, on_leave_code] {
                args.push(&call_back(cb, &mut calls));
            }
        }
    }
    let handle = mount.apply(&module, &args).map_err(|e| reason(&e))?;
    Ok(Mounted {
        handle,
        _calls: calls,
    })
}

#[component]
pub fn ModuleSlot(p: &ModuleSlotProps) -> Html {
    let s = i18n::strings(&p.lang);
    let slot = use_node_ref();
    let load = use_state(|| Load::Loading);
    let attempt = use_state(|| 0u32);
    let mounted = use_mut_ref(|| None::<Mounted>);
    // The language now, for a view that finishes loading after a change.
    let lang_now = use_mut_ref(String::new);
    *lang_now.borrow_mut() = p.lang.to_string();
    {
        let slot = slot.clone();
        let load = load.setter();
        let mounted = mounted.clone();
        let lang_now = lang_now.clone();
        let request = Request {
            uid: p.uid.to_string(),
            lang: String::new(),
            questionnaire: p.questionnaire_json.clone(),
            min_group: p.min_group,
            focus: p.focus,
            view: p.view.clone(),
        };
        let uid = p.uid.to_string();
        use_effect_with((*attempt, p.view.content()), move |_| {
            let live = Rc::new(Cell::new(true));
            if let Some(el) = slot.cast::<web_sys::Element>() {
                let live = live.clone();
                let mounted = mounted.clone();
                let shown = uid.clone();
                let request = Request {
                    lang: lang_now.borrow().clone(),
                    ..request
                };
                wasm_bindgen_futures::spawn_local(async move {
                    let result = load_and_mount(el, request).await;
                    match result {
                        Ok(m) if !live.get() => m.call("destroy", &Array::new()),
                        Ok(m) => {
                            let lang = lang_now.borrow().clone();
                            m.call("set_lang", &Array::of1(&JsValue::from_str(&lang)));
                            SHOWN.with(|s| s.borrow_mut().push((shown, m.handle.clone())));
                            *mounted.borrow_mut() = Some(m);
                            load.set(Load::Shown);
                        }
                        Err(_) if !live.get() => {}
                        Err(why) => load.set(Load::Failed(why)),
                    }
                });
            }
            move || {
                live.set(false);
                SHOWN.with(|s| s.borrow_mut().retain(|(u, _)| *u != uid));
                if let Some(m) = mounted.borrow_mut().take() {
                    m.call("destroy", &Array::new());
                }
            }
        });
    }
    {
        let mounted = mounted.clone();
        use_effect_with(p.lang.clone(), move |lang| {
            if let Some(m) = mounted.borrow().as_ref() {
                m.call("set_lang", &Array::of1(&JsValue::from_str(lang)));
            }
        });
    }
    let (loading, failed) = match p.view {
        View::Team { .. } => (s.team_module_loading, s.team_module_failed),
        View::Results { .. } => (s.results_module_loading, s.results_module_failed),
    };
    let status = match &*load {
        Load::Loading => html! {
            <p class="lr-notice lr-team-loading" role="status">{ loading }</p>
        },
        Load::Failed(why) => {
            let retry = {
                let load = load.clone();
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| {
                    load.set(Load::Loading);
                    attempt.set(*attempt + 1);
                })
            };
            html! {
                <div class="lr-notice lr-error lr-team-failed" role="alert">
                    <p><strong>{ failed }</strong>{ " " }{ why.clone() }</p>
                    <div class="lr-actions">
                        <button type="button" class="lr-btn lr-primary" onclick={retry}>{ s.team_module_retry }</button>
                        if let Some(back) = p.view.back() {
                            <button type="button" class="lr-btn" onclick={back.reform(|_: MouseEvent| ())}>{ s.back }</button>
                        }
                    </div>
                </div>
            }
        }
        Load::Shown => html! {},
    };
    html! {
        <>
            { status }
            <div ref={slot}></div>
        </>
    }
}
