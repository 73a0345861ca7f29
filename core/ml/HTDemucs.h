// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "ml/HTDemucsConfig.h"
#include "ml/HTDemucsLayers.h"

#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/embedding.h>

namespace cadenza {

// The transformer between the two branches (demucs' CrossTransformerEncoder): the spectral
// tokens (one per frequency and frame) and the time branch's (one per step) each go through
// their own layers, alternating self-attention and attention to the other branch.
struct CrossTransformerImpl : torch::nn::Module {
    explicit CrossTransformerImpl(const HTDemucsConfig& config);
    // x: [B, C, F, T1], xt: [B, C, T2] -> the same shapes. Checks `cancel` after each layer.
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x, const torch::Tensor& xt,
                                                    const CancelToken& cancel);
    HTDemucsConfig config;
    torch::nn::AnyModule norm_in, norm_in_t; // NOLINT(readability-identifier-naming)
    torch::nn::ModuleList layers, layers_t;  // NOLINT(readability-identifier-naming)
};
TORCH_MODULE(CrossTransformer);

// The whole network (demucs.htdemucs.HTDemucs in eval mode), its parameters named as in the
// published state dicts. forward() takes at most one training segment of audio.
struct HTDemucsImpl : torch::nn::Module {
    explicit HTDemucsImpl(const HTDemucsConfig& config);
    // mix: [B, audio channels, L] with L <= trainingLength -> [B, sources, audio channels, L].
    // A published model takes seconds a segment on a CPU: `cancel` is checked after every
    // layer, so a cancel is heard within one layer's time. Throws OperationCancelled.
    torch::Tensor forward(const torch::Tensor& mix, const CancelToken& cancel = CancelToken());

    HTDemucsConfig config;
    torch::nn::ModuleList encoder, decoder, tencoder, tdecoder;
    torch::nn::Embedding frequencyEmbedding{nullptr};                           // "freq_emb.embedding"
    torch::nn::Conv1d channel_upsampler{nullptr}, channel_downsampler{nullptr}, // NOLINT(readability-identifier-naming)
        channel_upsampler_t{nullptr}, channel_downsampler_t{nullptr};           // NOLINT(readability-identifier-naming)
    CrossTransformer crosstransformer{nullptr};

  private:
    torch::Tensor spectrogram(const torch::Tensor& mix) const;                        // complex [B, C, F, T]
    torch::Tensor waveform(const torch::Tensor& spectrum, std::int64_t length) const; // complex [..., F, T] -> [..., L]
};
TORCH_MODULE(HTDemucs);

} // namespace cadenza
