// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/HTDemucsLayers.h"

#include <torch/nn/functional/activation.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/conv.h>

#include <cmath>

namespace cadenza {

namespace F = torch::nn::functional;

namespace {

// A convolution along frequency (Conv2d, its kernel and stride along frequency only, unless
// `square`) or along time (Conv1d).
torch::nn::AnyModule convolution(bool freq, int in, int out, int kernel, int stride, int padding, bool square = false) {
    if (!freq)
        return torch::nn::AnyModule(
            torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, kernel).stride(stride).padding(padding)));
    const std::int64_t timeKernel = square ? kernel : 1, timePadding = square ? padding : 0;
    return torch::nn::AnyModule(torch::nn::Conv2d(
        torch::nn::Conv2dOptions(in, out, {kernel, timeKernel}).stride({stride, 1}).padding({padding, timePadding})));
}

torch::nn::AnyModule transposedConvolution(bool freq, int in, int out, int kernel, int stride) {
    if (!freq)
        return torch::nn::AnyModule(
            torch::nn::ConvTranspose1d(torch::nn::ConvTranspose1dOptions(in, out, kernel).stride(stride)));
    return torch::nn::AnyModule(
        torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(in, out, {kernel, 1}).stride({stride, 1})));
}

torch::nn::AnyModule groupNormOrIdentity(bool norm, int groups, int channels) {
    if (!norm)
        return torch::nn::AnyModule(torch::nn::Identity());
    return torch::nn::AnyModule(torch::nn::GroupNorm(torch::nn::GroupNormOptions(groups, channels)));
}

// Runs the residual branch over each frequency row of [B, C, F, T] separately.
torch::Tensor dconvPerFrequency(DConv& dconv, const torch::Tensor& y) {
    const auto b = y.size(0), c = y.size(1), f = y.size(2), t = y.size(3);
    const auto rows = dconv->forward(y.permute({0, 2, 1, 3}).reshape({-1, c, t}));
    return rows.view({b, f, c, t}).permute({0, 2, 1, 3});
}

torch::Tensor applyDConv(DConv& dconv, bool freq, const torch::Tensor& y) {
    if (!dconv)
        return y;
    return freq ? dconvPerFrequency(dconv, y) : dconv->forward(y);
}

} // namespace

LayerScaleImpl::LayerScaleImpl(int channels, bool last) : channelLast(last) {
    scale = register_parameter("scale", torch::zeros({channels}));
}

torch::Tensor LayerScaleImpl::forward(const torch::Tensor& x) {
    return channelLast ? scale * x : scale.unsqueeze(1) * x;
}

DConvImpl::DConvImpl(int channels, double compress, int depth) {
    const int hidden = static_cast<int>(channels / compress);
    layers = register_module("layers", torch::nn::ModuleList());
    for (int d = 0; d < depth; ++d) {
        const int dilation = 1 << d;
        // Indices as in demucs' nn.Sequential: 2 (GELU) and 5 (GLU) hold no weights.
        auto layer = std::make_shared<torch::nn::Module>();
        layer->register_module(
            "0", torch::nn::Conv1d(torch::nn::Conv1dOptions(channels, hidden, 3).dilation(dilation).padding(dilation)));
        layer->register_module("1", torch::nn::GroupNorm(torch::nn::GroupNormOptions(1, hidden)));
        layer->register_module("3", torch::nn::Conv1d(torch::nn::Conv1dOptions(hidden, 2 * channels, 1)));
        layer->register_module("4", torch::nn::GroupNorm(torch::nn::GroupNormOptions(1, 2 * channels)));
        layer->register_module("6", LayerScale(channels, false));
        layers->push_back(layer);
    }
}

torch::Tensor DConvImpl::forward(torch::Tensor x) {
    for (const auto& layer : *layers) {
        const auto& parts = layer->named_children();
        auto y = parts["0"]->as<torch::nn::Conv1d>()->forward(x);
        y = torch::gelu(parts["1"]->as<torch::nn::GroupNorm>()->forward(y));
        y = parts["3"]->as<torch::nn::Conv1d>()->forward(y);
        y = torch::glu(parts["4"]->as<torch::nn::GroupNorm>()->forward(y), 1);
        x = x + parts["6"]->as<LayerScale>()->forward(y);
    }
    return x;
}

