#!/usr/bin/env bash
# Installs whatever the build and the tests need and skips what is already present.
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run again at any time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.22.1"
# The CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nSet-up failed at: %s\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# The widget's messages for a crash name source files; write them relative, so the download
# carries no folder names of the machine that built it (and is a little smaller).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src= --remap-path-prefix=$ROOT/="

step "Checking rustup, cargo, node and npm"
for tool in rustup cargo node npm; do
  command -v "$tool" >/dev/null || fail "'$tool' is not installed; install it first (see README)"
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown || fail "adding the wasm32 target"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  step "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2-3 minutes)"
  # Not --locked: its lockfile wants a release the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    || fail "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  step "Installing trunk $TRUNK_VERSION (this compiles from source and takes about ten minutes)"
  # trunk 0.22 declares a newer rust-version than it needs; it builds and works on 1.95.
  cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION" \
    || fail "installing trunk $TRUNK_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = "0" ]; then
    step "Installing Chromium and ChromeDriver with apt (1-2 minutes)"
    (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver) \
      || fail "installing chromium and chromium-driver with apt"
  else
    fail "Chromium is missing: run 'sudo apt-get install -y chromium chromium-driver', then try again"
  fi
fi

if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  step "Installing npm packages (Playwright, axe-core, binaryen's wasm-opt)"
  # Playwright drives the system Chromium; it must never download a browser of its own.
  (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) \
    || fail "installing npm packages"
fi

command -v wasm-opt >/dev/null || fail "wasm-opt is missing from node_modules/.bin (npm package binaryen)"
export CHROMEDRIVER=/usr/bin/chromedriver
