// End-to-end: style isolation. The widget on a host page with an aggressive stylesheet
// (hosts/hostile.css: `* {font-size: 30px; box-sizing: content-box}`, `button {all: unset}`,
// input, table, heading and paragraph rules, inherited fonts) must compute the same styles as
// on a plain page, on every screen; host elements outside the widget keep the host's styles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { newPage, ARTIFACTS } from './harness.js';
import { useSite, answerAll } from './embed-site.js';

const env = useSite();

const PROPS = [
  'font-size', 'font-family', 'font-weight', 'line-height', 'color', 'letter-spacing', 'text-transform',
  'text-align', 'box-sizing', 'display', 'visibility', 'float', 'position',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'border-top-width', 'border-top-style', 'border-left-width', 'background-color', 'appearance',
];
const SIZED = ['width', 'height'];

/** Computed styles of representative widget elements (the first match of each selector). */
const SCREENS = {
  start: ['.lr-app', '.lr-h', '.lr-lang select', '.lr-privacy', '.lr-start p', 'button.lr-primary'],
  survey: ['fieldset.lr-item', 'fieldset.lr-item legend', 'label.lr-opt', 'input[type="radio"]',
    '.lr-progress-bar', '.lr-nav button.lr-btn', '.lr-nav button.lr-primary'],
  results: ['.lr-results .lr-h', '.lr-headline', '.lr-next', 'details.lr-aspect', 'details.lr-aspect summary', 'svg.lr-radar',
    '.lr-axis-label', '.lr-code-box', '.lr-actions button.lr-btn'],
};

function snapshot(page, selectors) {
  return page.evaluate(({ selectors, props, sized }) => {
    const host = document.querySelector('#radar');
    const root = host.shadowRoot || host; // <leadership-radar> renders in its shadow root
    const out = {};
    for (const sel of selectors) {
      const el = root.querySelector(sel);
      if (!el) { out[sel] = 'missing'; continue; }
      const cs = getComputedStyle(el);
      const radio = el.matches('input[type="radio"]');
      for (const p of [...props, ...(radio ? sized : [])]) out[`${sel} ${p}`] = cs.getPropertyValue(p);
    }
    return out;
  }, { selectors, props: PROPS, sized: SIZED });
}

async function walk(path) {
  const { context, page, errors } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.site.url(path));
  const root = page.locator('#radar');
  await root.locator('.lr-start').waitFor();
  const shots = { start: await snapshot(page, SCREENS.start) };
  await root.locator('.lr-start button.lr-primary').click();
  await root.locator('.lr-survey').waitFor();
  shots.survey = await snapshot(page, SCREENS.survey);
  await root.locator('.lr-survey button.lr-btn').filter({ hasText: 'Back' }).click();
  await answerAll(root, (n) => (n % 5) + 1);
  await root.locator('.lr-results svg.lr-radar').waitFor();
  shots.results = await snapshot(page, SCREENS.results);
  return { context, page, errors, shots };
}

/** Screens on which the two walks computed different styles, as readable lines. */
function differences(a, b) {
  const out = [];
  for (const screen of Object.keys(SCREENS)) {
    for (const k of Object.keys(a.shots[screen])) {
      if (a.shots[screen][k] !== b.shots[screen][k]) out.push(`${screen} ${k}: ${a.shots[screen][k]} → ${b.shots[screen][k]}`);
    }
  }
  return out;
}

test('<leadership-radar> (shadow DOM): neither the hostile stylesheet nor its !important twin changes it', async () => {
  const plain = await walk('/plain.html');
  const element = await walk('/hostile-element.html');
  const important = await walk('/hostile-important-element.html');
  assert.deepEqual(differences(plain, element), []);
  assert.deepEqual(differences(plain, important), []);
  // The measurement behind the choice of shadow DOM: the same !important rules reach a
  // widget in the page's DOM (the placeholder div), where no selector can beat them.
  const div = await walk('/hostile-important.html');
  const leaked = differences(plain, div);
  console.log(`hostile !important stylesheet: ${leaked.length} computed properties differ for the div, 0 for the element`);
  assert.ok(leaked.length > 0, 'expected !important host rules to reach the light-DOM widget');
  assert.deepEqual(element.errors, []);
  assert.deepEqual(important.errors, []);
  for (const w of [plain, element, important, div]) await w.context.close();
});

test('a hostile host stylesheet does not change the widget; host elements keep it', async () => {
  const plain = await walk('/plain.html');
  const hostile = await walk('/hostile.html');
  for (const screen of Object.keys(SCREENS)) {
    const diffs = Object.keys(plain.shots[screen])
      .filter((k) => plain.shots[screen][k] !== hostile.shots[screen][k])
      .map((k) => `${k}: ${plain.shots[screen][k]} → ${hostile.shots[screen][k]}`);
    assert.deepEqual(diffs, [], `${screen} screen differs under the hostile stylesheet`);
    assert.ok(!Object.values(plain.shots[screen]).includes('missing'), `${screen}: a selector matched nothing`);
  }
  // Spot checks with the numbers the brief names.
  const s = hostile.shots;
  assert.equal(s.survey['fieldset.lr-item legend font-size'], '16px');
  assert.notEqual(s.survey['.lr-nav button.lr-btn padding-left'], '0px');
  assert.equal(s.survey['input[type="radio"] visibility'], 'visible');
  assert.equal(s.survey['input[type="radio"] margin-left'], '0px');
  assert.equal(s.survey['input[type="radio"] width'], '20px');
  assert.equal(s.results['.lr-code-box border-top-width'], '1px');
  // Outside the widget the host's rules still apply.
  const host = await hostile.page.evaluate(() => {
    const cs = (sel) => getComputedStyle(document.querySelector(sel));
    return {
      p: cs('.host-p').fontSize,
      button: cs('.host-btn').paddingLeft + ' ' + cs('.host-btn').display,
      input: cs('.host-input').marginLeft + ' ' + cs('.host-input').width,
      table: cs('.host-table').borderTopWidth + ' ' + cs('.host-table').borderTopColor,
    };
  });
  assert.deepEqual(host, { p: '30px', button: '0px inline', input: '20px 50px', table: '5px rgb(255, 0, 0)' });
  await hostile.page.screenshot({ path: join(ARTIFACTS, 'embed-hostile-results.png'), fullPage: true });
  assert.deepEqual(plain.errors, []);
  assert.deepEqual(hostile.errors, []);
  await plain.context.close();
  await hostile.context.close();
});
