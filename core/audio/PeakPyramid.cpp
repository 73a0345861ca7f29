// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/PeakPyramid.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

PeakPyramid::PeakPyramid(const StereoBuffer& audio) : frames_(audio.frames()), sampleRate_(audio.sampleRate) {
    std::vector<Peak> base((frames_ + kBaseBin - 1) / kBaseBin);
    for (std::size_t bin = 0; bin < base.size(); ++bin) {
        Peak p{1, -1};
        const std::size_t end = std::min(frames_, (bin + 1) * kBaseBin);
        for (std::size_t i = bin * kBaseBin; i < end; ++i) {
            const float mono = 0.5f * (audio.left[i] + audio.right[i]);
            p.low = std::min(p.low, mono);
            p.high = std::max(p.high, mono);
        }
        base[bin] = p;
    }
    levels_.push_back(std::move(base));
    while (levels_.back().size() > 1) {
        const auto& below = levels_.back();
        std::vector<Peak> level((below.size() + 1) / 2);
        for (std::size_t i = 0; i < level.size(); ++i) {
            const Peak& a = below[2 * i];
            const Peak& b = 2 * i + 1 < below.size() ? below[2 * i + 1] : a;
            level[i] = {std::min(a.low, b.low), std::max(a.high, b.high)};
        }
        levels_.push_back(std::move(level));
    }
}

std::vector<Peak> PeakPyramid::peaks(std::int64_t first, std::int64_t last, int pixels) const {
    std::vector<Peak> out(static_cast<std::size_t>(std::max(0, pixels)));
    if (levels_.empty() || pixels <= 0 || last <= first)
        return out;
    const double framesPerPixel = static_cast<double>(last - first) / pixels;
    // The coarsest level whose bins are at most an eighth of a pixel wide: a pixel reads
    // 8 to 16 bins, and whole bins spill past its exact range by under 1/8 pixel a side.
    std::size_t level = 0;
    while (level + 1 < levels_.size() && static_cast<double>(kBaseBin << (level + 1)) * 8 <= framesPerPixel)
        ++level;
    const auto& bins = levels_[level];
    const auto binFrames = static_cast<double>(kBaseBin << level);
    for (int x = 0; x < pixels; ++x) {
        const double from = static_cast<double>(first) + x * framesPerPixel;
        const double to = from + framesPerPixel;
        auto b0 = static_cast<std::int64_t>(std::floor(from / binFrames));
        auto b1 = static_cast<std::int64_t>(std::ceil(to / binFrames));
        b0 = std::clamp<std::int64_t>(b0, 0, static_cast<std::int64_t>(bins.size()));
        b1 = std::clamp<std::int64_t>(b1, b0, static_cast<std::int64_t>(bins.size()));
        Peak p{0, 0};
        bool any = false;
        for (auto b = b0; b < b1; ++b) {
            const Peak& q = bins[static_cast<std::size_t>(b)];
            p = any ? Peak{std::min(p.low, q.low), std::max(p.high, q.high)} : q;
            any = true;
        }
        out[static_cast<std::size_t>(x)] = p;
    }
    return out;
}

} // namespace cadenza
