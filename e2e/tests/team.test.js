// End-to-end: the team view. Scripted respondents (e2e/fixtures/team/respondents.json) take
// the survey in the browser, each in a fresh context, and hand over their result codes; a
// facilitator pastes them into the team view. Every figure shown is checked against
// e2e/fixtures/team/expected.json, computed independently with numpy/scipy
// (e2e/fixtures/team/gen_expected.py). Also: invalid, duplicate and foreign codes, the
// minimum group (whole team and per figure), differencing, two-team comparisons (from
// codes and from a team summary code), axe-core and screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  axe, useServer, newPage, questionnaire as q, referenceScores, pageIds, canonicalIds, ROOT, ARTIFACTS,
  answerQuestion, countIds,
} from './harness.js';
import { answerAll } from './embed-site.js';

const FIXTURES = join(ROOT, 'e2e', 'fixtures', 'team');
const respondents = JSON.parse(readFileSync(join(FIXTURES, 'respondents.json'), 'utf8'));
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
const MIN = expected.min_group;

const env = useServer();

const ids = canonicalIds(q);
const pos = (id) => ids.indexOf(id);

// ---- Formatting, as the team view formats figures (src/components/*.rs).
// gen_expected.py refuses figures that lie at (or within 1e-6 of) a rounding tie, except
// scores that are exact binary fractions, so toFixed agrees with Rust's `{:.N}` here.

/** fmt_score: one decimal, halves away from zero; "–" when missing. */
function fmtScore(v) {
  if (v === null || v === undefined) return '–';
  const x = v * 10;
  return ((Math.sign(x) * Math.round(Math.abs(x))) / 10).toFixed(1);
}
/** fmt_fixed in results.rs: N decimals, halves away from zero; "–" when missing. */
const fixed = (v, d = 2) => {
  if (v === null || v === undefined) return '–';
  const f = 10 ** d;
  const r = (Math.sign(v) * Math.round(Math.abs(v) * f)) / f;
  // A minus sign (U+2212), never "-0".
  return r === 0 ? (0).toFixed(d) : r.toFixed(d).replace(/^-/, '\u2212');
};
/** Team confidence intervals are shown clipped to the 0–100 scale, a cut end marked "*" (ci_text). */
const clip = (v) => Math.min(100, Math.max(0, v));
const ciText = ([lo, hi]) => `${fmtScore(clip(lo))}–${fmtScore(clip(hi))}${lo < 0 || hi > 100 ? '*' : ''}`;
/** Rust `{:+.1}`. */
const signed = (v) => { const r = fixed(v, 1); return (Number(r) > 0 ? '+' : '') + r; };
/** p_text in compare.rs. */
const pText = (p) => (p < 0.001 ? '< 0.001' : `= ${fixed(p, 3)}`);
/** Plain-language agreement label: strong only with r_wg(J) ≥ .70 and AD ≤ 5/6 (domain::levels). */
function agreementLabel(r, ad) {
  if (r === null) return 'not computable';
  const close = ad !== null && ad <= 5 / 6;
  if (r >= 0.7) return close ? 'strong agreement' : 'answers spread widely (AD above 0.83)';
  if (r >= 0.5 && close) return 'moderate agreement';
  return 'weak agreement';
}
function spreadLabel(gini) {
  if (gini >= 0.2) return 'concentrated';
  if (gini < 0.1) return 'spread evenly';
  return 'moderately uneven';
}
const dimName = (id) => q.dimensions.find((d) => d.id === id).name.en;
const text = async (loc) => (await loc.textContent()).trim();

// ---- Respondents.

