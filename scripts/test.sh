#!/usr/bin/env bash
# Runs every test, installing what is missing first: formatting, lints (host and
# wasm32), native tests, browser tests (wasm-bindgen-test in headless Chromium), the
# release build, Playwright end-to-end tests against dist/ (and the release archive),
# the size report and the release archive.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
start=$SECONDS
scripts/setup.sh --test
printf '[test] setup took %d s\n' $((SECONDS - start))

last=$SECONDS
step() {
  printf '\n==> %s   (previous step %d s, total %d s)\n' "$*" $((SECONDS - last)) $((SECONDS - start))
  last=$SECONDS
}

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (host)"
cargo clippy --offline --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --offline --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test --offline

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test browser

step "release build (trunk)"
trunk build --release --offline

step "end-to-end tests (Playwright, headless Chromium, dist/)"
# --test-force-exit: a failed test that leaves a server open must not hang the run.
(cd e2e && node --test --test-concurrency=1 --test-timeout=300000 --test-force-exit tests/)

step "size report"
scripts/size-report.sh dist

step "release archive (scripts/release.sh --no-build)"
scripts/release.sh --no-build

printf '\n[test] all steps passed in %d s\n' $((SECONDS - start))
