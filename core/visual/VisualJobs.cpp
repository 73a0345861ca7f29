#include "visual/VisualJobs.h"

#include "visual/CoverArt.h"
#include "visual/MusicVideo.h"

#include <nlohmann/json.hpp>

namespace cadenza {

CoverPainter coverPainter() {
    return [](const CoverInput& input) { return coverPng(input); };
}

std::string videoParameters(std::int64_t trackId, const std::filesystem::path& out) {
    return nlohmann::json{{"track", trackId}, {"out", out.string()}}.dump();
}

JobRunner videoJobRunner() {
    return [](const std::string& parameters, const JobContext& context, const ProgressCallback& progress,
              const CancelToken& cancel) -> std::optional<std::int64_t> {
        const auto request = nlohmann::json::parse(parameters);
        const auto trackId = request.at("track").get<std::int64_t>();
        const std::filesystem::path out = request.at("out").get<std::string>();
        TrackFiles track;
        context.withDatabase([&](ProjectDatabase& db) { track = trackFiles(db, trackId); });
        renderMusicVideo(track, out, progress, cancel);
        return std::nullopt;
    };
}

} // namespace cadenza
