// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcribe/NoteAccuracy.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace cadenza {
namespace {

constexpr double kOnsetTolerance = 0.05;
constexpr double kOffsetRatio = 0.2;
constexpr double kOffsetMinimum = 0.05;

// mir_eval rounds distances to 4 decimals before comparing, so that 50 ms counts as 50 ms.
double rounded(double seconds) {
    return std::round(seconds * 1e4) / 1e4;
}

bool matches(const TranscribedNote& reference, const TranscribedNote& estimated, bool withOffsets) {
    if (reference.pitch != estimated.pitch)
        return false;
    if (rounded(std::abs(reference.start - estimated.start)) > kOnsetTolerance)
        return false;
    if (!withOffsets)
        return true;
    const double tolerance = std::max(kOffsetMinimum, kOffsetRatio * (reference.end - reference.start));
    return rounded(std::abs(reference.end - estimated.end)) <= tolerance;
}

} // namespace

NoteScores noteScores(const std::vector<TranscribedNote>& reference, const std::vector<TranscribedNote>& estimated,
                      bool withOffsets) {
    // The candidate pairs, then Kuhn's augmenting paths for the largest matching.
    std::vector<std::vector<std::size_t>> candidates(reference.size());
    for (std::size_t r = 0; r < reference.size(); ++r)
        for (std::size_t e = 0; e < estimated.size(); ++e)
            if (matches(reference[r], estimated[e], withOffsets))
                candidates[r].push_back(e);
    constexpr auto kFree = static_cast<std::size_t>(-1);
    std::vector<std::size_t> matchOf(estimated.size(), kFree);
    std::vector<bool> visited;
    const std::function<bool(std::size_t)> augment = [&](std::size_t r) {
        for (const std::size_t e : candidates[r]) {
            if (visited[e])
                continue;
            visited[e] = true;
            if (matchOf[e] == kFree || augment(matchOf[e])) {
                matchOf[e] = r;
                return true;
            }
        }
        return false;
    };
    NoteScores scores;
    scores.reference = static_cast<int>(reference.size());
    scores.estimated = static_cast<int>(estimated.size());
    for (std::size_t r = 0; r < reference.size(); ++r) {
        visited.assign(estimated.size(), false);
        if (augment(r))
            ++scores.matched;
    }
    if (scores.estimated > 0)
        scores.precision = static_cast<double>(scores.matched) / scores.estimated;
    if (scores.reference > 0)
        scores.recall = static_cast<double>(scores.matched) / scores.reference;
    if (scores.precision + scores.recall > 0)
        scores.f1 = 2 * scores.precision * scores.recall / (scores.precision + scores.recall);
    return scores;
}

int barsWithTheScoresChord(const Score& score, const std::vector<TimedChord>& heard) {
    const auto third = [](const Chord& c) {
        return std::find(c.intervals.begin(), c.intervals.end(), 3) != c.intervals.end() ? 3 : 4;
    };
    int agree = 0;
    for (int bar = 0; bar < score.bars; ++bar) {
        const Tick middle = bar * score.ticksPerBar() + score.ticksPerBar() / 2;
        const Chord& written = score.chordAt(middle);
        const double at = score.secondsAt(middle);
        for (const auto& c : heard)
            if (c.start <= at && at < c.end && c.chord.root == wrapPitchClass(written.root) &&
                third(c.chord) == third(written))
                ++agree;
    }
    return agree;
}

std::vector<TranscribedNote> partNotes(const Score& score, const Part& part) {
    std::vector<TranscribedNote> notes;
    notes.reserve(part.notes.size());
    for (const auto& note : part.notes)
        notes.push_back({score.secondsAt(note.tick),
                         score.secondsAt(note.tick + note.length),
                         note.pitch,
                         note.velocity / 127.0,
                         {}});
    return notes;
}

} // namespace cadenza
