// End-to-end: the release archive as an editor gets it. scripts/package.py packs dist/ twice
// (the bytes must be equal); the archive is unpacked into a fresh folder and served under a
// sub-path with the strict CSP; a host page made of snippet.html as pasted (plus a team view
// element) runs a survey and a team view with no CSP violation and no request outside the
// bundle. A copy with one altered byte in the wasm (or in the glue) must stop with a visible
// message naming the file, before any of the widget's code runs. The English-only bundle
// (scripts/build-lang.sh en, packed as leadership-radar-<version>-en.zip) runs the same way,
// in English only, and is smaller.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, cpSync, appendFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, ROOT, DIST, generatedCodes, questionnaire as q } from './harness.js';
import { recordPage, recorded, answerAll, STRICT_CSP, BUNDLE_PATH } from './embed-site.js';
import { startStatic } from './static-server.js';

const VERSION = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const FOLDER = `leadership-radar-${VERSION}`;
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let browser;
let zipPath;
let unpacked; // the release folder, freshly unpacked
before(async () => {
  const out = mkdtempSync(join(tmpdir(), 'lr-release-'));
  zipPath = execFileSync('python3', [join(ROOT, 'scripts', 'package.py'), DIST, out], { encoding: 'utf8' }).trim();
  const into = mkdtempSync(join(tmpdir(), 'lr-unpacked-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', zipPath, into]);
  unpacked = join(into, FOLDER);
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** Records the calls that would compile or run the wasm, from before any page script. */
async function countWasmRuns(page) {
  await page.addInitScript(() => {
    window.__wasmRuns = 0;
    for (const k of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
      const original = WebAssembly[k];
      WebAssembly[k] = function (...args) { window.__wasmRuns++; return original.apply(this, args); };
    }
  });
}

test('the archive is reproducible and complete', () => {
  const again = execFileSync('python3', [join(ROOT, 'scripts', 'package.py'), DIST, mkdtempSync(join(tmpdir(), 'lr-release-'))], { encoding: 'utf8' }).trim();
  assert.ok(zipPath.endsWith(`${FOLDER}.zip`), zipPath);
  assert.ok(readFileSync(zipPath).equals(readFileSync(again)), 'two packs of the same dist/ differ');
  assert.deepEqual(readdirSync(unpacked).sort(), [
    'EMBEDDING.md', 'LICENSE', 'LICENSE-APACHE', 'LICENSE-MIT', 'SHA256SUMS', 'embed.html',
    'leadership-radar-embed.js', 'leadership-radar-frame.js', 'leadership-radar-team.js', 'leadership-radar-team_bg.wasm',
    'leadership-radar.js', 'leadership-radar_bg.wasm', 'radar.css', 'snippet.html',
  ]);
  // SHA256SUMS covers every other file, with the right sums.
  const sums = readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.equal(sums.length, 13);
  for (const line of sums) {
    const [sum, name] = line.split(/ {2}/);
    assert.equal(createHash('sha256').update(readFileSync(join(unpacked, name))).digest('hex'), sum, name);
  }
  // The bundle files are dist/'s, byte for byte.
  for (const f of ['leadership-radar-embed.js', 'leadership-radar.js', 'leadership-radar_bg.wasm', 'leadership-radar-team.js',
    'leadership-radar-team_bg.wasm', 'radar.css', 'embed.html']) {
    assert.ok(readFileSync(join(unpacked, f)).equals(readFileSync(join(DIST, f))), f);
  }
  // snippet.html: the loader's real hash, crossorigin, a URL relative to the folder.
  const snippet = readFileSync(join(unpacked, 'snippet.html'), 'utf8');
  const loader = readFileSync(join(unpacked, 'leadership-radar-embed.js'));
  assert.ok(snippet.includes(`<script type="module" src="leadership-radar-embed.js" integrity="${sri(loader)}" crossorigin="anonymous"></script>`), snippet);
  assert.match(snippet, /<leadership-radar lang="en">/);
  // The loader carries the hashes of the files it loads.
  for (const f of ['leadership-radar.js', 'leadership-radar_bg.wasm', 'leadership-radar-team.js', 'leadership-radar-team_bg.wasm', 'radar.css']) {
    assert.ok(loader.toString().includes(`"${f}": "${sri(readFileSync(join(unpacked, f)))}"`), `loader lacks the hash of ${f}`);
  }
  const doc = readFileSync(join(unpacked, 'EMBEDDING.md'), 'utf8');
  assert.doesNotMatch(doc, /\{\{/);
  assert.ok(doc.includes(sri(readFileSync(join(unpacked, 'leadership-radar-frame.js')))), 'frame helper hash in EMBEDDING.md');
  for (const needed of ['Content-Security-Policy', 'allow="clipboard-write"', 'leadership-radar:completed', '--lr-accent', VERSION]) {
    assert.ok(doc.includes(needed), `EMBEDDING.md lacks ${needed}`);
  }
  assert.match(readFileSync(join(unpacked, 'LICENSE'), 'utf8'), /MIT OR Apache-2\.0/);
  assert.match(readFileSync(join(unpacked, 'LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004/);
});

/** A host page in the release folder: snippet.html as pasted, then a team view element. */
function hostPage(dir, extra = '') {
  const snippet = readFileSync(join(dir, 'snippet.html'), 'utf8');
  writeFileSync(join(dir, 'team-check.html'), `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Team check</title><link rel="icon" href="data:,"></head>
<body>
<h1>Team check</h1>
${snippet}
<h2>For facilitators</h2>
<leadership-radar id="team" mode="team" storage="facilitator"></leadership-radar>
${extra}
</body>
</html>
`);
}

test('snippet.html pasted as is, from the unpacked archive under a sub-path with the strict CSP: survey and team view', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-site-'));
  cpSync(unpacked, dir, { recursive: true });
  hostPage(dir);
  const site = await startStatic({ routes: [{ prefix: BUNDLE_PATH, dir }], headers: { 'Content-Security-Policy': STRICT_CSP } });
  const { context, page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await recordPage(page);
  await countWasmRuns(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(site.url(`${BUNDLE_PATH}team-check.html`));
  const self = page.locator('leadership-radar').first();
  await self.locator('.lr-start').waitFor();
  assert.match(await self.locator('.lr-version').textContent(), new RegExp(`Leadership Radar, version ${VERSION.replace(/\./g, '\\.')}`));
  await answerAll(self, (n) => (n % 5) + 1);
  await self.locator('.lr-results svg.lr-radar').waitFor();
  const code = (await recorded(page)).events.find((e) => e.type === 'completed').detail.code;
  assert.match(code, /^LR1-/);

  const team = page.locator('#team');
  await team.locator('section.lr-team').waitFor();
  await team.locator('section.lr-group textarea').first().fill([...generatedCodes(5, 21), code].join('\n'));
  await team.getByRole('button', { name: 'Read codes' }).first().click();
  await team.locator('section.lr-team-results').first().waitFor();
  assert.equal(await team.locator('section.lr-team-results tr[data-dimension]').count() >= q.dimensions.length, true);

  const r = await recorded(page);
  assert.deepEqual(r.violations, [], 'CSP violations');
  assert.equal(r.events.filter((e) => e.type === 'ready').length, 2);
  assert.ok(r.events.every((e) => e.type !== 'ready' || e.detail.widget === VERSION), 'ready names the release');
  // Nothing but the bundle folder (data: URLs are not requests).
  const outside = requests.filter((u) => !u.startsWith('data:') && !u.startsWith(site.url(BUNDLE_PATH)));
  assert.deepEqual(outside, []);
  assert.ok(site.requests.every((p) => p.startsWith(BUNDLE_PATH)), site.requests.join('\n'));
  assert.ok(await page.evaluate(() => window.__wasmRuns) >= 1, 'the instrumentation sees a normal start');
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});

/** Serves a copy of the release with `tamper(dir)` applied and opens the pasted snippet. */
async function openTampered(tamper) {
  const dir = mkdtempSync(join(tmpdir(), 'lr-tampered-'));
  cpSync(unpacked, dir, { recursive: true });
  tamper(dir);
  hostPage(dir);
  const site = await startStatic({ routes: [{ prefix: BUNDLE_PATH, dir }], headers: { 'Content-Security-Policy': STRICT_CSP } });
  const ctx = await newPage(browser);
  await recordPage(ctx.page);
  await countWasmRuns(ctx.page);
  await ctx.page.goto(site.url(`${BUNDLE_PATH}team-check.html`));
  await ctx.page.waitForFunction(() => document.querySelectorAll('leadership-radar[data-leadership-radar-mounted="error"]').length === 2);
  return { ...ctx, site };
}

test('one altered byte in the wasm: a visible message in place, and the wasm never runs', async () => {
  const { context, page, errors, site } = await openTampered((dir) => {
    const file = join(dir, 'leadership-radar_bg.wasm');
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes[at] ^= 0x01;
    writeFileSync(file, bytes);
  });
  for (const el of await page.locator('leadership-radar').all()) {
    const box = el.locator('.lr-mount-error');
    assert.equal(await box.getAttribute('role'), 'alert');
    assert.match(await box.textContent(), /could not start\. leadership-radar_bg\.wasm does not match the SHA-384 hash/);
    assert.equal(await el.locator('.lr-start, .lr-team').count(), 0);
  }
  assert.equal(await page.evaluate(() => window.__wasmRuns), 0, 'WebAssembly was compiled or instantiated');
  assert.ok(errors.some((e) => e.includes('integrity') || e.includes('Leadership Radar could not start')), errors.join('\n'));
  await context.close();
  await site.close();
});

test('an altered glue file is not executed either', async () => {
  const { context, page, site } = await openTampered((dir) => {
    appendFileSync(join(dir, 'leadership-radar.js'), '\nglobalThis.__lrTampered = true;\n');
  });
  assert.match(await page.locator('leadership-radar').first().locator('.lr-mount-error').textContent(),
    /leadership-radar\.js does not match the SHA-384 hash/);
  assert.equal(await page.evaluate(() => window.__lrTampered), undefined, 'the altered glue ran');
  assert.equal(await page.evaluate(() => window.__wasmRuns), 0);
  await context.close();
  await site.close();
});

// The English-only build: scripts/build-lang.sh en (scripts/test.sh and scripts/release.sh run it).
const DIST_EN = process.env.LR_DIST_EN || join(ROOT, 'target', 'dist-lang', 'en');

/** `v` with only `keep`'s entries in its text maps ({"en": …, "de": …}) and `languages`. */
function onlyLanguages(v, keep, key = '') {
  if (Array.isArray(v)) return v.filter((x) => key !== 'languages' || keep.includes(x)).map((x) => onlyLanguages(x, keep));
  if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    const textMap = keys.length > 0 && keys.every((k) => ['en', 'de', 'fr'].includes(k));
    return Object.fromEntries(keys.filter((k) => !textMap || keep.includes(k)).map((k) => [k, onlyLanguages(v[k], keep, k)]));
  }
  return v;
}

test('the English-only bundle: packed under its own name, smaller, runs in English only with the strict CSP', async () => {
  assert.ok(existsSync(join(DIST_EN, 'leadership-radar_bg.wasm')), `${DIST_EN} is missing: run scripts/build-lang.sh en`);
  const out = mkdtempSync(join(tmpdir(), 'lr-release-en-'));
  const zip = execFileSync('python3', [join(ROOT, 'scripts', 'package.py'), DIST_EN, out, 'en'], { encoding: 'utf8' }).trim();
  assert.ok(zip.endsWith(`${FOLDER}-en.zip`), zip);
  // A build is never packed under another build's name.
  for (const [dist, lang] of [[DIST_EN, null], [DIST, 'en']]) {
    const args = [join(ROOT, 'scripts', 'package.py'), dist, mkdtempSync(join(tmpdir(), 'lr-wrong-')), ...(lang ? [lang] : [])];
    assert.throws(() => execFileSync('python3', args, { stdio: 'pipe' }), (e) => /is built with the languages/.test(String(e.stderr)));
  }
  const into = mkdtempSync(join(tmpdir(), 'lr-unpacked-en-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, into]);
  const dir = join(into, `${FOLDER}-en`);
  assert.deepEqual(readdirSync(dir).sort(), readdirSync(unpacked).sort());
  const snippet = readFileSync(join(dir, 'snippet.html'), 'utf8');
  assert.match(snippet, /<leadership-radar lang="en">/);
  assert.match(snippet, /Options: lang \(en\),/);
  const doc = readFileSync(join(dir, 'EMBEDDING.md'), 'utf8');
  assert.doesNotMatch(doc, /\{\{/);
  assert.ok(doc.includes('built with English only'), 'EMBEDDING.md names the language');
  assert.doesNotMatch(doc, /lang="de"|lang=de/);
  // Both modules are smaller than the full build's by the other languages' texts: the
  // second module (results and team view) by about 50 KB gzip, the widget module (start
  // screen and survey, with only their own strings) by about 22 KB.
  for (const [f, less] of [['leadership-radar_bg.wasm', 15000], ['leadership-radar-team_bg.wasm', 30000]]) {
    const gz = (d) => gzipSync(readFileSync(join(d, f)), { level: 9 }).length;
    assert.ok(gz(DIST) - gz(dir) > less, `${f}: ${gz(DIST)} -> ${gz(dir)} B gzip`);
  }

  // The pasted snippet, the team view, a custom questionnaire in three languages (shown in
  // English), one in German only (refused: this bundle cannot show it without mixing
  // languages) and an element asking for German (refused, naming the bundle's language).
  const three = { ...q, id: 'three-languages', languages: ['fr', 'de', 'en'] };
  const german = onlyLanguages({ ...q, id: 'german-only' }, ['de']);
  hostPage(dir, `<script type="application/json" id="three">${JSON.stringify(three)}</script>
<leadership-radar id="custom" questionnaire="three" storage="custom"></leadership-radar>
<script type="application/json" id="german">${JSON.stringify(german)}</script>
<leadership-radar id="german-q" questionnaire="german" storage="german"></leadership-radar>
<leadership-radar id="asks-de" lang="de" storage="asks"></leadership-radar>`);
  const site = await startStatic({ routes: [{ prefix: BUNDLE_PATH, dir }], headers: { 'Content-Security-Policy': STRICT_CSP } });
  const { context, page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await recordPage(page);
  await page.goto(site.url(`${BUNDLE_PATH}team-check.html`));
  const self = page.locator('leadership-radar').first();
  await self.locator('.lr-start').waitFor();
  assert.deepEqual(await self.locator('.lr-lang option').allTextContents(), ['English']);
  assert.equal(await self.locator('.lr-app').getAttribute('lang'), 'en');
  await answerAll(self, (n) => (n % 5) + 1);
  await self.locator('.lr-results svg.lr-radar').waitFor();
  // Codes are those of the full build (the questionnaire's fingerprint ignores wording).
  const code = (await recorded(page)).events.find((e) => e.type === 'completed').detail.code;
  const team = page.locator('#team');
  await team.locator('section.lr-team').waitFor();
  await team.locator('section.lr-group textarea').first().fill([...generatedCodes(5, 21), code].join('\n'));
  await team.getByRole('button', { name: 'Read codes' }).first().click();
  await team.locator('section.lr-team-results').first().waitFor();

  const custom = page.locator('#custom');
  await custom.locator('.lr-start').waitFor();
  assert.equal(await custom.locator('.lr-app').getAttribute('lang'), 'en');
  assert.ok((await custom.locator('.lr-start').textContent()).includes(q.title.en), 'the questionnaire in English');
  assert.deepEqual(await custom.locator('.lr-lang option').allTextContents(), ['English']);

  const refused = async (id) => {
    const el = page.locator(id);
    await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('data-leadership-radar-mounted') === 'error', id);
    return el.locator('.lr-mount-error').textContent();
  };
  assert.match(await refused('#german-q'), /in de only, and the widget's interface speaks en/);
  assert.match(await refused('#asks-de'), /lang="de": this copy of the widget is built with en only/);

  const r = await recorded(page);
  assert.deepEqual(r.violations, [], 'CSP violations');
  assert.deepEqual(errors.filter((e) => !e.includes('Leadership Radar could not start')), []);
  await context.close();
  await site.close();
});
