// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/Catalog.h"

#include "base/UserError.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace cadenza {
namespace {

using nlohmann::json;

json readJson(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open catalog file " + path.string());
    try {
        return json::parse(in, nullptr, true, /*ignore_comments=*/true);
    } catch (const json::exception& e) {
        throw std::runtime_error("catalog file " + path.string() + " is not valid JSON: " + e.what());
    }
}

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::map<std::string, double> readCues(const json& j) {
    std::map<std::string, double> cues;
    if (j.contains("cues"))
        for (const auto& [phrase, weight] : j.at("cues").items())
            cues[lowered(phrase)] = weight.get<double>();
    return cues;
}

std::vector<DrumLine> readGroove(const json& j) {
    std::vector<DrumLine> lines;
    for (const auto& [drum, spec] : j.items()) {
        // A plain string plays whenever the drums play; an object sets its energy.
        const auto addLine = [&](const json& line) {
            if (line.is_string())
                lines.push_back({drum, line.get<std::string>(), 1});
            else
                lines.push_back({drum, line.at("pattern").get<std::string>(), line.value("from", 1)});
        };
        if (spec.is_array())
            for (const auto& line : spec)
                addLine(line);
        else
            addLine(spec);
    }
    return lines;
}

RoleStyle readRole(const json& j) {
    RoleStyle r;
    r.program = j.value("program", 0);
    r.style = j.value("style", "");
    if (j.contains("range")) {
        r.low = j.at("range").at(0).get<int>();
        r.high = j.at("range").at(1).get<int>();
    }
    r.volume = j.value("volume", 100);
    r.pan = j.value("pan", 64);
    r.reverb = j.value("reverb", 40);
    r.chorus = j.value("chorus", 0);
    r.minEnergy = j.value("from", 1);
    return r;
}

GenreStyle readGenre(const json& j) {
    GenreStyle g;
    g.id = j.at("id").get<std::string>();
    g.name = j.value("name", g.id);
    g.cues = readCues(j);
    g.defaultMood = j.at("default_mood").get<std::string>();
    g.remixPreset = j.value("remix_preset", "");
    const auto& tempo = j.at("tempo");
    g.tempoMin = tempo.at("min").get<int>();
    g.tempoMax = tempo.at("max").get<int>();
    g.tempoTypical = tempo.at("typical").get<int>();
    const auto meter = Meter::parse(j.value("meter", "4/4"));
    if (!meter)
        throw std::runtime_error("genre " + g.id + ": unsupported meter");
    g.meter = *meter;
    g.minorBias = j.value("minor_bias", 0.5);
    if (j.contains("swing")) {
        g.swing.unitSteps = j.at("swing").value("unit", 8) == 16 ? 1 : 2;
        g.swing.amount = j.at("swing").value("amount", 0.0);
    }
    for (const auto& section : j.at("form")) {
        const auto text = section.get<std::string>();
        const auto colon = text.find(':');
        g.form.push_back({text.substr(0, colon), colon == std::string::npos ? 8 : std::stoi(text.substr(colon + 1))});
    }
    g.barsPerChord = j.value("bars_per_chord", 1.0);
    const auto& progressions = j.at("progressions");
    g.majorProgressions = progressions.at("major").get<std::vector<std::vector<std::string>>>();
    g.minorProgressions = progressions.at("minor").get<std::vector<std::vector<std::string>>>();
    for (const auto& [role, spec] : j.at("roles").items())
        g.roles[role] = readRole(spec);
    for (const char* required : {"drums", "bass", "harmony", "lead"})
        if (!g.roles.count(required))
            throw std::runtime_error("genre " + g.id + " has no '" + required + "' role");
    g.groove = readGroove(j.at("groove"));
    g.fills = j.value("fills", "rock");
    g.melodyDensity = j.value("melody_density", 0.5);
    return g;
}

MoodStyle readMood(const json& j) {
    MoodStyle m;
    m.id = j.at("id").get<std::string>();
    m.name = j.value("name", m.id);
    m.cues = readCues(j);
    m.valence = j.value("valence", 0.0);
    m.arousal = j.value("arousal", 0.0);
    m.minorProbability = j.value("minor_probability", 0.5);
    m.tempoFactor = j.value("tempo_factor", 1.0);
    m.velocityScale = j.value("velocity_scale", 1.0);
    m.reverbScale = j.value("reverb_scale", 1.0);
    m.densityOffset = j.value("density_offset", 0.0);
    m.articulation = j.value("articulation", 1.0);
    m.genres = j.value("genres", std::vector<std::string>{});
    return m;
}

} // namespace

