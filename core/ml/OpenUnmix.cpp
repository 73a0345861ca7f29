// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/OpenUnmix.h"

#include "dsp/ComplexStft.h"
#include "ml/ModuleWeights.h"
#include "ml/SafeTensors.h"

#include <nlohmann/json.hpp>

#include <torch/utils.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace cadenza {

OpenUnmixImpl::OpenUnmixImpl(const OpenUnmixConfig& c) : config(c) {
    fc1 = register_module("fc1",
                          torch::nn::Linear(torch::nn::LinearOptions(c.maxBin * c.channels, c.hidden).bias(false)));
    bn1 = register_module("bn1", torch::nn::BatchNorm1d(c.hidden));
    lstm = register_module(
        "lstm",
        torch::nn::LSTM(torch::nn::LSTMOptions(c.hidden, c.hidden / 2).num_layers(c.layers).bidirectional(true)));
    fc2 = register_module("fc2", torch::nn::Linear(torch::nn::LinearOptions(c.hidden * 2, c.hidden).bias(false)));
    bn2 = register_module("bn2", torch::nn::BatchNorm1d(c.hidden));
    fc3 =
        register_module("fc3", torch::nn::Linear(torch::nn::LinearOptions(c.hidden, c.bins * c.channels).bias(false)));
    bn3 = register_module("bn3", torch::nn::BatchNorm1d(c.bins * c.channels));
    input_mean = register_parameter("input_mean", torch::zeros({c.maxBin}));
    input_scale = register_parameter("input_scale", torch::ones({c.maxBin}));
    output_scale = register_parameter("output_scale", torch::ones({c.bins}));
    output_mean = register_parameter("output_mean", torch::ones({c.bins}));
}

torch::Tensor OpenUnmixImpl::forward(const torch::Tensor& magnitude) {
    const auto frames = magnitude.size(0);
    auto x = magnitude.narrow(2, 0, config.maxBin);
    x = (x + input_mean) * input_scale;
    x = bn1->forward(fc1->forward(x.reshape({frames, config.channels * config.maxBin})));
    x = torch::tanh(x).reshape({frames, 1, config.hidden}); // [time, batch, features]
    const auto memory = std::get<0>(lstm->forward(x));
    x = torch::cat({x, memory}, -1).reshape({frames, 2 * config.hidden});
    x = torch::relu(bn2->forward(fc2->forward(x)));
    x = bn3->forward(fc3->forward(x)).reshape({frames, config.channels, config.bins});
    return torch::relu(x * output_scale + output_mean) * magnitude;
}

OpenUnmixSet loadOpenUnmix(const std::filesystem::path& folder) {
    std::ifstream file(folder / "manifest.json");
    if (!file)
        throw std::runtime_error((folder / "manifest.json").string() + " is missing");
    const auto manifest = nlohmann::json::parse(file);
    OpenUnmixConfig config;
    config.maxBin = manifest.value("max_bin", config.maxBin);
    config.hidden = manifest.value("hidden", config.hidden);
    config.layers = manifest.value("layers", config.layers);
    const auto load = [&](const char* target) {
        OpenUnmix model(config);
        const auto path = folder / (std::string(target) + ".safetensors");
        assignModuleWeights(*model, readSafeTensors(path).tensors, path.string());
        model->eval();
        return model;
    };
    return {load("vocals"), load("drums"), load("bass"), load("other")};
}

SeparatedStems separateWithOpenUnmix(const StereoBuffer& mix, OpenUnmixSet& models, int chunkFrames, int contextFrames,
                                     const CancelToken& cancel) {
    const torch::NoGradGuard noGrad;
    const ComplexStft stft(4096);
    const auto left = stft.analyse(mix.left), right = stft.analyse(mix.right);
    const auto frames = static_cast<std::int64_t>(left.size());
    const auto bins = static_cast<std::int64_t>(stft.bins());
    auto magnitude = torch::empty({frames, 2, bins});
    auto m = magnitude.accessor<float, 3>();
    for (std::int64_t f = 0; f < frames; ++f)
        for (std::int64_t k = 0; k < bins; ++k) {
            m[f][0][k] = std::abs(left[static_cast<std::size_t>(f)][static_cast<std::size_t>(k)]);
            m[f][1][k] = std::abs(right[static_cast<std::size_t>(f)][static_cast<std::size_t>(k)]);
        }
    // Each target's estimate, chunk by chunk with context on either side.
    std::array<torch::Tensor, 4> estimates;
    for (auto& e : estimates)
        e = torch::zeros({frames, 2, bins});
    for (std::int64_t start = 0; start < frames; start += chunkFrames) {
        cancel.throwIfCancelled();
        const auto end = std::min(frames, start + chunkFrames);
        const auto from = std::max<std::int64_t>(0, start - contextFrames);
        const auto to = std::min(frames, end + contextFrames);
        const auto input = magnitude.narrow(0, from, to - from);
        for (std::size_t t = 0; t < models.size(); ++t)
            estimates[t]
                .narrow(0, start, end - start)
                .copy_(models[t]->forward(input).narrow(0, start - from, end - start));
    }
    // Shares of the sum (an even split where every estimate is silent), so they sum to one.
    const auto total = estimates[0] + estimates[1] + estimates[2] + estimates[3];
    const auto silent = (total <= 1e-12).to(torch::kFloat32);
    SeparatedStems out;
    for (std::size_t t = 0; t < models.size(); ++t) {
        cancel.throwIfCancelled();
        const auto mask = (estimates[t] / total.clamp_min(1e-12)) * (1 - silent) + 0.25 * silent;
        const auto a = mask.accessor<float, 3>();
        auto& stem = out.stems[t];
        stem.sampleRate = mix.sampleRate;
        for (const int channel : {0, 1}) {
            const auto& spectrum = channel == 0 ? left : right;
            (channel == 0 ? stem.left : stem.right) = stft.synthesise(
                spectrum.size(),
                [&](std::size_t f, ComplexStft::Spectrum& s) {
                    for (std::size_t k = 0; k < s.size(); ++k)
                        s[k] = a[static_cast<std::int64_t>(f)][channel][static_cast<std::int64_t>(k)] * spectrum[f][k];
                },
                mix.frames());
        }
    }
    return out;
}

} // namespace cadenza