HEncLayerImpl::HEncLayerImpl(int chin, int chout, const HLayerShape& s) : shape(s) {
    conv = convolution(s.freq, chin, chout, s.kernelSize, s.stride, s.kernelSize / 4);
    register_module("conv", conv.ptr());
    norm1 = groupNormOrIdentity(s.norm, s.normGroups, chout);
    register_module("norm1", norm1.ptr());
    if (s.rewrite) {
        rewrite = convolution(s.freq, chout, 2 * chout, 1 + 2 * s.context, 1, s.context, true);
        register_module("rewrite", rewrite.ptr());
        norm2 = groupNormOrIdentity(s.norm, s.normGroups, 2 * chout);
        register_module("norm2", norm2.ptr());
    }
    if (s.dconv)
        dconv = register_module("dconv", DConv(chout, s.dconvComp, s.dconvDepth));
}

torch::Tensor HEncLayerImpl::forward(torch::Tensor x) {
    if (!shape.freq) {
        const auto remainder = x.size(-1) % shape.stride;
        if (remainder != 0)
            x = F::pad(x, F::PadFuncOptions({0, shape.stride - remainder}));
    }
    auto y = torch::gelu(norm1.forward(conv.forward(x)));
    y = applyDConv(dconv, shape.freq, y);
    if (rewrite.is_empty())
        return y;
    return torch::glu(norm2.forward(rewrite.forward(y)), 1);
}

HDecLayerImpl::HDecLayerImpl(int chin, int chout, bool lastLayer, const HLayerShape& s) : shape(s), last(lastLayer) {
    conv_tr = transposedConvolution(s.freq, chin, chout, s.kernelSize, s.stride);
    register_module("conv_tr", conv_tr.ptr());
    norm2 = groupNormOrIdentity(s.norm, s.normGroups, chout);
    register_module("norm2", norm2.ptr());
    if (s.rewrite) {
        rewrite = convolution(s.freq, chin, 2 * chin, 1 + 2 * s.context, 1, s.context, true);
        register_module("rewrite", rewrite.ptr());
        norm1 = groupNormOrIdentity(s.norm, s.normGroups, 2 * chin);
        register_module("norm1", norm1.ptr());
    }
    if (s.dconv)
        dconv = register_module("dconv", DConv(chin, s.dconvComp, s.dconvDepth));
}

torch::Tensor HDecLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& skip, std::int64_t length) {
    auto y = x + skip;
    if (!rewrite.is_empty())
        y = torch::glu(norm1.forward(rewrite.forward(y)), 1);
    y = applyDConv(dconv, shape.freq, y);
    auto z = norm2.forward(conv_tr.forward(y));
    const int pad = shape.kernelSize / 4;
    if (shape.freq)
        z = z.narrow(2, pad, z.size(2) - 2 * pad);
    else
        z = z.narrow(-1, pad, length);
    return last ? z : torch::gelu(z);
}

PackedAttentionImpl::PackedAttentionImpl(int dim, int headCount) : heads(headCount) {
    in_proj_weight = register_parameter("in_proj_weight", torch::zeros({3 * dim, dim}));
    in_proj_bias = register_parameter("in_proj_bias", torch::zeros({3 * dim}));
    out_proj = register_module("out_proj", torch::nn::Linear(dim, dim));
}

torch::Tensor PackedAttentionImpl::forward(const torch::Tensor& query, const torch::Tensor& keys) {
    const auto batch = query.size(0), queries = query.size(1), dim = query.size(2), count = keys.size(1);
    const auto headDim = dim / heads;
    const auto weights = in_proj_weight.chunk(3), biases = in_proj_bias.chunk(3);
    const auto split = [&](const torch::Tensor& t, std::int64_t length) {
        return t.view({batch, length, heads, headDim}).transpose(1, 2); // [B, H, L, D]
    };
    // Scaled before the product, as torch's own attention does.
    const auto q = split(F::linear(query, weights[0], biases[0]), queries) / std::sqrt(static_cast<double>(headDim));
    const auto k = split(F::linear(keys, weights[1], biases[1]), count);
    const auto v = split(F::linear(keys, weights[2], biases[2]), count);
    // One head at a time: the published model's spectral branch has 8 heads over 2,696
    // tokens, whose scores together would take 232 MB (and as much again for the softmax).
    auto mixed = torch::empty_like(q);
    for (std::int64_t h = 0; h < heads; ++h) {
        const auto scores = torch::matmul(q.select(1, h), k.select(1, h).transpose(-2, -1));
        mixed.select(1, h).copy_(torch::softmax(scores, -1).matmul(v.select(1, h)));
    }
    return out_proj->forward(mixed.transpose(1, 2).reshape({batch, queries, dim}));
}

