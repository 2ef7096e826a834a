#!/usr/bin/env bash
# The one command for a fresh machine: installs what is missing, builds the
# production extension and runs the offline demo (scripts/demo.ts) on saved
# copies of real streaming and review pages.
#
#   bash scripts/demo.sh              # headless unless DISPLAY is set
#   bash scripts/demo.sh --headless   # headless even with a screen
#   TMDB_API_KEY=... bash scripts/demo.sh   # real TMDB instead of the stand-in
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "demo: building the production extension"
# Quiet when it works; the whole log when it does not.
build_log=$(mktemp)
if ! npm run --silent build >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "demo: the build failed" >&2
  exit 1
fi
rm -f "$build_log"

exec node --import tsx scripts/demo.ts "$@"
