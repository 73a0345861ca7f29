// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/T5Encoder.h"

#include <torch/nn/functional/activation.h>

#include <cmath>
#include <limits>

namespace cadenza {
namespace {

namespace nn = torch::nn;

// "layer.1": the feed-forward sublayer, relu or gated gelu.
struct T5FeedForwardImpl : nn::Module {
    explicit T5FeedForwardImpl(const T5Config& c) : gated(c.gatedGelu) {
        auto dense = std::make_shared<nn::Module>();
        if (gated) {
            wi0 = dense->register_module("wi_0", nn::Linear(nn::LinearOptions(c.dModel, c.dFf).bias(false)));
            wi1 = dense->register_module("wi_1", nn::Linear(nn::LinearOptions(c.dModel, c.dFf).bias(false)));
        } else {
            wi0 = dense->register_module("wi", nn::Linear(nn::LinearOptions(c.dModel, c.dFf).bias(false)));
        }
        wo = dense->register_module("wo", nn::Linear(nn::LinearOptions(c.dFf, c.dModel).bias(false)));
        register_module("DenseReluDense", dense);
        norm = register_module("layer_norm", T5LayerNorm(c.dModel, c.layerNormEpsilon));
    }
    torch::Tensor forward(const torch::Tensor& x) {
        const auto h = norm(x);
        const auto inner = gated ? torch::gelu(wi0(h), "tanh") * wi1(h) : torch::relu(wi0(h));
        return x + wo(inner);
    }
    bool gated;
    nn::Linear wi0{nullptr}, wi1{nullptr}, wo{nullptr};
    T5LayerNorm norm{nullptr};
};
TORCH_MODULE(T5FeedForward);

// "layer.0": self-attention with its pre-norm.
struct T5SelfAttentionLayerImpl : nn::Module {
    T5SelfAttentionLayerImpl(const T5Config& c, bool hasBias) {
        attention = register_module("SelfAttention", T5Attention(c, hasBias));
        norm = register_module("layer_norm", T5LayerNorm(c.dModel, c.layerNormEpsilon));
    }
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias) { return x + attention(norm(x), bias); }
    T5Attention attention{nullptr};
    T5LayerNorm norm{nullptr};
};
TORCH_MODULE(T5SelfAttentionLayer);

struct T5BlockImpl : nn::Module {
    T5BlockImpl(const T5Config& c, bool hasBias) {
        auto layers = register_module("layer", nn::ModuleList());
        selfAttention = T5SelfAttentionLayer(c, hasBias);
        feedForward = T5FeedForward(c);
        layers->push_back(selfAttention);
        layers->push_back(feedForward);
    }
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias) {
        return feedForward(selfAttention(x, bias));
    }
    T5SelfAttentionLayer selfAttention{nullptr};
    T5FeedForward feedForward{nullptr};
};
TORCH_MODULE(T5Block);

} // namespace

T5LayerNormImpl::T5LayerNormImpl(int size, double epsilon) : eps(epsilon) {
    weight = register_parameter("weight", torch::ones({size}));
}

torch::Tensor T5LayerNormImpl::forward(const torch::Tensor& x) {
    // In float, as transformers does, whatever the weights' precision.
    const auto variance = x.to(torch::kFloat).pow(2).mean(-1, true);
    const auto normed = x.to(torch::kFloat) * torch::rsqrt(variance + eps);
    return weight * normed.to(weight.dtype());
}

T5AttentionImpl::T5AttentionImpl(const T5Config& c, bool hasRelativeBias) : config(c) {
    const int inner = c.numHeads * c.dKv;
    q = register_module("q", nn::Linear(nn::LinearOptions(c.dModel, inner).bias(false)));
    k = register_module("k", nn::Linear(nn::LinearOptions(c.dModel, inner).bias(false)));
    v = register_module("v", nn::Linear(nn::LinearOptions(c.dModel, inner).bias(false)));
    o = register_module("o", nn::Linear(nn::LinearOptions(inner, c.dModel).bias(false)));
    if (hasRelativeBias)
        relative_attention_bias =
            register_module("relative_attention_bias", nn::Embedding(c.relativeAttentionNumBuckets, c.numHeads));
}

torch::Tensor t5RelativePositionBucket(const torch::Tensor& relative, int numBuckets, int maxDistance) {
    const int half = numBuckets / 2;
    auto buckets = (relative > 0).to(torch::kLong) * half;
    const auto distance = relative.abs();
    const int maxExact = half / 2;
    const auto isSmall = distance < maxExact;
    auto large = maxExact + (torch::log(distance.to(torch::kFloat) / maxExact) /
                             std::log(static_cast<double>(maxDistance) / maxExact) * (half - maxExact))
                                .to(torch::kLong);
    large = torch::minimum(large, torch::full_like(large, half - 1));
    return buckets + torch::where(isSmall, distance, large);
}

torch::Tensor T5AttentionImpl::positionBias(std::int64_t length) {
    const auto options = torch::TensorOptions().dtype(torch::kLong).device(relative_attention_bias->weight.device());
    const auto context = torch::arange(length, options).unsqueeze(1);
    const auto memory = torch::arange(length, options).unsqueeze(0);
    const auto buckets = t5RelativePositionBucket(memory - context, config.relativeAttentionNumBuckets,
                                                  config.relativeAttentionMaxDistance);
    return relative_attention_bias->forward(buckets).permute({2, 0, 1}).unsqueeze(0); // [1, heads, q, k]
}

torch::Tensor T5AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& bias) {
    const auto batch = x.size(0);
    const auto length = x.size(1);
    const auto heads = [&](const torch::Tensor& t) {
        return t.view({batch, length, config.numHeads, config.dKv}).transpose(1, 2);
    };
    // T5 does not scale the scores: the initialisation accounts for it.
    const auto scores = torch::matmul(heads(q(x)), heads(k(x)).transpose(2, 3)).to(torch::kFloat) + bias;
    const auto weights = torch::softmax(scores, -1).to(x.dtype());
    const auto out = torch::matmul(weights, heads(v(x))).transpose(1, 2).reshape({batch, length, -1});
    return o(out);
}

T5EncoderImpl::T5EncoderImpl(const T5Config& c) : config(c) {
    shared = register_module("shared", nn::Embedding(c.vocabSize, c.dModel));
    encoder = register_module("encoder", std::make_shared<nn::Module>());
    blocks = encoder->register_module("block", nn::ModuleList());
    for (int i = 0; i < c.numLayers; ++i)
        blocks->push_back(T5Block(c, i == 0));
    finalLayerNorm = encoder->register_module("final_layer_norm", T5LayerNorm(c.dModel, c.layerNormEpsilon));
}

torch::Tensor T5EncoderImpl::forward(const torch::Tensor& ids, const torch::Tensor& mask) {
    auto x = shared(ids);
    auto& first = blocks->ptr<T5BlockImpl>(0)->selfAttention->attention;
    // The first layer's relative position bias serves every layer; padding is masked by a
    // large negative bias on its keys.
    // The bias stays in float whatever the weights' precision.
    const auto padding =
        (1.0 - mask.to(torch::kFloat)).unsqueeze(1).unsqueeze(1) * std::numeric_limits<float>::lowest() / 2;
    const auto bias = first->positionBias(ids.size(1)).to(torch::kFloat) + padding;
    for (std::size_t i = 0; i < blocks->size(); ++i)
        x = blocks->ptr<T5BlockImpl>(i)->forward(x, bias);
    return finalLayerNorm(x);
}

} // namespace cadenza
