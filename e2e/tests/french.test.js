// End-to-end: French. A survey and a team view with lang="fr" under the strict CSP: the
// interface, the questionnaire and the suggestions are in French, numbers use the decimal
// comma and a narrow no-break space between thousands, no English interface string shows,
// and an English widget switches to French from its language menu without losing answers.
// Screenshots: artifacts/french-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPage, questionnaire as q, referenceScores, generatedCodes, ARTIFACTS, ROOT } from './harness.js';
import { useSite, recordPage, recorded, answerAll, STRICT_CSP } from './embed-site.js';

const env = useSite({ headers: { 'Content-Security-Policy': STRICT_CSP } });

const NNBSP = '\u202f';
/** Every French text of the suggestion rules. */
function frenchSuggestionTexts() {
  const out = [];
  const walk = (o) => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      if (typeof o.fr === 'string' && typeof o.en === 'string') out.push(o.fr);
      else Object.values(o).forEach(walk);
    }
  };
  walk(JSON.parse(readFileSync(join(ROOT, 'src', 'domain', 'suggestions.json'), 'utf8')));
  return out;
}
/** Interface strings that must not appear on a French page (English and German). */
const FOREIGN = ['Start', 'Next', 'Back', 'Your leadership profile', 'Your result code', 'Read codes', 'Weiter', 'Starten'];

async function noForeignText(root) {
  const text = await root.innerText();
  for (const w of FOREIGN) assert.ok(!new RegExp(`\\b${w}\\b`).test(text), `"${w}" on a French page`);
}

test('French survey: French texts, French numbers, French suggestions; screenshots', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1100, height: 900 } });
  await recordPage(page);
  await page.goto(env.site.url('/french.html'));
  const self = page.locator('#self');
  await self.locator('.lr-start').waitFor();
  assert.equal(await self.locator('.lr-app').getAttribute('lang'), 'fr');
  assert.ok((await self.locator('.lr-start').textContent()).includes(q.title.fr), 'French title');
  assert.equal((await self.locator('.lr-start button.lr-primary').textContent()).trim(), 'Commencer');
  await noForeignText(self);
  await page.screenshot({ path: join(ARTIFACTS, 'french-start.png'), fullPage: true });

  await self.locator('.lr-start button.lr-primary').click();
  const first = self.locator('fieldset.lr-item').first();
  const firstId = q.sections[0].questions[0];
  const item = q.items.find((i) => i.id === firstId);
  assert.ok((await first.locator('legend').textContent()).includes(item.text.fr), 'first statement in French');
  assert.ok((await first.locator('label.lr-opt').first().textContent()).includes(q.scales.find((s) => s.id === q.item_scale).labels.fr[0]), 'scale labels in French');
  await page.screenshot({ path: join(ARTIFACTS, 'french-survey.png'), fullPage: true });
  await self.locator('.lr-survey button.lr-btn').filter({ hasText: 'Retour' }).click();

  const answer = (n) => ((n * 3) % 5) + 1;
  await answerAll(self, answer);
  await self.locator('.lr-results svg.lr-radar').waitFor();
  // Scores (whole numbers) equal to the reference scoring, aspects named in French.
  const ids = q.sections.flatMap((s) => s.questions);
  const want = referenceScores(q, Object.fromEntries(ids.map((id, n) => [id, answer(n)])));
  for (const d of q.dimensions) {
    const aspect = self.locator(`.lr-aspect[data-dimension="${d.id}"]`).first();
    const shown = (await aspect.locator('[data-score]').textContent()).trim();
    assert.equal(shown, want[d.id] === null ? '–' : String(Math.round(want[d.id])), d.id);
    assert.ok((await aspect.textContent()).includes(d.name.fr), `${d.id} named in French`);
  }
  const text = await self.innerText();
  assert.doesNotMatch(text, /\d\.\d/, 'a number with a decimal point on a French page');
  await noForeignText(self);
  // Suggestions come from the French rules.
  const all = await self.locator('.lr-results').textContent();
  const shownSuggestions = frenchSuggestionTexts().filter((t) => all.includes(t));
  assert.ok(shownSuggestions.length >= 2, 'French suggestions on the results page');
  await page.screenshot({ path: join(ARTIFACTS, 'french-results.png'), fullPage: true });
  const r = await recorded(page);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('French team view: 1 000 codes counted with a narrow no-break space, figures with a decimal comma', async () => {
  const codes = generatedCodes(1000, 31);
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1100, height: 900 } });
  await recordPage(page);
  await page.goto(env.site.url('/french.html'));
  const team = page.locator('#team');
  await team.locator('section.lr-team').waitFor();
  await team.locator('section.lr-group textarea').first().fill(codes.join('\n'));
  await team.getByRole('button', { name: 'Lire les codes' }).first().click();
  await team.locator('section.lr-team-results').first().waitFor();
  assert.equal((await team.locator('.lr-usable').first().textContent()).trim(), `1${NNBSP}000 réponses utilisables`);
  const mean = (await team.locator('td.lr-mean').first().textContent()).trim();
  assert.match(mean, /^\d{1,3},\d$/);
  const ci = (await team.locator('td.lr-ci').first().textContent()).trim();
  assert.match(ci, /^\d{1,3},\d–\d{1,3},\d$/);
  await noForeignText(team);
  await page.screenshot({ path: join(ARTIFACTS, 'french-team.png'), fullPage: true });
  const r = await recorded(page);
  assert.deepEqual(r.violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language menu offers Français and switches without losing answers', async () => {
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(env.site.url('/french.html'));
  const w = page.locator('#switch');
  await w.locator('.lr-start').waitFor();
  assert.equal(await w.locator('.lr-app').getAttribute('lang'), 'en');
  await w.locator('.lr-start button.lr-primary').click();
  await w.locator('fieldset.lr-item').first().locator('label[for$="-4"]').click();
  await w.locator('.lr-lang select').selectOption('fr');
  // The French module mounts the widget again (asynchronously), with the answer.
  await w.locator('.lr-app[lang="fr"]').waitFor();
  assert.equal(await w.locator('.lr-app').getAttribute('lang'), 'fr');
  assert.equal(await w.locator('fieldset.lr-item').first().locator('input[value="4"]').isChecked(), true);
  assert.match(await w.locator('.lr-answered').textContent(), /^1 sur \d+ répondues$/);
  assert.deepEqual(errors, []);
  await context.close();
});
