// End-to-end: a team view you can trust. The exact sequences that used to go wrong:
// groups addressed by position while another group reads, privacy beaten by three
// views or by a summary code next to the same team minus one, labels that contradict
// the numbers, comparisons of groups without spread, and the smaller ones (summary
// duplicates spelled differently, `#lr=` in team mode, small summaries, results out of
// date). Codes come from examples/gen_codes.rs (deterministic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useServer, newPage, generatedCodes } from './harness.js';

const env = useServer();

const MIN = 5;
const text = async (loc) => (await loc.textContent()).trim();
const groupBox = (page, letter) => page.locator(`section.lr-group[data-group="${letter}"]`);

async function axe(page, label) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], label);
}

async function openTeamView(url = env.server.url) {
  const ctx = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await ctx.page.goto(url);
  if (!url.includes('mode=team')) {
    await ctx.page.getByRole('button', { name: 'Compare a team' }).click();
  }
  await ctx.page.locator('section.lr-team').waitFor();
  return ctx;
}

async function addGroup(page) {
  const before = await page.locator('section.lr-group').count();
  await page.getByRole('button', { name: 'Add a group to compare' }).click();
  await page.locator('section.lr-group').nth(before).waitFor();
}

/** Pastes into group `letter`, reads, and waits until the outcome is on screen. */
async function read(page, letter, codes, wait) {
  const g = groupBox(page, letter);
  await g.locator('textarea').fill(Array.isArray(codes) ? codes.join('\n') : codes);
  await g.getByRole('button', { name: 'Read codes' }).click();
  if (typeof wait === 'number') {
    await g.locator('.lr-usable').filter({ hasText: new RegExp(`^${wait} usable response`) }).waitFor();
  } else {
    await g.locator('.lr-read .lr-notice').filter({ hasText: wait }).first().waitFor();
  }
  await page.waitForFunction((l) => !document.querySelector(`section.lr-group[data-group="${l}"] .lr-reading`), letter);
  return g;
}

/** A team summary code made in a page session of its own (so this session knows nothing of it). */
async function summaryOf(codes, url = env.server.url) {
  const { context, page, errors } = await openTeamView(url);
  try {
    await read(page, 'A', codes, codes.length);
    const code = await text(page.locator('section.lr-team-results .lr-summary-code'));
    assert.match(code, /^LRS1-[0-9A-Z]+$/);
    assert.deepEqual(errors, []);
    return code;
  } finally {
    await context.close();
  }
}

const resultTitles = async (page) => page.locator('section.lr-team-results > h3').allTextContents();

test('removing group A while B reads 10,000 codes leaves every result with its own group', async () => {
  const six = generatedCodes(6, 101);
  const big = generatedCodes(10000, 102);
  const { context, page, errors } = await openTeamView();
  await addGroup(page);
  await addGroup(page);
  await read(page, 'A', six, 6);
  // 400 KB: set in one go (as a paste does) rather than typed.
  await groupBox(page, 'B').locator('textarea').evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, big.join('\n'));
  // Remove A as soon as B shows reading progress (in the page, so it happens mid-read).
  await page.evaluate(() => {
    const a = document.querySelector('section.lr-group[data-group="A"]');
    const b = document.querySelector('section.lr-group[data-group="B"]');
    new MutationObserver((_, obs) => {
      const progress = b.querySelector('.lr-reading progress');
      if (!progress) return;
      obs.disconnect();
      window.removedDuring = b.querySelector('.lr-reading').textContent;
      [...a.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Remove this group').click();
    }).observe(b, { subtree: true, childList: true });
  });
  // Progress shows once a read has taken 100 ms: a CPU slowed eightfold (a slow phone)
  // makes this read take several times that on any machine.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await groupBox(page, 'B').getByRole('button', { name: 'Read codes' }).click();
  await groupBox(page, 'B').locator('.lr-usable').filter({ hasText: /^10000 usable response/ }).waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.match(await page.evaluate(() => window.removedDuring), /^Reading codes… \d+ of 10000$/);
  // B keeps its letter and its results; the empty group C stays empty.
  assert.deepEqual(await page.locator('section.lr-group h3').allTextContents(), ['Group B', 'Group C']);
  assert.equal(await groupBox(page, 'C').locator('.lr-read, .lr-reading').count(), 0);
  assert.deepEqual(await resultTitles(page), ['Group B: team results (n = 10000)']);
  assert.equal(await page.locator('.lr-reading').count(), 0);
  // A file loaded into C lands in C's box only.
  await groupBox(page, 'C').locator('input[type="file"]').setInputFiles([
    { name: 'c.txt', mimeType: 'text/plain', buffer: Buffer.from(six.join('\n')) },
  ]);
  await page.waitForFunction(() => document.querySelector('section.lr-group[data-group="C"] textarea').value.includes('LR1-'));
  assert.equal((await groupBox(page, 'B').locator('textarea').inputValue()).split('\n').length, 10000);
  // A group added now takes the free letter A, at the end.
  await addGroup(page);
  assert.deepEqual(await page.locator('section.lr-group h3').allTextContents(), ['Group B', 'Group C', 'Group A']);
  assert.deepEqual(errors, []);
  await context.close();
});

