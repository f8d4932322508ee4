#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the `release` preset and starts Sitekeeper on the default
# workspace (or the one named by --workspace DIR / SITEKEEPER_WORKSPACE).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh"
cmake --preset release >/dev/null
# The programs only: a user starting the app does not need the tests built.
cmake --build --preset release --target sitekeeper sitekeeper-cli sitekeeper-server
exec "$root/build/release/bin/sitekeeper" "$@"
