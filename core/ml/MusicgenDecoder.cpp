// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/MusicgenDecoder.h"

#include <torch/nn/modules/embedding.h>

#include <cmath>
#include <limits>

namespace cadenza {
namespace {

namespace nn = torch::nn;

nn::Linear linear(int in, int out) {
    return nn::Linear(nn::LinearOptions(in, out).bias(false));
}

nn::LayerNorm layerNorm(int width) {
    return nn::LayerNorm(nn::LayerNormOptions({width}).eps(1e-5));
}

} // namespace

MusicgenAttentionImpl::MusicgenAttentionImpl(int width, int headCount) : heads(headCount), headDim(width / headCount) {
    k_proj = register_module("k_proj", linear(width, width));
    v_proj = register_module("v_proj", linear(width, width));
    q_proj = register_module("q_proj", linear(width, width));
    out_proj = register_module("out_proj", linear(width, width));
}

torch::Tensor MusicgenAttentionImpl::project(nn::Linear& projection, const torch::Tensor& x) {
    return projection->forward(x).view({x.size(0), x.size(1), heads, headDim}).transpose(1, 2);
}

torch::Tensor MusicgenAttentionImpl::attend(const torch::Tensor& query, const torch::Tensor& keys,
                                            const torch::Tensor& values, const torch::Tensor& mask) {
    const auto q = project(q_proj, query) * (1.0 / std::sqrt(static_cast<double>(headDim)));
    auto scores = torch::matmul(q, keys.transpose(2, 3)).to(torch::kFloat);
    if (mask.defined())
        scores = scores + mask;
    const auto weights = torch::softmax(scores, -1).to(values.dtype());
    const auto out = torch::matmul(weights, values).transpose(1, 2).reshape({query.size(0), query.size(1), -1});
    return out_proj->forward(out);
}

MusicgenDecoderLayerImpl::MusicgenDecoderLayerImpl(const MusicgenDecoderConfig& c) : gelu(c.activation == "gelu") {
    self_attn = register_module("self_attn", MusicgenAttention(c.hiddenSize, c.numAttentionHeads));
    self_attn_layer_norm = register_module("self_attn_layer_norm", layerNorm(c.hiddenSize));
    if (c.crossAttention) {
        encoder_attn = register_module("encoder_attn", MusicgenAttention(c.hiddenSize, c.numAttentionHeads));
        encoder_attn_layer_norm = register_module("encoder_attn_layer_norm", layerNorm(c.hiddenSize));
    }
    fc1 = register_module("fc1", linear(c.hiddenSize, c.ffnDim));
    fc2 = register_module("fc2", linear(c.ffnDim, c.hiddenSize));
    final_layer_norm = register_module("final_layer_norm", layerNorm(c.hiddenSize));
}

torch::Tensor MusicgenDecoderLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& text,
                                                const torch::Tensor& causalMask, LayerCache& cache) {
    auto h = self_attn_layer_norm(x);
    auto keys = self_attn->project(self_attn->k_proj, h);
    auto values = self_attn->project(self_attn->v_proj, h);
    if (cache.selfKeys.defined()) {
        keys = torch::cat({cache.selfKeys, keys}, 2);
        values = torch::cat({cache.selfValues, values}, 2);
    }
    cache.selfKeys = keys;
    cache.selfValues = values;
    auto out = x + self_attn->attend(h, keys, values, causalMask);

    if (encoder_attn) {
        if (!cache.crossKeys.defined()) {
            cache.crossKeys = encoder_attn->project(encoder_attn->k_proj, text);
            cache.crossValues = encoder_attn->project(encoder_attn->v_proj, text);
        }
        out = out + encoder_attn->attend(encoder_attn_layer_norm(out), cache.crossKeys, cache.crossValues, {});
    }

    h = fc1(final_layer_norm(out));
    h = gelu ? torch::gelu(h) : torch::relu(h);
    return out + fc2(h);
}

