// End-to-end: one interface language per module. A page loads the module of its widget's
// language only (and, in idle time, that language's team module); the language picker
// switches to another language's module without losing anything: the screen, the answers
// (also with storage failing), the results, an open team view's groups and codes; focus
// stays on the picker and the host hears no new ready/completed event. A module that
// cannot be loaded leaves the widget as it was, with a message naming the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, newPage, generatedCodes, answerQuestion, axe } from './harness.js';
import { answerAll } from './embed-site.js';

const env = useServer();
const MODULE = /\/leadership-radar-(team-)?([a-z]{2})(\.js|_bg\.wasm)$/;

/** Serves `body` as a page of its own beside the built files (same origin). */
async function hostPage(page, name, body, lang = 'en') {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,"><script type="module" src="leadership-radar-embed.js"></script></head>
<body>${body}</body></html>`;
  await page.route(`**/${name}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  return new URL(name, env.server.url).href;
}

/** Records every request's path; `modules()` names the module files requested, sorted. */
function recordRequests(page) {
  const all = [];
  page.on('request', (r) => all.push(r.url()));
  return {
    all,
    modules: () => all.map((u) => new URL(u).pathname).filter((p) => MODULE.test(p)).map((p) => p.split('/').pop()).sort(),
  };
}

/** Counts the host events (`leadership-radar:*`) from before any page script. */
async function countEvents(page) {
  await page.addInitScript(() => {
    window.__events = {};
    for (const type of ['ready', 'completed']) {
      document.addEventListener(`leadership-radar:${type}`, () => { window.__events[type] = (window.__events[type] || 0) + 1; });
    }
  });
  return () => page.evaluate(() => ({ ...window.__events }));
}

const isPickerFocused = (page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.matches('.lr-lang select') ? el.value : null;
});

