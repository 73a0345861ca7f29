// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/HTDemucsConfig.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace cadenza {

namespace {

// The segment in samples: a Fraction is exact (pickled as "39/5" or as two integers); a
// float is rounded to the nearest sample, which is what the Fraction it came from gives.
std::int64_t trainingLength(const nlohmann::json& segment, int samplerate) {
    std::int64_t num = 0, den = 1;
    if (segment.is_array() && segment.size() == 2) {
        num = segment[0].get<std::int64_t>();
        den = segment[1].get<std::int64_t>();
    } else if (segment.is_string()) {
        const auto text = segment.get<std::string>();
        const auto slash = text.find('/');
        num = std::stoll(text.substr(0, slash));
        den = slash == std::string::npos ? 1 : std::stoll(text.substr(slash + 1));
    } else if (segment.is_number()) {
        return std::llround(segment.get<double>() * samplerate);
    } else {
        throw std::runtime_error("HTDemucs: the segment is neither a number nor a fraction");
    }
    if (den <= 0 || num <= 0)
        throw std::runtime_error("HTDemucs: the segment is not a positive fraction");
    return num * samplerate / den; // int(Fraction * samplerate) truncates
}

void refuseUnless(bool supported, const char* option) {
    if (!supported)
        throw std::runtime_error(std::string("HTDemucs: this checkpoint uses '") + option +
                                 "', which Cadenza does not implement (the published htdemucs models do not use it)");
}

} // namespace

int HTDemucsConfig::deepestChannels() const {
    int out = channels;
    for (int i = 1; i < depth; ++i)
        out *= growth;
    return out;
}

HTDemucsConfig htdemucsConfig(const nlohmann::json& kwargs) {
    HTDemucsConfig c;
    const auto take = [&](const char* key, auto& field) {
        if (const auto found = kwargs.find(key); found != kwargs.end() && !found->is_null())
            field = found->get<std::remove_reference_t<decltype(field)>>();
    };
    take("sources", c.sources);
    take("audio_channels", c.audioChannels);
    take("samplerate", c.samplerate);
    take("channels", c.channels);
    take("growth", c.growth);
    take("nfft", c.nfft);
    take("depth", c.depth);
    take("kernel_size", c.kernelSize);
    take("stride", c.stride);
    take("context", c.context);
    take("context_enc", c.contextEnc);
    take("norm_starts", c.normStarts);
    take("norm_groups", c.normGroups);
    take("dconv_mode", c.dconvMode);
    take("dconv_depth", c.dconvDepth);
    take("dconv_comp", c.dconvComp);
    take("rewrite", c.rewrite);
    take("freq_emb", c.freqEmb);
    take("emb_scale", c.embScale);
    take("bottom_channels", c.bottomChannels);
    take("t_layers", c.tLayers);
    take("t_hidden_scale", c.tHiddenScale);
    take("t_heads", c.tHeads);
    take("t_norm_in", c.tNormIn);
    take("t_norm_out", c.tNormOut);
    take("t_layer_scale", c.tLayerScale);
    take("t_gelu", c.tGelu);
    take("t_cross_first", c.tCrossFirst);
    take("t_max_period", c.tMaxPeriod);
    take("t_weight_pos_embed", c.tWeightPosEmbed);
    c.trainingLength = trainingLength(kwargs.value("segment", nlohmann::json(10)), c.samplerate);

    refuseUnless(kwargs.value("cac", true), "cac=False (Wiener filtering)");
    refuseUnless(kwargs.value("wiener_iters", 0) == 0, "wiener_iters");
    refuseUnless(kwargs.value("use_train_segment", true), "use_train_segment=False");
    refuseUnless(!kwargs.contains("multi_freqs") || kwargs["multi_freqs"].is_null() || kwargs["multi_freqs"].empty(),
                 "multi_freqs");
    refuseUnless(!kwargs.contains("channels_time") || kwargs["channels_time"].is_null(), "channels_time");
    refuseUnless(kwargs.value("t_emb", std::string("sin")) == "sin", "t_emb other than sin");
    refuseUnless(kwargs.value("t_sin_random_shift", 0) == 0, "t_sin_random_shift");
    refuseUnless(!kwargs.value("t_sparse_self_attn", false), "t_sparse_self_attn");
    refuseUnless(!kwargs.value("t_sparse_cross_attn", false), "t_sparse_cross_attn");
    refuseUnless(!kwargs.value("t_norm_in_group", false) || c.tNormIn, "t_norm_in_group");
    refuseUnless(!kwargs.value("t_group_norm", false), "t_group_norm");
    refuseUnless(kwargs.value("t_norm_first", true), "t_norm_first=False");
    refuseUnless(c.tLayers > 0, "t_layers=0");
    refuseUnless(c.nfft == 4 * c.hopLength() && c.nfft > 0, "nfft not a multiple of 4");
    // The frequency branch stays apart from the time branch down to the transformer only
    // while every encoder leaves more frequencies than its kernel spans.
    int freqs = c.nfft / 2;
    for (int i = 0; i < c.depth; ++i) {
        refuseUnless(freqs > c.kernelSize, "a depth that merges the time and frequency branches");
        freqs /= c.stride;
    }
    if (c.sources.empty() || c.audioChannels <= 0 || c.channels <= 0 || c.tHeads <= 0 ||
        c.transformerChannels() % c.tHeads != 0 || c.transformerChannels() % 4 != 0 || c.trainingLength <= 0)
        throw std::runtime_error("HTDemucs: the configuration's sizes do not fit together");
    return c;
}

} // namespace cadenza
