// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/MelodyChroma.h"

#include <torch/nn/functional/padding.h>

#include <algorithm>
#include <cmath>

namespace cadenza {

torch::Tensor chromaFilterBank(const ChromaSettings& s) {
    const auto options = torch::TensorOptions().dtype(torch::kDouble);
    const double chroma = s.numChroma;
    // Every FFT bin's frequency but DC, as a fractional chroma bin counted from A0 / 16.
    const auto frequencies = torch::arange(1, s.fftSize, options) * (static_cast<double>(s.sampleRate) / s.fftSize);
    auto bins = chroma * torch::log2(frequencies / (440.0 / 16.0));
    // DC is given a bin 1.5 octaves below the first one.
    bins = torch::cat({(bins[0] - 1.5 * chroma).unsqueeze(0), bins});
    const auto widths =
        torch::cat({torch::clamp_min(bins.slice(0, 1) - bins.slice(0, 0, -1), 1.0), torch::ones({1}, options)});
    // Distance of each bin from each pitch class, folded into [-chroma/2, chroma/2).
    const double half = std::round(chroma / 2);
    auto filters = bins.unsqueeze(0) - torch::arange(s.numChroma, options).unsqueeze(1);
    filters = torch::remainder(filters + half + 10 * chroma, chroma) - half;
    filters = torch::exp(-0.5 * torch::square(2 * filters / widths.unsqueeze(0)));
    filters = filters / torch::sqrt(torch::square(filters).sum(0, true)); // each bin's column to unit length
    filters = filters * torch::exp(-0.5 * torch::square((bins / chroma - 5.0) / 2.0)).unsqueeze(0);
    filters = torch::roll(filters, -3 * (s.numChroma / 12), 0); // start at C, not A
    return filters.slice(1, 0, s.fftSize / 2 + 1).to(torch::kFloat).contiguous();
}

torch::Tensor melodyChroma(const std::vector<float>& mono, const ChromaSettings& s) {
    const auto limit = static_cast<std::size_t>(s.maxSeconds * s.sampleRate);
    auto wave = torch::tensor(
        std::vector<float>(mono.begin(), mono.begin() + static_cast<std::ptrdiff_t>(std::min(limit, mono.size()))));
    if (wave.numel() < s.fftSize) {
        const auto pad = s.fftSize - wave.numel();
        wave = torch::nn::functional::pad(wave.unsqueeze(0),
                                          torch::nn::functional::PadFuncOptions({pad / 2, pad / 2 + pad % 2}))
                   .squeeze(0);
    }
    const auto window = torch::hann_window(s.fftSize);
    const auto spectrum = torch::stft(wave, s.fftSize, s.hop, s.fftSize, window, true, "reflect", false, true, true);
    // torchaudio's Spectrogram(normalized=True, power=2): divided by the window's root energy.
    const auto power =
        torch::square(spectrum.abs() / std::sqrt(window.square().sum().item<double>())); // [bins, frames]
    const auto raw = torch::matmul(chromaFilterBank(s), power);                          // [chroma, frames]
    // The strongest pitch class of each frame (the reference normalises by the maximum first,
    // which changes no argmax).
    const auto strongest = raw.argmax(0);
    return torch::one_hot(strongest, s.numChroma).to(torch::kFloat).unsqueeze(0);
}

} // namespace cadenza
