// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/HummedMelody.h"

#include "analysis/Analysis.h"
#include "audio/AudioImport.h"
#include "base/UserError.h"
#include "engines/Transcriber.h"
#include "transcribe/MelodyLine.h"

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

// Whether the person chose the field (in the prompt's words or an option), rather than a
// default or a mood word's leaning.
bool chosen(const StyleSpec& spec, const std::string& field) {
    const auto found = spec.sources.find(field);
    return found != spec.sources.end() &&
           (found->second == FieldSource::Prompt || found->second == FieldSource::Option);
}

} // namespace

Hook hookFromRecording(const std::filesystem::path& file, StyleSpec& spec, const std::filesystem::path& userModels,
                       bool allowCuda, const ProgressCallback& progress, const CancelToken& cancel) {
    ImportLimits limits;
    limits.maxSeconds = kMaxMelodySeconds;
    StereoBuffer audio;
    try {
        probeAudio(file, limits);
        audio = importAudio(file, 44100, limits, cancel);
    } catch (const UserError& e) {
        throw UserError("melody", std::string("the melody: ") + e.what());
    }
    const AudioAnalysis analysis = analyzeAudio(audio, progress, cancel);
    TranscribeRequest request;
    request.tempo = analysis.tempo;
    request.userModels = userModels;
    request.allowCuda = allowCuda;
    Transcription transcription;
    try {
        transcription = transcribeAudio(audio, request, progress, cancel);
    } catch (const UserError& e) {
        throw UserError("melody", std::string("the melody: ") + e.what());
    }
    const auto line = melodyLine(transcription.notes);
    if (line.size() < 2)
        throw UserError("melody", "no melody was found in " + printableFileName(file) +
                                      ": hum, whistle, sing or play a tune of a few notes");

    if (!chosen(spec, "tempo") && analysis.tempo > 0)
        spec.tempo =
            std::clamp(static_cast<int>(std::lround(analysis.tempo)), StyleLimits::kMinTempo, StyleLimits::kMaxTempo);
    Hook hook = quantisedHook(line, spec.tempo, spec.meter, printableFileName(file));
    const Key melodyKey = keyFromNotes(line).key;
    if (!chosen(spec, "key")) {
        spec.key = melodyKey;
    } else {
        // Into the chosen key (its tonic; the mode stays the melody's), by the smaller step.
        int shift = wrapPitchClass(spec.key.tonic - melodyKey.tonic);
        if (shift > 6)
            shift -= 12;
        for (auto& note : hook.notes)
            note.pitch += shift;
    }
    return hook;
}

} // namespace cadenza
