// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <vector>

namespace cadenza {

// A track's spectrogram on a logarithmic frequency axis, in decibels: what the waveform
// view draws as its spectrogram layer.
struct Spectrogram {
    int bands = 0;  // rows, lowest frequency first
    int frames = 0; // columns
    double secondsPerFrame = 0;
    double lowestHz = 0;
    double highestHz = 0;
    std::vector<float> decibels; // frames × bands, frame-major; 0 dB is a full-scale sine

    float at(int frame, int band) const {
        return decibels[static_cast<std::size_t>(frame) * static_cast<std::size_t>(bands) +
                        static_cast<std::size_t>(band)];
    }
    // The band that holds a frequency.
    int bandOf(double hz) const;
};

// 2048-point frames every 1024 samples, folded into `bands` log-spaced bands between 30 Hz
// and 16 kHz (each band keeps its loudest bin).
Spectrogram computeSpectrogram(const StereoBuffer& audio, int bands = 160, const CancelToken& cancel = {});

} // namespace cadenza
