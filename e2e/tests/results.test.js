// End-to-end: results people act on. The personal results in next-step-first order,
// phone-first layout (320 px: no sideways scroll, labels ≥ 11 px, the code within four
// screens; 360×800: the first question on the first screen, compact answer rows),
// straight-lining handling, the facilitator's summary and discussion guide, every
// instrument fact from the questionnaire (a custom 3-aspect, 7-point questionnaire
// without "can't say"), German number formats and plurals, focus and notice styles,
// embedding options. At 320 and 1280 px, light and dark, English and German, axe 0;
// screenshots in artifacts/.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import {
  useServer, newPage, questionnaire as q, pageIds, canonicalIds, countIds, countAnswer, generatedCodes, ARTIFACTS,
} from './harness.js';

const env = useServer();
let codes;
before(() => { codes = generatedCodes(12, 7); });

const ids = canonicalIds(q);
const pos = (id) => ids.indexOf(id);
const counts = new Set(countIds(q));

async function axe(page, label) {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

/** Horizontal overflow of the page: 0 means no sideways scrolling. */
const sideways = (page) => page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);

/** Switches the widget to `lang` and waits for the widget of that language's module. */
async function chooseLanguage(page, lang) {
  await page.locator('select').selectOption(lang);
  await page.locator(`.lr-app[lang="${lang}"] .lr-start`).waitFor();
}

/** Answers every question: value(pageIndex, k) -> 1..5. */
async function answerAll(page, value) {
  await page.locator('.lr-start button.lr-primary').click();
  for (let i = 0; i < q.sections.length; i++) {
    await page.locator('.lr-survey').waitFor();
    for (const [k, id] of pageIds(q)[i].entries()) {
      if (counts.has(id)) {
        // A count question (how many people …): a number, as a person types it.
        await page.locator(`[id="lr0-q${pos(id)}-n"]`).fill(String(countAnswer(q, id, value(i, k))));
      } else {
        await page.locator(`#lr0-q${pos(id)}-${value(i, k)}`).check({ force: true });
      }
    }
    await page.locator('button[type="submit"]').click();
  }
  await page.locator('.lr-results').waitFor();
}

const varied = (i, k) => ((k * 3 + i) % 5) + 1;
/** Every favourable statement agreed with, only the team lead leads: the headline pattern
 * "good conditions, but one person leads" appears with the figures. */
const keyedHigh = Object.fromEntries(q.items.map((it) => [it.id, it.reverse ? 1 : 5]));
const oneLeads = (i, k) => keyedHigh[pageIds(q)[i][k]] ?? 1;

/** Top of an element in page coordinates. */
const topOf = (page, sel) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().top + window.scrollY);

