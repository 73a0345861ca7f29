// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/ScoreJson.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace cadenza {

namespace {

using nlohmann::json;

constexpr int kFormat = 1;

} // namespace

std::string scoreToJson(const Score& score) {
    json sections = json::array();
    for (const auto& s : score.sections)
        sections.push_back({{"kind", s.kind}, {"start_bar", s.startBar}, {"bars", s.bars}, {"energy", s.energy}});
    json chords = json::array();
    for (const auto& c : score.chords)
        chords.push_back({{"tick", c.tick},
                          {"length", c.length},
                          {"symbol", c.chord.symbol},
                          {"root", c.chord.root},
                          {"intervals", c.chord.intervals}});
    json parts = json::array();
    for (const auto& p : score.parts) {
        // Notes as [tick, length, pitch, velocity] and bends as [tick, value]: a song's
        // thousands of events stay readable and small.
        json notes = json::array();
        for (const auto& n : p.notes)
            notes.push_back({n.tick, n.length, n.pitch, n.velocity});
        json bends = json::array();
        for (const auto& b : p.bends)
            bends.push_back({b.tick, b.value});
        parts.push_back({{"role", p.role},
                         {"group", p.group},
                         {"sound", p.sound},
                         {"program", p.program},
                         {"channel", p.channel},
                         {"volume", p.volume},
                         {"pan", p.pan},
                         {"reverb", p.reverb},
                         {"chorus", p.chorus},
                         {"bend_range", p.bendRange},
                         {"notes", notes},
                         {"bends", bends}});
    }
    const json j = {{"format", kFormat},
                    {"ticks_per_quarter", Score::kTicksPerQuarter},
                    {"tempo", score.tempo},
                    {"meter", score.meter.name()},
                    {"key", score.key.name()},
                    {"bars", score.bars},
                    {"duration", score.durationSeconds},
                    {"sections", sections},
                    {"chords", chords},
                    {"parts", parts}};
    return j.dump();
}

Score scoreFromJson(const std::string& text) {
    try {
        const json j = json::parse(text);
        if (j.at("format").get<int>() != kFormat)
            throw std::runtime_error("score.json: format " + j.at("format").dump() + " is not one this build reads");
        if (j.at("ticks_per_quarter").get<Tick>() != Score::kTicksPerQuarter)
            throw std::runtime_error("score.json: ticks_per_quarter is not " + std::to_string(Score::kTicksPerQuarter));
        Score score;
        score.tempo = j.at("tempo").get<int>();
        const auto meter = Meter::parse(j.at("meter").get<std::string>());
        const auto key = Key::parse(j.at("key").get<std::string>());
        if (!meter || !key || score.tempo <= 0)
            throw std::runtime_error("score.json: tempo, meter or key is not valid");
        score.meter = *meter;
        score.key = *key;
        score.bars = j.at("bars").get<int>();
        score.durationSeconds = j.at("duration").get<double>();
        for (const auto& s : j.at("sections"))
            score.sections.push_back({s.at("kind").get<std::string>(), s.at("start_bar").get<int>(),
                                      s.at("bars").get<int>(), s.at("energy").get<int>()});
        for (const auto& c : j.at("chords"))
            score.chords.push_back({c.at("tick").get<Tick>(), c.at("length").get<Tick>(),
                                    Chord{c.at("symbol").get<std::string>(), c.at("root").get<int>(),
                                          c.at("intervals").get<std::vector<int>>()}});
        for (const auto& p : j.at("parts")) {
            Part part;
            part.role = p.at("role").get<std::string>();
            part.group = p.at("group").get<std::string>();
            part.sound = p.at("sound").get<std::string>();
            part.program = p.at("program").get<int>();
            part.channel = p.at("channel").get<int>();
            part.volume = p.at("volume").get<int>();
            part.pan = p.at("pan").get<int>();
            part.reverb = p.at("reverb").get<int>();
            part.chorus = p.at("chorus").get<int>();
            part.bendRange = p.at("bend_range").get<int>();
            for (const auto& n : p.at("notes"))
                part.notes.push_back(
                    {n.at(0).get<Tick>(), n.at(1).get<Tick>(), n.at(2).get<int>(), n.at(3).get<int>()});
            for (const auto& b : p.at("bends"))
                part.bends.push_back({b.at(0).get<Tick>(), b.at(1).get<int>()});
            score.parts.push_back(std::move(part));
        }
        return score;
    } catch (const json::exception& e) {
        throw std::runtime_error(std::string("score.json: ") + e.what());
    }
}

} // namespace cadenza
