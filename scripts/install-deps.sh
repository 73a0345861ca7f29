#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages Cadenza builds, runs and tests with. Safe to run again.
set -euo pipefail
packages=(
  build-essential cmake pkg-config ccache
  qt6-base-dev                      # Qt 6 Core, Widgets and Test
  qt6-tools-dev qt6-l10n-tools      # Qt Linguist: the studio's translations
  libfluidsynth-dev fluidsynth fluid-soundfont-gm
  musescore-general-soundfont-lossless  # the palette's pianos, strings, choirs and pads (330 MB)
  avldrums.lv2-soundfont            # the palette's recorded acoustic drum kits
  hydrogen-data                     # the palette's TR-808 samples
  libsndfile1-dev libsamplerate0-dev libsoxr-dev libebur128-dev libkissfft-dev nlohmann-json3-dev
  faust                             # compiles the master bus DSP at build time
  wordnet-base                      # widens the prompt lexicon at build time
  libsqlite3-dev                    # the project history
  portaudio19-dev                   # audio output of the studio's player
  libaubio-dev                      # independent tempo measurement in the tests
  librubberband-dev                 # tempo and pitch changes (R3 engine)
  libtorch-dev                      # neural models (CPU build; see docs/models.md for CUDA)
  libopenblas0-pthread              # libtorch's matrix products; Debian's default BLAS is the slow reference one
  libsentencepiece-dev              # MusicGen's text tokenizer (T5's spiece.model)
  sentencepiece                     # spm_train and spm_encode: the tokenizer tests' models and reference
  libtag1-dev                       # tags and cover art in exported files (TagLib)
  libzip-dev                        # stems exported as one zip
  ffmpeg                            # encodes the music video; ffprobe checks every export in the tests
  librsvg2-bin                      # renders the icon's hicolor sizes at build time
  appstream desktop-file-utils      # the packaging test validates the metainfo and the .desktop file
  clang                             # the libFuzzer target (tests/fuzz)
  file                              # the packaging test checks the icons' sizes
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
