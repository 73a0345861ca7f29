// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/BasicPitch.h"

#include "ml/Device.h"
#include "ml/TfjsWeights.h"

#include <torch/nn/functional/conv.h>
#include <torch/nn/functional/padding.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace cadenza {
namespace {

namespace F = torch::nn::functional;

const std::string kPrefix = "StatefulPartitionedCall/model_1/";
constexpr int kCqtBins = 309;
constexpr int kBinsPerOctave = 36;
constexpr int kKernel = 256;
constexpr int kTopHop = 256;
constexpr int kStackedBins = Posteriorgrams::kContourBins;

// The harmonics stacked for the network (0.5 and 1-7), as shifts in CQT bins.
std::vector<int> harmonicShifts() {
    std::vector<int> shifts;
    for (const double harmonic : {0.5, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0})
        shifts.push_back(static_cast<int>(std::lround(kBinsPerOctave * std::log2(harmonic))));
    return shifts;
}

// TensorFlow's [height, width, in, out] kernel as libtorch's [out, in, height, width].
torch::Tensor convKernel(const TfjsWeights& weights, const std::string& name, std::array<std::int64_t, 4> tfShape) {
    return weights.at(kPrefix + name, tfShape).permute({3, 2, 0, 1}).contiguous();
}

torch::Tensor vector(const TfjsWeights& weights, const std::string& name, std::int64_t size) {
    return weights.at(kPrefix + name, {size}).clone();
}

// A 1-D kernel of the CQT as the graph holds it ([1, 256, 1, out]), as [out, 1, 256].
torch::Tensor kernel1d(const TfjsWeights& weights, int index, std::int64_t out) {
    const std::string name =
        "cq_t2010v2_1/conv1d" + (index ? "_" + std::to_string(index) : std::string()) + "/ExpandDims_1";
    return weights.at(kPrefix + name, {1, kKernel, 1, out}).permute({3, 2, 0, 1}).squeeze(2).contiguous();
}

double scalar(const TfjsWeights& weights, const std::string& name) {
    return weights.at(kPrefix + name, {}).item<double>();
}

// TensorFlow's "same" padding for a [batch, channels, time, frequency] input: the output
// has ceil(size / stride) positions, and the padding it needs is split with the smaller
// half first.
torch::Tensor convSame(const torch::Tensor& x, const torch::Tensor& kernel, const torch::Tensor& bias,
                       std::int64_t freqStride) {
    const auto pads = [](std::int64_t size, std::int64_t k, std::int64_t stride) {
        const std::int64_t out = (size + stride - 1) / stride;
        const std::int64_t total = std::max<std::int64_t>((out - 1) * stride + k - size, 0);
        return std::make_pair(total / 2, total - total / 2);
    };
    const auto [top, bottom] = pads(x.size(2), kernel.size(2), 1);
    const auto [left, right] = pads(x.size(3), kernel.size(3), freqStride);
    const auto padded = F::pad(x, F::PadFuncOptions({left, right, top, bottom}));
    return F::conv2d(padded, kernel, F::Conv2dFuncOptions().bias(bias).stride({1, freqStride}));
}

} // namespace