/** One respondent takes the survey with mouse clicks in a fresh context; returns their code. */
async function takeSurvey(person) {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Start' }).click();
    const sections = pageIds(q);
    for (const [k, qids] of sections.entries()) {
      await page.locator('.lr-survey').waitFor();
      for (const id of qids) {
        const v = person.answers[id];
        const max = countIds(q).includes(id) ? 50 : 5;
        assert.ok(Number.isInteger(v) && v >= 0 && v <= max, `${person.label}: ${id} = ${v}`);
        await answerQuestion(page, 'lr0', pos(id), v);
      }
      assert.equal(await page.locator('.lr-item-flagged').count(), 0, `${person.label}: section ${k + 1}`);
      await page.locator('button[type="submit"]').click();
    }
    await page.locator('.lr-results').waitFor();
    // The person's own results follow the documented rules (a sanity check of the input).
    const want = referenceScores(q, person.answers);
    for (const d of q.dimensions) {
      const shown = await text(page.locator(`.lr-results .lr-aspect[data-dimension="${d.id}"] [data-score]`));
      assert.equal(shown, want[d.id] === null ? '–' : String(Math.round(want[d.id])), `${person.label}: own score ${d.id}`);
    }
    const code = await text(page.locator('.lr-code'));
    assert.match(code, /^LR1-[0-9A-Z]+$/, person.label);
    assert.deepEqual(errors, [], `${person.label}: console errors`);
    return code;
  } finally {
    await context.close();
  }
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const memo = {};
/** Result codes of team 1 (the six respondents), taken once through the survey. */
const team1Codes = () => (memo.t1 ??= pool(respondents.team1, 3, takeSurvey));
/** Result codes of team 2, taken once through the survey. */
const team2Codes = () => (memo.t2 ??= pool(respondents.team2, 4, takeSurvey));

/**
 * A code for another questionnaire: the built-in one with its first two items swapped
 * (same id and wording, different structure, so a different fingerprint), answered in a
 * widget embedded in a host page on the same origin.
 */
