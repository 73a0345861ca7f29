// SPDX-License-Identifier: GPL-3.0-or-later
// Parts that play the chords: held pads, comping rhythms, strums, broken chords, arpeggios.

#include "compose/Arrangement.h"
#include "compose/Harmony.h"

#include <algorithm>

namespace cadenza {
namespace {

constexpr Tick kStep = Score::kTicksPerStep;

void addChord(Part& part, const std::vector<int>& notes, Tick tick, Tick length, int velocity, Tick spread = 0) {
    Tick offset = 0;
    for (const int pitch : notes) {
        part.notes.push_back({tick + offset, std::max<Tick>(kStep / 2, length - offset), pitch, velocity});
        offset += spread;
    }
}

// A power chord (root, fifth, octave) on the chord's root, low in the range.
std::vector<int> powerChord(const Chord& chord, int low) {
    int root = low;
    while (wrapPitchClass(root) != chord.root)
        ++root;
    return {root, root + 7, root + 12};
}

} // namespace

void writeChordPart(const Arrangement& song, const RoleStyle& role, Part& part, Random random) {
    const auto& score = song.score;
    const Tick barTicks = score.ticksPerBar();
    const int stepsPerBeat = score.meter.stepsPerBeat();
    const auto comping = song.catalog.comping.find(role.style);
    std::vector<int> voicing;
    std::string pattern;
    const ScoreSection* patternSection = nullptr;

    for (const auto& bar : song.bars) {
        if (!song.plays(role, bar))
            continue;
        if (comping != song.catalog.comping.end() && bar.section != patternSection) {
            pattern = song.barPattern(comping->second, random);
            patternSection = bar.section;
        }
        const Tick barEnd = bar.tick + barTicks;
        for (const auto& span : score.chords) {
            const Tick from = std::max(bar.tick, span.tick);
            const Tick to = std::min(barEnd, span.tick + span.length);
            if (from >= to)
                continue;
            voicing = voiceLead(span.chord, voicing, role.low, role.high);
            // Held chords: the style itself, the final chord (it rings into the song's tail),
            // and quiet sections, where comping waits for the groove to come in.
            const bool rhythmic = role.style == "arpeggio" || role.style == "broken";
            if (bar.finalBar || role.style == "sustain" || (bar.section->energy <= 1 && !rhythmic)) {
                const Tick length = bar.finalBar ? (to - from) + barTicks : to - from - kStep / 4;
                addChord(part, voicing, from, length, song.velocity(bar.finalBar ? 80 : 70, bar, random));
                continue;
            }
            for (Tick t = from; t < to; t += kStep) {
                const int step = static_cast<int>((t - bar.tick) / kStep);
                const bool onBeat = step % stepsPerBeat == 0;
                if (role.style == "broken") {
                    // Alberti figure in eighths: low, top, middle, top.
                    if (step % 2)
                        continue;
                    static constexpr int order[] = {0, -1, 1, -1};
                    const int slot = order[(step / 2) % 4];
                    const int pitch = slot < 0 ? voicing.back() : voicing[static_cast<std::size_t>(slot)];
                    part.notes.push_back({t, 4 * kStep, pitch, song.velocity(onBeat ? 80 : 56, bar, random)});
                } else if (role.style == "arpeggio") {
                    // Rising sixteenths over the chord and its octave.
                    std::vector<int> ladder = voicing;
                    ladder.push_back(voicing.front() + 12);
                    const int pitch = ladder[static_cast<std::size_t>(step) % ladder.size()];
                    part.notes.push_back({t, kStep - 10, pitch, song.velocity(onBeat ? 78 : 62, bar, random)});
                } else if (pattern[static_cast<std::size_t>(step) % pattern.size()] == 'x') {
                    const int velocity = song.velocity(onBeat ? 84 : 72, bar, random);
                    if (role.style == "strum") {
                        Tick next = kStep;
                        while (t + next < to &&
                               pattern[static_cast<std::size_t>(step + next / kStep) % pattern.size()] != 'x')
                            next += kStep;
                        auto notes = voicing;
                        if (step % 2) // up-strokes on the off-beats: high strings first, softer
                            std::reverse(notes.begin(), notes.end());
                        addChord(part, notes, t, next - 8, step % 2 ? velocity - 12 : velocity, 14);
                    } else if (role.style == "power") {
                        addChord(part, powerChord(span.chord, role.low), t, 2 * kStep - 20, velocity);
                    } else {
                        const Tick length = role.style == "skank"  ? kStep
                                            : role.style == "comp" ? 3 * kStep
                                                                   : kStep * 3 / 2;
                        addChord(part, voicing, t, length, velocity);
                    }
                }
            }
        }
    }
}

} // namespace cadenza
