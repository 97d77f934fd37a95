// End-to-end: embedding with the snippet. Several widgets on one page keep their own state,
// storage and theme; invalid options and questionnaires show precise messages in place; a custom
// questionnaire from inline JSON works; host events fire; widgets added later mount on
// demand; the iframe path resizes its iframe and reports completion to the host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { newPage, questionnaire as q, referenceScores, ARTIFACTS, ROOT } from './harness.js';
import { useSite, startSite, recordPage, recorded, answerAll, STRICT_CSP, BUNDLE_PATH } from './embed-site.js';

const env = useSite();

/** Opens multi.html and waits until every placeholder was handled. */
async function openMulti() {
  const ctx = await newPage(env.browser, { viewport: { width: 1400, height: 1000 } });
  const warnings = [];
  ctx.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await recordPage(ctx.page);
  await ctx.page.goto(env.site.url('/multi.html'));
  await ctx.page.waitForFunction(() => document.querySelectorAll('[data-leadership-radar]:not([data-leadership-radar-mounted])').length === 0);
  return { ...ctx, warnings };
}

const problems = (page, id) => page.locator(`#${id} .lr-mount-error li`).allTextContents();

test('two widgets on one page answer, store and complete independently', async () => {
  const { context, page, errors } = await openMulti();
  const alpha = page.locator('#alpha');
  const beta = page.locator('#beta');
  await alpha.locator('.lr-start').waitFor();
  await beta.locator('.lr-start').waitFor();
  // Each has its own language and DOM ids; no id occurs twice on the page.
  assert.equal(await alpha.locator('.lr-app').getAttribute('lang'), 'en');
  assert.equal(await beta.locator('.lr-app').getAttribute('lang'), 'de');
  const dupes = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
    return [...seen].filter(([, n]) => n > 1);
  });
  assert.deepEqual(dupes, []);

  // The host themed beta only (hosts/host.css: #beta .lr-app { --lr-accent: #006e52 }).
  const accent = (root) => root.locator('.lr-start button.lr-primary').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(await accent(beta), 'rgb(0, 110, 82)');
  assert.equal(await accent(alpha), 'rgb(31, 95, 191)');

  await alpha.locator('.lr-start button.lr-primary').click();
  await beta.locator('.lr-start button.lr-primary').click();
  await alpha.locator('fieldset.lr-item').first().locator('label[for$="-1"]').click();
  await beta.locator('fieldset.lr-item').first().locator('label[for$="-5"]').click();
  assert.equal(await alpha.locator('fieldset.lr-item').first().locator('input[value="1"]').isChecked(), true);
  assert.equal(await alpha.locator('fieldset.lr-item').first().locator('input[value="5"]').isChecked(), false);
  assert.equal(await beta.locator('fieldset.lr-item').first().locator('input[value="5"]').isChecked(), true);
  assert.equal(await beta.locator('fieldset.lr-item').first().locator('input[value="1"]').isChecked(), false);
  // Separate storage namespaces.
  const stored = await page.evaluate((qid) => ({
    alpha: JSON.parse(localStorage.getItem(`leadership-radar:v1:alpha:${qid}`)),
    beta: JSON.parse(localStorage.getItem(`leadership-radar:v1:beta:${qid}`)),
  }), q.id);
  assert.ok(stored.alpha && stored.beta, 'both widgets saved');
  assert.notDeepEqual(stored.alpha, stored.beta);

  // Completing alpha fires one completed event, on alpha; beta stays on its survey page.
  await alpha.locator('.lr-survey button.lr-btn').filter({ hasText: 'Back' }).click();
  await answerAll(alpha, () => 3);
  await beta.locator('.lr-survey').waitFor();
  const r = await recorded(page);
  const ready = r.events.filter((e) => e.type === 'ready').map((e) => e.target).sort();
  assert.deepEqual(ready, ['alpha', 'beta', 'custom']);
  const widget = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
  assert.deepEqual(r.events.find((e) => e.target === 'alpha').detail, { questionnaire: q.id, version: q.version, widget });
  const done = r.events.filter((e) => e.type === 'completed');
  assert.equal(done.length, 1);
  assert.equal(done[0].target, 'alpha');
  assert.match(done[0].detail.code, /^LR1-/);
  // Every item answered 3: every dimension scores 50.
  assert.deepEqual(done[0].detail.scores, Object.fromEntries(q.dimensions.map((d) => [d.id, 50])));
  assert.equal(done[0].detail.conditions, 50);
  // Spread: who leads 50, 3 of 7 teammates (answerAll's counts), own leadership 50.
  assert.ok(Math.abs(done[0].detail.spread - (50 + (100 * 3) / 7 + 50) / 3) < 1e-9, `spread ${done[0].detail.spread}`);
  assert.equal(done[0].detail.index, done[0].detail.conditions, 'index is an alias of conditions');
  assert.deepEqual(errors, []);
  await context.close();
});

