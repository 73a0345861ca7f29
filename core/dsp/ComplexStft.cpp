// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/ComplexStft.h"

#include <kiss_fftr.h>

#include <cmath>

namespace cadenza {

namespace {

// A KissFFT real-transform plan, freed with the scope.
class Plan {
  public:
    Plan(int size, bool inverse) : config_(kiss_fftr_alloc(size, inverse ? 1 : 0, nullptr, nullptr)) {}
    ~Plan() { kiss_fftr_free(config_); }
    Plan(const Plan&) = delete;
    Plan& operator=(const Plan&) = delete;
    kiss_fftr_cfg get() const { return config_; }

  private:
    kiss_fftr_cfg config_;
};

} // namespace

ComplexStft::ComplexStft(int frameSize) : size_(frameSize), window_(static_cast<std::size_t>(frameSize)) {
    // A periodic Hann window: at a quarter-frame hop its squares sum to a constant (1.5).
    for (int i = 0; i < frameSize; ++i)
        window_[static_cast<std::size_t>(i)] = static_cast<float>(0.5 - 0.5 * std::cos(2 * M_PI * i / frameSize));
}

std::vector<ComplexStft::Spectrum> ComplexStft::analyse(const std::vector<float>& signal) const {
    const auto length = static_cast<std::ptrdiff_t>(signal.size());
    const std::size_t frames =
        (signal.size() + static_cast<std::size_t>(size_ - hop())) / static_cast<std::size_t>(hop()) + 1;
    std::vector<Spectrum> out(frames, Spectrum(bins()));
    std::vector<float> frame(static_cast<std::size_t>(size_));
    const Plan forward(size_, false);
    for (std::size_t f = 0; f < frames; ++f) {
        const auto start = frameStart(f);
        for (std::size_t i = 0; i < frame.size(); ++i) {
            const auto at = start + static_cast<std::ptrdiff_t>(i);
            frame[i] = at >= 0 && at < length ? signal[static_cast<std::size_t>(at)] * window_[i] : 0.0f;
        }
        // std::complex<float> has kiss_fft_cpx's layout (two floats, real first).
        kiss_fftr(forward.get(), frame.data(), reinterpret_cast<kiss_fft_cpx*>(out[f].data()));
    }
    return out;
}

std::vector<float> ComplexStft::synthesise(std::size_t frames,
                                           const std::function<void(std::size_t, Spectrum&)>& spectrumOf,
                                           std::size_t length) const {
    std::vector<float> out(length, 0.0f);
    std::vector<float> frame(static_cast<std::size_t>(size_));
    Spectrum spectrum(bins());
    const Plan inverse(size_, true);
    // Window squared summed over the overlapping frames (1.5 at a quarter hop) and the
    // inverse FFT's missing 1/N, undone at once.
    const float scale = 1.0f / (1.5f * static_cast<float>(size_));
    const auto total = static_cast<std::ptrdiff_t>(length);
    for (std::size_t f = 0; f < frames; ++f) {
        spectrumOf(f, spectrum);
        kiss_fftri(inverse.get(), reinterpret_cast<const kiss_fft_cpx*>(spectrum.data()), frame.data());
        const auto start = frameStart(f);
        for (std::size_t i = 0; i < frame.size(); ++i) {
            const auto at = start + static_cast<std::ptrdiff_t>(i);
            if (at >= 0 && at < total)
                out[static_cast<std::size_t>(at)] += frame[i] * window_[i] * scale;
        }
    }
    return out;
}

} // namespace cadenza
