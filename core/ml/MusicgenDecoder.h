// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ml/MusicgenConfig.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

#include <vector>

namespace cadenza {

// MusicGen's decoder language model (Copet et al. 2023) as transformers' MusicgenForCausalLM
// builds it, with the published names ("model.decoder.layers.0.self_attn.q_proj",
// "lm_heads.0", ...): one embedding table per codebook, summed, plus sinusoidal positions;
// pre-norm layers of causal self-attention, cross-attention to the text and a GELU
// feed-forward; one linear head per codebook. MusicGen-melody's decoder has no
// cross-attention: its conditioning is a prefix of the sequence.

// What one layer remembers between decoding steps: the self-attention's keys and values so
// far, and the cross-attention's (computed once from the text).
struct LayerCache {
    torch::Tensor selfKeys, selfValues;   // [batch, heads, past, head_dim]
    torch::Tensor crossKeys, crossValues; // [batch, heads, text, head_dim]
};

struct DecoderCache {
    std::vector<LayerCache> layers;
    std::int64_t length = 0; // positions already decoded
};

struct MusicgenAttentionImpl : torch::nn::Module {
    MusicgenAttentionImpl(int width, int heads);
    torch::Tensor project(torch::nn::Linear& projection, const torch::Tensor& x); // -> heads
    // query: [batch, length, width]; keys, values: [batch, heads, n, head_dim]; mask (float)
    // added to the scores, or undefined.
    torch::Tensor attend(const torch::Tensor& query, const torch::Tensor& keys, const torch::Tensor& values,
                         const torch::Tensor& mask);

    int heads;
    int headDim;
    torch::nn::Linear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, // NOLINT(readability-identifier-naming)
        out_proj{nullptr};                                               // NOLINT(readability-identifier-naming)
};
TORCH_MODULE(MusicgenAttention);

struct MusicgenDecoderLayerImpl : torch::nn::Module {
    explicit MusicgenDecoderLayerImpl(const MusicgenDecoderConfig& config);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& text, const torch::Tensor& causalMask,
                          LayerCache& cache);

    bool gelu;
    MusicgenAttention self_attn{nullptr}, encoder_attn{nullptr}; // NOLINT(readability-identifier-naming)
    torch::nn::LayerNorm self_attn_layer_norm{nullptr},          // NOLINT(readability-identifier-naming)
        encoder_attn_layer_norm{nullptr},                        // NOLINT(readability-identifier-naming)
        final_layer_norm{nullptr};                               // NOLINT(readability-identifier-naming)
    torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(MusicgenDecoderLayer);

// The sinusoidal position embeddings of positions [start, start + count): [count, width],
// cosines in the first half and sines in the second, as transformers computes them.
torch::Tensor sinusoidalPositions(std::int64_t start, std::int64_t count, int width);

struct MusicgenLmImpl : torch::nn::Module {
    explicit MusicgenLmImpl(const MusicgenDecoderConfig& config);

    // codes: [batch, codebooks, length] (the pad id allowed); text: the projected text states
    // [batch, text length, hidden] the layers attend to, or, without cross-attention
    // (MusicGen-melody), the conditioning prefix [batch, prefix, hidden] that goes before the
    // codes at positions 0.. (on the first call of a cache only). Without a cache, `codes`
    // is the whole sequence from its start; with one, it continues the cache, which is
    // extended. Returns the codes' logits [batch, codebooks, length, vocab].
    torch::Tensor forward(const torch::Tensor& codes, const torch::Tensor& text, DecoderCache* cache = nullptr);

    MusicgenDecoderConfig config;
    torch::nn::ModuleList embedTokens{nullptr}, layers{nullptr}, lmHeads{nullptr};
    torch::nn::LayerNorm layerNorm{nullptr};
};
TORCH_MODULE(MusicgenLm);

} // namespace cadenza
