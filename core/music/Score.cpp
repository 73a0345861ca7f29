// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/Score.h"

#include <algorithm>
#include <stdexcept>

namespace cadenza {

std::vector<int> Chord::pitchClasses() const {
    std::vector<int> out;
    for (const int interval : intervals)
        out.push_back(wrapPitchClass(root + interval));
    return out;
}

const Chord& Score::chordAt(Tick tick) const {
    if (chords.empty())
        throw std::logic_error("score has no chords");
    auto it = std::upper_bound(chords.begin(), chords.end(), tick,
                               [](Tick t, const ChordSpan& span) { return t < span.tick; });
    return it == chords.begin() ? chords.front().chord : std::prev(it)->chord;
}

const ScoreSection& Score::sectionAt(Tick tick) const {
    if (sections.empty())
        throw std::logic_error("score has no sections");
    const ScoreSection* found = &sections.front();
    for (const auto& section : sections)
        if (static_cast<Tick>(section.startBar) * ticksPerBar() <= tick)
            found = &section;
    return *found;
}

std::vector<std::string> Score::groups() const {
    std::vector<std::string> out;
    for (const auto& part : parts)
        if (std::find(out.begin(), out.end(), part.group) == out.end())
            out.push_back(part.group);
    return out;
}

} // namespace cadenza
