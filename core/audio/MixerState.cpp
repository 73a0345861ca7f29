// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/MixerState.h"

#include "audio/Loudness.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace cadenza {

float volumeGain(double volumeDb) {
    return volumeDb <= kSilentDb ? 0.0f : static_cast<float>(dbToGain(volumeDb));
}

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

StereoBuffer mixStrips(const std::vector<Stem>& stems, const MixerState& state) {
    const auto settingsOf = [&state](const Stem& stem) {
        const auto found = state.strips.find(stem.group);
        return found == state.strips.end() ? StripSettings{} : found->second;
    };
    const bool anySolo = std::any_of(stems.begin(), stems.end(), [&](const Stem& s) { return settingsOf(s).solo; });
    std::size_t frames = 0;
    int rate = 44100;
    for (const auto& stem : stems) {
        frames = std::max(frames, stem.audio.frames());
        rate = stem.audio.sampleRate;
    }
    StereoBuffer mix(rate, frames);
    for (const auto& stem : stems) {
        const StripSettings strip = settingsOf(stem);
        if (strip.mute || (anySolo && !strip.solo))
            continue;
        const PanGains gains = panGains(volumeGain(strip.volumeDb), static_cast<float>(strip.pan));
        for (std::size_t i = 0; i < stem.audio.frames(); ++i) {
            mix.left[i] += gains.left * stem.audio.left[i];
            mix.right[i] += gains.right * stem.audio.right[i];
        }
    }
    return mix;
}

} // namespace cadenza
