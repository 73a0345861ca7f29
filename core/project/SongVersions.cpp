// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SongVersions.h"

#include <algorithm>
#include <functional>

namespace cadenza {

namespace {

std::optional<LineageLink> versionParent(const ProjectDatabase& db, std::int64_t track) {
    for (const auto& link : db.parents(track))
        if (makesVersion(link.operation))
            return link;
    return std::nullopt;
}

std::vector<LineageLink> versionChildren(const ProjectDatabase& db, std::int64_t track) {
    auto children = db.children(track);
    std::erase_if(children, [](const LineageLink& link) { return !makesVersion(link.operation); });
    std::sort(children.begin(), children.end(),
              [](const LineageLink& a, const LineageLink& b) { return a.track < b.track; });
    return children;
}

} // namespace

bool makesVersion(const std::string& operation) {
    return operation == "edit" || operation == "rearrange";
}

std::vector<SongVersion> songVersions(const ProjectDatabase& db, std::int64_t track) {
    std::int64_t first = track;
    for (auto parent = versionParent(db, first); parent; parent = versionParent(db, first))
        first = parent->track;
    std::vector<SongVersion> out;
    const std::function<void(const SongVersion&)> visit = [&](const SongVersion& version) {
        out.push_back(version);
        for (const auto& child : versionChildren(db, version.track))
            visit({child.track, version.track, child.operation, child.parameters, version.depth + 1});
    };
    visit({first, std::nullopt, "", "", 0});
    return out;
}

std::map<std::int64_t, std::int64_t> songGroups(const ProjectDatabase& db) {
    std::map<std::int64_t, std::int64_t> oldestParent;
    for (const auto& [child, parent] : db.lineage())
        oldestParent.try_emplace(child, parent); // ordered by parent: the first is the oldest
    std::map<std::int64_t, std::int64_t> firstTake;
    const auto tracks = db.tracks(); // by id: a group's first take comes first
    for (const auto& track : tracks)
        if (track.takeGroup)
            firstTake.try_emplace(*track.takeGroup, track.id);
    std::map<std::int64_t, std::optional<std::int64_t>> takeGroupOf;
    for (const auto& track : tracks)
        takeGroupOf[track.id] = track.takeGroup;

    std::map<std::int64_t, std::int64_t> groups;
    for (const auto& track : tracks) {
        std::int64_t root = track.id;
        // A parent is always older than its child, so the walk ends; a parent deleted since
        // is no longer in the history, and its child starts the song.
        for (auto parent = oldestParent.find(root);
             parent != oldestParent.end() && takeGroupOf.contains(parent->second); parent = oldestParent.find(root))
            root = parent->second;
        if (const auto& group = takeGroupOf[root])
            root = firstTake.at(*group);
        groups[track.id] = root;
    }
    return groups;
}

std::optional<std::int64_t> previousVersion(const ProjectDatabase& db, std::int64_t track) {
    const auto parent = versionParent(db, track);
    return parent ? std::optional(parent->track) : std::nullopt;
}

std::optional<std::int64_t> nextVersion(const ProjectDatabase& db, std::int64_t track) {
    const auto children = versionChildren(db, track);
    return children.empty() ? std::nullopt : std::optional(children.back().track);
}

} // namespace cadenza
