// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/RemixJob.h"

#include "audio/AudioFile.h"
#include "music/Catalog.h"
#include "music/Music.h"
#include "runners/DerivedTrack.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

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

JobRunner remixJobRunner(const Catalog& catalog) {
    return [&catalog](const std::string& parameters, const JobContext& context, const ProgressCallback& progress,
                      const CancelToken& cancel) {
        const auto request = nlohmann::json::parse(parameters);
        const auto parentId = request.at("track").get<std::int64_t>();
        TimePitch change;
        change.tempo = request.value("tempo", 1.0);
        change.semitones = request.value("pitch", 0.0);
        change.validate();
        const auto preset = request.value("preset", std::string());
        const EffectChain effects = preset.empty() ? EffectChain{} : catalog.effectPreset(preset);

        const SourceTrack parent = sourceTrack(context, parentId);
        if (progress)
            progress("read", 0);
        StereoBuffer result = changeTempoAndPitch(readAudioFile(parent.folder / "song.wav"), change, progress, cancel);
        if (!preset.empty())
            result = applyEffects(result, effects, progress, cancel);

        TrackRecord track = derivedRecord(parent.record, parent.record.title + " (" + describe(change, preset) + ")");
        track.duration = result.seconds();
        track.tempo = parent.record.tempo * change.tempo;
        if (const auto key = Key::parse(parent.record.key); key && std::fmod(change.semitones, 1.0) == 0)
            track.key = Key{wrapPitchClass(key->tonic + static_cast<int>(change.semitones)), key->mode}.name();
        else if (change.semitones != 0)
            track.key.clear(); // a fractional shift leaves no key in tune

        if (progress)
            progress("write", 0.95);
        const auto folder = context.stagingFolder / "song";
        writeAudioSong(folder, result, {},
                       nlohmann::json{{"source", "derived"},
                                      {"parent", parentId},
                                      {"operation", "remix"},
                                      {"tempo_factor", change.tempo},
                                      {"pitch_semitones", change.semitones},
                                      {"preset", preset},
                                      {"tempo", track.tempo},
                                      {"key", track.key},
                                      {"duration", track.duration},
                                      {"midi", false},
                                      {"sections", nlohmann::json::array()}}
                           .dump(),
                       cancel);
        return std::optional<std::int64_t>(context.addTrack(
            track, folder, {}, {LineageLink{parentId, "remix", remixParameters(parentId, change, preset)}}));
    };
}

} // namespace cadenza
