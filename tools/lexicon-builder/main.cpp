// SPDX-License-Identifier: GPL-3.0-or-later
// lexicon-builder CATALOG_DIR WORDNET_DIR OUT_JSON
//
// Widens the catalog's cue words with their WordNet relatives, so that a prompt saying
// "tranquil" or "gloomy" finds the mood whose cues say "calm" or "dark". For each single-
// word mood cue and each descriptive genre cue (not the genre's own name), it takes the
// word's most frequent sense in each part of speech and adds that synset's other words
// (synonyms, at half the cue's weight) and the words of its similar-to and derivationally
// related synsets (at a third). Reads Debian's wordnet-base files; writes
// {"word": {"mood:calm": weight, ...}, ...}.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Expansions = std::map<std::string, std::map<std::string, double>>;

struct Synset {
    std::vector<std::string> words;
    std::vector<std::pair<char, std::string>> related; // (pos, offset) of similar/derived synsets
};

class WordNet {
  public:
    explicit WordNet(const fs::path& dir) : dir_(dir) {
        for (const auto& [pos, name] : parts_)
            loadIndex(pos, dir / ("index." + name));
    }

    // The offset of the most frequent sense of `lemma` in each part of speech.
    std::vector<std::pair<char, std::string>> firstSenses(const std::string& lemma) const {
        std::vector<std::pair<char, std::string>> out;
        for (const auto& [pos, index] : index_) {
            const auto it = index.find(lemma);
            if (it != index.end())
                out.emplace_back(pos, it->second);
        }
        return out;
    }

    Synset read(char pos, const std::string& offset) const {
        const char filePos = pos == 's' ? 'a' : pos;
        std::ifstream data(dir_ / ("data." + parts_.at(filePos)));
        data.seekg(std::stoll(offset));
        std::string line;
        std::getline(data, line);
        std::istringstream in(line);
        std::string field, lexFile, type, countHex;
        in >> field >> lexFile >> type >> countHex;
        Synset synset;
        const int count = std::stoi(countHex, nullptr, 16);
        for (int i = 0; i < count; ++i) {
            std::string word, lexId;
            in >> word >> lexId;
            word = word.substr(0, word.find('('));
            std::replace(word.begin(), word.end(), '_', ' ');
            std::transform(word.begin(), word.end(), word.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            synset.words.push_back(word);
        }
        int pointers = 0;
        in >> pointers;
        for (int i = 0; i < pointers; ++i) {
            std::string symbol, target, targetPos, sourceTarget;
            in >> symbol >> target >> targetPos >> sourceTarget;
            if ((symbol == "&" || symbol == "+") && !targetPos.empty())
                synset.related.emplace_back(targetPos[0], target);
        }
        return synset;
    }

  private:
    void loadIndex(char pos, const fs::path& file) {
        std::ifstream in(file);
        if (!in)
            throw std::runtime_error("cannot read " + file.string() + " (install Debian's wordnet-base)");
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == ' ')
                continue; // the licence header
            std::istringstream fields(line);
            std::string lemma, p;
            int synsets = 0, pointerCount = 0;
            fields >> lemma >> p >> synsets >> pointerCount;
            std::string skip;
            for (int i = 0; i < pointerCount; ++i)
                fields >> skip;
            std::string senseCount, tagged, firstOffset;
            fields >> senseCount >> tagged >> firstOffset;
            std::replace(lemma.begin(), lemma.end(), '_', ' ');
            index_[pos][lemma] = firstOffset;
        }
    }

    fs::path dir_;
    const std::map<char, std::string> parts_ = {{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}};
    std::map<char, std::map<std::string, std::string>> index_;
};

void add(Expansions& out, const std::string& word, const std::string& target, double weight) {
    if (word.find(' ') != std::string::npos || word.size() < 3)
        return; // single words only: phrases belong in the hand-written catalog
    double& slot = out[word][target];
    slot = std::max(slot, weight);
}

nlohmann::json readJson(const fs::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in, nullptr, true, true);
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::cerr << "usage: lexicon-builder CATALOG_DIR WORDNET_DIR OUT_JSON\n";
        return 2;
    }
    try {
        const fs::path catalog = argv[1];
        const WordNet wordnet(argv[2]);
        std::vector<std::tuple<std::string, std::string, double>> cues; // word, target, weight
        const auto moods = readJson(catalog / "moods.json");
        for (const auto& mood : moods.at("moods")) {
            const auto target = "mood:" + mood.at("id").get<std::string>();
            cues.emplace_back(mood.at("id").get<std::string>(), target, 3.0);
            for (const auto& [word, weight] : mood.at("cues").items())
                cues.emplace_back(word, target, weight.get<double>());
        }
        for (const auto& entry : fs::directory_iterator(catalog / "genres")) {
            const auto genre = readJson(entry.path());
            const auto target = "genre:" + genre.at("id").get<std::string>();
            for (const auto& [word, weight] : genre.at("cues").items())
                if (weight.get<double>() <= 2.0) // descriptive cues, not the genre's own names
                    cues.emplace_back(word, target, weight.get<double>());
        }
        Expansions out;
        for (const auto& [word, target, weight] : cues) {
            if (word.find(' ') != std::string::npos)
                continue;
            for (const auto& [pos, offset] : wordnet.firstSenses(word)) {
                const Synset synset = wordnet.read(pos, offset);
                for (const auto& synonym : synset.words)
                    if (synonym != word)
                        add(out, synonym, target, weight * 0.5);
                for (const auto& [relatedPos, relatedOffset] : synset.related)
                    for (const auto& relative : wordnet.read(relatedPos, relatedOffset).words)
                        if (relative != word)
                            add(out, relative, target, weight / 3);
            }
        }
        // Round weights so the file is stable and readable.
        nlohmann::json json = nlohmann::json::object();
        for (const auto& [word, targets] : out)
            for (const auto& [target, weight] : targets)
                json[word][target] = std::round(weight * 100) / 100;
        fs::create_directories(fs::path(argv[3]).parent_path());
        const auto temporary = fs::path(argv[3]).string() + ".part";
        std::ofstream(temporary) << json.dump(1) << "\n";
        fs::rename(temporary, argv[3]);
        std::cout << "lexicon-builder: " << out.size() << " words from " << cues.size() << " cues\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "lexicon-builder: " << e.what() << "\n";
        return 1;
    }
}
