#!/usr/bin/env bash
# Prints raw and gzip -9 bytes of every file a page loads from dist/, and the total;
# fails when the gzip total exceeds the budget below (the one place it is kept).
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET_GZIP_BYTES=$((200 * 1024))   # wasm + JS + CSS + HTML

dir=${1:-dist}
[[ -d $dir ]] || { echo "size-report: $dir/ not found; run trunk build --release first" >&2; exit 1; }
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' "file" "raw" "gzip -9"
while IFS= read -r f; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) | sort)
printf '%-48s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
printf 'size budget: %d of %d gzip bytes (%d%%)\n' "$total_gz" "$BUDGET_GZIP_BYTES" $((100 * total_gz / BUDGET_GZIP_BYTES))
if (( total_gz > BUDGET_GZIP_BYTES )); then
  echo "size-report: FAIL: gzip total $total_gz exceeds the budget of $BUDGET_GZIP_BYTES bytes" >&2
  exit 1
fi
