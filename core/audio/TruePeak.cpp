// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/TruePeak.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <vector>

namespace cadenza {
namespace {

constexpr int kTaps = 49;
constexpr std::size_t kBlock = 1024; // outputs per pass of a branch: a multiple of any vector width

struct Tap {
    std::size_t delay; // in input samples
    float coefficient;
};

// libebur128's interp_create: a sinc at the oversampled rate under a Hann window, tap j
// going to branch j mod factor at a delay of j / factor input samples.
std::vector<std::vector<Tap>> interpolator(int factor) {
    std::vector<std::vector<Tap>> branches(static_cast<std::size_t>(factor));
    for (int j = 0; j < kTaps; ++j) {
        const double m = j - (kTaps - 1) / 2.0;
        double c = std::abs(m) > 1e-6 ? std::sin(m * M_PI / factor) / (m * M_PI / factor) : 1.0;
        c *= 0.5 * (1 - std::cos(2 * M_PI * j / (kTaps - 1)));
        if (std::abs(c) > 1e-6)
            branches[static_cast<std::size_t>(j % factor)].push_back(
                {static_cast<std::size_t>(j / factor), static_cast<float>(c)});
    }
    return branches;
}

float largestMagnitude(const float* values, std::size_t count) {
    // Lanes the compiler maps onto vector registers; a single running maximum would not
    // vectorise without fast-math.
    std::array<float, 8> lanes{};
    for (std::size_t i = 0; i < count; i += lanes.size())
        for (std::size_t k = 0; k < lanes.size(); ++k)
            lanes[k] = std::max(lanes[k], std::abs(values[i + k]));
    return *std::max_element(lanes.begin(), lanes.end());
}

} // namespace

float truePeak(std::span<const float> samples, double sampleRate) {
    float peak = 0;
    for (const float x : samples)
        peak = std::max(peak, std::abs(x));
    if (sampleRate >= 192000 || samples.empty())
        return peak;
    const auto branches = interpolator(sampleRate < 96000 ? 4 : 2);
    const std::size_t history = (kTaps - 1) / branches.size() + 1; // the longest delay, plus one
    // Each pass reads `history - 1` samples before the block (zeros before the start) and
    // the block itself (zeros after the end, which only add outputs of zero).
    std::vector<float> input(history - 1 + kBlock, 0.0F);
    std::array<float, kBlock> output{};
    for (std::size_t start = 0; start < samples.size(); start += kBlock) {
        const std::size_t from = start >= history - 1 ? start - (history - 1) : 0;
        const std::size_t to = std::min(samples.size(), start + kBlock);
        std::fill(input.begin(), input.end(), 0.0F);
        std::copy(samples.begin() + static_cast<std::ptrdiff_t>(from),
                  samples.begin() + static_cast<std::ptrdiff_t>(to),
                  input.begin() + static_cast<std::ptrdiff_t>(history - 1 - (start - from)));
        for (const auto& branch : branches) {
            output.fill(0.0F);
            for (const Tap& tap : branch) {
                const float* x = input.data() + (history - 1 - tap.delay);
                for (std::size_t i = 0; i < kBlock; ++i)
                    output[i] += tap.coefficient * x[i];
            }
            peak = std::max(peak, largestMagnitude(output.data(), kBlock));
        }
    }
    return peak;
}

} // namespace cadenza
