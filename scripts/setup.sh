#!/usr/bin/env bash
# Installs what is missing, and nothing else: wasm target, crates (cargo fetch), Trunk,
# the wasm-bindgen CLI matching Cargo.lock, npm packages (binaryen's wasm-opt,
# playwright-core, axe-core) and, with --test, Chromium + ChromeDriver from apt.
# Idempotent: with everything present it only checks versions.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_browser=0
[[ "${1:-}" == "--test" ]] && want_browser=1

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$comp"; then
    say "adding rustup component $comp"
    rustup component add "$comp"
  fi
done

# Crates for offline builds (a no-op when the registry cache is complete).
cargo fetch --quiet

WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (about 2 minutes)"
  # Not --locked: its lockfile pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

# npm packages, pinned by e2e/package-lock.json.
if [[ ! -x e2e/node_modules/.bin/wasm-opt || e2e/package-lock.json -nt e2e/node_modules/.stamp ]]; then
  say "installing npm packages in e2e/"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
  touch e2e/node_modules/.stamp
fi

if [[ $want_browser == 1 ]]; then
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    say "installing chromium and chromium-driver from apt"
    SUDO=""; [[ $(id -u) != 0 ]] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if ! python3 -c 'import http.server' 2>/dev/null; then
    say "python3 is needed to serve dist/ for the end-to-end tests"; exit 1
  fi
fi
say "ready"
