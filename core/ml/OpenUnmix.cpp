// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/OpenUnmix.h"

#include "ml/ModelRegistry.h"
#include "ml/ModuleWeights.h"
#include "ml/SafeTensors.h"
#include "ml/TorchCheckpoint.h"

#include <torch/utils.h>

#include <algorithm>
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

namespace {

// The sizes a target network's weights imply.
OpenUnmixConfig configOf(const std::map<std::string, torch::Tensor>& weights, const std::string& source) {
    const auto tensor = [&](const std::string& name) {
        const auto found = weights.find(name);
        if (found == weights.end())
            throw std::runtime_error(source + " lacks the tensor '" + name + "'");
        return found->second;
    };
    OpenUnmixConfig config;
    config.bins = static_cast<int>(tensor("output_mean").size(0));
    config.maxBin = static_cast<int>(tensor("input_mean").size(0));
    config.hidden = static_cast<int>(tensor("fc1.weight").size(0));
    config.channels = static_cast<int>(tensor("fc3.weight").size(0) / config.bins);
    config.layers = 0;
    while (weights.count("lstm.weight_ih_l" + std::to_string(config.layers)))
        ++config.layers;
    if (config.channels < 1 || config.layers < 1 || config.hidden % 2 != 0)
        throw std::runtime_error(source + " does not hold an Open-Unmix network of a known shape");
    return config;
}

OpenUnmix loadTarget(const std::filesystem::path& folder, const std::string& target) {
    auto path = folder / (target + ".safetensors");
    std::map<std::string, torch::Tensor> weights;
    if (std::filesystem::exists(path)) {
        weights = readSafeTensors(path).tensors;
    } else {
        const auto published = openUnmixWeightFile(folder, target);
        if (!published)
            throw std::runtime_error(folder.string() + " has no single weights file for " + target + " (" + target +
                                     ".safetensors, or one " + target + "-<hash>.pth)");
        path = *published;
        weights = readTorchStateDict(path);
    }
    OpenUnmix model(configOf(weights, path.string()));
    assignModuleWeights(*model, std::move(weights), path.string());
    model->eval();
    return model;
}

// One EM step of open-unmix's multichannel Wiener filter (filtering.expectation_maximization)
// over y [frames, bins, channels, sources] and the mix x [frames, bins, channels], complex.
torch::Tensor expectationMaximization(torch::Tensor y, const torch::Tensor& x, int iterations, double eps) {
    const auto channels = x.size(2), sources = y.size(3);
    const auto identity = torch::eye(channels, torch::TensorOptions().dtype(x.dtype()));
    const auto regularisation = std::sqrt(static_cast<float>(eps)) * identity; // [C, C]
    for (int it = 0; it < iterations; ++it) {
        const auto v = y.abs().square().mean(2); // [T, F, J]
        std::vector<torch::Tensor> covariances;
        for (std::int64_t j = 0; j < sources; ++j) {
            const auto yj = y.select(3, j);                                         // [T, F, C]
            const auto spatial = (yj.unsqueeze(3) * yj.conj().unsqueeze(2)).sum(0); // [F, C, C]
            covariances.push_back(spatial / (eps + v.select(2, j).sum(0)).view({-1, 1, 1}));
        }
        auto mixture = regularisation.expand({x.size(0), x.size(1), channels, channels}).clone();
        for (std::int64_t j = 0; j < sources; ++j)
            mixture = mixture + v.select(2, j).unsqueeze(-1).unsqueeze(-1) * covariances[static_cast<std::size_t>(j)];
        const auto inverse = torch::linalg_inv(mixture);
        std::vector<torch::Tensor> refined;
        for (std::int64_t j = 0; j < sources; ++j) {
            const auto gain = v.select(2, j).unsqueeze(-1).unsqueeze(-1) *
                              torch::matmul(covariances[static_cast<std::size_t>(j)].unsqueeze(0), inverse);
            refined.push_back(torch::matmul(gain, x.unsqueeze(-1)).squeeze(-1));
        }
        y = torch::stack(refined, 3);
    }
    return y;
}

// open-unmix's filtering.wiener (softmask and residual off) over one window of frames.
torch::Tensor wiener(const torch::Tensor& estimates, const torch::Tensor& mix, int iterations) {
    constexpr double kEps = 1e-10, kScale = 10.0;
    // The estimates with the mix's phase.
    auto y = torch::polar(estimates, torch::angle(mix).unsqueeze(-1));
    if (iterations == 0)
        return y;
    const double peak = std::max(1.0, std::sqrt(mix.abs().square().max().item<double>()) / kScale);
    y = expectationMaximization(y / peak, mix / peak, iterations, kEps);
    return y * peak;
}

} // namespace

