#!/usr/bin/env bash
# Prepares a fresh Debian machine that has only Node 20 and npm for the
# demo and the tests: Debian's Chromium (the e2e tests and the demo drive it),
# Xvfb (a visible browser on a machine without a screen), OpenSSL (the local
# HTTPS server makes its certificate with it), then the npm packages.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# command -> Debian package that provides it.
declare -A PACKAGE_OF=([chromium]=chromium [xvfb-run]=xvfb [openssl]=openssl)

missing=()
for command_name in "${!PACKAGE_OF[@]}"; do
  if ! command -v "$command_name" >/dev/null 2>&1; then
    missing+=("${PACKAGE_OF[$command_name]}")
  fi
done

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} with apt-get"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    # Not root (or not Debian): say exactly what is needed rather than guess at sudo.
    echo "setup: missing system packages: ${missing[*]}" >&2
    echo "setup: install them, e.g.: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "setup: Node 20 or newer is needed; found $(node --version)" >&2
  exit 1
fi

if [[ ! -d node_modules ]]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci
fi

echo "setup: ready (chromium $(chromium --version 2>/dev/null | awk '{print $2}'), node $(node --version))"
