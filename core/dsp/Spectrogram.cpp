// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/Spectrogram.h"

#include "dsp/Stft.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

int Spectrogram::bandOf(double hz) const {
    const double position = std::log(hz / lowestHz) / std::log(highestHz / lowestHz);
    return std::clamp(static_cast<int>(position * bands), 0, bands - 1);
}

Spectrogram computeSpectrogram(const StereoBuffer& audio, int bands, const CancelToken& cancel) {
    constexpr int kFrame = 2048;
    constexpr int kHop = 1024;
    Spectrogram s;
    s.bands = bands;
    s.lowestHz = 30;
    s.highestHz = std::min(16000.0, audio.sampleRate / 2.0);
    s.secondsPerFrame = static_cast<double>(kHop) / audio.sampleRate;
    s.frames = static_cast<int>((audio.frames() + kHop - 1) / kHop);
    s.decibels.assign(static_cast<std::size_t>(s.frames) * static_cast<std::size_t>(bands), -120.0f);

    ShortTimeSpectrum stft(kFrame);
    // Each FFT bin's band (or -1 outside the range).
    std::vector<int> bandOfBin(static_cast<std::size_t>(stft.bins()), -1);
    for (int k = 1; k < stft.bins(); ++k) {
        const double hz = static_cast<double>(k) * audio.sampleRate / kFrame;
        if (hz >= s.lowestHz && hz < s.highestHz)
            bandOfBin[static_cast<std::size_t>(k)] = s.bandOf(hz);
    }
    // A full-scale sine's peak magnitude with a Hann window is N/4.
    const float reference = kFrame / 4.0f;
    std::vector<float> loudest(static_cast<std::size_t>(bands));
    for (int f = 0; f < s.frames; ++f) {
        if (f % 256 == 0)
            cancel.throwIfCancelled();
        const auto& magnitudes = stft.magnitudes(audio, static_cast<std::ptrdiff_t>(f) * kHop);
        std::fill(loudest.begin(), loudest.end(), 0.0f);
        for (std::size_t k = 0; k < magnitudes.size(); ++k)
            if (const int band = bandOfBin[k]; band >= 0)
                loudest[static_cast<std::size_t>(band)] =
                    std::max(loudest[static_cast<std::size_t>(band)], magnitudes[k]);
        for (int b = 0; b < bands; ++b) {
            float value = loudest[static_cast<std::size_t>(b)];
            if (value == 0.0f && b > 0) // narrow low bands may hold no bin: carry the one below
                value = loudest[static_cast<std::size_t>(b - 1)];
            loudest[static_cast<std::size_t>(b)] = value;
            s.decibels[static_cast<std::size_t>(f) * static_cast<std::size_t>(bands) + static_cast<std::size_t>(b)] =
                20.0f * std::log10(std::max(value / reference, 1e-6f));
        }
    }
    return s;
}

} // namespace cadenza
