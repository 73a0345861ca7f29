// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "separate/SpectralSeparator.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/rnn.h>

#include <array>
#include <filesystem>

namespace cadenza {

// Open-Unmix (Stöter et al. 2019, github.com/sigsep/open-unmix-pytorch), one network per
// target: the mixture's magnitude spectrogram (4096-point STFT, hop 1024) in, the target's
// magnitude out. Layer and parameter names follow the published PyTorch model, so its
// state dict, saved as safetensors, loads as it is.
struct OpenUnmixConfig {
    int bins = 2049;   // STFT bins out
    int maxBin = 1487; // bins in (16 kHz at 44.1 kHz)
    int channels = 2;
    int hidden = 512;
    int layers = 3; // bidirectional LSTM layers
};

struct OpenUnmixImpl : torch::nn::Module {
    explicit OpenUnmixImpl(const OpenUnmixConfig& config);
    // magnitude: [frames, channels, bins] -> the target's magnitude, same shape.
    torch::Tensor forward(const torch::Tensor& magnitude);

    OpenUnmixConfig config;
    torch::nn::Linear fc1{nullptr}, fc2{nullptr}, fc3{nullptr};
    torch::nn::BatchNorm1d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::LSTM lstm{nullptr};
    torch::Tensor input_mean, input_scale, output_scale,
        output_mean; // NOLINT(readability-identifier-naming): published names
};
TORCH_MODULE(OpenUnmix);

// The four targets, in SeparatedStems::kNames order.
using OpenUnmixSet = std::array<OpenUnmix, 4>;

// Loads a model folder: manifest.json (kind "open-unmix", with "max_bin", "hidden", "layers")
// and vocals.safetensors, drums.safetensors, bass.safetensors, other.safetensors. Throws
// std::runtime_error naming a missing or mis-shaped tensor.
OpenUnmixSet loadOpenUnmix(const std::filesystem::path& folder);

// Separates with the four networks: each estimates its target's magnitude; the estimates,
// as shares of their sum, mask the mixture's complex STFT, so the stems sum back to the mix.
// The spectrogram is processed in chunks of `chunkFrames` frames, each seen with
// `contextFrames` frames of context on either side (the LSTM's memory), and only its middle
// kept: memory stays bounded for any length.
SeparatedStems separateWithOpenUnmix(const StereoBuffer& mix, OpenUnmixSet& models, int chunkFrames = 512,
                                     int contextFrames = 64, const CancelToken& cancel = {});

} // namespace cadenza
