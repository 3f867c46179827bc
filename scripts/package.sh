#!/usr/bin/env bash
# Builds the release widget and writes the release package to release/ (installs what is missing
# first): missing-pieces-<version>.zip for counsellors, missing-pieces-wordpress-<version>.zip, and
# npm/, the same folder as an npm package (never published from here).
# With --no-build it packages the dist/ that is already there (the test command does this).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
  step "Building the release widget"
  trunk build --release
fi
step "Writing the release package"
node scripts/package.mjs --dist dist --out release
