#!/usr/bin/env bash
# Runs every test, installing what is missing first: formatting, lints (host and
# wasm32), native tests, browser tests (wasm-bindgen-test in headless Chromium), the
# release build (one widget and one team module per interface language), Playwright end-to-end tests against dist/ (and the
# release archives), the size report and the release archives.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
start=$SECONDS
# A fresh clone's run writes about 2 GB (target/, dist/, the release archive); say so
# plainly instead of failing mid-build with "No space left on device".
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [[ -n $free_kb && $free_kb -lt 3000000 ]]; then
  printf '[test] only %d MB free on this disk; a first run needs about 2,000 MB (target/, dist/)\n' $((free_kb / 1024)) >&2
fi
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
# The size budget (204,800 B gzip -9 per page, in size-report.sh) is a target that the pages
# do not meet yet (README "Size"). The report runs on every test run and prints the gap in
# full; it is the one step whose failure is reported instead of stopping the run, so that
# the rest of the suite can still guard every change. `scripts/size-report.sh dist` on its
# own exits non-zero while a page is over the budget.
size_ok=1
scripts/size-report.sh dist || size_ok=0

step "release archive (scripts/release.sh --no-build)"
scripts/release.sh --no-build

if [[ $size_ok == 1 ]]; then
  printf '\n[test] all steps passed in %d s\n' $((SECONDS - start))
else
  printf '\n[test] SIZE BUDGET MISSED (see the report above); every other step passed in %d s\n' $((SECONDS - start))
fi
