// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/AnalyzeJob.h"

#include "audio/AudioFile.h"
#include "runners/DerivedTrack.h"

#include <nlohmann/json.hpp>

namespace cadenza {

std::string analyzeParameters(std::int64_t trackId) {
    return nlohmann::json{{"track", trackId}}.dump();
}

JobRunner analyzeJobRunner(AnalysisEnricher enrich) {
    return [enrich = std::move(enrich)](const std::string& parameters, const JobContext& context,
                                        const ProgressCallback& progress, const CancelToken& cancel) {
        const auto trackId = nlohmann::json::parse(parameters).at("track").get<std::int64_t>();
        const std::filesystem::path folder = sourceTrack(context, trackId).folder;
        if (progress)
            progress("read", 0);
        const StereoBuffer audio = readAudioFile(folder / "song.wav");
        AudioAnalysis analysis = analyzeAudio(audio, progress, cancel);
        if (enrich)
            enrich(analysis);
        const std::string json = analysisToJson(analysis);
        cancel.throwIfCancelled();
        context.withDatabase([&](ProjectDatabase& db) { db.setAnalysis(trackId, json); });
        return std::optional<std::int64_t>(trackId);
    };
}

} // namespace cadenza
