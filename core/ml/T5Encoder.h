// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ml/MusicgenConfig.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>

namespace cadenza {

// T5's encoder (Raffel et al. 2020) as transformers' T5EncoderModel builds it: the names of
// its submodules and parameters are the published ones ("shared", "encoder.block.0.layer.0.
// SelfAttention.q", ...), so a checkpoint's tensors load by name.

// Root-mean-square layer norm without a mean or a bias.
struct T5LayerNormImpl : torch::nn::Module {
    T5LayerNormImpl(int size, double eps);
    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor weight;
    double eps;
};
TORCH_MODULE(T5LayerNorm);

struct T5AttentionImpl : torch::nn::Module {
    T5AttentionImpl(const T5Config& config, bool hasRelativeBias);
    // x: [batch, length, d_model]; bias (float): [1 or batch, heads, length, length].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& bias);
    // The bidirectional relative position bias of the first layer: [1, heads, q, k].
    torch::Tensor positionBias(std::int64_t length);

    T5Config config;
    torch::nn::Linear q{nullptr}, k{nullptr}, v{nullptr}, o{nullptr};
    torch::nn::Embedding relative_attention_bias{nullptr}; // NOLINT(readability-identifier-naming)
};
TORCH_MODULE(T5Attention);

// T5's bucketing of relative positions (memory minus query), bidirectional: half the
// buckets for each sign, exact up to a quarter of them, logarithmic up to maxDistance.
torch::Tensor t5RelativePositionBucket(const torch::Tensor& relative, int numBuckets, int maxDistance);

// The encoder's stack and the shared token embedding; forward returns the final hidden
// states [batch, length, d_model]. `mask` [batch, length] is 1 for tokens, 0 for padding.
struct T5EncoderImpl : torch::nn::Module {
    explicit T5EncoderImpl(const T5Config& config);
    torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask);

    T5Config config;
    torch::nn::Embedding shared{nullptr};
    std::shared_ptr<torch::nn::Module> encoder; // "encoder": block, final_layer_norm
    torch::nn::ModuleList blocks{nullptr};
    T5LayerNorm finalLayerNorm{nullptr};
};
TORCH_MODULE(T5Encoder);

} // namespace cadenza
