// Leadership Radar embed loader (ES module). Include it once on a page:
//
//   <leadership-radar lang="en"></leadership-radar>
//   <script type="module" src="https://intranet.example/tools/radar/leadership-radar-embed.js"
//           integrity="sha384-…" crossorigin="anonymous"></script>
//
// It resolves every other file relative to its own URL (so the bundle can live under any
// path), adds the widget stylesheet once, starts the WebAssembly modules the page needs
// and mounts a widget on every `<leadership-radar>` element (in its shadow root) and every
// element carrying `data-leadership-radar` (in the page's DOM).
// A query string on the loader's URL (e.g. `?v=1.2.0`) is passed on to the files it loads,
// for cache busting.
//
// One module per interface language: leadership-radar-<lang>.js + leadership-radar-<lang>_bg.wasm
// (LANGUAGES below lists the languages built). Before any wasm is loaded, each widget's
// language is chosen: its `lang` option (`lang` / `data-lang`, or embed.html?lang=), else
// the language the person switched to earlier on this page, else the first of the
// browser's languages (navigator.languages) that the page has a module for and the
// questionnaire speaks, else the first built; the module of that language mounts it. Widgets
// in several languages on one page each use their language's module (one wasm instance per
// language). The language picker offers every built language the questionnaire speaks:
// choosing another loads that language's module (`switchLanguage`), takes the widget's
// state from the first (screen, answers, an open team view's groups) and mounts the widget
// again, in the same element, with that state.
//
// The team view is a module of its own too (leadership-radar-team-<lang>.js +
// leadership-radar-team-<lang>_bg.wasm in the same folder, in the widget's language): the
// widget module asks for it (`loadTeam`) when a person opens the team view, and has it
// fetched in idle time once the first screen is shown (`prefetchTeam`), so that the team
// view also opens offline later. That second module also shows the personal results. A page
// whose widgets all ask for team mode starts the team-mode module instead
// (leadership-radar-teammode-<lang>.js + _bg.wasm: the team view alone, smaller).
//
// Integrity: the build writes the SHA-384 hashes of the glues, the wasm files and the stylesheet
// into INTEGRITY below (scripts/integrity.py, a Trunk post_build hook). The glue is
// preloaded with `<link rel="modulepreload" integrity>`, the wasm fetched with
// `fetch(…, {integrity})` and the stylesheet linked with `integrity`; a file that does not
// match stops the widget with a visible message in its place, before any of its code runs.
// With the loader's own hash in the page's `<script integrity>`, every byte is pinned.
//
// No inline script, no eval, no inline styles: it runs under
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// For hosts: `<leadership-radar>` elements mount when they are connected and unmount when
// removed (their saved answers stay). For `data-leadership-radar` placeholders added later,
// `import { mountAll } from '…/leadership-radar-embed.js'` (or the global
// `LeadershipRadar.mountAll()`); both return a promise of the number of widgets started.

/** SHA-384 hashes of the bundle's files, written by the build; `null` in the sources. */
const INTEGRITY = /*@integrity*/null;
/** The interface languages built, one module each, the fallback first; written by the build. */
const LANGUAGES = /*@languages*/null;
const built = LANGUAGES || ['en'];
const base = new URL(import.meta.url);
const asset = (name) => new URL(name + base.search, base).href;
const CSS = 'radar.css';
// The modules of a language: the widget (`widget`), the second module (`team`: the results
// and the team view, loaded when a person reaches either and fetched in idle time after the
// first screen is shown) and the team-mode module (`teammode`: the team view alone, started
// at once on a page whose widgets all ask for team mode).
const moduleName = (kind, lang) => `leadership-radar-${kind === 'widget' ? '' : `${kind}-`}${lang}`;
const glueFile = (kind, lang) => `${moduleName(kind, lang)}.js`;
const wasmFile = (kind, lang) => `${moduleName(kind, lang)}_bg.wasm`;
/** Set on every handled element: `ok` (a widget runs) or `error` (problems are shown). */
const MOUNTED = 'data-leadership-radar-mounted';
/** Every element a widget mounts on. */
const WIDGETS = '[data-leadership-radar], leadership-radar';

