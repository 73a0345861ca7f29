// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace cadenza {

// Magnitude spectra of a stereo buffer's mono mix, frame by frame, with a Hann window and
// KissFFT's real transform. One instance per thread.
class ShortTimeSpectrum {
  public:
    explicit ShortTimeSpectrum(int frameSize);
    ~ShortTimeSpectrum();
    ShortTimeSpectrum(const ShortTimeSpectrum&) = delete;
    ShortTimeSpectrum& operator=(const ShortTimeSpectrum&) = delete;

    int frameSize() const { return size_; }
    int bins() const { return size_ / 2 + 1; }
    // The magnitudes of the frame starting at `start`, which may lie before the audio:
    // samples outside it read as zero.
    const std::vector<float>& magnitudes(const StereoBuffer& audio, std::ptrdiff_t start);

  private:
    struct Plan;
    int size_;
    std::unique_ptr<Plan> plan_;
    std::vector<float> window_;
    std::vector<float> frame_;
    std::vector<float> magnitudes_;
};

} // namespace cadenza
