// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcribe/MelodyLine.h"

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

constexpr double kSameOnset = 0.05; // seconds: notes starting closer than this start together
constexpr double kGhostShare = 0.5; // a later note this much weaker than the one sounding is not the melody
constexpr double kSalient = 0.3;    // of the loudest note: quieter ones are not a mix's top line

} // namespace

std::vector<TranscribedNote> melodyLine(std::vector<TranscribedNote> notes, LineChoice choice) {
    if (choice == LineChoice::Highest && !notes.empty()) {
        double loudest = 0;
        for (const auto& note : notes)
            loudest = std::max(loudest, note.amplitude);
        std::erase_if(notes, [&](const TranscribedNote& note) { return note.amplitude < kSalient * loudest; });
    }
    std::stable_sort(notes.begin(), notes.end(),
                     [](const TranscribedNote& a, const TranscribedNote& b) { return a.start < b.start; });
    std::vector<TranscribedNote> line;
    for (auto& note : notes) {
        if (!line.empty() && note.start < line.back().end) {
            TranscribedNote& previous = line.back();
            const bool stronger = choice == LineChoice::Highest
                                      ? note.pitch > previous.pitch
                                      : note.amplitude > previous.amplitude ||
                                            (note.amplitude == previous.amplitude && note.pitch > previous.pitch);
            if (choice == LineChoice::Highest && note.start - previous.start >= kSameOnset && !stronger)
                continue; // under the top line
            if (note.start - previous.start < kSameOnset) {
                if (stronger)
                    previous = std::move(note); // two notes at once: the stronger (or higher) one only
                continue;
            }
            if (note.amplitude < kGhostShare * previous.amplitude)
                continue;              // a faint note under the one that sounds: a harmonic or a ghost
            previous.end = note.start; // the melody moves on; the note before rings no longer
        }
        line.push_back(std::move(note));
    }
    for (std::size_t i = 1; i + 1 < line.size(); ++i) {
        const int before = line[i].pitch - line[i - 1].pitch;
        const int after = line[i].pitch - line[i + 1].pitch;
        if (before >= 10 && after >= 10)
            line[i].pitch -= 12;
        else if (before <= -10 && after <= -10)
            line[i].pitch += 12;
    }
    return line;
}

Hook quantisedHook(const std::vector<TranscribedNote>& line, int tempo, const Meter& meter, const std::string& source,
                   std::optional<double> downbeat) {
    Hook hook;
    hook.source = source;
    const double secondsPerStep = 60.0 / tempo / 4.0; // a sixteenth
    const auto steps = [&](double seconds) { return static_cast<Tick>(std::lround(seconds / secondsPerStep)); };
    const double origin = downbeat.value_or(line.empty() ? 0 : line.front().start);
    for (const auto& note : line) {
        if (note.start < origin - secondsPerStep / 2)
            continue; // before the first downbeat
        const Tick tick = std::max<Tick>(0, steps(note.start - origin)) * Score::kTicksPerStep;
        const Tick length = std::max<Tick>(1, steps(note.end - note.start)) * Score::kTicksPerStep;
        if (!hook.notes.empty() && tick <= hook.notes.back().tick)
            continue; // rounds onto the note before
        if (!hook.notes.empty())
            hook.notes.back().length = std::min(hook.notes.back().length, tick - hook.notes.back().tick);
        const int velocity = std::clamp(static_cast<int>(std::lround(60 + 60 * note.amplitude)), 40, 120);
        hook.notes.push_back({tick, length, note.pitch, velocity});
    }
    const Tick barTicks = meter.stepsPerBar() * Score::kTicksPerStep;
    const Tick end = hook.notes.empty() ? barTicks : hook.notes.back().tick + hook.notes.back().length;
    hook.bars = std::max<int>(1, static_cast<int>((end + barTicks - 1) / barTicks));
    return hook;
}

} // namespace cadenza
