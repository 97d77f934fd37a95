// End-to-end: the personal results and the team view are a module of their own
// (leadership-radar-team-<lang>.js + leadership-radar-team-<lang>_bg.wasm, in the widget's
// language). The self-assessment page
// starts with the widget's module only; the second module is fetched once, in idle time
// after the first screen, so that the results and the team view open without another
// request and also offline; a failed load says so, with a retry and the way back, and
// keeps the answers; a data-mode="team" page loads the team-mode module (the team view
// alone, leadership-radar-teammode-<lang>.*) at once and neither of the others; Back from the team view
// returns to the widget as it was, and language changes reach the team view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, newPage, generatedCodes, answerQuestion, axe, questionnaire as q, canonicalIds, pageIds, countIds, countAnswer } from './harness.js';

const env = useServer();
const TEAM_FILES = /\/leadership-radar-team-[a-z]{2}(\.js|_bg\.wasm)(\?|$)/;
const codes = generatedCodes(6, 31);

/** Records every request of the page; `team()` lists the team module's ones. */
function recordRequests(page) {
  const all = [];
  page.on('request', (r) => all.push(r.url()));
  return { all, team: () => all.filter((u) => TEAM_FILES.test(new URL(u).pathname + new URL(u).search)) };
}

/** Serves `html` at `name` on the server's origin (beside the built files). */
async function hostPage(page, name, body) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,"><script type="module" src="leadership-radar-embed.js"></script></head>
<body>${body}</body></html>`;
  await page.route(`**/${name}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  return new URL(name, env.server.url).href;
}

