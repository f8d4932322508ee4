#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the `dev` preset (warnings are errors) and runs every CTest test
# inside a private X server (Xvfb) and a private D-Bus session with an unlocked gnome-keyring, so
# that keychain tests talk to a real Secret Service and never to the user's own keyring.
#
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L unit or -R tst_Database]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh"
# npm tools of the API contract tests (tests/api), in build/node-tools.
"$root/scripts/install-node-tools.sh"

# ccache keys on the paths the compiler is given: relative to the checkout, so that another clone of
# the project (CI's, a second worktree) reuses what this one compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}

cmake --preset dev >/dev/null
cmake --build --preset dev

if [ -z "${SITEKEEPER_TEST_SESSION:-}" ]; then
  # Re-enter this script inside the private sessions; everything below runs there.
  export SITEKEEPER_TEST_SESSION=1
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

# ccache keeps its cache where it always is, not in the throw-away home below: the packaging test
# compiles the release preset, which a warm cache makes minutes shorter.
if command -v ccache >/dev/null; then
  export CCACHE_DIR=${CCACHE_DIR:-$(ccache -k cache_dir)}
fi

# A throw-away home: keyrings, QSettings and workspaces of the tests live here and vanish after.
scratch=$(mktemp -d -t sitekeeper-test.XXXXXX)
cleanup() {
  [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null || true
  if [ -n "${pg_dir:-}" ]; then
    "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  if [ -n "${ldap_dir:-}" ]; then
    "$root/scripts/test-slapd.sh" stop "$ldap_dir" || true
    rm -rf "$ldap_dir"
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# A throw-away password creates and unlocks a fresh login keyring (an empty one makes
# gnome-keyring ask through a prompter, which has no display here); --start then serves Secret Service.
eval "$(printf 'sitekeeper-test' | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
keyring_pid=${GNOME_KEYRING_PID:-}
export SITEKEEPER_KEYCHAIN_AVAILABLE=0
if printf 'probe' | secret-tool store --label='sitekeeper probe' sitekeeper-probe 1 2>/dev/null &&
   [ "$(secret-tool lookup sitekeeper-probe 1 2>/dev/null)" = "probe" ]; then
  secret-tool clear sitekeeper-probe 1
  export SITEKEEPER_KEYCHAIN_AVAILABLE=1
  echo "test.sh: Secret Service (gnome-keyring) is up in a private D-Bus session"
else
  echo "test.sh: no working Secret Service in the private D-Bus session" >&2
  # Under CI a missing keychain fails the run instead of skipping its tests.
  [ "${CI:-}" = "true" ] && exit 1
fi

# A throw-away PostgreSQL cluster on a free loopback port for the server tests (label postgres).
# PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as the postgres user in a
# directory it owns.
pg_bin=/usr/lib/postgresql/15/bin
pg_as=()
export SITEKEEPER_TEST_POSTGRES=""
if [ -x "$pg_bin/initdb" ]; then
  pg_dir=$(mktemp -d -t sitekeeper-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 &&
     "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
       -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off" start >/dev/null; then
    export SITEKEEPER_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$pg_port/postgres"
    echo "test.sh: PostgreSQL is up at $SITEKEEPER_TEST_POSTGRES"
  else
    echo "test.sh: PostgreSQL did not start; see $pg_dir" >&2
    [ "${CI:-}" = "true" ] && exit 1
  fi
else
  echo "test.sh: no PostgreSQL server binaries in $pg_bin" >&2
  [ "${CI:-}" = "true" ] && exit 1
fi

# A throw-away OpenLDAP server on two free loopback ports for the directory tests (label ldap):
# scripts/test-slapd.sh exports SITEKEEPER_TEST_LDAP_*. It runs as the calling user, root or not.
export SITEKEEPER_TEST_LDAP_URL=""
if command -v slapd >/dev/null || [ -x /usr/sbin/slapd ]; then
  ldap_dir=$(mktemp -d -t sitekeeper-ldap.XXXXXX)
  if ldap_env=$("$root/scripts/test-slapd.sh" start "$ldap_dir"); then
    eval "$ldap_env"
    echo "test.sh: slapd is up at $SITEKEEPER_TEST_LDAP_URL and $SITEKEEPER_TEST_LDAPS_URL"
  else
    echo "test.sh: slapd did not start; see $ldap_dir/slapd.log" >&2
    [ "${CI:-}" = "true" ] && exit 1
  fi
else
  echo "test.sh: no slapd (Debian package slapd)" >&2
  [ "${CI:-}" = "true" ] && exit 1
fi

cd "$root/build/dev"
ctest --output-on-failure --timeout 900 -j2 "$@"
