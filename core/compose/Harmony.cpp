// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/Harmony.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>

namespace cadenza {

Chord parseChordSymbol(std::string_view symbol, const Key& key) {
    Chord chord;
    chord.symbol = std::string(symbol);
    std::string_view s = symbol;
    int alteration = 0;
    if (!s.empty() && (s.front() == 'b' || s.front() == '#')) {
        alteration = s.front() == 'b' ? -1 : 1;
        s.remove_prefix(1);
    }
    static constexpr std::array<std::pair<std::string_view, int>, 7> numerals = {
        {{"vii", 11}, {"iii", 4}, {"vi", 9}, {"iv", 5}, {"ii", 2}, {"v", 7}, {"i", 0}}};
    int offset = -1;
    bool minor = false;
    for (const auto& [numeral, semitones] : numerals) {
        const auto head = s.substr(0, numeral.size());
        std::string lower(head);
        for (auto& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == numeral) {
            const bool allLower = std::all_of(head.begin(), head.end(),
                                              [](char c) { return std::islower(static_cast<unsigned char>(c)); });
            const bool allUpper = std::all_of(head.begin(), head.end(),
                                              [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
            if (!allLower && !allUpper)
                continue;
            offset = semitones;
            minor = allLower;
            s.remove_prefix(numeral.size());
            break;
        }
    }
    if (offset < 0)
        throw std::runtime_error("chord symbol '" + std::string(symbol) + "' has no Roman numeral");
    chord.root = wrapPitchClass(key.tonic + offset + alteration);
    const std::string suffix(s);
    const int third = minor ? 3 : 4;
    if (suffix.empty())
        chord.intervals = {0, third, 7};
    else if (suffix == "7")
        chord.intervals = {0, third, 7, 10};
    else if (suffix == "maj7")
        chord.intervals = {0, third, 7, 11};
    else if (suffix == "9")
        chord.intervals = {0, third, 7, 10, 14};
    else if (suffix == "7b5")
        chord.intervals = {0, 3, 6, 10};
    else if (suffix == "dim")
        chord.intervals = {0, 3, 6};
    else if (suffix == "sus2")
        chord.intervals = {0, 2, 7};
    else if (suffix == "sus4")
        chord.intervals = {0, 5, 7};
    else if (suffix == "6")
        chord.intervals = {0, third, 7, 9};
    else
        throw std::runtime_error("chord symbol '" + std::string(symbol) + "' has an unknown suffix '" + suffix + "'");
    return chord;
}

std::vector<int> voiceLead(const Chord& chord, const std::vector<int>& previous, int low, int high) {
    // Up to four voices: a ninth replaces the fifth so that colour survives in four notes.
    std::vector<int> pcs = chord.pitchClasses();
    if (pcs.size() > 4)
        pcs.erase(pcs.begin() + 2);
    std::vector<int> best;
    double bestCost = std::numeric_limits<double>::max();
    const double centre = (low + high) / 2.0;
    for (std::size_t inversion = 0; inversion < pcs.size(); ++inversion) {
        for (int bass = low; bass < low + 12; ++bass) {
            if (wrapPitchClass(bass) != pcs[inversion])
                continue;
            std::vector<int> voicing{bass};
            for (std::size_t k = 1; k < pcs.size(); ++k) {
                int note = voicing.back() + 1;
                while (wrapPitchClass(note) != pcs[(inversion + k) % pcs.size()])
                    ++note;
                voicing.push_back(note);
            }
            if (voicing.back() > high)
                continue;
            double cost = 0;
            if (previous.size() == voicing.size()) {
                for (std::size_t k = 0; k < voicing.size(); ++k)
                    cost += std::abs(voicing[k] - previous[k]);
            } else {
                double mean = 0;
                for (const int n : voicing)
                    mean += n;
                cost = std::abs(mean / static_cast<double>(voicing.size()) - centre) * 2;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = voicing;
            }
        }
    }
    if (best.empty()) // the range is too narrow for close position: stack from the bottom
        for (const int pc : pcs)
            best.push_back(low + wrapPitchClass(pc - low));
    std::sort(best.begin(), best.end());
    return best;
}

} // namespace cadenza
