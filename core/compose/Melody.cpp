// SPDX-License-Identifier: GPL-3.0-or-later
// The lead melody: a motif per kind of section, repeated and varied in four-bar phrases,
// chord tones on strong beats, phrase endings on stable degrees. Every chorus replays the
// same hook because it draws from the same random stream over the same progression.

#include "compose/Arrangement.h"

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

constexpr Tick kStep = Score::kTicksPerStep;

struct MotifNote {
    int step = 0;   // onset within the bar
    int length = 2; // in steps
    int move = 0;   // scale steps from the previous note
};

std::vector<MotifNote> makeMotif(Random& random, int stepsPerBar, int stepsPerBeat, double density) {
    const int slots = stepsPerBar / 2; // eighth-note positions
    const int count = std::clamp(static_cast<int>(std::lround(2 + density * 5 + random.uniform(-1, 1))), 2, slots);
    std::vector<int> onsets{random.chance(0.75) ? 0 : 2};
    while (static_cast<int>(onsets.size()) < count) {
        const int candidate = 2 * random.between(0, slots - 1);
        const bool onBeat = candidate % stepsPerBeat == 0;
        if (std::find(onsets.begin(), onsets.end(), candidate) == onsets.end() && (onBeat || random.chance(0.6)))
            onsets.push_back(candidate);
    }
    std::sort(onsets.begin(), onsets.end());
    static const std::vector<int> moves = {-2, -1, -1, 0, 1, 1, 1, 2, -3, 3};
    std::vector<MotifNote> motif;
    for (std::size_t i = 0; i < onsets.size(); ++i) {
        const int next = i + 1 < onsets.size() ? onsets[i + 1] : std::min(stepsPerBar, onsets[i] + 4);
        motif.push_back({onsets[i], std::max(1, next - onsets[i]), i == 0 ? 0 : random.pick(moves)});
    }
    return motif;
}

class MelodyWriter {
  public:
    MelodyWriter(const Arrangement& song, const RoleStyle& role, Part& part)
        : song_(song), role_(role), part_(part), scale_(song.score.key.scale()) {
        tonicBase_ = role.low + 2;
        while (wrapPitchClass(tonicBase_) != song.score.key.tonic)
            ++tonicBase_;
    }

    void writeSection(const std::vector<const BarInfo*>& bars, const std::vector<MotifNote>& motif, Random& random,
                      bool hook) {
        const auto& meter = song_.score.meter;
        const int phraseBars = bars.size() >= 4 ? 4 : static_cast<int>(bars.size());
        degree_ = hook ? random.pick(std::vector<int>{2, 4, 7}) : random.pick(std::vector<int>{0, 2, 4});
        for (std::size_t i = 0; i < bars.size(); ++i) {
            const BarInfo& bar = *bars[i];
            const int inPhrase = static_cast<int>(i) % phraseBars;
            const bool cadence = inPhrase == phraseBars - 1;
            const bool lastPhrase = i + static_cast<std::size_t>(phraseBars) >= bars.size();
            const int lift = inPhrase == 1 ? (hook ? 2 : -1) : 0; // the answer to the first bar
            for (std::size_t n = 0; n < motif.size(); ++n) {
                const auto& note = motif[n];
                if (cadence && note.step >= meter.stepsPerBar() / 2)
                    break;
                degree_ += (n == 0 ? lift : note.move);
                keepInRange();
                int pitch = pitchOf(degree_);
                const bool strong =
                    note.step % meter.stepsPerBeat() == 0 && (note.step == 0 || note.step * 2 == meter.stepsPerBar());
                if (strong)
                    pitch = nearestChordTone(pitch, bar.tick + note.step * kStep);
                Tick length = note.length * kStep - 12;
                if (cadence && note.step + note.length > meter.stepsPerBar() / 2)
                    length = (meter.stepsPerBar() / 2 - note.step) * kStep - 12;
                emit(bar, note.step, std::max<Tick>(kStep / 2, length), pitch, strong ? 96 : 84, random);
            }
            if (cadence) {
                // A long note on a stable degree; the section's last phrase comes home.
                const int half = meter.stepsPerBar() / 2;
                degree_ = stableDegreeNear(degree_, lastPhrase);
                keepInRange();
                emit(bar, half, half * kStep - 24, pitchOf(degree_), 90, random);
            }
            if (inPhrase == phraseBars - 1)
                degree_ = hook ? random.pick(std::vector<int>{2, 4, 7}) : random.pick(std::vector<int>{0, 2, 4});
        }
    }