test('a German page loads the German modules only, and nothing but the widget\'s own files', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const requests = recordRequests(page);
  const url = await hostPage(page, 'german.html', '<div data-leadership-radar data-lang="de"></div>', 'de');
  await page.goto(url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start button.lr-primary').filter({ hasText: 'Starten' }).waitFor();
  await page.evaluate(() => window.LeadershipRadar.loadTeam('de').then(() => true));
  assert.deepEqual(requests.modules(), [
    'leadership-radar-de.js', 'leadership-radar-de_bg.wasm', 'leadership-radar-team-de.js', 'leadership-radar-team-de_bg.wasm',
  ]);
  const paths = requests.all.map((u) => new URL(u)).map((u) => (u.origin === new URL(env.server.url).origin ? u.pathname : u.href));
  assert.deepEqual([...new Set(paths)].sort(), [
    '/german.html', '/leadership-radar-de.js', '/leadership-radar-de_bg.wasm', '/leadership-radar-embed.js',
    '/leadership-radar-team-de.js', '/leadership-radar-team-de_bg.wasm', '/radar.css',
  ]);
  // Every language of the page is offered; the German module shows the others' names.
  assert.deepEqual(await root.locator('.lr-lang option').allTextContents(), ['English', 'Deutsch', 'Français']);
  assert.equal(await root.locator('.lr-lang select').inputValue(), 'de');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a lang option the browser\'s language chooses the module; two languages on one page each get theirs', async () => {
  const { context, page, errors } = await newPage(env.browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const requests = recordRequests(page);
  const url = await hostPage(page, 'two.html', `<div id="a" data-leadership-radar></div>
<div id="b" data-leadership-radar data-lang="en" data-storage="second"></div>`);
  await page.goto(url);
  await page.locator('#a .lr-start button.lr-primary').filter({ hasText: 'Commencer' }).waitFor();
  await page.locator('#b .lr-start button.lr-primary').filter({ hasText: 'Start' }).waitFor();
  assert.deepEqual(requests.modules().filter((f) => !f.includes('team')),
    ['leadership-radar-en.js', 'leadership-radar-en_bg.wasm', 'leadership-radar-fr.js', 'leadership-radar-fr_bg.wasm']);
  // Ids stay unique across the two modules' widgets.
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, ids.join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});

for (const storage of ['working', 'failing']) {
  test(`switching mid-survey and on the results keeps screen, answers and focus (storage ${storage}); no new host event`, async () => {
    const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    if (storage === 'failing') {
      await page.addInitScript(() => {
        Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      });
    }
    const events = await countEvents(page);
    await page.goto(env.server.url);
    const root = page.locator('[data-leadership-radar]');
    await root.locator('.lr-start button.lr-primary').click();
    await answerQuestion(root, 'lr0', 0, 4);
    await answerQuestion(root, 'lr0', 1, 2);
    if (storage === 'failing') await root.locator('.lr-save-failed').waitFor();
    // By keyboard: focus the picker, choose German.
    await root.locator('.lr-lang select').focus();
    await root.locator('.lr-lang select').selectOption('de');
    await root.locator('.lr-progress-text').filter({ hasText: 'Abschnitt 1 von' }).waitFor();
    assert.equal(await root.locator('input[id="lr0-q0-4"]').isChecked(), true);
    assert.equal(await root.locator('input[id="lr0-q1-2"]').isChecked(), true);
    await page.waitForFunction(() => document.activeElement?.matches('.lr-lang select'));
    assert.equal(await isPickerFocused(page), 'de');
    assert.equal(await root.locator('.lr-lang-switching').count(), 0, 'the switching notice is gone');
    // The results, then French: the same results, no second "completed".
    await root.locator('.lr-nav button:not(.lr-next)').click();
    await root.locator('.lr-start').waitFor();
    await answerAll(root, (n) => (n % 5) + 1);
    await root.locator('.lr-results svg.lr-radar').waitFor();
    const scores = await root.locator('.lr-aspect [data-score]').allTextContents();
    assert.deepEqual(await events(), { ready: 1, completed: 1 });
    await root.locator('.lr-lang select').selectOption('fr');
    await root.locator('.lr-results button.lr-btn').filter({ hasText: 'Modifier mes réponses' }).waitFor();
    assert.deepEqual(await root.locator('.lr-aspect [data-score]').allTextContents(), scores);
    assert.equal(await isPickerFocused(page), 'fr');
    assert.deepEqual(await events(), { ready: 1, completed: 1 });
    await axe(page, `results after a switch (storage ${storage})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('switching in the team view keeps the groups, their codes, the results and the own code', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-team-entry button').click();
  await root.locator('section.lr-team').waitFor();
  const a = generatedCodes(6, 41).join('\n');
  const b = generatedCodes(7, 42).join('\n');
  await root.locator('section.lr-group textarea').first().fill(a);
  await root.locator('section.lr-group button.lr-primary').first().click();
  await root.locator('section.lr-team-results').first().waitFor();
  await root.locator('section.lr-team > .lr-actions button').first().click();
  await root.locator('section.lr-group').nth(1).waitFor();
  await root.locator('section.lr-group textarea').nth(1).fill(b);
  await root.locator('section.lr-group button.lr-primary').nth(1).click();
  await page.waitForFunction(() => document.querySelectorAll('section.lr-team-results').length === 2);
  const own = generatedCodes(1, 43)[0];
  await root.locator('.lr-own-overlay input').fill(own);
  const figures = await root.locator('section.lr-team-results').allTextContents();
  assert.deepEqual(figures.map((t) => /\(n = (\d+)\)/.exec(t)?.[1]), ['6', '7']);

  await root.locator('.lr-lang select').selectOption('de');
  await root.locator('section.lr-team h2').filter({ hasText: 'Team-Auswertung' }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('section.lr-team-results').length === 2);
  assert.deepEqual(await root.locator('section.lr-group textarea').evaluateAll((ts) => ts.map((t) => t.value)), [a, b]);
  assert.equal(await root.locator('.lr-own-overlay input').inputValue(), own);
  assert.equal(await root.locator('section.lr-team-results').count(), 2);
  // The same members counted (the numbers are the same; the words are German now).
  const numbers = (texts) => texts.map((t) => /\(n = (\d+)\)/.exec(t)?.[1]);
  assert.deepEqual(numbers(await root.locator('section.lr-team-results').allTextContents()), numbers(figures));
  assert.equal(await isPickerFocused(page), 'de');
  await axe(page, 'team view after a switch');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a language whose module cannot be loaded: a message naming the file, nothing lost; it works once reachable', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const failing = [];
  const fail = (route) => { failing.push(route.request().url()); return route.abort('internetdisconnected'); };
  await page.route('**/leadership-radar-de*', fail);
  await page.goto(env.server.url);
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start button.lr-primary').click();
  await answerQuestion(root, 'lr0', 0, 5);
  await root.locator('.lr-lang select').selectOption('de');
  const alert = root.locator('.lr-lang-failed[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /^Deutsch could not be loaded: leadership-radar-de(\.js|_bg\.wasm) could not be loaded .*The widget stays in English; nothing you entered is lost\.$/);
  assert.equal(await root.locator('.lr-lang select').inputValue(), 'en');
  assert.equal(await root.locator('input[id="lr0-q0-5"]').isChecked(), true);
  await root.locator('.lr-progress-text').filter({ hasText: 'Section 1 of' }).waitFor();
  await axe(page, 'a failed language switch');
  // Reachable again: the next choice loads it.
  await page.unroute('**/leadership-radar-de*', fail);
  await root.locator('.lr-lang select').selectOption('de');
  await root.locator('.lr-progress-text').filter({ hasText: 'Abschnitt 1 von' }).waitFor();
  assert.equal(await root.locator('input[id="lr0-q0-5"]').isChecked(), true);
  assert.ok(failing.length > 0);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|leadership-radar-de/.test(e)), []);
  await context.close();
});