BasicPitch::BasicPitch(const std::filesystem::path& folder, bool allowCuda) : device_(chooseDevice(allowCuda)) {
    configureTorchThreads();
    const TfjsWeights weights = readTfjsWeights(folder / "model.json");
    // Octave k (0 = the top one) has its real and imaginary kernels at conv1d_{3k} and
    // conv1d_{3k+1}, and the anti-alias filter that brought it down an octave at
    // conv1d_{3k-1}.
    for (int k = 0; k < kOctaves; ++k) {
        cqtReal_[k] = kernel1d(weights, 3 * k, kBinsPerOctave).to(device_);
        cqtImag_[k] = kernel1d(weights, 3 * k + 1, kBinsPerOctave).to(device_);
        if (k > 0)
            lowpass_[k] = kernel1d(weights, 3 * k - 1, 1).to(device_);
    }
    lengthScale_ = weights.at(kPrefix + "cq_t2010v2_1/Sqrt", {kCqtBins, 1, 1}).reshape({kCqtBins, 1}).to(device_);
    logFloor_ = scalar(weights, "normalized_log_1/add/y");
    logScale_ = scalar(weights, "normalized_log_1/truediv");
    bnScale_ = vector(weights, "batch_normalization/FusedBatchNormV3/Scaled", 1).to(device_);
    bnOffset_ = vector(weights, "batch_normalization/FusedBatchNormV3/Offset", 1).to(device_);

    constexpr std::int64_t harmonics = 8;
    constexpr std::int64_t filters = 32;
    contourConv_ = convKernel(weights, "conv2d_1/Conv2D_weights", {3, 39, harmonics, 8}).to(device_);
    contourBias_ = vector(weights, "conv2d_1/Conv2D_bn_offset", 8).to(device_);
    contourOut_ = convKernel(weights, "contours-reduced/Conv2D/ReadVariableOp", {5, 5, 8, 1}).to(device_);
    contourOutBias_ = vector(weights, "contours-reduced/BiasAdd/ReadVariableOp", 1).to(device_);
    noteConv_ = convKernel(weights, "conv2d_2/Conv2D/ReadVariableOp", {7, 7, 1, filters}).to(device_);
    noteBias_ = vector(weights, "conv2d_2/BiasAdd/ReadVariableOp", filters).to(device_);
    noteOut_ = convKernel(weights, "conv2d_3/Conv2D/ReadVariableOp", {7, 3, filters, 1}).to(device_);
    noteOutBias_ = vector(weights, "conv2d_3/BiasAdd/ReadVariableOp", 1).to(device_);
    onsetConv_ = convKernel(weights, "conv2d_4/Conv2D_weights", {5, 5, harmonics, filters}).to(device_);
    onsetBias_ = vector(weights, "conv2d_4/Conv2D_bn_offset", filters).to(device_);
    onsetOut_ = convKernel(weights, "conv2d_5/Conv2D/ReadVariableOp", {3, 3, filters + 1, 1}).to(device_);
    onsetOutBias_ = vector(weights, "conv2d_5/BiasAdd/ReadVariableOp", 1).to(device_);
}

// nnAudio's CQT2010v2 as the graph computes it: [batch, samples] -> magnitudes
// [batch, frames, 309].
torch::Tensor BasicPitch::constantQ(const torch::Tensor& audio) const {
    auto x = audio.unsqueeze(1);
    std::vector<torch::Tensor> real(kOctaves), imag(kOctaves);
    for (int k = 0; k < kOctaves; ++k) {
        if (k > 0) {
            constexpr std::int64_t half = (kKernel - 1) / 2;
            x = F::conv1d(F::pad(x, F::PadFuncOptions({half, half})), lowpass_[k], F::Conv1dFuncOptions().stride(2));
        }
        const auto padded = F::pad(x, F::PadFuncOptions({kKernel / 2, kKernel / 2}).mode(torch::kReflect));
        const std::int64_t hop = kTopHop >> k;
        // Lower octaves go first, as the reference concatenates them.
        real[kOctaves - 1 - k] = F::conv1d(padded, cqtReal_[k], F::Conv1dFuncOptions().stride(hop));
        imag[kOctaves - 1 - k] = F::conv1d(padded, cqtImag_[k], F::Conv1dFuncOptions().stride(hop));
    }
    const std::int64_t extra = kOctaves * kBinsPerOctave - kCqtBins;
    const auto re = torch::cat(real, 1).slice(1, extra) * lengthScale_;
    const auto im = torch::cat(imag, 1).slice(1, extra) * lengthScale_;
    return torch::sqrt(re.square() + im.square()).transpose(1, 2);
}

