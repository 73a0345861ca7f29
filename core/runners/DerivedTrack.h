// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "audio/Loudness.h"
#include "audio/Stem.h"
#include "jobs/JobQueue.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// What the jobs that work on a track of the history (analyze, remix, separate, rearrange)
// share: finding the track, and writing a recording-like result.

struct SourceTrack {
    TrackRecord record;
    std::filesystem::path folder; // holds song.wav
};

// The track, read under the queue's lock; throws UserError when it is no longer there.
SourceTrack sourceTrack(const JobContext& context, std::int64_t trackId);

// A derived track's record: the parent's fields, a new title, source "derived".
TrackRecord derivedRecord(const TrackRecord& parent, const std::string& title);

// Writes a result without a score into `folder`: stems/<group>.wav (if any), song.json
// (`songJson`, a JSON object, with the loudness added: `measured` when the caller has it,
// such as a master's, else measured here) and song.wav, all 24-bit, through temporary
// names with song.wav last.
void writeAudioSong(const std::filesystem::path& folder, const StereoBuffer& song, const std::vector<Stem>& stems,
                    const std::string& songJson, const CancelToken& cancel,
                    const std::optional<LoudnessReport>& measured = std::nullopt);

} // namespace cadenza
