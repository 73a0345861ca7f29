// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/MusicgenConfig.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace cadenza {
namespace {

using nlohmann::json;

const json& section(const json& root, const char* name) {
    if (!root.contains(name) || !root.at(name).is_object())
        throw std::runtime_error(std::string("config.json has no \"") + name + "\" section");
    return root.at(name);
}

// Reads an optional field, keeping the default when it is absent or null; a value of the
// wrong type is an error naming the field.
template <typename T> void read(const json& j, const char* section, const char* key, T& into) {
    if (!j.contains(key) || j.at(key).is_null())
        return;
    try {
        into = j.at(key).get<T>();
    } catch (const json::exception&) {
        throw std::runtime_error(std::string("config.json: ") + section + "." + key + " has the wrong type");
    }
}

void requirePositive(int value, const char* name) {
    if (value <= 0)
        throw std::runtime_error(std::string("config.json: ") + name + " must be positive");
}

} // namespace

int EncodecConfig::hopLength() const {
    return std::accumulate(upsamplingRatios.begin(), upsamplingRatios.end(), 1, std::multiplies<>());
}

double EncodecConfig::frameRate() const {
    return std::ceil(static_cast<double>(samplingRate) / hopLength());
}

int EncodecConfig::numQuantizers() const {
    return static_cast<int>(std::floor(1000.0 * bandwidth / (frameRate() * 10.0)));
}

bool MusicgenConfig::hasEncToDecProj() const {
    return text.dModel != decoder.hiddenSize && decoder.crossAttentionHiddenSize == 0;
}