TransformerLayerImpl::TransformerLayerImpl(int dim, int heads, int hidden, bool crossLayer, bool useGelu,
                                           bool layerScale, bool normOut)
    : cross(crossLayer), gelu(useGelu) {
    attention = register_module(cross ? "cross_attn" : "self_attn", PackedAttention(dim, heads));
    linear1 = register_module("linear1", torch::nn::Linear(dim, hidden));
    linear2 = register_module("linear2", torch::nn::Linear(hidden, dim));
    const auto layerNorm = [dim] { return torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-5)); };
    norm1 = register_module("norm1", layerNorm());
    norm2 = register_module("norm2", layerNorm());
    if (cross)
        norm3 = register_module("norm3", layerNorm());
    if (normOut)
        norm_out = register_module("norm_out", torch::nn::GroupNorm(torch::nn::GroupNormOptions(1, dim)));
    const auto scaleOrIdentity = [&] {
        return layerScale ? torch::nn::AnyModule(LayerScale(dim, true)) : torch::nn::AnyModule(torch::nn::Identity());
    };
    gamma_1 = scaleOrIdentity();
    register_module("gamma_1", gamma_1.ptr());
    gamma_2 = scaleOrIdentity();
    register_module("gamma_2", gamma_2.ptr());
}

torch::Tensor TransformerLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& other) {
    torch::Tensor y;
    if (cross) {
        y = x + gamma_1.forward(attention->forward(norm1->forward(x), norm2->forward(other)));
    } else {
        const auto normed = norm1->forward(x);
        y = x + gamma_1.forward(attention->forward(normed, normed));
    }
    auto hidden = linear1->forward((cross ? norm3 : norm2)->forward(y));
    hidden = gelu ? torch::gelu(hidden) : torch::relu(hidden);
    y = y + gamma_2.forward(linear2->forward(hidden));
    if (norm_out)
        y = norm_out->forward(y.transpose(1, 2)).transpose(1, 2);
    return y;
}

torch::Tensor sinEmbedding2d(int dim, std::int64_t freqs, std::int64_t frames, double maxPeriod) {
    const int half = dim / 2;
    const auto divTerm = torch::exp(torch::arange(0.0, half, 2.0) * -(std::log(maxPeriod) / half)); // [half/2]
    const auto time = torch::arange(0.0, static_cast<double>(frames)).unsqueeze(1) * divTerm;       // [T, half/2]
    const auto freq = torch::arange(0.0, static_cast<double>(freqs)).unsqueeze(1) * divTerm;        // [F, half/2]
    auto pe = torch::zeros({dim, freqs, frames});
    using torch::indexing::Slice;
    pe.index_put_({Slice(0, half, 2)}, torch::sin(time).t().unsqueeze(1).expand({-1, freqs, -1}));
    pe.index_put_({Slice(1, half, 2)}, torch::cos(time).t().unsqueeze(1).expand({-1, freqs, -1}));
    pe.index_put_({Slice(half, dim, 2)}, torch::sin(freq).t().unsqueeze(2).expand({-1, -1, frames}));
    pe.index_put_({Slice(half + 1, dim, 2)}, torch::cos(freq).t().unsqueeze(2).expand({-1, -1, frames}));
    return pe.permute({2, 1, 0}).reshape({frames * freqs, dim}); // token t * F + f
}

torch::Tensor sinEmbedding1d(std::int64_t length, int dim, double maxPeriod) {
    const int half = dim / 2;
    const auto position = torch::arange(length, torch::kFloat).unsqueeze(1);
    const auto phase = position / torch::pow(maxPeriod, torch::arange(half, torch::kFloat) / (half - 1));
    return torch::cat({torch::cos(phase), torch::sin(phase)}, 1);
}

} // namespace cadenza
