// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/ImportJob.h"

#include "audio/AudioImport.h"
#include "runners/DerivedTrack.h"

#include <nlohmann/json.hpp>

namespace cadenza {

std::string importParameters(const std::filesystem::path& file) {
    return nlohmann::json{{"file", std::filesystem::absolute(file).string()}}.dump();
}

JobRunner importJobRunner() {
    return [](const std::string& parameters, const JobContext& context, const ProgressCallback& progress,
              const CancelToken& cancel) {
        const std::filesystem::path file = nlohmann::json::parse(parameters).at("file").get<std::string>();
        if (progress)
            progress("decode", 0);
        const StereoBuffer audio = importAudio(file, 44100, {}, cancel);
        if (progress)
            progress("write", 0.8);
        const auto folder = context.stagingFolder / "song";
        writeAudioSong(folder, audio, {},
                       nlohmann::json{{"source", "imported"},
                                      {"original", printableFileName(file)},
                                      {"duration", audio.seconds()},
                                      {"sections", nlohmann::json::array()}}
                           .dump(),
                       cancel);
        TrackRecord track;
        track.title = printableFileName(file, false);
        track.source = TrackSource::Imported;
        track.duration = audio.seconds();
        return std::optional<std::int64_t>(context.addTrack(track, folder, {}, {}));
    };
}

} // namespace cadenza
