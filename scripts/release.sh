#!/usr/bin/env bash
# Builds the release and packs it: release/leadership-radar-<version>.zip (version from
# Cargo.toml) with the embed bundle (the loader and, per interface language, the widget's
# and the team view's module), the iframe page, LICENSE, EMBEDDING.md, snippet.html and
# SHA256SUMS. Installs missing tools first (scripts/setup.sh).
#   ./scripts/release.sh              build with trunk (dist/), then pack
#   ./scripts/release.sh --no-build   pack the existing dist/ (e.g. after ./scripts/test.sh)
# There are no single-language archives: every module speaks one language, and a page loads
# only the module of its language, so the full folder costs a page no more than a folder
# with one language would (the other languages only take disk space on the server).
# LR_LANGUAGES="en" trunk build --release builds a folder with fewer languages if wanted.
# The archive is reproducible: the same build gives the same bytes (scripts/package.py).
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
