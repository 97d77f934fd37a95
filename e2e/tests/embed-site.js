// Shared set-up for the embedding end-to-end tests (embed*.test.js, offline.test.js):
// a temporary "intranet" site with the embed bundle copied under a sub-path and the host
// pages from e2e/hosts/ (and the variants made from them), served by static-server.js; event and CSP-violation recording;
// a mouse-driven respondent scoped to one widget.
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, after } from 'node:test';
import { DIST, ROOT, questionnaire, launch } from './harness.js';
import { startStatic } from './static-server.js';

/** The interface languages built: one widget module and one team module each. */
export const LANGUAGES = readdirSync(DIST)
  .map((f) => /^leadership-radar-([a-z]{2})\.js$/.exec(f)?.[1])
  .filter(Boolean)
  .sort((a, b) => ['en', 'de', 'fr'].indexOf(a) - ['en', 'de', 'fr'].indexOf(b));

/**
 * The modules of each language, by file-name infix: the widget (`leadership-radar-<l>.*`),
 * the second module (the results and the team view, loaded when a person reaches them) and
 * the team-mode module (the team view alone, for pages whose widgets are all in team mode).
 */
export const MODULE_KINDS = ['', 'team-', 'teammode-'];

/** The embed bundle, as documented in the README ("Embedding"). */
export const BUNDLE = [
  'leadership-radar-embed.js', // the loader (ES module)
  // Per language: each module's wasm-bindgen glue and wasm.
  ...LANGUAGES.flatMap((l) => MODULE_KINDS.flatMap((kind) =>
    [`leadership-radar-${kind}${l}.js`, `leadership-radar-${kind}${l}_bg.wasm`])),
  'radar.css',
  'embed.html', // iframe page
  'leadership-radar-frame.js', // iframe host helper
];
export const BUNDLE_PATH = '/sites/hr/tools/radar/';
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const HOSTS = join(ROOT, 'e2e', 'hosts');

/** A custom questionnaire: the built-in one, retitled, English only, first item reworded. */
export function customQuestionnaire() {
  const q = structuredClone(questionnaire);
  q.id = 'our-team-check';
  q.languages = ['en'];
  q.title = { en: 'Our own team check' };
  q.items[0].text = { en: 'In our team, anyone may propose where we go next.' };
  return q;
}

/** A questionnaire with several validation problems. */
export function brokenQuestionnaire() {
  const q = structuredClone(questionnaire);
  q.id = '';
  q.items[0].dimension = 'no-such-dimension';
  q.scales[0].points = 1;
  return q;
}

/**
 * The built-in questionnaire with its languages renamed (`{en: 'it'}` turns every English
 * text into "Italian" and drops the others): a questionnaire in languages the interface
 * may lack.
 */
