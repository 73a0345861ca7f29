// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cadenza {

struct Catalog;

// A cue that a prompt matched: which phrase, what it points to, and how strongly.
// Targets are "genre:<id>", "mood:<id>", "tempo:<factor>", "meter:<n/d>" or
// "instrument:<index into Catalog::instrumentCues>".
struct CueMatch {
    std::string phrase;
    std::string target;
    double weight = 0;
};

// The words and phrases that point at genres, moods, tempo, meter and instruments, from
// the catalog's cue lists and, at lower weights, from their WordNet relatives. Matching is
// longest phrase first, so "deep house" is not also read as "house".
class Lexicon {
  public:
    explicit Lexicon(const Catalog& catalog);

    std::vector<CueMatch> match(const std::vector<std::string>& tokens) const;

    // Sums of weights per target id within one kind ("genre", "mood"), best first.
    static std::vector<std::pair<std::string, double>> totals(const std::vector<CueMatch>& matches,
                                                              std::string_view kind);

  private:
    void add(const std::string& phrase, const std::string& target, double weight);
    const std::vector<std::pair<std::string, double>>* find(const std::string& phrase) const;

    std::map<std::string, std::vector<std::pair<std::string, double>>> phrases_;
    std::size_t longestPhrase_ = 1;
};

} // namespace cadenza
