#!/usr/bin/env bash
# Builds the release and packs it: release/leadership-radar-<version>.zip (version from
# Cargo.toml) with the embed bundle, the iframe page, LICENSE, EMBEDDING.md, snippet.html
# and SHA256SUMS. Installs missing tools first (scripts/setup.sh).
#   ./scripts/release.sh              build with trunk, then pack
#   ./scripts/release.sh --no-build   pack the existing dist/ (e.g. after ./scripts/test.sh)
# The archive is reproducible: the same dist/ gives the same bytes (scripts/package.py).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [[ "${1:-}" != "--no-build" ]]; then
  scripts/setup.sh
  trunk build --release --offline
fi
zip=$(python3 scripts/package.py dist release)
printf 'release: %s (%d bytes)\n' "$zip" "$(wc -c < "$zip")"
(cd "$(dirname "$zip")" && sha256sum "$(basename "$zip")")
