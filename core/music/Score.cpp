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

std::string Chord::name(bool preferFlats) const {
    struct Quality {
        std::vector<int> intervals;
        const char* suffix;
    };
    static const std::vector<Quality> qualities = {{{0, 4, 7}, ""},           {{0, 3, 7}, "m"},
                                                   {{0, 4, 7, 10}, "7"},      {{0, 4, 7, 11}, "maj7"},
                                                   {{0, 3, 7, 10}, "m7"},     {{0, 3, 6}, "dim"},
                                                   {{0, 3, 6, 9}, "dim7"},    {{0, 3, 6, 10}, "m7b5"},
                                                   {{0, 4, 8}, "aug"},        {{0, 5, 7}, "sus4"},
                                                   {{0, 2, 7}, "sus2"},       {{0, 4, 7, 9}, "6"},
                                                   {{0, 3, 7, 9}, "m6"},      {{0, 4, 7, 10, 14}, "9"},
                                                   {{0, 3, 7, 10, 14}, "m9"}, {{0, 4, 7, 11, 14}, "maj9"},
                                                   {{0, 5, 7, 10}, "7sus4"},  {{0, 7}, "5"},
                                                   {{0, 3, 7, 11}, "mMaj7"}};
    std::string out = pitchClassName(wrapPitchClass(root), preferFlats);
    for (const auto& quality : qualities)
        if (quality.intervals == intervals)
            return out + quality.suffix;
    // Anything else: the root and its intervals, which still says what sounds.
    out += "(";
    for (std::size_t i = 0; i < intervals.size(); ++i)
        out += (i ? "," : "") + std::to_string(intervals[i]);
    return out + ")";
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
