// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/Music.h"

#include <cctype>
#include <string>

namespace cadenza {
namespace {

std::string lowered(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text)
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string pitchClassName(int pitchClass, bool preferFlats) {
    static constexpr std::array<const char*, 12> sharps = {"C",  "C#", "D",  "D#", "E",  "F",
                                                           "F#", "G",  "G#", "A",  "A#", "B"};
    static constexpr std::array<const char*, 12> flats = {"C",  "Db", "D",  "Eb", "E",  "F",
                                                          "Gb", "G",  "Ab", "A",  "Bb", "B"};
    const auto pc = static_cast<std::size_t>(wrapPitchClass(pitchClass));
    return preferFlats ? flats[pc] : sharps[pc];
}

std::optional<std::pair<int, std::size_t>> parsePitchClass(std::string_view text) {
    static constexpr std::array<int, 7> letterPc = {9, 11, 0, 2, 4, 5, 7}; // a..g
    if (text.empty())
        return std::nullopt;
    const char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    if (letter < 'a' || letter > 'g')
        return std::nullopt;
    int pc = letterPc[static_cast<std::size_t>(letter - 'a')];
    std::size_t used = 1;
    const std::string rest = lowered(text.substr(1));
    if (startsWith(rest, "#") || startsWith(rest, "\xE2\x99\xAF")) { // '#' or U+266F
        ++pc;
        used += rest[0] == '#' ? 1 : 3;
    } else if (startsWith(rest, "\xE2\x99\xAD")) { // U+266D flat sign
        --pc;
        used += 3;
    } else if (startsWith(rest, " sharp") || startsWith(rest, "-sharp")) {
        ++pc;
        used += 6;
    } else if (startsWith(rest, " flat") || startsWith(rest, "-flat")) {
        --pc;
        used += 5;
    } else if (startsWith(rest, "b") && (rest.size() == 1 || !std::isalpha(static_cast<unsigned char>(rest[1])))) {
        --pc;
        used += 1;
    }
    return std::make_pair(wrapPitchClass(pc), used);
}

bool Key::prefersFlats() const {
    // Conventional spellings: flat keys with flats, sharp keys with sharps.
    const int relativeMajor = mode == Mode::Major ? tonic : wrapPitchClass(tonic + 3);
    return relativeMajor == 5 || relativeMajor == 10 || relativeMajor == 3 || relativeMajor == 8 || relativeMajor == 1;
}

std::string Key::name() const {
    return pitchClassName(tonic, prefersFlats()) + (mode == Mode::Major ? " major" : " minor");
}

std::optional<Key> Key::parse(std::string_view text) {
    text = trimmed(text);
    const auto pitch = parsePitchClass(text);
    if (!pitch)
        return std::nullopt;
    const std::string rest = lowered(trimmed(text.substr(pitch->second)));
    Key key{pitch->first, Mode::Major};
    if (rest.empty() || rest == "major" || rest == "maj")
        return key;
    if (rest == "minor" || rest == "min" || rest == "m") {
        key.mode = Mode::Minor;
        return key;
    }
    return std::nullopt;
}

std::array<int, 7> Key::scale() const {
    static constexpr std::array<int, 7> major = {0, 2, 4, 5, 7, 9, 11};
    static constexpr std::array<int, 7> minor = {0, 2, 3, 5, 7, 8, 10};
    std::array<int, 7> out{};
    const auto& steps = mode == Mode::Major ? major : minor;
    for (std::size_t i = 0; i < 7; ++i)
        out[i] = wrapPitchClass(tonic + steps[i]);
    return out;
}

std::string Meter::name() const {
    return std::to_string(numerator) + "/" + std::to_string(denominator);
}

std::optional<Meter> Meter::parse(std::string_view text) {
    text = trimmed(text);
    for (const Meter m : {Meter{2, 4}, Meter{3, 4}, Meter{4, 4}, Meter{6, 8}, Meter{12, 8}}) {
        if (text == m.name())
            return m;
    }
    return std::nullopt;
}

} // namespace cadenza
