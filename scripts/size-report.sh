#!/usr/bin/env bash
# Prints raw, gzip -9 and brotli (quality 11, through Node's zlib: no extra install) bytes of
# every file in dist/, then the total of each set of files
# one page loads (so files shared by several pages are not double counted):
#   standalone  dist/index.html as a page of its own
#   embed       the snippet on a host page (loader + module + wasm + CSS; the host page not counted)
#   iframe      embed.html in an iframe, plus the frame helper on the host page
# These are what a page loads first: the start screen and survey, in one interface language.
# Every language is a module of its own (leadership-radar-<lang>.js + _bg.wasm; the loader
# loads the one of the page's language, and another only when a person switches), so each
# page is reported once per language built. The personal results and the team view are the
# second module (leadership-radar-team-<lang>.js + _bg.wasm), fetched in idle time after the
# first screen and used when a person reaches the results or opens the team view; it is
# reported as its own line. A page whose
# widgets are all in team mode (data-mode="team") loads the team-mode module alone
# (leadership-radar-teammode-<lang>.js + _bg.wasm, the team view without the results): that
# is a first load too, and is checked like the others.
# Fails when a first load's gzip total exceeds the budget below (the one place it is kept).
set -euo pipefail
cd "$(dirname "$0")/.."

# Per page: wasm + JS + CSS + HTML, gzip -9 (what most intranet servers send). 200 KiB;
# see the README's "Size" section for what each part costs. A change that pushes a page
# over this budget fails the test command: make the page smaller, never the budget larger.
BUDGET_GZIP_BYTES=$((200 * 1024))

dir=${1:-dist}
[[ -d $dir ]] || { echo "size-report: $dir/ not found; run trunk build --release first" >&2; exit 1; }

# label|budget (checked: first loads) or - (reported only)|files, for each language built
sets=()
languages=()
for f in "$dir"/leadership-radar-??.js; do
  [[ -e $f ]] || continue
  lang=${f%.js}; lang=${lang##*-}
  languages+=("$lang")
done
(( ${#languages[@]} )) || { echo "size-report: no module (leadership-radar-<lang>.js) in $dir/" >&2; exit 1; }
for lang in "${languages[@]}"; do
  core="leadership-radar-embed.js leadership-radar-$lang.js leadership-radar-${lang}_bg.wasm radar.css"
  team="leadership-radar-team-$lang.js leadership-radar-team-${lang}_bg.wasm"
  teammode="leadership-radar-teammode-$lang.js leadership-radar-teammode-${lang}_bg.wasm"
  sets+=(
    "standalone ($lang)|budget|index.html page.css $core"
    "embed ($lang)|budget|$core"
    "iframe ($lang)|budget|embed.html leadership-radar-frame.js $core"
    "+ second module: results, team view ($lang)|-|$team"
    "embed, team mode only ($lang)|budget|leadership-radar-embed.js radar.css $teammode"
  )
done

# Brotli sizes of the given files, one "name bytes" line each (Node's zlib, quality 11).
brotli_sizes() {
  node -e '
    const { readFileSync } = require("node:fs");
    const zlib = require("node:zlib");
    for (const f of process.argv.slice(1)) {
      const out = zlib.brotliCompressSync(readFileSync(f), {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
      });
      console.log(f, out.length);
    }' "$@"
}

declare -A RAW GZ BR
files=()
while IFS= read -r f; do files+=("$f"); done < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) | sort)
if command -v node >/dev/null; then
  while read -r f n; do BR[${f#"$dir"/}]=$n; done < <(brotli_sizes "${files[@]}")
fi
printf '%-48s %10s %10s %10s\n' "file" "raw" "gzip -9" "brotli"
for f in "${files[@]}"; do
  name=${f#"$dir"/}
  RAW[$name]=$(wc -c < "$f")
  GZ[$name]=$(gzip -9 -c "$f" | wc -c)
  printf '%-48s %10d %10d %10s\n' "$name" "${RAW[$name]}" "${GZ[$name]}" "${BR[$name]:-n/a}"
done

printf '\n%-48s %10s %10s %10s %8s\n' "page (files it loads)" "raw" "gzip -9" "brotli" "budget"
fail=0
for entry in "${sets[@]}"; do
  label=${entry%%|*}
  rest=${entry#*|}
  checked=${rest%%|*}
  raw=0; gz=0; br=0
  for name in ${rest#*|}; do
    if [[ -z ${RAW[$name]+x} ]]; then
      echo "size-report: FAIL: $dir/$name (part of the $label set) is missing" >&2
      fail=1; continue
    fi
    raw=$((raw + RAW[$name])); gz=$((gz + GZ[$name])); br=$((br + ${BR[$name]:-0}))
  done
  if [[ $checked != budget ]]; then
    printf '%-48s %10d %10d %10d %8s\n' "$label" "$raw" "$gz" "$br" "-"
    continue
  fi
  printf '%-48s %10d %10d %10d %7d%%\n' "$label" "$raw" "$gz" "$br" $((100 * gz / BUDGET_GZIP_BYTES))
  if (( gz > BUDGET_GZIP_BYTES )); then
    echo "size-report: FAIL: the $label page loads $gz gzip bytes, over the budget of $BUDGET_GZIP_BYTES" >&2
    fail=1
  fi
done
printf 'size budget: %d gzip bytes per page (first load)\n' "$BUDGET_GZIP_BYTES"
exit $fail
