// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/MusicgenModel.h"

#include "base/ProcessInfo.h"
#include "ml/CodeSampling.h"
#include "ml/Device.h"
#include "ml/MelodyChroma.h"
#include "ml/ModuleWeights.h"
#include "ml/SafeTensors.h"

#include <nlohmann/json.hpp>
#include <torch/utils.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace cadenza {
namespace {

namespace nn = torch::nn;

} // namespace

MusicgenNetImpl::MusicgenNetImpl(const MusicgenConfig& config) {
    textEncoder = register_module("text_encoder", T5Encoder(config.text));
    decoder = register_module("decoder", MusicgenLm(config.decoder));
    audioEncoder = register_module("audio_encoder", EncodecDecoder(config.audio));
    if (config.hasEncToDecProj())
        encToDecProj = register_module("enc_to_dec_proj",
                                       nn::Linear(nn::LinearOptions(config.text.dModel, config.decoder.hiddenSize)));
    if (config.melody && config.numChroma != config.decoder.hiddenSize)
        audioEncToDecProj = register_module("audio_enc_to_dec_proj",
                                            nn::Linear(nn::LinearOptions(config.numChroma, config.decoder.hiddenSize)));
}

std::vector<std::filesystem::path> musicgenWeightFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    if (const auto index = folder / "model.safetensors.index.json"; std::filesystem::exists(index)) {
        std::ifstream in(index);
        std::set<std::string> shards;
        try {
            // The parsed index must outlive the loop: items() refers into it, and a
            // temporary in the range expression is gone before the first iteration.
            const auto parsed = nlohmann::json::parse(in);
            for (const auto& [name, file] : parsed.at("weight_map").items())
                shards.insert(file.get<std::string>());
        } catch (const nlohmann::json::exception& e) {
            throw std::runtime_error(index.string() + " is not a valid shard index: " + e.what());
        }
        for (const auto& shard : shards) {
            if (shard.find('/') != std::string::npos || shard.find("..") != std::string::npos)
                throw std::runtime_error(index.string() + " names a shard outside its folder: " + shard);
            files.push_back(folder / shard);
        }
    } else {
        files.push_back(folder / "model.safetensors");
    }
    return files;
}

std::map<std::string, torch::Tensor> readMusicgenWeights(const std::filesystem::path& folder) {
    std::map<std::string, torch::Tensor> weights;
    for (const auto& file : musicgenWeightFiles(folder))
        weights.merge(readSafeTensors(file).tensors);
    foldWeightNorm(weights);
    // T5's token embedding is tied: a checkpoint may hold it under either name.
    const std::string shared = "text_encoder.shared.weight";
    if (const auto tied = weights.find("text_encoder.encoder.embed_tokens.weight");
        !weights.contains(shared) && tied != weights.end())
        weights.emplace(shared, tied->second);
    return weights;
}

MusicgenModel::MusicgenModel(const std::filesystem::path& folder, bool allowCuda)
    : config_(readMusicgenConfig(folder / "config.json")), device_(chooseDevice(allowCuda)) {
    configureTorchThreads();
    tokenizer_ = std::make_unique<TextTokenizer>(folder / "spiece.model");
    if (tokenizer_->vocabularySize() > config_.text.vocabSize)
        throw std::runtime_error("spiece.model has " + std::to_string(tokenizer_->vocabularySize()) +
                                 " pieces, more than the text encoder's " + std::to_string(config_.text.vocabSize));
    // Too large for the memory there is: said before anything is allocated. The weights are
    // held once (SafeTensors maps the files and gives each tensor's pages back once copied).
    std::int64_t fileBytes = 0;
    for (const auto& file : musicgenWeightFiles(folder))
        fileBytes += std::filesystem::exists(file) ? static_cast<std::int64_t>(std::filesystem::file_size(file)) : 0;
    requireRoomFor(fileBytes, device_, folder.filename().string());
    net_ = MusicgenNet(config_);
    assignModuleWeights(*net_, readMusicgenWeights(folder), folder.filename().string());
    net_->eval();
    net_->to(device_);
    // Half precision for the language model on the GPU; the text encoder (T5 overflows in
    // fp16) and the codec stay in float.
    if (device_.is_cuda())
        net_->decoder->to(torch::kHalf);
}

std::int64_t MusicgenModel::weightBytes() const {
    std::int64_t bytes = 0;
    for (const auto& parameter : net_->parameters())
        bytes += parameter.numel() * static_cast<std::int64_t>(parameter.element_size());
    return bytes;
}

