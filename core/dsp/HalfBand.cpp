// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/HalfBand.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace cadenza {
namespace {

constexpr int kHalf = 15; // taps -15..15; the odd ones and the centre are the only non-zero ones

// h[n] = 0.5 sinc(n / 2) w[n] for odd n; h[0] = 0.5.
const std::array<float, kHalf + 1>& taps() {
    static const auto table = [] {
        std::array<float, kHalf + 1> h{};
        const double beta = 7.0;
        const auto bessel = [](double x) { // I0, by its series
            double sum = 1, term = 1;
            for (int k = 1; k < 30; ++k) {
                term *= (x / (2 * k)) * (x / (2 * k));
                sum += term;
            }
            return sum;
        };
        for (int n = 0; n <= kHalf; ++n) {
            const double ratio = static_cast<double>(n) / (kHalf + 1);
            const double window = bessel(beta * std::sqrt(1 - ratio * ratio)) / bessel(beta);
            const double sinc = n == 0 ? 1.0 : std::sin(M_PI * n / 2) / (M_PI * n / 2);
            h[static_cast<std::size_t>(n)] = static_cast<float>(0.5 * sinc * window);
        }
        return h;
    }();
    return table;
}

// `in` with kHalf zeros before and after, so that the kernel never reads past an end.
std::vector<float> padded(const std::vector<float>& in) {
    std::vector<float> out(in.size() + 2 * std::size_t{kHalf}, 0.0f);
    std::copy(in.begin(), in.end(), out.begin() + kHalf);
    return out;
}

// The half-band kernel at frame `centre` of a padded signal (frame 0 at index kHalf).
float filterAt(const float* signal, std::size_t centre) {
    const auto& h = taps();
    const float* x = signal + centre + kHalf;
    float sum = h[0] * x[0];
    for (int n = 1; n <= kHalf; n += 2)
        sum += h[static_cast<std::size_t>(n)] * (x[-n] + x[n]);
    return sum;
}

std::vector<float> down(const std::vector<float>& in) {
    const auto signal = padded(in);
    std::vector<float> out((in.size() + 1) / 2);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = filterAt(signal.data(), 2 * i);
    return out;
}

std::vector<float> up(const std::vector<float>& in, std::size_t frames) {
    // Zero-stuffed to twice the rate (doubled, for the zeros) and filtered. The even frames
    // see only the centre tap, the odd ones only the odd taps.
    std::vector<float> stuffed(frames, 0.0f);
    for (std::size_t i = 0; i < in.size() && 2 * i < frames; ++i)
        stuffed[2 * i] = 2 * in[i];
    const auto signal = padded(stuffed);
    const auto& h = taps();
    std::vector<float> out(frames);
    for (std::size_t i = 0; i < frames; ++i)
        out[i] = i % 2 == 0 ? h[0] * signal[i + kHalf] : filterAt(signal.data(), i);
    return out;
}

} // namespace

StereoBuffer downsampleByTwo(const StereoBuffer& audio) {
    StereoBuffer out;
    out.sampleRate = audio.sampleRate / 2;
    out.left = down(audio.left);
    out.right = down(audio.right);
    return out;
}

StereoBuffer upsampleByTwo(const StereoBuffer& audio, std::size_t frames) {
    StereoBuffer out;
    out.sampleRate = audio.sampleRate * 2;
    out.left = up(audio.left, frames);
    out.right = up(audio.right, frames);
    return out;
}

} // namespace cadenza
