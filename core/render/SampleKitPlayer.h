// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"
#include "music/Palette.h"
#include "music/Score.h"

#include <cstdint>
#include <functional>

namespace cadenza {

// Adds a drum part played by a sampled kit of the palette (a folder of one-shots, such as
// hydrogen-data's TR-808) into `out`, with the part's volume and pan. A hit's level follows
// its velocity, and so does its brightness: a one-pole low-pass opens from 1.5 kHz for the
// softest hits to the whole band for the loudest, so that a soft hit is not a quieter loud
// one. Notes of a choke group cut each other (a closed hat silences an open one) with a
// 10 ms fade. The kit's samples are decoded once and kept for the life of the process.
// Throws std::runtime_error naming a sample file that cannot be read.
void playSampleKitPart(const Part& part, const SampleKit& kit, double gainDb, const Score& score, StereoBuffer& out,
                       const CancelToken& cancel, const std::function<void(std::int64_t frames)>& advanced = {});

} // namespace cadenza
