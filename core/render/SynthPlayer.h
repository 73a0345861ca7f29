// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"
#include "music/Palette.h"
#include "music/Score.h"

#include <cstdint>
#include <functional>

namespace cadenza {

// Adds a part played by one of Cadenza's synthesizers (a Synth sound of the palette) into
// `out`, with the part's volume and pan, from its notes and pitch bends:
// - supersaw, analog and pluck are polyphonic: a voice per sounding note (16 at most; the
//   oldest released one is taken when they run out);
// - acid, bass808 and sub are monophonic: a note that starts before the last one ends is a
//   slide (the pitch glides and the envelopes do not strike again), as on a TB-303;
// - drums maps General MIDI drum notes to its drum voices (kick, snare, clap, hats,
//   cymbals, toms, rim), a closed hat choking an open one.
// Voices are computed only while they sound. `advanced(frames)` is called as the part's
// timeline is covered. Throws OperationCancelled within a block of a cancel.
void playSynthPart(const Part& part, const PaletteSound& sound, const Score& score, StereoBuffer& out,
                   const CancelToken& cancel, const std::function<void(std::int64_t frames)>& advanced = {});

// The frequency of a MIDI note in twelve-tone equal temperament, A4 (69) at 440 Hz.
double noteFrequency(double note);

} // namespace cadenza
