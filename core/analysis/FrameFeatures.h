// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <array>
#include <vector>

namespace cadenza {

// What one pass of short-time spectra (about 93 ms windows, every 10 ms) measures of a
// recording, frame by frame. Every later analysis stage (tempo and beats, sections, the
// timbre summary) works from these series rather than from the audio.
struct FrameFeatures {
    static constexpr std::size_t kMfccs = 13;
    double framesPerSecond = 100;
    double firstFrameSeconds = 0;                // the centre of frame 0
    std::vector<float> onsetStrength;            // rectified log-mel spectral flux
    std::vector<float> highOnsetStrength;        // the same over the bands above 5 kHz (hats, shakers, cymbals)
    std::vector<float> centroidHz;               // spectral centroid
    std::vector<float> rolloffHz;                // frequency below which 85% of the energy lies
    std::vector<float> flatness;                 // geometric over arithmetic mean power, 0..1
    std::vector<float> rms;                      // RMS of the 10 ms hop, linear
    std::vector<std::array<float, kMfccs>> mfcc; // mel-frequency cepstral coefficients
    std::vector<std::array<float, 12>> chroma;   // pitch-class energy, sums to 1 (or 0 in silence)

    std::size_t frames() const { return onsetStrength.size(); }
    double frameSeconds(std::size_t frame) const {
        return firstFrameSeconds + static_cast<double>(frame) / framesPerSecond;
    }
};

// Throws OperationCancelled within about a second of audio of a cancel.
FrameFeatures computeFrameFeatures(const StereoBuffer& audio, const CancelToken& cancel = {},
                                   const ProgressCallback& progress = {});

} // namespace cadenza
