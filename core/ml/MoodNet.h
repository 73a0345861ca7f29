// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/linear.h>

namespace cadenza {

// The mood classifier's network: standardised analysis features -> two hidden layers ->
// mood logits and (valence, arousal) in [-1, 1]. Small on purpose: its training set is
// made by the engine on this machine, a few hundred songs.
struct MoodNetImpl : torch::nn::Module {
    MoodNetImpl(int features, int labels, int hidden);

    struct Output {
        torch::Tensor logits; // [batch, labels]
        torch::Tensor affect; // [batch, 2]: valence, arousal
    };
    // `features` are raw (unstandardised): the stored mean and deviation apply here.
    Output forward(const torch::Tensor& features);

    torch::Tensor mean, deviation; // buffers: per-feature standardisation
    torch::nn::Sequential trunk{nullptr};
    torch::nn::Linear moodHead{nullptr}, affectHead{nullptr};
};
TORCH_MODULE(MoodNet);

} // namespace cadenza
