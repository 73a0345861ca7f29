// SPDX-License-Identifier: GPL-3.0-or-later
// The drums: the genre's groove for the section's energy, humanised velocities, fills into
// the next section and a crash where a louder section starts.

#include "compose/Arrangement.h"

#include <algorithm>

namespace cadenza {
namespace {

constexpr Tick kStep = Score::kTicksPerStep;

int accentVelocity(char c) {
    switch (c) {
    case 'X':
        return 118;
    case 'x':
        return 98;
    case 'o':
        return 74;
    case 'g':
        return 46;
    default:
        return 0;
    }
}

} // namespace

void writeDrums(const Arrangement& song, const RoleStyle& role, Part& part, Random random) {
    const auto& score = song.score;
    const auto& meter = score.meter;
    const int stepsPerBar = meter.stepsPerBar();
    const auto& groove = meter == Meter{4, 4} ? song.genre.groove : song.catalog.meterGrooves.at(meter.name());
    const auto drumNote = [&](const std::string& name) { return song.catalog.drum(name).note; };
    const auto fillsIt = song.catalog.fills.find(song.genre.fills);
    const bool hasFills = fillsIt != song.catalog.fills.end() && !fillsIt->second.empty();
    int previousEnergy = -1;

    for (const auto& bar : song.bars) {
        const int energy = bar.section->energy;
        const bool playing = song.plays(role, bar);
        const bool sectionStart = bar.barInSection == 0;
        if (playing && bar.finalBar) {
            part.notes.push_back({bar.tick, kStep * 4, drumNote("kick"), song.velocity(110, bar, random)});
            part.notes.push_back({bar.tick, kStep * 4, drumNote("crash"), song.velocity(100, bar, random)});
            break;
        }
        if (!playing) {
            previousEnergy = -1;
            continue;
        }
        const bool fillBar = hasFills && bar.lastInSection && bar.section->bars >= 2;
        const int fillSteps = std::min(8, stepsPerBar / 2);
        const int fillFrom = stepsPerBar - fillSteps;
        for (const auto& line : groove) {
            if (line.minEnergy > energy)
                continue;
            const bool yields = !song.catalog.drum(line.drum).keepsTime;
            for (int step = 0; step < stepsPerBar; ++step) {
                if (fillBar && yields && step >= fillFrom)
                    continue;
                const auto index =
                    static_cast<std::size_t>(bar.barInSection * stepsPerBar + step) % line.pattern.size();
                const int velocity = accentVelocity(line.pattern[index]);
                if (velocity > 0)
                    part.notes.push_back(
                        {bar.tick + step * kStep, kStep, drumNote(line.drum), song.velocity(velocity, bar, random, 8)});
            }
        }
        if (fillBar) {
            const auto& fill = random.pick(fillsIt->second);
            for (const auto& line : fill)
                for (int i = 0; i < fillSteps && i < static_cast<int>(line.pattern.size()); ++i) {
                    const int velocity = accentVelocity(line.pattern[static_cast<std::size_t>(i)]);
                    if (velocity > 0)
                        part.notes.push_back({bar.tick + (fillFrom + i) * kStep, kStep, drumNote(line.drum),
                                              song.velocity(velocity * (80 + 20 * i / fillSteps) / 100, bar, random)});
                }
        }
        if (sectionStart && energy >= 2 && energy > previousEnergy && bar.index > 0)
            part.notes.push_back({bar.tick, kStep * 4, drumNote("crash"), song.velocity(104, bar, random)});
        previousEnergy = energy;
    }
}

} // namespace cadenza
