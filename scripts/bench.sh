#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sitekeeper's benchmark suite: installs what is missing, builds the `release` preset with every
# benchmark in tests/benchmarks, generates the L and XL demo workspaces once (kept in
# build/bench-data, regenerated when the generator or the schema changes), runs every figure at
# least five times inside a private X server, and rewrites the table in docs/PERFORMANCE.md.
#
# Usage: scripts/bench.sh [--runs N] [--sizes "L XL"] [--no-docs] [--import-rows N] [--edits N]
# A first run generates the workspaces (some minutes for L, more for XL); later runs reuse them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh"

cmake --preset release >/dev/null
cmake --build --preset release --target sitekeeper sitekeeper-cli sitekeeper-server \
  bench_check bench_console bench_import bench_sync

if [ -z "${DISPLAY:-}" ] && [ -z "${SITEKEEPER_BENCH_SESSION:-}" ]; then
  # The GUI figures come from the real GUI process on a real X server (Xvfb), not from a model.
  export SITEKEEPER_BENCH_SESSION=1
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
export QT_QPA_PLATFORM=xcb
exec python3 "$root/scripts/bench.py" "$@"
