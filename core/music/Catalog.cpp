// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/Catalog.h"

#include "base/UserError.h"
#include "music/StyleSpec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

namespace cadenza {
namespace {

using nlohmann::json;

// The styles the part writers of compose/ play themselves (BassPart.cpp, ChordParts.cpp,
// Melody.cpp, DrumPart.cpp). rhythm.json adds its bass cells to the bass styles and its
// comping rhythms to the chord styles. test_compose plays every one of them.
const std::map<std::string, std::set<std::string>> kWrittenStyles = {
    {"drums", {"kit"}},
    {"bass", {"root", "sub", "pedal", "walking", "glide808"}},
    {"harmony", {"sustain", "broken", "arpeggio", "strum", "power", "comp", "skank", "stabs"}},
    {"pad", {"sustain", "broken", "arpeggio", "strum", "power", "comp", "skank", "stabs"}},
    {"arp", {"sustain", "broken", "arpeggio", "strum", "power", "comp", "skank", "stabs"}},
    {"lead", {"melody"}},
};

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// "roles" and "bass" make "roles.bass": where a value sits in its file.
std::string child(std::string field, std::string_view key) {
    if (!field.empty())
        field += '.';
    field += key;
    return field;
}

std::string joined(const auto& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
}

// One catalog file being read: its JSON, and errors that name the file and the field.
class CatalogFile {
  public:
    CatalogFile(const std::filesystem::path& dir, std::string name) : name_(std::move(name)) {
        std::ifstream in(dir / name_);
        if (!in)
            throw std::runtime_error("cannot open catalog file " + (dir / name_).string());
        try {
            json_ = json::parse(in, nullptr, true, /*ignore_comments=*/true);
        } catch (const json::exception& e) {
            throw std::runtime_error("catalog file " + name_ + " is not valid JSON: " + e.what());
        }
    }

    const json& root() const { return json_; }
    const std::string& name() const { return name_; }

    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        throw std::runtime_error("catalog file " + name_ + ": " + field + ": " + message);
    }
    // Refuses keys other than `known` (and notes, which start with '_'): a misspelt field
    // would otherwise be ignored without a word.
    void onlyKeys(const json& object, const std::string& field, std::initializer_list<const char*> known) const {
        if (!object.is_object())
            fail(field, "must be an object");
        for (const auto& item : object.items()) {
            const std::string& key = item.key();
            const bool ok = key.starts_with('_') ||
                            std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; });
            if (!ok)
                fail(child(field, key), "is not a field here; the fields are " +
                                            joined(std::vector<std::string>(known.begin(), known.end())));
        }
    }
    const json& at(const json& object, const std::string& field, const char* key) const {
        if (!object.contains(key))
            fail(field.empty() ? key : field + "." + key, "is missing");
        return object.at(key);
    }
    template <typename T> T get(const json& value, const std::string& field) const {
        try {
            return value.get<T>();
        } catch (const json::exception&) {
            fail(field, "has the wrong type (" + std::string(value.type_name()) + ")");
        }
    }
    template <typename T> T value(const json& object, const std::string& field, const char* key, T fallback) const {
        return object.contains(key) ? get<T>(object.at(key), field + "." + key) : fallback;
    }
    int number(const json& object, const std::string& field, const char* key, int fallback, int low, int high) const {
        const int v = value<int>(object, field, key, fallback);
        if (v < low || v > high)
            fail(field + "." + key,
                 std::to_string(v) + " is outside " + std::to_string(low) + "-" + std::to_string(high));
        return v;
    }

  private:
    std::string name_;
    json json_;
};

std::map<std::string, double> readCues(const CatalogFile& file, const json& j, const std::string& field) {
    std::map<std::string, double> cues;
    if (j.contains("cues"))
        for (const auto& [phrase, weight] : j.at("cues").items())
            cues[lowered(phrase)] = file.get<double>(weight, child(field, "cues." + phrase));
    return cues;
}

