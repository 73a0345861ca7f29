// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"
#include "transcribe/Transcription.h"

#include <filesystem>
#include <optional>
#include <string>

namespace cadenza {

// What a transcription is asked for: the decoder's thresholds, and what the MIDI file needs
// (the recording's tempo and key, from its analysis).
struct TranscribeRequest {
    NoteOptions notes;
    double tempo = 120;
    std::optional<Key> key;    // the analysis' (chroma) key
    double keyConfidence = 0;  // its confidence (best correlation minus the runner-up's)
    std::vector<double> beats; // the analysis' beats, for the chords
    std::string stem;          // the stem transcribed, for the record; empty for the whole mix
    std::filesystem::path userModels;
    bool allowCuda = true;
};

// Why transcription cannot run here (a build without libtorch, or no Basic Pitch model under
// the shipped or the user's models), in words for the user; empty when it can. Loads nothing.
std::string transcriptionProblem(const std::filesystem::path& userModels);

// Refuses (UserError, field "onset-threshold", "frame-threshold" or "min-note-ms")
// thresholds outside (0, 1) and minimum lengths outside 0-2000 ms.
void validateNoteOptions(const NoteOptions& options);

// Transcribes a recording with Basic Pitch (via MlPlugin): its mono sum at 22,050 Hz
// through the network, then the reference's note creation, then the chords (per beat) and
// the key of the notes. The MIDI file's key is the notes' key where it is the more
// confident of the two (it was right on 22 of 22 engine songs, the chroma key on 19:
// docs/analysis.md), the analysis' otherwise. Throws UserError for silence
// (nothing above -80 dBFS), std::runtime_error when the model cannot run, and
// OperationCancelled on cancel.
Transcription transcribeAudio(const StereoBuffer& audio, const TranscribeRequest& request,
                              const ProgressCallback& progress = {}, const CancelToken& cancel = {});

} // namespace cadenza
