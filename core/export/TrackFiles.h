// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectDatabase.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// A track of the history as the exports and the cover read it: its record, the folder of
// its files (song.wav, song.mid from the composer, stems/), its stems' names and its
// analysis (analysisToJson's text), when it has one.
struct TrackFiles {
    TrackRecord record;
    std::filesystem::path folder;
    std::vector<std::string> stems;
    std::optional<std::string> analysis;
};

// Reads a track's entry from the history; UserError when there is no such track.
TrackFiles trackFiles(const ProjectDatabase& db, std::int64_t trackId);

} // namespace cadenza