test('personal results: headline, next step, chart, code, details — at 320 and 1280, light and dark, en and de', async () => {
  // The varied answers raise the answer-quality notice (an agreed contradiction); the
  // last run adds a headline pattern: the code must still start within four phone screens.
  const runs = [
    [320, 'light', 'en', varied], [1280, 'light', 'en', varied], [320, 'dark', 'de', varied], [1280, 'dark', 'de', varied],
    [320, 'light', 'de', oneLeads],
  ];
  for (const [width, scheme, lang, plan] of runs) {
    const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 640 }, colorScheme: scheme });
    await page.goto(env.server.url);
    if (lang === 'de') await chooseLanguage(page, 'de');
    await answerAll(page, plan);
    if (plan === varied) assert.equal(await page.locator('.lr-quality').count(), 1, 'the answer-quality notice is shown');
    // Order on the page.
    const order = [];
    for (const sel of ['.lr-headlines', '.lr-next', '.lr-figure', '.lr-code-box', '.lr-details', '.lr-wholeads']) {
      order.push(await topOf(page, sel));
    }
    assert.deepEqual([...order].sort((a, b) => a - b), order, `order at ${width}`);
    // Headline: a whole number, "of 100", a level word and a sentence of meaning.
    const head = page.locator('.lr-headline[data-headline="conditions"]');
    assert.match(await head.locator('.lr-index-value').textContent(), /^\d{1,3}$/);
    assert.match(await head.locator('.lr-chip').textContent(), lang === 'en' ? /^(Low|Middle|High)$/ : /^(Niedrig|Mittel|Hoch)$/);
    assert.ok((await head.locator('.lr-headline-meaning').textContent()).length > 40);
    // Next step: one or two aspects, each with an action the reader can take.
    const steps = page.locator('.lr-step');
    const n = await steps.count();
    assert.ok(n >= 1 && n <= 2, `${n} steps`);
    for (let i = 0; i < n; i++) {
      assert.equal(await steps.nth(i).locator('.lr-action').first().getAttribute('data-who'), 'you');
    }
    // Details: collapsed, lowest first, whole numbers.
    const aspects = page.locator('.lr-aspects:not(.lr-patterns) > details.lr-aspect');
    assert.equal(await aspects.count(), q.dimensions.length);
    const scores = await aspects.evaluateAll((els) => els.map((e) => Number(e.querySelector('[data-score]').dataset.score)));
    assert.deepEqual([...scores].sort((a, b) => a - b), scores, 'lowest first');
    assert.equal(await page.locator('.lr-aspects > details[open]').count(), 0, 'collapsed');
    const shown = await aspects.evaluateAll((els) => els.map((e) => e.querySelector('[data-score]').textContent.trim()));
    shown.forEach((s, i) => assert.equal(s, String(Math.round(scores[i])), 'whole numbers'));
    // What/Why/How shortened to one sentence each.
    const wwh = await page.locator('.lr-wwh dd').allTextContents();
    assert.equal(wwh.length, 3 * q.dimensions.length);
    for (const t of wwh) assert.doesNotMatch(t.trim(), /[.!?]\s+\p{Lu}/u, `one sentence: ${t}`);
    // The range band stays: in the radar on wide screens, in the bar list on phones.
    const band = width === 320 ? '.lr-radar-bars .lr-rb-band' : 'svg.lr-radar .lr-band';
    assert.ok(await page.locator(band).count() >= 1, `range band ${band}`);
    // (Varied answers spread within aspects; agreeing fully everywhere leaves no width.)
    if (plan === varied) assert.ok(await page.locator(band).first().isVisible(), 'range band visible');
    // Own actions first inside each aspect.
    const whoOrder = await aspects.first().locator('.lr-action').evaluateAll((els) => els.map((e) => e.dataset.who));
    assert.equal(whoOrder[0], 'you');
    const rank = { you: 0, team: 1, leader: 2 };
    assert.deepEqual([...whoOrder].sort((a, b) => rank[a] - rank[b]), whoOrder);
    if (plan === oneLeads) {
      // The headline pattern: title and meaning shown, its tagged actions one click away.
      const pattern = page.locator('.lr-headline-pattern[data-pattern="good_conditions_one_leads"]');
      assert.equal(await pattern.count(), 1);
      assert.ok(await pattern.locator('.lr-headline-pattern-title').isVisible());
      const more = pattern.locator('details.lr-pattern-actions');
      assert.equal(await more.getAttribute('open'), null, 'pattern actions collapsed');
      const who = await more.locator('.lr-action').evaluateAll((els) => els.map((e) => e.dataset.who));
      assert.ok(who.length >= 2 && who[0] === 'you', `pattern actions ${who}`);
      const rank = { you: 0, team: 1, leader: 2 };
      assert.deepEqual([...who].sort((a, b) => rank[a] - rank[b]), who, 'own actions first');
      await more.locator('summary').click();
      assert.ok(await more.locator('.lr-action').first().isVisible());
      await more.locator('summary').click();
    }
    // "Go to my result code" moves focus to the code.
    await page.locator('.lr-share-step button').click();
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('lr-code-box')), true);
    if (width === 320) {
      assert.equal(await sideways(page), 0, 'no sideways scroll on results');
      const codeTop = await topOf(page, '.lr-code-box');
      console.log(`result code at ${Math.round(codeTop)} px (320×640, ${lang}, ${plan === varied ? 'notice' : 'pattern'})`);
      assert.ok(codeTop < 4 * 640, `code starts at ${codeTop}px, beyond four 640 px screens`);
      // The radar gives way to a labelled bar list with readable labels.
      assert.equal(await page.locator('svg.lr-radar').first().isVisible(), false);
      const sizes = await page.locator('.lr-radar-bars').first().evaluate((el) => [...el.querySelectorAll('*')]
        .filter((e) => e.childNodes.length && [...e.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()))
        .map((e) => parseFloat(getComputedStyle(e).fontSize)));
      assert.ok(sizes.length >= q.dimensions.length && Math.min(...sizes) >= 11, `bar list font sizes ${sizes}`);
    } else {
      const rendered = await page.locator('svg.lr-radar .lr-axis-label').evaluateAll((els) => els.map((t) => {
        const m = t.getScreenCTM();
        return parseFloat(getComputedStyle(t).fontSize) * m.a;
      }));
      assert.ok(Math.min(...rendered) >= 11, `radar labels render at ${rendered}`);
    }
    await aspects.first().locator('summary').click();
    await axe(page, `results @${width} ${scheme} ${lang}`);
    const shot = plan === varied ? `results-next-${width}-${scheme}-${lang}.png` : `results-pattern-${width}-${scheme}-${lang}.png`;
    await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('radar labels stay at the chart and readable from 480 px containers; host dir=rtl does not flip the widget', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 600, height: 900 } });
  await page.goto(env.server.url);
  await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
  await answerAll(page, varied);
  assert.equal(await page.locator('.lr-app').getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('.lr-app').getAttribute('lang'), 'en');
  const svg = await page.locator('svg.lr-radar').boundingBox();
  const labels = await page.locator('svg.lr-radar .lr-axis-label').evaluateAll((els) => els.map((t) => {
    const r = t.getBoundingClientRect();
    const m = t.getScreenCTM();
    return { x: r.x, right: r.right, size: parseFloat(getComputedStyle(t).fontSize) * m.a };
  }));
  for (const l of labels) {
    assert.ok(l.x >= svg.x - 1 && l.right <= svg.x + svg.width + 1, `label inside the chart: ${JSON.stringify(l)}`);
    assert.ok(l.size >= 11, `label size ${l.size}`);
  }
  // Left half labels end left of the centre, right half start right of it (anchors hold).
  const cx = svg.x + svg.width / 2;
  assert.ok(labels.filter((l) => l.right < cx).length >= 3 && labels.filter((l) => l.x > cx).length >= 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test('phones: first question on the first 360×800 screen, compact rows ≤ 160 px with 24 px targets, no sideways scroll', async () => {
  for (const width of [320, 360]) {
    const { context, page, errors } = await newPage(env.browser, {
      viewport: { width, height: width === 360 ? 800 : 640 }, hasTouch: true, isMobile: true,
    });
    await page.goto(env.server.url);
    await page.locator('.lr-start').waitFor();
    assert.equal(await sideways(page), 0, `start @${width}`);
    await page.locator('.lr-start button.lr-primary').click();
    await page.locator('.lr-survey').waitFor();
    assert.equal(await page.locator('.lr-hint').isVisible(), false, 'no keyboard tip on touch screens');
    if (width === 360) {
      const first = await page.locator('fieldset.lr-item').first().boundingBox();
      assert.ok(first.y + first.height <= 800, `first question ends at ${first.y + first.height}`);
    }
    const heights = await page.locator('fieldset.lr-item').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    assert.ok(Math.max(...heights) <= 160, `question heights ${heights}`);
    const targets = await page.locator('fieldset.lr-item').first().locator('label.lr-opt').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return [r.width, r.height];
    }));
    for (const [w, h] of targets) assert.ok(w >= 24 && h >= 24, `target ${w}×${h}`);
    assert.equal(await page.locator('fieldset.lr-item input[type="radio"]').first().isVisible(), true, 'native radios');
    assert.equal(await sideways(page), 0, `survey @${width}`);
    await axe(page, `survey phone @${width}`);
    if (width === 360) await page.screenshot({ path: join(ARTIFACTS, 'survey-phone-360.png') });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('straight-lining: the notice offers a review, the profile is muted; 90 % the same is flagged too — 1280 light en, 320 dark de', async () => {
  const words = {
    en: { same: /same answer to every statement/, nearly: /nearly every statement/, muted: /shown muted/, review: 'Review my answers', section: /Section 1 of/ },
    de: { same: /jede Aussage gleich beantwortet/, nearly: /fast jede Aussage gleich/, muted: /abgeschwächt dargestellt/, review: 'Meine Antworten prüfen', section: /Abschnitt 1 von/ },
  };
  for (const [width, scheme, lang] of [[1280, 'light', 'en'], [320, 'dark', 'de']]) {
    const w = words[lang];
    const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(env.server.url);
    if (lang === 'de') await chooseLanguage(page, 'de');
    await answerAll(page, () => 4);
    const notice = page.locator('.lr-quality');
    assert.match(await notice.textContent(), w.same);
    assert.match(await notice.textContent(), w.muted);
    assert.equal(await page.locator('.lr-results.lr-careless').count(), 1);
    // Muted: the chart is drawn in grey and faded.
    const chart = width === 320 ? '.lr-rb-svg' : 'svg.lr-radar';
    const look = await page.locator(chart).first().evaluate((e) => [getComputedStyle(e).filter, Number(getComputedStyle(e).opacity)]);
    assert.match(look[0], /grayscale\(1\)/);
    assert.ok(look[1] < 1, `opacity ${look[1]}`);
    if (width === 320) assert.equal(await sideways(page), 0, 'no sideways scroll with the notice');
    await axe(page, `muted results @${width} ${scheme} ${lang}`);
    await page.screenshot({ path: join(ARTIFACTS, `results-muted-${width}-${scheme}-${lang}.png`), fullPage: true });
    // Review: back to the first page, answers kept, focus on the survey (not lost to <body>).
    await notice.getByRole('button', { name: w.review }).click();
    await page.locator('.lr-survey').waitFor();
    assert.match(await page.locator('.lr-progress-text').textContent(), w.section);
    for (const id of pageIds(q)[0]) assert.equal(await page.locator(`#lr0-q${pos(id)}-4`).isChecked(), true);
    assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('.lr-survey'))), true, 'focus moves to the survey');
    assert.deepEqual(errors, []);
    await context.close();

    // Nearly the same: every item 4 except three of 32 (90.6 % the same).
    const other = await newPage(env.browser, { viewport: { width, height: 900 }, colorScheme: scheme });
    const itemIds = new Set(q.items.map((i) => i.id));
    let changed = 0;
    const plan = pageIds(q).map((ids) => ids.map((id) => {
      if (itemIds.has(id) && changed < 3) { changed += 1; return 2; }
      return 4;
    }));
    await other.page.goto(env.server.url);
    if (lang === 'de') await chooseLanguage(other.page, 'de');
    await answerAll(other.page, (i, k) => plan[i][k]);
    assert.match(await other.page.locator('.lr-quality').textContent(), w.nearly);
    assert.equal(await other.page.locator('.lr-results.lr-careless').count(), 1);
    await axe(other.page, `nearly the same @${width} ${scheme} ${lang}`);
    assert.deepEqual(other.errors, []);
    await other.context.close();
  }
});

