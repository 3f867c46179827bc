#!/usr/bin/env bash
# Runs every check and test, in order, and stops at the first failure (installs what is missing first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

step "Formatting (cargo fmt --all --check: the widget, the domain and the schema)"
cargo fmt --all --check

step "Lints (cargo clippy, warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings

step "Host tests: domain and server-rendered components"
cargo test --workspace

step "Support first over generated populations: the false-positive rate and how many who struggle it finds"
cargo test --test care support_first_rates_over_generated_populations -- --nocapture 2>&1 | grep '^support first:'

step "Browser tests: components in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown

step "Release build"
trunk build --release

step "Size report"
node scripts/size-report.mjs dist

step "Release package (release/*.zip)"
node scripts/package.mjs --dist dist --out release

step "End-to-end tests: Playwright in Chromium against dist/, axe-core on every screen"
npx playwright test

step "WordPress plugin: installed, set up and used in a real WordPress"
"$ROOT/scripts/wordpress-test.sh"
