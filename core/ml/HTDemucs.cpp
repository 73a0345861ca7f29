// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/HTDemucs.h"

#include <torch/nn/functional/padding.h>
#include <torch/nn/modules/activation.h>

#include <stdexcept>

namespace cadenza {

namespace F = torch::nn::functional;

CrossTransformerImpl::CrossTransformerImpl(const HTDemucsConfig& c) : config(c) {
    const int dim = c.transformerChannels();
    const auto inputNorm = [&] {
        return c.tNormIn ? torch::nn::AnyModule(torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim})))
                         : torch::nn::AnyModule(torch::nn::Identity());
    };
    norm_in = inputNorm();
    register_module("norm_in", norm_in.ptr());
    norm_in_t = inputNorm();
    register_module("norm_in_t", norm_in_t.ptr());
    layers = register_module("layers", torch::nn::ModuleList());
    layers_t = register_module("layers_t", torch::nn::ModuleList());
    const int hidden = static_cast<int>(dim * c.tHiddenScale);
    for (int i = 0; i < c.tLayers; ++i) {
        const bool cross = i % 2 != (c.tCrossFirst ? 1 : 0);
        for (auto* list : {&layers, &layers_t})
            (*list)->push_back(TransformerLayer(dim, c.tHeads, hidden, cross, c.tGelu, c.tLayerScale, c.tNormOut));
    }
}

std::pair<torch::Tensor, torch::Tensor> CrossTransformerImpl::forward(const torch::Tensor& x4, const torch::Tensor& xt3,
                                                                      const CancelToken& cancel) {
    const auto batch = x4.size(0), dim = x4.size(1), freqs = x4.size(2), frames = x4.size(3), steps = xt3.size(2);
    const int channels = static_cast<int>(dim);
    auto x = x4.permute({0, 3, 2, 1}).reshape({batch, frames * freqs, dim}); // token t * F + f
    x = norm_in.forward(x) + config.tWeightPosEmbed * sinEmbedding2d(channels, freqs, frames, config.tMaxPeriod);
    auto xt = norm_in_t.forward(xt3.transpose(1, 2)) +
              config.tWeightPosEmbed * sinEmbedding1d(steps, channels, config.tMaxPeriod);
    for (std::size_t i = 0; i < layers->size(); ++i) {
        auto* layer = layers[i]->as<TransformerLayerImpl>();
        auto* layerT = layers_t[i]->as<TransformerLayerImpl>();
        const auto before = x; // in a cross layer the time branch attends to x as it was before it
        x = layer->cross ? layer->forward(x, xt) : layer->forward(x);
        cancel.throwIfCancelled();
        xt = layerT->cross ? layerT->forward(xt, before) : layerT->forward(xt);
        cancel.throwIfCancelled();
    }
    return {x.view({batch, frames, freqs, dim}).permute({0, 3, 2, 1}), xt.transpose(1, 2)};
}

HTDemucsImpl::HTDemucsImpl(const HTDemucsConfig& c) : config(c) {
    encoder = register_module("encoder", torch::nn::ModuleList());
    decoder = register_module("decoder", torch::nn::ModuleList());
    tencoder = register_module("tencoder", torch::nn::ModuleList());
    tdecoder = register_module("tdecoder", torch::nn::ModuleList());
    const int sources = static_cast<int>(c.sources.size());
    int chin = c.audioChannels, chinZ = 2 * chin; // complex as channels
    int chout = c.channels, choutZ = c.channels;
    int freqs = c.nfft / 2;
    std::vector<std::shared_ptr<torch::nn::Module>> decoders, tdecoders;
    for (int index = 0; index < c.depth; ++index) {
        HLayerShape shape;
        shape.kernelSize = c.kernelSize;
        shape.stride = c.stride;
        shape.norm = index >= c.normStarts;
        shape.normGroups = c.normGroups;
        shape.dconvComp = c.dconvComp;
        shape.dconvDepth = c.dconvDepth;
        shape.rewrite = c.rewrite;
        auto encoderShape = shape, decoderShape = shape;
        encoderShape.dconv = (c.dconvMode & 1) != 0;
        encoderShape.context = c.contextEnc;
        decoderShape.dconv = (c.dconvMode & 2) != 0;
        decoderShape.context = c.context;
        auto timeEncoderShape = encoderShape, timeDecoderShape = decoderShape;
        timeEncoderShape.freq = timeDecoderShape.freq = false;

        encoder->push_back(HEncLayer(chinZ, choutZ, encoderShape));
        tencoder->push_back(HEncLayer(chin, chout, timeEncoderShape));
        if (index == 0) {
            chin = c.audioChannels * sources;
            chinZ = 2 * chin;
        }
        // Built from the outside in: decoder.0 is the deepest layer.
        decoders.insert(decoders.begin(), HDecLayer(choutZ, chinZ, index == 0, decoderShape).ptr());
        tdecoders.insert(tdecoders.begin(), HDecLayer(chout, chin, index == 0, timeDecoderShape).ptr());
        chin = chout;
        chinZ = choutZ;
        chout *= c.growth;
        choutZ *= c.growth;
        freqs /= c.stride;
        if (index == 0 && c.freqEmb > 0) {
            auto holder = std::make_shared<torch::nn::Module>();
            frequencyEmbedding = holder->register_module("embedding", torch::nn::Embedding(freqs, chinZ));
            register_module("freq_emb", holder);
        }
    }
    for (auto& layer : decoders)
        decoder->push_back(layer);
    for (auto& layer : tdecoders)
        tdecoder->push_back(layer);

    const int deepest = c.deepestChannels();
    if (c.bottomChannels) {
        const auto conv = [](int in, int out) { return torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, 1)); };
        channel_upsampler = register_module("channel_upsampler", conv(deepest, c.bottomChannels));
        channel_downsampler = register_module("channel_downsampler", conv(c.bottomChannels, deepest));
        channel_upsampler_t = register_module("channel_upsampler_t", conv(deepest, c.bottomChannels));
        channel_downsampler_t = register_module("channel_downsampler_t", conv(c.bottomChannels, deepest));
    }
    crosstransformer = register_module("crosstransformer", CrossTransformer(c));
}

