#!/usr/bin/env bash
# A single-language release build: both modules with the interface strings and the
# built-in questionnaire's and suggestions' texts of one language only (cargo feature
# lang-<lang>, no default features), into target/dist-lang/<lang>/ (or the directory
# given second). The full build (all languages) stays in dist/.
#   scripts/build-lang.sh en [DIR]
# Trunk hooks do not see Trunk's command-line flags; the features go through the
# environment variables Trunk reads, which scripts/build-team.sh reads too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
lang=${1:?give a language: en, de or fr}
case $lang in en|de|fr) ;; *) echo "build-lang: $lang is not one of en, de, fr" >&2; exit 1 ;; esac
out=${2:-target/dist-lang/$lang}
TRUNK_BUILD_NO_DEFAULT_FEATURES=true TRUNK_BUILD_FEATURES="lang-$lang" \
  trunk build --release --offline --dist "$out"
