// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/EncodecDecoder.h"

#include <torch/nn/functional/padding.h>
#include <torch/nn/modules/activation.h>

#include <cmath>
#include <utility>
#include <vector>

namespace cadenza {
namespace {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

// Pads the last dimension; reflection on a signal shorter than the padding first extends it
// with zeros, as transformers does.
torch::Tensor pad1d(const torch::Tensor& x, std::int64_t left, std::int64_t right, const std::string& mode) {
    if (mode != "reflect")
        return F::pad(x, F::PadFuncOptions({left, right}));
    const auto length = x.size(-1);
    const auto widest = std::max(left, right);
    std::int64_t extra = 0;
    auto input = x;
    if (length <= widest) {
        extra = widest - length + 1;
        input = F::pad(x, F::PadFuncOptions({0, extra}));
    }
    const auto padded = F::pad(input, F::PadFuncOptions({left, right}).mode(torch::kReflect));
    return padded.narrow(-1, 0, padded.size(-1) - extra);
}

// "quantizer.layers.N": one codebook, its table a buffer named "embed".
struct EncodecCodebookImpl : nn::Module {
    EncodecCodebookImpl(int size, int dim) {
        auto codebook = register_module("codebook", std::make_shared<nn::Module>());
        embed = codebook->register_buffer("embed", torch::zeros({size, dim}));
    }
    torch::Tensor embed;
};
TORCH_MODULE(EncodecCodebook);

void fold(std::map<std::string, torch::Tensor>& weights, const std::string& gSuffix, const std::string& vSuffix) {
    std::vector<std::string> prefixes;
    for (const auto& [name, tensor] : weights)
        if (name.size() > gSuffix.size() && name.ends_with(gSuffix))
            prefixes.push_back(name.substr(0, name.size() - gSuffix.size()));
    for (const auto& prefix : prefixes) {
        const auto v = weights.find(prefix + vSuffix);
        if (v == weights.end())
            continue;
        const auto direction = v->second.to(torch::kFloat);
        std::vector<std::int64_t> dims;
        for (std::int64_t d = 1; d < direction.dim(); ++d)
            dims.push_back(d);
        const auto norm = direction.pow(2).sum(dims, true).sqrt();
        weights[prefix + ".weight"] = direction * (weights.at(prefix + gSuffix).to(torch::kFloat) / norm);
        weights.erase(prefix + gSuffix);
        weights.erase(prefix + vSuffix);
    }
}

} // namespace

EncodecConv1dImpl::EncodecConv1dImpl(int in, int out, int kernel, int stride, int dilation, std::string mode)
    : padMode(std::move(mode)) {
    conv = register_module("conv", nn::Conv1d(nn::Conv1dOptions(in, out, kernel).stride(stride).dilation(dilation)));
}

torch::Tensor EncodecConv1dImpl::forward(const torch::Tensor& x) {
    const auto stride = conv->options.stride()->front();
    const auto kernel = (conv->options.kernel_size()->front() - 1) * conv->options.dilation()->front() + 1;
    const auto total = kernel - stride;
    const auto length = x.size(-1);
    const double frames = static_cast<double>(length - kernel + total) / static_cast<double>(stride) + 1;
    const auto ideal = (static_cast<std::int64_t>(std::ceil(frames)) - 1) * stride + (kernel - total);
    const auto right = total / 2;
    return conv(pad1d(x, total - right, right + (ideal - length), padMode));
}

EncodecConvTranspose1dImpl::EncodecConvTranspose1dImpl(int in, int out, int kernel, int stride) {
    conv = register_module("conv", nn::ConvTranspose1d(nn::ConvTranspose1dOptions(in, out, kernel).stride(stride)));
}

torch::Tensor EncodecConvTranspose1dImpl::forward(const torch::Tensor& x) {
    const auto y = conv(x);
    const auto total = conv->options.kernel_size()->front() - conv->options.stride()->front();
    const auto right = total / 2;
    const auto left = total - right;
    return y.narrow(-1, left, y.size(-1) - left - right);
}

EncodecLstmImpl::EncodecLstmImpl(int width, int layerCount) {
    lstm = register_module("lstm", nn::LSTM(nn::LSTMOptions(width, width).num_layers(layerCount)));
}

torch::Tensor EncodecLstmImpl::forward(const torch::Tensor& x) {
    const auto sequence = x.permute({2, 0, 1}); // [time, batch, width]
    const auto out = std::get<0>(lstm->forward(sequence)) + sequence;
    return out.permute({1, 2, 0});
}

EncodecResnetBlockImpl::EncodecResnetBlockImpl(const EncodecConfig& c, int width, int dilation) {
    const int hidden = width / c.compress;
    block = register_module("block", nn::ModuleList());
    block->push_back(nn::ELU());
    block->push_back(EncodecConv1d(width, hidden, c.residualKernelSize, 1, dilation, c.padMode));
    block->push_back(nn::ELU());
    block->push_back(EncodecConv1d(hidden, width, 1, 1, 1, c.padMode));
    if (c.useConvShortcut)
        shortcut = register_module("shortcut", EncodecConv1d(width, width, 1, 1, 1, c.padMode));
}

torch::Tensor EncodecResnetBlockImpl::forward(const torch::Tensor& x) {
    auto h = x;
    for (std::size_t i = 0; i < block->size(); i += 2)
        h = block->ptr<EncodecConv1dImpl>(i + 1)->forward(torch::elu(h));
    return (shortcut ? shortcut(x) : x) + h;
}

EncodecDecoderImpl::EncodecDecoderImpl(const EncodecConfig& c) : config(c) {
    auto decoder = register_module("decoder", std::make_shared<nn::Module>());
    layers = decoder->register_module("layers", nn::ModuleList());
    int scale = 1 << c.upsamplingRatios.size();
    layers->push_back(EncodecConv1d(c.hiddenSize, scale * c.numFilters, c.kernelSize, 1, 1, c.padMode));
    layers->push_back(EncodecLstm(scale * c.numFilters, c.numLstmLayers));
    for (const int ratio : c.upsamplingRatios) {
        const int width = scale * c.numFilters;
        layers->push_back(nn::ELU());
        layers->push_back(EncodecConvTranspose1d(width, width / 2, ratio * 2, ratio));
        for (int j = 0; j < c.numResidualLayers; ++j)
            layers->push_back(
                EncodecResnetBlock(c, width / 2, static_cast<int>(std::lround(std::pow(c.dilationGrowthRate, j)))));
        scale /= 2;
    }
    layers->push_back(nn::ELU());
    layers->push_back(EncodecConv1d(c.numFilters, c.audioChannels, c.lastKernelSize, 1, 1, c.padMode));

    auto quantizer = register_module("quantizer", std::make_shared<nn::Module>());
    quantizers = quantizer->register_module("layers", nn::ModuleList());
    for (int q = 0; q < c.numQuantizers(); ++q)
        quantizers->push_back(EncodecCodebook(c.codebookSize, c.codebookDim));
}

torch::Tensor EncodecDecoderImpl::decode(const torch::Tensor& codes) {
    // The residual quantizer's reconstruction: the sum of each codebook's entries.
    auto x = torch::Tensor();
    for (std::int64_t q = 0; q < codes.size(1); ++q) {
        const auto& table = quantizers->ptr<EncodecCodebookImpl>(static_cast<std::size_t>(q))->embed;
        const auto entries =
            table.index_select(0, codes.select(1, q).reshape(-1)).view({codes.size(0), codes.size(2), table.size(1)});
        x = x.defined() ? x + entries : entries;
    }
    x = x.transpose(1, 2); // [batch, dim, frames]
    for (const auto& layer : *layers) {
        if (auto* conv = layer->as<EncodecConv1dImpl>())
            x = conv->forward(x);
        else if (auto* lstm = layer->as<EncodecLstmImpl>())
            x = lstm->forward(x);
        else if (auto* up = layer->as<EncodecConvTranspose1dImpl>())
            x = up->forward(x);
        else if (auto* residual = layer->as<EncodecResnetBlockImpl>())
            x = residual->forward(x);
        else
            x = torch::elu(x);
    }
    return x;
}

void foldWeightNorm(std::map<std::string, torch::Tensor>& weights) {
    fold(weights, ".weight_g", ".weight_v");
    fold(weights, ".parametrizations.weight.original0", ".parametrizations.weight.original1");
}

} // namespace cadenza
