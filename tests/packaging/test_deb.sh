#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test: runs the package commands of README.md ("Install from a package") exactly as
# written, in a copy of the source tree with no build folder, then installs the .deb with `dpkg -i`
# into a scratch root and checks what a person installing it would get: exactly the expected files,
# the copyright file and changelog, valid desktop entry and AppStream metainfo, man pages, the
# systemd unit, declared library dependencies, no path into the build tree, and programs that run.
#
#   test_deb.sh SOURCE_DIR VERSION WORK_DIR
#
# WORK_DIR is emptied and takes the copy of the source tree. It is always the same folder (in the
# build tree), so that the compiler cache, which keys on the paths the compiler is given, serves a
# second run.
#
# README's last command (`sudo apt install ./sitekeeper_*.deb`) would change this machine; the test
# installs the same file into the scratch root instead. A missing tool skips the test (exit 77) on a
# developer's machine and fails it under CI=true.
set -euo pipefail

source_dir=$(cd "$1" && pwd)
version=$2
work_dir=$3
app_id=org.sitekeeper.sitekeeper

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

missing=()
for tool in cmake ninja cpack dpkg dpkg-deb dpkg-shlibdeps readelf file gzip groff desktop-file-validate \
  appstreamcli systemd-analyze tar; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test_deb: missing tools: ${missing[*]} (scripts/install-deps.sh installs them)" >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 77
fi

