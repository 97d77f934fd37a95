// Shared set-up for the end-to-end tests: serves dist/ on a free loopback port with
// python3's http.server and launches the system Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { before, after } from 'node:test';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.LR_DIST || join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const questionnaire = JSON.parse(
  readFileSync(join(ROOT, 'src', 'domain', 'default_questionnaire.json'), 'utf8'),
);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForPort(port, proc) {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    const ok = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.on('connect', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not start');
}

/** Serves a directory; returns { url, close }. */
export async function serve(dir = DIST) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: 'ignore',
  });
  await waitForPort(port, proc);
  return { url: `http://127.0.0.1:${port}/`, close: () => proc.kill() };
}

/**
 * Serves `dist/` and starts Chromium before the file's tests, closes both after them;
 * returns `{ server, browser }`, filled in once the tests run.
 */
export function useServer() {
  const env = {};
  before(async () => { env.server = await serve(); env.browser = await launch(); });
  after(async () => { await env.browser?.close(); env.server?.close(); });
  return env;
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A fresh context and page that collect console errors and page errors. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

// ---- Independent reference scoring (mirrors the documented rules, not the Rust code).

export function canonicalIds(q) {
  return [
    ...q.items.map((i) => i.id),
    ...q.who_leads.functions.map((f) => f.id),
    ...q.own_leadership.items.map((i) => i.id),
    ...(q.network ? [q.network.size.id, ...q.network.counts.map((c) => c.id)] : []),
  ];
}

/** Ids of the count questions (team size first), or none. */
export function countIds(q) {
  return q.network ? [q.network.size.id, ...q.network.counts.map((c) => c.id)] : [];
}

/**
 * A plausible answer to a count question for scripted respondents who otherwise answer
 * with scale points: the team size is 8 and the count `v` modulo 8 (never above 7).
 */
export function countAnswer(q, id, v) {
  if (!q.network) return v;
  return id === q.network.size.id ? 8 : v % 8;
}

/**
 * Answers the question at canonical position `pos` of the widget `uid` inside `scope`
 * (a page or a locator) with the mouse or the keyboard of a real user: a scale point
 * (1..N, 0 = "can't say") is clicked; a count question's number field is filled with
 * `value`, or its "can't say" box ticked when `value` is 'c'.
 */
export async function answerQuestion(scope, uid, pos, value) {
  const field = scope.locator(`[id="${uid}-q${pos}-n"]`);
  if (await field.count()) {
    if (value === 'c') {
      await scope.locator(`label[for="${uid}-q${pos}-cant"]`).click();
    } else {
      await field.fill(String(value));
    }
    return;
  }
  await scope.locator(`label[for="${uid}-q${pos}-${value}"]`).click();
}

/** answers: map id -> 1..5 or 0 (can't say). Returns per-dimension 0–100 score or null. */
export function referenceScores(q, answers) {
  const out = {};
  for (const d of q.dimensions) {
    const items = q.items.filter((i) => i.dimension === d.id);
    const vals = [];
    for (const it of items) {
      const v = answers[it.id];
      if (v >= 1 && v <= 5) vals.push(it.reverse ? 6 - v : v);
    }
    out[d.id] = vals.length >= 0.75 * items.length
      ? (100 * (vals.reduce((a, b) => a + b, 0) / vals.length - 1)) / 4
      : null;
  }
  return out;
}

/** The order questions are shown: sections in order. */
export function pageIds(q) {
  return q.sections.map((s) => s.questions);
}

/**
 * Valid result codes for the default questionnaire, made by `examples/gen_codes.rs`
 * (deterministic pseudo-random answers; `fixed` such as `['autonomy=4']` makes every
 * respondent's keyed answers in that dimension equal). Built with the dev profile, which the test
 * command has already compiled for `cargo test`.
 */
export function generatedCodes(count, seed = 1, fixed = []) {
  const out = execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'gen_codes', '--', String(count), String(seed), ...fixed], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\n').filter((l) => l.startsWith('LR1-'));
}

/** Runs axe-core (WCAG 2.1 A/AA) on the page and fails with every violation found. */
export async function axe(page, label) {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}
