// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/GenerateJob.h"

#include "base/UserError.h"
#include "engines/Engines.h"
#include "engines/HummedMelody.h"
#include "engines/SongFiles.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"
#include "prompt/SongTitle.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

namespace cadenza {
namespace {

template <typename T> void put(nlohmann::json& j, const char* key, const std::optional<T>& value) {
    if (value)
        j[key] = *value;
}

template <typename T> void take(const nlohmann::json& j, const char* key, std::optional<T>& value) {
    if (j.contains(key))
        value = j.at(key).get<T>();
}

} // namespace

std::string generateParameters(const GenerateRequest& request) {
    nlohmann::json j;
    j["prompt"] = request.prompt;
    j["engine"] = request.engine;
    const auto& o = request.overrides;
    put(j, "genre", o.genre);
    put(j, "mood", o.mood);
    put(j, "tempo", o.tempo);
    put(j, "key", o.key);
    put(j, "meter", o.meter);
    put(j, "duration", o.duration);
    put(j, "seed", o.seed);
    put(j, "take_group", request.takeGroup);
    if (!request.melody.empty())
        j["melody"] = request.melody;
    const auto& n = request.neural;
    if (!n.model.empty())
        j["model"] = n.model;
    put(j, "guidance", n.guidance);
    put(j, "temperature", n.temperature);
    put(j, "top_k", n.topK);
    put(j, "top_p", n.topP);
    return j.dump();
}

std::string generateTitle(const std::string& prompt) {
    return prompt.size() > 80 ? prompt.substr(0, 77) + "..." : prompt;
}

GenerateRequest parseGenerateParameters(const std::string& json) {
    const auto j = nlohmann::json::parse(json);
    GenerateRequest request;
    request.prompt = j.at("prompt").get<std::string>();
    request.engine = j.value("engine", std::string(SymbolicEngine::kName));
    auto& o = request.overrides;
    take(j, "genre", o.genre);
    take(j, "mood", o.mood);
    take(j, "tempo", o.tempo);
    take(j, "key", o.key);
    take(j, "meter", o.meter);
    take(j, "duration", o.duration);
    take(j, "seed", o.seed);
    take(j, "take_group", request.takeGroup);
    request.melody = j.value("melody", "");
    auto& n = request.neural;
    n.model = j.value("model", "");
    take(j, "guidance", n.guidance);
    take(j, "temperature", n.temperature);
    take(j, "top_k", n.topK);
    take(j, "top_p", n.topP);
    return request;
}

namespace {

void checkNeuralOptions(const GenerateRequest& request) {
    const auto& n = request.neural;
    if (n.empty())
        return;
    if (request.engine == SymbolicEngine::kName) {
        const char* field = !n.model.empty() ? "model"
                            : n.guidance     ? "guidance"
                            : n.temperature  ? "temperature"
                            : n.topK         ? "top-k"
                                             : "top-p";
        throw UserError(field, std::string("--") + field +
                                   " sets a neural engine's model or sampling: use it with --engine musicgen");
    }
    const auto within = [](const char* field, const auto& value, double low, double high, const char* range) {
        if (value && (*value < low || *value > high))
            throw UserError(field, std::string(field) + " must be " + range);
    };
    within("guidance", n.guidance, 1, 20, "between 1 (no guidance) and 20");
    within("temperature", n.temperature, 0, 4, "between 0 (greedy) and 4");
    within("top-k", n.topK, 0, 2048, "between 0 (every token) and 2048");
    within("top-p", n.topP, 1e-6, 1, "above 0 and at most 1");
}

} // namespace

StyleSpec resolveGenerateRequest(GenerateRequest& request, const Catalog& catalog) {
    checkNeuralOptions(request);
    StyleSpec spec = interpret(request.prompt, request.overrides, catalog);
    request.overrides.seed = spec.seed;
    spec.neural = request.neural;
    return spec;
}

JobRunner generateJobRunner(const Catalog& catalog, const Engines& engines, std::filesystem::path userModels,
                            bool allowCuda) {
    return [&catalog, &engines, userModels = std::move(userModels),
            allowCuda](const std::string& parameters, const JobContext& context, const ProgressCallback& progress,
                       const CancelToken& cancel) {
        GenerateRequest request = parseGenerateParameters(parameters);
        StyleSpec spec = resolveGenerateRequest(request, catalog);
        const Engine& engine = engines.usable(request.engine);
        if (!request.melody.empty()) {
            // The composer builds the chorus on the melody's notes; a neural engine follows
            // its chroma (MusicGen-melody).
            if (engine.name() == SymbolicEngine::kName)
                spec.hook = hookFromRecording(request.melody, spec, userModels, allowCuda, progress, cancel);
            else
                spec.neural.melody = request.melody;
        }
        const auto folder = context.stagingFolder / "song";
        std::vector<std::string> stems;
        std::optional<AudioAnalysis> measured;
        {
            SongWriter writer(folder, {engine.name(), engine.version(), &catalog.palette});
            const Song song =
                engine.generate(spec, progress, cancel, [&](const Score& score, const std::vector<Stem>& parts) {
                    writer.writeParts(score, parts, cancel);
                });
            if (progress)
                progress("write", 0);
            writer.finish(song);
            for (const auto& stem : song.stems)
                stems.push_back(stem.group);
            measured = song.measured;
        }
        TrackRecord track;
        track.title = songTitle(request.prompt, spec.genre, spec.mood, catalog);
        track.prompt = request.prompt;
        track.genre = spec.genre;
        track.mood = spec.mood;
        // A song without a score is described by what its audio measures.
        track.tempo = measured ? std::round(measured->tempo * 10) / 10 : spec.tempo;
        track.key = measured ? measured->key.name() : spec.key.name();
        track.meter = spec.meter.name();
        track.duration = spec.duration;
        track.seed = static_cast<std::int64_t>(spec.seed);
        track.engine = engine.name();
        track.takeGroup = request.takeGroup;
        return std::optional<std::int64_t>(context.addTrack(track, folder, stems, {}));
    };
}

std::vector<GenerateRequest> readPromptList(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in)
        throw UserError("prompts", "cannot read the prompt file " + file.string());
    std::vector<GenerateRequest> requests;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#')
            continue;
        if (line[first] != '{') {
            GenerateRequest request;
            request.prompt = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
            requests.push_back(request);
            continue;
        }
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("prompt") || !j["prompt"].is_string())
            throw UserError("prompts", file.string() + " line " + std::to_string(number) +
                                           ": a JSON line needs a \"prompt\" string");
        j.erase("expect"); // the evaluation set's expectations are not options
        requests.push_back(parseGenerateParameters(j.dump()));
    }
    if (requests.empty())
        throw UserError("prompts", file.string() + " holds no prompts");
    return requests;
}

} // namespace cadenza
