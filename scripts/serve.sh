#!/usr/bin/env bash
# Builds and serves the widget at http://127.0.0.1:8080/ (default questionnaire,
# embedded), installing what is missing first. Every change rebuilds every language's
# modules; `LR_LANGUAGES=en scripts/serve.sh` builds the English ones only, for a quicker
# loop (the language menu then offers English alone).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
exec trunk serve --release --offline --address 127.0.0.1 --port 8080 "$@"
