// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/RearrangeJob.h"

#include "analysis/Analysis.h"
#include "audio/AudioFile.h"
#include "audio/Loudness.h"
#include "base/UserError.h"
#include "compose/Compose.h"
#include "engines/RecordingScore.h"
#include "engines/Separation.h"
#include "engines/Transcriber.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"
#include "remix/Effects.h"
#include "remix/TimePitch.h"
#include "render/StemMix.h"
#include "runners/ComposedTrack.h"
#include "runners/DerivedTrack.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace cadenza {

std::string rearrangeParameters(std::int64_t trackId, const std::string& genre, bool keepAudio) {
    nlohmann::json j{{"track", trackId}, {"genre", genre}};
    if (keepAudio)
        j["keep_audio"] = true;
    return j.dump();
}

namespace {

double rmsOf(const StereoBuffer& audio) {
    double energy = 0;
    for (std::size_t i = 0; i < audio.frames(); ++i)
        energy += 0.5 * (static_cast<double>(audio.left[i]) * audio.left[i] +
                         static_cast<double>(audio.right[i]) * audio.right[i]);
    return audio.frames() ? std::sqrt(energy / static_cast<double>(audio.frames())) : 0;
}

// A recording has no score to re-arrange; instead it moves towards the genre: its tempo
// into the genre's range (Rubber Band, pitch kept), the genre's effect preset, and the
// genre's drum groove played along the beats the analysis found (6 dB under the music).
// The result holds two stems, the treated recording and the drums.
std::optional<std::int64_t> approximate(const SourceTrack& parent, std::int64_t parentId, const GenreStyle& genre,
                                        const Catalog& catalog, const SymbolicEngine& engine, const JobContext& context,
                                        const ProgressCallback& progress, const CancelToken& cancel) {
    if (progress)
        progress("read", 0);
    const StereoBuffer audio = readAudioFile(parent.folder / "song.wav");
    const AudioAnalysis analysis = analyzeAudio(audio, progress, cancel);
    if (analysis.tempo <= 0 || analysis.beats.size() < 8)
        throw UserError("genre", "no steady beat was found in this recording to lay " + genre.name + " drums on");
    const double target =
        std::clamp(analysis.tempo, static_cast<double>(genre.tempoMin), static_cast<double>(genre.tempoMax));
    const TimePitch change{.tempo = std::clamp(target / analysis.tempo, TimePitch::kSlowest, TimePitch::kFastest)};
    StereoBuffer music = changeTempoAndPitch(audio, change, progress, cancel);
    if (!genre.remixPreset.empty())
        music = applyEffects(music, catalog.effectPreset(genre.remixPreset), progress, cancel);

    std::vector<double> beats;
    for (const double b : analysis.beats)
        beats.push_back(b / change.tempo);
    StyleSpec spec = interpret(genre.name,
                               {.genre = genre.id,
                                .duration = std::clamp(music.seconds(), 5.0, 600.0),
                                .seed = static_cast<std::uint64_t>(parentId)},
                               catalog);
    spec.tempo = static_cast<int>(std::lround(analysis.tempo * change.tempo));
    const Score drumsScore = drumsOnBeats(spec, catalog, beats, music.seconds());
    std::vector<Stem> stems{{"music", music}};
    if (!drumsScore.parts.empty()) {
        const StemMixer mixer(drumsScore, genre, catalog, engine.renderSettings().sampleRate);
        auto drums = renderStems(drumsScore, catalog.palette, engine.renderSettings(), progress, cancel,
                                 [&](Stem& stem) { mixer.mix(stem, cancel); });
        const double drumsRms = rmsOf(drums.front().audio);
        const auto gain = static_cast<float>(drumsRms > 0 ? rmsOf(music) * dbToGain(-6) / drumsRms : 0);
        drums.front().audio.scale(gain);
        for (auto* channel : {&drums.front().audio.left, &drums.front().audio.right})
            channel->resize(music.frames(), 0.0f);
        stems.push_back({"drums", std::move(drums.front().audio)});
    }
    cancel.throwIfCancelled();
    if (progress)
        progress("master", 0);
    MasterSettings settings;
    settings.fadeOutSeconds = 0;
    const MasterResult mastered = master(mixStems(stems), settings, progress, cancel);

    if (progress)
        progress("write", 0.95);
    const auto folder = context.stagingFolder / "song";
    std::vector<std::string> names;
    names.reserve(stems.size());
    for (const auto& stem : stems)
        names.push_back(stem.group);
    writeAudioSong(folder, mastered.audio, stems,
                   nlohmann::json{{"source", "derived"},
                                  {"parent", parentId},
                                  {"operation", "rearrange"},
                                  {"method", "approximation"},
                                  {"genre", genre.id},
                                  {"tempo", analysis.tempo * change.tempo},
                                  {"tempo_factor", change.tempo},
                                  {"preset", genre.remixPreset},
                                  {"duration", mastered.audio.seconds()},
                                  {"midi", false},
                                  {"stems", names},
                                  {"sections", nlohmann::json::array()}}
                       .dump(),
                   cancel, mastered.loudness);
    TrackRecord track = derivedRecord(parent.record, parent.record.title + " (as " + genre.name + ")");
    track.genre = genre.id;
    track.tempo = analysis.tempo * change.tempo;
    track.duration = mastered.audio.seconds();
    return context.addTrack(track, folder, names,
                            {LineageLink{parentId, "rearrange", rearrangeParameters(parentId, genre.id, true)}});
}

// Renders and masters a re-arranged score into a derived track of `parent`, as a version in
// `genre`.
std::optional<std::int64_t> addRearranged(Score score, const StyleSpec& target, const SourceTrack& parent,
                                          std::int64_t parentId, const GenreStyle& genre, const Catalog& catalog,
                                          const SymbolicEngine& engine, const JobContext& context,
                                          const ProgressCallback& progress, const CancelToken& cancel) {
    cancel.throwIfCancelled();
    const auto folder = context.stagingFolder / "song";
    const auto stems = writeComposedSong(engine, target, std::move(score), folder, catalog, progress, cancel);
    TrackRecord track = derivedRecord(parent.record, parent.record.title + " (as " + genre.name + ")");
    track.genre = target.genre;
    track.tempo = target.tempo;
    track.key = target.key.name();
    track.duration = target.duration;
    return context.addTrack(track, folder, stems,
                            {LineageLink{parentId, "rearrange", rearrangeParameters(parentId, genre.id)}});
}

// The style of a cover: the genre's band and mood, at the recording's tempo and key.
StyleSpec coverStyle(const Score& original, const GenreStyle& genre, const Catalog& catalog, std::int64_t parentId) {
    StyleSpec target = interpret(
        genre.name,
        {.genre = genre.id,
         .tempo = original.tempo,
         .key = original.key.name(),
         .meter = original.meter.name(),
         .duration = std::clamp(original.durationSeconds, StyleLimits::kMinDuration, StyleLimits::kMaxDuration),
         .seed = static_cast<std::uint64_t>(parentId)},
        catalog);
    return target;
}

} // namespace

