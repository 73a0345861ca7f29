// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/SpectrumBars.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

SpectrumBars::SpectrumBars(int count, int sampleRate)
    : spectrum_(2048), levels_(static_cast<std::size_t>(count), 0.0f) {
    const double binHz = static_cast<double>(sampleRate) / spectrum_.frameSize();
    for (int b = 0; b <= count; ++b) {
        const double hz = 40 * std::pow(16000.0 / 40, static_cast<double>(b) / count);
        edges_.push_back(std::clamp(static_cast<int>(hz / binHz), 1, spectrum_.bins() - 1));
    }
}

const std::vector<float>& SpectrumBars::at(const StereoBuffer& audio, double seconds) {
    const auto centre = static_cast<std::ptrdiff_t>(seconds * audio.sampleRate);
    const auto& magnitudes = spectrum_.magnitudes(audio, centre - spectrum_.frameSize() / 2);
    const float scale = 4.0f / static_cast<float>(spectrum_.frameSize()); // a full-scale sine reads 1
    for (std::size_t b = 0; b < levels_.size(); ++b) {
        float peak = 0;
        for (int bin = edges_[b]; bin <= std::max(edges_[b], edges_[b + 1] - 1); ++bin)
            peak = std::max(peak, magnitudes[static_cast<std::size_t>(bin)] * scale);
        const float level = std::clamp((20 * std::log10(peak + 1e-9f) + 60) / 60, 0.0f, 1.0f);
        levels_[b] = std::max(level, levels_[b] * 0.86f);
    }
    return levels_;
}

} // namespace cadenza
