// Trunk post_build step, run before scripts/integrity.py hashes the files (Trunk.toml):
// minifies the wasm-bindgen glue (leadership-radar.js) in Trunk's staging directory with
// terser, which parses it. Trunk's built-in JS minifier leaves this file as it is; terser
// takes it from 51 KB to 22 KB raw (8.9 to 6.5 KB gzip -9). Exported names and the
// names of the wasm imports are kept (terser never renames exports or object keys).
//
// Usage: as a Trunk hook (reads $TRUNK_STAGING_DIR; debug builds are left readable), or
// `node scripts/minify-glue.mjs DIR`. Fails loudly when the glue or terser is missing,
// so no build ships half-done.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GLUE = 'leadership-radar.js';
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
const path = join(stage, GLUE);
if (!existsSync(path)) fail(`${GLUE} is missing in ${stage}`);

let minify;
try {
  ({ minify } = createRequire(join(root, 'e2e', 'package.json'))('terser'));
} catch {
  fail('terser is not installed: run scripts/setup.sh (it installs e2e/package.json)');
}

const source = readFileSync(path, 'utf8');
const out = await minify(source, {
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
});
if (!out.code) fail(`terser returned nothing for ${GLUE}`);
writeFileSync(path, out.code);
console.log(`minify-glue: ${GLUE} ${source.length} -> ${out.code.length} bytes`);
