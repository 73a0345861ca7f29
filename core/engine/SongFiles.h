#pragma once

#include "engine/SymbolicEngine.h"

#include <filesystem>
#include <string>

namespace cadenza {

struct SongFileOptions {
    std::string engineName = SymbolicEngine::kName;
    std::string engineVersion = SymbolicEngine::kVersion;
};

// The song's description as written to song.json: the resolved style, where each field
// came from, the alternatives the prompt also suggested, sections, instruments, loudness.
std::string songJson(const Song& song, const SongFileOptions& options = {});

// Writes song.wav (24-bit), song.mid, stems/<group>.wav (24-bit, pre-master) and song.json
// into `folder`, creating it. Every file goes through a temporary name; song.wav is
// renamed into place last, so its presence means the song is complete.
void writeSongFiles(const Song& song, const std::filesystem::path& folder, const SongFileOptions& options = {});

} // namespace cadenza
