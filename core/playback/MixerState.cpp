// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/MixerState.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cadenza {

std::string MixerState::settingKey(long long trackId) {
    return "mixer." + std::to_string(trackId);
}

std::string MixerState::toJson() const {
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [stem, strip] : strips)
        if (strip != StripSettings{})
            json[stem] = {
                {"volume_db", strip.volumeDb}, {"pan", strip.pan}, {"mute", strip.mute}, {"solo", strip.solo}};
    return json.dump();
}

std::optional<MixerState> MixerState::fromJson(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    MixerState state;
    try {
        for (const auto& [stem, strip] : json.items())
            state.strips[stem] = {.volumeDb = strip.at("volume_db").get<double>(),
                                  .pan = std::clamp(strip.at("pan").get<double>(), -1.0, 1.0),
                                  .mute = strip.at("mute").get<bool>(),
                                  .solo = strip.at("solo").get<bool>()};
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
    return state;
}

} // namespace cadenza
