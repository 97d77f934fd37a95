// Trunk post_build step, run before scripts/integrity.py hashes the files (Trunk.toml):
// minifies the wasm-bindgen glues (leadership-radar.js, and leadership-radar-team.js from
// scripts/build-team.sh) in Trunk's staging directory with terser, which parses them.
// Trunk's built-in JS minifier leaves the first as it is and never sees the second;
// terser takes the first from 51 KB to 22 KB raw (8.9 to 6.5 KB gzip -9). Exported names
// and the names of the wasm imports are kept (terser never renames exports or object keys).
//
// Usage: as a Trunk hook (reads $TRUNK_STAGING_DIR; debug builds are left readable), or
// `node scripts/minify-glue.mjs DIR`. Fails loudly when the glue or terser is missing,
// so no build ships half-done.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GLUES = ['leadership-radar.js', 'leadership-radar-team.js'];
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
for (const glue of GLUES) {
  if (!existsSync(join(stage, glue))) fail(`${glue} is missing in ${stage}`);
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
