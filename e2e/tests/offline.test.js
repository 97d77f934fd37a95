// End-to-end: once its own files have loaded (the team view's module included, which the
// widget fetches in idle time after its first screen), the widget makes no network request
// at all during a whole survey or in the team view, and it keeps working with the browser
// offline. A language whose module was loaded before (the person switched to it and back)
// works offline too; one never loaded says why it cannot switch and keeps everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, newPage, questionnaire as q, generatedCodes } from './harness.js';
import { answerAll } from './embed-site.js';

const env = useServer();

test('no request after load during a survey; still works offline', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const loaded = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto(env.server.url, { waitUntil: 'networkidle' });
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  await page.evaluate(() => window.LeadershipRadar.loadTeam().then(() => true));
  // The widget's own files, all from the server's origin.
  const files = loaded.map((u) => new URL(u));
  assert.ok(files.every((u) => u.origin === new URL(env.server.url).origin || u.protocol === 'data:'), loaded.join('\n'));
  assert.ok(files.some((u) => u.pathname.endsWith('/leadership-radar-en_bg.wasm')));
  assert.ok(files.some((u) => u.pathname.endsWith('/leadership-radar-team-en_bg.wasm')), 'the team module, prefetched');
  assert.ok(!files.some((u) => /-(de|fr)(_bg\.wasm|\.js)$/.test(u.pathname)), 'another language loaded at first');

  const after = [];
  page.on('request', (r) => after.push(`${r.method()} ${r.url()}`));
  await answerAll(root, () => 4);
  await root.locator('.lr-results svg.lr-radar').waitFor();
  assert.deepEqual(after, [], 'requests during the survey');

  // German and back while online: the German module is loaded (and stays started), and
  // the German widget fetches its team module in idle time.
  await root.locator('.lr-lang select').selectOption('de');
  await root.locator('.lr-results button.lr-btn').filter({ hasText: 'Antworten ändern' }).waitFor();
  await page.evaluate(() => window.LeadershipRadar.loadTeam('de').then(() => true));
  await root.locator('.lr-lang select').selectOption('en');
  await root.locator('.lr-results button.lr-btn').filter({ hasText: 'Change my answers' }).waitFor();
  after.length = 0;

  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  // Change the first answer, walk through every page again, and see the new score.
  await root.locator('.lr-results button.lr-btn').filter({ hasText: 'Change my answers' }).click();
  await root.locator('.lr-survey').waitFor();
  const first = root.locator('fieldset.lr-item').first();
  await first.locator('label[for$="-1"]').click();
  for (let i = 1; i < q.sections.length; i++) {
    await root.locator('.lr-survey button[type="submit"]').click();
    await root.locator('.lr-progress-text').filter({ hasText: `Section ${i + 1} of` }).waitFor();
  }
  await root.locator('.lr-survey button[type="submit"]').click();
  await root.locator('.lr-results').waitFor();
  const item = q.items.find((it) => it.id === q.sections[0].questions[0]);
  const dim = item.dimension;
  const n = q.items.filter((it) => it.dimension === dim).length;
  // All items 4, except the first now 1 (reverse-keyed items count 6 - value).
  const keyed = (v, it) => (it.reverse ? 6 - v : v);
  const sum = q.items.filter((it) => it.dimension === dim)
    .reduce((s, it) => s + keyed(it.id === item.id ? 1 : 4, it), 0);
  const want = String(Math.round((100 * (sum / n - 1)) / 4));
  assert.equal((await root.locator(`.lr-aspect[data-dimension="${dim}"] [data-score]`).textContent()).trim(), want);
  // French was never loaded: the switch fails, says why, and the results stay in English.
  await root.locator('.lr-lang select').selectOption('fr');
  const failed = root.locator('.lr-lang-failed[role="alert"]');
  await failed.waitFor();
  assert.match(await failed.textContent(), /^Français could not be loaded: leadership-radar-fr(\.js|_bg\.wasm) could not be loaded .*The widget stays in English/);
  assert.equal(await root.locator('.lr-lang select').inputValue(), 'en');
  assert.equal((await root.locator(`.lr-aspect[data-dimension="${dim}"] [data-score]`).textContent()).trim(), want);
  // German was: the switch works offline, with the new score.
  await root.locator('.lr-lang select').selectOption('de');
  await root.locator('.lr-results button.lr-btn').filter({ hasText: 'Antworten ändern' }).waitFor();
  assert.equal((await root.locator(`.lr-aspect[data-dimension="${dim}"] [data-score]`).textContent()).trim(), want);
  assert.deepEqual(after.filter((r) => !/\/leadership-radar-fr(\.js|_bg\.wasm)/.test(r)), [], 'requests while offline');
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|leadership-radar-fr/.test(e)), []);
  await context.close();
});

test('no request after load through a team view; it keeps working offline', async () => {
  const teamA = generatedCodes(6, 21);
  const teamB = generatedCodes(8, 22);
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url, { waitUntil: 'networkidle' });
  const root = page.locator('[data-leadership-radar]');
  await root.locator('.lr-start').waitFor();
  await page.evaluate(() => window.LeadershipRadar.loadTeam().then(() => true));
  const after = [];
  page.on('request', (r) => after.push(`${r.method()} ${r.url()}`));
  await root.getByRole('button', { name: 'Compare a team' }).click();
  const groups = root.locator('section.lr-group');
  await groups.nth(0).locator('textarea').fill(teamA.join('\n'));
  await groups.nth(0).getByRole('button', { name: 'Read codes' }).click();
  await root.locator('section.lr-team-results').first().waitFor();
  assert.deepEqual(after, [], 'requests in the team view');
  // Offline: a second group and the comparison still work.
  await context.setOffline(true);
  await root.getByRole('button', { name: 'Add a group to compare' }).click();
  await groups.nth(1).locator('textarea').fill(teamB.join('\n'));
  await groups.nth(1).getByRole('button', { name: 'Read codes' }).click();
  await root.locator('section.lr-comparisons .lr-compare-table').waitFor();
  assert.equal(await root.locator('section.lr-team-results').count(), 2);
  assert.deepEqual(after, [], 'requests while offline');
  assert.deepEqual(errors, []);
  await context.close();
});
