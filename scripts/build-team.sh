#!/usr/bin/env bash
# Trunk build hook: builds the team view's module (binary leadership-radar-team,
# src/bin/team.rs) beside the widget's: leadership-radar-team.js and
# leadership-radar-team_bg.wasm in Trunk's staging directory ($TRUNK_STAGING_DIR, or the
# directory given as the first argument). Trunk builds one rust asset per page; this does
# for the second what Trunk does for the first: cargo build, wasm-bindgen (--target web),
# and in release builds wasm-opt with the level and flags of index.html's rust link.
# The post_build hook (scripts/integrity.py) then writes both modules' hashes into the loader.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
stage=${1:-${TRUNK_STAGING_DIR:-}}
[[ -n $stage && -d $stage ]] || { echo "build-team: give the build directory (or run as a Trunk hook)" >&2; exit 1; }
profile=${TRUNK_PROFILE:-release}
bin=leadership-radar-team

args=(build --offline --target wasm32-unknown-unknown --bin "$bin")
[[ $profile == release ]] && args+=(--release)
# The same cargo features as the widget's module (the interface languages, lang-*): a hook
# does not see Trunk's command-line flags, so features are given through the environment
# variables Trunk reads for them (scripts/release.sh does):
#   TRUNK_BUILD_NO_DEFAULT_FEATURES=true TRUNK_BUILD_FEATURES=lang-en trunk build --release
[[ ${TRUNK_BUILD_NO_DEFAULT_FEATURES:-false} == true ]] && args+=(--no-default-features)
[[ -n ${TRUNK_BUILD_FEATURES:-} ]] && args+=(--features "$TRUNK_BUILD_FEATURES")
cargo "${args[@]}"
target_dir=$(cargo metadata --offline --format-version 1 --no-deps \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
wasm-bindgen --target=web --no-typescript --out-dir="$stage" --out-name="$bin" \
  "$target_dir/wasm32-unknown-unknown/$profile/$bin.wasm"

if [[ $profile == release ]]; then
  # The same optimisation as the widget's module: index.html's data-wasm-opt and
  # data-wasm-opt-params (one place for both).
  link=$(grep -o '<link data-trunk rel="rust"[^>]*>' index.html)
  level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' <<<"$link")
  params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' <<<"$link")
  [[ -n $level ]] || { echo "build-team: index.html's rust link has no data-wasm-opt" >&2; exit 1; }
  out="$stage/${bin}_bg.wasm"
  # shellcheck disable=SC2086  # the flags are words
  wasm-opt --output="$out.opt" "-O$level" "$out" $params
  mv "$out.opt" "$out"
fi
echo "build-team: $bin.js and ${bin}_bg.wasm in $stage"
