// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcribe/NoteHarmony.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace cadenza {
namespace {

constexpr double kOutsidePenalty = 0.6; // weight outside a chord counts against it this much
constexpr double kBassBonus = 0.15;     // of the beat's weight, when the bass is the root
constexpr double kMissingPenalty = 0.1; // of the beat's weight, per chord tone that is silent
constexpr double kSilentBeat = 0.02;    // seconds of note weight under which a beat has no chord

const std::vector<std::vector<int>>& templates() {
    static const std::vector<std::vector<int>> shapes = {{0, 4, 7},     {0, 3, 7}, {0, 4, 7, 10}, {0, 4, 7, 11},
                                                         {0, 3, 7, 10}, {0, 3, 6}, {0, 5, 7}};
    return shapes;
}

// The weight of each pitch class in [from, to), and the bass's.
struct BeatWeights {
    std::array<double, 12> classes{};
    int bass = -1;
    double total = 0;
};

BeatWeights weigh(const std::vector<TranscribedNote>& notes, double from, double to) {
    BeatWeights w;
    int lowest = 128;
    double lowestWeight = 0;
    for (const auto& note : notes) {
        const double overlap = std::min(note.end, to) - std::max(note.start, from);
        if (overlap <= 0)
            continue;
        const double weight = overlap * std::max(note.amplitude, 0.05);
        w.classes[static_cast<std::size_t>(wrapPitchClass(note.pitch))] += weight;
        w.total += weight;
        if (note.pitch < lowest) {
            lowest = note.pitch;
            lowestWeight = weight;
        }
    }
    if (lowest < 128) {
        w.bass = wrapPitchClass(lowest);
        w.classes[static_cast<std::size_t>(w.bass)] += lowestWeight;
        w.total += lowestWeight;
    }
    return w;
}

Chord bestChord(const BeatWeights& w) {
    Chord best;
    double bestScore = -1e9;
    const double peak = *std::max_element(w.classes.begin(), w.classes.end());
    for (int root = 0; root < 12; ++root)
        for (const auto& shape : templates()) {
            double inside = 0;
            int silent = 0;
            for (const int interval : shape) {
                const double weight = w.classes[static_cast<std::size_t>(wrapPitchClass(root + interval))];
                inside += weight;
                silent += weight < 0.1 * peak ? 1 : 0;
            }
            double score = inside - kOutsidePenalty * (w.total - inside) - kMissingPenalty * w.total * silent;
            if (w.bass == root)
                score += kBassBonus * w.total;
            if (score > bestScore) {
                bestScore = score;
                best.root = root;
                best.intervals = shape;
            }
        }
    return best;
}

} // namespace

std::vector<TimedChord> chordsFromNotes(const std::vector<TranscribedNote>& notes, const std::vector<double>& beats,
                                        double seconds) {
    std::vector<double> grid = beats;
    if (grid.size() < 2) {
        grid.clear();
        for (double t = 0; t < seconds; t += 0.5) // 120 BPM
            grid.push_back(t);
    }
    if (grid.front() > 0)
        grid.insert(grid.begin(), 0.0);
    if (grid.back() < seconds)
        grid.push_back(seconds);

    std::vector<TimedChord> chords;
    for (std::size_t b = 0; b + 1 < grid.size(); ++b) {
        const BeatWeights weights = weigh(notes, grid[b], grid[b + 1]);
        if (weights.total < kSilentBeat) {
            if (!chords.empty())
                chords.back().end = grid[b + 1];
            continue;
        }
        const Chord chord = bestChord(weights);
        if (!chords.empty() && chords.back().chord.root == chord.root &&
            chords.back().chord.intervals == chord.intervals) {
            chords.back().end = grid[b + 1];
            continue;
        }
        chords.push_back({chords.empty() ? 0.0 : grid[b], grid[b + 1], chord});
    }
    return chords;
}

KeyEstimate keyFromNotes(const std::vector<TranscribedNote>& notes) {
    std::array<double, 12> chroma{};
    for (const auto& note : notes)
        chroma[static_cast<std::size_t>(wrapPitchClass(note.pitch))] +=
            (note.end - note.start) * std::max(note.amplitude, 0.05);
    return keyFromChroma(chroma);
}

} // namespace cadenza
