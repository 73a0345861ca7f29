// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

// The three networks of a MusicGen checkpoint, as its Hugging Face config.json describes
// them ("text_encoder", "decoder", "audio_encoder"). Field names follow transformers'
// T5Config, MusicgenDecoderConfig and EncodecConfig.

struct T5Config {
    int vocabSize = 32128;
    int dModel = 768;
    int dKv = 64;
    int dFf = 3072;
    int numLayers = 12;
    int numHeads = 12;
    int relativeAttentionNumBuckets = 32;
    int relativeAttentionMaxDistance = 128;
    double layerNormEpsilon = 1e-6;
    bool gatedGelu = false; // feed_forward_proj "gated-gelu" (T5 v1.1) instead of "relu"
};

struct MusicgenDecoderConfig {
    int vocabSize = 2048; // codes per codebook; the embeddings have one more (the pad)
    int hiddenSize = 1024;
    int numHiddenLayers = 24;
    int numAttentionHeads = 16;
    int ffnDim = 4096;
    int maxPositionEmbeddings = 2048;
    int numCodebooks = 4; // 8 for stereo: left and right interleaved
    int audioChannels = 1;
    int padTokenId = 2048; // also the start token
    bool scaleEmbedding = false;
    std::string activation = "gelu";
    int crossAttentionHiddenSize = 0; // 0: none given
    // Whether each layer attends to the text (MusicGen). MusicGen-melody's layers do not: its
    // conditioning (the melody's chroma, then the text) is a prefix of the sequence instead.
    bool crossAttention = true;
};

struct EncodecConfig {
    int samplingRate = 32000;
    int audioChannels = 1;
    int hiddenSize = 128;
    int numFilters = 64;
    int numResidualLayers = 1;
    std::vector<int> upsamplingRatios{8, 5, 4, 4};
    int kernelSize = 7;
    int lastKernelSize = 7;
    int residualKernelSize = 3;
    int dilationGrowthRate = 2;
    int compress = 2;
    int numLstmLayers = 2;
    int codebookSize = 2048;
    int codebookDim = 128;
    double bandwidth = 2.2; // kbps: the last of target_bandwidths
    bool useCausalConv = false;
    bool useConvShortcut = false;
    std::string padMode = "reflect";
    std::string normType = "weight_norm";

    int hopLength() const; // samples per code frame: the product of the upsampling ratios
    double frameRate() const;
    int numQuantizers() const; // as transformers derives it from the bandwidth
};

struct MusicgenConfig {
    T5Config text;
    MusicgenDecoderConfig decoder;
    EncodecConfig audio;
    // MusicGen-melody (model_type "musicgen_melody"): conditioned on a melody's chroma too,
    // numChroma pitch classes a frame, repeated or cut to chromaLength frames.
    bool melody = false;
    int numChroma = 12;
    int chromaLength = 235;
    bool hasEncToDecProj() const; // a projection between the text and decoder widths
};

// Parses config.json's text. Throws std::runtime_error naming the field that is missing,
// of the wrong type or unsupported (a causal or time-group-norm codec, a decoder whose
// codebooks do not match the codec's quantizers).
MusicgenConfig parseMusicgenConfig(const std::string& json);
MusicgenConfig readMusicgenConfig(const std::filesystem::path& configJson);

} // namespace cadenza
