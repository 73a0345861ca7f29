#include "engine/AnalyzeJob.h"

#include "audio/AudioFile.h"
#include "base/UserError.h"

#include <nlohmann/json.hpp>

namespace cadenza {

std::string analyzeParameters(std::int64_t trackId) {
    return nlohmann::json{{"track", trackId}}.dump();
}

JobRunner analyzeJobRunner(AnalysisEnricher enrich) {
    return [enrich = std::move(enrich)](const std::string& parameters, const JobContext& context,
                                        const ProgressCallback& progress, const CancelToken& cancel) {
        const auto trackId = nlohmann::json::parse(parameters).at("track").get<std::int64_t>();
        std::filesystem::path folder;
        bool exists = false;
        context.withDatabase([&](ProjectDatabase& db) {
            exists = db.track(trackId).has_value();
            folder = db.trackFolder(trackId);
        });
        if (!exists)
            throw UserError("track", "track " + std::to_string(trackId) + " is no longer in the library");
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
