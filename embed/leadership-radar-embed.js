// Leadership Radar embed loader (ES module). Include it once on a page:
//
//   <leadership-radar lang="en"></leadership-radar>
//   <script type="module" src="https://intranet.example/tools/radar/leadership-radar-embed.js"
//           integrity="sha384-…" crossorigin="anonymous"></script>
//
// It resolves every other file relative to its own URL (so the bundle can live under any
// path), adds the widget stylesheet once, starts the WebAssembly module and mounts a widget
// on every `<leadership-radar>` element (in its shadow root) and every element carrying
// `data-leadership-radar` (in the page's DOM).
// A query string on the loader's URL (e.g. `?v=1.2.0`) is passed on to the files it loads,
// for cache busting.
//
// The team view is a second module (leadership-radar-team.js + leadership-radar-team_bg.wasm
// in the same folder): the self-assessment module asks for it (`loadTeam`) when a person
// opens the team view, and has it fetched in idle time once the first screen is shown
// (`prefetchTeam`), so that the team view also opens offline later.
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
const base = new URL(import.meta.url);
const asset = (name) => new URL(name + base.search, base).href;
const CSS = 'radar.css';
const GLUE = 'leadership-radar.js';
const WASM = 'leadership-radar_bg.wasm';
// The team view is a module of its own, loaded when a person opens it (or at once in team
// mode) and fetched in idle time after the first screen is shown (see loadTeam below).
const TEAM_GLUE = 'leadership-radar-team.js';
const TEAM_WASM = 'leadership-radar-team_bg.wasm';
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

/** When the module cannot start, say so in every placeholder instead of leaving it blank. */
function showStartFailure(error) {
  console.error('Leadership Radar could not start:', error);
  const detail = error instanceof Error ? error.message : String(error);
  const hint = error instanceof IntegrityError
    ? '.'
    : `. If the page sends a Content-Security-Policy, it must allow script-src 'wasm-unsafe-eval' `
      + `and the widget's files (${new URL('.', base).href}).`;
  for (const el of document.querySelectorAll(`:is(${WIDGETS}):not([data-leadership-radar-mounted])`)) {
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

let widget = null;
/** The widget module, started once: both checked, then run (its `main` mounts the placeholders present). */
function startWidget() {
  widget ??= (async () => {
    // Both requests start at once; nothing of the widget runs before both hashes matched.
    const wasm = fetchWasm(WASM);
    wasm.catch(() => {}); // awaited below
    const glueChecked = preloadGlue(GLUE);
    glueChecked.catch(() => {});
    await Promise.all([glueChecked, wasm, ensureStylesheet()]);
    const glue = await import(asset(GLUE));
    await glue.default({ module_or_path: wasm });
    return glue;
  })();
  return widget;
}

let team = null;
let teamTries = 0;
/**
 * The team view's module (its glue and wasm, each checked against its hash like the
 * first), loaded and started once per page; the widget module mounts team views with its
 * `mount_team`. A failed load is forgotten, so the next call tries again (the glue under
 * a fresh URL: a module that failed to load stays failed under its own).
 */
function loadTeam() {
  if (!team) {
    const url = teamTries++ ? `${asset(TEAM_GLUE)}${base.search ? '&' : '?'}retry=${teamTries}` : asset(TEAM_GLUE);
    team = (async () => {
      const wasm = fetchWasm(TEAM_WASM);
      wasm.catch(() => {}); // awaited below
      await Promise.all([preloadGlue(TEAM_GLUE, url), wasm]);
      const glue = await import(url);
      await glue.default({ module_or_path: wasm });
      return glue;
    })();
    team.catch(() => { team = null; });
  }
  return team;
}

let prefetching = false;
/**
 * Loads the team module in idle time (once), so that the team view opens at once and
 * works offline later; a failure here is shown only when the team view is opened.
 */
function prefetchTeam() {
  if (prefetching) return;
  prefetching = true;
  const go = () => { loadTeam().catch(() => {}); };
  if (window.requestIdleCallback) requestIdleCallback(go, { timeout: 3000 }); else setTimeout(go, 200);
}

frameOptions();
frameMessages();
const MOUNTED = 'data-leadership-radar-mounted';
const asksForTeam = (el) => (el.getAttribute(el.localName === 'leadership-radar' ? 'mode' : 'data-mode') || '')
  .trim().toLowerCase() === 'team';
/**
 * A page whose widgets all ask for team mode needs no self-assessment: the team view's
 * module starts alone and mounts them (it leaves any other widget, e.g. one added later,
 * to the widget module, started then). Any other page starts the widget module, which
 * loads the team module when a team view opens.
 */
const teamFirst = (() => {
  const found = [...document.querySelectorAll(WIDGETS)];
  return found.length > 0 && found.every(asksForTeam);
})();
const started = teamFirst
  ? Promise.all([loadTeam(), ensureStylesheet()]).then(([glue]) => glue)
  : startWidget();

/** The module that mounts `el`: the one started first, or the widget module for what the team module leaves. */
const moduleFor = (el) => (teamFirst && !asksForTeam(el) ? startWidget() : started);

/** Mounts the placeholders not yet handled, with the widget module for those the team module leaves. */
async function mountRest(glue) {
  let n = glue.mount_all();
  const left = [...document.querySelectorAll(`[data-leadership-radar]:not([${MOUNTED}])`)];
  if (teamFirst && left.length) {
    // Once started, the widget module's `main` has mounted them; later, its `mount_all` does.
    (await startWidget()).mount_all();
    n += left.filter((el) => el.getAttribute(MOUNTED) === 'ok').length;
  }
  return n;
}

/** Mounts widgets on `[data-leadership-radar]` and `<leadership-radar>` elements not yet handled. */
export async function mountAll() {
  return mountRest(await started);
}

window.LeadershipRadar = Object.assign(window.LeadershipRadar || {}, { mountAll, loadTeam, prefetchTeam });
// The widget module's `main` has mounted what is on the page already (the team module
// mounts here); this catches placeholders added meanwhile.
started.then(mountRest).catch(showStartFailure);

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

  /** The module that mounted this element. */
  #module = null;

  connectedCallback() {
    moduleFor(this).then(async (glue) => {
      const point = await this.#mountPoint();
      if (this.isConnected) {
        this.#module = glue;
        glue.mount_element(this, point);
      }
    }, (e) => { if (teamFirst) showStartFailure(e); });
  }

  disconnectedCallback() {
    // A move (remove then insert in the same task) keeps the widget; a removal unmounts
    // it and frees its memory. Saved answers stay in storage.
    queueMicrotask(() => {
      if (this.isConnected) return;
      const glue = this.#module;
      if (!glue) return;
      this.#module = null;
      glue.unmount_element(this);
      this.shadowRoot?.querySelector(':scope > div')?.replaceChildren();
    });
  }
}
if (!customElements.get('leadership-radar')) customElements.define('leadership-radar', LeadershipRadarElement);
