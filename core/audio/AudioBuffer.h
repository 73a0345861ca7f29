// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace cadenza {

// Planar stereo audio in 32-bit float at a known sample rate.
struct StereoBuffer {
    int sampleRate = 44100;
    std::vector<float> left;
    std::vector<float> right;

    StereoBuffer() = default;
    StereoBuffer(int rate, std::size_t frames) : sampleRate(rate), left(frames, 0.0f), right(frames, 0.0f) {}

    std::size_t frames() const { return left.size(); }
    double seconds() const { return static_cast<double>(frames()) / sampleRate; }
    void scale(float gain) {
        for (auto* channel : {&left, &right})
            for (auto& sample : *channel)
                sample *= gain;
    }
};

} // namespace cadenza
