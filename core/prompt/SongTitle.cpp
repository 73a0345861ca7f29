// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompt/SongTitle.h"

#include "music/Catalog.h"
#include "prompt/Lexicon.h"
#include "prompt/PromptText.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace cadenza {
namespace {

// Words that say nothing a title could use: grammar, the music itself, keys and lengths.
const std::set<std::string, std::less<>> kPlainWords = {
    "a",    "an",    "the",     "and",    "or",           "with",  "without", "for",    "in",   "at",
    "of",   "on",    "to",      "from",   "by",           "into",  "like",    "about",  "some", "very",
    "song", "songs", "track",   "tune",   "music",        "piece", "beat",    "beats",  "bpm",  "style",
    "vibe", "vibes", "major",   "minor",  "sharp",        "flat",  "b",       "c",      "d",    "e",
    "f",    "g",     "seconds", "second", "secs",         "sec",   "minutes", "minute", "mins", "min",
    "long", "short", "bars",    "bar",    "instrumental", "feel",  "sound",   "sounds", "type", "kind"};

// Words after which a prompt names its subject.
const std::set<std::string, std::less<>> kPrepositions = {"with", "for", "of", "about", "like"};

// The cue weight from which a word is taken to name the genre or the mood itself.
constexpr double kNamingWeight = 2;

bool isNumber(const std::string& word) {
    return std::all_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::string capitalised(std::string_view text) {
    static const std::set<std::string, std::less<>> small = {"and", "of", "the", "a", "n"};
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(' ', start), text.size());
        std::string word(text.substr(start, end - start));
        if (!word.empty() && !(start > 0 && small.contains(word)))
            for (std::size_t i = 0; i < word.size(); ++i) // after a hyphen too: "Lo-Fi"
                if (i == 0 || word[i - 1] == '-')
                    word[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[i])));
        out += (out.empty() ? "" : " ") + word;
        start = end + 1;
    }
    return out;
}

} // namespace

std::string songTitle(std::string_view prompt, std::string_view genre, std::string_view mood, const Catalog& catalog) {
    const auto tokens = tokenizePrompt(prompt);
    std::set<std::string, std::less<>> named; // words of the genre, the mood and the tempo
    const auto addWords = [&](std::string_view phrase) {
        for (auto& word : tokenizePrompt(phrase))
            named.insert(std::move(word));
    };
    for (const auto& match : Lexicon(catalog).match(tokens))
        if (match.target.starts_with("tempo:") || match.target.starts_with("meter:") ||
            ((match.target.starts_with("genre:") || match.target.starts_with("mood:")) &&
             match.weight >= kNamingWeight))
            addWords(match.phrase);
    const GenreStyle* genreStyle = catalog.findGenre(genre);
    // "cinematic/orchestral" is filed under its first name.
    const std::string fullName = genreStyle ? genreStyle->name : std::string(genre);
    const std::string genreName = fullName.substr(0, fullName.find('/'));
    addWords(fullName);
    addWords(genre);
    addWords(mood);

    // Runs of usable words, at most their last two each. The subject usually follows a
    // preposition ("with gated drums", "for studying"), so such a run counts one word more;
    // the longest wins, the later on a tie.
    std::vector<std::string> cue;
    std::size_t cueScore = 0;
    std::vector<std::string> run;
    bool runIsSubject = false;
    bool afterPreposition = false;
    const auto closeRun = [&] {
        if (run.size() > 2)
            run.erase(run.begin(), run.end() - 2);
        const std::size_t score = run.size() + (runIsSubject ? 1 : 0);
        if (!run.empty() && score >= cueScore) {
            cue = run;
            cueScore = score;
        }
        run.clear();
    };
    for (const auto& token : tokens) {
        const bool usable = !named.contains(token) && !kPlainWords.contains(token) && !isNumber(token);
        if (usable) {
            if (run.empty())
                runIsSubject = afterPreposition;
            run.push_back(token);
        } else {
            closeRun();
            afterPreposition = kPrepositions.contains(token);
        }
    }
    closeRun();

    std::string words;
    for (const auto& word : cue)
        words += (words.empty() ? "" : " ") + word;
    const std::string style = capitalised(mood.empty() ? genreName : std::string(mood) + " " + genreName);
    return words.empty() ? style : capitalised(words) + " – " + style;
}

} // namespace cadenza
