// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/VideoJob.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace cadenza {

std::string videoParameters(std::int64_t trackId, const std::filesystem::path& out) {
    return nlohmann::json{{"track", trackId}, {"out", out.string()}}.dump();
}

JobRunner videoJobRunner(VideoRenderer render) {
    return [render = std::move(render)](const std::string& parameters, const JobContext& context,
                                        const ProgressCallback& progress,
                                        const CancelToken& cancel) -> std::optional<std::int64_t> {
        const auto request = nlohmann::json::parse(parameters);
        const auto trackId = request.at("track").get<std::int64_t>();
        const std::filesystem::path out = request.at("out").get<std::string>();
        if (!render)
            throw std::runtime_error("this program cannot draw music videos");
        TrackFiles track;
        context.withDatabase([&](ProjectDatabase& db) { track = trackFiles(db, trackId); });
        render(track, out, progress, cancel);
        return std::nullopt;
    };
}

} // namespace cadenza
