// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/any.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>

// The building blocks of Hybrid Transformer Demucs, each named as in demucs (hdemucs.py,
// demucs.py, transformer.py) so that a checkpoint's parameter names address them directly.
// Tensors are [batch, channels, time] in the time branch and [batch, channels, frequency,
// time] in the frequency branch; the transformer's tokens are [batch, tokens, channels].

namespace cadenza {

// A learnt per-channel scale (demucs' LayerScale): `scale`.
struct LayerScaleImpl : torch::nn::Module {
    LayerScaleImpl(int channels, bool channelLast);
    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor scale;
    bool channelLast;
};
TORCH_MODULE(LayerScale);

// The residual branch of an encoder or decoder layer (demucs' DConv): for each depth d,
// x += scale * GLU(GN(conv1x1(GELU(GN(conv3(x, dilation 2^d)))))), channels compressed inside.
struct DConvImpl : torch::nn::Module {
    DConvImpl(int channels, double compress, int depth);
    torch::Tensor forward(torch::Tensor x); // [batch, channels, time]
    torch::nn::ModuleList layers;
};
TORCH_MODULE(DConv);

// Where a layer runs, and its place in the network.
struct HLayerShape {
    bool freq = true; // along frequency (Conv2d, kernel (k, 1)), or along time (Conv1d)
    int kernelSize = 8;
    int stride = 4;
    bool norm = false; // group norms (layers from norm_starts on)
    int normGroups = 4;
    bool dconv = true;
    double dconvComp = 8;
    int dconvDepth = 2;
    int context = 0; // the rewrite convolution's reach either side
    bool rewrite = true;
};

// One encoder layer (demucs' HEncLayer): conv, GELU, residual branch, rewrite + GLU.
struct HEncLayerImpl : torch::nn::Module {
    HEncLayerImpl(int chin, int chout, const HLayerShape& shape);
    torch::Tensor forward(torch::Tensor x);
    HLayerShape shape;
    torch::nn::AnyModule conv, rewrite, norm1, norm2;
    DConv dconv{nullptr};
};
TORCH_MODULE(HEncLayer);

// One decoder layer (demucs' HDecLayer): skip added, rewrite + GLU, residual branch, then the
// transposed convolution, cropped to `length` (the time branch) or by the padding
// (frequency). GELU after it except in the last layer.
struct HDecLayerImpl : torch::nn::Module {
    HDecLayerImpl(int chin, int chout, bool last, const HLayerShape& shape);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& skip, std::int64_t length);
    HLayerShape shape;
    bool last;
    torch::nn::AnyModule conv_tr, rewrite, norm1, norm2; // NOLINT(readability-identifier-naming)
    DConv dconv{nullptr};
};
TORCH_MODULE(HDecLayer);

// torch.nn.MultiheadAttention's arithmetic and parameter names (a packed `in_proj_weight`
// of rows q, k, v, `in_proj_bias`, `out_proj`), batch first, no mask, no dropout; the heads
// are attended one after another, so that only one head's scores are held at a time.
struct PackedAttentionImpl : torch::nn::Module {
    PackedAttentionImpl(int dim, int heads);
    torch::Tensor forward(const torch::Tensor& query, const torch::Tensor& keys);
    int heads;
    torch::Tensor in_proj_weight, in_proj_bias; // NOLINT(readability-identifier-naming)
    torch::nn::Linear out_proj{nullptr};        // NOLINT(readability-identifier-naming)
};
TORCH_MODULE(PackedAttention);

// One layer of the cross-domain transformer, pre-norm with layer scales and a group norm
// over all tokens at its end: a self-attention layer (demucs' MyTransformerEncoderLayer:
// self_attn, norm1, norm2) or a cross-attention one (CrossTransformerEncoderLayer:
// cross_attn, norm1 on the queries, norm2 on the keys, norm3 before the feed-forward).
struct TransformerLayerImpl : torch::nn::Module {
    TransformerLayerImpl(int dim, int heads, int hidden, bool cross, bool gelu, bool layerScale, bool normOut);
    // Self-attention when `other` is undefined, else attention from x to `other`.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& other = {});
    bool cross, gelu;
    PackedAttention attention{nullptr};
    torch::nn::Linear linear1{nullptr}, linear2{nullptr};
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr}, norm3{nullptr};
    torch::nn::GroupNorm norm_out{nullptr}; // NOLINT(readability-identifier-naming)
    torch::nn::AnyModule gamma_1, gamma_2;  // NOLINT(readability-identifier-naming)
};
TORCH_MODULE(TransformerLayer);

// The positional embeddings the transformer adds: a 2D one over (frequency, time) for the
// spectral tokens, in token order t * F + f, and a 1D one for the time branch's.
torch::Tensor sinEmbedding2d(int dim, std::int64_t freqs, std::int64_t frames, double maxPeriod); // [F*T, C]
torch::Tensor sinEmbedding1d(std::int64_t length, int dim, double maxPeriod);                     // [T, C]

} // namespace cadenza
