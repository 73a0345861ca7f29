// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompt/PromptText.h"

#include <cctype>
#include <cmath>
#include <regex>

namespace cadenza {
namespace {

bool isWordByte(unsigned char c) {
    return std::isalnum(c) || c >= 0x80 || c == '#';
}

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<int> parseTempo(const std::string& text) {
    static const std::regex bpm(R"((\d{1,4}(?:\.\d+)?)\s*bpm\b)", std::regex::icase);
    static const std::regex at(R"(\b(?:at|tempo)\s+(\d{2,3})\b(?!\s*[:/%]|\s*(?:sec|min|s\b|hz)))", std::regex::icase);
    std::smatch m;
    if (std::regex_search(text, m, bpm) || std::regex_search(text, m, at))
        return static_cast<int>(std::lround(std::stod(m[1].str())));
    return std::nullopt;
}

std::optional<Key> parseKey(const std::string& original) {
    // With a mode: "A minor", "F# major", "Bb min", "C sharp minor", "Eb-minor".
    static const std::regex withMode(
        R"((?:^|[^A-Za-z])([A-Ga-g](?:#|b|\xE2\x99\xAF|\xE2\x99\xAD|[ -]sharp|[ -]flat)?)[ -]?(major|minor|maj|min)\b)",
        std::regex::icase);
    // Without a mode only after "in" and with a capital letter: "in G" but not "in a car".
    static const std::regex bare(R"(\bin ([A-G](?:#|b|\xE2\x99\xAF|\xE2\x99\xAD)?)(?![A-Za-z0-9/]))");
    std::smatch m;
    if (std::regex_search(original, m, withMode))
        return Key::parse(m[1].str() + " " + lowered(m[2].str()));
    if (std::regex_search(original, m, bare))
        return Key::parse(m[1].str());
    return std::nullopt;
}

std::optional<Meter> parseMeter(const std::string& text) {
    static const std::regex meter(R"((?:^|[^\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/]))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), meter); it != std::sregex_iterator(); ++it) {
        if (auto parsed = Meter::parse((*it)[1].str() + "/" + (*it)[2].str()))
            return parsed;
    }
    return std::nullopt;
}

std::optional<double> parseDuration(const std::string& text) {
    static const std::regex clock(R"((?:^|[^\d:])(\d{1,2}):([0-5]\d)(?![\d:]))");
    static const std::regex minutes(R"((\d+(?:\.\d+)?)\s*(?:minutes?|mins?)\b)", std::regex::icase);
    static const std::regex seconds(R"((\d+(?:\.\d+)?)\s*(?:seconds?|secs?)\b)", std::regex::icase);
    static const std::regex aMinute(R"(\b(?:a|one) minute\b)", std::regex::icase);
    std::smatch m;
    double total = 0;
    bool found = false;
    if (std::regex_search(text, m, clock))
        return std::stod(m[1].str()) * 60 + std::stod(m[2].str());
    if (std::regex_search(text, m, minutes)) {
        total += std::stod(m[1].str()) * 60;
        found = true;
    } else if (std::regex_search(text, m, aMinute)) {
        total += 60;
        found = true;
    }
    if (std::regex_search(text, m, seconds)) { // "2 minutes 30 seconds" adds up
        total += std::stod(m[1].str());
        found = true;
    }
    return found ? std::optional<double>(total) : std::nullopt;
}

} // namespace

std::vector<std::string> tokenizePrompt(std::string_view prompt) {
    std::vector<std::string> tokens;
    std::string current;
    for (const char ch : prompt) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\'')
            continue;
        if (isWordByte(c)) {
            current.push_back(static_cast<char>(std::tolower(c)));
        } else if (!current.empty()) {
            tokens.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        tokens.push_back(std::move(current));
    return tokens;
}

ExplicitValues parseExplicitValues(std::string_view prompt) {
    const std::string text(prompt);
    return {parseTempo(text), parseKey(text), parseMeter(text), parseDuration(text)};
}

} // namespace cadenza
