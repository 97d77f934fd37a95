#!/usr/bin/env bash
# Trunk post_build hook: the widget's modules, one per interface language. Every module
# speaks one language only (cargo features `--no-default-features --features lang-<L>`),
# so that a page loads the texts of its own language and nothing else; the embed loader
# picks the module of each widget's language and loads another when a person switches.
#
# For each language L (LR_LANGUAGES, default "en de fr"; the first is the loader's
# fallback), Trunk's staging directory ($TRUNK_STAGING_DIR, or the directory given as the
# first argument) ends up with
#   leadership-radar-L.js           + leadership-radar-L_bg.wasm            the widget
#   leadership-radar-team-L.js      + leadership-radar-team-L_bg.wasm       the second module
#                                     (the personal results and the team view)
#   leadership-radar-teammode-L.js  + leadership-radar-teammode-L_bg.wasm   the team view
#                                     alone, for pages whose widgets are all in team mode
#
# Trunk builds one rust asset per page (index.html's rust link, the widget with the
# language its data-cargo-features name) as leadership-radar.js + _bg.wasm: this renames
# it to its language's name and builds the others the way Trunk built it: cargo build,
# wasm-bindgen (--target web), and in release builds wasm-opt with the level and flags of
# index.html's rust link. It runs after Trunk's own build (post_build), so no two cargo
# builds share the target directory at once. Debug builds (trunk build without --release)
# build every module too, unoptimised. scripts/minify-glue.mjs and scripts/integrity.py
# then run on all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
stage=${1:-${TRUNK_STAGING_DIR:-}}
[[ -n $stage && -d $stage ]] || { echo "build-modules: give the build directory (or run as a Trunk hook)" >&2; exit 1; }
profile=${TRUNK_PROFILE:-release}
read -r -a languages <<<"${LR_LANGUAGES:-en de fr}"
widget=leadership-radar
team=leadership-radar-team
teammode=leadership-radar-teammode
started=$SECONDS

link=$(grep -o '<link data-trunk rel="rust"[^>]*>' index.html)
trunk_lang=$(sed -n 's/.*data-cargo-features="lang-\([a-z]*\)".*/\1/p' <<<"$link")
[[ -n $trunk_lang ]] || { echo "build-modules: index.html's rust link names no data-cargo-features=\"lang-…\"" >&2; exit 1; }
for lang in "${languages[@]}"; do
  case $lang in en|de|fr) ;; *) echo "build-modules: LR_LANGUAGES: $lang is not one of en, de, fr" >&2; exit 1 ;; esac
done

target_dir=$(cargo metadata --offline --format-version 1 --no-deps \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')

# Trunk's module: its language's name, or gone when that language is not wanted.
if [[ -f $stage/$widget.js ]]; then
  mv "$stage/$widget.js" "$stage/$widget-$trunk_lang.js"
  mv "$stage/${widget}_bg.wasm" "$stage/$widget-${trunk_lang}_bg.wasm"
fi
if [[ " ${languages[*]} " != *" $trunk_lang "* ]]; then
  rm -f "$stage/$widget-$trunk_lang.js" "$stage/$widget-${trunk_lang}_bg.wasm"
fi

optimise() {
  [[ $profile == release ]] || return 0
  local level params out=$1
  level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' <<<"$link")
  params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' <<<"$link")
  [[ -n $level ]] || { echo "build-modules: index.html's rust link has no data-wasm-opt" >&2; exit 1; }
  # shellcheck disable=SC2086  # the flags are words
  wasm-opt --output="$out.opt" "-O$level" "$out" $params
  mv "$out.opt" "$out"
}

for lang in "${languages[@]}"; do
  bins=(--bin "$team" --bin "$teammode")
  [[ $lang == "$trunk_lang" ]] || bins+=(--bin "$widget")
  args=(build --offline --target wasm32-unknown-unknown "${bins[@]}" --no-default-features --features "lang-$lang")
  [[ $profile == release ]] && args+=(--release)
  cargo "${args[@]}"
  # Cargo puts each binary at the same path whatever the features: take it at once.
  for bin in "$team" "$teammode" "$widget"; do
    [[ $bin == "$widget" && $lang == "$trunk_lang" ]] && continue
    wasm-bindgen --target=web --no-typescript --out-dir="$stage" --out-name="$bin-$lang" \
      "$target_dir/wasm32-unknown-unknown/$profile/$bin.wasm"
    optimise "$stage/$bin-${lang}_bg.wasm"
  done
done
echo "build-modules: ${languages[*]} in $stage ($((SECONDS - started)) s)"
