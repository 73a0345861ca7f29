// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/MixerState.h"
#include "base/Progress.h"
#include "export/Tags.h"
#include "export/TrackFiles.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cadenza {

// What a track can be exported as. Stems are every stem as WAV, into a folder or, when the
// destination ends in .zip, into one zip archive.
enum class ExportFormat { Wav, Flac, Mp3, Ogg, Opus, Midi, Stems };

// "wav", "flac", "mp3", "ogg", "opus", "midi", "stems"; UserError for another name.
ExportFormat exportFormatNamed(std::string_view name);
std::string_view exportFormatName(ExportFormat format);
// The file name's ending for the format, with the dot (".ogg"); empty for stems.
std::string_view exportExtension(ExportFormat format);

struct ExportRequest {
    std::int64_t track = 0;
    ExportFormat format = ExportFormat::Wav;
    int bits = 24;             // WAV, FLAC and stems: 16 or 24
    std::filesystem::path out; // the file; for stems, a folder or a .zip
    bool cover = true;         // embed the cover art where the format holds one
    // Audio formats of a track with stems: the stems mixed with these strips (the mix as
    // heard in the studio) instead of the mastered song.wav.
    std::optional<MixerState> mix;

    // UserError for bits other than 16 or 24, or an empty destination.
    void validate() const;
};

// The tags of a track: its title, genre, tempo and key, the artist and album given, and a
// comment naming the engine and the seed. No cover: the caller renders one.
AudioTags trackTags(const TrackRecord& track, const std::string& artist, const std::string& album);

// UserError when the track cannot be exported that way: MIDI of a track without a score,
// stems of a track without stems. exportTrack checks this too; a front end checks first
// so that it can refuse before queuing anything.
void checkExportable(const TrackFiles& track, const ExportRequest& request);

// Writes the track in the requested format to request.out, through temporary names, so
// that a cancel, a full disk or a kill leaves nothing at the destination. Audio formats are
// encoded from song.wav (Opus resampled to its 48 kHz) and tagged; MIDI is the composer's
// song.mid, refused (UserError) for a track that has none; stems are copied at their bit
// depth or converted to 16 bit. Returns the files written.
std::vector<std::filesystem::path> exportTrack(const TrackFiles& track, const ExportRequest& request,
                                               const AudioTags& tags, const ProgressCallback& progress = {},
                                               const CancelToken& cancel = {});

} // namespace cadenza
