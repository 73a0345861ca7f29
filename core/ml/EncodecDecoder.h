// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ml/MusicgenConfig.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/rnn.h>

#include <map>
#include <string>

namespace cadenza {

// The decoding half of EnCodec (Défossez et al. 2022) as transformers' EncodecModel builds
// it, with the published names ("decoder.layers.0.conv", "quantizer.layers.0.codebook.
// embed", ...): residual vector quantizer codes -> summed codebook embeddings -> SEANet
// decoder (convolution, LSTM, transposed convolutions with residual blocks) -> waveform.
// The encoder half is not needed to make music and is not built.

// A convolution padded as EnCodec pads (reflect by default), so the output has
// ceil(length / stride) frames.
struct EncodecConv1dImpl : torch::nn::Module {
    EncodecConv1dImpl(int in, int out, int kernel, int stride, int dilation, std::string padMode);
    torch::Tensor forward(const torch::Tensor& x);
    std::string padMode;
    torch::nn::Conv1d conv{nullptr};
};
TORCH_MODULE(EncodecConv1d);

// A transposed convolution, trimmed so that the output has length * stride frames.
struct EncodecConvTranspose1dImpl : torch::nn::Module {
    EncodecConvTranspose1dImpl(int in, int out, int kernel, int stride);
    torch::Tensor forward(const torch::Tensor& x);
    torch::nn::ConvTranspose1d conv{nullptr};
};
TORCH_MODULE(EncodecConvTranspose1d);

struct EncodecLstmImpl : torch::nn::Module {
    EncodecLstmImpl(int width, int layers);
    torch::Tensor forward(const torch::Tensor& x); // [batch, width, time], plus a skip
    torch::nn::LSTM lstm{nullptr};
};
TORCH_MODULE(EncodecLstm);

struct EncodecResnetBlockImpl : torch::nn::Module {
    EncodecResnetBlockImpl(const EncodecConfig& config, int width, int dilation);
    torch::Tensor forward(const torch::Tensor& x);
    torch::nn::ModuleList block{nullptr};
    EncodecConv1d shortcut{nullptr}; // only with use_conv_shortcut
};
TORCH_MODULE(EncodecResnetBlock);

struct EncodecDecoderImpl : torch::nn::Module {
    explicit EncodecDecoderImpl(const EncodecConfig& config);

    // codes: [batch, quantizers, frames] -> audio [batch, channels, frames * hop length].
    torch::Tensor decode(const torch::Tensor& codes);

    EncodecConfig config;
    torch::nn::ModuleList layers{nullptr};     // "decoder.layers"
    torch::nn::ModuleList quantizers{nullptr}; // "quantizer.layers"
};
TORCH_MODULE(EncodecDecoder);

// Replaces weight-normalised pairs by the weights they stand for, as checkpoints saved with
// torch.nn.utils.weight_norm ("X.weight_g", "X.weight_v") or its parametrization
// ("X.parametrizations.weight.original0", "...original1") hold them:
// weight = g * v / |v|, the norm taken over every dimension but the first.
void foldWeightNorm(std::map<std::string, torch::Tensor>& weights);

} // namespace cadenza