torch::Tensor HTDemucsImpl::spectrogram(const torch::Tensor& mix) const {
    const auto hop = config.hopLength();
    const auto length = mix.size(-1);
    const auto frames = (length + hop - 1) / hop;
    const auto pad = hop / 2 * 3;
    // Longer than any pad: forward() always gives a whole training segment.
    const auto padded = F::pad(mix, F::PadFuncOptions({pad, pad + frames * hop - length}).mode(torch::kReflect));
    const auto flat = padded.reshape({-1, padded.size(-1)});
    const auto window = torch::hann_window(config.nfft, torch::TensorOptions().device(mix.device()));
    auto z = torch::stft(flat, config.nfft, hop, config.nfft, window, true, "reflect", true, true, true);
    z = z.view({mix.size(0), mix.size(1), z.size(-2), z.size(-1)});
    return z.narrow(2, 0, config.nfft / 2).narrow(3, 2, frames);
}

torch::Tensor HTDemucsImpl::waveform(const torch::Tensor& spectrum, std::int64_t length) const {
    const auto hop = config.hopLength();
    const auto pad = hop / 2 * 3;
    auto z = F::pad(spectrum, F::PadFuncOptions({2, 2, 0, 1})); // 2 frames either side, the Nyquist bin
    const auto shape = z.sizes().vec();
    z = z.reshape({-1, shape[shape.size() - 2], shape.back()});
    const auto total = hop * ((length + hop - 1) / hop) + 2 * pad;
    const auto window = torch::hann_window(config.nfft, torch::TensorOptions().device(spectrum.device()));
    auto x = torch::istft(z, config.nfft, hop, config.nfft, window, true, true, c10::nullopt, total);
    std::vector<std::int64_t> outShape(shape.begin(), shape.end() - 2);
    outShape.push_back(total);
    return x.view(outShape).narrow(-1, pad, length);
}

torch::Tensor HTDemucsImpl::forward(const torch::Tensor& input, const CancelToken& cancel) {
    const auto length = input.size(-1);
    const auto segment = config.trainingLength;
    if (length > segment)
        throw std::invalid_argument("HTDemucs: the input is longer than the model's segment");
    const auto mix = F::pad(input, F::PadFuncOptions({0, segment - length}));
    const auto z = spectrogram(mix);
    const auto batch = mix.size(0), freqs = z.size(2), frames = z.size(3);
    // Complex as channels: (c0.re, c0.im, c1.re, c1.im, ...).
    auto x = torch::view_as_real(z).permute({0, 1, 4, 2, 3}).reshape({batch, -1, freqs, frames});
    const auto mean = x.mean({1, 2, 3}, true), std = x.std({1, 2, 3}, true, true);
    x = (x - mean) / (1e-5 + std);
    const auto meanT = mix.mean({1, 2}, true), stdT = mix.std({1, 2}, true, true);
    auto xt = (mix - meanT) / (1e-5 + stdT);

    std::vector<torch::Tensor> saved, savedT;
    std::vector<std::int64_t> lengthsT;
    for (std::size_t i = 0; i < encoder->size(); ++i) {
        lengthsT.push_back(xt.size(-1));
        xt = tencoder[i]->as<HEncLayerImpl>()->forward(xt);
        cancel.throwIfCancelled();
        savedT.push_back(xt);
        x = encoder[i]->as<HEncLayerImpl>()->forward(x);
        if (i == 0 && frequencyEmbedding) {
            const auto scale = config.freqEmb * config.embScale;
            x = x + scale * frequencyEmbedding->weight.t().unsqueeze(0).unsqueeze(-1);
        }
        saved.push_back(x);
        cancel.throwIfCancelled();
    }
    const auto deepF = x.size(2), deepT = x.size(3);
    if (channel_upsampler) {
        x = channel_upsampler->forward(x.flatten(2)).unflatten(2, {deepF, deepT});
        xt = channel_upsampler_t->forward(xt);
    }
    std::tie(x, xt) = crosstransformer->forward(x, xt, cancel);
    if (channel_downsampler) {
        x = channel_downsampler->forward(x.flatten(2)).unflatten(2, {deepF, deepT});
        xt = channel_downsampler_t->forward(xt);
    }
    for (std::size_t i = 0; i < decoder->size(); ++i) {
        x = decoder[i]->as<HDecLayerImpl>()->forward(x, saved.back(), 0);
        cancel.throwIfCancelled();
        saved.pop_back();
        xt = tdecoder[i]->as<HDecLayerImpl>()->forward(xt, savedT.back(), lengthsT.back());
        savedT.pop_back();
        lengthsT.pop_back();
        cancel.throwIfCancelled();
    }
    const auto sources = static_cast<std::int64_t>(config.sources.size());
    x = x.view({batch, sources, -1, freqs, frames}) * std.unsqueeze(1) + mean.unsqueeze(1);
    // Back from channels to complex: [B, S, C, F, T].
    const auto spectrum =
        torch::view_as_complex(x.view({batch, sources, -1, 2, freqs, frames}).permute({0, 1, 2, 4, 5, 3}).contiguous());
    const auto fromSpectrum = waveform(spectrum, segment);
    xt = xt.view({batch, sources, -1, segment}) * stdT.unsqueeze(1) + meanT.unsqueeze(1);
    return (xt + fromSpectrum).narrow(-1, 0, length);
}

} // namespace cadenza
