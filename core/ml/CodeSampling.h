// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ml/MusicgenRequest.h"

#include <torch/types.h>

#include <cstdint>
#include <random>

namespace cadenza {

// MusicGen's token arithmetic, apart from the networks so that it can be checked by hand.

// The delay pattern: codebook k of a channel is predicted k steps after the first, so one
// decoding step emits codebook 0 of frame t, codebook 1 of frame t - 1, and so on. In a
// stereo model the codebooks interleave left and right, and each pair shares a delay.
int codebookDelay(int codebook, int audioChannels);

// codes [batch, codebooks, frames] -> the decoder's sequence [batch, codebooks, frames +
// maxDelay + 1]: position 0 is the start token, codebook k's frame j sits at j + delay(k) + 1,
// and every other place holds `pad` (the start token is the pad id in MusicGen).
torch::Tensor applyDelayPattern(const torch::Tensor& codes, int pad, int audioChannels);
// The inverse: the frames back in step, the pads dropped.
torch::Tensor revertDelayPattern(const torch::Tensor& sequence, int audioChannels);

// Classifier-free guidance: the batch holds the conditional rows, then as many
// unconditional ones; returns uncond + scale * (cond - uncond), half the batch.
torch::Tensor classifierFreeGuidance(const torch::Tensor& logits, double scale);

// Draws one token from each row of `logits` [rows, vocab], as transformers' sampling does:
// divided by the temperature, the topK highest kept (all of them when topK <= 0 or >= vocab),
// then of those the most likely whose probabilities reach topP (the first always; topP >= 1
// keeps them all), sampled from their renormalised softmax with `random`. A temperature
// <= 0 takes the highest (greedy). Returns [rows], long.
torch::Tensor sampleTokens(const torch::Tensor& logits, const MusicgenSampling& sampling, std::mt19937_64& random);

} // namespace cadenza