async function foreignCode() {
  const foreign = structuredClone(q);
  [foreign.items[0], foreign.items[1]] = [foreign.items[1], foreign.items[0]];
  const json = JSON.stringify(foreign).replace(/</g, '\\u003c');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other questionnaire</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="radar.css">
<script type="application/json" id="foreign-q">${json}</script>
<script type="module" src="leadership-radar-embed.js"></script></head>
<body><main><div id="w" data-leadership-radar data-questionnaire="foreign-q" data-storage="foreign"></div></main></body></html>`;
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  try {
    const url = `${env.server.url}foreign-host.html`;
    await context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    const root = page.locator('#w');
    await answerAll(root, (n) => (n % 5) + 1);
    const code = await text(root.locator('.lr-code'));
    assert.match(code, /^LR1-[0-9A-Z]+$/);
    assert.deepEqual(errors, []);
    return code;
  } finally {
    await context.close();
  }
}

// ---- The team view.

async function openTeamView(viewport = { width: 1280, height: 900 }) {
  const ctx = await newPage(env.browser, { viewport });
  await ctx.page.goto(env.server.url);
  await ctx.page.getByRole('button', { name: 'Compare a team' }).click();
  await ctx.page.locator('section.lr-team').waitFor();
  return ctx;
}

const group = (page, i) => page.locator('section.lr-group').nth(i);

/**
 * Pastes `codes` (an array, or a text) into group i and reads them. Waits until the group
 * reports `usable` usable responses (so that a re-read is not mistaken for the previous
 * outcome) and is no longer reading.
 */
async function readGroup(page, i, codes, usable) {
  const g = group(page, i);
  await g.locator('textarea').fill(Array.isArray(codes) ? codes.join('\n') : codes);
  await g.getByRole('button', { name: 'Read codes' }).click();
  if (usable === 'summary') {
    // A group holding one team summary code shows no count of personal codes.
    await g.locator('.lr-read .lr-notice').filter({ hasText: /^Team summary of/ }).waitFor();
    assert.equal(await g.locator('.lr-usable').count(), 0);
  } else {
    await g.locator('.lr-usable').filter({ hasText: new RegExp(`^${usable} usable response`) }).waitFor();
  }
  await page.waitForFunction((k) => !document.querySelectorAll('section.lr-group')[k].querySelector('.lr-reading'), i);
  return g;
}

async function addGroup(page) {
  const before = await page.locator('section.lr-group').count();
  await page.getByRole('button', { name: 'Add a group to compare' }).click();
  await page.locator('section.lr-group').nth(before).waitFor();
}

/** Checks every figure of one team-results section against an expected team. */
async function checkTeamResults(section, want, label) {
  assert.equal(await text(section.locator('h3').first()), `${label}: team results (n = ${want.n})`);
  for (const d of expected.dimension_order) {
    const row = section.locator(`table.lr-team-table tr[data-dimension="${d}"]`);
    assert.equal(await text(row.locator('th')), dimName(d));
    const x = want.dimensions[d];
    if (x === null) {
      assert.equal(await text(row.locator('td')), `hidden: fewer than ${MIN} responses`, `${label} ${d}`);
      assert.equal(await row.locator('td.lr-mean, td.lr-ci, td.lr-sd, td.lr-rwg, td.lr-ad, td.lr-alpha').count(), 0);
      continue;
    }
    const at = `${label} ${d}`;
    assert.equal(await text(row.locator('td.lr-mean')), fmtScore(x.mean), `${at} mean`);
    assert.equal(await text(row.locator('td.lr-ci')), ciText(x.ci95), `${at} CI`);
    assert.equal(await text(row.locator('td.lr-sd')), fmtScore(x.sd), `${at} SD`);
    assert.equal(await text(row.locator('td.lr-rwg .lr-num')), fixed(x.rwg_j), `${at} r_wg(J)`);
    assert.equal(await text(row.locator('td.lr-rwg .lr-muted')), agreementLabel(x.rwg_j, x.ad), `${at} agreement label`);
    assert.equal(await text(row.locator('td.lr-ad')), fixed(x.ad), `${at} AD`);
    const alpha = x.alpha && x.alpha.value;
    assert.equal(await text(row.locator('td.lr-alpha')), alpha !== null && alpha < 0 ? 'not reliable' : fixed(alpha), `${at} alpha`);
  }
  // The index.
  if (want.index) {
    assert.equal(await text(section.locator('.lr-index-value')), fmtScore(want.index.mean), `${label} index`);
    assert.equal(await text(section.locator('.lr-index .lr-muted')),
      `(95% CI ${ciText(want.index.ci95)})`, `${label} index CI`);
  } else {
    assert.equal(await section.locator('.lr-index').count(), 0);
  }
  // Leadership spread (team mean) and the name-free network density with CI and n.
  if (want.spread) {
    assert.equal(await text(section.locator('.lr-team-spread-value')), fmtScore(want.spread.mean), `${label} spread`);
    assert.match(await text(section.locator('.lr-team-spread')),
      new RegExp(`\\(95% CI ${fmtScore(clip(want.spread.ci95[0]))}–${fmtScore(clip(want.spread.ci95[1]))}, n = ${want.spread.n}\\)`), `${label} spread CI`);
  } else {
    assert.equal(await section.locator('.lr-team-spread').count(), 0);
  }
  if (want.density) {
    const dd = want.density;
    assert.equal(await text(section.locator('.lr-density-value')), fixed(dd.d), `${label} density`);
    assert.equal(await text(section.locator('.lr-density-detail')),
      `(95% CI ${fixed(dd.ci95[0])}–${fixed(dd.ci95[1])}${dd.clipped ? '*' : ''}, n = ${dd.n})`, `${label} density CI`);
  } else {
    assert.equal(await section.locator('.lr-density-value').count(), 0);
    assert.match(await text(section.locator('.lr-density-hidden')), new RegExp(`at least ${MIN} people`));
  }
  // How evenly leadership is spread (own leadership on the raw 1–5 scale).
  const o = want.own;
  assert.equal(await text(section.locator('.lr-gini')), fixed(o.gini), `${label} Gini`);
  assert.equal(await text(section.locator('.lr-cv')), fixed(o.cv), `${label} CV`);
  assert.equal(await text(section.locator('.lr-spread dd').nth(2)),
    `${fixed(o.mean)} (SD ${fixed(o.sd)}, n = ${o.n})`, `${label} own mean`);
  assert.match(await text(section.locator('.lr-spread > p').first()), new RegExp(spreadLabel(o.gini)));
  // Who leads: counts per step, "can't say", mean position, and the stacked bar.
  for (const f of expected.who_leads_order) {
    const row = section.locator(`table.lr-who-table tr[data-function="${f}"]`);
    const w = want.who_leads[f];
    if (w === null) {
      assert.equal(await text(row.locator('td')), `hidden: fewer than ${MIN} responses`, `${label} who ${f}`);
      assert.equal(await row.locator('svg').count(), 0);
      continue;
    }
    const cells = (await row.locator('td.lr-num').allTextContents()).map((s) => s.trim());
    assert.deepEqual(cells, [...w.counts.map(String), String(w.missing), fmtScore(w.mean)], `${label} who ${f}`);
    const rects = await row.locator('td.lr-stacked-cell svg rect').evaluateAll((rs) => rs.map((r) => ({
      cls: r.getAttribute('class'), x: r.getAttribute('x'), width: r.getAttribute('width'),
    })));
    assert.deepEqual(rects, w.bar_widths.map((wd, k) => ({
      cls: `lr-step lr-step-${k < w.counts.length ? k + 1 : 'x'}`,
      x: fixed(w.bar_x[k]),
      width: fixed(wd),
    })), `${label} who ${f} stacked bar`);
  }
  // The team summary code is there and well-formed.
  assert.match(await text(section.locator('.lr-summary-code')), /^LRS1-[0-9A-Z]+$/);
}

/** Checks one comparison block ("B compared with A") against expected differences. */
async function checkComparison(block, want, label) {
  for (const d of expected.dimension_order) {
    const row = block.locator(`table.lr-compare-table tr[data-dimension="${d}"]`);
    const x = want[d];
    const at = `${label} ${d}`;
    assert.ok(x, `${at}: expected a comparison`);
    const means = (await row.locator('td.lr-num').allTextContents()).slice(0, 2).map((s) => s.trim());
    assert.deepEqual(means, [fmtScore(x.mean_a), fmtScore(x.mean_b)], `${at} means (group A first)`);
    assert.equal(await text(row.locator('td.lr-diff')), signed(x.diff), `${at} diff`);
    assert.equal(await text(row.locator('td.lr-ci')), `[${fixed(x.ci95[0], 1)}, ${fixed(x.ci95[1], 1)}]`, `${at} CI`);
    assert.equal(await text(row.locator('td.lr-t')), `t(${fixed(x.df, 1)}) = ${fixed(x.t)}, p ${pText(x.p)}`, `${at} Welch`);
    assert.equal(await text(row.locator('td.lr-g')), `${fixed(x.g)} [${fixed(x.g_ci95[0])}, ${fixed(x.g_ci95[1])}]`, `${at} g`);
    assert.equal(await row.getAttribute('data-verdict'), x.verdict, `${at} verdict`);
    const verdictText = { Higher: 'higher', Lower: 'lower', NoReliableDifference: 'no reliable difference' }[x.verdict];
    assert.equal(await text(row.locator('td.lr-verdict')), verdictText, `${at} verdict text`);
  }
}

/** No team figure anywhere on the page. */
async function assertNoFigures(page, label) {
  for (const sel of ['.lr-team-results', 'table', 'svg.lr-radar', '.lr-summary-code', '.lr-comparisons',
    '.lr-gini', '.lr-cv', '.lr-index']) {
    assert.equal(await page.locator(sel).count(), 0, `${label}: ${sel} must not be shown`);
  }
}

// ---- Tests.

test('six respondents take the survey; the team view shows every figure as computed independently', async () => {
  const codes = await team1Codes();
  assert.equal(new Set(codes).size, 6, 'six different codes');
  const { context, page, errors } = await openTeamView();
  await axe(page, 'team view, empty');
  const g = await readGroup(page, 0, codes, 6);
  assert.equal(await text(g.locator('.lr-usable')), '6 usable responses');
  assert.equal(await g.locator('.lr-duplicates, details.lr-invalid, .lr-suppressed, .lr-error').count(), 0);
  const results = page.locator('section.lr-team-results');
  await results.waitFor();
  assert.equal(await results.count(), 1);
  await checkTeamResults(results, expected.team1, 'Group A');
  // Role clarity is scored for 5 of 6 (one respondent answered only 2 of its 4 items).
  assert.equal(expected.team1.dimensions.role_clarity.n, 5);
  // Cronbach's alpha needs 8 complete cases: none for a team of six.
  assert.equal(await results.locator('td.lr-alpha').evaluateAll((c) => c.every((x) => x.textContent.trim() === '–')), true);
  // The radar: one point per dimension.
  assert.equal(await results.locator('svg.lr-radar circle.lr-dot').count(), q.dimensions.length);
  await axe(page, 'team view with results');
  await page.screenshot({ path: join(ARTIFACTS, 'team-results-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await axe(page, 'team view with results @360');
  await page.screenshot({ path: join(ARTIFACTS, 'team-results-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid, duplicate and foreign codes are listed with their reasons; valid ones are kept', async (t) => {
  const codes = await team1Codes();
  const foreign = await foreignCode();
  const base = codes[5];
  const k = 10;
  const typo = base.slice(0, k) + (base[k] === 'A' ? 'B' : 'A') + base.slice(k + 1);
  const truncated = base.slice(0, -5);
  const garbage = 'LR1-!!!';
  const pasted = [
    'Codes from the retro:',
    ...codes.slice(0, 5),
    typo,
    truncated,
    garbage,
    codes[0], // a duplicate
    foreign,
  ].join('\n');
  const { context, page, errors } = await openTeamView();
  const g = await readGroup(page, 0, pasted, 5);
  assert.equal(await text(g.locator('.lr-usable')), '5 usable responses');
  assert.match(await text(g.locator('.lr-duplicates')), /^One duplicate code was counted once/);
  const details = g.locator('details.lr-invalid');
  assert.equal(await details.evaluate((d) => d.open), true, 'a short list is open');
  const items = (await details.locator('li').allTextContents()).map((s) => s.trim());
  const reasonOf = (code) => {
    const hit = items.find((li) => li.startsWith(`${code} — `));
    assert.ok(hit, `${code} is listed: ${JSON.stringify(items)}`);
    return hit.slice(code.length + 3);
  };
  assert.match(reasonOf(typo), /typo/);
  assert.match(reasonOf(typo), /check characters do not match/);
  assert.match(reasonOf(truncated), /too short/);
  assert.match(reasonOf(foreign), /another questionnaire/);
  // The valid codes are kept: figures for the five, none for the rejected ones.
  assert.equal(await text(page.locator('section.lr-team-results h3').first()), 'Group A: team results (n = 5)');
  await checkTeamResults(page.locator('section.lr-team-results'), expected.team1_first5, 'Group A');
  // A prefix with nothing usable after it is listed too, with the offending character.
  assert.equal(items.length, 4, JSON.stringify(items));
  assert.match(reasonOf(garbage), /character '!' at position 5 is not allowed/);
  // ...though on its own it does not pass for a code either.
  await addGroup(page);
  const lone = await readGroup(page, 1, garbage, 0);
  assert.equal(await text(lone.locator('.lr-usable')), '0 usable responses');
  assert.match(await text(lone.locator('.lr-read')), /No usable result codes were found/);
  assert.match(await text(lone.locator('details.lr-invalid')), /LR1-!!!/);
  assert.equal(await page.locator('.lr-comparisons').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('minimum group: four codes show only "more needed", and nothing else', async () => {
  const codes = await team1Codes();
  const { context, page, errors } = await openTeamView();
  const g = await readGroup(page, 0, codes.slice(0, 4), 4);
  assert.equal(await text(g.locator('.lr-suppressed')),
    `4 usable responses. Team figures need at least ${MIN}: 1 more needed. Nothing else is shown until then.`);
  assert.equal(expected.team1_first4.too_few, true);
  await assertNoFigures(page, 'four codes');
  await axe(page, 'team view with the suppression message');
  assert.deepEqual(errors, []);
  await context.close();
});

test('minimum group per figure: a dimension and a who-leads function with n < 5 say "hidden"', async () => {
  const codes = await team1Codes();
  const { context, page, errors } = await openTeamView();
  // Respondents 1–5: the fourth answered only 2 role-clarity items and the fifth said
  // "can't say" on coordination, so both figures rest on 4 people.
  await readGroup(page, 0, codes.slice(0, 5), 5);
  const results = page.locator('section.lr-team-results');
  await results.waitFor();
  assert.equal(expected.team1_first5.dimensions.role_clarity, null);
  assert.equal(expected.team1_first5.who_leads.coordination, null);
  assert.match(await text(results.locator('tr[data-dimension="role_clarity"] td')), /^hidden/);
  assert.match(await text(results.locator('tr[data-function="coordination"] td')), /^hidden/);
  await checkTeamResults(results, expected.team1_first5, 'Group A');
  // The radar leaves the hidden dimension out.
  assert.equal(await results.locator('svg.lr-radar circle.lr-dot').count(), q.dimensions.length - 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('differencing: the same six plus one more (or minus one) in the same session is refused', async () => {
  const codes = await team1Codes();
  const extra = (await team2Codes())[0];
  const { context, page, errors } = await openTeamView();
  await readGroup(page, 0, codes, 6);
  await checkTeamResults(page.locator('section.lr-team-results'), expected.team1, 'Group A');
  // Plus one.
  let g = await readGroup(page, 0, [...codes, extra], 7);
  assert.equal(await text(g.locator('.lr-usable')), '7 usable responses');
  assert.equal(await text(g.locator('.lr-read .lr-error')),
    'Not shown: 1 person in this group is in none of the views shown before (view 1 (group A)). Together with what was '
    + 'already shown, their answers could be worked out. A group is shown when it equals each earlier view exactly or '
    + 'differs from it by at least 5 people on each side, so that every part these views split people into is empty '
    + 'or has at least 5 people.');
  await assertNoFigures(page, 'plus one');
  // Minus one (still at least the minimum group).
  g = await readGroup(page, 0, codes.slice(1), 5);
  assert.equal(await text(g.locator('.lr-read .lr-error')),
    'Not shown: 1 person from view 1 (group A) is not in this group. Together with what was already shown, their '
    + 'answers could be worked out. A group is shown when it equals each earlier view exactly or differs from it by at '
    + 'least 5 people on each side, so that every part these views split people into is empty or has at least 5 people.');
  await assertNoFigures(page, 'minus one');
  // The same six again are fine (nothing new is revealed).
  await readGroup(page, 0, [...codes].reverse(), 6);
  await checkTeamResults(page.locator('section.lr-team-results'), expected.team1, 'Group A');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two teams compare; a team summary code compares too', async () => {
  const [codes1, codes2] = [await team1Codes(), await team2Codes()];
  const { context, page, errors } = await openTeamView();
  await readGroup(page, 0, codes1, codes1.length);
  await addGroup(page);
  const gb = await readGroup(page, 1, codes2, codes2.length);
  assert.equal(await text(gb.locator('.lr-usable')), `${respondents.team2.length} usable responses`);
  const results = page.locator('section.lr-team-results');
  assert.equal(await results.count(), 2);
  await checkTeamResults(results.nth(0), expected.team1, 'Group A');
  // Team 2 has 8 complete cases in most dimensions: Cronbach's alpha appears there.
  await checkTeamResults(results.nth(1), expected.team2, 'Group B');
  assert.equal(expected.team2.dimensions.autonomy.alpha.n, 8);
  assert.equal(expected.team2.dimensions.purpose.alpha, null);

  const blocks = page.locator('section.lr-comparisons section.lr-compare');
  await blocks.first().waitFor();
  assert.equal(await blocks.count(), 1);
  assert.equal(await text(blocks.nth(0).locator('h3')), 'Group B compared with Group A');
  await checkComparison(blocks.nth(0), expected.comparison_codes.dimensions, 'B vs A');
  const verdicts = new Set(Object.values(expected.comparison_codes.dimensions).map((x) => x.verdict));
  assert.deepEqual([...verdicts].sort(), ['Higher', 'Lower', 'NoReliableDifference']);
  await axe(page, 'team view with comparisons');

  // Group B's team summary code, pasted into a new group, compares with A as well.
  const summary = await text(results.nth(1).locator('.lr-summary-code'));
  await addGroup(page);
  const gc = await readGroup(page, 2, `Summary from team B: ${summary}`, 'summary');
  assert.equal(await text(gc.locator('.lr-read .lr-notice')),
    `Team summary of ${respondents.team2.length} people read; it can be compared with other groups.`);
  assert.equal(await results.count(), 2, 'a summary has no team-results section of its own');
  assert.equal(await blocks.count(), 2);
  assert.equal(await text(blocks.nth(1).locator('h3')), 'Group C compared with Group A');
  await checkComparison(blocks.nth(1), expected.comparison_summary_code.dimensions, 'C (summary) vs A');
  // The radar overlays the three groups.
  assert.equal(await page.locator('section.lr-comparisons .lr-legend li').count(), 3);
  await axe(page, 'team view with comparisons and a summary group');
  await page.screenshot({ path: join(ARTIFACTS, 'team-compare-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await axe(page, 'team view with comparisons @360');
  await page.screenshot({ path: join(ARTIFACTS, 'team-compare-360.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('codes load from .txt and .csv files (several at once, appended to what is pasted)', async () => {
  const codes = await team1Codes();
  const { context, page, errors } = await openTeamView();
  const g = group(page, 0);
  await g.locator('textarea').fill(codes[0]);
  const csv = `name,code\n"member, one",${codes[1]}\nmember two,"${codes[2]}"\n`;
  await g.locator('input[type="file"]').setInputFiles([
    { name: 'codes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    { name: 'more.txt', mimeType: 'text/plain', buffer: Buffer.from(codes.slice(3).join('\r\n')) },
  ]);
  await page.waitForFunction(() => document.querySelector('section.lr-group textarea').value.includes('member two'));
  await g.getByRole('button', { name: 'Read codes' }).click();
  await g.locator('.lr-usable').filter({ hasText: /^6 usable response/ }).waitFor();
  assert.equal(await page.locator('section.lr-team-results').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
