// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/SeparateJob.h"

#include "audio/AudioFile.h"
#include "engines/Separation.h"
#include "runners/DerivedTrack.h"
#include "separate/SpectralSeparator.h"

#include <nlohmann/json.hpp>

namespace cadenza {

std::string separateParameters(std::int64_t trackId, const std::string& model) {
    nlohmann::json parameters{{"track", trackId}};
    if (!model.empty())
        parameters["model"] = model;
    return parameters.dump();
}

JobRunner separateJobRunner(std::filesystem::path userModels, bool allowCuda) {
    return
        [userModels = std::move(userModels), allowCuda](const std::string& parameters, const JobContext& context,
                                                        const ProgressCallback& progress, const CancelToken& cancel) {
            const auto request = nlohmann::json::parse(parameters);
            const auto parentId = request.at("track").get<std::int64_t>();
            const SourceTrack parent = sourceTrack(context, parentId);
            if (progress)
                progress("read", 0);
            const StereoBuffer mix = readAudioFile(parent.folder / "song.wav");
            auto [separated, method] =
                separateBest(mix, {userModels, allowCuda, request.value("model", std::string())}, progress, cancel);

            if (progress)
                progress("write", 0.95);
            const auto folder = context.stagingFolder / "song";
            std::vector<Stem> stems;
            std::vector<std::string> names;
            for (std::size_t s = 0; s < separated.stems.size(); ++s) {
                names.emplace_back(SeparatedStems::kNames[s]);
                stems.push_back({names.back(), std::move(separated.stems[s])});
            }
            writeAudioSong(folder, mix, stems,
                           nlohmann::json{{"source", "derived"},
                                          {"parent", parentId},
                                          {"operation", "separate"},
                                          {"method", method},
                                          {"stems", names},
                                          {"duration", mix.seconds()},
                                          {"midi", false},
                                          {"sections", nlohmann::json::array()}}
                               .dump(),
                           cancel);
            const TrackRecord track = derivedRecord(parent.record, parent.record.title + " (stems)");
            return std::optional<std::int64_t>(context.addTrack(
                track, folder, names,
                {LineageLink{parentId, "separate", nlohmann::json{{"track", parentId}, {"method", method}}.dump()}}));
        };
}

} // namespace cadenza
