// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "export/TrackFiles.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// What a track's cover is drawn from: the music itself, reduced to a few numbers. The
// palette comes from the mood and the key, the forms from the rhythm and the energy.
struct CoverInput {
    std::string title;
    std::string mood;  // a catalog mood, or the classifier's label for a recording
    std::string genre; // may be empty
    int tonic = -1;    // pitch class of the key; -1 when unknown
    bool minor = false;
    double tempo = 120;
    std::uint64_t seed = 0; // the track's seed, or one made from its id
    int variant = 0;        // a regenerated cover moves this on

    static constexpr std::size_t kEnergyPoints = 96;
    static constexpr std::size_t kRhythmSteps = 16;
    std::vector<float> energy;                // the RMS curve over the song, 0..1 of its peak
    std::array<float, kRhythmSteps> rhythm{}; // onset strength over a bar's sixteenths, 0..1
    float brightness = 0.5f;                  // share of high-frequency energy, 0..1
    float dynamics = 0.5f;                    // how much the energy varies, 0..1
};

// Reduces a track to its cover's input. `analysisJson` (analysisToJson's text, when the
// track has been analysed) supplies the mood and the key of a recording, and the first
// beat that aligns the rhythm fold.
CoverInput coverInput(const TrackRecord& track, const StereoBuffer& audio,
                      const std::optional<std::string>& analysisJson);

// The cover input of a track of the history, from its song.wav and analysis.
CoverInput coverInput(const TrackFiles& track);

} // namespace cadenza
