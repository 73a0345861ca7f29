// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/OutputTransaction.h"
#include "engines/SymbolicEngine.h"

#include <filesystem>
#include <set>
#include <string>

namespace cadenza {

struct Palette;

struct SongFileOptions {
    std::string engineName = SymbolicEngine::kName;
    std::string engineVersion = SymbolicEngine::kVersion;
    const Palette* palette = nullptr; // names where each part's sound comes from, when given
};

// The song's description as written to song.json: the resolved style, where each field
// came from, the alternatives the prompt also suggested, sections, instruments, loudness.
std::string songJson(const Song& song, const SongFileOptions& options = {});

// Writes a song's files into a folder: song.wav (24-bit), song.mid and score.json (when it
// has a score: the score.json is what edits start from), stems/<group>.wav (24-bit,
// pre-master) and song.json. Every file goes through a temporary name and nothing
// appears at a final path until finish() renames them all, song.wav last, so its presence
// means the song is complete. Files staged but never finished are removed.
//
// The parts (stems and MIDI) can be written while the song is being mastered:
//     SongWriter writer(folder);
//     Song song = engine.generate(spec, progress, cancel, [&](const Score& score, const auto& stems) {
//         writer.writeParts(score, stems, cancel);
//     });
//     writer.finish(song);
class SongWriter {
  public:
    explicit SongWriter(std::filesystem::path folder, SongFileOptions options = {});

    // Takes a stem as `file` holds it (an edit's parent's, which it did not change): a hard
    // link where the file system allows, a copy otherwise, under a temporary name.
    // writeParts then leaves that group's stem alone.
    void keepStem(const std::string& group, const std::filesystem::path& file);
    // Encodes the stems (on every core), the MIDI file and score.json (when the score has
    // parts) under temporary names.
    void writeParts(const Score& score, const std::vector<Stem>& stems, const CancelToken& cancel = {});
    // Writes song.json and song.wav, then renames everything into place.
    void finish(const Song& song);

  private:
    std::filesystem::path folder_;
    SongFileOptions options_;
    OutputTransaction files_;
    std::set<std::string> kept_; // the groups keepStem took
};

// Places a finished song folder's files in `to` (hard links where the file system allows,
// copies otherwise), through temporary names, song.wav last.
void copySongFolder(const std::filesystem::path& from, const std::filesystem::path& to);

// The whole song at once: writeParts and finish in a row.
void writeSongFiles(const Song& song, const std::filesystem::path& folder, const SongFileOptions& options = {});

} // namespace cadenza
