// Leadership Radar embed loader (ES module). Include it once on a page:
//
//   <div data-leadership-radar data-lang="en"></div>
//   <script type="module" src="https://intranet.example/tools/radar/leadership-radar-embed.js"></script>
//
// It resolves every other file relative to its own URL (so the bundle can live under any
// path), adds the widget stylesheet once, starts the WebAssembly module and mounts a widget
// on every element carrying `data-leadership-radar`. A query string on the loader's URL
// (e.g. `?v=1.2.0`) is passed on to the files it loads, for cache busting.
// No inline script, no eval, no inline styles: it runs under
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// For hosts: `import { mountAll } from '…/leadership-radar-embed.js'` (or the global
// `LeadershipRadar.mountAll()`) mounts elements added later; both return a promise of the
// number of widgets started.

const base = new URL(import.meta.url);
const asset = (name) => new URL(name + base.search, base).href;
const CSS = 'radar.css';

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
  link.setAttribute('data-leadership-radar-css', '');
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => {
      console.warn(`Leadership Radar: could not load its stylesheet ${href}`);
      resolve();
    }, { once: true });
  });
  document.head.append(link);
  return loaded;
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
  for (const el of document.querySelectorAll('[data-leadership-radar]:not([data-leadership-radar-mounted])')) {
    const app = document.createElement('div');
    app.className = 'lr-app';
    const notice = document.createElement('div');
    notice.className = 'lr-notice lr-error lr-mount-error';
    notice.setAttribute('role', 'alert');
    const p = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = 'Leadership Radar could not start.';
    p.append(strong, ` ${error}. If the page sends a Content-Security-Policy, it must allow `
      + `script-src 'wasm-unsafe-eval' and the widget's files (${new URL('.', base).href}).`);
    notice.append(p);
    app.append(notice);
    el.replaceChildren(app);
    el.setAttribute('data-leadership-radar-mounted', 'error');
  }
}

const started = (async () => {
  const wasmResponse = fetch(asset('leadership-radar_bg.wasm'));
  wasmResponse.catch(() => {}); // reported through init below, not as an unhandled rejection
  const [glue] = await Promise.all([import(asset('leadership-radar.js')), ensureStylesheet()]);
  frameOptions();
  frameMessages();
  // Running the module mounts every placeholder present now (its `main`).
  await glue.default({ module_or_path: wasmResponse });
  return glue;
})();

/** Mounts widgets on `[data-leadership-radar]` elements not yet handled. */
export async function mountAll() {
  return (await started).mount_all();
}

window.LeadershipRadar = Object.assign(window.LeadershipRadar || {}, { mountAll });
// `main` has mounted what is on the page already; this catches placeholders added meanwhile.
started.then((glue) => glue.mount_all(), showStartFailure);