async function openTeam(page, groups, lang = 'en') {
  await page.goto(env.server.url);
  if (lang !== 'en') await chooseLanguage(page, lang);
  await page.locator('.lr-team-entry button').click();
  for (const [i, text] of groups.entries()) {
    if (i > 0) await page.locator('.lr-team > .lr-actions button').first().click();
    const g = page.locator('.lr-group').nth(i);
    await g.locator('textarea').fill(text);
    await g.locator('button.lr-primary').click();
    await g.locator('.lr-read').waitFor();
  }
}

test('team results: summary, discussion guide, statistics in Details; the guide prints on its own', async () => {
  for (const [width, scheme, lang] of [[320, 'light', 'en'], [1280, 'dark', 'de']]) {
    const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 800 }, colorScheme: scheme });
    await openTeam(page, [codes.join('\n')], lang);
    const res = page.locator('.lr-team-results').first();
    await res.waitFor();
    // Focus stays on "Read codes" after reading.
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('lr-primary')), true);
    // Order: summary, guide, chart; statistics collapsed.
    const tops = [];
    for (const sel of ['.lr-team-summary', '.lr-guide', '.lr-figure', '.lr-team-details']) {
      tops.push(await res.locator(sel).evaluate((e) => e.getBoundingClientRect().top));
    }
    assert.deepEqual([...tops].sort((a, b) => a - b), tops);
    assert.equal(await res.locator('.lr-team-details').getAttribute('open'), null);
    const rows = res.locator('.lr-ts-list li');
    assert.equal(await rows.count(), q.dimensions.length);
    const first = await rows.first().textContent();
    // The agreement in words: a level, or (issue 11's rule) that the answers spread widely.
    assert.match(first, lang === 'en' ? /(Low|Middle|High).*(agreement|computable|answers spread widely \(AD above)/ : /(Niedrig|Mittel|Hoch).*(Übereinstimmung|berechenbar|Antworten weit gestreut \(AD über)/);
    // The guide: two lowest aspects and the widest disagreement, questions, a five-step
    // 45-minute agenda, one experiment, when to re-measure.
    const guide = res.locator('.lr-guide');
    assert.equal(await guide.locator('.lr-guide-topics li').count(), 3);
    assert.equal(await guide.locator('.lr-guide-disagree').count(), 1);
    assert.ok(await guide.locator('.lr-guide-questions li').count() >= 3);
    const agenda = await guide.locator('.lr-agenda li').allTextContents();
    assert.equal(agenda.length, 5);
    const minutes = agenda.map((a) => Number(a.match(/^(\d+) min/i)?.[1] ?? a.match(/^(\d+) Min/)?.[1]));
    assert.equal(minutes.reduce((a, b) => a + b, 0), 45);
    assert.equal(await guide.locator('.lr-experiment').count(), 1);
    // α below 0 reads "not reliable", with why.
    const alphas = await res.locator('td.lr-alpha').allTextContents();
    const unreliable = alphas.filter((a) => /not reliable|nicht verlässlich/.test(a)).length;
    assert.ok(alphas.every((a) => !/^\s*[−-]/.test(a)), `no raw negative α: ${alphas}`);
    // These twelve generated codes (seed 7, questionnaire 2.0.0) give α below 0 on one aspect.
    assert.equal(unreliable, 1, `α cells: ${alphas}`);
    assert.equal(await res.locator('.lr-alpha-note').count(), 1);
    // Readable who-leads headers.
    const heads = await res.locator('.lr-who-table thead th').allTextContents();
    // The scale's own labels (questionnaire 2.0.0 names the formal leader "the team lead").
    assert.ok(heads.some((h) => /team lead|Teamleitung/.test(h)), heads.join('|'));
    assert.ok(!heads.includes('?') && !heads.includes('0–100'));
    if (width === 320) assert.equal(await sideways(page), 0, 'no sideways scroll in team results');
    if (lang === 'de') {
      const mean = await res.locator('td.lr-mean').first().textContent();
      assert.match(mean, /^\d+,\d$/, `German decimal comma: ${mean}`);
      assert.match(await page.locator('.lr-usable').first().textContent(), /^12 verwendbare Antworten$/);
    }
    await res.locator('.lr-team-details > summary').click();
    await axe(page, `team results @${width} ${scheme} ${lang}`);
    await page.screenshot({ path: join(ARTIFACTS, `team-results-${width}-${scheme}-${lang}.png`), fullPage: true });
    await guide.screenshot({ path: join(ARTIFACTS, `team-guide-${width}-${scheme}-${lang}.png`) });
    // Printing the guide shows only the guide (window.print is observed, not opened).
    await page.evaluate(() => {
      window.print = () => {
        window.__printed = [...document.querySelectorAll('.lr-app *')]
          .filter((e) => e.matches('[data-lr-print="guide"] [data-lr-printing] .lr-guide, [data-lr-print="guide"] [data-lr-printing] .lr-guide *')).length;
        window.__rootClass = document.querySelector('.lr-app').getAttribute('data-lr-print');
      };
    });
    await guide.locator('.lr-actions button').click();
    assert.equal(await page.evaluate(() => window.__rootClass), 'guide');
    assert.ok(await page.evaluate(() => window.__printed) > 10);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => {
      document.querySelector('.lr-app').setAttribute('data-lr-print', 'guide');
      document.querySelector('.lr-team-results').setAttribute('data-lr-printing', '');
    });
    const visible = await page.evaluate(() => [...document.querySelectorAll('.lr-team-results > *')]
      .filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.className || e.tagName));
    assert.deepEqual(visible.filter((c) => !/lr-print-head|lr-guide|H3/.test(c)), [], `print guide shows ${visible}`);
    if (width === 1280) await page.screenshot({ path: join(ARTIFACTS, `team-guide-print-${lang}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('comparison on phones and in German: no sideways scroll at 320, A before B, German numbers, axe 0', async () => {
  for (const [width, scheme, lang] of [[320, 'light', 'en'], [320, 'dark', 'de'], [1280, 'dark', 'de']]) {
    const { context, page, errors } = await newPage(env.browser, { viewport: { width, height: 800 }, colorScheme: scheme });
    await openTeam(page, [codes.slice(0, 6).join('\n'), codes.slice(6).join('\n')], lang);
    const table = page.locator('.lr-compare-table').first();
    await table.waitFor();
    if (width === 320) assert.equal(await sideways(page), 0, `no sideways scroll with a comparison (${lang})`);
    // Rows give A's mean before B's; the difference is B − A.
    const row = table.locator('tbody tr').first();
    const cells = await row.locator('td').allTextContents();
    const num = (t) => Number(t.replace('−', '-').replace('+', '').replace(',', '.'));
    const diff = num(cells[2]);
    assert.ok(Math.abs(num(cells[1]) - num(cells[0]) - diff) <= 0.15, `B − A: ${cells.slice(0, 3)}`);
    if (lang === 'de') {
      // Decimal comma, "; " between interval ends and in the test line, "p = 0,…".
      assert.match(cells[0], /^\d+,\d$/);
      assert.match(await table.locator('td.lr-ci').first().textContent(), /^\[−?\d+,\d; −?\d+,\d\]$/);
      assert.match(await table.locator('td.lr-t').first().textContent(), /^t\(\d+,\d\) = −?\d+,\d\d; p (=|<) \d,\d{3}$/);
      assert.match(await table.locator('td.lr-g').first().textContent(), /^−?\d+,\d\d \[−?\d+,\d\d; −?\d+,\d\d\]$/);
    }
    await axe(page, `comparison @${width} ${scheme} ${lang}`);
    await page.locator('.lr-comparisons').screenshot({ path: join(ARTIFACTS, `team-compare-${width}-${scheme}-${lang}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('print: personal ≤ 2 pages, team ≤ 2, comparison alone ≤ 3 (four groups), the guide alone; each headed with the product name and date; en and de', async () => {
  const pagesOf = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  const more = generatedCodes(12, 11);
  const groups = [codes.slice(0, 6), codes.slice(6), more.slice(0, 6), more.slice(6)].map((g) => g.join('\n'));
  /** The header a printed report starts with: product name and today's date in the page's language. */
  const header = async (page, lang, sel) => {
    const today = await page.evaluate((l) => new Date().toLocaleDateString(l), lang);
    const head = page.locator(`${sel} .lr-print-head`).first();
    assert.equal(await head.textContent(), `Leadership Radar · ${today}`);
    assert.equal(await head.isVisible(), true, `header of ${sel} printed`);
  };
  /** What the root prints: everything, or one part ('compare', 'guide'). */
  const printOnly = (page, part) => page.evaluate((v) => {
    const root = document.querySelector('.lr-app');
    document.querySelectorAll('[data-lr-printing]').forEach((e) => e.removeAttribute('data-lr-printing'));
    if (!v) { root.removeAttribute('data-lr-print'); return; }
    root.setAttribute('data-lr-print', v);
    if (v === 'guide') document.querySelector('.lr-team-results').setAttribute('data-lr-printing', '');
  }, part);
  const shownIn = (page, sel) => page.locator(sel).first().evaluate((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 20);

  for (const lang of ['en', 'de']) {
    const counts = {};
    // Personal report: the longest results (quality notice and a headline pattern) in each run.
    for (const [name, plan] of [['personal', varied], ['personal with pattern', oneLeads]]) {
      const p = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
      await p.page.goto(env.server.url);
      if (lang === 'de') await chooseLanguage(p.page, 'de');
      await answerAll(p.page, plan);
      counts[name] = pagesOf(await p.page.pdf({ format: 'A4' }));
      assert.ok(counts[name] <= 2, `${name} ${lang}: ${counts[name]} pages`);
      await p.page.emulateMedia({ media: 'print' });
      await header(p.page, lang, '.lr-results');
      assert.deepEqual(p.errors, []);
      await p.context.close();
    }

    // One team.
    const t = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await openTeam(t.page, [codes.join('\n')], lang);
    await t.page.locator('.lr-team-results').waitFor();
    counts.team = pagesOf(await t.page.pdf({ format: 'A4' }));
    assert.ok(counts.team <= 2, `team ${lang}: ${counts.team} pages`);
    // The guide alone: one page, and the guide is on it.
    await printOnly(t.page, 'guide');
    counts.guide = pagesOf(await t.page.pdf({ format: 'A4' }));
    assert.equal(counts.guide, 1, `guide ${lang}: ${counts.guide} pages`);
    await t.page.emulateMedia({ media: 'print' });
    assert.equal(await shownIn(t.page, '.lr-guide'), true, 'the guide is printed');
    assert.equal(await shownIn(t.page, '.lr-team-details'), false, 'nothing but the guide');
    await header(t.page, lang, '.lr-team-results');
    assert.deepEqual(t.errors, []);
    await t.context.close();

    // Four groups: every group compared with A (three tables).
    const c = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await openTeam(c.page, groups, lang);
    await c.page.locator('.lr-compare-table').nth(2).waitFor();
    if (lang === 'en') {
      // Group A's column before group B's, difference B − A, "t(df) = t, p = p".
      const heads = await c.page.locator('.lr-compare-table').first().locator('thead th').allTextContents();
      assert.deepEqual(heads.slice(1, 4), ['Group A', 'Group B', 'Difference (Group B − Group A)']);
      const tline = await c.page.locator('.lr-compare-table td.lr-t').first().textContent();
      assert.match(tline, /^t\(\d+\.\d\) = −?\d+\.\d\d, p (=|<) \d\.\d{3}$/);
    }
    // Everything: four team reports of ≤ 2 pages and the comparison of ≤ 3.
    counts.all = pagesOf(await c.page.pdf({ format: 'A4' }));
    assert.ok(counts.all <= 4 * 2 + 3, `four teams and the comparison ${lang}: ${counts.all} pages`);
    // "Print the comparison" prints the comparison alone, from its own header on.
    await c.page.evaluate(() => {
      window.print = () => { window.__printing = document.querySelector('.lr-app').getAttribute('data-lr-print'); };
    });
    await c.page.locator('.lr-comparisons > .lr-actions button').click();
    assert.equal(await c.page.evaluate(() => window.__printing), 'compare');
    assert.equal(await c.page.locator('.lr-app').getAttribute('data-lr-print'), null, 'reset after printing');
    await printOnly(c.page, 'compare');
    counts.comparison = pagesOf(await c.page.pdf({ format: 'A4' }));
    assert.ok(counts.comparison <= 3, `comparison ${lang}: ${counts.comparison} pages`);
    await c.page.emulateMedia({ media: 'print' });
    assert.equal(await shownIn(c.page, '.lr-comparisons'), true);
    assert.equal(await shownIn(c.page, '.lr-team-all-results'), false, 'the team reports are left out');
    await header(c.page, lang, '.lr-comparisons');
    // Table headers repeat on a new page and never end one.
    const heads = await c.page.locator('.lr-table thead').evaluateAll((els) => els.map((e) => {
      const st = getComputedStyle(e);
      return `${st.display}/${st.breakAfter}`;
    }));
    assert.ok(heads.length >= 3 && heads.every((h) => h === 'table-header-group/avoid'), `table headers ${heads}`);
    const captions = await c.page.locator('.lr-table caption:not(.lr-visually-hidden), .lr-app h3, .lr-app h4').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
    assert.ok(captions.every((b) => b === 'avoid'), 'headings and captions stay with what follows');
    if (lang === 'de') await c.page.screenshot({ path: join(ARTIFACTS, 'team-compare-print-de.png'), fullPage: true });
    assert.deepEqual(c.errors, []);
    await c.context.close();
    console.log(`printed pages (${lang}): ${JSON.stringify(counts)}`);
  }
});

/** A questionnaire of another shape: 3 aspects of 3 statements on a 7-point scale, no "can't say". */
function sevenPoint() {
  const labels = ['Never', 'Rarely', 'Sometimes', 'Half the time', 'Often', 'Mostly', 'Always'];
  const dims = ['plan', 'share', 'learn'];
  return {
    id: 'seven-point-check', version: '1', languages: ['en'],
    title: { en: 'Seven-point check' }, description: { en: 'A short custom questionnaire.' },
    scales: [
      { id: 'freq7', points: 7, labels: { en: labels } },
      { id: 'who7', points: 7, labels: { en: labels } },
    ],
    item_scale: 'freq7',
    dimensions: dims.map((d) => ({
      id: d, name: { en: `Aspect ${d}` }, what: { en: `What ${d} is.` }, why: { en: `Why ${d} matters.` }, how: { en: `How to grow ${d}.` },
    })),
    items: dims.flatMap((d) => [1, 2, 3].map((k) => ({ id: `${d}${k}`, dimension: d, text: { en: `Statement ${k} about ${d}.` } }))),
    who_leads: { scale: 'who7', prompt: { en: 'How often does everyone lead on…' }, functions: [{ id: 'w1', text: { en: 'Planning' } }] },
    own_leadership: { scale: 'freq7', prompt: { en: 'How often do you…' }, items: [{ id: 'o1', text: { en: 'Take the lead' } }] },
    sections: [
      { id: 's1', title: { en: 'Part one' }, questions: ['plan1', 'share1', 'learn1', 'plan2', 'share2', 'learn2'] },
      { id: 's2', title: { en: 'Part two' }, questions: ['plan3', 'share3', 'learn3', 'w1', 'o1'] },
    ],
  };
}

test('a custom questionnaire (3 aspects, 7 points, no can\'t-say) is described truthfully on every screen', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await page.locator('.lr-start').waitFor();
  await mountSeven(page, { 'data-storage': 'seven', 'data-header': 'none', 'data-team-entry': 'hidden' });
  const w = page.locator('#custom');
  await w.locator('.lr-start').waitFor();
  const start = await w.locator('.lr-start').textContent();
  assert.match(start, /3 aspects of how the team works/);
  assert.match(start, /About \d+ minutes?, 11 short statements\./);
  assert.doesNotMatch(start, /eight|42|10 minutes/);
  // data-header="none": the title is there for screen readers only; no team entry.
  assert.equal(await w.locator('.lr-start h2').count(), 1);
  assert.ok((await w.locator('.lr-start h2').boundingBox()).width <= 1, 'title visually hidden');
  assert.equal(await w.locator('.lr-team-entry').count(), 0);
  await w.locator('.lr-start button.lr-primary').click();
  const hint = await w.locator('.lr-hint').textContent();
  assert.match(hint, /1–7/);
  assert.doesNotMatch(hint, /0|can't say/);
  // Keys 1–7 answer; 0 does nothing without a can't-say option.
  await w.locator('fieldset.lr-item').first().locator('input').first().focus();
  await page.keyboard.press('7');
  assert.equal(await w.locator('fieldset.lr-item').first().locator('input[value="7"]').isChecked(), true);
  await page.keyboard.press('0');
  assert.equal(await w.locator('fieldset.lr-item').first().locator('input[value="7"]').isChecked(), true);
  assert.equal(await w.locator('input[value="0"]').count(), 0);
  await w.locator('button[type="submit"]').click();
  const notice = await w.locator('.lr-unanswered').textContent();
  assert.match(notice, /^5 questions on this page are not answered yet\. Answer them or continue anyway\./);
  await axe(page, 'custom survey, flagged');
  // Leave one aspect with 2 of 3 answered: "fewer than 3 of 3".
  const first = ['share1', 'learn1', 'plan2', 'share2', 'learn2'];
  for (const id of first) await w.locator(`fieldset:has(input[name$="-q${sevenPoint().items.findIndex((i) => i.id === id)}"]) input[value="5"]`).check({ force: true });
  await w.locator('button[type="submit"]').click();
  for (const id of ['share3', 'learn3', 'w1', 'o1']) {
    const p = [...sevenPoint().items.map((i) => i.id), 'w1', 'o1'].indexOf(id);
    await w.locator(`input[name$="-q${p}"][value="3"]`).check({ force: true });
  }
  await w.locator('button[type="submit"]').click();
  await w.locator('button', { hasText: 'Continue anyway' }).click();
  await w.locator('.lr-results').waitFor();
  const results = await w.locator('.lr-results').textContent();
  assert.match(results, /average of your 3 aspect scores/);
  assert.match(results, /not scored: fewer than 3 of 3 statements answered/);
  assert.equal(await w.locator('.lr-aspects:not(.lr-patterns) > details').count(), 3);
  assert.equal(await w.locator('svg.lr-radar .lr-axis-label').count(), 3);
  await axe(page, 'custom results');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Mounts a widget for the seven-point questionnaire in place of the page's widget. */
async function mountSeven(page, attrs) {
  await page.evaluate(async ({ json, attrs }) => {
    if (!document.getElementById('seven')) {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.id = 'seven';
      s.textContent = json;
      document.body.append(s);
    }
    const el = document.createElement('div');
    el.id = 'custom';
    el.setAttribute('data-leadership-radar', '');
    el.setAttribute('data-questionnaire', 'seven');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.querySelector('main').replaceChildren(el);
    await (await import('./leadership-radar-embed.js')).mountAll();
  }, { json: JSON.stringify(sevenPoint()), attrs });
  return page.locator('#custom');
}

test('a custom questionnaire in the team view: 3 aspects, its own statements and scale, no built-in facts', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await page.locator('.lr-start').waitFor();
  // Six people answer the seven-point questionnaire (answers vary by person and item).
  const seven = [];
  for (let person = 0; person < 6; person++) {
    const w = await mountSeven(page, { 'data-storage': `seven-${person}` });
    await w.locator('.lr-start button.lr-primary').click();
    for (let pageNo = 0; pageNo < 2; pageNo++) {
      const items = w.locator('fieldset.lr-item');
      const n = await items.count();
      for (let k = 0; k < n; k++) {
        const v = ((person * 2 + k * 3 + pageNo) % 7) + 1;
        await items.nth(k).locator(`input[value="${v}"]`).check({ force: true });
      }
      await w.locator('button[type="submit"]').click();
    }
    await w.locator('.lr-results').waitFor();
    const results = await w.locator('.lr-results').textContent();
    // The spread's meaning names no count of teammates: this questionnaire does not ask it.
    assert.doesNotMatch(results, /teammates|six|eight|\b42\b/, 'personal results name no built-in fact');
    seven.push((await w.locator('.lr-code').first().textContent()).trim());
  }
  assert.equal(new Set(seven).size, 6);
  const w = await mountSeven(page, { 'data-mode': 'team', 'data-storage': 'seven-team' });
  const g = w.locator('.lr-group').first();
  await g.locator('textarea').fill(seven.join('\n'));
  await g.locator('button.lr-primary').click();
  const res = w.locator('.lr-team-results').first();
  await res.waitFor();
  assert.equal(await res.locator('.lr-ts-list li').count(), 3, 'three aspects summarised');
  await res.locator('.lr-team-details > summary').click();
  const text = await w.textContent();
  assert.doesNotMatch(text, /\beight\b|\bfour statements\b|\b42 (short )?statements|1–5|5 = very often|about 0\.4|teammates took the lead/, 'team view names no built-in fact');
  // Own leadership on this questionnaire's 7-point scale; the Gini's ceiling for 6 members
  // on 1–7 (two at 7, four at 1: 2·4·6 / (5·(14 + 4)) = 0.53).
  const own = await res.locator('.lr-spread').textContent();
  assert.match(own, /Own leadership, mean on 1–7/);
  assert.match(own, /\(1 = Never, 7 = Always\)/);
  assert.match(own, /with 6 members, the Gini coefficient cannot exceed 0\.53\./);
  // Who-leads headers are this questionnaire's seven labels.
  const heads = await res.locator('.lr-who-table thead th').allTextContents();
  for (const l of ['Never', 'Always']) assert.ok(heads.includes(l), `who-leads headers ${heads}`);
  assert.equal(await res.locator('svg.lr-radar .lr-axis-label').count(), 3);
  await axe(page, 'custom team results');
  assert.deepEqual(errors, []);
  await context.close();
});

test('accessibility: focus rings ≥ 3:1 on the whole option, notices styled, stems in names, progress on page change, own-code errors on blur', async () => {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  // Notice styles apply (padding and a side border), not the paragraph reset. Written
  // once the widget has read storage, so the reload is the load that finds it.
  await page.locator('.lr-start').waitFor();
  await page.evaluate((qid) => localStorage.setItem(`leadership-radar:v1:default:${qid}`, '{"format":1,"garbage'), q.id);
  await page.reload();
  const notice = page.locator('.lr-notice').first();
  await notice.waitFor();
  const ns = await notice.evaluate((e) => { const c = getComputedStyle(e); return [parseFloat(c.paddingLeft), parseFloat(c.borderInlineStartWidth)]; });
  assert.ok(ns[0] >= 12 && ns[1] >= 4, `notice padding/border ${ns}`);
  await page.locator('.lr-start button.lr-primary').click();
  // Focus ring on the whole option, ≥ 3:1 against the background.
  await page.keyboard.press('Tab');
  const firstInput = page.locator('fieldset.lr-item').first().locator('input').first();
  await firstInput.focus();
  await page.keyboard.press('ArrowRight');
  const ring = await page.evaluate(() => {
    const opt = document.activeElement.closest('.lr-opt');
    const c = getComputedStyle(opt);
    let bgEl = opt.parentElement;
    let bg = 'rgba(0, 0, 0, 0)';
    while (bgEl && (bg = getComputedStyle(bgEl).backgroundColor) === 'rgba(0, 0, 0, 0)') bgEl = bgEl.parentElement;
    return { style: c.outlineStyle, width: parseFloat(c.outlineWidth), color: c.outlineColor, bg };
  });
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
  assert.equal(ring.style, 'solid');
  assert.ok(ring.width >= 2, `ring ${ring.width}px`);
  assert.ok(ratio(ring.color, ring.bg) >= 3, `focus ring ${ring.color} on ${ring.bg}: ${ratio(ring.color, ring.bg).toFixed(2)}:1`);
  // The same ring in the dark theme, and on the surface colour a selected option sits on.
  {
    const dark = await newPage(env.browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await dark.page.goto(env.server.url);
    await dark.page.locator('.lr-start button.lr-primary').click();
    const input = dark.page.locator('fieldset.lr-item').first().locator('input').first();
    await input.focus();
    await dark.page.keyboard.press('ArrowRight');
    const r = await dark.page.evaluate(() => {
      const opt = document.activeElement.closest('.lr-opt');
      let bgEl = opt.parentElement;
      let bg = 'rgba(0, 0, 0, 0)';
      while (bgEl && (bg = getComputedStyle(bgEl).backgroundColor) === 'rgba(0, 0, 0, 0)') bgEl = bgEl.parentElement;
      const surface = getComputedStyle(document.querySelector('.lr-app')).getPropertyValue('--lr-surface').trim();
      return { style: getComputedStyle(opt).outlineStyle, color: getComputedStyle(opt).outlineColor, bg, surface };
    });
    const hex = (h) => `rgb(${[1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).join(', ')})`;
    assert.equal(r.style, 'solid');
    assert.ok(ratio(r.color, r.bg) >= 3, `dark focus ring ${r.color} on ${r.bg}: ${ratio(r.color, r.bg).toFixed(2)}:1`);
    assert.ok(ratio(r.color, hex(r.surface)) >= 3, `dark focus ring on surface ${r.surface}: ${ratio(r.color, hex(r.surface)).toFixed(2)}:1`);
    assert.deepEqual(dark.errors, []);
    await dark.context.close();
  }
  // Progress: the live region holds the page only; answering does not change it.
  const live = page.locator('.lr-progress [aria-live]');
  assert.equal(await live.count(), 1);
  const before = await live.textContent();
  await page.locator('fieldset.lr-item').nth(1).locator('label.lr-opt').nth(2).click();
  assert.equal(await live.textContent(), before);
  assert.doesNotMatch(before, /answered/);
  // Who-leads questions are named with their stem.
  await page.locator('.lr-progress').waitFor();
  for (let i = 0; i < q.sections.length - 1; i++) {
    await page.locator('button[type="submit"]').click();
    const anyway = page.getByRole('button', { name: 'Continue anyway' });
    if (await anyway.count()) await anyway.click();
  }
  const group = page.getByRole('group', { name: /who usually takes the lead.*Setting direction/i });
  if (await page.locator('.lr-block-prompt').count()) assert.equal(await group.count(), 1);
  await context.close();

  // Own-code field: checked on blur, aria-invalid + aria-describedby, one alert.
  const t = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await t.page.goto(env.server.url);
  await t.page.locator('.lr-team-entry button').click();
  const own = t.page.locator('.lr-own-overlay input');
  await own.click();
  await t.page.keyboard.type('LR1-XYZ');
  assert.equal(await t.page.locator('.lr-field-error').count(), 0, 'no error while typing');
  await t.page.keyboard.press('Tab');
  await t.page.locator('.lr-field-error').waitFor();
  assert.equal(await own.getAttribute('aria-invalid'), 'true');
  const described = (await own.getAttribute('aria-describedby')).split(' ');
  assert.ok(described.includes(await t.page.locator('.lr-field-error').getAttribute('id')));
  assert.equal(await t.page.locator('.lr-own-overlay [role="alert"]').count(), 1);
  await own.fill(codes[0]);
  assert.equal(await t.page.locator('.lr-field-error').count(), 0);
  assert.equal(await own.getAttribute('aria-invalid'), null);
  assert.deepEqual(errors, []);
  assert.deepEqual(t.errors, []);
  await t.context.close();
});