MusicgenConfig parseMusicgenConfig(const std::string& text) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        throw std::runtime_error(std::string("config.json is not valid JSON: ") + e.what());
    }
    MusicgenConfig config;
    config.melody = root.value("model_type", "") == "musicgen_melody";
    if (config.melody) {
        read(root, "config", "num_chroma", config.numChroma);
        read(root, "config", "chroma_length", config.chromaLength);
        requirePositive(config.numChroma, "num_chroma");
        requirePositive(config.chromaLength, "chroma_length");
        config.decoder.crossAttention = false;
    }

    const json& t5 = section(root, "text_encoder");
    auto& t = config.text;
    read(t5, "text_encoder", "vocab_size", t.vocabSize);
    read(t5, "text_encoder", "d_model", t.dModel);
    read(t5, "text_encoder", "d_kv", t.dKv);
    read(t5, "text_encoder", "d_ff", t.dFf);
    read(t5, "text_encoder", "num_layers", t.numLayers);
    read(t5, "text_encoder", "num_heads", t.numHeads);
    read(t5, "text_encoder", "relative_attention_num_buckets", t.relativeAttentionNumBuckets);
    read(t5, "text_encoder", "relative_attention_max_distance", t.relativeAttentionMaxDistance);
    read(t5, "text_encoder", "layer_norm_epsilon", t.layerNormEpsilon);
    std::string feedForward = "relu";
    read(t5, "text_encoder", "feed_forward_proj", feedForward);
    if (feedForward != "relu" && feedForward != "gated-gelu")
        throw std::runtime_error("config.json: text_encoder.feed_forward_proj \"" + feedForward +
                                 "\" is not supported (relu or gated-gelu)");
    t.gatedGelu = feedForward == "gated-gelu";

    const json& dec = section(root, "decoder");
    auto& d = config.decoder;
    read(dec, "decoder", "vocab_size", d.vocabSize);
    read(dec, "decoder", "hidden_size", d.hiddenSize);
    read(dec, "decoder", "num_hidden_layers", d.numHiddenLayers);
    read(dec, "decoder", "num_attention_heads", d.numAttentionHeads);
    read(dec, "decoder", "ffn_dim", d.ffnDim);
    read(dec, "decoder", "max_position_embeddings", d.maxPositionEmbeddings);
    read(dec, "decoder", "num_codebooks", d.numCodebooks);
    read(dec, "decoder", "audio_channels", d.audioChannels);
    read(dec, "decoder", "pad_token_id", d.padTokenId);
    read(dec, "decoder", "scale_embedding", d.scaleEmbedding);
    read(dec, "decoder", "activation_function", d.activation);
    read(dec, "decoder", "cross_attention_hidden_size", d.crossAttentionHiddenSize);
    if (d.activation != "gelu" && d.activation != "relu")
        throw std::runtime_error("config.json: decoder.activation_function \"" + d.activation +
                                 "\" is not supported (gelu or relu)");

    const json& codec = section(root, "audio_encoder");
    auto& a = config.audio;
    read(codec, "audio_encoder", "sampling_rate", a.samplingRate);
    read(codec, "audio_encoder", "audio_channels", a.audioChannels);
    read(codec, "audio_encoder", "hidden_size", a.hiddenSize);
    read(codec, "audio_encoder", "num_filters", a.numFilters);
    read(codec, "audio_encoder", "num_residual_layers", a.numResidualLayers);
    read(codec, "audio_encoder", "upsampling_ratios", a.upsamplingRatios);
    read(codec, "audio_encoder", "kernel_size", a.kernelSize);
    read(codec, "audio_encoder", "last_kernel_size", a.lastKernelSize);
    read(codec, "audio_encoder", "residual_kernel_size", a.residualKernelSize);
    read(codec, "audio_encoder", "dilation_growth_rate", a.dilationGrowthRate);
    read(codec, "audio_encoder", "compress", a.compress);
    read(codec, "audio_encoder", "num_lstm_layers", a.numLstmLayers);
    read(codec, "audio_encoder", "codebook_size", a.codebookSize);
    a.codebookDim = a.hiddenSize;
    read(codec, "audio_encoder", "codebook_dim", a.codebookDim);
    std::vector<double> bandwidths;
    read(codec, "audio_encoder", "target_bandwidths", bandwidths);
    if (!bandwidths.empty())
        a.bandwidth = bandwidths.back();
    read(codec, "audio_encoder", "use_causal_conv", a.useCausalConv);
    read(codec, "audio_encoder", "use_conv_shortcut", a.useConvShortcut);
    read(codec, "audio_encoder", "pad_mode", a.padMode);
    read(codec, "audio_encoder", "norm_type", a.normType);
    if (a.useCausalConv)
        throw std::runtime_error("config.json: audio_encoder.use_causal_conv is not supported (MusicGen's codec is "
                                 "not causal)");
    if (a.normType != "weight_norm")
        throw std::runtime_error("config.json: audio_encoder.norm_type \"" + a.normType +
                                 "\" is not supported (weight_norm)");
    if (a.padMode != "reflect" && a.padMode != "constant")
        throw std::runtime_error("config.json: audio_encoder.pad_mode \"" + a.padMode + "\" is not supported");

    requirePositive(t.dModel, "text_encoder.d_model");
    requirePositive(t.numHeads, "text_encoder.num_heads");
    requirePositive(d.hiddenSize, "decoder.hidden_size");
    requirePositive(d.numAttentionHeads, "decoder.num_attention_heads");
    requirePositive(d.numCodebooks, "decoder.num_codebooks");
    requirePositive(a.samplingRate, "audio_encoder.sampling_rate");
    if (d.hiddenSize % d.numAttentionHeads != 0)
        throw std::runtime_error("config.json: decoder.hidden_size is not a multiple of num_attention_heads");
    if (d.audioChannels != 1 && d.audioChannels != 2)
        throw std::runtime_error("config.json: decoder.audio_channels must be 1 or 2");
    if (a.upsamplingRatios.empty())
        throw std::runtime_error("config.json: audio_encoder.upsampling_ratios is empty");
    if (d.numCodebooks != a.numQuantizers() * d.audioChannels) {
        std::ostringstream problem;
        problem << "config.json: decoder.num_codebooks is " << d.numCodebooks << " but the codec has "
                << a.numQuantizers() << " quantizers for " << d.audioChannels << " channel(s)";
        throw std::runtime_error(problem.str());
    }
    return config;
}

MusicgenConfig readMusicgenConfig(const std::filesystem::path& configJson) {
    std::ifstream in(configJson);
    if (!in)
        throw std::runtime_error("cannot read " + configJson.string());
    std::stringstream text;
    text << in.rdbuf();
    return parseMusicgenConfig(text.str());
}

} // namespace cadenza
