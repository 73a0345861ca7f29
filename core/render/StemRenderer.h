// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/Stem.h"
#include "base/Progress.h"
#include "music/Palette.h"
#include "music/Score.h"

#include <functional>
#include <string>
#include <vector>

namespace cadenza {

struct RenderSettings {
    int sampleRate = 44100;
    int threads = 0; // 0: one per core
};

// Renders each group of the score as its own stem, the groups spread over worker threads.
// Each part plays its palette sound: a SoundFont preset on the stem's FluidSynth instance
// (SoundFontPlayer), a sampled drum kit (SampleKitPlayer) or a synthesizer (SynthPlayer).
// Each stem is score.durationSeconds long and dry; `finish`, when given, is called on each
// stem on the thread that rendered it, as soon as it is done (StemMixer::mix, so that a
// stem is mixed while the others still render). Reports progress as ("render", fraction)
// from the calling thread; throws OperationCancelled within one block (about 0.1 s) of a
// cancel.
std::vector<Stem> renderStems(const Score& score, const Palette& palette, const RenderSettings& settings,
                              const ProgressCallback& progress, const CancelToken& cancel,
                              const std::function<void(Stem&)>& finish = {});

// The palette's files that the sounds of these parts need and that are missing, with the
// Debian package that installs each: empty when everything is there.
std::vector<std::string> missingSoundFiles(const Palette& palette, const std::vector<std::string>& sounds);

} // namespace cadenza