/** Set on the error a file that does not match its hash causes. */
class IntegrityError extends Error {}

/**
 * Why `name` could not be used: fetched once more without `integrity`, a file that arrives
 * is one that does not match its hash; otherwise it is missing or unreachable.
 */
async function whyNotLoaded(name, cause) {
  try {
    const r = await fetch(asset(name), { cache: 'no-store', credentials: 'same-origin' });
    if (r.ok) {
      return new IntegrityError(`${name} does not match the SHA-384 hash this loader was released with `
        + '(the file was changed on the server, or comes from another release); to keep the page safe, '
        + 'none of the widget\'s code was run. Copy the whole release folder again');
    }
    return new Error(`${name} could not be loaded (HTTP ${r.status})`);
  } catch {
    return new Error(`${name} could not be loaded (${cause})`);
  }
}

function hashOf(name) {
  if (!INTEGRITY || !INTEGRITY[name]) {
    throw new IntegrityError(`this copy of leadership-radar-embed.js has no integrity hash for ${name} `
      + '(it is the unbuilt source); use the one from the release folder or from trunk build');
  }
  return INTEGRITY[name];
}

/** Adds the stylesheet unless the page already links it; resolves once it is usable. */
function ensureStylesheet() {
  const href = asset(CSS);
  const withoutQuery = (url) => { const u = new URL(url); return u.origin + u.pathname; };
  for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
    if (link.hasAttribute('data-leadership-radar-css') || (link.href && withoutQuery(link.href) === withoutQuery(href))) {
      return Promise.resolve();
    }
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.integrity = hashOf(CSS);
  link.crossOrigin = 'anonymous';
  link.setAttribute('data-leadership-radar-css', '');
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', async () => {
      const why = await whyNotLoaded(CSS, 'error');
      if (why instanceof IntegrityError) { link.remove(); reject(why); return; }
      console.warn(`Leadership Radar: could not load its stylesheet ${href}: ${why.message}`);
      resolve();
    }, { once: true });
  });
  document.head.append(link);
  return loaded;
}

/**
 * Preloads a glue module (`url`, the file `name`) with its hash; the import of the same
 * URL then uses the checked copy.
 */
function preloadGlue(name, url = asset(name)) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = url;
  link.integrity = hashOf(name);
  link.crossOrigin = 'anonymous';
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', async () => reject(await whyNotLoaded(name, 'error')), { once: true });
  });
  document.head.append(link);
  return loaded;
}

/** Fetches a wasm file with its hash: the promise rejects unless every byte matches. */
async function fetchWasm(name) {
  try {
    return await fetch(asset(name), { integrity: hashOf(name), credentials: 'same-origin' });
  } catch (e) {
    if (e instanceof IntegrityError) throw e;
    throw await whyNotLoaded(name, e);
  }
}

const inFrame = document.documentElement.hasAttribute('data-leadership-radar-frame');

/** In embed.html: options come from its URL (`?lang=de&mode=team&min-group=5&storage=hr`). */
function frameOptions() {
  if (!inFrame) return;
  const params = new URLSearchParams(location.search);
  for (const el of document.querySelectorAll('[data-leadership-radar]')) {
    for (const name of ['lang', 'mode', 'min-group', 'storage']) {
      if (params.has(name)) el.setAttribute(`data-${name}`, params.get(name));
    }
  }
}

