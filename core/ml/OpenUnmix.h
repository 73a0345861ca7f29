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

// Loads a model folder: the published weights, one state dict per target as
// open-unmix-pytorch's releases name them (vocals-b62c91ce.pth, drums-….pth, bass-….pth,
// other-….pth; either torch.save format), or vocals.safetensors, drums.safetensors, … beside
// a manifest.json. The sizes (bins, hidden units, LSTM layers) are read from the weights'
// shapes. Throws std::runtime_error naming a missing file or a missing or mis-shaped tensor.
OpenUnmixSet loadOpenUnmix(const std::filesystem::path& folder);

// How the four estimated magnitudes become complex spectra.
enum class SpectralFilter {
    // The reference's default (open-unmix's Separator, niter 1): the estimates with the mix's
    // phase, refined by expectation-maximisation of a multichannel Wiener filter, which
    // models each source's stereo image. What the published SDR figures were measured with;
    // the stems sum to the mix up to its regularisation.
    Wiener,
    // Each estimate's share of their sum masks the mix: the stems sum back to the mix
    // exactly, and a frame costs a quarter of the Wiener filter's arithmetic.
    RatioMask,
};

struct OpenUnmixRun {
    SpectralFilter filter = SpectralFilter::Wiener;
    int wienerIterations = 1; // 0: the estimates with the mix's phase, unrefined
    int wienerWindow = 300;   // frames filtered together (the reference's wiener_win_len)
    // The networks see the spectrogram in chunks of `chunkFrames` frames, each with
    // `contextFrames` frames of context on either side (the LSTM's memory), of which only the
    // middle is kept: memory stays bounded for any length. A chunk longer than the song is
    // the reference's whole-sequence run.
    int chunkFrames = 512;
    int contextFrames = 64;
    ProgressCallback progress; // stage "separate"
    CancelToken cancel;
};

// Separates a mix [channels, samples] as open-unmix's Separator does: the STFT (4096 points,
// hop 1024, Hann window, centred frames with reflected edges, as torch.stft), the networks'
// magnitude estimates, the filter, the inverse STFT -> [4 targets, channels, samples], in
// SeparatedStems::kNames order.
torch::Tensor openUnmixSeparate(const torch::Tensor& mix, OpenUnmixSet& models, const OpenUnmixRun& run = {});

// The same over a StereoBuffer.
SeparatedStems separateWithOpenUnmix(const StereoBuffer& mix, OpenUnmixSet& models, const OpenUnmixRun& run = {});

} // namespace cadenza
