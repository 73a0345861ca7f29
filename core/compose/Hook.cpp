// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/Hook.h"

#include "compose/Harmony.h"

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

constexpr double kOutsideWeight = 0.5;
constexpr double kTonicBonus = 0.3;
constexpr double kDownbeatWeight = 4;
constexpr double kStrongBeatWeight = 2;

const std::vector<const char*>& diatonicTriads(Mode mode) {
    static const std::vector<const char*> major = {"I", "ii", "iii", "IV", "V", "vi"};
    static const std::vector<const char*> minor = {"i", "iv", "v", "bVI", "bIII", "bVII", "V"};
    return mode == Mode::Major ? major : minor;
}

bool inSection(const ScoreSection& section, Tick tick, Tick barTicks) {
    return tick >= section.startBar * barTicks && tick < (section.startBar + section.bars) * barTicks;
}

int median(std::vector<int> pitches) {
    if (pitches.empty())
        return 72;
    std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(pitches.size() / 2), pitches.end());
    return pitches[pitches.size() / 2];
}

} // namespace

std::vector<const ScoreSection*> hookSections(const Score& score) {
    std::vector<const ScoreSection*> found;
    for (const char* kind : {"chorus", "drop"}) {
        for (const auto& section : score.sections)
            if (section.kind == kind)
                found.push_back(&section);
        if (!found.empty())
            return found;
    }
    int energy = 0;
    for (const auto& section : score.sections)
        energy = std::max(energy, section.energy);
    for (const auto& section : score.sections)
        if (section.energy == energy)
            found.push_back(&section);
    return found;
}

void harmonizeHook(Score& score, const Hook& hook) {
    if (hook.bars <= 0)
        return;
    const Tick barTicks = score.ticksPerBar();
    const Tick beatTicks = score.meter.stepsPerBeat() * Score::kTicksPerStep;
    // One chord per bar of the hook.
    std::vector<Chord> perBar;
    for (int bar = 0; bar < hook.bars; ++bar) {
        const Tick from = bar * barTicks;
        const Tick to = from + barTicks;
        double bestScore = -1e9;
        Chord best = parseChordSymbol(score.key.mode == Mode::Major ? "I" : "i", score.key);
        for (const char* symbol : diatonicTriads(score.key.mode)) {
            const Chord chord = parseChordSymbol(symbol, score.key);
            const auto tones = chord.pitchClasses();
            double fit = 0;
            for (const auto& note : hook.notes) {
                const Tick start = std::max(note.tick, from);
                const Tick end = std::min(note.tick + note.length, to);
                if (end <= start)
                    continue;
                double weight = static_cast<double>(end - start) / static_cast<double>(beatTicks);
                if (note.tick == from)
                    weight *= kDownbeatWeight; // the chord must take the note that starts the bar
                else if (note.tick > from && (note.tick - from) % (2 * beatTicks) == 0)
                    weight *= kStrongBeatWeight;
                const bool inside = std::find(tones.begin(), tones.end(), wrapPitchClass(note.pitch)) != tones.end();
                fit += inside ? weight : -kOutsideWeight * weight;
            }
            if ((bar == 0 || bar == hook.bars - 1) && chord.root == score.key.tonic)
                fit += kTonicBonus;
            if (fit > bestScore) {
                bestScore = fit;
                best = chord;
            }
        }
        perBar.push_back(best);
    }
    for (const ScoreSection* section : hookSections(score)) {
        std::erase_if(score.chords, [&](const ChordSpan& span) { return inSection(*section, span.tick, barTicks); });
        for (int b = 0; b < section->bars; ++b)
            score.chords.push_back(
                {(section->startBar + b) * barTicks, barTicks, perBar[static_cast<std::size_t>(b % hook.bars)]});
    }
    std::sort(score.chords.begin(), score.chords.end(),
              [](const ChordSpan& a, const ChordSpan& b) { return a.tick < b.tick; });
}

void placeHook(Score& score, const Hook& hook) {
    if (hook.notes.empty() || hook.bars <= 0)
        return;
    std::vector<Part*> leads;
    for (auto& part : score.parts)
        if (part.role == "lead")
            leads.push_back(&part);
    if (leads.empty())
        return;
    const Tick barTicks = score.ticksPerBar();
    const auto sections = hookSections(score);
    const auto inHookSection = [&](Tick tick) {
        return std::any_of(sections.begin(), sections.end(),
                           [&](const ScoreSection* s) { return inSection(*s, tick, barTicks); });
    };
    // The lead's register outside the hook's sections, and who sings each section: the lead
    // part that played the most there (a genre may give the chorus's lead a sound of its own).
    std::vector<int> elsewhere, sung;
    std::vector<Part*> singers;
    for (const ScoreSection* section : sections) {
        Part* singer = leads.front();
        std::size_t most = 0;
        for (Part* lead : leads) {
            const auto count = static_cast<std::size_t>(
                std::count_if(lead->notes.begin(), lead->notes.end(),
                              [&](const NoteEvent& note) { return inSection(*section, note.tick, barTicks); }));
            if (count > most) {
                most = count;
                singer = lead;
            }
        }
        singers.push_back(singer);
    }
    for (const Part* lead : leads)
        for (const auto& note : lead->notes)
            if (!inHookSection(note.tick))
                elsewhere.push_back(note.pitch);
    for (const auto& note : hook.notes)
        sung.push_back(note.pitch);
    const int shift = 12 * static_cast<int>(std::lround((median(elsewhere) - median(sung)) / 12.0));

    for (Part* lead : leads)
        std::erase_if(lead->notes, [&](const NoteEvent& note) { return inHookSection(note.tick); });
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const Tick start = sections[s]->startBar * barTicks;
        const Tick end = start + sections[s]->bars * barTicks;
        for (Tick repeat = start; repeat < end; repeat += hook.bars * barTicks)
            for (const auto& note : hook.notes) {
                const Tick tick = repeat + note.tick;
                if (tick >= end)
                    break;
                singers[s]->notes.push_back(
                    {tick, std::min(note.length, end - tick), note.pitch + shift, note.velocity});
            }
    }
    for (Part* lead : leads)
        std::stable_sort(lead->notes.begin(), lead->notes.end(),
                         [](const NoteEvent& a, const NoteEvent& b) { return a.tick < b.tick; });
}

} // namespace cadenza