/** In embed.html inside an iframe: tell the parent page the height and the results. */
function frameMessages() {
  if (!inFrame || window.parent === window) return;
  // Completed results only go to an explicitly named parent origin (`?parent=<origin>`);
  // the height is harmless and goes to any parent when none is named.
  let parent = null;
  const asked = new URLSearchParams(location.search).get('parent');
  if (asked) {
    try {
      const u = new URL(asked);
      if ((u.protocol === 'https:' || u.protocol === 'http:') && u.origin === asked.replace(/\/$/, '')) parent = u.origin;
    } catch { /* reported below */ }
    if (!parent) console.warn(`Leadership Radar: ?parent=${asked} is not an origin such as https://intranet.example; results are not sent to the host page`);
  }
  const post = (message) => window.parent.postMessage({ source: 'leadership-radar', ...message }, parent || '*');
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      post({ type: 'resize', height });
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  // Browsers pause rendering (and so ResizeObserver) in cross-origin frames that are out
  // of view; measuring on these events still works there, so the host can size a frame
  // before it is scrolled into view.
  window.addEventListener('load', report);
  document.addEventListener('leadership-radar:ready', () => setTimeout(report, 0));
  if (parent) {
    document.addEventListener('leadership-radar:completed', (e) => {
      const { code, scores, conditions, spread, index } = e.detail || {};
      post({ type: 'completed', code, scores, conditions, spread, index });
    });
  }
}

/**
 * When a module cannot start, say so in the place of each widget it was to mount
 * (`els`, those not mounted) instead of leaving it blank.
 */
function showStartFailure(error, els) {
  console.error('Leadership Radar could not start:', error);
  const detail = error instanceof Error ? error.message : String(error);
  const hint = error instanceof IntegrityError
    ? '.'
    : `. If the page sends a Content-Security-Policy, it must allow script-src 'wasm-unsafe-eval' `
      + `and the widget's files (${new URL('.', base).href}).`;
  for (const el of els.filter((e) => !e.hasAttribute(MOUNTED))) {
    // A <leadership-radar> shows it in its shadow root (its light content is not rendered).
    let place = el;
    if (el.localName === 'leadership-radar') {
      place = el.shadowRoot;
      if (!place) {
        place = el.attachShadow({ mode: 'open' });
        try { shadowStylesheet(place); } catch { /* no hashes: the message stays unstyled */ }
      }
      place.querySelector(':scope > div')?.remove();
    }
    const app = document.createElement('div');
    app.className = 'lr-app';
    const notice = document.createElement('div');
    notice.className = 'lr-notice lr-error lr-mount-error';
    notice.setAttribute('role', 'alert');
    const p = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = 'Leadership Radar could not start.';
    p.append(strong, ` ${detail}${hint}`);
    notice.append(p);
    app.append(notice);
    if (place === el) el.replaceChildren(app); else place.append(app);
    el.setAttribute('data-leadership-radar-mounted', 'error');
  }
}

const modules = new Map();
const tries = new Map();
/**
 * The module `kind` (`widget`, `team` or `teammode`) of `lang`: its glue and wasm, each checked against
 * its hash before any of its code runs, loaded and started once per page. A failed load
 * is forgotten, so the next call tries again (the glue under a fresh URL: a module that
 * failed to load stays failed under its own).
 */
function loadModule(kind, lang) {
  const key = `${kind}:${lang}`;
  let module = modules.get(key);
  if (!module) {
    const n = tries.get(key) || 0;
    tries.set(key, n + 1);
    const glue = glueFile(kind, lang);
    const url = n ? `${asset(glue)}${base.search ? '&' : '?'}retry=${n}` : asset(glue);
    module = (async () => {
      // Both requests start at once; nothing of the module runs before both hashes matched.
      const wasm = fetchWasm(wasmFile(kind, lang));
      wasm.catch(() => {}); // awaited below
      const glueChecked = preloadGlue(glue, url);
      glueChecked.catch(() => {});
      await Promise.all([glueChecked, wasm, ensureStylesheet()]);
      const exports = await import(url);
      await exports.default({ module_or_path: wasm });
      return exports;
    })();
    modules.set(key, module);
    module.catch(() => { if (modules.get(key) === module) modules.delete(key); });
  }
  return module;
}

/** The team view's module of `lang` (the widget module mounts team views with its `mount_team`). */
function loadTeam(lang = built[0]) {
  return loadModule('team', lang);
}

const prefetching = new Set();
/**
 * Loads the team module of `lang` in idle time (once), so that the team view opens at once
 * and works offline later; a failure here is shown only when the team view is opened.
 */
