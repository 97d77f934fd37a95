// End-to-end: saved answers are never lost silently. A refused write (QuotaExceededError,
// made to happen with an init script) is shown at once with what to do and retried until it
// works; unreadable or foreign-version data stays kept aside under a documented key until the
// person downloads or deletes it; "Start over" asks first; two widgets without data-storage
// keep separate progress; a change in another tab is noticed, never overwritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { newPage, questionnaire as q, canonicalIds, pageIds } from './harness.js';
import { useSite } from './embed-site.js';

const env = useSite();

const KEY = `leadership-radar:v1:default:${q.id}`;
const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const answeredIn = (raw) => JSON.parse(raw).answers.filter((a) => a !== null).length;

/** Clicks option `value` of the n-th question shown in `root`. */
const answer = (root, n, value) => root.locator('fieldset.lr-item').nth(n).locator(`label[for$="-${value}"]`).click();

test('a refused write is shown at once with what to do, and retried until it works', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    window.__full = true;
    Storage.prototype.setItem = function setItem(k, v) {
      if (window.__full && k.startsWith('leadership-radar')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  await page.goto(env.site.url('/twins.html'));
  const root = page.locator('#first');
  await root.locator('.lr-start button.lr-primary').click();
  await answer(root, 0, 2);
  const failed = root.locator('.lr-save-failed');
  await failed.waitFor();
  assert.equal(await failed.getAttribute('role'), 'alert');
  const text = await failed.textContent();
  assert.match(text, /storage is full/);
  assert.match(text, /keep it open/);
  assert.match(text, /copy your result code or download your answers/);
  // The answers can be downloaded right there.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    failed.getByRole('button', { name: 'Download my answers' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(file.answered, 1);
  assert.equal(file.answers.find((a) => a.answer !== null).answer, 2);
  assert.match(file.code, /^LR1-/);
  // More answers while full: nothing lost on the page, still nothing stored.
  await answer(root, 1, 5);
  assert.equal(await stored(page), null);
  // Space is freed: the next retry saves, and the notice says so.
  await page.evaluate(() => { window.__full = false; });
  await root.locator('.lr-save-recovered').waitFor({ timeout: 15000 });
  assert.equal(await root.locator('.lr-save-failed').count(), 0);
  assert.equal(answeredIn(await stored(page)), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('unreadable and foreign-version data is kept aside until the person deletes it', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.site.url('/twins.html'));
  await page.locator('#first .lr-start').waitFor();
  const corrupt = '{"format":1,"fingerp';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, corrupt]);
  await page.reload();
  const root = page.locator('#first');
  await root.locator('.lr-notice').filter({ hasText: 'could not be read' }).waitFor();
  // Kept under the documented key, and still there after the first render and a reload.
  assert.equal(await stored(page, `${KEY}:unreadable`), corrupt);
  assert.equal(await stored(page), null);
  await page.reload();
  await root.locator('.lr-kept').waitFor();
  assert.equal(await stored(page, `${KEY}:unreadable`), corrupt);
  assert.match(await root.locator('.lr-kept').textContent(), new RegExp(`${KEY}:unreadable`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // Another version's progress joins it under the next key.
  const foreign = '{"format":99,"answers":[1,2,3]}';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, foreign]);
  await page.reload();
  await root.locator('.lr-notice').filter({ hasText: 'different version' }).waitFor();
  assert.equal(await stored(page, `${KEY}:unreadable-2`), foreign);
  // Answering and deleting one's answers leave them alone.
  await root.locator('.lr-start button.lr-primary').click();
  await answer(root, 0, 3);
  await root.getByRole('button', { name: 'Back' }).click();
  await root.getByRole('button', { name: 'Delete my answers' }).click();
  await root.getByRole('button', { name: 'Yes, delete' }).click();
  assert.equal(await stored(page, `${KEY}:unreadable`), corrupt);
  assert.equal(await stored(page, `${KEY}:unreadable-2`), foreign);
  // Downloadable, unchanged.
  const kept = root.locator('.lr-kept');
  const [download] = await Promise.all([page.waitForEvent('download'), kept.getByRole('button', { name: 'Download them' }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(file.entries, [{ key: `${KEY}:unreadable`, value: corrupt }, { key: `${KEY}:unreadable-2`, value: foreign }]);
  // Deleted only when the person confirms.
  await kept.getByRole('button', { name: 'Delete them' }).click();
  await kept.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await stored(page, `${KEY}:unreadable`), corrupt);
  await kept.getByRole('button', { name: 'Delete them' }).click();
  await kept.getByRole('button', { name: 'Yes, delete' }).click();
  await root.locator('.lr-kept').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unreadable')).length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Start over" asks like "Delete" does before replacing saved answers', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.site.url('/twins.html'));
  const root = page.locator('#first');
  await root.locator('.lr-start button.lr-primary').click();
  await answer(root, 0, 5);
  await answer(root, 1, 4);
  await page.reload();
  await root.getByRole('button', { name: 'Start over' }).click();
  const confirm = root.locator('.lr-confirm');
  await confirm.waitFor();
  assert.equal(await confirm.getAttribute('role'), 'alertdialog');
  assert.match(await confirm.textContent(), /Start over with no answers\?/);
  assert.equal(answeredIn(await stored(page)), 2, 'nothing replaced while asking');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await root.getByRole('button', { name: 'Resume' }).count(), 1);
  assert.equal(answeredIn(await stored(page)), 2);
  await root.getByRole('button', { name: 'Start over' }).click();
  await root.getByRole('button', { name: 'Yes, start over' }).click();
  await root.locator('.lr-survey').waitFor();
  assert.equal(await root.locator('fieldset.lr-item input:checked').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two widgets without data-storage keep their own progress', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.site.url('/twins.html'));
  const first = page.locator('#first');
  const second = page.locator('#second');
  await first.locator('.lr-start button.lr-primary').click();
  await answer(first, 0, 1);
  await answer(first, 1, 2);
  await second.locator('.lr-start button.lr-primary').click();
  await answer(second, 0, 5);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort((a, b) => a.length - b.length || a.localeCompare(b)));
  assert.deepEqual(keys, [KEY, `leadership-radar:v1:default-2:${q.id}`]);
  assert.equal(answeredIn(await stored(page)), 2, 'the first widget\'s answers are intact');
  await page.reload();
  await first.getByRole('button', { name: 'Resume' }).click();
  assert.equal(await first.locator('fieldset.lr-item').nth(1).locator('input[value="2"]').isChecked(), true);
  await second.getByRole('button', { name: 'Resume' }).click();
  assert.equal(await second.locator('fieldset.lr-item').first().locator('input[value="5"]').isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a change in another tab is noticed, not overwritten', async () => {
  const context = await env.browser.newContext();
  const errors = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(env.site.url('/twins.html'));
    await page.locator('#first .lr-start').waitFor();
    return page;
  };
  const a = await open();
  const b = await open();
  const ra = a.locator('#first');
  const rb = b.locator('#first');
  // A answers; B, still on its start screen, takes the saved answers in.
  await ra.locator('.lr-start button.lr-primary').click();
  await answer(ra, 0, 4);
  await rb.locator('.lr-notice').filter({ hasText: 'another tab' }).waitFor();
  await rb.getByRole('button', { name: 'Resume' }).click();
  assert.equal(await rb.locator('fieldset.lr-item').first().locator('input[value="4"]').isChecked(), true);
  // B answers more; A, in the middle of its survey, is asked instead of overwriting.
  await answer(rb, 1, 1);
  const conflict = ra.locator('.lr-conflict');
  await conflict.waitFor();
  await answer(ra, 2, 3); // A keeps answering: kept on the page, not written
  assert.equal(answeredIn(await stored(a)), 2, 'B\'s answers are not overwritten');
  await conflict.getByRole('button', { name: 'Use the other saved answers' }).click();
  await conflict.waitFor({ state: 'detached' });
  assert.equal(await ra.locator('fieldset.lr-item').nth(1).locator('input[value="1"]').isChecked(), true);
  // Keeping one's own answers is a choice too: B changes an answer, A is asked again …
  await answer(rb, 0, 2);
  await ra.locator('.lr-conflict').waitFor();
  await answer(ra, 3, 5);
  await ra.getByRole('button', { name: 'Keep the answers on this page' }).click();
  await ra.locator('.lr-conflict').waitFor({ state: 'detached' });
  // … and A's answers are stored (first answer 4, not B's 2), and B is asked in turn.
  const saved = JSON.parse(await stored(a));
  const first = canonicalIds(q).indexOf(pageIds(q)[0][0]);
  assert.deepEqual(saved.answers[first], { Value: 4 });
  assert.equal(answeredIn(await stored(a)), 3);
  await rb.locator('.lr-conflict').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
