// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/MusicgenEngine.h"

#include "audio/Resample.h"
#include "base/UserError.h"
#include "engines/MlPlugin.h"
#include "engines/Separation.h"
#include "ml/ModelRegistry.h"
#include "remix/Effects.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>

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

std::optional<ModelEntry> MusicgenEngine::installedModel() const {
    auto model = findModel(modelRoots(userModels_), kName);
    if (model && !std::filesystem::exists(model->folder / "spiece.model"))
        return std::nullopt;
    return model;
}

EngineStatus MusicgenEngine::status() const {
    EngineStatus s;
    if (!MlPlugin::builtIn()) {
        s.installed = false;
        s.problem = MlPlugin::missingFeatures();
        return s;
    }
    if (installedModel())
        return s;
    s.installed = false;
    s.problem = "the MusicGen engine is not installed: put a Hugging Face MusicGen folder (config.json, "
                "model.safetensors and spiece.model, such as facebook/musicgen-small) in " +
                (userModels_ / "musicgen-small").string() + " (see docs/models.md)";
    return s;
}

Song MusicgenEngine::generate(const StyleSpec& spec, const ProgressCallback& progress, const CancelToken& cancel,
                              const PartsReady& whileMastering) const {
    const auto model = installedModel();
    if (!model)
        throw UserError("engine", status().problem);
    const auto report = [&](std::string_view stage, double fraction) {
        if (progress)
            progress(stage, fraction);
    };
    const auto started = std::chrono::steady_clock::now();
    MusicgenRequest request;
    request.modelFolder = model->folder.string();
    request.text = musicgenText(spec);
    request.seconds = spec.duration;
    request.seed = spec.seed;
    request.sampling = sampling_;
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
    auto [separated, method] = separateBest(audio, userModels_, progress, cancel);
    for (std::size_t s = 0; s < separated.stems.size(); ++s)
        song.stems.push_back({SeparatedStems::kNames[s], std::move(separated.stems[s])});
    cancel.throwIfCancelled();

    masterSong(song, std::min(3.0, spec.duration * 0.05), progress, cancel, whileMastering);
    song.measured = analyzeAudio(song.master.audio, {}, cancel);
    song.engineReport = nlohmann::json{
        {"model", model->name},
        {"text", request.text},
        {"guidance_scale", sampling_.guidanceScale},
        {"top_k", sampling_.topK},
        {"temperature", sampling_.temperature},
        {"window_seconds", sampling_.windowSeconds},
        {"overlap_seconds", sampling_.overlapSeconds},
        {"decoding_steps", result.steps},
        {"device", result.device},
        {"weights_mb", megabytes(result.weightBytes)},
        {"peak_memory_mb", megabytes(result.peakResidentBytes)},
        {"stems", method}}.dump();
    return song;
}

} // namespace cadenza
