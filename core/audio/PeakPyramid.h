// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

#include <cstdint>
#include <vector>

namespace cadenza {

// The minimum and maximum of a stretch of samples.
struct Peak {
    float low = 0;
    float high = 0;
};

// A min/max summary of a track at several resolutions, so a waveform of any length draws
// in time proportional to its width in pixels, not its length in samples. Level 0 holds
// one peak per kBaseBin frames of the mono mix; each level above halves the resolution.
class PeakPyramid {
  public:
    static constexpr std::size_t kBaseBin = 64;

    PeakPyramid() = default;
    explicit PeakPyramid(const StereoBuffer& audio);

    std::size_t frames() const { return frames_; }
    int sampleRate() const { return sampleRate_; }
    bool empty() const { return frames_ == 0; }

    // One peak per pixel for frames [first, last), read from the coarsest level that has at
    // least eight bins per pixel: each peak covers its pixel's frames and spills past them
    // by less than an eighth of a pixel (or one base bin, when zoomed in that far).
    std::vector<Peak> peaks(std::int64_t first, std::int64_t last, int pixels) const;

  private:
    std::size_t frames_ = 0;
    int sampleRate_ = 44100;
    std::vector<std::vector<Peak>> levels_;
};

} // namespace cadenza