// A groove: drum -> pattern, or drum -> {pattern, from}, or a list of those. Patterns are
// steps of 'X' accent, 'x' normal, 'o' soft, 'g' ghost and '.' rest.
std::vector<DrumLine> readGroove(const CatalogFile& file, const json& j, const std::string& field) {
    std::vector<DrumLine> lines;
    if (!j.is_object())
        file.fail(field, "must be an object of drum patterns");
    for (const auto& item : j.items()) {
        const std::string& drum = item.key();
        const json& spec = item.value();
        const std::string at = child(field, drum);
        const auto addLine = [&](const json& line) {
            DrumLine out{drum, "", 1};
            if (line.is_string()) {
                out.pattern = line.get<std::string>();
            } else {
                file.onlyKeys(line, at, {"pattern", "from"});
                out.pattern = file.get<std::string>(file.at(line, at, "pattern"), at + ".pattern");
                out.minEnergy = file.number(line, at, "from", 1, 0, 3);
            }
            if (out.pattern.empty() || out.pattern.find_first_not_of("Xxog.") != std::string::npos)
                file.fail(at, "a pattern is steps of X, x, o, g and ., not '" + out.pattern + "'");
            lines.push_back(out);
        };
        if (spec.is_array())
            for (const auto& line : spec)
                addLine(line);
        else
            addLine(spec);
    }
    return lines;
}

RoleStyle readRole(const CatalogFile& file, const json& j, const std::string& field) {
    file.onlyKeys(j, field, {"program", "style", "range", "volume", "pan", "reverb", "chorus", "from"});
    RoleStyle r;
    r.program = file.number(j, field, "program", 0, 0, 127);
    r.style = file.get<std::string>(file.at(j, field, "style"), field + ".style");
    if (j.contains("range")) {
        const auto range = file.get<std::vector<int>>(j.at("range"), field + ".range");
        if (range.size() != 2 || range[0] < 0 || range[1] > 127 || range[0] >= range[1])
            file.fail(field + ".range", "is [low, high], two MIDI notes with low below high");
        r.low = range[0];
        r.high = range[1];
    }
    r.volume = file.number(j, field, "volume", 100, 0, 127);
    r.pan = file.number(j, field, "pan", 64, 0, 127);
    r.reverb = file.number(j, field, "reverb", 40, 0, 127);
    r.chorus = file.number(j, field, "chorus", 0, 0, 127);
    r.minEnergy = file.number(j, field, "from", 1, 0, 3);
    return r;
}

GenreStyle readGenre(const CatalogFile& file) {
    const json& j = file.root();
    file.onlyKeys(j, "",
                  {"id", "name", "cues", "default_mood", "remix_preset", "tempo", "meter", "minor_bias", "swing",
                   "form", "bars_per_chord", "progressions", "roles", "groove", "fills", "melody_density"});
    GenreStyle g;
    g.id = file.get<std::string>(file.at(j, "", "id"), "id");
    g.name = file.value<std::string>(j, "", "name", g.id);
    g.cues = readCues(file, j, "");
    g.defaultMood = file.get<std::string>(file.at(j, "", "default_mood"), "default_mood");
    g.remixPreset = file.value<std::string>(j, "", "remix_preset", "");
    const auto& tempo = file.at(j, "", "tempo");
    file.onlyKeys(tempo, "tempo", {"min", "max", "typical"});
    g.tempoMin = file.number(tempo, "tempo", "min", 0, StyleLimits::kMinTempo, StyleLimits::kMaxTempo);
    g.tempoMax = file.number(tempo, "tempo", "max", 0, g.tempoMin, StyleLimits::kMaxTempo);
    g.tempoTypical = file.number(tempo, "tempo", "typical", 0, g.tempoMin, g.tempoMax);
    const auto meter = Meter::parse(file.value<std::string>(j, "", "meter", "4/4"));
    if (!meter)
        file.fail("meter", "is 2/4, 3/4, 4/4, 6/8 or 12/8");
    g.meter = *meter;
    g.minorBias = file.value<double>(j, "", "minor_bias", 0.5);
    if (j.contains("swing")) {
        const auto& swing = j.at("swing");
        file.onlyKeys(swing, "swing", {"unit", "amount"});
        g.swing.unitSteps = file.value<int>(swing, "swing", "unit", 8) == 16 ? 1 : 2;
        g.swing.amount = file.value<double>(swing, "swing", "amount", 0.0);
    }
    for (const auto& section : file.at(j, "", "form")) {
        const auto text = file.get<std::string>(section, "form");
        const auto colon = text.find(':');
        int bars = 8;
        if (colon != std::string::npos) {
            try {
                bars = std::stoi(text.substr(colon + 1));
            } catch (const std::exception&) {
                file.fail("form", "'" + text + "' is not KIND or KIND:BARS");
            }
        }
        g.form.push_back({text.substr(0, colon), bars});
    }
    if (g.form.empty())
        file.fail("form", "lists no section");
    g.barsPerChord = file.value<double>(j, "", "bars_per_chord", 1.0);
    const auto& progressions = file.at(j, "", "progressions");
    file.onlyKeys(progressions, "progressions", {"major", "minor"});
    g.majorProgressions = file.get<std::vector<std::vector<std::string>>>(
        file.at(progressions, "progressions", "major"), "progressions.major");
    g.minorProgressions = file.get<std::vector<std::vector<std::string>>>(
        file.at(progressions, "progressions", "minor"), "progressions.minor");
    for (const auto& [role, spec] : file.at(j, "", "roles").items()) {
        if (!kWrittenStyles.contains(role))
            file.fail("roles." + role, "is not a role; the roles are " + joined(kBandRoles));
        g.roles[role] = readRole(file, spec, "roles." + role);
    }
    for (const char* required : {"drums", "bass", "harmony", "lead"})
        if (!g.roles.count(required))
            file.fail("roles", std::string("the band needs a '") + required + "' role");
    g.groove = readGroove(file, file.at(j, "", "groove"), "groove");
    g.fills = file.value<std::string>(j, "", "fills", "rock");
    g.melodyDensity = file.value<double>(j, "", "melody_density", 0.5);
    return g;
}

