#!/usr/bin/env bash
# Does what an addons.mozilla.org reviewer does with the sources archive:
# unzips it in an empty folder, runs `npm ci && npm run build:firefox`, and
# checks the result is byte for byte the Firefox build we ship.
# Run after `npm run zip`. Needs the npm registry (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(node -p 'require("./package.json").version')
sources=".output/reelcard-${version}-sources.zip"
shipped=".output/firefox-mv2"
if [[ ! -f $sources || ! -d $shipped ]]; then
  echo "verify-sources: run npm run zip first" >&2
  exit 2
fi

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

unzip -q "$sources" -d "$workdir"
(cd "$workdir" && npm ci --no-audit --no-fund >/dev/null 2>&1 && npm run --silent build:firefox >/dev/null 2>&1)

if diff -r "$workdir/.output/firefox-mv2" "$shipped" >/dev/null; then
  echo "verify-sources: the sources archive rebuilds the shipped Firefox build exactly"
else
  echo "verify-sources: the rebuilt Firefox build differs from $shipped" >&2
  diff -rq "$workdir/.output/firefox-mv2" "$shipped" >&2 || true
  exit 1
fi