Catalog Catalog::load(const std::filesystem::path& resourceDir) {
    const auto dir = resourceDir / "catalog";
    Catalog c;
    std::vector<std::filesystem::path> genreFiles;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "genres"))
        if (entry.path().extension() == ".json")
            genreFiles.push_back(entry.path());
    std::sort(genreFiles.begin(), genreFiles.end()); // a stable order, whatever the file system
    for (const auto& file : genreFiles) {
        try {
            c.genres.push_back(readGenre(readJson(file)));
        } catch (const json::exception& e) {
            throw std::runtime_error("catalog file " + file.string() + ": " + e.what());
        }
    }
    try {
        const auto moods = readJson(dir / "moods.json");
        for (const auto& mood : moods.at("moods"))
            c.moods.push_back(readMood(mood));
        const auto sections = readJson(dir / "sections.json");
        for (const auto& [name, spec] : sections.items())
            c.sections[name] = {name, spec.at("energy").get<int>(), spec.at("progression").get<std::string>(),
                                spec.at("melody").get<std::string>()};
        const auto rhythm = readJson(dir / "rhythm.json");
        for (const auto& [meter, groove] : rhythm.at("meter_grooves").items())
            c.meterGrooves[meter] = readGroove(groove);
        for (const auto& [style, fills] : rhythm.at("fills").items())
            for (const auto& fill : fills)
                c.fills[style].push_back(readGroove(fill));
        c.comping = rhythm.at("comping").get<std::map<std::string, std::vector<std::string>>>();
        c.bassCells = rhythm.at("bass_cells").get<std::map<std::string, std::string>>();
        const auto cues = readJson(dir / "cues.json");
        for (const auto& [phrase, spec] : cues.at("instruments").items())
            c.instrumentCues.push_back(
                {lowered(phrase), spec.at("role").get<std::string>(), spec.at("program").get<int>()});
        for (const auto& [phrase, factor] : cues.at("tempo").items())
            c.tempoCues[lowered(phrase)] = factor.get<double>();
        for (const auto& [phrase, meter] : cues.at("meter").items())
            c.meterCues[lowered(phrase)] = meter.get<std::string>();
    } catch (const json::exception& e) {
        throw std::runtime_error("catalog in " + dir.string() + ": " + e.what());
    }
    // Optional: the WordNet expansion made at build time by lexicon-builder.
    const auto expansionFile = resourceDir / "lexicon" / "wordnet-expansions.json";
    if (std::filesystem::exists(expansionFile))
        c.expansions = readJson(expansionFile).get<std::map<std::string, std::map<std::string, double>>>();
    for (const auto& g : c.genres)
        if (!c.findMood(g.defaultMood))
            throw std::runtime_error("genre " + g.id + " names an unknown default mood " + g.defaultMood);
    return c;
}

const GenreStyle& Catalog::requireGenre(std::string_view idOrName) const {
    if (const GenreStyle* genre = findGenre(idOrName))
        return *genre;
    std::string names;
    for (const auto& g : genres)
        names += (names.empty() ? "" : ", ") + g.id;
    throw UserError("genre", "unknown genre '" + std::string(idOrName) + "'; choose one of: " + names);
}

const GenreStyle* Catalog::findGenre(std::string_view idOrName) const {
    const auto key = lowered(idOrName);
    for (const auto& g : genres)
        if (g.id == key || lowered(g.name) == key)
            return &g;
    return nullptr;
}

const MoodStyle* Catalog::findMood(std::string_view idOrName) const {
    const auto key = lowered(idOrName);
    for (const auto& m : moods)
        if (m.id == key || lowered(m.name) == key)
            return &m;
    return nullptr;
}

const SectionKind& Catalog::section(const std::string& kind) const {
    const auto it = sections.find(kind);
    if (it == sections.end())
        throw std::runtime_error("unknown section kind '" + kind + "' (see catalog/sections.json)");
    return it->second;
}

} // namespace cadenza
