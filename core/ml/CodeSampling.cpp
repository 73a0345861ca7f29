// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/CodeSampling.h"

#include <stdexcept>

namespace cadenza {

int codebookDelay(int codebook, int audioChannels) {
    return audioChannels == 2 ? codebook / 2 : codebook;
}

torch::Tensor applyDelayPattern(const torch::Tensor& codes, int pad, int audioChannels) {
    const auto batch = codes.size(0);
    const auto codebooks = codes.size(1);
    const auto frames = codes.size(2);
    const int maxDelay = codebookDelay(static_cast<int>(codebooks) - 1, audioChannels);
    auto sequence = torch::full({batch, codebooks, frames + maxDelay + 1}, pad, codes.options());
    for (std::int64_t k = 0; k < codebooks; ++k)
        sequence.select(1, k)
            .narrow(1, codebookDelay(static_cast<int>(k), audioChannels) + 1, frames)
            .copy_(codes.select(1, k));
    return sequence;
}

torch::Tensor revertDelayPattern(const torch::Tensor& sequence, int audioChannels) {
    const auto codebooks = sequence.size(1);
    const int maxDelay = codebookDelay(static_cast<int>(codebooks) - 1, audioChannels);
    const auto frames = sequence.size(2) - maxDelay - 1;
    if (frames <= 0)
        throw std::invalid_argument("the sequence is too short to hold a frame");
    std::vector<torch::Tensor> rows;
    for (std::int64_t k = 0; k < codebooks; ++k)
        rows.push_back(sequence.select(1, k).narrow(1, codebookDelay(static_cast<int>(k), audioChannels) + 1, frames));
    return torch::stack(rows, 1);
}

torch::Tensor classifierFreeGuidance(const torch::Tensor& logits, double scale) {
    const auto half = logits.size(0) / 2;
    const auto conditional = logits.narrow(0, 0, half);
    const auto unconditional = logits.narrow(0, half, half);
    return unconditional + (conditional - unconditional) * scale;
}

torch::Tensor sampleTokens(const torch::Tensor& logits, const MusicgenSampling& sampling, std::mt19937_64& random) {
    const auto rows = logits.size(0);
    const auto vocab = logits.size(1);
    const auto values = logits.to(torch::kCPU, torch::kDouble).contiguous();
    auto out = torch::empty({rows}, torch::kLong);
    const int k = sampling.topK;
    const auto keep = k <= 0 || k >= vocab ? vocab : k;
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (std::int64_t r = 0; r < rows; ++r) {
        const auto [top, indices] = values[r].topk(keep); // most likely first
        if (sampling.temperature <= 0) {
            out[r] = indices[0].item<std::int64_t>();
            continue;
        }
        const auto probabilities = torch::softmax(top / sampling.temperature, 0);
        const auto* p = probabilities.data_ptr<double>();
        // Top-p (TopPLogitsWarper): a token stays while the tokens more likely than it
        // hold less than topP together.
        std::int64_t nucleus = keep;
        double mass = 0;
        if (sampling.topP < 1.0)
            for (std::int64_t i = 0; i < keep; ++i) {
                if (i > 0 && mass >= sampling.topP) {
                    nucleus = i;
                    break;
                }
                mass += p[i];
            }
        double total = 0;
        for (std::int64_t i = 0; i < nucleus; ++i)
            total += p[i];
        const double draw = uniform(random) * total;
        double cumulative = 0;
        std::int64_t chosen = nucleus - 1;
        for (std::int64_t i = 0; i < nucleus; ++i) {
            cumulative += p[i];
            if (draw < cumulative) {
                chosen = i;
                break;
            }
        }
        out[r] = indices[chosen].item<std::int64_t>();
    }
    return out;
}

} // namespace cadenza
