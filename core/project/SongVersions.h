// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectDatabase.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// The versions of a song: the tracks that edits ("edit") and re-arrangements ("rearrange")
// made from one another. Undo and redo walk them; nothing is ever overwritten.

struct SongVersion {
    std::int64_t track = 0;
    std::optional<std::int64_t> parent; // the version it was made from
    std::string operation;              // "edit" or "rearrange"; empty for the first version
    std::string parameters;             // the operation's parameters (JSON)
    int depth = 0;                      // edits between it and the first version
};

// Whether a lineage operation makes a new version of the same song.
bool makesVersion(const std::string& operation);

// Every version of the song `track` is a version of, from the first (made by no edit),
// depth first with each version's children oldest first. Just `track` when it has none.
std::vector<SongVersion> songVersions(const ProjectDatabase& db, std::int64_t track);

// The song each track of the history belongs to, for a library that groups them: the track
// its lineage starts from (following the oldest parent), or for takes of one prompt the first
// take. Versions, remixes and stems of a song and its other takes map to that song's track;
// the song itself maps to itself.
std::map<std::int64_t, std::int64_t> songGroups(const ProjectDatabase& db);

// Undo: the version `track` was made from. Redo: the newest version made from `track`.
std::optional<std::int64_t> previousVersion(const ProjectDatabase& db, std::int64_t track);
std::optional<std::int64_t> nextVersion(const ProjectDatabase& db, std::int64_t track);

} // namespace cadenza
