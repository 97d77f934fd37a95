// End-to-end: the <leadership-radar> custom element, rendered in its shadow root. Same options
// (without `data-`), same validation and messages, same events as the placeholder div; elements added later mount when
// they connect; a removed element is unmounted (its app destroyed, its storage kept) and mounts
// afresh when it comes back; a move within one task keeps the running widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { newPage, questionnaire as q } from './harness.js';
import { useSite, recordPage, recorded, STRICT_CSP, BUNDLE_PATH } from './embed-site.js';

const env = useSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });

async function open() {
  const ctx = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await recordPage(ctx.page);
  await ctx.page.goto(env.site.url('/element.html'));
  await ctx.page.locator('#one .lr-start').waitFor();
  await ctx.page.locator('#bad .lr-mount-error').waitFor();
  return ctx;
}

/**
 * The number of widgets the wasm modules hold: every widget module the loader started (one
 * per language; each glue import is the loader's, the same module instance).
 */
const running = (page) => page.evaluate(async (path) => {
  let n = 0;
  for (const link of document.querySelectorAll('link[rel="modulepreload"]')) {
    if (/\/leadership-radar-[a-z]{2}\.js$/.test(new URL(link.href).pathname)) n += (await import(link.href)).running_widgets();
  }
  return n;
}, BUNDLE_PATH);

test('attributes without data-: options apply, invalid ones are listed by their own names', async () => {
  const { context, page, errors } = await open();
  const one = page.locator('#one');
  assert.equal(await one.getAttribute('data-leadership-radar-mounted'), 'ok');
  assert.equal(await one.locator('.lr-app').getAttribute('lang'), 'de');
  const problems = await page.locator('#bad .lr-mount-error li').allTextContents();
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(problems[0], /^lang="xx" is not a supported language/);
  assert.match(problems[1], /^mode="boss" is not a mode/);
  assert.match(problems[2], /^min-group="2" is too small/);
  assert.match(problems[3], /^storage="a b" is not a storage name/);
  assert.equal(await page.locator('#bad').getAttribute('data-leadership-radar-mounted'), 'error');
  // The element is a block, so the widget takes the width of its container.
  assert.equal(await one.evaluate((el) => getComputedStyle(el).display), 'block');
  // Rendered in its shadow root, themed from the page through ::part(app) (hosts/host.css).
  assert.equal(await one.evaluate((el) => !!el.shadowRoot?.querySelector('.lr-app')), true);
  assert.equal(await one.locator('.lr-start button.lr-primary').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 110, 82)');
  const r = await recorded(page);
  assert.deepEqual(r.violations, []);
  const ready = r.events.filter((e) => e.type === 'ready');
  assert.deepEqual(ready.map((e) => e.target), ['one']);
  assert.equal(ready[0].detail.questionnaire, q.id);
  assert.deepEqual(errors, []);
  await context.close();
});

test('added later: mounts on connect; removed: unmounted with storage kept; back: resumes', async () => {
  const { context, page, errors } = await open();
  assert.equal(await running(page), 1);
  await page.evaluate(() => {
    const el = document.createElement('leadership-radar');
    el.id = 'late';
    el.setAttribute('storage', 'el-late');
    document.querySelector('#slot').append(el);
  });
  const late = page.locator('#late');
  await late.locator('.lr-start').waitFor();
  assert.equal(await running(page), 2);
  await late.locator('.lr-start button.lr-primary').click();
  await late.locator('fieldset.lr-item').first().locator('label[for$="-4"]').click();
  assert.match(await late.locator(".lr-progress-text").textContent(), /\b1 of \d+ answered/);

  // A move within one task keeps the same running widget (same DOM, same state).
  // The loader decides in a microtask after the move; a later evaluate runs after it.
  await page.evaluate(() => {
    const el = document.querySelector('#late');
    window.__lrApp = el.shadowRoot.querySelector('.lr-app');
    document.querySelector('#other').append(el);
  });
  const kept = await page.evaluate(() => document.querySelector('#late').shadowRoot.querySelector('.lr-app') === window.__lrApp);
  assert.equal(kept, true, 'moving the element restarted the widget');
  assert.equal(await running(page), 2);

  // Removal destroys the app and clears the element.
  // The unmount runs in microtasks after the removal, so a later evaluate sees its end.
  await page.evaluate(() => {
    const el = document.querySelector('#late');
    el.remove();
    window.__lrDetached = el;
  });
  const detached = await page.evaluate(() => ({
    rendered: window.__lrDetached.shadowRoot.querySelectorAll('.lr-app *').length,
    mark: window.__lrDetached.getAttribute('data-leadership-radar-mounted'),
  }));
  assert.deepEqual(detached, { rendered: 0, mark: null });
  assert.equal(await running(page), 1);
  const key = `leadership-radar:v1:el-late:${q.id}`;
  assert.ok(await page.evaluate((k) => localStorage.getItem(k), key), 'saved answers were deleted');

  // Put back: a fresh widget that offers to resume, with the answer kept.
  await page.evaluate(() => document.querySelector('#slot').append(window.__lrDetached));
  await late.locator('.lr-start').waitFor();
  assert.equal(await running(page), 2);
  await late.getByRole('button', { name: 'Resume' }).click();
  const first = late.locator('fieldset.lr-item').first();
  assert.equal(await first.locator('input[value="4"]').isChecked(), true);
  // One click, one answer: no handler of the destroyed app is still listening.
  await late.locator('fieldset.lr-item').nth(1).locator('label[for$="-2"]').click();
  assert.match(await late.locator(".lr-progress-text").textContent(), /\b2 of \d+ answered/);

  // Many removals leave no widget behind: every other element is removed in the task that
  // added it (before it mounts), the others once they have mounted.
  await page.evaluate(async () => {
    const MARK = 'data-leadership-radar-mounted';
    const mounted = (el) => new Promise((resolve) => {
      if (el.hasAttribute(MARK)) return resolve();
      new MutationObserver((_, obs) => {
        if (el.hasAttribute(MARK)) { obs.disconnect(); resolve(); }
      }).observe(el, { attributes: true, attributeFilter: [MARK] });
    });
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('leadership-radar');
      el.setAttribute('storage', `churn-${i}`);
      document.body.append(el);
      if (i % 2) await mounted(el);
      el.remove();
    }
  });
  assert.equal(await running(page), 2);
  const r = await recorded(page);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in the shadow root: focus goes to the first unanswered question; axe finds nothing', async () => {
  const { context, page, errors } = await open();
  const one = page.locator('#one');
  await one.locator('.lr-start button.lr-primary').click();
  await one.locator('fieldset.lr-item').first().locator('label[for$="-3"]').click();
  await one.locator('.lr-survey button[type="submit"]').click();
  // The second question is the first unanswered one; focus lands on it, inside the shadow root.
  const focused = await page.evaluate(() => {
    const el = document.querySelector('#one');
    return { outer: document.activeElement === el, inner: el.shadowRoot.activeElement?.getAttribute('name') };
  });
  const second = await one.locator('fieldset.lr-item').nth(1).locator('input').first().getAttribute('name');
  assert.deepEqual(focused, { outer: true, inner: second });
  assert.deepEqual(errors, []);
  // (axe injects inline styles, which this page's CSP reports as errors: checked last.)
  const r = await new AxeBuilder({ page }).include('#one').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
  assert.ok(r.passes.length > 0, 'axe checked something inside the shadow root');
  await context.close();
});
