#!/usr/bin/env bash
# Builds the release widget and serves it at http://127.0.0.1:8080 (installs what is missing first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
step "Building the release widget"
trunk build --release
step "Serving dist/ at http://127.0.0.1:${PORT:-8080} (Ctrl+C to stop)"
exec node scripts/static-server.mjs --dir dist --port "${PORT:-8080}"
