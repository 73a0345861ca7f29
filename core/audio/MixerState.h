// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/Stem.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// A strip's volume fader: its bottom, silence.
constexpr double kSilentDb = -60;
// The linear gain of a fader at `volumeDb` (zero at or below kSilentDb).
float volumeGain(double volumeDb);

// One stem's strip as the musician left it.
struct StripSettings {
    double volumeDb = 0;
    double pan = 0; // -1 left .. 1 right
    bool mute = false;
    bool solo = false;
    bool operator==(const StripSettings&) const = default;
};

// A strip's gains for the left and right channel: its gain, panned as a balance (unity at
// the centre; toward a side, the other channel falls). The player and mixStrips share it.
struct PanGains {
    float left = 1;
    float right = 1;
};
inline PanGains panGains(float gain, float pan) {
    return {gain * (pan > 0 ? 1.0f - pan : 1.0f), gain * (pan < 0 ? 1.0f + pan : 1.0f)};
}

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

// The stems mixed as the player plays them with `state`'s strips (volume in dB, pan, mute,
// solo; a stem not named plays at its defaults): the mix as it is heard, for export.
StereoBuffer mixStrips(const std::vector<Stem>& stems, const MixerState& state);

} // namespace cadenza
