// SPDX-License-Identifier: GPL-3.0-or-later
#include "separate/SpectralSeparator.h"

#include "base/RunConcurrently.h"
#include "dsp/ComplexStft.h"

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

constexpr int kFrame = 4096;
constexpr std::size_t kMedianSpan = 17; // frames along time, bins along frequency

using Grid = std::vector<std::vector<float>>; // [frame][bin]

float median(std::array<float, kMedianSpan>& values, std::size_t count) {
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(count / 2);
    std::nth_element(values.begin(), middle, values.begin() + static_cast<std::ptrdiff_t>(count));
    return *middle;
}

// Median of each cell's neighbours along time (harmonic) or frequency (percussive).
Grid medianFiltered(const Grid& magnitude, bool alongTime, const CancelToken& cancel) {
    const std::size_t frames = magnitude.size(), bins = magnitude.front().size();
    Grid out(frames, std::vector<float>(bins));
    std::array<float, kMedianSpan> window{};
    const auto half = static_cast<std::ptrdiff_t>(kMedianSpan / 2);
    for (std::size_t f = 0; f < frames; ++f) {
        if (f % 64 == 0)
            cancel.throwIfCancelled();
        for (std::size_t k = 0; k < bins; ++k) {
            std::size_t count = 0;
            for (std::ptrdiff_t d = -half; d <= half; ++d) {
                const auto ff = static_cast<std::ptrdiff_t>(f) + (alongTime ? d : 0);
                const auto kk = static_cast<std::ptrdiff_t>(k) + (alongTime ? 0 : d);
                if (ff >= 0 && ff < static_cast<std::ptrdiff_t>(frames) && kk >= 0 &&
                    kk < static_cast<std::ptrdiff_t>(bins))
                    window[count++] = magnitude[static_cast<std::size_t>(ff)][static_cast<std::size_t>(kk)];
            }
            out[f][k] = median(window, count);
        }
    }
    return out;
}

// A smooth step from 0 below `low` to 1 above `high` (raised cosine in log frequency).
float smoothStep(double hz, double low, double high) {
    if (hz <= low)
        return 0;
    if (hz >= high)
        return 1;
    const double x = std::log(hz / low) / std::log(high / low);
    return static_cast<float>(0.5 - 0.5 * std::cos(M_PI * x));
}

} // namespace

SeparatedStems separateSpectral(const StereoBuffer& mix, const ProgressCallback& progress, const CancelToken& cancel) {
    const ComplexStft stft(kFrame);
    if (progress)
        progress("separate", 0);
    std::vector<ComplexStft::Spectrum> left, right;
    runConcurrently({[&] { left = stft.analyse(mix.left); }, [&] { right = stft.analyse(mix.right); }});
    cancel.throwIfCancelled();
    const std::size_t frames = left.size(), bins = stft.bins();

    Grid harmonic, percussive;
    {
        Grid magnitude(frames, std::vector<float>(bins));
        for (std::size_t f = 0; f < frames; ++f)
            for (std::size_t k = 0; k < bins; ++k)
                magnitude[f][k] = 0.5f * (std::abs(left[f][k]) + std::abs(right[f][k]));
        if (progress)
            progress("separate", 0.15);
        runConcurrently({[&] { harmonic = medianFiltered(magnitude, true, cancel); },
                         [&] { percussive = medianFiltered(magnitude, false, cancel); }});
    }
    if (progress)
        progress("separate", 0.7);

    const double binHz = static_cast<double>(mix.sampleRate) / kFrame;
    std::vector<float> bassWeight(bins), voiceWeight(bins);
    for (std::size_t k = 0; k < bins; ++k) {
        const double hz = static_cast<double>(k) * binHz;
        bassWeight[k] = 1 - smoothStep(hz, 120, 250);
        voiceWeight[k] = smoothStep(hz, 150, 300) * (1 - smoothStep(hz, 6000, 10000));
    }
    // The four masks of a cell (vocals, drums, bass, other), summing to one.
    const auto masks = [&](std::size_t f, std::size_t k) {
        const float h = harmonic[f][k] * harmonic[f][k], p = percussive[f][k] * percussive[f][k];
        const float drums = h + p > 0 ? p / (h + p) : 0.5f;
        const float tonal = 1 - drums;
        const float bass = tonal * bassWeight[k];
        // Centre-ness: 1 when left and right agree in level and phase, 0 when one is
        // silent or they are opposed.
        const auto l = left[f][k], r = right[f][k];
        const float energy = std::norm(l) + std::norm(r);
        const float centre = energy > 0 ? std::max(0.0f, 2 * (l * std::conj(r)).real() / energy) : 0.0f;
        const float vocals = (tonal - bass) * voiceWeight[k] * centre * centre;
        return std::array<float, 4>{vocals, drums, bass, std::max(0.0f, tonal - bass - vocals)};
    };
    SeparatedStems out;
    std::vector<std::function<void()>> syntheses;
    for (std::size_t s = 0; s < 4; ++s) {
        out.stems[s].sampleRate = mix.sampleRate;
        for (const bool isLeft : {true, false})
            syntheses.emplace_back([&, s, isLeft] {
                const auto& channel = isLeft ? left : right;
                auto audio = stft.synthesise(
                    frames,
                    [&](std::size_t f, ComplexStft::Spectrum& spectrum) {
                        if (f % 256 == 0)
                            cancel.throwIfCancelled();
                        for (std::size_t k = 0; k < bins; ++k)
                            spectrum[k] = masks(f, k)[s] * channel[f][k];
                    },
                    mix.frames());
                (isLeft ? out.stems[s].left : out.stems[s].right) = std::move(audio);
            });
    }
    runConcurrently(syntheses);
    if (progress)
        progress("separate", 1);
    return out;
}

} // namespace cadenza
