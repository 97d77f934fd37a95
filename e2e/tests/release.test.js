// End-to-end: the release archive as an editor gets it. scripts/package.py packs dist/ twice
// (the bytes must be equal); the archive is unpacked into a fresh folder and served under a
// sub-path with the strict CSP; a host page made of snippet.html as pasted (plus a team view
// element) runs a survey and a team view with no CSP violation and no request outside the
// bundle. A copy with one altered byte in the wasm (or in the glue) must stop with a visible
// message naming the file, before any of the widget's code runs. Every module of the
// archive speaks one language (a page loads its language's only).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, cpSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, ROOT, DIST, generatedCodes, questionnaire as q } from './harness.js';
import { recordPage, recorded, answerAll, STRICT_CSP, BUNDLE_PATH, LANGUAGES, MODULE_KINDS } from './embed-site.js';
import { startStatic } from './static-server.js';

const VERSION = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const FOLDER = `leadership-radar-${VERSION}`;
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** Every module file: per language the glue and wasm of the widget, the second module and the team-mode module. */
const MODULES = LANGUAGES.flatMap((l) => MODULE_KINDS.flatMap((kind) =>
  [`leadership-radar-${kind}${l}.js`, `leadership-radar-${kind}${l}_bg.wasm`]));

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
  assert.deepEqual(LANGUAGES, ['en', 'de', 'fr']);
  assert.deepEqual(readdirSync(unpacked).sort(), [
    'EMBEDDING.md', 'LICENSE', 'LICENSE-APACHE', 'LICENSE-MIT', 'SHA256SUMS', 'embed.html',
    'leadership-radar-embed.js', 'leadership-radar-frame.js', ...MODULES, 'radar.css', 'snippet.html',
  ].sort());
  // SHA256SUMS covers every other file, with the right sums.
  const sums = readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.equal(sums.length, 9 + MODULES.length);
  for (const line of sums) {
    const [sum, name] = line.split(/ {2}/);
    assert.equal(createHash('sha256').update(readFileSync(join(unpacked, name))).digest('hex'), sum, name);
  }
  // The bundle files are dist/'s, byte for byte.
  for (const f of ['leadership-radar-embed.js', ...MODULES, 'radar.css', 'embed.html']) {
    assert.ok(readFileSync(join(unpacked, f)).equals(readFileSync(join(DIST, f))), f);
  }
  // snippet.html: the loader's real hash, crossorigin, a URL relative to the folder.
  const snippet = readFileSync(join(unpacked, 'snippet.html'), 'utf8');
  const loader = readFileSync(join(unpacked, 'leadership-radar-embed.js'));
  assert.ok(snippet.includes(`<script type="module" src="leadership-radar-embed.js" integrity="${sri(loader)}" crossorigin="anonymous"></script>`), snippet);
  assert.match(snippet, /<leadership-radar lang="en">/);
  // The loader carries the hashes of the files it loads.
  for (const f of [...MODULES, 'radar.css']) {
    assert.ok(loader.toString().includes(`"${f}": "${sri(readFileSync(join(unpacked, f)))}"`), `loader lacks the hash of ${f}`);
  }
  assert.ok(loader.toString().includes('=["en", "de", "fr"]'), 'the loader lists the languages built');
  // Each module speaks its own language only (the compiled-in questionnaire lists it).
  for (const l of LANGUAGES) {
    for (const f of MODULE_KINDS.map((kind) => `leadership-radar-${kind}${l}_bg.wasm`)) {
      assert.match(readFileSync(join(unpacked, f)).toString('latin1'), new RegExp(`"languages":\\["${l}"\\]`), f);
    }
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
    const file = join(dir, 'leadership-radar-en_bg.wasm');
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes[at] ^= 0x01;
    writeFileSync(file, bytes);
  });
  for (const el of await page.locator('leadership-radar').all()) {
    const box = el.locator('.lr-mount-error');
    assert.equal(await box.getAttribute('role'), 'alert');
    assert.match(await box.textContent(), /could not start\. leadership-radar-en_bg\.wasm does not match the SHA-384 hash/);
    assert.equal(await el.locator('.lr-start, .lr-team').count(), 0);
  }
  assert.equal(await page.evaluate(() => window.__wasmRuns), 0, 'WebAssembly was compiled or instantiated');
  assert.ok(errors.some((e) => e.includes('integrity') || e.includes('Leadership Radar could not start')), errors.join('\n'));
  await context.close();
  await site.close();
});

test('an altered glue file is not executed either', async () => {
  const { context, page, site } = await openTampered((dir) => {
    appendFileSync(join(dir, 'leadership-radar-en.js'), '\nglobalThis.__lrTampered = true;\n');
  });
  assert.match(await page.locator('leadership-radar').first().locator('.lr-mount-error').textContent(),
    /leadership-radar-en\.js does not match the SHA-384 hash/);
  assert.equal(await page.evaluate(() => window.__lrTampered), undefined, 'the altered glue ran');
  assert.equal(await page.evaluate(() => window.__wasmRuns), 0);
  await context.close();
  await site.close();
});