function prefetchTeam(lang = built[0]) {
  if (prefetching.has(lang)) return;
  prefetching.add(lang);
  const go = () => { loadTeam(lang).catch(() => {}); };
  if (window.requestIdleCallback) requestIdleCallback(go, { timeout: 3000 }); else setTimeout(go, 200);
}

/** An option of a widget: `lang` on a `<leadership-radar>`, `data-lang` on a placeholder. */
const option = (el, name) => (el.getAttribute(el.localName === 'leadership-radar' ? name : `data-${name}`) || '').trim();

/** The languages of the custom questionnaire a widget names (`null` for the built-in one: all). */
function questionnaireLanguages(el) {
  const id = option(el, 'questionnaire');
  if (!id) return null;
  try {
    const listed = JSON.parse(document.getElementById(id)?.textContent || '').languages;
    return Array.isArray(listed) ? listed.map(String) : null;
  } catch {
    return null; // the module names the problem
  }
}

/** The language a person switched a widget to (kept when the element moves). */
const chosen = new WeakMap();

/**
 * The language whose module mounts `el`, chosen before any wasm is loaded: the widget's
 * `lang` option (a language that is not built goes to the first module, which names the
 * problem), the person's choice on this page, the browser's languages, the first built;
 * each only if the questionnaire speaks it.
 */
function languageOf(el) {
  const asked = option(el, 'lang').toLowerCase();
  if (asked) return built.includes(asked) ? asked : built[0];
  const offered = questionnaireLanguages(el);
  const usable = (lang) => built.includes(lang) && (!offered || offered.includes(lang));
  if (usable(chosen.get(el))) return chosen.get(el);
  for (const tag of navigator.languages || [navigator.language]) {
    const primary = String(tag || '').toLowerCase().split('-')[0];
    if (usable(primary)) return primary;
  }
  return built.find(usable) || built[0];
}

let nextWidget = 0;
let nextDefaultStorage = 0;
const numbers = new WeakMap();
/**
 * A widget's page-wide numbers, kept for the element: `n` for its DOM ids (every module
 * counts on its own, so the loader numbers), `storage` its default storage namespace
 * (`default`, `default-2`, … for widgets without a storage option).
 */
function numbersOf(el) {
  let k = numbers.get(el);
  if (!k) {
    k = { n: nextWidget++, storage: option(el, 'storage') ? undefined : ++nextDefaultStorage };
    numbers.set(el, k);
  }
  return k;
}

/** The module running the widget on an element: `{ exports, kind, lang }`. */
const running = new WeakMap();

/** Mounts `el` (into `root`) with the module `kind` of `lang`; resolves to whether a widget started. */
async function mountWith(el, root, kind, lang, handover) {
  const exports = await loadModule(kind, lang);
  if (!el.isConnected || el.hasAttribute(MOUNTED)) return false;
  const { n, storage } = numbersOf(el);
  const started = exports.mount_element(el, root, n, storage, handover === undefined ? undefined : lang, handover);
  if (el.getAttribute(MOUNTED) === 'ok') running.set(el, { exports, kind, lang });
  return started;
}

frameOptions();
frameMessages();
const asksForTeam = (el) => option(el, 'mode').toLowerCase() === 'team';
/**
 * A page whose widgets all ask for team mode needs no self-assessment: the team-mode module
 * mounts them (it leaves any other widget, e.g. one added later, to the widget module). On
 * any other page the widget module mounts every widget and loads the second module when a
 * person reaches the results or opens the team view.
 */
const teamFirst = (() => {
  const found = [...document.querySelectorAll(WIDGETS)];
  return found.length > 0 && found.every(asksForTeam);
})();
const kindOf = (el) => (teamFirst && asksForTeam(el) ? 'teammode' : 'widget');

/** Mounts widgets on `[data-leadership-radar]` elements not yet handled; resolves to how many started. */
export async function mountAll() {
  const found = [...document.querySelectorAll(`[data-leadership-radar]:not([${MOUNTED}])`)];
  const started = await Promise.all(found.map((el) => mountWith(el, el, kindOf(el), languageOf(el))
    .catch((e) => { showStartFailure(e, [el]); return false; })));
  return started.filter(Boolean).length;
}

