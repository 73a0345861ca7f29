#include "engine/RemixJob.h"

#include "audio/AudioFile.h"
#include "audio/Loudness.h"
#include "audio/OutputTransaction.h"
#include "base/UserError.h"
#include "compose/Music.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

namespace cadenza {
namespace {

// "×1.25, +2 st": how a remix title names its change.
std::string describe(const TimePitch& change, const std::string& preset) {
    char text[48] = "";
    int used = 0;
    if (change.tempo != 1)
        used = std::snprintf(text, sizeof text, "×%.3g", change.tempo);
    if (change.semitones != 0)
        std::snprintf(text + used, sizeof text - static_cast<std::size_t>(used), "%s%+.3g st", used ? ", " : "",
                      change.semitones);
    std::string out = text;
    if (!preset.empty())
        out += (out.empty() ? "" : ", ") + preset;
    return out.empty() ? "copy" : out;
}

} // namespace

std::string remixParameters(std::int64_t trackId, const TimePitch& change, const std::string& preset) {
    return nlohmann::json{{"track", trackId}, {"tempo", change.tempo}, {"pitch", change.semitones}, {"preset", preset}}
        .dump();
}

JobRunner remixJobRunner() {
    return [](const std::string& parameters, const JobContext& context, const ProgressCallback& progress,
              const CancelToken& cancel) {
        const auto request = nlohmann::json::parse(parameters);
        const auto parentId = request.at("track").get<std::int64_t>();
        TimePitch change;
        change.tempo = request.value("tempo", 1.0);
        change.semitones = request.value("pitch", 0.0);
        change.validate();
        const auto preset = request.value("preset", std::string());
        const EffectChain effects = preset.empty() ? EffectChain{} : EffectChain::preset(preset);

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
        StereoBuffer result = changeTempoAndPitch(readAudioFile(parentFolder / "song.wav"), change, progress, cancel);
        if (!preset.empty())
            result = applyEffects(result, effects, progress, cancel);

        TrackRecord track = *parent;
        track.id = 0;
        track.favourite = false;
        track.source = "derived";
        track.title = parent->title + " (" + describe(change, preset) + ")";
        track.duration = result.seconds();
        track.tempo = parent->tempo * change.tempo;
        if (const auto key = Key::parse(parent->key); key && std::fmod(change.semitones, 1.0) == 0)
            track.key = Key{wrapPitchClass(key->tonic + static_cast<int>(change.semitones)), key->mode}.name();
        else if (change.semitones != 0)
            track.key.clear(); // a fractional shift leaves no key in tune

        if (progress)
            progress("write", 0.95);
        const auto folder = context.stagingFolder / "song";
        std::filesystem::create_directories(folder);
        const auto loudness = measureLoudness(result, cancel);
        {
            OutputTransaction files;
            writeWav(files.stage(folder / "song.wav"), result, SampleFormat::Pcm24, cancel);
            std::ofstream json(files.stage(folder / "song.json"));
            json << nlohmann::json{{"source", "derived"},
                                   {"parent", parentId},
                                   {"operation", "remix"},
                                   {"tempo_factor", change.tempo},
                                   {"pitch_semitones", change.semitones},
                                   {"preset", preset},
                                   {"tempo", track.tempo},
                                   {"key", track.key},
                                   {"duration", track.duration},
                                   {"midi", false},
                                   {"sections", nlohmann::json::array()},
                                   {"loudness",
                                    {{"integrated_lufs", loudness.integratedLufs},
                                     {"true_peak_dbtp", loudness.truePeakDbtp}}}}
                        .dump(2);
            json.flush();
            files.commit();
        }
        return std::optional<std::int64_t>(context.addTrack(
            track, folder, {}, {LineageLink{parentId, "remix", remixParameters(parentId, change, preset)}}));
    };
}

} // namespace cadenza
