// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <array>
#include <string>

namespace cadenza {

struct SeparatedStems {
    static constexpr std::array<const char*, 4> kNames = {"vocals", "drums", "bass", "other"};
    std::array<StereoBuffer, 4> stems; // in kNames' order; they sum to the mix
};

// Separates a mix into vocals, drums, bass and other without any model weights, with soft
// masks over KissFFT STFTs that sum to one, so the stems sum back to the mix:
//   - harmonic/percussive split by median filtering (Fitzgerald 2010): what is smooth
//     along time is harmonic, what is smooth along frequency is percussive -> drums;
//   - the harmonic part below a 120-250 Hz crossover -> bass;
//   - the harmonic part in the voice's range (200 Hz - 8 kHz) that sits in the centre of
//     the stereo image (left and right alike in level and phase) -> vocals;
//   - the rest -> other.
// It is an approximation: a centred lead instrument counts as vocals, a panned singer as
// other. Progress stage "separate"; throws OperationCancelled promptly on cancel.
SeparatedStems separateSpectral(const StereoBuffer& mix, const ProgressCallback& progress = {},
                                const CancelToken& cancel = {});

} // namespace cadenza
