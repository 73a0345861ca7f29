// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace cadenza {

// Where a track of the history came from.
enum class TrackSource { Generated, Imported, Derived };
const char* trackSourceName(TrackSource source); // "generated", "imported", "derived"
TrackSource parseTrackSource(const std::string& name);

struct TrackRecord {
    std::int64_t id = 0;
    std::string title;
    std::string prompt; // the words a generated song was made from; its versions keep them
    TrackSource source = TrackSource::Generated;
    std::string genre;
    std::string mood;
    double tempo = 0;
    std::string key;
    std::string meter;
    double duration = 0;
    std::optional<std::int64_t> seed;
    std::string engine;
    bool favourite = false;
    std::string created;  // ISO 8601, UTC
    int coverVariant = 0; // which of the track's possible covers it shows
    // Takes of one prompt (a batch's variations) share a group: the first take's job id.
    std::optional<std::int64_t> takeGroup;
};

// A link of lineage: the other track (the parent, from parents(); the child, from
// children()) and the operation that made the child.
struct LineageLink {
    std::int64_t track = 0;
    std::string operation;  // e.g. "remix", "separate", "rearrange"
    std::string parameters; // JSON
};

} // namespace cadenza
