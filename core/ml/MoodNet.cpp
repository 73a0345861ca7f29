// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/MoodNet.h"

#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/dropout.h>

namespace cadenza {

MoodNetImpl::MoodNetImpl(int features, int labels, int hidden) {
    mean = register_buffer("mean", torch::zeros({features}));
    deviation = register_buffer("deviation", torch::ones({features}));
    trunk = register_module("trunk", torch::nn::Sequential(torch::nn::Linear(features, hidden), torch::nn::ReLU(),
                                                           torch::nn::Dropout(0.1),
                                                           torch::nn::Linear(hidden, hidden / 2), torch::nn::ReLU()));
    moodHead = register_module("moodHead", torch::nn::Linear(hidden / 2, labels));
    affectHead = register_module("affectHead", torch::nn::Linear(hidden / 2, 2));
}

MoodNetImpl::Output MoodNetImpl::forward(const torch::Tensor& features) {
    const auto hidden = trunk->forward((features - mean) / deviation);
    return {moodHead->forward(hidden), torch::tanh(affectHead->forward(hidden))};
}

} // namespace cadenza