/** Resolves once `condition()` holds (checked every 20 ms), or fails after 10 s. */
async function until(condition, what) {
  for (const start = Date.now(); !condition();) {
    if (Date.now() - start > 10_000) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Pastes the codes into the first group and waits for the team results. */
async function readTeam(root) {
  const group = root.locator('section.lr-group').first();
  await group.locator('textarea').fill(codes.join('\n'));
  await group.locator('button.lr-btn.lr-primary').first().click();
  await root.locator('section.lr-team-results').first().waitFor();
}

test('the self-assessment page loads the team module once, in idle time; the team view then opens with no request', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const requests = recordRequests(page);
  const firstScreen = [];
  await page.exposeFunction('__firstScreen', () => firstScreen.push(requests.all.length));
  await page.addInitScript(() => document.addEventListener('leadership-radar:ready', () => window.__firstScreen()));
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  // The prefetch resolves with the started module; waiting for it adds no request.
  await page.evaluate(() => window.LeadershipRadar.loadTeam().then(() => true));
  assert.equal(firstScreen.length, 1);
  const beforeReady = requests.all.slice(0, firstScreen[0]);
  assert.deepEqual(beforeReady.filter((u) => TEAM_FILES.test(new URL(u).pathname)), [], 'team module requested before the first screen');
  assert.equal(requests.team().length, 2, requests.team().join('\n'));

  const after = requests.all.length;
  for (let round = 0; round < 2; round++) {
    await root.locator('.lr-team-entry button').click();
    await root.locator('section.lr-team').waitFor();
    // Focus moves to the team view's heading (it arrived from the other module).
    await page.waitForFunction(() => document.activeElement?.matches('section.lr-team h2.lr-h'));
    if (round === 0) {
      // The two modules' Yew apps count tree ids separately; the team view's app must not
      // carry the widget's id, or the widget would take its events (src/team_mount.rs).
      const ids = await root.evaluate((el) => {
        const host = el.querySelector('section.lr-team').parentElement.parentElement;
        return [el.querySelector('.lr-app').__yew_subtree_id, host.__yew_subtree_id];
      });
      assert.equal(typeof ids[0], 'number', 'Yew no longer marks its trees as team_mount.rs expects');
      assert.equal(typeof ids[1], 'number');
      assert.notEqual(ids[0], ids[1]);
    }
    await readTeam(root);
    await root.locator('section.lr-team button').filter({ hasText: /^Back$/ }).click();
    await root.locator('.lr-start').waitFor();
    assert.equal(await root.locator('section.lr-team').count(), 0, 'the team view is removed on Back');
  }
  assert.deepEqual(requests.all.slice(after), [], 'requests while opening the team view twice');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after the prefetch the team view works with the network gone', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  await page.evaluate(() => window.LeadershipRadar.loadTeam().then(() => true));
  const blocked = [];
  await page.route('**/*', (route) => { blocked.push(route.request().url()); return route.abort(); });
  await context.setOffline(true);
  await root.locator('.lr-team-entry button').click();
  await readTeam(root);
  assert.match(await root.locator('section.lr-team-results').first().textContent(), /6/);
  assert.deepEqual(blocked, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a team module that cannot be loaded: a clear message, Back, and a retry that loads it', async () => {
  const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  // The glue fails (unreachable) until the route is lifted; the prefetch fails silently.
  const failing = [];
  const fail = (route) => { failing.push(route.request().url()); return route.abort('internetdisconnected'); };
  await page.route('**/leadership-radar-team-en.js*', fail);
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  await page.waitForFunction(() => window.LeadershipRadar.loadTeam().then(() => false, () => true));

  await root.locator('.lr-team-entry button').click();
  const alert = root.locator('.lr-team-failed[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /The team view could not be loaded\. leadership-radar-team-en\.js could not be loaded/);
  // Back works from the message; the self-assessment is untouched.
  await alert.getByRole('button', { name: 'Back' }).click();
  await root.locator('.lr-start').waitFor();
  await root.locator('.lr-team-entry button').click();
  await alert.waitFor();
  // Still unreachable: the retry fails again, with the message shown again.
  const tries = failing.length;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await until(() => failing.length > tries, 'the retry requests the module again');
  await alert.waitFor();
  assert.equal(await root.locator('section.lr-team').count(), 0);
  // Reachable again: the retry loads it and the team view works.
  await page.unroute('**/leadership-radar-team-en.js*', fail);
  await root.getByRole('button', { name: 'Try again' }).click();
  await readTeam(root);
  assert.equal(await root.locator('.lr-team-failed').count(), 0);
  await axe(page, 'team view after a retry');
  await context.close();
});

test('results from the second module: a failed load keeps the answers, names the file, and a retry shows them', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const failing = [];
  const fail = (route) => { failing.push(route.request().url()); return route.abort('internetdisconnected'); };
  await page.route('**/leadership-radar-team-en.js*', fail);
  // A shared result code opens the results at once (no survey first).
  const [code] = generatedCodes(1, 5);
  await page.goto(`${env.server.url}#lr=${code}`);
  const root = page.locator('[data-leadership-radar]');
  const alert = root.locator('.lr-team-failed[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Your results could not be loaded\. leadership-radar-team-en\.js could not be loaded/);
  assert.equal(await root.locator('.lr-results').count(), 0);
  // Reachable again: the retry loads the module and shows the results of the code.
  const tries = failing.length;
  await page.unroute('**/leadership-radar-team-en.js*', fail);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await root.locator('.lr-results').waitFor();
  assert.equal(failing.length, tries);
  assert.equal(await root.locator('.lr-team-failed').count(), 0);
  assert.equal(await root.locator('.lr-results .lr-notice[role="status"]').count(), 1, 'opened from a code');
  await axe(page, 'results after a retry');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), [], 'only the blocked requests');
  await context.close();
});

test('the survey\'s last Next shows the results from the prefetched module, with focus on their heading', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const requests = recordRequests(page);
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  await page.evaluate(() => window.LeadershipRadar.loadTeam().then(() => true));
  const fetched = requests.team().length;
  await root.getByRole('button', { name: 'Start' }).click();
  const ids = canonicalIds(q);
  for (const [i, page_ids] of pageIds(q).entries()) {
    for (const id of page_ids) {
      const v = (i % 5) + 1;
      await answerQuestion(root, 'lr0', ids.indexOf(id), countIds(q).includes(id) ? countAnswer(q, id, v) : v);
    }
    await root.locator('button[type="submit"]').click();
  }
  await root.locator('.lr-results').waitFor();
  assert.equal(requests.team().length, fetched, 'no new request for the results');
  await page.waitForFunction(() => document.activeElement?.classList.contains('lr-h')
    && document.activeElement.closest('.lr-results') !== null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a team module changed on the server: the team view names the file, and its wasm never runs', async () => {
  const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__wasmRuns = 0;
    for (const k of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
      const original = WebAssembly[k];
      WebAssembly[k] = function (...args) { window.__wasmRuns++; return original.apply(this, args); };
    }
  });
  await page.route('**/leadership-radar-team-en_bg.wasm*', async (route) => {
    const response = await route.fetch();
    const bytes = Buffer.from(await response.body());
    bytes[bytes.length >> 1] ^= 0x01;
    await route.fulfill({ response, body: bytes });
  });
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  await root.locator('.lr-team-entry button').click();
  const alert = root.locator('.lr-team-failed[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /leadership-radar-team-en_bg\.wasm does not match the SHA-384 hash/);
  assert.equal(await page.evaluate(() => window.__wasmRuns), 1, 'only the widget module ran');
  assert.equal(await root.locator('section.lr-team').count(), 0);
  await context.close();
});

