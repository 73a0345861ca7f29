// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcribe/NoteCreation.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

namespace cadenza {
namespace {

constexpr int kKeys = Posteriorgrams::kKeys;
constexpr int kBins = Posteriorgrams::kContourBins;
constexpr int kBinsPerSemitone = kBins / kKeys;
constexpr int kFramesPerWindow = 172;       // the reference's ANNOT_N_FRAMES
constexpr int kSamplesPerWindow = 43844;    // AUDIO_N_SAMPLES
constexpr double kAlignmentOffset = 0.0018; // MAGIC_ALIGNMENT_OFFSET
constexpr int kBendTolerance = 25;          // contour bins either side of the note
constexpr double kBendGaussianStd = 5;

// A frames x 88 matrix of doubles, row-major.
class KeyMatrix {
  public:
    explicit KeyMatrix(int frames) : frames_(frames), cells_(static_cast<std::size_t>(frames) * kKeys, 0.0) {}
    double& at(int frame, int key) { return cells_[static_cast<std::size_t>(frame) * kKeys + key]; }
    double at(int frame, int key) const { return cells_[static_cast<std::size_t>(frame) * kKeys + key]; }
    int frames() const { return frames_; }

  private:
    int frames_;
    std::vector<double> cells_;
};

// The onset posterior, raised where the note posterior jumps up over one or two frames
// (get_infered_onsets), scaled so that both have the same maximum.
KeyMatrix inferredOnsets(const Posteriorgrams& p) {
    KeyMatrix jumps(p.frames);
    double maxOnset = 0;
    double maxJump = 0;
    for (int t = 0; t < p.frames; ++t) {
        for (int k = 0; k < kKeys; ++k) {
            maxOnset = std::max(maxOnset, static_cast<double>(p.onsetAt(t, k)));
            if (t < 2)
                continue;
            const double now = p.noteAt(t, k);
            const double jump = std::min(now - p.noteAt(t - 1, k), now - p.noteAt(t - 2, k));
            jumps.at(t, k) = std::max(jump, 0.0);
            maxJump = std::max(maxJump, jumps.at(t, k));
        }
    }
    KeyMatrix onsets(p.frames);
    for (int t = 0; t < p.frames; ++t)
        for (int k = 0; k < kKeys; ++k) {
            const double scaled = maxJump > 0 ? maxOnset * jumps.at(t, k) / maxJump : 0.0;
            onsets.at(t, k) = std::max(static_cast<double>(p.onsetAt(t, k)), scaled);
        }
    return onsets;
}

// The strongest remaining cell, as numpy's argmax finds it (the first in row-major order
// among equals), kept in a tournament tree over the frames so that clearing a note's cells
// costs only the rows it touched.
class StrongestCell {
  public:
    explicit StrongestCell(const KeyMatrix& energy) : energy_(energy), rows_(energy.frames()) {
        size_ = 1;
        while (size_ < rows_)
            size_ *= 2;
        best_.assign(2 * static_cast<std::size_t>(size_), Entry{});
        for (int t = 0; t < rows_; ++t)
            refreshRow(t);
    }

    struct Entry {
        double value = -1;
        int frame = -1;
        int key = -1;
    };
    const Entry& best() const { return best_[1]; }

    void refreshRows(int from, int to) {
        for (int t = std::max(from, 0); t <= std::min(to, rows_ - 1); ++t)
            refreshRow(t);
    }

  private:
    static const Entry& stronger(const Entry& a, const Entry& b) {
        if (b.frame < 0)
            return a;
        if (a.frame < 0)
            return b;
        if (a.value != b.value)
            return a.value > b.value ? a : b;
        return a.frame < b.frame ? a : b;
    }

    void refreshRow(int t) {
        Entry row{energy_.at(t, 0), t, 0};
        for (int k = 1; k < kKeys; ++k)
            if (energy_.at(t, k) > row.value)
                row = Entry{energy_.at(t, k), t, k};
        auto node = static_cast<std::size_t>(size_) + static_cast<std::size_t>(t);
        best_[node] = row;
        for (node /= 2; node >= 1; node /= 2)
            best_[node] = stronger(best_[2 * node], best_[2 * node + 1]);
    }

