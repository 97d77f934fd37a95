# Sourced by the scripts: puts the project's tools first on PATH.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export TRUNK_OFFLINE=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# wasm-bindgen-test-runner gives ChromeDriver 5 s to bind its port by default; a first
# start after Chromium was installed or upgraded can take longer (seen: "driver failed
# to bind port during startup"). This is an upper limit, not a wait.
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60
