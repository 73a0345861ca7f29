// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

#include <array>

namespace cadenza {

// How a mix holds up on a phone, a Bluetooth speaker or a club's mono sub: the left/right
// correlation and what summing to mono costs.
struct StereoImage {
    // Pearson correlation of the channels over the whole buffer: 1 the same, 0 unrelated,
    // -1 opposite (they cancel in mono). Silence reads 1.
    double correlation = 1;
    // The mono sum (L + R) / 2 against the stereo (the channels' mean power), in dB: 0 for
    // identical channels, -3 for unrelated ones of equal power, far below for anti-phase.
    double monoLossDb = 0;
};

StereoImage measureStereoImage(const StereoBuffer& audio);

// The long-term average spectrum of the mono sum in octave bands (Welch, 8192-point Hann
// frames, half overlapping), as mastering engineers compare a mix with references.
struct TonalBalance {
    static constexpr std::array<double, 7> kCentres = {125, 250, 500, 1000, 2000, 4000, 8000};
    std::array<double, 7> bandDb{}; // each octave's power relative to the 1 kHz octave
    double lowDb = 0;               // the 125 Hz octave relative to 1 kHz
    double highDb = 0;              // the 8 kHz octave relative to 1 kHz
    double slopeDbPerOctave = 0;    // the least-squares line through the seven bands
};

TonalBalance measureTonalBalance(const StereoBuffer& audio);

} // namespace cadenza
