// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "music/Music.h"

#include <array>

namespace cadenza {

struct KeyEstimate {
    Key key;
    double confidence = 0;           // best correlation minus the runner-up's, in [0, 2]
    double modeStrength = 0;         // best major correlation minus best minor correlation
    std::array<double, 12> chroma{}; // mean pitch-class profile, normalised to sum 1
};

// Estimates the key from a chroma profile (short-time Fourier transform with KissFFT,
// spectral energy folded onto pitch classes) correlated with the Krumhansl-Kessler
// major and minor key profiles in all twelve transpositions.
KeyEstimate estimateKey(const StereoBuffer& audio);

// The key whose Krumhansl-Kessler profile (major or minor, in any transposition) correlates
// best with a pitch-class profile (any scale; it is normalised to sum 1), as estimateKey
// decides it.
KeyEstimate keyFromChroma(const std::array<double, 12>& chroma);

} // namespace cadenza