  private:
    int pitchOf(int degree) const {
        const int octave = static_cast<int>(std::floor(degree / 7.0));
        const int step = degree - octave * 7;
        return tonicBase_ + 12 * octave + wrapPitchClass(scale_[static_cast<std::size_t>(step)] - scale_[0]);
    }

    void keepInRange() {
        while (pitchOf(degree_) > role_.high)
            degree_ -= 7;
        while (pitchOf(degree_) < role_.low)
            degree_ += 7;
    }

    int nearestChordTone(int pitch, Tick tick) const {
        const auto pcs = song_.score.chordAt(tick).pitchClasses();
        for (int distance = 0; distance < 7; ++distance)
            for (const int candidate : {pitch - distance, pitch + distance})
                if (candidate >= role_.low && candidate <= role_.high &&
                    std::find(pcs.begin(), pcs.end(), wrapPitchClass(candidate)) != pcs.end())
                    return candidate;
        return pitch;
    }

    static int stableDegreeNear(int degree, bool tonicOnly) {
        int best = degree;
        int bestDistance = 99;
        for (int candidate = degree - 4; candidate <= degree + 4; ++candidate) {
            const int d = ((candidate % 7) + 7) % 7;
            const bool stable = tonicOnly ? d == 0 : (d == 0 || d == 2 || d == 4);
            if (stable && std::abs(candidate - degree) < bestDistance) {
                best = candidate;
                bestDistance = std::abs(candidate - degree);
            }
        }
        return best;
    }

    void emit(const BarInfo& bar, int step, Tick length, int pitch, int velocity, Random& random) {
        part_.notes.push_back({bar.tick + step * kStep, length, pitch, song_.velocity(velocity, bar, random)});
    }

    const Arrangement& song_;
    const RoleStyle& role_;
    Part& part_;
    std::array<int, 7> scale_;
    int tonicBase_ = 60;
    int degree_ = 0;
};

} // namespace

void writeMelody(const Arrangement& song, const RoleStyle& role, Part& part, Random random) {
    const auto& meter = song.score.meter;
    MelodyWriter writer(song, role, part);
    const ScoreSection* current = nullptr;
    std::vector<const BarInfo*> sectionBars;
    const auto flush = [&] {
        if (!current || sectionBars.empty())
            return;
        const auto& melody = song.catalog.section(current->kind).melody;
        if (melody == "none")
            return;
        // One stream per kind of melody: every chorus draws the same numbers.
        Random stream = random.fork(melody == "hook" ? "hook" : current->kind);
        const auto motif = makeMotif(
            stream, meter.stepsPerBar(), meter.stepsPerBeat(),
            std::clamp(song.genre.melodyDensity + song.mood.densityOffset + (melody == "hook" ? 0.1 : 0.0), 0.0, 1.0));
        writer.writeSection(sectionBars, motif, stream, melody == "hook");
    };
    for (const auto& bar : song.bars) {
        if (bar.section != current) {
            flush();
            current = bar.section;
            sectionBars.clear();
        }
        if (song.plays(role, bar) && !bar.finalBar)
            sectionBars.push_back(&bar);
    }
    flush();
    if (!song.bars.empty() && song.plays(role, song.bars.back())) {
        // The last note: the tonic, held into the tail.
        const auto& last = song.bars.back();
        int tonic = role.low;
        while (wrapPitchClass(tonic) != song.score.key.tonic)
            ++tonic;
        if (tonic + 12 <= role.high)
            tonic += 12;
        part.notes.push_back({last.tick, 2 * song.score.ticksPerBar(), tonic, song.velocity(80, last, random)});
    }
}

} // namespace cadenza
