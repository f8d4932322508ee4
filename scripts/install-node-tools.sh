#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the npm tools the tests use (scripts/node-tools/package.json: an OpenAPI validator and a
# JSON Schema validator) into build/node-tools, which git ignores. Run by scripts/test.sh; needs
# node and npm (scripts/install-deps.sh installs nodejs).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${SITEKEEPER_NODE_TOOLS:-$root/build/node-tools}"
if ! command -v npm >/dev/null; then
  echo "install-node-tools: npm is missing; install Node.js with npm (Debian: apt-get install nodejs npm)" >&2
  exit 2
fi
mkdir -p "$target"
cp "$root/scripts/node-tools/package.json" "$target/package.json"
# Nothing to do when the installed tools match package.json already.
if [ -f "$target/.installed" ] && [ -d "$target/node_modules" ] && cmp -s "$target/package.json" "$target/.installed"; then
  exit 0
fi
(cd "$target" && npm install --no-audit --no-fund --loglevel=error)
cp "$target/package.json" "$target/.installed"
echo "node tools installed in $target"