const cellRefusal = (views) => 'Not shown: 1 person in this group is in none of the views shown before '
  + `(${views}). Together with what was already shown, their answers could be worked out. A group is `
  + `shown when it equals each earlier view exactly or differs from it by at least ${MIN} people on each `
  + `side, so that every part these views split people into is empty or has at least ${MIN} people.`;

test('the practice read while the view waits leaves no trace: the same codes read at once or after it give the same figures', async () => {
  const codes = generatedCodes(7, 219);
  const seen = [];
  for (const settle of [false, true]) {
    const { context, page, errors } = await openTeamView();
    if (settle) {
      // The practice read takes a few slices of about 10 ms after the view appears; a
      // second is ample for it to end (the read at once, above, may overlap it). Either
      // way the figures must be the same: the assertions do not depend on the timing.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    }
    const g = await read(page, 'A', codes, 7);
    assert.equal(await text(g.locator('.lr-usable')), '7 usable responses');
    assert.equal(await g.locator('.lr-duplicates, .lr-invalid, .lr-read .lr-error').count(), 0);
    assert.deepEqual(await resultTitles(page), ['Group A: team results (n = 7)']);
    // The group after it is read as the first view of the session: no figure withheld.
    const b = generatedCodes(6, 221);
    await addGroup(page);
    await read(page, 'B', b, 6);
    assert.equal(await page.locator('.lr-withheld').count(), 0);
    seen.push({
      a: await text(page.locator('section.lr-team-results .lr-summary-code').first()),
      b: await text(page.locator('section.lr-team-results .lr-summary-code').nth(1)),
    });
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(seen[0], seen[1]);
});

test('A (29), B (29 others), then A + B + one person is refused, in three boxes or in one', async () => {
  const a = generatedCodes(29, 211);
  const b = generatedCodes(29, 213);
  const one = generatedCodes(1, 215);
  {
    const { context, page, errors } = await openTeamView();
    await addGroup(page);
    await addGroup(page);
    await read(page, 'A', a, 29);
    await read(page, 'B', b, 29);
    const c = await read(page, 'C', [...a, ...b, ...one], 59);
    assert.equal(await text(c.locator('.lr-read .lr-error')), cellRefusal('view 1 (group A) and view 2 (group B)'));
    assert.deepEqual(await resultTitles(page), ['Group A: team results (n = 29)', 'Group B: team results (n = 29)']);
    // The comparison holds A and B only.
    assert.equal(await page.locator('section.lr-comparisons section.lr-compare').count(), 1);
    await axe(page, 'refused third view');
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { context, page, errors } = await openTeamView();
    await read(page, 'A', a, 29);
    await read(page, 'A', b, 29);
    const g = await read(page, 'A', [...a, ...b, ...one], 59);
    assert.equal(await text(g.locator('.lr-read .lr-error')), cellRefusal('view 1 (group A) and view 2 (group A)'));
    assert.equal(await page.locator('section.lr-team-results').count(), 0);
    // Five more people instead of one: every part has at least five, so it is shown.
    const five = generatedCodes(5, 217);
    const shown = await read(page, 'A', [...a, ...b, ...five], 63);
    assert.deepEqual(await resultTitles(page), ['Group A: team results (n = 63)']);
    // Not all five new people placed the team on "Driving improvements": that figure
    // alone would single them out, so it alone is withheld, with a note saying why.
    assert.equal(await text(shown.locator('.lr-read .lr-withheld')),
      `Not shown for this group: “Driving improvements”. Together with the groups shown before in this session, each of these figures would rest on fewer than ${MIN} people of its own, whose answers could then be worked out. Everything else is shown.`);
    assert.equal(await text(page.locator('section.lr-team-results tr[data-function="improvement"] td')),
      `withheld: together with the groups shown before, this figure could reveal the answers of fewer than ${MIN} people`);
    assert.equal(await page.locator('section.lr-team-results tr[data-function="improvement"]').count(), 1);
    await axe(page, 'view with a withheld figure');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a team's summary code next to the same team minus one person is refused, in either order", async () => {
  const team = generatedCodes(10, 301);
  const summary = await summaryOf(team);
  const minusOne = team.slice(1);
  {
    const { context, page, errors } = await openTeamView();
    await addGroup(page);
    await read(page, 'A', summary, /^Team summary of 10 people read/);
    const g = await read(page, 'B', minusOne, 9);
    assert.equal(await text(g.locator('.lr-read .lr-error')),
      `Not shown: This group counts, alone or together with groups shown before, 9 people, close to the 10 of the team summary shown earlier. The summary could be those people with fewer than ${MIN} more or fewer, and the difference would reveal their answers. It can be shown when these counts differ by at least ${MIN}.`);
    assert.equal(await page.locator('section.lr-team-results').count(), 0);
    assert.equal(await page.locator('section.lr-comparisons').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { context, page, errors } = await openTeamView();
    await addGroup(page);
    await read(page, 'A', minusOne, 9);
    const g = await read(page, 'B', summary, /^Not shown/);
    assert.equal(await text(g.locator('.lr-read .lr-error')),
      `Not shown: This team summary counts 10 people; groups read from codes in this session count 9 (alone or together). The summary could be those people with fewer than ${MIN} more or fewer, and the difference would reveal their answers; a summary code carries no list of its members, so this cannot be ruled out. It can be shown when its size differs from every such count by at least ${MIN}.`);
    assert.equal(await page.locator('section.lr-comparisons').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a summary made in this session stands for its own group and compares with another team', async () => {
  const t1 = generatedCodes(10, 311);
  const t2 = generatedCodes(20, 312);
  const { context, page, errors } = await openTeamView();
  await addGroup(page);
  await addGroup(page);
  await read(page, 'A', t1, 10);
  const own = await text(page.locator('section.lr-team-results .lr-summary-code'));
  await read(page, 'B', t2, 20);
  await read(page, 'C', own, /^Team summary of 10 people read/);
  assert.equal(await page.locator('section.lr-comparisons section.lr-compare').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Figures of one team-results table row. */
async function rowFigures(row) {
  const rwg = await text(row.locator('td.lr-rwg .lr-num'));
  return {
    rwg: rwg === '–' ? null : Number(rwg),
    ad: Number(await text(row.locator('td.lr-ad'))),
    label: await text(row.locator('td.lr-rwg .lr-muted')),
  };
}

test('agreement is "strong" only with r_wg(J) ≥ .70 and AD ≤ 0.83, on the table and in the cards', async () => {
  const team = generatedCodes(60, 401);
  const { context, page, errors } = await openTeamView();
  await read(page, 'A', team, 60);
  const rows = page.locator('section.lr-team-results table.lr-team-table tbody tr');
  let wideDespiteRwg = 0;
  let strong = 0;
  for (let i = 0; i < await rows.count(); i++) {
    const { rwg, ad, label } = await rowFigures(rows.nth(i));
    if (rwg >= 0.7 && ad <= 0.83) {
      assert.equal(label, 'strong agreement');
      strong++;
    } else {
      assert.notEqual(label, 'strong agreement', `row ${i}: r_wg(J) ${rwg}, AD ${ad}`);
      if (rwg >= 0.7) {
        wideDespiteRwg++;
        assert.equal(label, 'answers spread widely (AD above 0.83)');
      }
    }
  }
  assert.ok(wideDespiteRwg > 0, 'this team has an aspect with r_wg(J) ≥ .70 but AD above 0.83');
  // The card "members' answers are close" needs strong agreement everywhere.
  const close = page.locator('.lr-team-hit[data-rule="high_agreement"]');
  assert.equal(await close.count(), strong === await rows.count() ? 1 : 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a comparison verdict and its Hedges g interval never contradict each other', async () => {
  // A small spread-out group against a large one without spread on Autonomy: Welch's
  // interval is wide, a pooled-SD effect size would look precise.
  const a = generatedCodes(5, 411);
  const b = generatedCodes(40, 412, ['autonomy=4']);
  const { context, page, errors } = await openTeamView();
  await addGroup(page);
  await read(page, 'A', a, 5);
  await read(page, 'B', b, 40);
  const rows = page.locator('section.lr-compare table tbody tr[data-verdict]');
  assert.ok(await rows.count() >= 6);
  for (let i = 0; i < await rows.count(); i++) {
    const verdict = await rows.nth(i).getAttribute('data-verdict');
    const g = (await text(rows.nth(i).locator('td.lr-g'))).replace(/\u2212/g, '-');
    const m = g.match(/\[(-?[\d.]+), (-?[\d.]+)\]$/);
    assert.ok(m, `row ${i}: ${g}`);
    const [lo, hi] = [Number(m[1]), Number(m[2])];
    const welch = (await text(rows.nth(i).locator('td.lr-ci'))).replace(/\u2212/g, '-').match(/\[(-?[\d.]+), (-?[\d.]+)\]/);
    const excludesZero = Number(welch[1]) > 0 || Number(welch[2]) < 0;
    assert.equal(verdict !== 'NoReliableDifference', excludesZero, `row ${i}`);
    // The g interval lies on the same side of zero (its ends may round to 0.00).
    if (verdict === 'Higher') assert.ok(lo >= 0, `row ${i}: ${g}`);
    if (verdict === 'Lower') assert.ok(hi <= 0, `row ${i}: ${g}`);
    if (verdict === 'NoReliableDifference') assert.ok(lo <= 0 && hi >= 0, `row ${i}: ${g}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a suppressed aspect leaves a gap in the radar; clipped intervals are marked', async () => {
  // Four of six answer "can't say" to all of Autonomy: 2 < 5 responses there.
  const codes = [...generatedCodes(4, 421, ['autonomy=0']), ...generatedCodes(2, 422)];
  const { context, page, errors } = await openTeamView();
  await read(page, 'A', codes, 6);
  const res = page.locator('section.lr-team-results');
  const radar = res.locator('svg.lr-radar g.lr-series').first();
  assert.equal(await radar.locator('polygon.lr-profile').count(), 0, 'no closed polygon through the centre');
  assert.equal(await radar.locator('polyline.lr-profile').count(), 1);
  assert.equal(await radar.locator('circle.lr-dot').count(), 7);
  assert.equal(await text(res.locator('.lr-radar-gap')), `Not drawn: Autonomy (fewer than ${MIN} responses).`);
  await context.close();

  // 80 ± a wide interval: the upper end is cut at 100 and marked.
  const c2 = await openTeamView();
  const clipped = [...generatedCodes(4, 431, ['autonomy=5']), ...generatedCodes(1, 432, ['autonomy=1'])];
  await read(c2.page, 'A', clipped, 5);
  const ci = await text(c2.page.locator('section.lr-team-results tr[data-dimension="autonomy"] td.lr-ci'));
  assert.match(ci, /^\d+\.\d–100\.0\*$/);
  assert.equal(await text(c2.page.locator('section.lr-team-results .lr-clip-note')),
    '* The computed interval reaches past the end of the 0–100 scale and is cut there; the downloads keep the computed values.');
  await axe(c2.page, 'gap and clipped interval');
  assert.deepEqual([...errors, ...c2.errors], []);
  await c2.context.close();
});

test('two groups of five without spread on Autonomy get a verdict and a plain explanation', async () => {
  const a = generatedCodes(5, 501, ['autonomy=4']);
  const b = generatedCodes(5, 502, ['autonomy=2']);
  const { context, page, errors } = await openTeamView();
  await addGroup(page);
  await read(page, 'A', a, 5);
  await read(page, 'B', b, 5);
  const row = page.locator('section.lr-compare tr[data-dimension="autonomy"]');
  assert.equal(await row.getAttribute('data-verdict'), 'Lower');
  assert.equal(await text(row.locator('td.lr-diff')), '\u221250.0');
  assert.equal(await text(row.locator('td.lr-verdict')), 'lower');
  assert.equal(await text(row.locator('td.lr-t')), 'no test: no spread');
  assert.doesNotMatch(await text(row), /hidden|fewer than/);
  assert.equal(await text(page.locator('section.lr-compare .lr-nospread-note')),
    'Autonomy: everyone within each group gave the same answers, so there is no spread to test against. The difference holds exactly for these members; whether it would hold for others cannot be judged from these data.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same summary spelled with O for 0 counts once', async () => {
  const summary = await summaryOf(generatedCodes(6, 601));
  assert.match(summary, /0/);
  const { context, page, errors } = await openTeamView();
  const g = await read(page, 'A', `${summary}\n${summary.replace(/0/g, 'O').toLowerCase()}`, /^Team summary of 6 people read/);
  assert.match(await text(g.locator('.lr-duplicates')), /^One duplicate code was counted once/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a widget in team mode ignores #lr= in the address', async () => {
  const [code] = generatedCodes(1, 611);
  const { context, page, errors } = await newPage(env.browser);
  await page.goto(`${env.server.url}embed.html?mode=team#lr=${code}`);
  await page.locator('section.lr-team').waitFor();
  assert.equal(await page.locator('.lr-results').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 3-person summary made at minimum 3 is not announced as comparable at minimum 5', async () => {
  const summary = await summaryOf(generatedCodes(3, 621), `${env.server.url}embed.html?mode=team&min-group=3`);
  const { context, page, errors } = await openTeamView();
  const g = await read(page, 'A', summary, /^This team summary/);
  assert.equal(await text(g.locator('.lr-read .lr-notice')),
    'This team summary describes 3 people. This page shows team figures only from 5 people, so it cannot be compared here.');
  assert.equal(await g.locator('.lr-usable').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('results are marked out of date when their text changes, until read again', async () => {
  const codes = generatedCodes(6, 631);
  const { context, page, errors } = await openTeamView();
  const g = await read(page, 'A', codes, 6);
  assert.equal(await g.locator('.lr-stale').count(), 0);
  await g.locator('textarea').press('End');
  await g.locator('textarea').type('\n');
  await g.locator('.lr-stale').waitFor();
  assert.equal(await text(g.locator('.lr-stale')),
    'Out of date: the codes in this box changed after they were read. The results below are from the earlier text; read the codes again to update them.');
  assert.deepEqual(await resultTitles(page), ['Group A (out of date): team results (n = 6)']);
  await g.getByRole('button', { name: 'Read codes' }).click();
  // While it reads, the group shows neither the mark nor results: wait for the reading
  // to end, not only for the mark to go.
  await page.waitForFunction(() => !document.querySelector('.lr-stale, .lr-reading')
    && document.querySelector('section.lr-team-results'));
  assert.equal(await g.locator('.lr-stale').count(), 0);
  assert.deepEqual(await resultTitles(page), ['Group A: team results (n = 6)']);
  assert.deepEqual(errors, []);
  await context.close();
});

// ---- Crafted summary codes (the format of src/domain/team: bits, varints, BCH checksum).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
function polymod(values) {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]) >>> 0;
  }
  return chk;
}
function craftSummary({ fingerprint, n, dims, own = null }) {
  const bits = [];
  const put = (value, width) => { for (let i = width - 1; i >= 0; i--) bits.push(Number((BigInt(value) >> BigInt(i)) & 1n)); };
  const varint = (value) => {
    let v = BigInt(value);
    do { const g = v & 15n; v >>= 4n; put(v !== 0n ? 1 : 0, 1); put(g, 4); } while (v !== 0n);
  };
  put(fingerprint, 32);
  varint(n);
  for (const d of dims) {
    put(d ? 1 : 0, 1);
    if (d) { varint(d.missing); put(d.mean10, 10); put(d.sd10, 10); }
  }
  put(own ? 1 : 0, 1);
  while (bits.length % 5) bits.push(0);
  const data = [];
  for (let i = 0; i < bits.length; i += 5) data.push(bits.slice(i, i + 5).reduce((a, b) => (a << 1) | b, 0));
  const hrp = [...'lrs1'].map((c) => c.charCodeAt(0));
  const pm = (polymod([...hrp.map((c) => c >> 5), 0, ...hrp.map((c) => c & 31), ...data, 0, 0, 0, 0, 0, 0]) ^ 0x2bc830a3) >>> 0;
  const check = Array.from({ length: 6 }, (_, i) => (pm >>> (5 * (5 - i))) & 31);
  return `LRS1-${[...data, ...check].map((v) => ALPHABET[v]).join('')}`;
}
/** The questionnaire fingerprint carried in a genuine summary code (its first 32 bits). */
function fingerprintOf(summary) {
  const syms = [...summary.slice(5)].map((c) => ALPHABET.indexOf(c));
  const bits = syms.flatMap((v) => [4, 3, 2, 1, 0].map((i) => (v >> i) & 1));
  return bits.slice(0, 32).reduce((a, b) => a * 2 + b, 0);
}

test('summary codes with impossible figures are refused with a reason', async () => {
  const genuine = await summaryOf(generatedCodes(6, 701));
  const fingerprint = fingerprintOf(genuine);
  const dims = Array.from({ length: 8 }, () => ({ missing: 0, mean10: 500, sd10: 150 }));
  // The format check itself: a crafted code with ordinary figures reads fine.
  const ordinary = craftSummary({ fingerprint, n: 12, dims });
  const huge = craftSummary({ fingerprint, n: 4294967295, dims });
  const badSd = craftSummary({ fingerprint, n: 12, dims: dims.map((d, i) => (i === 0 ? { missing: 0, mean10: 0, sd10: 300 } : d)) });
  const { context, page, errors } = await openTeamView();
  await read(page, 'A', ordinary, /^Team summary of 12 people read/);
  await addGroup(page);
  const g = await read(page, 'B', `${huge}\n${badSd}`, /./);
  const reasons = await g.locator('.lr-invalid li').allTextContents();
  assert.equal(reasons.length, 2);
  assert.match(reasons[0], /— the team summary code claims 4294967295 people; no summary can describe more than 100000 \(the most codes this page reads\), so it is not genuine$/);
  assert.match(reasons[1], /— the team summary code claims an SD of 30\.0 for a mean of 0\.0 on the 0–100 scale in Autonomy; with 12 people the SD cannot exceed 2\.3 there, so it is not genuine$/);
  assert.equal(await page.locator('section.lr-comparisons').count(), 0, 'nothing to compare with');
  assert.deepEqual(errors, []);
  await context.close();
});

test('careless summary codes: near-miss prefixes and invisible characters are named with their position; a grouped summary is read', async () => {
  const summary = await summaryOf(generatedCodes(6, 801));
  const body = summary.slice('LRS1-'.length);
  const grouped = `LRS1-${body.match(/.{1,5}/g).join(' ')}`;
  const zwsp = `LRS1-${body.slice(0, 8)}\u200B${body.slice(8)}`;
  const fullWidth = `\uFF2C\uFF32\uFF33\uFF11\uFF0D${body}`;
  const pasted = [`LRSI-${body}`, `LRS1_${body}`, zwsp, fullWidth, `LRS-${body}`, grouped].join('\n');
  const { context, page, errors } = await openTeamView();
  const g = await read(page, 'A', pasted, /^Team summary of 6 people read/);
  const reasons = await g.locator('.lr-invalid li').allTextContents();
  assert.equal(reasons.length, 5, reasons.join('\n'));
  // Each listed with its own reason (summaries found whole come before near misses).
  for (const [start, why] of [
    ['LRSI-', /— this code starts with "LRSI-": at position 4 is the letter 'I' where the digit 1 belongs \("LRS1-"\)$/],
    ['LRS1_', /— this code starts with "LRS1_": at position 5 is an underscore where a dash belongs \("LRS1-"\)$/],
    [zwsp.slice(0, 14), /— there is a zero-width space \(U\+200B\) at position 14, which is not allowed in a team summary code; delete it \(it may be invisible\)$/],
    ['\uFF2C\uFF32', /in full-width characters; type it with ordinary letters and digits \("LRS1-"\)$/],
    ['LRS-', /— this code starts with "LRS-": the version digit 1 is missing at position 4 \("LRS1-"\)$/],
  ]) {
    const r = reasons.filter((t) => t.startsWith(start));
    assert.equal(r.length, 1, `${start}: ${reasons.join('\n')}`);
    assert.match(r[0], why);
  }
  await axe(page, 'team view with careless summary codes');
  assert.deepEqual(errors, []);
  await context.close();
  // The same in German and French.
  for (const [lang, words] of [
    ['de', /An Position 4 steht der Buchstabe 'I', wo die Ziffer 1 hingehört/],
    ['fr', /en position 4 se trouve la lettre 'I' à la place du chiffre 1/],
  ]) {
    const ctx = await openTeamView(`${env.server.url}embed.html?mode=team&lang=${lang}`);
    const box = groupBox(ctx.page, 'A');
    await box.locator('textarea').fill(`LRSI-${body}`);
    await box.locator('button.lr-primary').first().click();
    await box.locator('.lr-invalid li').first().waitFor();
    assert.match(await box.locator('.lr-invalid li').first().textContent(), words);
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  }
});
