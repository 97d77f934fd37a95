//! Where the team view appears in the self-assessment module: the team view is a module
//! of its own (`src/bin/team.rs`, see `team_mount`), which the embed loader loads with
//! its integrity hash (`LeadershipRadar.loadTeam()`, once per page; prefetched in idle
//! time by [`prefetch`]). The slot shows that it is loading, mounts the team view into
//! an element of its own, passes language changes on and destroys it when it closes; a
//! failed load is shown with the loader's reason, a retry and the way back.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct TeamSlotProps {
    pub uid: AttrValue,
    pub lang: AttrValue,
    /// A custom questionnaire's JSON text; `None` for the built-in one.
    pub questionnaire_json: Option<Rc<str>>,
    pub min_group: usize,
    /// Back to the start screen; `None` when the host chose team mode.
    pub on_back: Option<Callback<()>>,
    /// Move focus to the team view's heading once it is shown (opened by the person).
    pub focus: bool,
    /// A team view's groups handed over by a language switch
    /// (`domain::handover::TeamSnapshot`), entered again once the team view is shown.
    #[prop_or_default]
    pub restore: Option<Rc<str>>,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Failed(String),
    Shown,
}

/// A mounted team view: its handle in the team module and the Back function it calls.
struct Mounted {
    handle: JsValue,
    _on_back: Option<Closure<dyn Fn()>>,
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

/// Asks the embed loader to fetch the team module of `lang` (this module's language) in
/// idle time, so that the team view opens at once and also works offline later.
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

/// Loads the team module (once per page; the loader keeps it) and mounts a team view.
async fn load_and_mount(
    slot: web_sys::Element,
    p: (String, String, Option<Rc<str>>, usize, bool),
    on_back: Option<Callback<()>>,
    restore: Option<Rc<str>>,
) -> Result<Mounted, String> {
    let (lr, load) = loader_function("loadTeam")
        .ok_or_else(|| "leadership-radar-embed.js is not on this page".to_string())?;
    let promise = load
        .call1(&lr, &JsValue::from_str(&p.1))
        .and_then(|p| p.dyn_into::<Promise>())
        .map_err(|e| reason(&e))?;
    let module = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| reason(&e))?;
    let mount = Reflect::get(&module, &JsValue::from_str("mount_team"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| "the team module has no mount_team".to_string())?;
    // Called from the team module's event handler: acts after it has returned.
    let on_back = on_back.map(|cb| {
        Closure::<dyn Fn()>::new(move || {
            let cb = cb.clone();
            wasm_bindgen_futures::spawn_local(async move { cb.emit(()) });
        })
    });
    let (uid, lang, questionnaire, min_group, focus) = p;
    let args = Array::new();
    args.push(&slot);
    args.push(&JsValue::from_str(&uid));
    args.push(&JsValue::from_str(&lang));
    args.push(&questionnaire.map_or(JsValue::UNDEFINED, |q| JsValue::from_str(&q)));
    args.push(&JsValue::from_f64(min_group as f64));
    args.push(&JsValue::from_bool(focus));
    args.push(
        on_back
            .as_ref()
            .map_or(&JsValue::UNDEFINED, |c| c.as_ref().unchecked_ref()),
    );
    args.push(&restore.map_or(JsValue::UNDEFINED, |r| JsValue::from_str(&r)));
    let handle = mount.apply(&module, &args).map_err(|e| reason(&e))?;
    Ok(Mounted {
        handle,
        _on_back: on_back,
    })
}

#[component]
pub fn TeamSlot(p: &TeamSlotProps) -> Html {
    let s = i18n::strings(&p.lang);
    let slot = use_node_ref();
    let load = use_state(|| Load::Loading);
    let attempt = use_state(|| 0u32);
    let mounted = use_mut_ref(|| None::<Mounted>);
    // The language now, for a team view that finishes loading after a change.
    let lang_now = use_mut_ref(String::new);
    *lang_now.borrow_mut() = p.lang.to_string();
    {
        let slot = slot.clone();
        let load = load.setter();
        let mounted = mounted.clone();
        let lang_now = lang_now.clone();
        let props = (
            p.uid.to_string(),
            p.questionnaire_json.clone(),
            p.min_group,
            p.on_back.clone(),
            p.focus,
            p.restore.clone(),
        );
        let uid = p.uid.to_string();
        use_effect_with(*attempt, move |_| {
            let live = Rc::new(Cell::new(true));
            if let Some(el) = slot.cast::<web_sys::Element>() {
                let live = live.clone();
                let mounted = mounted.clone();
                let (uid, questionnaire, min_group, on_back, focus, restore) = props;
                let lang = lang_now.borrow().clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let p = (uid.clone(), lang, questionnaire, min_group, focus);
                    let result = load_and_mount(el, p, on_back, restore).await;
                    match result {
                        Ok(m) if !live.get() => m.call("destroy", &Array::new()),
                        Ok(m) => {
                            let lang = lang_now.borrow().clone();
                            m.call("set_lang", &Array::of1(&JsValue::from_str(&lang)));
                            SHOWN.with(|s| s.borrow_mut().push((uid, m.handle.clone())));
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
    let status = match &*load {
        Load::Loading => html! {
            <p class="lr-notice lr-team-loading" role="status">{ s.team_module_loading }</p>
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
                    <p><strong>{ s.team_module_failed }</strong>{ " " }{ why.clone() }</p>
                    <div class="lr-actions">
                        <button type="button" class="lr-btn lr-primary" onclick={retry}>{ s.team_module_retry }</button>
                        if let Some(back) = p.on_back.clone() {
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
