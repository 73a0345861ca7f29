#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches a few freely licensed recordings from Debian's game packages into DIR for
# test_real: nothing is committed, and a second run finds them cached. Without access to
# Debian's archive it says so and leaves DIR empty; test_real then skips, naming why.
#   extremetuxracer-data: race1-jt.ogg (GPL-2+)
#   frozen-bubble-data:   introzik.ogg, frozen-mainzik-2p.ogg (GPL-2)
set -uo pipefail
dir=${1:?usage: fetch-real-music.sh DIR}
wanted=(race1-jt.ogg introzik.ogg frozen-mainzik-2p.ogg)
mkdir -p "$dir"
missing=0
for f in "${wanted[@]}"; do [ -s "$dir/$f" ] || missing=1; done
((missing)) || exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 0
if ! apt-get download extremetuxracer-data frozen-bubble-data >/dev/null 2>&1; then
  echo "fetch-real-music: apt-get download failed (no access to Debian's archive?); real recordings not fetched"
  exit 0
fi
for deb in *.deb; do dpkg-deb -x "$deb" root; done
for f in "${wanted[@]}"; do
  found=$(find root -name "$f" -print -quit)
  [ -n "$found" ] && cp "$found" "$dir/$f.part" && mv "$dir/$f.part" "$dir/$f"
done
ls "$dir"
