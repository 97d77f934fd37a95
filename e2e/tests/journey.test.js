// End-to-end: the respondent's journey — resume after reload, delete, language switch,
// result codes in the URL, accessibility (axe-core, WCAG 2.1 A/AA) on every screen,
// and screenshots at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  axe, useServer, newPage, questionnaire as q, referenceScores, pageIds, canonicalIds, ARTIFACTS,
  answerQuestion, countIds, countAnswer,
} from './harness.js';

const env = useServer();

const ids = canonicalIds(q);
const pos = (id) => ids.indexOf(id);

const isCount = (id) => countIds(q).includes(id);

async function answerPage(page, pageIndex, value = 4) {
  for (const id of pageIds(q)[pageIndex]) {
    await answerQuestion(page, 'lr0', pos(id), isCount(id) ? countAnswer(q, id, value) : value);
  }
}

test('reload mid-survey resumes where the person was; delete clears', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await answerPage(page, 0, 2);
  await page.locator('button[type="submit"]').click();
  await page.locator(`label[for="lr0-q${pos(pageIds(q)[1][0])}-5"]`).click();
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.locator('.lr-survey').waitFor();
  assert.match(await page.locator('.lr-progress-text').textContent(), new RegExp(`Section 2 of ${q.sections.length}`));
  assert.equal(await page.locator(`#lr0-q${pos(pageIds(q)[1][0])}-5`).isChecked(), true);
  const answered = pageIds(q)[0].length + 1;
  assert.match(await page.locator('.lr-answered').textContent(), new RegExp(`^${answered} of ${ids.length}`));
  // Back to start, delete with confirmation.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Delete my answers' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.locator('.lr-notice').filter({ hasText: 'deleted' }).waitFor();
  await page.reload();
  assert.equal(await page.getByRole('button', { name: 'Resume' }).count(), 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('leadership-radar')).length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('corrupted storage gives a notice, never a crash', { todo: 'open (issue 15): after the questionnaire 2.0.0 merge the corrupted-storage notice does not appear in this journey within 30 s; storage.test.js covers the kept-aside data' }, async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  const key = await page.evaluate(() => Object.keys(localStorage)[0]);
  assert.equal(key, undefined);
  await page.evaluate((qid) => localStorage.setItem(`leadership-radar:v1:default:${qid}`, '{"format":1,"garbage'), q.id);
  await page.reload();
  await page.locator('.lr-notice').filter({ hasText: 'could not be read' }).waitFor();
  await page.evaluate((qid) => localStorage.setItem(`leadership-radar:v1:default:${qid}`, '{"format":99}'), q.id);
  await page.reload();
  await page.locator('.lr-notice').filter({ hasText: 'different version' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('.lr-survey').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('language switch keeps answers and translates everything', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await answerPage(page, 0, 3);
  await page.locator('select').selectOption('de');
  await page.locator('.lr-app[lang="de"]').waitFor();
  assert.match(await page.locator('.lr-progress-text').textContent(), /Abschnitt 1 von/);
  const firstId = pageIds(q)[0][0];
  const item = q.items.find((i) => i.id === firstId);
  assert.match(await page.locator('legend').first().textContent(), new RegExp(item.text.de.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  for (const id of pageIds(q)[0]) {
    assert.equal(await page.locator(`#lr0-q${pos(id)}-3`).isChecked(), true, id);
  }
  assert.equal(await page.getByRole('button', { name: 'Weiter' }).count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Next with unanswered questions marks them and offers to continue', async () => {
  const { context, page } = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator(`label[for="lr0-q${pos(pageIds(q)[0][0])}-4"]`).click();
  await page.locator('button[type="submit"]').click();
  const n = pageIds(q)[0].length - 1;
  await page.locator('.lr-unanswered').waitFor();
  assert.match(await page.locator('.lr-unanswered').textContent(), new RegExp(`^${n} question`));
  assert.equal(await page.locator('.lr-item-flagged').count(), n);
  // Focus moved to the first unanswered question.
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
  assert.equal(focused, `lr0-q${pos(pageIds(q)[0][1])}`);
  await page.getByRole('button', { name: 'Continue anyway' }).click();
  assert.match(await page.locator('.lr-progress-text').textContent(), /Section 2/);
  await context.close();
});

test('axe-core: zero WCAG 2.1 A/AA violations on start, every page and results; screenshots', async () => {
  for (const width of [360, 1280]) {
    const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 900 } });
    await page.goto(env.server.url);
    await page.locator('.lr-start').waitFor();
    await axe(page, `start @${width}`);
    await page.getByRole('button', { name: 'Start' }).click();
    for (let i = 0; i < q.sections.length; i++) {
      await page.locator('.lr-survey').waitFor();
      if (i === 0) {
        // Flagged state too.
        await page.locator('button[type="submit"]').click();
        await page.locator('.lr-unanswered').waitFor();
        await axe(page, `page 1 flagged @${width}`);
      }
      await answerPage(page, i, (i % 5) + 1);
      await axe(page, `page ${i + 1} @${width}`);
      if (i === 0) await page.screenshot({ path: join(ARTIFACTS, `survey-${width}.png`), fullPage: true });
      await page.locator('button[type="submit"]').click();
    }
    await page.locator('.lr-results').waitFor();
    await axe(page, `results @${width}`);
    await page.screenshot({ path: join(ARTIFACTS, `results-${width}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a result code opens the results it encodes; a broken code says what is wrong', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'Start' }).click();
  const answers = {};
  for (let i = 0; i < q.sections.length; i++) {
    for (const [k, id] of pageIds(q)[i].entries()) {
      const v = isCount(id) ? countAnswer(q, id, ((k + i) % 5) + 1) : ((k + i) % 5) + 1;
      answers[id] = v;
      await answerQuestion(page, 'lr0', pos(id), v);
    }
    await page.locator('button[type="submit"]').click();
  }
  const code = (await page.locator('.lr-code').textContent()).trim();
  assert.match(code, /^LR1-[0-9A-Z]+$/);
  assert.equal(code.length, 41, `code length ${code.length} (the README promises 41)`);
  const href = await page.locator('a.lr-link').getAttribute('href');
  assert.ok(href.endsWith(`#lr=${code}`));
  // Another browser (fresh context) opens the link.
  const other = await newPage(env.browser);
  await other.page.goto(href);
  await other.page.locator('.lr-results').waitFor();
  const expected = referenceScores(q, answers);
  for (const d of q.dimensions) {
    const shown = (await other.page.locator(`.lr-aspect[data-dimension="${d.id}"] [data-score]`).textContent()).trim();
    assert.equal(shown, String(Math.round(expected[d.id])), d.id);
  }
  // It was not saved as the other person's own answers.
  assert.deepEqual(await other.page.evaluate(() => Object.entries(localStorage)), []);
  // A typo is caught.
  const broken = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
  await other.page.goto(`${env.server.url}#lr=${broken}`);
  await other.page.reload();
  await other.page.locator('.lr-error').waitFor();
  assert.match(await other.page.locator('.lr-error').textContent(), /cannot be opened/);
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  await context.close();
});

async function finishSurvey(page) {
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < q.sections.length; i++) {
    for (const [k, id] of pageIds(q)[i].entries()) {
      const v = ((k + i) % 5) + 1;
      await answerQuestion(page, 'lr0', pos(id), isCount(id) ? countAnswer(q, id, v) : v);
    }
    await page.locator('button[type="submit"]').click();
  }
  await page.locator('.lr-results').waitFor();
}

test('print: the results make a report of at most two A4 pages without controls', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.server.url);
  await finishSurvey(page);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `printed ${pages} pages`);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.lr-top', 'button']) {
    const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.offsetParent !== null).map((e) => e.textContent));
    assert.deepEqual(visible, [], `${sel} hidden in print`);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'results-print.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a host page with dir="rtl" does not flip the widget (it sets its own dir), and dark mode passes axe', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await page.goto(env.server.url);
  await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
  await page.getByRole('button', { name: 'Start' }).click();
  const first = pageIds(q)[0][0];
  const box = async (v) => page.locator(`label[for="lr0-q${pos(first)}-${v}"]`).boundingBox();
  const [b1, b2] = [await box(1), await box(2)];
  assert.equal(await page.locator('.lr-app').getAttribute('dir'), 'ltr');
  assert.ok(b1.x < b2.x, `option 1 (${b1.x}) is left of option 2 (${b2.x}) in an English widget on an rtl page`);
  const back = await page.getByRole('button', { name: 'Back' }).boundingBox();
  const next = await page.locator('button[type="submit"]').boundingBox();
  assert.ok(back.x < next.x, 'Back on the left, Next on the right');
  await page.screenshot({ path: join(ARTIFACTS, 'survey-rtl-dark-1280.png') });
  await page.evaluate(() => { document.documentElement.dir = 'ltr'; });
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('.lr-start').waitFor();
  await axe(page, 'start (dark)');
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < q.sections.length; i++) {
    await answerPage(page, i, (i % 5) + 1);
    if (i === 0) await axe(page, 'survey (dark)');
    await page.locator('button[type="submit"]').click();
  }
  await page.locator('.lr-results').waitFor();
  await axe(page, 'results (dark)');
  await page.screenshot({ path: join(ARTIFACTS, 'results-dark-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('downloads: JSON, CSV and SVG carry the scores shown', async () => {
  const { context, page, errors } = await newPage(env.browser, { acceptDownloads: true });
  await page.goto(env.server.url);
  await finishSurvey(page);
  const shown = {};
  for (const d of q.dimensions) {
    shown[d.id] = Number(await page.locator(`.lr-aspect[data-dimension="${d.id}"] [data-score]`).getAttribute('data-score'));
  }
  const grab = async (name) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const path = await dl.path();
    const { readFileSync } = await import('node:fs');
    return { file: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
  };
  const json = await grab('Download JSON');
  assert.equal(json.file, 'leadership-radar.json');
  const data = JSON.parse(json.text);
  assert.equal(data.dimensions.length, q.dimensions.length);
  for (const d of data.dimensions) assert.equal(d.score, shown[d.id], d.id);
  assert.match(data.code, /^LR1-/);
  const csv = await grab('Download CSV');
  assert.equal(csv.file, 'leadership-radar.csv');
  const rows = csv.text.trim().split(/\r\n/);
  assert.equal(rows[0], 'kind,id,name,score,range_low,range_high,band');
  assert.equal(rows.filter((r) => r.startsWith('dimension,')).length, q.dimensions.length);
  const svg = await grab('Download radar (SVG)');
  assert.equal(svg.file, 'leadership-radar.svg');
  assert.match(svg.text, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg.text, /<style>/);
  assert.equal((svg.text.match(/<circle/g) || []).length, q.dimensions.length);
  assert.deepEqual(errors, []);
  await context.close();
});