MoodStyle readMood(const CatalogFile& file, const json& j, const std::string& field) {
    file.onlyKeys(j, field,
                  {"id", "name", "cues", "valence", "arousal", "minor_probability", "tempo_factor", "velocity_scale",
                   "reverb_scale", "density_offset", "articulation", "genres"});
    MoodStyle m;
    m.id = file.get<std::string>(file.at(j, field, "id"), field + ".id");
    m.name = file.value<std::string>(j, field, "name", m.id);
    m.cues = readCues(file, j, field);
    m.valence = file.value<double>(j, field, "valence", 0.0);
    m.arousal = file.value<double>(j, field, "arousal", 0.0);
    m.minorProbability = file.value<double>(j, field, "minor_probability", 0.5);
    m.tempoFactor = file.value<double>(j, field, "tempo_factor", 1.0);
    m.velocityScale = file.value<double>(j, field, "velocity_scale", 1.0);
    m.reverbScale = file.value<double>(j, field, "reverb_scale", 1.0);
    m.densityOffset = file.value<double>(j, field, "density_offset", 0.0);
    m.articulation = file.value<double>(j, field, "articulation", 1.0);
    m.genres = file.value<std::vector<std::string>>(j, field, "genres", {});
    return m;
}

void readSections(const CatalogFile& file, Catalog& c) {
    for (const auto& [name, spec] : file.at(file.root(), "", "sections").items()) {
        const std::string field = "sections." + name;
        file.onlyKeys(spec, field, {"energy", "progression", "melody", "dispensability"});
        SectionKind kind{name, file.number(spec, field, "energy", 0, 0, 3),
                         file.get<std::string>(file.at(spec, field, "progression"), field + ".progression"),
                         file.get<std::string>(file.at(spec, field, "melody"), field + ".melody"),
                         file.number(spec, field, "dispensability", 0, 0, 9)};
        if (kind.progression != "verse" && kind.progression != "chorus" && kind.progression != "bridge")
            file.fail(field + ".progression", "is verse, chorus or bridge, not '" + kind.progression + "'");
        if (kind.melody != "verse" && kind.melody != "hook" && kind.melody != "none")
            file.fail(field + ".melody", "is verse, hook or none, not '" + kind.melody + "'");
        c.sections[name] = kind;
    }
}

