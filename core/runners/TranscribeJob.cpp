// SPDX-License-Identifier: GPL-3.0-or-later
#include "runners/TranscribeJob.h"

#include "analysis/Analysis.h"
#include "audio/AudioFile.h"
#include "audio/OutputTransaction.h"
#include "base/UserError.h"
#include "engines/Transcriber.h"
#include "runners/DerivedTrack.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace cadenza {

std::string transcribeParameters(std::int64_t trackId, const std::string& stem, const NoteOptions& options) {
    return nlohmann::json{{"track", trackId},
                          {"stem", stem},
                          {"onset_threshold", options.onsetThreshold},
                          {"frame_threshold", options.frameThreshold},
                          {"min_note_ms", options.minNoteMs}}
        .dump();
}

std::filesystem::path transcriptionMidiFile(const std::filesystem::path& trackFolder, const std::string& stem) {
    return trackFolder / "transcriptions" / ((stem.empty() ? std::string("mix") : stem) + ".mid");
}

JobRunner transcribeJobRunner(std::filesystem::path userModels, bool allowCuda) {
    return [userModels = std::move(userModels), allowCuda](const std::string& parameters, const JobContext& context,
                                                           const ProgressCallback& progress,
                                                           const CancelToken& cancel) {
        const auto json = nlohmann::json::parse(parameters);
        const auto trackId = json.at("track").get<std::int64_t>();
        TranscribeRequest request;
        request.stem = json.value("stem", "");
        request.notes.onsetThreshold = json.value("onset_threshold", request.notes.onsetThreshold);
        request.notes.frameThreshold = json.value("frame_threshold", request.notes.frameThreshold);
        request.notes.minNoteMs = json.value("min_note_ms", request.notes.minNoteMs);
        request.userModels = userModels;
        request.allowCuda = allowCuda;
        validateNoteOptions(request.notes);

        const SourceTrack track = sourceTrack(context, trackId);
        const auto file =
            request.stem.empty() ? track.folder / "song.wav" : track.folder / "stems" / (request.stem + ".wav");
        if (!request.stem.empty() && !std::filesystem::exists(file))
            throw UserError("stem", "track " + std::to_string(trackId) + " has no stem named '" + request.stem + "'");
        if (progress)
            progress("read", 0);
        const StereoBuffer audio = readAudioFile(file);

        // The tempo and key of the MIDI file: the analysis of the whole track.
        std::optional<std::string> stored;
        context.withDatabase([&](ProjectDatabase& db) { stored = db.analysis(trackId); });
        if (!stored) {
            const StereoBuffer mix = request.stem.empty() ? audio : readAudioFile(track.folder / "song.wav");
            stored = analysisToJson(analyzeAudio(mix, progress, cancel));
            context.withDatabase([&](ProjectDatabase& db) { db.setAnalysis(trackId, *stored); });
        }
        const auto analysis = nlohmann::json::parse(*stored);
        request.tempo = analysis.value("tempo", request.tempo);
        if (analysis.contains("key"))
            request.key = Key::parse(analysis["key"].get<std::string>());
        request.keyConfidence = analysis.value("key_confidence", 0.0);
        request.beats = analysis.value("beats", std::vector<double>{});

        const Transcription transcription = transcribeAudio(audio, request, progress, cancel);
        cancel.throwIfCancelled();
        const auto midiFile = transcriptionMidiFile(track.folder, request.stem);
        std::filesystem::create_directories(midiFile.parent_path());
        OutputTransaction files;
        const std::string bytes = transcriptionMidiBytes(transcription);
        std::ofstream(files.stage(midiFile), std::ios::binary)
            .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        files.commit();
        context.withDatabase([&](ProjectDatabase& db) {
            db.setTranscription(trackId, request.stem, transcriptionToJson(transcription));
        });
        return std::optional<std::int64_t>(trackId);
    };
}

} // namespace cadenza
