// SPDX-License-Identifier: GPL-3.0-or-later
// The form of a song: which sections, how many bars each, fitted to the duration.

#include "compose/Arrangement.h"
#include "compose/Harmony.h"

#include <algorithm>
#include <cmath>

namespace cadenza {
std::vector<ScoreSection> planForm(const GenreStyle& genre, const Catalog& catalog, const Meter& meter, int tempo,
                                   double duration) {
    const double barSeconds = meter.quartersPerBar() * 60.0 / tempo;
    // Leave a tail for the last chord to ring and fade: about 6% of the song, 1-3 s.
    const double tail = std::clamp(duration * 0.06, 1.0, 3.0);
    const int available = std::max(1, static_cast<int>(std::floor((duration - tail) / barSeconds)));

    std::vector<SectionPlan> plan = genre.form;
    int planned = 0;
    for (const auto& s : plan)
        planned += s.bars;

    // Long songs repeat the body (the sections between intro and outro) as a whole.
    if (plan.size() > 3) {
        const std::vector<SectionPlan> body(plan.begin() + 1, plan.end() - 1);
        int bodyBars = 0;
        for (const auto& s : body)
            bodyBars += s.bars;
        while (planned + bodyBars * 0.75 <= available) {
            plan.insert(plan.end() - 1, body.begin(), body.end());
            planned += bodyBars;
        }
    }
    // Short songs drop sections until what is left can shrink to fit (sections.json says
    // which go first).
    const auto dispensability = [&](const std::string& kind) { return catalog.section(kind).dispensability; };
    while (plan.size() > 1 && (planned > 4 * available || static_cast<int>(plan.size()) > available)) {
        auto victim = std::max_element(plan.begin(), plan.end(), [&](const auto& a, const auto& b) {
            return dispensability(a.kind) < dispensability(b.kind);
        });
        if (dispensability(victim->kind) == 0) // only hooks left: keep the last one
            victim = plan.begin();
        planned -= victim->bars;
        plan.erase(victim);
    }

    // Scale to the available bars, keeping even lengths where the section is long enough.
    const double scale = static_cast<double>(available) / planned;
    std::vector<int> bars;
    int total = 0;
    for (const auto& s : plan) {
        const double exact = s.bars * scale;
        int n = exact >= 4 ? 2 * static_cast<int>(std::lround(exact / 2)) : static_cast<int>(std::lround(exact));
        n = std::max(1, n);
        bars.push_back(n);
        total += n;
    }
    // Settle the difference: grow the hooks first, shrink the longest sections first.
    while (total != available) {
        const bool grow = total < available;
        std::size_t pick = 0;
        for (std::size_t i = 1; i < bars.size(); ++i) {
            const int di = dispensability(plan[i].kind);
            const int dp = dispensability(plan[pick].kind);
            if (grow ? (di < dp || (di == dp && bars[i] > bars[pick])) : bars[i] > bars[pick])
                pick = i;
        }
        if (!grow && bars[pick] == 1)
            break; // every section is one bar long: nothing left to shrink
        bars[pick] += grow ? 1 : -1;
        total += grow ? 1 : -1;
    }

    std::vector<ScoreSection> sections;
    int start = 0;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        sections.push_back({plan[i].kind, start, bars[i], catalog.section(plan[i].kind).energy});
        start += bars[i];
    }
    return sections;
}

std::vector<ChordSpan> planChords(const GenreStyle& genre, const Catalog& catalog, const Score& score, Random& random) {
    const auto& progressions = score.key.mode == Mode::Major ? genre.majorProgressions : genre.minorProgressions;
    // One progression per slot (verse, chorus, bridge), different from each other when the
    // genre offers enough of them.
    std::map<std::string, std::vector<Chord>> slots;
    std::vector<std::size_t> used;
    for (const char* slot : {"chorus", "verse", "bridge"}) {
        auto choice = static_cast<std::size_t>(random.between(0, static_cast<int>(progressions.size()) - 1));
        for (int attempt = 0; attempt < 8 && std::find(used.begin(), used.end(), choice) != used.end() &&
                              used.size() < progressions.size();
             ++attempt)
            choice = (choice + 1) % progressions.size();
        used.push_back(choice);
        for (const auto& symbol : progressions[choice])
            slots[slot].push_back(parseChordSymbol(symbol, score.key));
    }

    std::vector<ChordSpan> chords;
    const Tick barTicks = score.ticksPerBar();
    const Tick chordTicks = std::max<Tick>(
        barTicks / 2, static_cast<Tick>(std::lround(genre.barsPerChord * static_cast<double>(barTicks))));
    for (const auto& section : score.sections) {
        const auto& progression = slots.at(catalog.section(section.kind).progression);
        const Tick start = section.startBar * barTicks;
        const Tick end = (section.startBar + section.bars) * barTicks;
        std::size_t index = 0;
        for (Tick t = start; t < end; t += chordTicks, ++index)
            chords.push_back({t, std::min(chordTicks, end - t), progression[index % progression.size()]});
    }
    // The song ends at home: the final bar holds the tonic.
    const Tick finalBar = score.musicTicks() - barTicks;
    while (!chords.empty() && chords.back().tick >= finalBar)
        chords.pop_back();
    if (!chords.empty())
        chords.back().length = finalBar - chords.back().tick;
    chords.push_back({finalBar, barTicks, parseChordSymbol(score.key.mode == Mode::Major ? "I" : "i", score.key)});
    return chords;
}

} // namespace cadenza
