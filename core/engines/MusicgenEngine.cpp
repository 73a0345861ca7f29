// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/MusicgenEngine.h"

#include "audio/AudioFile.h"
#include "audio/Resample.h"
#include "base/UserError.h"
#include "engines/MlPlugin.h"
#include "engines/Separation.h"
#include "ml/ModelRegistry.h"
#include "remix/Effects.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>

namespace cadenza {
namespace {

bool setByOption(const StyleSpec& spec, const std::string& field) {
    const auto found = spec.sources.find(field);
    return found != spec.sources.end() && found->second == FieldSource::Option;
}

double megabytes(std::int64_t bytes) {
    return std::round(static_cast<double>(bytes) / (1024.0 * 1024.0) * 10.0) / 10.0;
}

} // namespace

std::string musicgenText(const StyleSpec& spec) {
    std::string text = spec.prompt;
    const auto add = [&](const std::string& words) { text += (text.empty() ? "" : ", ") + words; };
    if (setByOption(spec, "genre"))
        add(spec.genre);
    if (setByOption(spec, "mood"))
        add(spec.mood);
    if (setByOption(spec, "tempo"))
        add(std::to_string(spec.tempo) + " bpm");
    if (setByOption(spec, "key"))
        add("in " + spec.key.name());
    if (setByOption(spec, "meter"))
        add("in " + spec.meter.name());
    return text;
}

MusicgenEngine::MusicgenEngine(std::filesystem::path userModels, bool allowCuda, MusicgenSampling sampling)
    : userModels_(std::move(userModels)), allowCuda_(allowCuda), sampling_(sampling) {}

EngineCapabilities MusicgenEngine::capabilities() const {
    EngineCapabilities c;
    c.needsWeights = true;
    c.usesGpu = true;
    c.nativeSeconds = sampling_.windowSeconds;
    return c;
}

std::vector<ModelEntry> MusicgenEngine::installedModels() const {
    auto models = listModels(modelRoots(userModels_));
    std::erase_if(models, [](const ModelEntry& m) {
        return (m.kind != kName && m.kind != kMelodyKind) || !m.complete ||
               !std::filesystem::exists(m.folder / "spiece.model");
    });
    return models;
}

std::vector<std::string> MusicgenEngine::models() const {
    std::vector<std::string> names;
    for (const auto& model : installedModels())
        names.push_back(model.name);
    return names;
}

std::optional<ModelEntry> MusicgenEngine::installedModel(const std::string& name, bool melody) const {
    const auto models = installedModels();
    if (models.empty())
        return std::nullopt;
    requireModel(*this, name);
    const auto takesMelody = [](const ModelEntry& m) { return m.kind == kMelodyKind; };
    auto chosen = std::ranges::find_if(models, [&](const ModelEntry& m) { return m.name == name; });
    if (chosen == models.end())
        chosen = melody ? std::ranges::find_if(models, takesMelody) : models.begin();
    if (melody && (chosen == models.end() || !takesMelody(*chosen)))
        throw UserError("melody",
                        (chosen == models.end() ? std::string("no installed MusicGen checkpoint")
                                                : "the MusicGen checkpoint " + chosen->name) +
                            " takes a melody: MusicGen-melody does (facebook/musicgen-melody, docs/models.md)");
    return *chosen;
}

MusicgenSampling MusicgenEngine::defaultSampling(const std::string& model) const {
    for (const auto& entry : installedModels())
        if (model.empty() || entry.name == model)
            return publishedSampling(entry.folder, sampling_);
    return sampling_;
}

MusicgenSampling publishedSampling(const std::filesystem::path& folder, MusicgenSampling sampling) {
    std::ifstream file(folder / "generation_config.json");
    if (!file)
        return sampling;
    const auto config = nlohmann::json::parse(file, nullptr, false);
    if (!config.is_object())
        return sampling;
    sampling.guidanceScale = config.value("guidance_scale", sampling.guidanceScale);
    sampling.topK = config.value("top_k", sampling.topK);
    sampling.topP = config.value("top_p", sampling.topP);
    sampling.temperature = config.value("temperature", sampling.temperature);
    if (!config.value("do_sample", true)) // transformers' greedy search
        sampling.temperature = 0;
    return sampling;
}

MusicgenSampling withOptions(MusicgenSampling sampling, const NeuralOptions& options) {
    sampling.guidanceScale = options.guidance.value_or(sampling.guidanceScale);
    sampling.temperature = options.temperature.value_or(sampling.temperature);
    sampling.topK = options.topK.value_or(sampling.topK);
    sampling.topP = options.topP.value_or(sampling.topP);
    return sampling;
}

EngineStatus MusicgenEngine::status() const {
    EngineStatus s;
    if (!MlPlugin::builtIn()) {
        s.installed = false;
        s.problem = MlPlugin::missingFeatures();
        return s;
    }
    if (!installedModels().empty())
        return s;
    s.installed = false;
    s.problem = "the MusicGen engine is not installed: put a Hugging Face MusicGen folder (config.json, "
                "model.safetensors and spiece.model, such as facebook/musicgen-small) in " +
                (userModels_ / "musicgen-small").string() + " (see docs/models.md)";
    return s;
}

Song MusicgenEngine::generate(const StyleSpec& spec, const ProgressCallback& progress, const CancelToken& cancel,
                              const PartsReady& whileMastering) const {
    const auto model = installedModel(spec.neural.model, !spec.neural.melody.empty());
    if (!model)
        throw UserError("engine", status().problem);
    const MusicgenSampling sampling = withOptions(publishedSampling(model->folder, sampling_), spec.neural);
    const auto report = [&](std::string_view stage, double fraction) {
        if (progress)
            progress(stage, fraction);
    };
    const auto started = std::chrono::steady_clock::now();
    MusicgenRequest request;
    request.modelFolder = model->folder.string();
    request.text = musicgenText(spec);
    if (!spec.neural.melody.empty()) {
        // Mono at the rate the reference's feature extractor takes it at.
        report("melody", 0);
        const auto recording = resample(readAudioFile(spec.neural.melody), kMelodySampleRate);
        request.melody.resize(recording.frames());
        for (std::size_t i = 0; i < recording.frames(); ++i)
            request.melody[i] = 0.5F * (recording.left[i] + recording.right[i]);
    }
    request.seconds = spec.duration;
    request.seed = spec.seed;
    request.sampling = sampling;
    request.allowCuda = allowCuda_;
    request.cancel = &cancel;
    request.onStage = [&](const std::string& stage) { report(stage, 0); };
    request.onStep = [&](std::int64_t step, std::int64_t steps) {
        report("decode", static_cast<double>(step) / static_cast<double>(steps));
    };
    const MusicgenResult result = MlPlugin::instance().musicgen(request);

    Song song;
    song.spec = spec;
    song.stageSeconds["neural"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    // A 20 Hz high-pass takes out the codec's DC offset and sub-bass rumble, which would
    // otherwise eat the master's headroom.
    EffectChain dcBlock;
    dcBlock.highpassHz = 20;
    const StereoBuffer audio = applyEffects(resample(result.audio, 44100), dcBlock, {}, cancel);
    auto [separated, method] = separateBest(audio, {userModels_, allowCuda_, {}}, progress, cancel);
    for (std::size_t s = 0; s < separated.stems.size(); ++s)
        song.stems.push_back({SeparatedStems::kNames[s], std::move(separated.stems[s])});
    cancel.throwIfCancelled();

    masterSong(song, std::min(3.0, spec.duration * 0.05), progress, cancel, whileMastering);
    song.measured = analyzeAudio(song.master.audio, {}, cancel);
    song.engineReport =
        nlohmann::json{
            {"model", model->name},
            {"text", request.text},
            {"guidance_scale", sampling.guidanceScale},
            {"top_k", sampling.topK},
            {"top_p", sampling.topP},
            {"temperature", sampling.temperature},
            {"window_seconds", sampling.windowSeconds},
            {"overlap_seconds", sampling.overlapSeconds},
            {"decoding_steps", result.steps},
            {"device", result.device},
            {"weights_mb", megabytes(result.weightBytes)},
            {"peak_memory_mb", megabytes(result.peakResidentBytes)},
            {"gpu_memory_mb", result.gpuMemoryBytes > 0 ? nlohmann::json(megabytes(result.gpuMemoryBytes)) : nullptr},
            {"stems", method},
            {"melody", spec.neural.melody.empty()
                           ? nlohmann::json(nullptr)
                           : nlohmann::json(std::filesystem::path(spec.neural.melody).filename().string())}}
            .dump();
    return song;
}

} // namespace cadenza
