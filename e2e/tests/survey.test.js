// End-to-end: a person clicks (or types) through the whole survey in headless Chromium
// and the results page shows the scores the documented rules give for those answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  serve, launch, newPage, questionnaire as q, referenceScores, pageIds, ARTIFACTS,
} from './harness.js';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** A scripted respondent: varied answers with a "can't say" and reverse items. */
function scripted(q, seed) {
  const answers = {};
  const ids = pageIds(q).flat();
  ids.forEach((id, i) => { answers[id] = ((i * 7 + seed) % 5) + 1; });
  answers[ids[3]] = 0; // one "can't say"
  return answers;
}

async function checkResults(page, answers, label) {
  await page.locator('.lr-results').waitFor();
  const expected = referenceScores(q, answers);
  for (const d of q.dimensions) {
    const cell = page.locator(`.lr-aspect[data-dimension="${d.id}"] [data-score]`);
    const shown = (await cell.textContent()).trim();
    const want = expected[d.id] === null ? '–' : String(Math.round(expected[d.id]));
    assert.equal(shown, want, `${label}: ${d.id}`);
  }
  // The radar has one point per scored dimension.
  const dots = await page.locator('svg.lr-radar circle.lr-dot').count();
  assert.equal(dots, Object.values(expected).filter((v) => v !== null).length);
  const svgRole = await page.locator('svg.lr-radar').getAttribute('role');
  assert.equal(svgRole, 'img');
}

test('mouse: click through the survey to a radar with the right numbers', async () => {
  const { context, page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start' }).click();
  const answers = scripted(q, 1);
  for (const ids of pageIds(q)) {
    for (const id of ids) {
      const value = answers[id];
      const pos = [...q.items.map((i) => i.id), ...q.who_leads.functions.map((f) => f.id), ...q.own_leadership.items.map((o) => o.id)].indexOf(id);
      await page.locator(`label[for="lr0-q${pos}-${value}"]`).click();
    }
    await page.locator('button[type="submit"]').click();
  }
  await checkResults(page, answers, 'mouse');
  await page.screenshot({ path: join(ARTIFACTS, 'results-mouse-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: Tab, number keys and Enter reach the same results', async () => {
  const { context, page, errors } = await newPage(browser, { viewport: { width: 800, height: 900 } });
  await page.goto(server.url);
  await page.locator('.lr-start').waitFor();
  // Tab to the Start button (past the language selector) and press Enter.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (text === 'Start') break;
  }
  await page.keyboard.press('Enter');
  const answers = scripted(q, 3);
  for (const ids of pageIds(q)) {
    await page.locator('.lr-survey').waitFor();
    for (const id of ids) {
      await page.keyboard.press('Tab');
      await page.keyboard.press(String(answers[id]));
    }
    await page.keyboard.press('Enter');
  }
  await checkResults(page, answers, 'keyboard');
  await page.screenshot({ path: join(ARTIFACTS, 'results-keyboard-800.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
