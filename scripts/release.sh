#!/usr/bin/env bash
# Builds the release and packs it: release/leadership-radar-<version>.zip (version from
# Cargo.toml) with the embed bundle, the iframe page, LICENSE, EMBEDDING.md, snippet.html
# and SHA256SUMS; beside it the single-language bundles
# release/leadership-radar-<version>-<lang>.zip (en, de, fr): the same widget built with one
# interface language (cargo feature lang-<lang>), about 50 KB gzip smaller per page.
# Installs missing tools first (scripts/setup.sh).
#   ./scripts/release.sh              build with trunk (dist/ and target/dist-lang/<lang>/), then pack
#   ./scripts/release.sh --no-build   pack the existing dist/ (e.g. after ./scripts/test.sh) and
#                                     the single-language builds found in target/dist-lang/
# The archives are reproducible: the same build gives the same bytes (scripts/package.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
languages=(en de fr)
if [[ "${1:-}" != "--no-build" ]]; then
  scripts/setup.sh
  trunk build --release --offline
  for lang in "${languages[@]}"; do
    scripts/build-lang.sh "$lang"
  done
fi
pack() {
  local zip
  zip=$(python3 scripts/package.py "$@")
  printf 'release: %s (%d bytes)\n' "$zip" "$(wc -c < "$zip")"
  (cd "$(dirname "$zip")" && sha256sum "$(basename "$zip")")
}
pack dist release
for lang in "${languages[@]}"; do
  if [[ -d target/dist-lang/$lang ]]; then
    pack "target/dist-lang/$lang" release "$lang"
  fi
done
