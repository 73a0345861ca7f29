// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/ExportJob.h"

#include <nlohmann/json.hpp>

namespace cadenza {

ExportCredits exportCredits(const ProjectDatabase& db) {
    return {db.setting("export.artist").value_or("Cadenza"), db.setting("export.album").value_or("Cadenza")};
}

std::string exportParameters(const ExportRequest& request) {
    nlohmann::json j{{"track", request.track},
                     {"format", exportFormatName(request.format)},
                     {"bits", request.bits},
                     {"out", request.out.string()},
                     {"cover", request.cover}};
    if (request.mix)
        j["mix"] = nlohmann::json::parse(request.mix->toJson());
    return j.dump();
}

ExportRequest parseExportParameters(const std::string& json) {
    const auto j = nlohmann::json::parse(json);
    ExportRequest request;
    request.track = j.at("track").get<std::int64_t>();
    request.format = exportFormatNamed(j.at("format").get<std::string>());
    request.bits = j.value("bits", 24);
    request.out = j.at("out").get<std::string>();
    request.cover = j.value("cover", true);
    if (j.contains("mix")) {
        request.mix = MixerState::fromJson(j.at("mix").dump());
        if (!request.mix)
            throw std::runtime_error("the export's mix is not a mixer's settings");
    }
    return request;
}

JobRunner exportJobRunner(CoverPainter painter) {
    return [painter = std::move(painter)](const std::string& parameters, const JobContext& context,
                                          const ProgressCallback& progress,
                                          const CancelToken& cancel) -> std::optional<std::int64_t> {
        const ExportRequest request = parseExportParameters(parameters);
        request.validate();
        TrackFiles track;
        ExportCredits credits;
        context.withDatabase([&](ProjectDatabase& db) {
            track = trackFiles(db, request.track);
            credits = exportCredits(db);
        });
        AudioTags tags = trackTags(track.record, credits.artist, credits.album);
        const bool holdsCover = request.format != ExportFormat::Midi && request.format != ExportFormat::Stems;
        if (request.cover && holdsCover && painter) {
            if (progress)
                progress("cover", 0);
            tags.coverPng = painter(coverInput(track));
        }
        exportTrack(track, request, tags, progress, cancel);
        return std::nullopt;
    };
}

} // namespace cadenza
