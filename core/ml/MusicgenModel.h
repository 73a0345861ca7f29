// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ml/EncodecDecoder.h"
#include "ml/MusicgenDecoder.h"
#include "ml/MusicgenRequest.h"
#include "ml/T5Encoder.h"
#include "ml/TextTokenizer.h"

#include <c10/core/Device.h>

#include <filesystem>
#include <memory>
#include <random>

namespace cadenza {

// The whole checkpoint as transformers' MusicgenForConditionalGeneration names it:
// "text_encoder.", "decoder.", "audio_encoder." and, when the widths differ,
// "enc_to_dec_proj"; MusicgenMelodyForConditionalGeneration adds "audio_enc_to_dec_proj"
// (the chroma's projection).
struct MusicgenNetImpl : torch::nn::Module {
    explicit MusicgenNetImpl(const MusicgenConfig& config);
    T5Encoder textEncoder{nullptr};
    MusicgenLm decoder{nullptr};
    EncodecDecoder audioEncoder{nullptr};
    torch::nn::Linear encToDecProj{nullptr};
    torch::nn::Linear audioEncToDecProj{nullptr};
};
TORCH_MODULE(MusicgenNet);

class MusicgenModel {
  public:
    // Loads a Hugging Face MusicGen folder: config.json, model.safetensors (or the shards
    // that model.safetensors.index.json lists) and spiece.model. Weight-normalised codec
    // weights are folded. Throws std::runtime_error naming the file, or the tensor that is
    // missing or whose shape differs from what config.json implies.
    MusicgenModel(const std::filesystem::path& folder, bool allowCuda);

    const MusicgenConfig& config() const { return config_; }
    const c10::Device& device() const { return device_; }
    MusicgenNet& net() { return net_; }
    const TextTokenizer& tokenizer() const { return *tokenizer_; }
    std::int64_t weightBytes() const;

    // The text states the decoder attends to: [1, text length, hidden], projected.
    torch::Tensor encodeText(const std::string& text);

    // Samples `frames` code frames [1, codebooks, frames] for the text states, continuing
    // `prompt` [1, codebooks, P] (P may be 0; P < frames) with classifier-free guidance,
    // top-k and temperature. Decodes one step at a time over the key/value cache; `onStep`
    // is called after each. Throws OperationCancelled between steps. A MusicGen-melody
    // checkpoint is also conditioned on `chroma` [1, chroma frames, 12] (melodyChroma), or,
    // undefined, on none (the reference's "null" chroma).
    torch::Tensor generateCodes(const torch::Tensor& text, std::int64_t frames, const torch::Tensor& prompt,
                                const MusicgenSampling& sampling, std::mt19937_64& random,
                                const std::function<void()>& onStep, const CancelToken& cancel,
                                const torch::Tensor& chroma = {});
    // The number of decoding steps generateCodes takes.
    std::int64_t stepsFor(std::int64_t frames, std::int64_t promptFrames) const;

    // Generates `frames` frames in windows of the sampling's length, each after the first
    // continuing the previous one's last overlapSeconds.
    torch::Tensor generateLong(const torch::Tensor& text, std::int64_t frames, const MusicgenSampling& sampling,
                               std::mt19937_64& random, const std::function<void(std::int64_t, std::int64_t)>& onStep,
                               const CancelToken& cancel, const torch::Tensor& chroma = {});

    // codes [1, codebooks, frames] -> [channels, frames * hop] at the codec's rate, decoded
    // in chunks (30 s at 50 Hz) with context (1 s) on either side so that memory stays
    // bounded for long songs.
    torch::Tensor decodeAudio(const torch::Tensor& codes, std::int64_t chunkFrames = 1500,
                              std::int64_t contextFrames = 50);

    // The whole request: text -> codes -> audio.
    MusicgenResult generate(const MusicgenRequest& request);

  private:
    // What the decoder is conditioned on for one row: the text states (cross-attended), or,
    // for MusicGen-melody, the chroma's projection repeated to chromaLength frames, then the
    // text states, as a prefix.
    torch::Tensor conditioning(const torch::Tensor& text, const torch::Tensor& chroma);

    MusicgenConfig config_;
    c10::Device device_;
    MusicgenNet net_{nullptr};
    std::unique_ptr<TextTokenizer> tokenizer_;
};

// The tensors of a checkpoint folder (every shard), weight norm folded, tied embeddings
// resolved.
std::map<std::string, torch::Tensor> readMusicgenWeights(const std::filesystem::path& folder);
// The safetensors files of a checkpoint folder: model.safetensors, or the shards its index names.
std::vector<std::filesystem::path> musicgenWeightFiles(const std::filesystem::path& folder);

} // namespace cadenza