BasicPitch::Outputs BasicPitch::forward(const torch::Tensor& windows) const {
    const torch::InferenceMode inference;
    const auto magnitude = constantQ(windows.to(device_, torch::kFloat32));

    // Log power, scaled to 0-1 per window (a silent window stays 0).
    const auto logPower = torch::log(magnitude.square() + logFloor_) * logScale_;
    const auto offset = logPower - std::get<0>(logPower.flatten(1).min(1)).view({-1, 1, 1});
    const auto range = std::get<0>(offset.flatten(1).max(1)).view({-1, 1, 1});
    const auto normalised = torch::where(range > 0, offset / range, torch::zeros_like(offset));
    const auto cqt = (normalised.unsqueeze(1) * bnScale_ + bnOffset_); // [batch, 1, frames, 309]

    std::vector<torch::Tensor> stacked;
    for (const int shift : harmonicShifts()) {
        if (shift == 0)
            stacked.push_back(cqt);
        else if (shift > 0)
            stacked.push_back(F::pad(cqt.slice(3, shift), F::PadFuncOptions({0, shift})));
        else
            stacked.push_back(F::pad(cqt.slice(3, 0, shift), F::PadFuncOptions({-shift, 0})));
    }
    const auto harmonicsIn = torch::cat(stacked, 1).slice(3, 0, kStackedBins);

    const auto contourHidden = torch::relu(convSame(harmonicsIn, contourConv_, contourBias_, 1));
    const auto contour = torch::sigmoid(convSame(contourHidden, contourOut_, contourOutBias_, 1));
    const auto noteHidden = torch::relu(convSame(contour, noteConv_, noteBias_, 3));
    const auto note = torch::sigmoid(convSame(noteHidden, noteOut_, noteOutBias_, 1));
    const auto onsetHidden = torch::relu(convSame(harmonicsIn, onsetConv_, onsetBias_, 3));
    const auto onset = torch::sigmoid(convSame(torch::cat({note, onsetHidden}, 1), onsetOut_, onsetOutBias_, 1));
    return {contour.squeeze(1).cpu(), note.squeeze(1).cpu(), onset.squeeze(1).cpu()};
}

Posteriorgrams BasicPitch::run(const std::vector<float>& audio, const CancelToken& cancel,
                               const ProgressCallback& progress) const {
    const auto length = static_cast<std::int64_t>(audio.size());
    const std::int64_t padded = length + kOverlapSamples / 2;
    const std::int64_t windows = (padded + kWindowHop - 1) / kWindowHop;
    constexpr int kBatch = 2; // windows per forward pass: 4 s of audio, so that a cancel is seen within ~0.1 s
    constexpr int kDrop = kOverlapFrames / 2;
    constexpr int kKept = kWindowFrames - kOverlapFrames;

    // The reference keeps int(length / hop * 142) frames of the unwrapped windows.
    const auto frames = static_cast<int>(static_cast<double>(length) / kWindowHop * kKept);
    Posteriorgrams out;
    out.frames = frames;
    out.note.reserve(static_cast<std::size_t>(frames) * Posteriorgrams::kKeys);
    out.onset.reserve(static_cast<std::size_t>(frames) * Posteriorgrams::kKeys);
    out.contour.reserve(static_cast<std::size_t>(frames) * Posteriorgrams::kContourBins);
    const auto append = [&](std::vector<float>& into, const torch::Tensor& values) {
        const auto kept = values.slice(1, kDrop, kWindowFrames - kDrop).contiguous();
        const auto* data = kept.data_ptr<float>();
        const auto room = static_cast<std::int64_t>(frames) * values.size(2) - static_cast<std::int64_t>(into.size());
        into.insert(into.end(), data, data + std::min(kept.numel(), std::max<std::int64_t>(room, 0)));
    };

    for (std::int64_t first = 0; first < windows; first += kBatch) {
        cancel.throwIfCancelled();
        const std::int64_t count = std::min<std::int64_t>(kBatch, windows - first);
        auto batch = torch::zeros({count, kWindowSamples});
        auto* data = batch.data_ptr<float>();
        for (std::int64_t w = 0; w < count; ++w) {
            const std::int64_t start = (first + w) * kWindowHop - kOverlapSamples / 2; // in the audio
            for (std::int64_t i = std::max<std::int64_t>(0, -start); i < kWindowSamples && start + i < length; ++i)
                data[w * kWindowSamples + i] = audio[static_cast<std::size_t>(start + i)];
        }
        const auto outputs = forward(batch);
        append(out.note, outputs.note);
        append(out.onset, outputs.onset);
        append(out.contour, outputs.contour);
        if (progress)
            progress("transcribe", static_cast<double>(first + count) / static_cast<double>(windows));
    }
    return out;
}

} // namespace cadenza
