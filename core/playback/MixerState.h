// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>

namespace cadenza {

// One stem's strip as the musician left it.
struct StripSettings {
    double volumeDb = 0;
    double pan = 0; // -1 left .. 1 right
    bool mute = false;
    bool solo = false;
    bool operator==(const StripSettings&) const = default;
};

// A track's mixer, by stem name, kept in the project's settings so that it comes back when
// the track is opened again. Strips at their defaults are left out.
struct MixerState {
    std::map<std::string, StripSettings> strips;

    bool operator==(const MixerState&) const = default;
    // The settings key under which a track's mixer is kept.
    static std::string settingKey(long long trackId);
    std::string toJson() const;
    // nullopt for text that is not a mixer's JSON (a newer Cadenza's, or damaged).
    static std::optional<MixerState> fromJson(const std::string& text);
};

} // namespace cadenza
