// SPDX-License-Identifier: GPL-3.0-or-later
// The bass: locked to the kick and the chord roots, in the genre's idiom: kick-locked roots,
// walking lines, disco octaves, 808 glides, sub bass, reggae and bossa cells, pedals.

#include "compose/Arrangement.h"

#include <algorithm>

namespace cadenza {
namespace {

constexpr Tick kStep = Score::kTicksPerStep;

int lowestOf(int pitchClass, int low) {
    int note = low;
    while (wrapPitchClass(note) != pitchClass)
        ++note;
    return note;
}

// The kick's steps in one bar, from the groove the drummer plays in this meter.
std::vector<int> kickSteps(const Arrangement& song) {
    const auto& meter = song.score.meter;
    const auto* groove = &song.genre.groove;
    if (!(meter == Meter{4, 4}))
        groove = &song.catalog.meterGrooves.at(meter.name());
    std::vector<int> steps;
    for (const auto& line : *groove)
        if (line.drum == "kick" && line.minEnergy <= 1)
            for (int s = 0; s < meter.stepsPerBar(); ++s)
                if (line.pattern[static_cast<std::size_t>(s) % line.pattern.size()] != '.')
                    steps.push_back(s);
    if (steps.empty())
        for (int s = 0; s < meter.stepsPerBar(); s += meter.stepsPerBeat())
            steps.push_back(s);
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return steps;
}

int degreePitch(char degree, int root) {
    switch (degree) {
    case '3':
        return root + 4; // adjusted to the chord's third by the caller
    case '5':
        return root + 7;
    case '8':
        return root + 12;
    default:
        return root;
    }
}

} // namespace

void writeBass(const Arrangement& song, const RoleStyle& role, Part& part, Random random) {
    const auto& score = song.score;
    const Tick barTicks = score.ticksPerBar();
    const int stepsPerBar = score.meter.stepsPerBar();
    const int stepsPerBeat = score.meter.stepsPerBeat();
    const auto kicks = kickSteps(song);
    const auto cell = song.catalog.bassCells.find(role.style);
    if (role.style == "glide808")
        part.bendRange = 12;
    int previousPitch = -1;

    for (const auto& bar : song.bars) {
        if (!song.plays(role, bar))
            continue;
        const auto rootAt = [&](int step) { return lowestOf(score.chordAt(bar.tick + step * kStep).root, role.low); };
        const auto add = [&](int step, Tick length, int pitch, int velocity) {
            part.notes.push_back({bar.tick + step * kStep, length, pitch, song.velocity(velocity, bar, random)});
        };
        if (bar.finalBar || role.style == "pedal") {
            for (const auto& span : score.chords) {
                if (span.tick < bar.tick || span.tick >= bar.tick + barTicks)
                    continue;
                const int step = static_cast<int>((span.tick - bar.tick) / kStep);
                const Tick length = bar.finalBar ? 2 * barTicks : span.length - kStep / 2;
                add(step, length, rootAt(step), 92);
            }
            continue;
        }
        if (role.style == "walking") {
            // Quarter notes: root on the downbeat, chord tones between, and a chromatic
            // approach into the next bar's root.
            const int beats = score.meter.beatsPerBar();
            const int nextRoot = lowestOf(score.chordAt(bar.tick + barTicks).root, role.low);
            int pitch = rootAt(0);
            for (int beat = 0; beat < beats; ++beat) {
                const int step = beat * stepsPerBeat;
                if (beat == 0) {
                    pitch = rootAt(step);
                } else if (beat == beats - 1) {
                    pitch = nextRoot + (random.chance(0.5) ? 1 : -1);
                } else {
                    const auto pcs = score.chordAt(bar.tick + step * kStep).pitchClasses();
                    const int target = wrapPitchClass(random.pick(pcs));
                    int candidate = pitch + 1;
                    while (wrapPitchClass(candidate) != target)
                        ++candidate;
                    pitch = (candidate > role.high || random.chance(0.4)) ? candidate - 12 : candidate;
                    if (pitch < role.low)
                        pitch += 12;
                }
                add(step, stepsPerBeat * kStep - 20, pitch, beat == 0 ? 96 : 84);
            }
            continue;
        }
        if (cell != song.catalog.bassCells.end()) {
            const std::string& c = cell->second;
            for (int step = 0; step < stepsPerBar; ++step) {
                const char degree = c[static_cast<std::size_t>(step) % c.size()];
                if (degree == '.' || degree == '-')
                    continue;
                int hold = 1;
                while (step + hold < stepsPerBar && c[static_cast<std::size_t>(step + hold) % c.size()] == '-')
                    ++hold;
                const int root = rootAt(step);
                int pitch = degreePitch(degree, root);
                if (degree == '3') {
                    const auto& chord = score.chordAt(bar.tick + step * kStep);
                    pitch = root + (chord.intervals.size() > 1 ? chord.intervals[1] : 4);
                }
                if (pitch > role.high)
                    pitch -= 12;
                add(step, hold * kStep - 15, pitch, step % stepsPerBeat == 0 ? 96 : 86);
            }
            continue;
        }
        // Kick-locked styles: root, sub and glide808 play where the kick plays.
        for (std::size_t k = 0; k < kicks.size(); ++k) {
            const int step = kicks[k];
            const int next = k + 1 < kicks.size() ? kicks[k + 1] : stepsPerBar;
            int pitch = rootAt(step);
            if (role.style == "root" && k > 0 && random.chance(0.2))
                pitch += random.chance(0.5) ? 7 : 12;
            if (pitch > role.high)
                pitch -= 12;
            const Tick length = role.style == "root" ? std::min<Tick>((next - step) * kStep - 20, 4 * kStep)
                                                     : (next - step) * kStep - 10;
            add(step, length, pitch, step == 0 ? 100 : 90);
            if (role.style == "glide808" && previousPitch >= 0 && previousPitch != pitch &&
                std::abs(previousPitch - pitch) <= 12) {
                // Slide into the new note from the old one, over a sixteenth.
                const Tick at = bar.tick + step * kStep;
                const int from = (previousPitch - pitch) * 8191 / part.bendRange;
                for (int i = 0; i <= 4; ++i)
                    part.bends.push_back({at + i * kStep / 4, from * (4 - i) / 4});
            }
            previousPitch = pitch;
        }
    }
}

} // namespace cadenza