torch::Tensor MusicgenModel::encodeText(const std::string& text) {
    const torch::NoGradGuard noGrad;
    const auto ids = tokenizer_->encode(text);
    const auto tokens = torch::tensor(ids, torch::kLong).unsqueeze(0).to(device_);
    auto states = net_->textEncoder->forward(tokens, torch::ones_like(tokens));
    if (net_->encToDecProj)
        states = net_->encToDecProj->forward(states);
    return states.to(net_->decoder->layerNorm->weight.scalar_type());
}

std::int64_t MusicgenModel::stepsFor(std::int64_t frames, std::int64_t promptFrames) const {
    const auto& d = config_.decoder;
    return frames + codebookDelay(d.numCodebooks - 1, d.audioChannels) - promptFrames;
}

torch::Tensor MusicgenModel::generateCodes(const torch::Tensor& text, std::int64_t frames, const torch::Tensor& prompt,
                                           const MusicgenSampling& sampling, std::mt19937_64& random,
                                           const std::function<void()>& onStep, const CancelToken& cancel,
                                           const torch::Tensor& chroma) {
    const torch::NoGradGuard noGrad;
    const auto& d = config_.decoder;
    const std::int64_t promptFrames = prompt.defined() ? prompt.size(2) : 0;
    if (promptFrames >= frames)
        throw std::invalid_argument("the prompt must be shorter than the frames to generate");
    const int maxDelay = codebookDelay(d.numCodebooks - 1, d.audioChannels);
    const auto length = frames + maxDelay + 1;

    // -1 marks a place still to be sampled; the rest is the start/pad token or the prompt.
    auto sequence = torch::full({1, d.numCodebooks, length}, -1, torch::kLong);
    for (int k = 0; k < d.numCodebooks; ++k) {
        const int delay = codebookDelay(k, d.audioChannels);
        auto row = sequence[0][k];
        row.narrow(0, 0, delay + 1).fill_(d.padTokenId);
        row.narrow(0, frames + delay + 1, maxDelay - delay).fill_(d.padTokenId);
        if (promptFrames > 0)
            row.narrow(0, delay + 1, promptFrames).copy_(prompt[0][k].to(torch::kCPU));
    }
    const std::int64_t start = promptFrames + 1; // the first place of codebook 0 to sample

    const bool guided = sampling.guidanceScale > 1.0;
    const auto rows = guided ? 2 : 1;
    // Guidance's second row has no text (zeros) and, for MusicGen-melody, no melody (the
    // null chroma: pitch class 0 throughout).
    auto nullChroma = chroma.defined() ? torch::zeros_like(chroma) : torch::zeros({1, 1, config_.numChroma});
    nullChroma.select(2, 0).fill_(1);
    const auto conditioned = conditioning(text, chroma.defined() ? chroma : nullChroma);
    const auto textBatch =
        guided ? torch::cat({conditioned, conditioning(torch::zeros_like(text), nullChroma)}) : conditioned;
    DecoderCache cache;
    const auto step = [&](std::int64_t from, std::int64_t count) {
        const auto input = sequence.narrow(2, from, count).to(device_).expand({rows, -1, -1});
        return net_->decoder->forward(input, textBatch, &cache).select(2, -1).to(torch::kFloat);
    };

    auto logits = step(0, start);
    for (std::int64_t column = start; column < length; ++column) {
        const auto guidedLogits = guided ? classifierFreeGuidance(logits, sampling.guidanceScale) : logits;
        const auto tokens = sampleTokens(guidedLogits[0], sampling, random);
        auto place = sequence[0].select(1, column);
        place.copy_(torch::where(place == -1, tokens, place));
        if (onStep)
            onStep();
        cancel.throwIfCancelled();
        if (column + 1 < length)
            logits = step(column, 1);
    }
    return revertDelayPattern(sequence, d.audioChannels);
}

torch::Tensor MusicgenModel::conditioning(const torch::Tensor& text, const torch::Tensor& chroma) {
    if (!config_.melody)
        return text;
    auto melody = chroma.to(device_, text.scalar_type());
    if (net_->audioEncToDecProj)
        melody = net_->audioEncToDecProj->forward(melody.to(net_->audioEncToDecProj->weight.scalar_type()))
                     .to(text.scalar_type());
    const auto repeats = (config_.chromaLength + melody.size(1) - 1) / melody.size(1);
    melody = melody.repeat({1, repeats, 1}).narrow(1, 0, config_.chromaLength);
    return torch::cat({melody, text}, 1);
}

