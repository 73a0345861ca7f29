// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobQueue.h"
#include "transcribe/NoteCreation.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cadenza {

// As JSON: the track, the stem ("" for the whole mix) and the decoder's thresholds.
std::string transcribeParameters(std::int64_t trackId, const std::string& stem, const NoteOptions& options);

// Where a track's transcription of `stem` ("" for the mix) is kept as a MIDI file, for the
// studio to drag out: transcriptions/<stem>.mid (mix.mid) in the track's folder.
std::filesystem::path transcriptionMidiFile(const std::filesystem::path& trackFolder, const std::string& stem);

// The runner of "transcribe" jobs: the track's song.wav, or one of its stems, becomes notes
// (engines/Transcriber), stored with the track in the history (one transcription per stem,
// replaced by the next) and written as a MIDI file beside it (transcriptionMidiFile). The
// MIDI file's tempo and key come from the track's analysis, which is made (and stored)
// first if the track has none. Returns the track.
JobRunner transcribeJobRunner(std::filesystem::path userModels = {}, bool allowCuda = true);

} // namespace cadenza