scratch=$(mktemp -d -t sitekeeper-deb.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

echo "== README.md: the package commands"
# The fenced block under the heading, one command a line.
commands=$(awk '/^## Install from a package/ {section = 1; next}
                section && /^## / {exit}
                section && /^```/ {if (inblock) exit; inblock = 1; next}
                inblock {print}' "$source_dir/README.md")
printf '  %s\n' "$commands"
mapfile -t lines <<<"$commands"
[ ${#lines[@]} -eq 3 ] || { echo "expected three commands in README's package block, found ${#lines[@]}" >&2; exit 1; }
[ "${lines[0]}" = "scripts/install-deps.sh" ] || fail "the first command is not scripts/install-deps.sh"
[[ "${lines[2]}" == "sudo apt install ./sitekeeper_"*".deb" ]] || fail "the last command does not install ./sitekeeper_*.deb"

echo "== a clean copy of the source tree"
rm -rf "$work_dir"
src=$work_dir/src
mkdir -p "$src"
if git -C "$source_dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # What a clone has, with this checkout's uncommitted edits: tracked and new files, nothing ignored.
  (cd "$source_dir" && git ls-files -z --cached --others --exclude-standard |
    xargs -0 -I{} sh -c '[ -e "$1" ] && printf "%s\0" "$1"' _ {} | tar --null -T - -cf -) | tar -xf - -C "$src"
else
  (cd "$source_dir" && tar --exclude=./build --exclude=./.git -cf - .) | tar -xf - -C "$src"
fi
[ ! -e "$src/build" ] || { echo "the copy has a build folder" >&2; exit 1; }

echo "\$ ${lines[0]}"
(cd "$src" && bash -euo pipefail -c "${lines[0]}") >"$scratch/install-deps.log" 2>&1 ||
  { cat "$scratch/install-deps.log" >&2; exit 1; }
tail -n 1 "$scratch/install-deps.log"

echo "\$ ${lines[1]}"
# ccache (when installed) keys on paths relative to the copy, so a second run reuses the first's work.
started=$(date +%s)
(cd "$src" && CCACHE_BASEDIR="$src" bash -euo pipefail -c "${lines[1]}") >"$scratch/build.log" 2>&1 ||
  { tail -n 60 "$scratch/build.log" >&2; echo "README's package command failed (log above)" >&2; exit 1; }
echo "built and packaged in $(($(date +%s) - started)) s"
build=$src/build/release
# The three programs are built, and nothing else: the tests are built (with warnings as errors) in
# build/dev by scripts/test.sh, and a package build that compiled them too took twice as long. The
# compiler had nothing to say.
for program in sitekeeper sitekeeper-cli sitekeeper-server; do
  [ -x "$build/bin/$program" ] || fail "the release build did not build $program"
done
! grep -q "tst_Rulebook" "$build/build.ninja" || fail "the release build builds the tests"
if grep -E "(warning|Warning):" "$scratch/build.log" >"$scratch/warnings"; then
  fail "the release build warns: $(head -n 20 "$scratch/warnings")"
fi

# README's last command takes ./sitekeeper_*.deb in build/release: exactly one such file.
debs=("$build"/sitekeeper_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "expected one sitekeeper_*.deb in: $(ls "$build")" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

echo "== control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = sitekeeper ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || fail "Version is '$(field Version)', expected $version-1"
for f in Maintainer Description Section Architecture; do
  [ -n "$(field "$f")" ] || fail "no $f field"
done
# The project has no web site: no Homepage rather than a placeholder.
homepage=$(field Homepage)
[ -z "$homepage" ] || [[ "$homepage" != *example* ]] || fail "Homepage is a placeholder: $homepage"
depends=$(field Depends)
echo "Depends: $depends"
# libphonenumber8 comes as libphonenumber8-protobuf32 on Debian 12 (the protobuf it was built with).
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6charts6 \
  libqt6keychain1 'libphonenumber8[a-z0-9-]*' libzxcvbn0 'libldap-2\.5-0' libqt6sql6-sqlite libqt6svg6; do
  grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib"
done

echo "== dpkg -i into a scratch root"
root=$scratch/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The scratch root has none of the Qt packages, hence --force-depends; nothing runs as root there.
dpkg --root="$root" --log="$scratch/dpkg.log" --force-not-root --force-bad-path --force-depends \
  -i "$deb" >"$scratch/dpkg-i.log" 2>&1 || { cat "$scratch/dpkg-i.log" >&2; exit 1; }
status=$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status} ${Version}' sitekeeper)
echo "dpkg-query: $status"
[ "$status" = "install ok installed $version-1" ] || fail "package state is '$status'"

echo "== installed files"
expected=$(
  cat <<EOF
/usr/bin/sitekeeper
/usr/bin/sitekeeper-cli
/usr/bin/sitekeeper-server
/usr/lib/systemd/system/sitekeeper-server.service
/usr/share/applications/$app_id.desktop
/usr/share/doc/sitekeeper/changelog.gz
/usr/share/doc/sitekeeper/copyright
/usr/share/icons/hicolor/128x128/apps/$app_id.png
/usr/share/icons/hicolor/16x16/apps/$app_id.png
/usr/share/icons/hicolor/256x256/apps/$app_id.png
/usr/share/icons/hicolor/32x32/apps/$app_id.png
/usr/share/icons/hicolor/48x48/apps/$app_id.png
/usr/share/icons/hicolor/64x64/apps/$app_id.png
/usr/share/icons/hicolor/scalable/apps/$app_id.svg
/usr/share/man/man1/sitekeeper-cli.1.gz
/usr/share/man/man1/sitekeeper-server.1.gz
/usr/share/man/man1/sitekeeper.1.gz
/usr/share/metainfo/$app_id.metainfo.xml
EOF
)
on_disk=$(cd "$root" && find . -path ./var -prune -o \( -type f -o -type l \) -print | sed 's|^\.||' | LC_ALL=C sort)
if [ "$on_disk" != "$(LC_ALL=C sort <<<"$expected")" ]; then
  fail "installed files differ from the expected list"
  diff <(LC_ALL=C sort <<<"$expected") <(echo "$on_disk") >&2 || true
fi
listed=$(dpkg-query --admindir="$root/var/lib/dpkg" -L sitekeeper | while read -r p; do
  [ -d "$root$p" ] || echo "$p"
done | LC_ALL=C sort)
[ "$listed" = "$on_disk" ] || fail "dpkg -L sitekeeper does not list what is on disk"
echo "$(wc -l <<<"$on_disk") files, as expected"

echo "== copyright and changelog"
copyright=$root/usr/share/doc/sitekeeper/copyright
head -n 1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "the copyright file is not in Debian's machine-readable format"
grep -q '^License: GPL-3.0-or-later' "$copyright" || fail "the copyright file does not license Sitekeeper GPL-3.0-or-later"
for linked in 'Qt 6' QtKeychain libphonenumber zxcvbn-c SQLite 'Qt 6 Charts: GPL-3.0-only'; do
  grep -qF "$linked" "$copyright" || fail "the copyright file does not name $linked"
done
gzip -dc "$root/usr/share/doc/sitekeeper/changelog.gz" | grep -q '^## 0.1.0' || fail "the changelog lacks 0.1.0"

echo "== binaries: stripped, no RPATH, nothing from the build tree"
for exe in sitekeeper sitekeeper-cli sitekeeper-server; do
  bin=$root/usr/bin/$exe
  file -b "$bin" | grep -q 'ELF.*, stripped' || fail "$exe is not a stripped ELF: $(file -b "$bin")"
  if readelf -d "$bin" | grep -Eq '\((RPATH|RUNPATH)\)'; then
    fail "$exe carries $(readelf -d "$bin" | grep -E 'RPATH|RUNPATH')"
  fi
done
if grep -rlF "$build" "$root/usr" >"$scratch/leaks"; then
  fail "files naming the build tree $build: $(tr '\n' ' ' <"$scratch/leaks")"
fi

echo "== desktop entry and AppStream metainfo"
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
grep -qx "Exec=sitekeeper" "$desktop" || fail "the desktop entry does not run sitekeeper"
# --pedantic shows every hint; the metainfo is clean when nothing but the success line is printed.
appstream=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || fail "appstreamcli validate"
echo "$appstream"
[ "$(grep -cv '^\s*$' <<<"$appstream")" -eq 1 ] || fail "appstreamcli reports issues"
# validate-tree also checks that the metainfo, the desktop entry and the icons agree with each other.
appstreamcli validate-tree --no-net --pedantic "$root/usr" >"$scratch/tree.log" 2>&1 &&
  [ "$(grep -cv '^\s*$' "$scratch/tree.log")" -eq 1 ] || fail "appstreamcli validate-tree: $(cat "$scratch/tree.log")"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no <release> for $version"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$metainfo" || fail "the metainfo has no project_license"
! grep -q "example" "$metainfo" || fail "the metainfo names a placeholder: $(grep example "$metainfo")"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  fail "the metainfo does not launch $app_id.desktop"

echo "== man pages"
for page in sitekeeper sitekeeper-cli sitekeeper-server; do
  gz=$root/usr/share/man/man1/$page.1.gz
  warnings=$(gzip -dc "$gz" | groff -man -ww -z 2>&1) || fail "groff failed on $page.1"
  [ -z "$warnings" ] || fail "groff warns on $page.1: $warnings"
  gzip -dc "$gz" | grep -q "^\.TH $(tr a-z A-Z <<<"$page") 1 .*\"Sitekeeper $version\"" ||
    fail "$page.1 does not say Sitekeeper $version in its .TH line"
done

echo "== systemd unit"
unit=$root/usr/lib/systemd/system/sitekeeper-server.service
grep -q '^ExecStart=/usr/bin/sitekeeper-server ' "$unit" || fail "ExecStart does not run /usr/bin/sitekeeper-server"
for option in DynamicUser=yes StateDirectory=sitekeeper-server ProtectSystem=strict NoNewPrivileges=yes; do
  grep -qx "$option" "$unit" || fail "the unit lacks $option"
done
# The unit names /usr/bin/sitekeeper-server, which is in the scratch root only: verify a copy that
# names the installed file there.
sed "s|/usr/bin/sitekeeper-server|$root/usr/bin/sitekeeper-server|" "$unit" >"$scratch/sitekeeper-server.service"
systemd-analyze verify --man=no "$scratch/sitekeeper-server.service" || fail "systemd-analyze verify"

echo "== the installed programs run"
# Without LD_LIBRARY_PATH: the programs find their libraries as an installed package would.
run() { env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$@" 2>>"$scratch/run.log"; }
for exe in sitekeeper sitekeeper-cli sitekeeper-server; do
  said=$(run "$root/usr/bin/$exe" --version) || fail "$exe --version failed: $(cat "$scratch/run.log")"
  [ "$said" = "$exe $version" ] || fail "$exe --version says '$said'"
done
cli=$root/usr/bin/sitekeeper-cli
run "$cli" --workspace "$scratch/ws" init >/dev/null || fail "sitekeeper-cli init: $(cat "$scratch/run.log")"
run "$cli" --workspace "$scratch/ws" site add "Contoso HQ" >/dev/null || fail "sitekeeper-cli site add"
run "$cli" --workspace "$scratch/ws" site list | grep -q "^Contoso HQ" || fail "site list lacks the new site"

echo "== dpkg --purge leaves nothing behind"
dpkg --root="$root" --log="$scratch/dpkg.log" --force-not-root --force-bad-path --purge sitekeeper \
  >"$scratch/dpkg-purge.log" 2>&1 || { cat "$scratch/dpkg-purge.log" >&2; fail "dpkg --purge"; }
left=$(cd "$root" && find . -path ./var -prune -o \( -type f -o -type l \) -print)
[ -z "$left" ] || fail "left after purge: $left"

if [ "$failures" -gt 0 ]; then
  echo "test_deb: $failures check(s) failed" >&2
  exit 1
fi
echo "test_deb: $(basename "$deb") installs and checks out"
