#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs exactly the Debian 12 packages Sitekeeper needs to build, run and test.
# Idempotent: packages already present are left alone and only missing ones are installed.
#
#   scripts/install-deps.sh          the default set
#   scripts/install-deps.sh --fuzz   also clang and its libFuzzer/sanitizer runtimes (`fuzz` preset only)
set -euo pipefail

fuzz=false
for arg in "$@"; do
  case "$arg" in
    --fuzz) fuzz=true ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format ccache
  # Qt 6: Core, Gui, Widgets, Sql, Network, Test, PrintSupport, Svg, WebSockets, Charts, Linguist
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  # Qt's own translations (qtbase_de.qm: the standard buttons and dialogs in the window's language)
  qt6-translations-l10n
  libgl-dev libxkbcommon-dev
  # domain libraries
  qtkeychain-qt6-dev libphonenumber-dev libprotobuf-dev libicu-dev libzxcvbn-dev
  # sealed credential sharing: X25519 key pairs, sealed boxes, secretbox (libsodium)
  libsodium-dev
  # live Active Directory / LDAP directories (Compare With Directory, the profile import): OpenLDAP's libldap
  libldap-dev
  # the SQLite headers: the storage layer registers a function on the Qt driver's connection
  libsqlite3-dev
  # real parts for tests: keychain in a private D-Bus session, X server, SQLite shell, PostgreSQL,
  # certificates for the TLS tests, python3 to find a free port for PostgreSQL, curl for the role
  # matrix test (a forbidden edit from a client other than the desktop)
  gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth sqlite3 postgresql openssl python3 curl
  # the production deployment test (tests/nginx) and bench.sh's figure through it
  nginx
  # the directory tests' throw-away OpenLDAP server (scripts/test-slapd.sh)
  slapd
  # node (with npm) for the API contract tests (scripts/install-node-tools.sh)
  nodejs
  # reports and screenshots
  poppler-utils
  # packaging: icons drawn from the SVG, man pages, and the checks of tests/packaging/test_deb.sh
  librsvg2-bin gzip groff-base dpkg-dev file desktop-file-utils appstream systemd
)

# Optional: the libFuzzer targets of tests/fuzz build with clang; Debian 12 ships libFuzzer and the
# sanitizer runtimes for clang 14 in libclang-rt-14-dev (libclang_rt.fuzzer-x86_64.a).
if $fuzz; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo=(sudo)
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
