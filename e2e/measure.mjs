// Prints the median, over N runs in headless Chromium, of
//  - navigation → start screen visible (first interactive content),
//  - navigation → first question visible (clicking Start as soon as it appears),
//  - click on an answer → progress text updated,
//  - navigation → team view ready on a page whose widget is in team mode (embed.html?mode=team,
//    which loads the team-mode module alone): its first text box for codes visible.
// Usage: node measure.mjs [runs]   (expects a release build in ../dist, or LR_DIST)
import { serve, launch } from './tests/harness.js';

const runs = Number(process.argv[2] || 15);
const server = await serve();
const browser = await launch();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const startMs = [];
const firstQuestionMs = [];
const clickMs = [];
const teamMs = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: 'commit' });
  // Timestamps are taken inside the page (performance.now() is relative to navigation start).
  await page.waitForSelector('.lr-start button.lr-primary', { state: 'visible' });
  startMs.push(await page.evaluate(() => performance.now()));
  await page.click('.lr-start button.lr-primary');
  await page.waitForSelector('fieldset.lr-item', { state: 'visible' });
  firstQuestionMs.push(await page.evaluate(() => performance.now()));
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const target = document.querySelector('.lr-answered');
    const before = target.textContent;
    const label = document.querySelector('fieldset.lr-item label.lr-opt');
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (target.textContent !== before) { obs.disconnect(); resolve(performance.now() - t0); }
    });
    obs.observe(target, { childList: true, characterData: true, subtree: true });
    label.click();
  }));
  clickMs.push(ms);
  await context.close();

  const teamContext = await browser.newContext();
  const teamPage = await teamContext.newPage();
  await teamPage.goto(new URL('embed.html?mode=team', server.url).href, { waitUntil: 'commit' });
  await teamPage.waitForSelector('section.lr-team textarea', { state: 'visible' });
  teamMs.push(await teamPage.evaluate(() => performance.now()));
  await teamContext.close();
}
await browser.close();
server.close();
const f = (x) => x.toFixed(1);
console.log(`runs: ${runs}`);
console.log(`navigation -> start screen visible: median ${f(median(startMs))} ms (min ${f(Math.min(...startMs))}, max ${f(Math.max(...startMs))})`);
console.log(`navigation -> first question visible (Start clicked at once): median ${f(median(firstQuestionMs))} ms (min ${f(Math.min(...firstQuestionMs))}, max ${f(Math.max(...firstQuestionMs))})`);
console.log(`click -> progress updated: median ${f(median(clickMs))} ms (min ${f(Math.min(...clickMs))}, max ${f(Math.max(...clickMs))})`);
console.log(`navigation -> team view ready (team-mode page): median ${f(median(teamMs))} ms (min ${f(Math.min(...teamMs))}, max ${f(Math.max(...teamMs))})`);
