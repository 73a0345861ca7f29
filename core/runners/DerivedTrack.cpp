// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/DerivedTrack.h"

#include "audio/AudioFile.h"
#include "audio/OutputTransaction.h"
#include "base/UserError.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace cadenza {

SourceTrack sourceTrack(const JobContext& context, std::int64_t trackId) {
    std::optional<TrackRecord> record;
    SourceTrack out;
    context.withDatabase([&](ProjectDatabase& db) {
        record = db.track(trackId);
        out.folder = db.trackFolder(trackId);
    });
    if (!record)
        throw UserError("track", "track " + std::to_string(trackId) + " is no longer in the library");
    out.record = std::move(*record);
    return out;
}

TrackRecord derivedRecord(const TrackRecord& parent, const std::string& title) {
    TrackRecord track = parent;
    track.id = 0;
    track.favourite = false;
    track.source = TrackSource::Derived;
    track.title = title;
    return track;
}

void writeAudioSong(const std::filesystem::path& folder, const StereoBuffer& song, const std::vector<Stem>& stems,
                    const std::string& songJson, const CancelToken& cancel,
                    const std::optional<LoudnessReport>& measured) {
    const LoudnessReport loudness = measured ? *measured : measureLoudness(song, cancel);
    auto json = nlohmann::json::parse(songJson);
    json["loudness"] = {{"integrated_lufs", loudness.integratedLufs}, {"true_peak_dbtp", loudness.truePeakDbtp}};
    std::filesystem::create_directories(folder);
    OutputTransaction files;
    if (!stems.empty())
        std::filesystem::create_directories(folder / "stems");
    for (const auto& stem : stems)
        writeWav(files.stage(folder / "stems" / (stem.group + ".wav")), stem.audio, SampleFormat::Pcm24, cancel);
    {
        std::ofstream out(files.stage(folder / "song.json"));
        out << json.dump(2);
    }
    writeWav(files.stage(folder / "song.wav"), song, SampleFormat::Pcm24, cancel);
    files.commit();
}

} // namespace cadenza
