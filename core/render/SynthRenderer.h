// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "audio/Stem.h"
#include "base/Progress.h"
#include "music/Score.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

struct RenderSettings {
    std::filesystem::path soundFont;
    int sampleRate = 44100;
    int threads = 0; // 0: one per core
};

// The General MIDI SoundFont: $CADENZA_SOUNDFONT, else Debian's fluid-soundfont-gm.
// Throws std::runtime_error saying how to install one when none is found.
std::filesystem::path defaultSoundFont();

// Renders each group of the score as its own stem with its own FluidSynth instance, the
// groups spread over worker threads. Each stem is score.durationSeconds long and includes
// its parts' reverb and chorus sends. Reports progress as ("render", fraction) from the
// calling thread; throws OperationCancelled within one block (about 0.1 s) of a cancel.
std::vector<Stem> renderStems(const Score& score, const RenderSettings& settings, const ProgressCallback& progress,
                              const CancelToken& cancel);

} // namespace cadenza
