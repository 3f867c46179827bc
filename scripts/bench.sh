#!/usr/bin/env bash
# Builds the release widget and benchmarks it against the hand-written baseline in bench/baseline/
# (sizes, load, a full journey, long tasks, memory, 4x CPU throttling), then on a counsellor's page
# (layout shift) and with Lighthouse 12.2.3 (installed into bench/lighthouse/ on first use, from its
# lockfile); see bench/README.md.
# Usage: ./scripts/bench.sh [--runs N] [--lighthouse-runs M]   (exits non-zero if a budget fails)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
step "Building the release widget"
trunk build --release
step "Benchmarking dist/ against bench/baseline/"
node bench/run.mjs "$@"
