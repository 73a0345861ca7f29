// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/Transcriber.h"

#include "audio/Resample.h"
#include "base/UserError.h"
#include "engines/MlPlugin.h"
#include "ml/ModelRegistry.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

std::string transcriptionProblem(const std::filesystem::path& userModels) {
    if (!MlPlugin::builtIn())
        return MlPlugin::missingFeatures();
    if (!findModel(modelRoots(userModels), "basic-pitch"))
        return "no transcription model is installed (Basic Pitch ships in share/cadenza/models/basic-pitch)";
    return {};
}

void validateNoteOptions(const NoteOptions& options) {
    if (!(options.onsetThreshold > 0 && options.onsetThreshold < 1))
        throw UserError("onset-threshold", "the onset threshold is a likelihood between 0 and 1 (0.5 by default)");
    if (!(options.frameThreshold > 0 && options.frameThreshold < 1))
        throw UserError("frame-threshold", "the frame threshold is a likelihood between 0 and 1 (0.3 by default)");
    if (!(options.minNoteMs >= 0 && options.minNoteMs <= 2000))
        throw UserError("min-note-ms", "the minimum note length is 0-2000 ms (128 by default)");
}

Transcription transcribeAudio(const StereoBuffer& audio, const TranscribeRequest& request,
                              const ProgressCallback& progress, const CancelToken& cancel) {
    validateNoteOptions(request.notes);
    if (progress)
        progress("read", 0);
    const std::vector<float> mono = monoAt(audio, Posteriorgrams::kSampleRate);
    float peak = 0;
    for (const float sample : mono)
        peak = std::max(peak, std::abs(sample));
    constexpr float kSilence = 1e-4f; // -80 dBFS
    if (peak < kSilence)
        throw UserError("file", "the recording is silent: there are no notes to transcribe");
    cancel.throwIfCancelled();

    const Posteriorgrams posteriorgrams =
        MlPlugin::instance().transcribe(mono, request.userModels, request.allowCuda, cancel, progress);
    if (progress)
        progress("notes", 0.99);
    Transcription transcription;
    transcription.notes = notesFromPosteriorgrams(posteriorgrams, request.notes);
    // In time order, as a musician reads them (the decoder finds them from the end).
    std::stable_sort(transcription.notes.begin(), transcription.notes.end(),
                     [](const TranscribedNote& a, const TranscribedNote& b) {
                         return a.start != b.start ? a.start < b.start : a.pitch < b.pitch;
                     });
    transcription.chords = chordsFromNotes(transcription.notes, request.beats, audio.seconds());
    if (!transcription.notes.empty()) {
        const KeyEstimate key = keyFromNotes(transcription.notes);
        transcription.notesKey = key.key;
        transcription.notesKeyConfidence = key.confidence;
    }
    transcription.tempo = request.tempo;
    transcription.key = request.key;
    if (transcription.notesKey && (!request.key || transcription.notesKeyConfidence >= request.keyConfidence))
        transcription.key = transcription.notesKey;
    transcription.stem = request.stem;
    transcription.seconds = audio.seconds();
    transcription.options = request.notes;
    return transcription;
}

} // namespace cadenza
