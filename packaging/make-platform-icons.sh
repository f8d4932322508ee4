#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws the Windows (.ico) and macOS (.icns) icons from resources/icons/sitekeeper.svg, the one source
# of the application icon. Neither system has rsvg-convert at hand, so the two files are committed:
# run this again whenever the SVG changes. Needs rsvg-convert (librsvg2-bin) and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
svg="$root/resources/icons/sitekeeper.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --output "$tmp/$size.png" "$svg"
done
python3 - "$tmp" "$root/packaging/windows/sitekeeper.ico" "$root/packaging/macos/sitekeeper.icns" <<'PY'
import struct, sys
tmp, ico_path, icns_path = sys.argv[1:4]
png = lambda size: open(f"{tmp}/{size}.png", "rb").read()

# ICO: a directory of PNG images (Windows Vista and later); 0 in a size byte means 256.
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
out = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open(ico_path, "wb").write(out + b"".join(images))

# ICNS: PNG entries by type code (macOS 10.7 and later).
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
open(icns_path, "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "make-platform-icons: wrote packaging/windows/sitekeeper.ico and packaging/macos/sitekeeper.icns"