void readRhythm(const CatalogFile& file, Catalog& c) {
    const json& j = file.root();
    file.onlyKeys(j, "", {"meter_grooves", "fills", "comping", "bass_cells"});
    for (const auto& [meter, groove] : file.at(j, "", "meter_grooves").items()) {
        if (!Meter::parse(meter))
            file.fail("meter_grooves." + meter, "is not a meter Cadenza writes");
        c.meterGrooves[meter] = readGroove(file, groove, "meter_grooves." + meter);
    }
    for (const auto& [style, fills] : file.at(j, "", "fills").items())
        for (const auto& fill : fills)
            c.fills[style].push_back(readGroove(file, fill, "fills." + style));
    c.comping = file.get<std::map<std::string, std::vector<std::string>>>(file.at(j, "", "comping"), "comping");
    c.bassCells = file.get<std::map<std::string, std::string>>(file.at(j, "", "bass_cells"), "bass_cells");
    for (const auto& [style, cell] : c.bassCells)
        if (cell.empty() || cell.find_first_not_of("1358.-") != std::string::npos)
            file.fail("bass_cells." + style, "a cell is steps of 1, 3, 5, 8, - and ., not '" + cell + "'");
}

void readCueFile(const CatalogFile& file, Catalog& c) {
    const json& j = file.root();
    file.onlyKeys(j, "", {"instruments", "tempo", "meter"});
    for (const auto& [phrase, spec] : file.at(j, "", "instruments").items()) {
        const std::string field = "instruments." + phrase;
        file.onlyKeys(spec, field, {"role", "program"});
        InstrumentCue cue{lowered(phrase), file.get<std::string>(file.at(spec, field, "role"), field + ".role"),
                          file.number(spec, field, "program", 0, 0, 127)};
        if (!kWrittenStyles.contains(cue.role))
            file.fail(field + ".role", "'" + cue.role + "' is not a role; the roles are " + joined(kBandRoles));
        c.instrumentCues.push_back(cue);
    }
    for (const auto& [phrase, factor] : file.at(j, "", "tempo").items())
        c.tempoCues[lowered(phrase)] = file.get<double>(factor, "tempo." + phrase);
    for (const auto& [phrase, meter] : file.at(j, "", "meter").items()) {
        c.meterCues[lowered(phrase)] = file.get<std::string>(meter, "meter." + phrase);
        if (!Meter::parse(c.meterCues[lowered(phrase)]))
            file.fail("meter." + phrase, "names a meter Cadenza does not write");
    }
}

void readDrums(const CatalogFile& file, Catalog& c) {
    for (const auto& [name, spec] : file.at(file.root(), "", "drums").items()) {
        const std::string field = "drums." + name;
        file.onlyKeys(spec, field, {"note", "keeps_time"});
        c.drums[name] = {file.number(spec, field, "note", 0, 27, 87),
                         file.value<bool>(spec, field, "keeps_time", false)};
    }
}

void readEffects(const CatalogFile& file, Catalog& c) {
    for (const auto& [name, spec] : file.at(file.root(), "", "presets").items()) {
        const std::string field = "presets." + name;
        file.onlyKeys(spec, field, {"description", "settings"});
        EffectPreset preset{name, file.value<std::string>(spec, field, "description", ""), {}};
        for (const auto& [setting, value] : file.at(spec, field, "settings").items())
            if (!preset.chain.set(setting, file.get<double>(value, child(field, "settings." + setting))))
                file.fail(child(field, "settings." + setting),
                          "is not a setting of the effects chain (see the file's notes)");
        try {
            preset.chain.validate();
        } catch (const UserError& e) {
            file.fail(field + ".settings", e.what());
        }
        c.effectPresets.push_back(std::move(preset));
    }
}