JobRunner rearrangeJobRunner(const Catalog& catalog, const SymbolicEngine& engine, std::filesystem::path userModels,
                             bool allowCuda) {
    return [&catalog, &engine, userModels = std::move(userModels),
            allowCuda](const std::string& parameters, const JobContext& context, const ProgressCallback& progress,
                       const CancelToken& cancel) {
        const auto request = nlohmann::json::parse(parameters);
        const auto parentId = request.at("track").get<std::int64_t>();
        const auto genreName = request.at("genre").get<std::string>();
        const GenreStyle* genre = &catalog.requireGenre(genreName);
        const SourceTrack parent = sourceTrack(context, parentId);
        if (progress)
            progress("compose", 0);
        const auto composed = composedTrack(parent, catalog);
        // Without transcription (a build without libtorch) a recording can only be approximated.
        if (!composed && (request.value("keep_audio", false) || !transcriptionProblem(userModels).empty()))
            return approximate(parent, parentId, *genre, catalog, engine, context, progress, cancel);
        if (!composed) {
            // A cover: the recording's melody, chords and form, by ear, played by the genre's band.
            const StereoBuffer mix = readAudioFile(parent.folder / "song.wav");
            // The melody is listened for in the vocals: the track's own stem, or separated now.
            std::optional<StereoBuffer> vocals;
            if (std::filesystem::exists(parent.folder / "stems" / "vocals.wav"))
                vocals = readAudioFile(parent.folder / "stems" / "vocals.wav");
            else
                vocals =
                    std::move(separateBest(mix, {userModels, allowCuda, {}}, progress, cancel).first.stems.front());
            const AudioAnalysis analysis = analyzeAudio(mix, progress, cancel);
            const Score original = scoreOfRecording(mix, vocals, analysis, userModels, allowCuda, progress, cancel);
            const StyleSpec target = coverStyle(original, *genre, catalog, parentId);
            return addRearranged(rearrange(original, target, catalog), target, parent, parentId, *genre, catalog,
                                 engine, context, progress, cancel);
        }
        const StyleSpec& original = composed->spec;
        const Score& originalScore = composed->score;
        const std::string& prompt = original.prompt;
        // The new genre's tempo (its typical tempo moved by the mood), key, meter and seed kept.
        StyleSpec target = interpret(prompt,
                                     {.genre = genre->id,
                                      .mood = original.mood,
                                      .key = original.key.name(),
                                      .meter = original.meter.name(),
                                      .duration = original.duration,
                                      .seed = original.seed},
                                     catalog);
        target.duration = original.duration * original.tempo / target.tempo;
        return addRearranged(rearrange(originalScore, target, catalog), target, parent, parentId, *genre, catalog,
                             engine, context, progress, cancel);
    };
}

} // namespace cadenza
