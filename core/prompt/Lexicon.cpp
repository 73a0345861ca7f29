// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompt/Lexicon.h"

#include "music/Catalog.h"
#include "prompt/PromptText.h"

#include <algorithm>

namespace cadenza {
namespace {

// Crude English inflection stripping, tried only when a word itself is not a cue:
// "grooves" -> "groove", "dreaming" -> "dream", "relaxing" -> "relax".
std::vector<std::string> stems(const std::string& word) {
    std::vector<std::string> out;
    const auto strip = [&](std::string_view suffix, std::string_view replacement = {}) {
        if (word.size() > suffix.size() + 2 && word.ends_with(suffix))
            out.push_back(word.substr(0, word.size() - suffix.size()) + std::string(replacement));
    };
    strip("s");
    strip("es");
    strip("ing");
    strip("ing", "e");
    strip("ed");
    strip("ed", "e");
    strip("ly");
    strip("ies", "y");
    strip("ier", "y");
    strip("iest", "y");
    return out;
}

std::string joined(const std::vector<std::string>& tokens, std::size_t from, std::size_t count) {
    std::string out;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i > from)
            out.push_back(' ');
        out += tokens[i];
    }
    return out;
}

} // namespace

Lexicon::Lexicon(const Catalog& catalog) {
    for (const auto& genre : catalog.genres) {
        add(genre.id, "genre:" + genre.id, 3);
        add(genre.name, "genre:" + genre.id, 3);
        for (const auto& [phrase, weight] : genre.cues)
            add(phrase, "genre:" + genre.id, weight);
    }
    for (const auto& mood : catalog.moods) {
        add(mood.id, "mood:" + mood.id, 3);
        for (const auto& [phrase, weight] : mood.cues)
            add(phrase, "mood:" + mood.id, weight);
    }
    for (const auto& [phrase, factor] : catalog.tempoCues)
        add(phrase, "tempo:" + std::to_string(factor), 1);
    for (const auto& [phrase, meter] : catalog.meterCues)
        add(phrase, "meter:" + meter, 1);
    for (std::size_t i = 0; i < catalog.instrumentCues.size(); ++i)
        add(catalog.instrumentCues[i].phrase, "instrument:" + std::to_string(i), 1);
    // WordNet relatives only fill in words the catalog does not already define.
    for (const auto& [word, targets] : catalog.expansions)
        if (!phrases_.count(word))
            for (const auto& [target, weight] : targets)
                add(word, target, weight);
}

void Lexicon::add(const std::string& phrase, const std::string& target, double weight) {
    // Phrases are stored in token form so that "lo-fi" and "lo fi" are one phrase.
    std::string key;
    std::size_t words = 0;
    for (const auto& token : tokenizePrompt(phrase)) {
        key += (words++ ? " " : "") + token;
    }
    if (key.empty())
        return;
    auto& entries = phrases_[key];
    const auto existing =
        std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.first == target; });
    if (existing == entries.end())
        entries.emplace_back(target, weight);
    else
        existing->second = std::max(existing->second, weight);
    longestPhrase_ = std::max(longestPhrase_, words);
}

const std::vector<std::pair<std::string, double>>* Lexicon::find(const std::string& phrase) const {
    const auto it = phrases_.find(phrase);
    return it == phrases_.end() ? nullptr : &it->second;
}

std::vector<CueMatch> Lexicon::match(const std::vector<std::string>& tokens) const {
    std::vector<CueMatch> matches;
    std::size_t i = 0;
    while (i < tokens.size()) {
        std::size_t used = 0;
        for (std::size_t n = std::min(longestPhrase_, tokens.size() - i); n >= 1 && !used; --n) {
            const auto phrase = joined(tokens, i, n);
            const auto* entries = find(phrase);
            if (!entries && n == 1) {
                for (const auto& stem : stems(phrase))
                    if ((entries = find(stem)))
                        break;
            }
            if (entries) {
                for (const auto& [target, weight] : *entries)
                    matches.push_back({phrase, target, weight});
                used = n;
            }
        }
        i += used ? used : 1;
    }
    return matches;
}

std::vector<std::pair<std::string, double>> Lexicon::totals(const std::vector<CueMatch>& matches,
                                                            std::string_view kind) {
    std::map<std::string, double> sums;
    const std::string prefix = std::string(kind) + ":";
    for (const auto& m : matches)
        if (m.target.starts_with(prefix))
            sums[m.target.substr(prefix.size())] += m.weight;
    std::vector<std::pair<std::string, double>> out(sums.begin(), sums.end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

} // namespace cadenza
