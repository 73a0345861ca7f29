#include "engine/ImportJob.h"

#include "audio/AudioFile.h"
#include "audio/AudioImport.h"
#include "audio/Loudness.h"
#include "audio/OutputTransaction.h"

#include <nlohmann/json.hpp>

#include <fstream>

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
        std::filesystem::create_directories(folder);
        const auto loudness = measureLoudness(audio, cancel);
        {
            OutputTransaction files;
            writeWav(files.stage(folder / "song.wav"), audio, SampleFormat::Pcm24, cancel);
            std::ofstream json(files.stage(folder / "song.json"));
            json << nlohmann::json{{"source", "imported"},
                                   {"original", file.filename().string()},
                                   {"duration", audio.seconds()},
                                   {"sections", nlohmann::json::array()},
                                   {"loudness",
                                    {{"integrated_lufs", loudness.integratedLufs},
                                     {"true_peak_dbtp", loudness.truePeakDbtp}}}}
                        .dump(2);
            json.flush();
            files.commit();
        }
        TrackRecord track;
        track.title = file.stem().string();
        track.source = "imported";
        track.duration = audio.seconds();
        return std::optional<std::int64_t>(context.addTrack(track, folder, {}, {}));
    };
}

} // namespace cadenza