    const KeyMatrix& energy_;
    int rows_;
    int size_ = 1;
    std::vector<Entry> best_;
};

void clearNeighbours(KeyMatrix& energy, int frame, int key) {
    if (key < kKeys - 1)
        energy.at(frame, key + 1) = 0;
    if (key > 0)
        energy.at(frame, key - 1) = 0;
}

double meanNote(const Posteriorgrams& p, int from, int to, int key) {
    double sum = 0;
    for (int t = from; t < to; ++t)
        sum += p.noteAt(t, key);
    return to > from ? sum / (to - from) : 0.0;
}

struct FrameNote {
    int start = 0;
    int end = 0;
    int key = 0;
    double amplitude = 0;
};

// output_to_notes_polyphonic, with frames as indices.
std::vector<FrameNote> frameNotes(const Posteriorgrams& p, const NoteOptions& options) {
    const int n = p.frames;
    const int minFrames = minNoteFrames(options.minNoteMs);
    const double threshold = options.frameThreshold;
    const int tolerance = options.energyTolerance;

    KeyMatrix onsets(n);
    if (options.inferOnsets)
        onsets = inferredOnsets(p);
    else
        for (int t = 0; t < n; ++t)
            for (int k = 0; k < kKeys; ++k)
                onsets.at(t, k) = p.onsetAt(t, k);

    KeyMatrix energy(n);
    for (int t = 0; t < n; ++t)
        for (int k = 0; k < kKeys; ++k)
            energy.at(t, k) = p.noteAt(t, k);

    // Onsets: strict peaks in time (scipy's argrelmax, never at the ends) at or above the
    // threshold, visited from the last frame back, and from the highest key down.
    std::vector<FrameNote> notes;
    for (int t = n - 2; t >= 1; --t) {
        for (int k = kKeys - 1; k >= 0; --k) {
            const double value = onsets.at(t, k);
            const bool peak = value > onsets.at(t - 1, k) && value > onsets.at(t + 1, k);
            if (!peak || value < options.onsetThreshold)
                continue;
            int i = t + 1;
            int below = 0;
            while (i < n - 1 && below < tolerance) {
                below = energy.at(i, k) < threshold ? below + 1 : 0;
                ++i;
            }
            i -= below;
            if (i - t <= minFrames)
                continue;
            for (int f = t; f < i; ++f) {
                energy.at(f, k) = 0;
                clearNeighbours(energy, f, k);
            }
            notes.push_back({t, i, k, meanNote(p, t, i, k)});
        }
    }
    if (!options.melodiaTrick)
        return notes;

    // The melodia trick: grow notes from the strongest energy left, forward and backward.
    StrongestCell strongest(energy);
    while (n > 0 && strongest.best().value > threshold) {
        const int middle = strongest.best().frame;
        const int k = strongest.best().key;
        energy.at(middle, k) = 0;

        int i = middle + 1;
        int below = 0;
        while (i < n - 1 && below < tolerance) {
            below = energy.at(i, k) < threshold ? below + 1 : 0;
            energy.at(i, k) = 0;
            clearNeighbours(energy, i, k);
            ++i;
        }
        const int end = i - 1 - below;
        const int lastTouched = i - 1;

        i = middle - 1;
        below = 0;
        while (i > 0 && below < tolerance) {
            below = energy.at(i, k) < threshold ? below + 1 : 0;
            energy.at(i, k) = 0;
            clearNeighbours(energy, i, k);
            --i;
        }
        const int start = i + 1 + below;
        const int firstTouched = i + 1;
        strongest.refreshRows(std::min(firstTouched, middle), std::max(lastTouched, middle));

        if (end - start <= minFrames)
            continue;
        notes.push_back({start, end, k, meanNote(p, start, end, k)});
    }
    return notes;
}

// get_pitch_bends: per frame, the strongest contour bin within 25 bins (8 1/3 semitones) of
// the note, weighted by a Gaussian around it, as an offset in thirds of a semitone.
std::vector<int> pitchBends(const Posteriorgrams& p, const FrameNote& note) {
    const int pitch = note.key + Posteriorgrams::kLowestPitch;
    const double hz = 440.0 * std::pow(2.0, (pitch - 69) / 12.0);
    const int centre = static_cast<int>(std::lround(12.0 * kBinsPerSemitone * std::log2(hz / 27.5)));
    const int firstBin = std::max(centre - kBendTolerance, 0);
    const int endBin = std::min(kBins, centre + kBendTolerance + 1);
    const int gaussianStart = std::max(0, kBendTolerance - centre);
    const int shift = kBendTolerance - gaussianStart;
    std::vector<int> bends;
    bends.reserve(static_cast<std::size_t>(std::max(note.end - note.start, 0)));
    for (int t = note.start; t < note.end; ++t) {
        int bestBin = 0;
        double bestValue = -1;
        for (int b = firstBin; b < endBin; ++b) {
            const double n = gaussianStart + (b - firstBin) - kBendTolerance;
            const double weight = std::exp(-0.5 * (n / kBendGaussianStd) * (n / kBendGaussianStd));
            const double value = p.contourAt(t, b) * weight;
            if (value > bestValue) {
                bestValue = value;
                bestBin = b - firstBin;
            }
        }
        bends.push_back(bestBin - shift);
    }
    return bends;
}

} // namespace

int minNoteFrames(double minNoteMs) {
    // np.round rounds half to even, as std::nearbyint does in the default rounding mode.
    return static_cast<int>(
        std::nearbyint(minNoteMs / 1000.0 * (static_cast<double>(Posteriorgrams::kSampleRate) / Posteriorgrams::kHop)));
}

double frameTime(int frame) {
    constexpr double hopSeconds = static_cast<double>(Posteriorgrams::kHop) / Posteriorgrams::kSampleRate;
    const double windowOffset =
        hopSeconds * (kFramesPerWindow - static_cast<double>(kSamplesPerWindow) / Posteriorgrams::kHop) +
        kAlignmentOffset;
    return frame * hopSeconds - windowOffset * std::floor(static_cast<double>(frame) / kFramesPerWindow);
}

std::vector<TranscribedNote> notesFromPosteriorgrams(const Posteriorgrams& posteriorgrams, const NoteOptions& options) {
    std::vector<TranscribedNote> notes;
    for (const FrameNote& note : frameNotes(posteriorgrams, options))
        notes.push_back({frameTime(note.start), frameTime(note.end), note.key + Posteriorgrams::kLowestPitch,
                         note.amplitude, pitchBends(posteriorgrams, note)});
    return notes;
}

} // namespace cadenza
