// Trunk post_build step, run after scripts/build-modules.sh and before scripts/integrity.py
// hashes the files (Trunk.toml): minifies every wasm-bindgen glue (leadership-radar-<lang>.js,
// leadership-radar-team-<lang>.js and leadership-radar-teammode-<lang>.js, one of each per
// interface language) in Trunk's staging directory with terser, which parses them. Trunk's built-in JS minifier leaves the one it
// builds as it is and never sees the others; terser takes a glue from 51 KB to 22 KB raw
// (8.9 to 6.5 KB gzip -9). Then the loader (leadership-radar-embed.js, which Trunk copies
// as it is): its comments and whitespace go and its local names are shortened, 21.5 to
// 8.4 KB raw (7.3 to 3.2 KB gzip -9), without compression passes (they would fold its
// `null` placeholders, which scripts/integrity.py fills in next; their comments are kept). Exported names
// and the names of the wasm imports are kept (terser never renames exports or object keys).
//
// Usage: as a Trunk hook (reads $TRUNK_STAGING_DIR; debug builds are left readable), or
// `node scripts/minify-glue.mjs DIR`. Fails loudly when the glue or terser is missing,
// so no build ships half-done.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The glues: every leadership-radar-*.js but the loader and the frame helper. */
const KINDS = ['', 'team-', 'teammode-'];
const isGlue = (name) => KINDS.some((kind) => new RegExp(`^leadership-radar-${kind}[a-z]{2}\\.js$`).test(name));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`minify-glue: ${message}`);
  process.exit(1);
}

const stage = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!stage || !existsSync(stage)) {
  fail('give the build directory (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)');
}
if (!process.argv[2] && process.env.TRUNK_PROFILE === 'debug') {
  process.exit(0);
}
const GLUES = readdirSync(stage).filter(isGlue).sort();
for (const kind of KINDS) {
  if (!GLUES.some((g) => new RegExp(`^leadership-radar-${kind}[a-z]{2}\\.js$`).test(g))) fail(`no leadership-radar-${kind}<lang>.js in ${stage}`);
}

let minify;
try {
  ({ minify } = createRequire(join(root, 'e2e', 'package.json'))('terser'));
} catch {
  fail('terser is not installed: run scripts/setup.sh (it installs e2e/package.json)');
}

for (const glue of GLUES) {
  const path = join(stage, glue);
  const source = readFileSync(path, 'utf8');
  const out = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (!out.code) fail(`terser returned nothing for ${glue}`);
  writeFileSync(path, out.code);
  console.log(`minify-glue: ${glue} ${source.length} -> ${out.code.length} bytes`);
}

const LOADER = 'leadership-radar-embed.js';
const loaderPath = join(stage, LOADER);
if (!existsSync(loaderPath)) fail(`${LOADER} is missing in ${stage}`);
const loader = readFileSync(loaderPath, 'utf8');
const small = await minify(loader, {
  module: true,
  ecma: 2020,
  compress: false,
  mangle: true,
  format: { comments: /^@(integrity|languages)$/ },
});
for (const placeholder of ['/*@integrity*/null', '/*@languages*/null']) {
  if (!small.code || !small.code.includes(placeholder)) fail(`terser lost ${placeholder} in ${LOADER}`);
}
writeFileSync(loaderPath, small.code);
console.log(`minify-glue: ${LOADER} ${loader.length} -> ${small.code.length} bytes`);