torch::Tensor sinusoidalPositions(std::int64_t start, std::int64_t count, int width) {
    const int half = width / 2;
    const double step = std::log(10000.0) / (half - 1);
    const auto frequencies = torch::exp(torch::arange(half, torch::kFloat) * -step);
    const auto angles = torch::arange(start, start + count, torch::kFloat).unsqueeze(1) * frequencies.unsqueeze(0);
    auto table = torch::cat({torch::cos(angles), torch::sin(angles)}, 1);
    if (width % 2 == 1)
        table = torch::cat({table, torch::zeros({count, 1})}, 1);
    return table;
}

MusicgenLmImpl::MusicgenLmImpl(const MusicgenDecoderConfig& c) : config(c) {
    auto model = register_module("model", std::make_shared<nn::Module>());
    auto decoder = model->register_module("decoder", std::make_shared<nn::Module>());
    embedTokens = decoder->register_module("embed_tokens", nn::ModuleList());
    for (int k = 0; k < c.numCodebooks; ++k)
        embedTokens->push_back(nn::Embedding(c.vocabSize + 1, c.hiddenSize));
    layers = decoder->register_module("layers", nn::ModuleList());
    for (int i = 0; i < c.numHiddenLayers; ++i)
        layers->push_back(MusicgenDecoderLayer(c));
    layerNorm = decoder->register_module("layer_norm", cadenza::layerNorm(c.hiddenSize));
    lmHeads = register_module("lm_heads", nn::ModuleList());
    for (int k = 0; k < c.numCodebooks; ++k)
        lmHeads->push_back(linear(c.hiddenSize, c.vocabSize));
}

torch::Tensor MusicgenLmImpl::forward(const torch::Tensor& codes, const torch::Tensor& text, DecoderCache* cache) {
    DecoderCache scratch;
    DecoderCache& state = cache ? *cache : scratch;
    if (state.layers.empty())
        state.layers.resize(layers->size());
    const auto past = state.length;
    const auto codeLength = codes.size(2);

    auto x = embedTokens->ptr<nn::EmbeddingImpl>(0)->forward(codes.select(1, 0));
    for (int k = 1; k < config.numCodebooks; ++k)
        x = x + embedTokens->ptr<nn::EmbeddingImpl>(k)->forward(codes.select(1, k));
    if (config.scaleEmbedding)
        x = x * std::sqrt(static_cast<double>(config.hiddenSize));
    // MusicGen-melody: the conditioning goes first, as a prefix of the sequence.
    if (!config.crossAttention && past == 0 && text.defined())
        x = torch::cat({text.to(x.scalar_type()), x}, 1);
    const auto length = x.size(1);
    x = x + sinusoidalPositions(past, length, config.hiddenSize).to(x.device(), x.scalar_type()).unsqueeze(0);

    // Query i (position past + i) sees keys up to past + i.
    torch::Tensor causal;
    if (length > 1) {
        const auto options = torch::TensorOptions().device(x.device());
        const auto query = torch::arange(past, past + length, options.dtype(torch::kLong)).unsqueeze(1);
        const auto key = torch::arange(past + length, options.dtype(torch::kLong)).unsqueeze(0);
        causal = torch::zeros({length, past + length}, options.dtype(torch::kFloat))
                     .masked_fill(key > query, -std::numeric_limits<float>::infinity());
    }
    for (std::size_t i = 0; i < layers->size(); ++i)
        x = layers->ptr<MusicgenDecoderLayerImpl>(i)->forward(x, text, causal, state.layers[i]);
    x = layerNorm(x).narrow(1, length - codeLength, codeLength);
    state.length = past + length;

    std::vector<torch::Tensor> logits;
    logits.reserve(static_cast<std::size_t>(config.numCodebooks));
    for (int k = 0; k < config.numCodebooks; ++k)
        logits.push_back(lmHeads->ptr<nn::LinearImpl>(k)->forward(x));
    return torch::stack(logits, 1);
}

} // namespace cadenza
