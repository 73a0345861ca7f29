// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"
#include "music/Palette.h"
#include "music/Score.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace cadenza {

// Adds the parts of one stem that play SoundFont sounds of the palette into `out`, on a
// FluidSynth instance per sound (brought to the sound's calibrated level): each part on its
// MIDI channel with its preset (the fonts it needs are loaded, samples on demand), its
// volume and pan, and its pitch bends. A
// drum kit that covers only some notes (the avldrums kits: 36-66) sends the others to its
// fallback preset on a channel of their own. FluidSynth's own reverb and chorus are off:
// the mix (render/StemMix) adds the room. Where the stem is silent it skips ahead to the next
// event. Throws std::runtime_error naming a font that cannot be loaded; OperationCancelled
// within a block (about 0.1 s) of a cancel, or when `abandoned` is set.
void playSoundFontParts(const std::vector<const Part*>& parts, const Palette& palette, const Score& score,
                        StereoBuffer& out, const CancelToken& cancel, const std::atomic<bool>& abandoned,
                        const std::function<void(std::int64_t frames)>& advanced = {});

} // namespace cadenza