torch::Tensor MusicgenModel::generateLong(const torch::Tensor& text, std::int64_t frames,
                                          const MusicgenSampling& sampling, std::mt19937_64& random,
                                          const std::function<void(std::int64_t, std::int64_t)>& onStep,
                                          const CancelToken& cancel, const torch::Tensor& chroma) {
    const double rate = config_.audio.frameRate();
    const std::int64_t window = std::max<std::int64_t>(2, std::llround(sampling.windowSeconds * rate));
    const std::int64_t overlap = std::llround(sampling.overlapSeconds * rate);
    if (overlap < 1 || overlap >= window)
        throw std::invalid_argument("the overlap must be shorter than the window");

    // The windows' lengths, known in advance so that progress counts every step.
    std::vector<std::int64_t> windows{std::min(frames, window)};
    for (std::int64_t done = windows.front(); done < frames;) {
        const auto fresh = std::min(frames - done, window - overlap);
        windows.push_back(overlap + fresh);
        done += fresh;
    }
    std::int64_t steps = 0;
    for (std::size_t i = 0; i < windows.size(); ++i)
        steps += stepsFor(windows[i], i == 0 ? 0 : overlap);
    std::int64_t step = 0;
    const auto counted = [&] {
        if (onStep)
            onStep(++step, steps);
    };

    auto codes = generateCodes(text, windows.front(), {}, sampling, random, counted, cancel, chroma);
    for (std::size_t i = 1; i < windows.size(); ++i) {
        const auto prompt = codes.narrow(2, codes.size(2) - overlap, overlap);
        const auto next = generateCodes(text, windows[i], prompt, sampling, random, counted, cancel, chroma);
        codes = torch::cat({codes, next.narrow(2, overlap, windows[i] - overlap)}, 2);
    }
    return codes;
}

torch::Tensor MusicgenModel::decodeAudio(const torch::Tensor& codes, std::int64_t chunkFrames,
                                         std::int64_t contextFrames) {
    const torch::NoGradGuard noGrad;
    const auto& d = config_.decoder;
    const auto hop = config_.audio.hopLength();
    const auto frames = codes.size(2);
    std::vector<torch::Tensor> channels;
    for (int channel = 0; channel < d.audioChannels; ++channel) {
        const auto own = d.audioChannels == 2
                             ? codes.index_select(1, torch::arange(channel, d.numCodebooks, 2, torch::kLong))
                             : codes;
        std::vector<torch::Tensor> pieces;
        for (std::int64_t from = 0; from < frames; from += chunkFrames) {
            const auto to = std::min(frames, from + chunkFrames);
            const auto first = std::max<std::int64_t>(0, from - contextFrames);
            const auto last = std::min(frames, to + contextFrames);
            const auto audio =
                net_->audioEncoder->decode(own.narrow(2, first, last - first).to(device_)).to(torch::kCPU);
            pieces.push_back(audio[0][0].narrow(0, (from - first) * hop, (to - from) * hop));
        }
        channels.push_back(torch::cat(pieces));
    }
    return torch::stack(channels);
}

MusicgenResult MusicgenModel::generate(const MusicgenRequest& request) {
    const CancelToken never;
    const CancelToken& cancel = request.cancel ? *request.cancel : never;
    std::mt19937_64 random(request.seed);
    const auto stage = [&](const char* name) {
        if (request.onStage)
            request.onStage(name);
        cancel.throwIfCancelled();
    };
    stage("text");
    const auto text = encodeText(request.text);
    torch::Tensor chroma;
    if (!request.melody.empty()) {
        if (!config_.melody)
            throw std::runtime_error("this checkpoint does not take a melody: a MusicGen-melody one does "
                                     "(facebook/musicgen-melody)");
        ChromaSettings settings;
        settings.sampleRate = kMelodySampleRate;
        settings.numChroma = config_.numChroma;
        chroma = melodyChroma(request.melody, settings);
    }
    const double rate = config_.audio.samplingRate;
    const auto samples = std::max<std::int64_t>(1, std::llround(request.seconds * rate));
    const auto frames = (samples + config_.audio.hopLength() - 1) / config_.audio.hopLength();

    stage("decode");
    MusicgenResult result;
    const auto codes = generateLong(
        text, frames, request.sampling, random,
        [&](std::int64_t step, std::int64_t steps) {
            result.steps = steps;
            if (request.onStep)
                request.onStep(step, steps);
        },
        cancel, chroma);
    stage("codec");
    const auto audio = decodeAudio(codes).narrow(1, 0, samples).to(torch::kFloat).contiguous();

    result.audio = StereoBuffer(static_cast<int>(rate), static_cast<std::size_t>(samples));
    const float* left = audio[0].data_ptr<float>();
    const float* right = audio[audio.size(0) - 1].data_ptr<float>();
    std::copy(left, left + samples, result.audio.left.begin());
    std::copy(right, right + samples, result.audio.right.begin());
    result.device = describeDevice(device_);
    result.weightBytes = weightBytes();
    result.peakResidentBytes = peakResidentBytes();
    if (const auto memory = deviceMemory(device_))
        result.gpuMemoryBytes = memory->totalBytes - memory->freeBytes;
    return result;
}

} // namespace cadenza
