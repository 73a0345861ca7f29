// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the composer: what every part writer needs to know about the song.

#include "base/Random.h"
#include "music/Catalog.h"
#include "music/Score.h"
#include "music/StyleSpec.h"

#include <vector>

namespace cadenza {

struct BarInfo {
    int index = 0;
    Tick tick = 0;
    const ScoreSection* section = nullptr;
    int barInSection = 0;
    bool lastInSection = false;
    bool finalBar = false; // the song's last bar: everyone holds the final chord
};

struct Arrangement {
    const StyleSpec& spec;
    const GenreStyle& genre;
    const MoodStyle& mood;
    const Catalog& catalog;
    const Score& score;
    std::vector<BarInfo> bars;

    Arrangement(const StyleSpec& s, const GenreStyle& g, const MoodStyle& m, const Catalog& c, const Score& sc);

    bool plays(const RoleStyle& role, const BarInfo& bar) const {
        return bar.section->energy >= role.minEnergy || bar.finalBar;
    }
    // A velocity scaled by the mood and the section's energy, with a little human variation.
    int velocity(int base, const BarInfo& bar, Random& random, int spread = 6) const;
    // The chord rhythm for `style` in this meter: a catalog pattern when it fits the bar,
    // otherwise one hit per beat.
    std::string barPattern(const std::vector<std::string>& patterns, Random& random) const;
};

std::vector<ScoreSection> planForm(const GenreStyle& genre, const Catalog& catalog, const Meter& meter, int tempo,
                                   double duration);
std::vector<ChordSpan> planChords(const GenreStyle& genre, const Catalog& catalog, const Score& score, Random& random);

void writeChordPart(const Arrangement& song, const RoleStyle& role, Part& part, Random random);
void writeMelody(const Arrangement& song, const RoleStyle& role, Part& part, Random random);
void writeBass(const Arrangement& song, const RoleStyle& role, Part& part, Random random);
void writeDrums(const Arrangement& song, const RoleStyle& role, Part& part, Random random);

} // namespace cadenza