// What one file names that another defines: every name must exist.
void checkReferences(const Catalog& c) {
    const auto fail = [](const std::string& file, const std::string& field, const std::string& message) {
        throw std::runtime_error("catalog file " + file + ": " + field + ": " + message);
    };
    const auto checkGroove = [&](const std::string& file, const std::string& field, const std::vector<DrumLine>& g) {
        for (const auto& line : g)
            if (!c.drums.contains(line.drum))
                fail(file, field + "." + line.drum, "is not a drum of drums.json");
    };
    std::set<std::string> presetNames;
    for (const auto& p : c.effectPresets)
        presetNames.insert(p.name);
    for (const auto& g : c.genres) {
        const std::string file = "genres/" + g.id + ".json";
        if (!c.findMood(g.defaultMood))
            fail(file, "default_mood", "'" + g.defaultMood + "' is not a mood of moods.json");
        if (!g.remixPreset.empty() && !presetNames.contains(g.remixPreset))
            fail(file, "remix_preset", "'" + g.remixPreset + "' is not a preset of effects.json");
        if (g.fills != "none" && !c.fills.contains(g.fills))
            fail(file, "fills", "'" + g.fills + "' is not a fill style of rhythm.json (or none)");
        for (const auto& section : g.form)
            if (!c.sections.contains(section.kind))
                fail(file, "form", "'" + section.kind + "' is not a section of sections.json");
        for (const auto& [role, style] : g.roles)
            if (const auto known = c.stylesFor(role); !known.contains(style.style))
                fail(file, "roles." + role + ".style",
                     "'" + style.style + "' is not a style the " + role + " can play; it plays " + joined(known));
        checkGroove(file, "groove", g.groove);
    }
    for (const auto& m : c.moods)
        for (const auto& genre : m.genres)
            if (!c.findGenre(genre))
                fail("moods.json", "moods." + m.id + ".genres", "'" + genre + "' is not a genre");
    for (const auto& [meter, groove] : c.meterGrooves)
        checkGroove("rhythm.json", "meter_grooves." + meter, groove);
    for (const auto& [style, fills] : c.fills)
        for (const auto& fill : fills)
            checkGroove("rhythm.json", "fills." + style, fill);
    if (!c.findGenre(c.fallbackGenre))
        fail("defaults.json", "fallback_genre", "'" + c.fallbackGenre + "' is not a genre");
}

} // namespace

Catalog Catalog::load(const std::filesystem::path& resourceDir) {
    const auto dir = resourceDir / "catalog";
    Catalog c;
    std::vector<std::string> genreFiles;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "genres"))
        if (entry.path().extension() == ".json")
            genreFiles.push_back("genres/" + entry.path().filename().string());
    std::sort(genreFiles.begin(), genreFiles.end()); // a stable order, whatever the file system
    for (const auto& name : genreFiles) {
        const CatalogFile file(dir, name);
        GenreStyle genre = readGenre(file);
        if (c.findGenre(genre.id))
            file.fail("id", "another genre file has the id '" + genre.id + "'");
        c.genres.push_back(std::move(genre));
    }
    const CatalogFile moods(dir, "moods.json");
    for (std::size_t i = 0; i < moods.at(moods.root(), "", "moods").size(); ++i)
        c.moods.push_back(readMood(moods, moods.root().at("moods").at(i), "moods[" + std::to_string(i) + "]"));
    readSections(CatalogFile(dir, "sections.json"), c);
    readRhythm(CatalogFile(dir, "rhythm.json"), c);
    readCueFile(CatalogFile(dir, "cues.json"), c);
    readDrums(CatalogFile(dir, "drums.json"), c);
    readEffects(CatalogFile(dir, "effects.json"), c);
    const CatalogFile defaults(dir, "defaults.json");
    defaults.onlyKeys(defaults.root(), "", {"fallback_genre"});
    c.fallbackGenre = defaults.get<std::string>(defaults.at(defaults.root(), "", "fallback_genre"), "fallback_genre");
    checkReferences(c);
    // Optional: the WordNet expansion made at build time by lexicon-builder.
    const auto expansionFile = resourceDir / "lexicon" / "wordnet-expansions.json";
    if (std::filesystem::exists(expansionFile))
        c.expansions = CatalogFile(resourceDir / "lexicon", "wordnet-expansions.json")
                           .root()
                           .get<std::map<std::string, std::map<std::string, double>>>();
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

std::set<std::string> Catalog::stylesFor(const std::string& role) const {
    const auto written = kWrittenStyles.find(role);
    if (written == kWrittenStyles.end())
        return {};
    std::set<std::string> styles = written->second;
    if (role == "bass")
        for (const auto& [name, cell] : bassCells)
            styles.insert(name);
    else if (role != "lead" && role != "drums")
        for (const auto& [name, rhythms] : comping)
            styles.insert(name);
    return styles;
}

const DrumVoice& Catalog::drum(const std::string& name) const {
    const auto it = drums.find(name);
    if (it == drums.end())
        throw std::runtime_error("unknown drum '" + name + "' (see catalog/drums.json)");
    return it->second;
}

const EffectChain& Catalog::effectPreset(std::string_view name) const {
    for (const auto& preset : effectPresets)
        if (preset.name == name)
            return preset.chain;
    std::vector<std::string> names;
    for (const auto& preset : effectPresets)
        names.push_back(preset.name);
    throw UserError("preset", "there is no preset '" + std::string(name) + "'; the presets are " + joined(names));
}

} // namespace cadenza