/** The element a widget renders into: the placeholder itself, or the `<div>` in a `<leadership-radar>`'s shadow root. */
const renderRoot = (el) => (el.localName === 'leadership-radar' ? el.shadowRoot?.querySelector(':scope > div') : el);

/**
 * Moves the widget on `host` to the interface language `lang`: loads that language's
 * module (the promise rejects with the reason, naming the file, and the widget stays as it
 * is), then takes the widget's state from its module, destroys it there and mounts it
 * again in the same element with the new module and that state. Called by the widget's
 * language picker. Resolves to whether the widget runs in the new language.
 */
async function switchLanguage(host, lang) {
  const from = running.get(host);
  if (!from) throw new Error('this widget is not running');
  if (!built.includes(lang)) throw new Error(`${glueFile(from.kind, lang)} is not part of this copy of the widget`);
  if (lang === from.lang) return true;
  const exports = await loadModule(from.kind, lang);
  // Let the event that asked finish in the widget's own module before it is destroyed.
  await new Promise((resolve) => { setTimeout(resolve, 0); });
  if (running.get(host) !== from || !host.isConnected) return false;
  const root = renderRoot(host);
  const handover = from.exports.handover(host);
  from.exports.unmount_element(host);
  running.delete(host);
  chosen.set(host, lang);
  const { n, storage } = numbersOf(host);
  const started = exports.mount_element(host, root, n, storage, lang, handover);
  if (host.getAttribute(MOUNTED) === 'ok') running.set(host, { exports, kind: from.kind, lang });
  return started;
}

window.LeadershipRadar = Object.assign(window.LeadershipRadar || {}, {
  mountAll, loadTeam, prefetchTeam, switchLanguage, languages: [...built],
});
mountAll();

/** A `<link>` to the stylesheet with its hash, for a shadow root; resolves once loaded. */
function shadowStylesheet(root) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = asset(CSS);
  link.integrity = hashOf(CSS);
  link.crossOrigin = 'anonymous';
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true }); // checked once for the page already
  });
  root.append(link);
  return loaded;
}

/**
 * `<leadership-radar lang="de" mode="team" min-group="5" storage="hr" questionnaire="id">`:
 * the same options as the `data-` attributes, without the prefix. The widget renders into
 * the element's shadow root, with its own copy of the stylesheet, so the page's rules
 * (even `!important` ones) do not reach it; theme it with `leadership-radar::part(app)`
 * (see EMBEDDING.md). Events are dispatched on the element.
 */
class LeadershipRadarElement extends HTMLElement {
  /** The shadow root's mount point, created with the stylesheet on first use. */
  async #mountPoint() {
    let root = this.shadowRoot;
    let loaded = Promise.resolve();
    if (!root) {
      root = this.attachShadow({ mode: 'open' });
      loaded = shadowStylesheet(root);
    }
    let point = root.querySelector(':scope > div');
    if (!point) {
      point = document.createElement('div');
      root.append(point);
    }
    await loaded;
    return point;
  }

  connectedCallback() {
    const kind = kindOf(this);
    const lang = languageOf(this);
    loadModule(kind, lang).then(async () => {
      const point = await this.#mountPoint();
      await mountWith(this, point, kind, lang);
    }).catch((e) => showStartFailure(e, [this]));
  }

  disconnectedCallback() {
    // A move (remove then insert in the same task) keeps the widget; a removal unmounts
    // it and frees its memory. Saved answers stay in storage.
    queueMicrotask(() => {
      if (this.isConnected) return;
      const was = running.get(this);
      if (!was) return;
      running.delete(this);
      was.exports.unmount_element(this);
      this.shadowRoot?.querySelector(':scope > div')?.replaceChildren();
    });
  }
}
if (!customElements.get('leadership-radar')) customElements.define('leadership-radar', LeadershipRadarElement);