test('a page with only data-mode="team" widgets loads the team-mode module alone; a widget added later brings the widget module', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const requests = recordRequests(page);
  const widgetFiles = () => requests.all.filter((u) => /\/leadership-radar-[a-z]{2}(\.js|_bg\.wasm)$/.test(new URL(u).pathname));
  const teamModeFiles = () => requests.all.map((u) => new URL(u).pathname.split('/').pop())
    .filter((f) => /^leadership-radar-teammode-[a-z]{2}(\.js|_bg\.wasm)$/.test(f));
  const url = await hostPage(page, 'team-mode.html', '<div id="team" data-leadership-radar data-mode="team" data-lang="de"></div>');
  await page.goto(url);
  const root = page.locator('#team');
  await root.locator('section.lr-team h2').filter({ hasText: 'Team-Auswertung' }).waitFor();
  // No way back in team mode, and no start screen.
  assert.equal(await root.locator('.lr-start').count(), 0);
  assert.equal(await root.locator('section.lr-team button').filter({ hasText: 'Zurück' }).count(), 0);
  await readTeam(root);
  // The language picker works in the team-mode module's own frame.
  await root.locator('.lr-lang select').selectOption('en');
  await root.locator('section.lr-team h2').filter({ hasText: 'Team view' }).waitFor();
  assert.equal(await root.locator('section.lr-team-results').count(), 1);
  // The German team-mode module, then the English one for the switch; neither the widget
  // module nor the second module (which carries the personal results too).
  assert.deepEqual(teamModeFiles().sort(), ['leadership-radar-teammode-de.js', 'leadership-radar-teammode-de_bg.wasm',
    'leadership-radar-teammode-en.js', 'leadership-radar-teammode-en_bg.wasm']);
  assert.deepEqual(widgetFiles(), [], 'the widget module was loaded on a team-only page');
  assert.deepEqual(requests.team(), [], 'the second module was loaded on a team-only page');
  await axe(page, 'team-only page');

  // A self-assessment widget added later: the widget module starts for it.
  const started = await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'self';
    el.setAttribute('data-leadership-radar', '');
    document.body.append(el);
    return window.LeadershipRadar.mountAll();
  });
  assert.equal(started, 1);
  await page.locator('#self .lr-start').waitFor();
  assert.equal(widgetFiles().length, 2, widgetFiles().join('\n'));
  assert.equal(teamModeFiles().length, 4, 'the team-mode module is not loaded again');
  // Ids stay unique across the two modules' widgets.
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, ids.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back returns to the widget as it was; language changes reach the team view and come back', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  // Two answers on the first page, then back to the start screen.
  await root.locator('.lr-start button.lr-primary').click();
  await answerQuestion(root, 'lr0', 0, 4);
  await answerQuestion(root, 'lr0', 1, 2);
  await root.locator('.lr-nav button:not(.lr-next)').click();
  await root.locator('.lr-start').waitFor();
  await root.locator('.lr-lang select').selectOption('de');
  await root.locator('.lr-team-entry button').filter({ hasText: 'Ein Team auswerten' }).click();
  await root.locator('section.lr-team h2').filter({ hasText: 'Team-Auswertung' }).waitFor();
  await readTeam(root);
  // French while in the team view: the same team view (its results stay), in French.
  await root.locator('.lr-lang select').selectOption('fr');
  await root.locator('section.lr-team h2').filter({ hasText: 'Vue d’équipe' }).waitFor();
  assert.equal(await root.locator('section.lr-team-results').count(), 1);
  await root.locator('section.lr-team button').filter({ hasText: /^Retour$/ }).click();
  // The start screen in French, with the answers to resume.
  await root.locator('.lr-start button.lr-primary').filter({ hasText: 'Reprendre' }).click();
  await root.locator('.lr-survey').waitFor();
  assert.equal(await root.locator('input[id="lr0-q0-4"]').isChecked(), true);
  assert.equal(await root.locator('input[id="lr0-q1-2"]').isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
