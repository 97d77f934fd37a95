// End-to-end: a person clicks (or types) through the whole survey in headless Chromium
// and the results page shows the scores the documented rules give for those answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  useServer, newPage, questionnaire as q, referenceScores, pageIds, ARTIFACTS,
  answerQuestion, canonicalIds, countIds, countAnswer,
} from './harness.js';

const env = useServer();

/** A scripted respondent: varied answers with a "can't say" and reverse items. */
function scripted(q, seed) {
  const answers = {};
  const ids = pageIds(q).flat();
  ids.forEach((id, i) => {
    const v = ((i * 7 + seed) % 5) + 1;
    answers[id] = countIds(q).includes(id) ? countAnswer(q, id, v) : v;
  });
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
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start' }).click();
  const answers = scripted(q, 1);
  for (const ids of pageIds(q)) {
    for (const id of ids) {
      const value = answers[id];
      await answerQuestion(page, 'lr0', canonicalIds(q).indexOf(id), value);
    }
    await page.locator('button[type="submit"]').click();
  }
  await checkResults(page, answers, 'mouse');
  await page.screenshot({ path: join(ARTIFACTS, 'results-mouse-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: Tab, number keys and Enter reach the same results', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 800, height: 900 } });
  await page.goto(env.server.url);
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
      if (countIds(q).includes(id)) {
        // A count: type the number into the field, then Tab past its "can't say" box.
        await page.keyboard.type(String(answers[id]));
        await page.keyboard.press('Tab');
      } else {
        await page.keyboard.press(String(answers[id]));
      }
    }
    await page.keyboard.press('Enter');
  }
  await checkResults(page, answers, 'keyboard');
  await page.screenshot({ path: join(ARTIFACTS, 'results-keyboard-800.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

/** Answers every page; `value(id)` gives the answer for a question id. */
async function answerEverything(page, value) {
  const ids = canonicalIds(q);
  for (const section of pageIds(q)) {
    await page.locator('.lr-survey').waitFor();
    for (const id of section) await answerQuestion(page, 'lr0', ids.indexOf(id), value(id));
    await page.locator('button[type="submit"]').click();
  }
  await page.locator('.lr-results').waitFor();
}

test('perfect conditions but one leader: conditions high, spread low, and the pattern says so', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await page.locator('.lr-start').waitFor();
  await page.evaluate(() => {
    window.__done = [];
    document.addEventListener('leadership-radar:completed', (e) => window.__done.push(e.detail));
  });
  await page.getByRole('button', { name: 'Start' }).click();
  const keyed = Object.fromEntries(q.items.map((it) => [it.id, it.reverse ? 1 : 5]));
  // Agree fully with every favourable statement; "only the team lead" on every task;
  // "never" for own leadership; a team of 8 in which 1 teammate (the lead) led.
  await answerEverything(page, (id) => {
    if (id in keyed) return keyed[id];
    if (id === q.network.size.id) return 8;
    if (countIds(q).includes(id)) return 1;
    return 1;
  });
  const head = (key) => page.locator(`.lr-headline[data-headline="${key}"]`);
  const value = async (key) => (await head(key).locator('.lr-index-value').textContent()).trim();
  const conditions = Number(await value('conditions'));
  const spread = Number(await value('spread'));
  assert.ok(conditions >= 75, `conditions ${conditions}`);
  assert.equal(conditions, 100);
  assert.ok(spread <= 25, `spread ${spread}`);
  // (0 + 100·1/7 + 0) / 3 = 4.76, shown as a whole number.
  assert.equal(spread, 5);
  const meaning = await head('spread').locator('.lr-headline-meaning').textContent();
  assert.match(meaning, /how widely leadership is actually shared/i);
  assert.match(await page.locator('.lr-network-share').textContent(), /You saw 1 of your 7 teammates take the lead/);
  const pattern = page.locator('.lr-headline-extras .lr-headline-pattern[data-pattern="good_conditions_one_leads"]');
  await pattern.waitFor();
  assert.match(await pattern.textContent(), /Good conditions, but one person leads/);
  // The pattern sits with the figures, before the radar.
  const order = await page.evaluate(() => {
    const p = document.querySelector('.lr-headline-pattern');
    const r = document.querySelector('svg.lr-radar');
    return Boolean(p.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the pattern comes before the radar');
  const done = await page.evaluate(() => window.__done);
  assert.equal(done.length, 1);
  assert.equal(done[0].conditions, 100);
  assert.ok(Math.abs(done[0].spread - 100 / 21) < 1e-9, `event spread ${done[0].spread}`);
  assert.equal(done[0].index, done[0].conditions);
  assert.match(done[0].code, /^LR1-/);
  await page.screenshot({ path: join(ARTIFACTS, 'results-one-leader-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('count fields: labelled, keyboard-friendly, and more teammates than the team has is refused', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 360, height: 800 } });
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start' }).click();
  const ids = canonicalIds(q);
  const last = pageIds(q).length - 1;
  for (let i = 0; i < last; i++) {
    for (const id of pageIds(q)[i]) await answerQuestion(page, 'lr0', ids.indexOf(id), 3);
    await page.locator('button[type="submit"]').click();
  }
  await page.locator('.lr-survey').waitFor();
  const sizePos = ids.indexOf(q.network.size.id);
  const ledPos = ids.indexOf(q.network.counts[0].id);
  const size = page.locator(`#lr0-q${sizePos}-n`);
  const led = page.locator(`#lr0-q${ledPos}-n`);
  // Native number fields with their range, a label, and the question as the group's name.
  assert.equal(await size.getAttribute('type'), 'number');
  assert.equal(await size.getAttribute('min'), '2');
  assert.equal(await size.getAttribute('max'), '50');
  assert.equal(await size.getAttribute('inputmode'), 'numeric');
  const group = page.getByRole('group', { name: new RegExp(q.network.size.text.en.replace(/[?]/g, '\\?')) });
  assert.equal(await group.count(), 1);
  // Targets are easy to hit on a phone.
  for (const el of [size, page.locator(`label[for="lr0-q${sizePos}-cant"]`)]) {
    const box = await el.boundingBox();
    assert.ok(box.height >= 24 && box.width >= 24, `target ${JSON.stringify(box)}`);
  }
  // Keyboard: type a size, step it with the arrow keys.
  await size.focus();
  await page.keyboard.type('6');
  await page.keyboard.press('ArrowUp');
  assert.equal(await size.inputValue(), '7');
  // The count's maximum follows the team size: 7 people -> at most 6 teammates.
  assert.equal(await led.getAttribute('max'), '6');
  await led.fill('9');
  const err = page.locator(`#lr0-q${ledPos}-err`);
  await err.waitFor();
  assert.match(await err.textContent(), /Your team has 7 people including you, so at most 6 teammates/);
  assert.equal(await led.getAttribute('aria-invalid'), 'true');
  assert.ok((await led.getAttribute('aria-describedby')).split(' ').includes(`lr0-q${ledPos}-err`));
  // Nothing is lost: the entry stays in the field, but it is not recorded.
  assert.equal(await led.inputValue(), '9');
  for (const id of pageIds(q)[last]) {
    if (!countIds(q).includes(id)) await answerQuestion(page, 'lr0', ids.indexOf(id), 2);
  }
  await page.locator('button[type="submit"]').click();
  await page.locator('.lr-item-flagged').first().waitFor();
  assert.equal(await page.locator('.lr-item-flagged').count(), 1);
  await led.fill('4');
  assert.equal(await led.getAttribute('aria-invalid'), 'false');
  // "Can't say" for the size disables its field and keeps the number for later.
  await page.locator(`label[for="lr0-q${sizePos}-cant"]`).click();
  assert.equal(await size.isDisabled(), true);
  await page.locator(`label[for="lr0-q${sizePos}-cant"]`).click();
  assert.equal(await size.inputValue(), '7');
  await page.keyboard.press('Enter');
  await page.locator('.lr-results').waitFor();
  assert.match(await page.locator('.lr-network-share').textContent(), /4 of your 6 teammates/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a result code from the previous questionnaire (1.0.0) is refused as coming from an older version', async () => {
  // Made with tests/fixtures/questionnaire/distributed-leadership-1.0.0.json.
  const OLD = 'LR1-0JCTZPNER270NPC07WVWYH5F93VJ1H7TXN8';
  const { context, page } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}#lr=${OLD}`);
  await page.locator('.lr-error').waitFor();
  assert.match(await page.locator('.lr-error').textContent(), /older version of the questionnaire \(1\.0\.0\)/);
  assert.equal(await page.locator('.lr-results').count(), 0);
  // The team view lists it with the same reason.
  await page.goto(env.server.url);
  await page.reload();
  await page.getByRole('button', { name: 'Compare a team' }).click();
  const g = page.locator('section.lr-group').first();
  await g.locator('textarea').fill(OLD);
  await g.getByRole('button', { name: 'Read codes' }).click();
  await g.getByText(/older version of the questionnaire \(1\.0\.0\)/).first().waitFor();
  await context.close();
});
