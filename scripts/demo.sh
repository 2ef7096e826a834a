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
npm run --silent build >/dev/null

exec node --import tsx scripts/demo.ts "$@"
