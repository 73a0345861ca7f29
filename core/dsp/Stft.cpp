// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/Stft.h"

#include <kiss_fftr.h>

#include <cmath>

namespace cadenza {

struct ShortTimeSpectrum::Plan {
    explicit Plan(int size)
        : config(kiss_fftr_alloc(size, 0, nullptr, nullptr)), spectrum(static_cast<std::size_t>(size / 2 + 1)) {}
    ~Plan() { kiss_fftr_free(config); }
    Plan(const Plan&) = delete;
    Plan& operator=(const Plan&) = delete;
    kiss_fftr_cfg config;
    std::vector<kiss_fft_cpx> spectrum;
};

ShortTimeSpectrum::ShortTimeSpectrum(int frameSize)
    : size_(frameSize), plan_(std::make_unique<Plan>(frameSize)), window_(static_cast<std::size_t>(frameSize)),
      frame_(static_cast<std::size_t>(frameSize)), magnitudes_(static_cast<std::size_t>(frameSize / 2 + 1)) {
    for (int i = 0; i < frameSize; ++i)
        window_[static_cast<std::size_t>(i)] = static_cast<float>(0.5 - 0.5 * std::cos(2 * M_PI * i / (frameSize - 1)));
}

ShortTimeSpectrum::~ShortTimeSpectrum() = default;

const std::vector<float>& ShortTimeSpectrum::magnitudes(const StereoBuffer& audio, std::ptrdiff_t start) {
    const auto length = static_cast<std::ptrdiff_t>(audio.frames());
    for (std::size_t i = 0; i < frame_.size(); ++i) {
        const std::ptrdiff_t at = start + static_cast<std::ptrdiff_t>(i);
        const float mono = at >= 0 && at < length ? 0.5f * (audio.left[at] + audio.right[at]) : 0.0f;
        frame_[i] = mono * window_[i];
    }
    kiss_fftr(plan_->config, frame_.data(), plan_->spectrum.data());
    for (std::size_t k = 0; k < magnitudes_.size(); ++k)
        magnitudes_[k] = std::hypot(plan_->spectrum[k].r, plan_->spectrum[k].i);
    return magnitudes_;
}

} // namespace cadenza
