// Team-view benchmark: 10,000 result codes pasted into one group, then "Read codes".
//
//   cd e2e && node bench-team.mjs [runs=5] [count=10000]
//
// Needs a release build in dist/ (trunk build --release) and cargo (the codes come from
// `cargo run --release --example gen_codes -- <count> 7`). Prints figures, asserts nothing:
// - click → results visible: from the click event (in-page clock) until the team results
//   section is in the DOM and a frame has been painted after it; also the wall time the
//   test driver saw (click → element visible); median, min and max over the runs;
// - whether the progress indicator (.lr-reading) appeared while reading;
// - the longest main-thread task between the click and the results (PerformanceObserver
//   'longtask' entries, registered by an init script before the page loads);
// - decode + aggregate time in-page: the widget exposes no timing hook, so this is an
//   estimate — the sum of the long tasks (> 50 ms) between the click and the results,
//   which is where the chunked decoding and the statistics run.
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, ROOT } from './tests/harness.js';

const RUNS = Number(process.argv[2] || 5);
const COUNT = Number(process.argv[3] || 10000);

function generateCodes() {
  const t0 = Date.now();
  const r = spawnSync('cargo', ['run', '--quiet', '--release', '--example', 'gen_codes', '--', String(COUNT), '7'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PATH: `${join(homedir(), '.cargo', 'bin')}:${process.env.PATH}` },
  });
  if (r.status !== 0) throw new Error(`gen_codes failed (${r.status}): ${r.stderr}`);
  const codes = r.stdout.split('\n').filter(Boolean);
  if (codes.length !== COUNT) throw new Error(`gen_codes printed ${codes.length} codes, not ${COUNT}`);
  console.log(`generated ${codes.length} codes in ${((Date.now() - t0) / 1000).toFixed(1)} s (${r.stdout.length} bytes)`);
  return r.stdout;
}

/** Runs in the page before any widget script. */
function instrument() {
  const b = { longtasks: [], sawReading: false, readingUpdates: 0, click: null, results: null, painted: null };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    b.longtaskError = String(e);
  }
  document.addEventListener('click', (e) => {
    if (e.target.closest && e.target.closest('button') && e.target.textContent.trim() === 'Read codes') {
      b.click = performance.now();
    }
  }, true);
  const watch = () => {
    new MutationObserver(() => {
      if (b.click === null) return;
      const reading = document.querySelector('.lr-reading');
      if (reading) {
        b.sawReading = true;
        b.readingUpdates += 1;
        b.lastReadingText = reading.textContent.trim();
      }
      if (b.results === null && document.querySelector('.lr-team-results')) {
        b.results = performance.now();
        requestAnimationFrame(() => setTimeout(() => { b.painted = performance.now(); }, 0));
      }
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  };
  if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => `${ms.toFixed(0)} ms`;

async function main() {
  const text = generateCodes();
  const server = await serve();
  const browser = await launch();
  console.log(`chromium ${browser.version()}, ${RUNS} runs, ${COUNT} codes each`);
  const rows = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(instrument);
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Compare a team' }).click();
      const area = page.locator('section.lr-group textarea').first();
      await area.waitFor();
      // Typing 400 KB is slow: set the value and fire the input event the widget listens to.
      await area.evaluate((el, value) => {
        el.value = value;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, text);
      await page.waitForTimeout(200); // let the paste settle; not part of the measurement
      const button = page.locator('section.lr-group').first().getByRole('button', { name: 'Read codes' });
      const t0 = Date.now();
      await button.click();
      await page.locator('section.lr-team-results').waitFor({ state: 'visible', timeout: 120000 });
      const wall = Date.now() - t0;
      await page.waitForFunction(() => window.__bench.painted !== null);
      const b = await page.evaluate(() => window.__bench);
      const usable = (await page.locator('.lr-usable').first().textContent()).trim();
      const inWindow = b.longtasks.filter((t) => t.start + t.duration >= b.click && t.start <= b.painted);
      const longest = inWindow.reduce((m, t) => Math.max(m, t.duration), 0);
      const busy = inWindow.reduce((s, t) => s + t.duration, 0);
      rows.push({
        run, usable, wall, click: b.painted - b.click, dom: b.results - b.click,
        sawReading: b.sawReading, readingUpdates: b.readingUpdates, lastReading: b.lastReadingText,
        longest, longTasks: inWindow.length, busy, errors, longtaskError: b.longtaskError,
      });
      const r = rows.at(-1);
      console.log(`run ${run}: ${usable}; click→results painted ${fmt(r.click)} (in DOM ${fmt(r.dom)}, driver ${fmt(wall)}); `
        + `.lr-reading seen: ${r.sawReading ? `yes (${r.readingUpdates} updates, last "${r.lastReading}")` : 'no'}; `
        + `long tasks: ${r.longTasks}, longest ${fmt(longest)}, sum ${fmt(busy)}`
        + (errors.length ? `; page errors: ${errors.join(' | ')}` : '')
        + (b.longtaskError ? `; longtask observer: ${b.longtaskError}` : ''));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const col = (k) => rows.map((r) => r[k]);
  console.log('---');
  console.log(`click → results visible (painted), median of ${RUNS}: ${fmt(median(col('click')))} `
    + `(min ${fmt(Math.min(...col('click')))}, max ${fmt(Math.max(...col('click')))})`);
  console.log(`driver wall time click → visible, median: ${fmt(median(col('wall')))}`);
  console.log(`progress indicator .lr-reading appeared: ${rows.filter((r) => r.sawReading).length} of ${RUNS} runs`);
  console.log(`longest main-thread task, median: ${fmt(median(col('longest')))} (max ${fmt(Math.max(...col('longest')))})`);
  console.log(`decode + aggregate (in-page estimate: sum of long tasks between click and results), median: ${fmt(median(col('busy')))}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