OpenUnmixSet loadOpenUnmix(const std::filesystem::path& folder) {
    return {loadTarget(folder, "vocals"), loadTarget(folder, "drums"), loadTarget(folder, "bass"),
            loadTarget(folder, "other")};
}

torch::Tensor openUnmixSeparate(const torch::Tensor& audio, OpenUnmixSet& models, const OpenUnmixRun& run) {
    const torch::NoGradGuard noGrad;
    constexpr int kFft = 4096, kHop = 1024;
    const auto length = audio.size(-1);
    const auto window = torch::hann_window(kFft);
    // [channels, bins, frames], framed as torch.stft(center=True, pad_mode="reflect") frames.
    const auto spectrum = torch::stft(audio, kFft, kHop, kFft, window, true, "reflect", false, true, true);
    const auto magnitude = spectrum.abs().permute({2, 0, 1}).contiguous(); // [frames, channels, bins]
    const auto frames = magnitude.size(0);
    const auto steps = static_cast<double>((frames + run.chunkFrames - 1) / run.chunkFrames + 1);
    // Each target's estimate, chunk by chunk with context on either side.
    std::vector<torch::Tensor> estimates(models.size());
    for (auto& e : estimates)
        e = torch::zeros_like(magnitude);
    for (std::int64_t start = 0; start < frames; start += run.chunkFrames) {
        run.cancel.throwIfCancelled();
        const auto end = std::min<std::int64_t>(frames, start + run.chunkFrames);
        const auto from = std::max<std::int64_t>(0, start - run.contextFrames);
        const auto to = std::min<std::int64_t>(frames, end + run.contextFrames);
        const auto input = magnitude.narrow(0, from, to - from);
        for (std::size_t t = 0; t < models.size(); ++t)
            estimates[t]
                .narrow(0, start, end - start)
                .copy_(models[t]->forward(input).narrow(0, start - from, end - start));
        if (run.progress)
            run.progress("separate", static_cast<double>(start / run.chunkFrames + 1) / steps);
    }
    const auto mix = spectrum.permute({2, 1, 0});                          // [frames, bins, channels]
    const auto stacked = torch::stack(estimates, 3).permute({0, 2, 1, 3}); // [frames, bins, channels, targets]
    torch::Tensor targets;
    if (run.filter == SpectralFilter::RatioMask) {
        // Shares of the sum (an even split where every estimate is silent), so they sum to one.
        const auto total = stacked.sum(3, true);
        const auto silent = total <= 1e-12;
        const auto share = torch::where(silent, torch::full_like(stacked, 1.0 / static_cast<double>(models.size())),
                                        stacked / total.clamp_min(1e-12));
        targets = share * mix.unsqueeze(-1);
    } else {
        std::vector<torch::Tensor> windows;
        for (std::int64_t start = 0; start < frames; start += run.wienerWindow) {
            run.cancel.throwIfCancelled();
            const auto count = std::min<std::int64_t>(run.wienerWindow, frames - start);
            windows.push_back(
                wiener(stacked.narrow(0, start, count), mix.narrow(0, start, count), run.wienerIterations));
        }
        targets = torch::cat(windows, 0);
    }
    // Back to audio: [targets, channels, bins, frames] -> [targets, channels, samples].
    const auto perTarget = targets.permute({3, 2, 1, 0}).contiguous();
    const auto flat = perTarget.view({-1, perTarget.size(2), perTarget.size(3)});
    auto out = torch::istft(flat, kFft, kHop, kFft, window, true, false, true, length);
    if (run.progress)
        run.progress("separate", 1.0);
    return out.view({perTarget.size(0), perTarget.size(1), length});
}

SeparatedStems separateWithOpenUnmix(const StereoBuffer& mix, OpenUnmixSet& models, const OpenUnmixRun& run) {
    const auto frames = static_cast<std::int64_t>(mix.frames());
    auto audio = torch::empty({2, frames});
    std::copy(mix.left.begin(), mix.left.end(), audio[0].data_ptr<float>());
    std::copy(mix.right.begin(), mix.right.end(), audio[1].data_ptr<float>());
    const auto separated = openUnmixSeparate(audio, models, run).contiguous();
    SeparatedStems out;
    for (std::size_t t = 0; t < out.stems.size(); ++t) {
        auto& stem = out.stems[t];
        stem.sampleRate = mix.sampleRate;
        const auto target = separated[static_cast<std::int64_t>(t)];
        const float* left = target[0].data_ptr<float>();
        const float* right = target[1].data_ptr<float>();
        stem.left.assign(left, left + frames);
        stem.right.assign(right, right + frames);
    }
    return out;
}

} // namespace cadenza
