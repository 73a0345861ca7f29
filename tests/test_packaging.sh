#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The release files and the installed tree (issue 7): the AppStream metainfo and the
# .desktop file validate; the icon exists in every hicolor size; `cmake --install` into a
# scratch prefix gives a tree whose programs run from there (version and commit, a song);
# `cpack -G DEB` makes a package holding that tree, with its dependencies named.
# Usage: test_packaging.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir="$1"
build_dir="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

appstreamcli validate --no-net "$source_dir/packaging/studio.cadenza.Cadenza.metainfo.xml"
desktop-file-validate "$source_dir/packaging/studio.cadenza.Cadenza.desktop"

cmake --install "$build_dir" --prefix "$scratch/usr" > /dev/null
for size in 16 22 24 32 48 64 128 256 512; do
  icon="$scratch/usr/share/icons/hicolor/${size}x${size}/apps/studio.cadenza.Cadenza.png"
  file "$icon" | grep -q "PNG image data, $size x $size" || { echo "icon $size missing or wrong: $icon"; exit 1; }
done
test -f "$scratch/usr/share/icons/hicolor/scalable/apps/studio.cadenza.Cadenza.svg"
test -f "$scratch/usr/lib/cadenza/cadenza-ml.so"

# The installed programs find their data and modules beside them, not in the build tree.
version="$("$scratch/usr/bin/cadenza-cli" --version)"
echo "$version"
[[ "$version" =~ ^cadenza-cli\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ [0-9a-f]{12}(-dirty)?\)$ ]] || [[ "$version" == *"(commit unknown)" ]]
QT_QPA_PLATFORM=offscreen "$scratch/usr/bin/cadenza" --version | grep -q "^cadenza [0-9.]* (commit "
CADENZA_DATA_DIR="$scratch/data" CADENZA_RESOURCES= "$scratch/usr/bin/cadenza-cli" generate "calm piano" \
  --duration 5 --out "$scratch/song" > /dev/null
test -f "$scratch/song/song.wav"

# The package: the same tree, and what it needs from Debian.
(cd "$scratch" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" > cpack.log 2>&1) || { cat "$scratch/cpack.log"; exit 1; }
deb="$(ls "$scratch"/cadenza_*_amd64.deb)"
contents="$(dpkg-deb --contents "$deb")"
depends="$(dpkg-deb --field "$deb" Depends)"
grep -q "./usr/bin/cadenza-cli$" <<< "$contents"
grep -q "./usr/share/applications/studio.cadenza.Cadenza.desktop$" <<< "$contents"
grep -q "fluid-soundfont-gm" <<< "$depends"
grep -q "libtorch" <<< "$depends"
echo "packaging: ok ($(basename "$deb"), $(du -h "$deb" | cut -f1))"
