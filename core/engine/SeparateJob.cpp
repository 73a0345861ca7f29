#include "engine/SeparateJob.h"

#include "audio/AudioFile.h"
#include "audio/OutputTransaction.h"
#include "base/UserError.h"
#include "engine/MlPlugin.h"
#include "separate/SpectralSeparator.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace cadenza {

std::string separateParameters(std::int64_t trackId) {
    return nlohmann::json{{"track", trackId}}.dump();
}

std::pair<SeparatedStems, std::string> separateBest(const StereoBuffer& mix, const std::filesystem::path& userModels,
                                                    const ProgressCallback& progress, const CancelToken& cancel) {
    if (progress)
        progress("separate", 0);
    if (auto stems = MlPlugin::instance().separate(mix, userModels, cancel))
        return {std::move(*stems), "open-unmix"};
    return {separateSpectral(mix, progress, cancel), "spectral"};
}

JobRunner separateJobRunner(std::filesystem::path userModels) {
    return [userModels = std::move(userModels)](const std::string& parameters, const JobContext& context,
                                                const ProgressCallback& progress, const CancelToken& cancel) {
        const auto parentId = nlohmann::json::parse(parameters).at("track").get<std::int64_t>();
        std::optional<TrackRecord> parent;
        std::filesystem::path parentFolder;
        context.withDatabase([&](ProjectDatabase& db) {
            parent = db.track(parentId);
            parentFolder = db.trackFolder(parentId);
        });
        if (!parent)
            throw UserError("track", "track " + std::to_string(parentId) + " is no longer in the library");
        if (progress)
            progress("read", 0);
        const StereoBuffer mix = readAudioFile(parentFolder / "song.wav");
        const auto [separated, method] = separateBest(mix, userModels, progress, cancel);

        if (progress)
            progress("write", 0.95);
        const auto folder = context.stagingFolder / "song";
        std::filesystem::create_directories(folder / "stems");
        std::vector<std::string> names;
        {
            OutputTransaction files;
            for (std::size_t s = 0; s < separated.stems.size(); ++s) {
                names.emplace_back(SeparatedStems::kNames[s]);
                writeWav(files.stage(folder / "stems" / (names.back() + ".wav")), separated.stems[s],
                         SampleFormat::Pcm24, cancel);
            }
            std::ofstream json(files.stage(folder / "song.json"));
            json << nlohmann::json{{"source", "derived"},     {"parent", parentId},
                                   {"operation", "separate"}, {"method", method},
                                   {"stems", names},          {"duration", mix.seconds()},
                                   {"midi", false},           {"sections", nlohmann::json::array()}}
                        .dump(2);
            json.flush();
            std::filesystem::copy_file(parentFolder / "song.wav", files.stage(folder / "song.wav"),
                                       std::filesystem::copy_options::overwrite_existing);
            files.commit();
        }
        TrackRecord track = *parent;
        track.id = 0;
        track.favourite = false;
        track.source = "derived";
        track.title = parent->title + " (stems)";
        return std::optional<std::int64_t>(context.addTrack(
            track, folder, names,
            {LineageLink{parentId, "separate", nlohmann::json{{"track", parentId}, {"method", method}}.dump()}}));
    };
}

} // namespace cadenza