test('mount_all() is idempotent and mounts placeholders added later', async () => {
  const { context, page, errors } = await openMulti();
  const before = await page.locator('.lr-app').count();
  assert.equal(await page.evaluate(() => window.LeadershipRadar.mountAll()), 0);
  const viaImport = await page.evaluate(async (src) => (await import(src)).mountAll(), `${BUNDLE_PATH}leadership-radar-embed.js`);
  assert.equal(viaImport, 0);
  assert.equal(await page.locator('.lr-app').count(), before);
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'later';
    el.setAttribute('data-leadership-radar', '');
    el.setAttribute('data-storage', 'later');
    el.textContent = 'Loading…';
    document.body.append(el);
  });
  assert.equal(await page.evaluate(() => window.LeadershipRadar.mountAll()), 1);
  await page.locator('#later .lr-start').waitFor();
  assert.equal(await page.locator('#later').getAttribute('data-leadership-radar-mounted'), 'ok');
  assert.doesNotMatch(await page.locator('#later').textContent(), /Loading…/);
  assert.equal(await page.locator('.lr-app').count(), before + 1);
  const r = await recorded(page);
  assert.ok(r.events.some((e) => e.type === 'ready' && e.target === 'later'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid options show precise messages in place and warn on the console', async () => {
  const { context, page, errors, warnings } = await openMulti();
  assert.equal(await page.locator('#small').getAttribute('data-leadership-radar-mounted'), 'error');
  const box = page.locator('#small .lr-mount-error');
  assert.equal(await box.isVisible(), true);
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.ok((await box.boundingBox()).height > 40, 'not a blank box');
  assert.match(await box.textContent(), /Leadership Radar could not start/);
  const small = await problems(page, 'small');
  assert.equal(small.length, 1);
  assert.match(small[0], /^data-min-group="2" is too small: team figures need at least 3 people/);

  const many = await problems(page, 'many');
  assert.equal(many.length, 3, many.join('\n'));
  assert.match(many[0], /^data-lang="es" is not a supported language; use one of: en, de, fr\./);
  assert.match(many[1], /^data-mode="boss" is not a mode; use "self" .* or "team"/);
  assert.match(many[2], /^data-storage="my answers" is not a storage name \(it contains a space\)/);

  assert.match((await problems(page, 'missing'))[0], /^data-questionnaire="no-such-id": there is no element with this id/);
  assert.match((await problems(page, 'not-json'))[0], /^data-questionnaire="alpha": element #alpha is a <div>/);
  // A language the custom questionnaire does not offer: the German module (the one the
  // widget asks for) words the problem, in German.
  assert.match((await problems(page, 'custom-de'))[0], /^data-lang="de" wird von diesem Fragebogen nicht angeboten; er hat: en\./);
  assert.ok(warnings.some((w) => w.startsWith('Leadership Radar konnte auf #custom-de nicht starten:')), 'console warning for #custom-de');

  for (const id of ['small', 'many', 'missing', 'not-json', 'broken']) {
    assert.ok(warnings.some((w) => w.startsWith(`Leadership Radar could not start on #${id}:`)), `console warning for #${id}`);
  }
  assert.ok(warnings.some((w) => w.includes('data-min-group="2" is too small')));
  await page.screenshot({ path: join(ARTIFACTS, 'embed-multi.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a custom questionnaire from inline JSON runs; a broken one lists every problem', async () => {
  const { context, page, errors } = await openMulti();
  const custom = page.locator('#custom');
  await custom.locator('.lr-start').waitFor();
  assert.equal((await custom.locator('.lr-start .lr-h').textContent()).trim(), 'Our own team check');
  assert.equal(await custom.locator('.lr-lang select option').count(), 1, 'English only');
  await custom.locator('.lr-start button.lr-primary').click();
  assert.match(await custom.locator('fieldset.lr-item legend').first().textContent(), /anyone may propose where we go next/);

  const broken = await problems(page, 'broken');
  assert.ok(broken.length >= 3, broken.join('\n'));
  for (const path of ['$.id', '$.scales[0].points', '$.items[0].dimension']) {
    assert.ok(broken.some((p) => p.startsWith(`questionnaire #broken-q: ${path}:`)), `${path} in\n${broken.join('\n')}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('iframe: the host helper sizes the iframe and receives completion from a named parent only', async () => {
  // The widget on its own origin, framed by a host page on another origin; both strict.
  const widget = await startSite({
    headers: {
      'Content-Security-Policy': `${STRICT_CSP}; frame-ancestors 'self' http://127.0.0.1:*`,
      // For the sandboxed frame, whose opaque origin makes the bundle's files cross-origin.
      'Access-Control-Allow-Origin': '*',
    },
  });
  const hostCsp = `default-src 'self'; script-src 'self' ${widget.origin}; frame-src ${widget.origin}; style-src 'self'; img-src 'self' data:`;
  const host = await startSite({ headers: { 'Content-Security-Policy': hostCsp }, replacements: { __WIDGET_ORIGIN__: widget.origin } });
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1000, height: 900 } });
  await recordPage(page);
  await page.goto(host.url('/frame-host.html'));
  const named = page.locator('#named');
  // The helper set src from data-src with this page's origin as parent.
  await page.waitForFunction(() => document.querySelector('#named').getAttribute('src'));
  const src = new URL(await named.getAttribute('src'));
  assert.equal(src.searchParams.get('parent'), host.origin);
  assert.equal(src.searchParams.get('storage'), 'frame');

  const inner = page.frameLocator('#named');
  await inner.locator('.lr-start').waitFor();
  const innerHeight = async (sel) => page.frameLocator(sel).locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  const frameHeight = (sel) => page.locator(sel).evaluate((f) => f.getBoundingClientRect().height);
  /** Waits until the iframe is as tall as its document (plus its 1px borders). */
  async function fitsContent(sel) {
    let last;
    for (let i = 0; i < 100; i++) {
      last = [await frameHeight(sel), (await innerHeight(sel)) + 2];
      if (Math.abs(last[0] - last[1]) <= 1) return;
      await page.waitForTimeout(100);
    }
    assert.fail(`${sel} is ${last[0]}px tall, its content needs ${last[1]}px`);
  }
  // Resized to its content …
  await fitsContent('#named');
  const startHeight = await frameHeight('#named');
  // … and again when the content changes (start → survey).
  await inner.locator('.lr-start button.lr-primary').click();
  await inner.locator('.lr-survey').waitFor();
  await fitsContent('#named');
  assert.notEqual(await frameHeight('#named'), startHeight);
  await inner.locator('.lr-survey button.lr-btn').filter({ hasText: 'Back' }).click();

  // The frame without ?parent= is resized too (German via its URL) …
  await page.frameLocator('#unnamed').locator('.lr-start').waitFor();
  assert.equal(await page.frameLocator('#unnamed').locator('.lr-app').getAttribute('lang'), 'de');
  await page.waitForFunction(() => document.querySelector('#unnamed').style.height !== '');
  // … while messages from the frame whose origin is not on its allow-list are ignored.
  await page.frameLocator('#untrusted').locator('.lr-start').waitFor();
  // Its resize message has arrived (this page's listener and the helper's run in the
  // same dispatch), so the helper has already decided about it.
  await page.waitForFunction(() => window.__lr.frames.some((m) => m.frame === 'untrusted' && m.type === 'resize'));
  assert.equal(await page.locator('#untrusted').evaluate((f) => f.style.height), '');
  assert.equal(Math.round(await frameHeight('#untrusted')), 152, 'default iframe height');

  // A sandbox without allow-same-origin: the widget runs, says it cannot save, and its
  // messages (origin "null") are ignored.
  const sandboxed = page.frameLocator('#sandboxed');
  await sandboxed.locator('.lr-start .lr-notice').filter({ hasText: 'does not allow saving' }).waitFor();
  // (The loader also measures on load and on ready, because browsers pause
  // ResizeObserver in cross-origin frames that are out of view.)
  try {
    await page.waitForFunction(() => window.__lr.messages.some((m) => m.origin === 'null' && m.type === 'resize'), null, { timeout: 10000 });
  } catch {
    const r = await recorded(page);
    assert.fail(`no resize message from the sandboxed frame: ${JSON.stringify(r.messages)}`);
  }
  assert.equal(await page.locator('#sandboxed').evaluate((f) => f.style.height), '');

  // A completion inside the frame without ?parent= is not posted at all; one inside the
  // untrusted frame is posted to this page but dropped by the helper.
  for (const id of ['unnamed', 'untrusted']) {
    const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
    await frame.evaluate(() => document.querySelector('[data-leadership-radar]').dispatchEvent(
      new CustomEvent('leadership-radar:completed', { bubbles: true, detail: { code: 'LR1-SYNTHETIC' } }),
    ));
  }
  await page.waitForFunction(() => window.__lr.messages.some((m) => m.type === 'completed'));
  const early = await recorded(page);
  assert.deepEqual(early.messages.filter((m) => m.type === 'completed'), [{ origin: widget.origin, type: 'completed' }]);
  assert.deepEqual(early.events, []);

  // Completing the survey in the named frame reaches the host as an event on the iframe.
  await answerAll(inner, () => 2);
  await page.waitForFunction(() => window.__lr.events.some((e) => e.type === 'completed'));
  const r = await recorded(page);
  const done = r.events.filter((e) => e.type === 'completed');
  assert.equal(done.length, 1);
  assert.equal(done[0].target, 'named');
  assert.match(done[0].detail.code, /^LR1-/);
  const all2 = Object.fromEntries(q.items.map((it) => [it.id, 2]));
  assert.deepEqual(done[0].detail.scores, referenceScores(q, all2));
  assert.deepEqual(r.violations, [], 'CSP violations on the host page');
  assert.deepEqual(errors, []);
  await context.close();
  await host.close();
  await widget.close();
});
