// End-to-end: the widget under a strict Content-Security-Policy, embedded with the snippet
// on an intranet page and as the standalone page, both from a sub-path. A person completes
// the survey with the mouse; the page must record no CSP violation and no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPage, questionnaire as q, referenceScores, DIST, generatedCodes } from './harness.js';
import { useSite, startSite, recordPage, recorded, answerAll, STRICT_CSP, BUNDLE_PATH } from './embed-site.js';

const env = useSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });

/** Scale points for the n-th question shown, with a "can't say" and varied values. */
const answer = (n) => (n === 5 ? 0 : ((n * 3) % 5) + 1);

/** What the reference scoring gives when questions are answered in page order. */
function expectedScores() {
  const ids = q.sections.flatMap((s) => s.questions);
  const answers = Object.fromEntries(ids.map((id, n) => [id, answer(n)]));
  return referenceScores(q, answers);
}

function assertScoresMatch(scores) {
  const want = expectedScores();
  assert.deepEqual(Object.keys(scores).sort(), q.dimensions.map((d) => d.id).sort());
  for (const [id, v] of Object.entries(want)) {
    if (v === null) assert.equal(scores[id], null, id);
    else assert.ok(Math.abs(scores[id] - v) < 1e-9, `${id}: ${scores[id]} vs ${v}`);
  }
}

test('built pages have no inline script and no inline style', () => {
  for (const f of ['index.html', 'embed.html']) {
    const html = readFileSync(join(DIST, f), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length > 0, `${f} loads a script`);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs, /\bsrc=/, `${f}: a <script> without src`);
      assert.equal(body.trim(), '', `${f}: inline script code`);
    }
    assert.doesNotMatch(html, /\sstyle=/i, `${f}: inline style attribute`);
    assert.doesNotMatch(html, /<style\b/i, `${f}: <style> element`);
  }
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  // Trunk minifies index.html in release builds, so the attribute may be unquoted.
  assert.match(index, /src="?\.\/leadership-radar-embed\.js"?[ >]/, 'index.html uses the external loader, relative to itself');
});

test('snippet on a strict-CSP intranet page under a sub-path: survey to results', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await recordPage(page);
  const responses = [];
  page.on('response', (r) => responses.push([new URL(r.url()).pathname, r.status(), r.headers()['content-security-policy']]));
  await page.goto(env.site.url('/csp.html'));
  const root = page.locator('#radar');
  await root.locator('.lr-start').waitFor();
  // Everything came from the sub-path (or the host page itself), all under the CSP.
  for (const [path, status, csp] of responses) {
    assert.equal(status, 200, path);
    assert.equal(csp, STRICT_CSP, path);
    assert.ok(path.startsWith(BUNDLE_PATH) || ['/csp.html', '/host.css'].includes(path), path);
  }
  // The loader added the stylesheet exactly once although two widgets are on the page.
  assert.equal(await page.locator(`link[rel="stylesheet"][href*="radar.css"]`).count(), 1);
  await answerAll(root, answer);
  await root.locator('.lr-results svg.lr-radar').waitFor();
  const r = await recorded(page);
  assert.deepEqual(r.violations, [], 'CSP violations');
  assert.ok(r.events.some((e) => e.type === 'ready' && e.target === 'radar'), 'ready event on #radar');
  const done = r.events.filter((e) => e.type === 'completed');
  assert.equal(done.length, 1);
  assert.equal(done[0].target, 'radar');
  assert.match(done[0].detail.code, /^LR1-/);
  assertScoresMatch(done[0].detail.scores);
  assert.equal(typeof done[0].detail.index, 'number');
  // The code shown to the person is the one the host received.
  assert.ok((await root.locator('.lr-results').textContent()).includes(done[0].detail.code));
  assert.deepEqual(errors, []);
  await context.close();
});

test('standalone dist/index.html under a sub-path with the same CSP', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1024, height: 900 } });
  await recordPage(page);
  await page.goto(env.site.url('/apps/radar/'));
  await answerAll(page.locator('[data-leadership-radar]'), answer);
  const cells = page.locator('.lr-aspect[data-dimension] [data-score]');
  assert.ok(await cells.count() >= q.dimensions.length);
  const want = expectedScores();
  for (const d of q.dimensions) {
    const shown = (await page.locator(`.lr-aspect[data-dimension="${d.id}"] [data-score]`).textContent()).trim();
    assert.equal(shown, want[d.id] === null ? '–' : String(Math.round(want[d.id])), d.id);
  }
  const r = await recorded(page);
  assert.deepEqual(r.violations, [], 'CSP violations');
  assert.equal(r.events.filter((e) => e.type === 'completed').length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('team view (data-mode="team") under the strict CSP: codes read, results and a comparison', async () => {
  const teamA = generatedCodes(6, 11);
  const teamB = generatedCodes(7, 12);
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await recordPage(page);
  await page.goto(env.site.url('/csp.html'));
  const team = page.locator('#team .lr-app');
  await team.locator('section.lr-team').waitFor();
  const groups = team.locator('section.lr-group');
  await groups.nth(0).locator('textarea').fill(teamA.join('\n'));
  await groups.nth(0).getByRole('button', { name: 'Read codes' }).click();
  await team.locator('section.lr-team-results').first().waitFor();
  await team.getByRole('button', { name: 'Add a group to compare' }).click();
  await groups.nth(1).locator('textarea').fill(teamB.join(', '));
  await groups.nth(1).getByRole('button', { name: 'Read codes' }).click();
  await team.locator('section.lr-comparisons table.lr-compare-table').waitFor();
  assert.equal(await team.locator('section.lr-team-results').count(), 2);
  assert.equal(await team.locator('.lr-compare-table tbody tr').count(), q.dimensions.length);
  const r = await recorded(page);
  assert.deepEqual(r.violations, [], 'CSP violations');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a CSP without wasm-unsafe-eval: a visible explanation in place, not a blank box', async () => {
  const weak = await startSite({ headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" } });
  const { context, page, errors } = await newPage(env.browser);
  await recordPage(page);
  await page.goto(weak.url('/csp.html'));
  const box = page.locator('#radar .lr-mount-error');
  await box.waitFor();
  assert.equal(await box.getAttribute('role'), 'alert');
  assert.match(await box.textContent(), /could not start\..*'wasm-unsafe-eval'/s);
  assert.equal(await page.locator('#team .lr-mount-error').count(), 1);
  assert.ok((await recorded(page)).violations.some((v) => v.startsWith('script-src')), 'the browser reported the blocked compile');
  assert.ok(errors.some((e) => e.startsWith('Leadership Radar could not start')), errors.join('\n'));
  await context.close();
  await weak.close();
});