export function relabelled(map) {
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const keys = Object.keys(v);
      // A translated text: keyed by the questionnaire's languages only.
      if (keys.length && keys.every((k) => questionnaire.languages.includes(k))) {
        return Object.fromEntries(Object.entries(v).filter(([k]) => map[k]).map(([k, t]) => [map[k], walk(t)]));
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  const q = walk(structuredClone(questionnaire));
  q.languages = questionnaire.languages.filter((l) => map[l]).map((l) => map[l]);
  q.id = `lang-${q.languages.join('-')}`;
  return q;
}

const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The widget placeholder of plain.html and the custom element that replaces it. */
const DIV = '<div id="radar" data-leadership-radar data-storage="style"></div>';
const ELEMENT = '<leadership-radar id="radar" storage="style"></leadership-radar>';

/**
 * Host pages that differ from another page only in title, stylesheets or placeholder:
 * made here from that page instead of being kept as copies. `css` replaces every
 * stylesheet link of the source page; `element` swaps plain.html's placeholder div for
 * the custom element.
 */
const VARIANTS = {
  'hostile.html': { from: 'plain.html', title: 'Hostile host stylesheet', css: ['/hostile.css'] },
  'hostile-important.html': { from: 'plain.html', title: 'Hostile !important host stylesheet', css: ['/hostile-important.css'] },
  'hostile-element.html': { from: 'plain.html', title: 'Hostile host stylesheet, custom element', css: ['/hostile.css'], element: true },
  'hostile-important-element.html': {
    from: 'plain.html', title: 'Hostile !important host stylesheet, custom element', css: ['/hostile-important.css'], element: true,
  },
  'careless-plain.html': { from: 'careless.html', title: 'careless-plain host', css: ['/sized.css'] },
};

/** Replaces `from` (which must occur) in `text`. */
function swap(text, from, to, page) {
  if (!text.includes(from)) throw new Error(`${page}: no ${from} to replace`);
  return text.split(from).join(to);
}

/** The text of a host page from VARIANTS, made from its source page. */
function variant(name, source) {
  const v = VARIANTS[name];
  let text = source.replace(/<title>[^<]*<\/title>/, `<title>${v.title}</title>`);
  text = text.replace(/\n *<link rel="stylesheet"[^>]*>/g, '').replace(/\n *<!-- Variants: [^>]*-->/, '');
  const links = v.css.map((href) => `\n  <link rel="stylesheet" href="${href}">`).join('');
  text = swap(text, '<link rel="icon" href="data:,">', `<link rel="icon" href="data:,">${links}`, name);
  return v.element ? swap(text, DIV, ELEMENT, name) : text;
}

/**
 * Copies the bundle (only the documented files) and the host pages into a temp dir,
 * replacing placeholders in the host pages; returns { bundle, hosts } directories.
 */
export function buildSite(replacements = {}) {
  const root = mkdtempSync(join(tmpdir(), 'lr-site-'));
  const bundle = join(root, 'bundle');
  const hosts = join(root, 'hosts');
  mkdirSync(bundle);
  mkdirSync(hosts);
  for (const f of BUNDLE) {
    if (!existsSync(join(DIST, f))) throw new Error(`dist/${f} is missing: run trunk build --release first`);
    copyFileSync(join(DIST, f), join(bundle, f));
  }
  const all = {
    __CUSTOM_QUESTIONNAIRE__: scriptJson(customQuestionnaire()),
    __BROKEN_QUESTIONNAIRE__: scriptJson(brokenQuestionnaire()),
    __ITALIAN_QUESTIONNAIRE__: scriptJson(relabelled({ en: 'it' })),
    __ITALIAN_GERMAN_QUESTIONNAIRE__: scriptJson(relabelled({ en: 'it', de: 'de' })),
    __BUNDLE__: BUNDLE_PATH,
    ...replacements,
  };
  const pages = Object.fromEntries(readdirSync(HOSTS).map((f) => [f, readFileSync(join(HOSTS, f), 'utf8')]));
  for (const name of Object.keys(VARIANTS)) {
    if (pages[name]) throw new Error(`hosts/${name} exists and is also made from ${VARIANTS[name].from}`);
    pages[name] = variant(name, pages[VARIANTS[name].from]);
  }
  for (const [f, page] of Object.entries(pages)) {
    let text = page;
    for (const [k, v] of Object.entries(all)) text = text.split(k).join(v);
    writeFileSync(join(hosts, f), text);
  }
  return { bundle, hosts };
}

/** Serves the bundle at BUNDLE_PATH, the standalone dist/ at /apps/radar/ and host pages at /. */
export async function startSite({ headers = {}, replacements = {} } = {}) {
  const { bundle, hosts } = buildSite(replacements);
  return startStatic({
    routes: [
      { prefix: BUNDLE_PATH, dir: bundle },
      { prefix: '/apps/radar/', dir: DIST },
      { prefix: '/', dir: hosts },
    ],
    headers,
  });
}

/**
 * Starts the site (`startSite(options)`) and Chromium before the file's tests, closes both
 * after them; returns `{ site, browser }`, filled in once the tests run.
 */
export function useSite(options) {
  const env = {};
  before(async () => { env.site = await startSite(options); env.browser = await launch(); });
  after(async () => { await env.browser?.close(); await env.site?.close(); });
  return env;
}

/**
 * Records, from before any page script runs: CSP violations, the widget's host events
 * (with the id of the element they were dispatched on; events from the iframe helper are
 * dispatched on the iframe) and the widget's postMessage messages to this window. Read back with `recorded(page)`. (Init scripts are not subject to the page's CSP.)
 */
export async function recordPage(page) {
  await page.addInitScript(() => {
    // messages: what arrived, by origin; frames: which iframe (by id) sent what, since
    // several frames share one origin.
    const r = { violations: [], events: [], messages: [], frames: [] };
    window.__lr = r;
    window.addEventListener('message', (e) => {
      if (e.data?.source !== 'leadership-radar') return;
      r.messages.push({ origin: e.origin, type: e.data.type });
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      r.frames.push({ frame: frame?.id ?? null, type: e.data.type });
    });
    document.addEventListener('securitypolicyviolation', (e) => {
      r.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
    for (const type of ['leadership-radar:ready', 'leadership-radar:completed']) {
      document.addEventListener(type, (e) => {
        r.events.push({ type: type.split(':')[1], target: e.target.id, detail: e.detail });
      });
    }
  });
}

export const recorded = (page) => page.evaluate(() => window.__lr);

/**
 * Answers every question inside one widget with the mouse: `answer(index)` gives the scale
 * point (0 = can't say) for the n-th question shown; count questions get a team size of 8
 * and 3 teammates who led. Ends on the results screen.
 */
export async function answerAll(root, answer = () => 4) {
  await root.locator('.lr-start button.lr-primary').click();
  let n = 0;
  for (let guard = 0; guard < 50; guard++) {
    await root.locator('.lr-survey, .lr-results').first().waitFor();
    if (await root.locator('.lr-results').count()) return;
    const items = root.locator('fieldset.lr-item');
    const first = await items.first().locator('input').first().getAttribute('id');
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      const field = item.locator('input[type="number"]');
      if (await field.count()) {
        // Count questions: a team of 8 (the field whose minimum is 2), 3 teammates led.
        await field.fill((await field.getAttribute('min')) === '2' ? '8' : '3');
      } else {
        await item.locator(`label[for$="-${answer(n)}"]`).click();
      }
      n++;
    }
    await root.locator('.lr-survey button[type="submit"]').click();
    await root.locator(`[id="${first}"]`).waitFor({ state: 'detached' });
  }
  throw new Error('the survey did not end');
}
