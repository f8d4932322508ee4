#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sitekeeper's benchmark suite: installs what is missing, builds the `release` preset with every
# benchmark in tests/benchmarks, generates the L and XL demo workspaces once (kept in
# build/bench-data, regenerated when the generator or the schema changes), runs every figure at
# least five times inside a private X server, and rewrites the table in docs/PERFORMANCE.md.
#
# Usage: scripts/bench.sh [--runs N] [--sizes "L XL"] [--no-docs] [--import-rows N] [--edits N]
#                        [--only first_sync,live] [--live-desks N] [--live-edits N] [--poll-ms MS]
#        scripts/bench.sh --only scanner [--runs N]
# A first run generates the workspaces (some minutes for L, more for XL); later runs reuse them.
# --only measures those groups alone and replaces just their rows of the table. The secret
# scanner's figures (bench_scanner: throughput over tests/data/core/secret-corpus beside its floors,
# recall, false alarms) are printed at the end of every run and kept in build/bench-scanner.txt;
# `--only scanner` measures them alone. They go to the "Secret scanner" section of
# docs/PERFORMANCE.md by hand.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scanner_runs=5
scanner_only=0
previous=""
for arg in "$@"; do
  case "$previous" in
    --runs) scanner_runs=$arg ;;
    --only) [ "$arg" = scanner ] && scanner_only=1 ;;
  esac
  case "$arg" in
    --runs=*) scanner_runs=${arg#--runs=} ;;
    --only=scanner) scanner_only=1 ;;
  esac
  previous=$arg
done

bench_scanner() {
  "$root/build/release/bin/bench_scanner" --runs "$scanner_runs" | tee "$root/build/bench-scanner.txt"
}

"$root/scripts/install-deps.sh"

if [ "$scanner_only" = 1 ]; then
  cmake --preset release -DSITEKEEPER_BUILD_TESTS=ON >/dev/null
  cmake --build --preset release --target bench_scanner
  bench_scanner
  exit 0
fi

# The release preset builds the programs only (what a package needs); the benchmarks live beside
# the tests, so they are switched on in the same build folder.
cmake --preset release -DSITEKEEPER_BUILD_TESTS=ON >/dev/null
targets=(sitekeeper sitekeeper-cli sitekeeper-server bench_check bench_console bench_import bench_sync bench_live
         bench_scanner)
case " $* " in
  # --only first_sync,live needs no GUI: the sync and live figures come from the CLI and benchmarks.
  *" --only "* | *" --only="*) targets=(sitekeeper-cli sitekeeper-server bench_sync bench_live bench_scanner) ;;
esac
cmake --build --preset release --target "${targets[@]}"

if [ -z "${DISPLAY:-}" ] && [ -z "${SITEKEEPER_BENCH_SESSION:-}" ]; then
  # The GUI figures come from the real GUI process on a real X server (Xvfb), not from a model.
  export SITEKEEPER_BENCH_SESSION=1
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
export QT_QPA_PLATFORM=xcb

# A throw-away PostgreSQL on a free loopback port for the push figures on PostgreSQL (direct and
# through nginx to two servers). As root it runs as the postgres user, which PostgreSQL insists on.
# Unlike the tests' cluster it keeps fsync on: the figures are meant to be a real server's.
pg_bin=/usr/lib/postgresql/15/bin
pg_dir=$(mktemp -d -t sitekeeper-bench-pg.XXXXXX)
pg_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$pg_dir"
  pg_as=(runuser -u postgres --)
fi
cleanup() {
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 &&
   "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
     -o "-h 127.0.0.1 -p $pg_port -k $pg_dir" start >/dev/null; then
  export SITEKEEPER_BENCH_POSTGRES="postgresql://postgres@127.0.0.1:$pg_port/postgres"
else
  echo "bench.sh: PostgreSQL did not start; the PostgreSQL and nginx figures are left out" >&2
  cat "$pg_dir/initdb.log" "$pg_dir/server.log" >&2 2>/dev/null || true
fi
python3 "$root/scripts/bench.py" "$@"
bench_scanner
