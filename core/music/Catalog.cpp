// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/Catalog.h"

#include "base/UserError.h"
#include "music/StyleSpec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
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
    file.onlyKeys(j, field, {"sound", "section_sounds", "style", "range", "volume", "pan", "reverb", "chorus", "from"});
    RoleStyle r;
    r.sound = file.get<std::string>(file.at(j, field, "sound"), field + ".sound");
    r.sectionSounds = file.value<std::map<std::string, std::string>>(j, field, "section_sounds", {});
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

// A role's strip and sends (mix.json's, or a genre's changes to them): the fields present
// change `mix`, the others stay.
void readRoleMix(const CatalogFile& file, const json& j, const std::string& field, RoleMix& mix) {
    file.onlyKeys(
        j, field,
        {"lowcut", "highcut", "low_db", "mid_hz", "mid_db", "high_db", "tilt_db", "compress", "reverb", "delay"});
    const auto number = [&](const char* key, double& value, double low, double high) {
        if (!j.contains(key))
            return;
        value = file.get<double>(j.at(key), child(field, key));
        if (value < low || value > high)
            file.fail(child(field, key),
                      std::to_string(value) + " is outside " + std::to_string(low) + " to " + std::to_string(high));
    };
    number("lowcut", mix.lowCutHz, 0, 2000);
    number("highcut", mix.highCutHz, 0, 20000);
    number("low_db", mix.lowShelfDb, -24, 24);
    number("mid_hz", mix.midHz, 100, 10000);
    number("mid_db", mix.midDb, -24, 24);
    number("high_db", mix.highShelfDb, -24, 24);
    number("tilt_db", mix.tiltDb, -12, 12);
    if (j.contains("compress")) {
        const auto& c = j.at("compress");
        const std::string at = child(field, "compress");
        file.onlyKeys(c, at, {"threshold", "ratio"});
        mix.compressThresholdDb = file.value<double>(c, at, "threshold", 0.0);
        mix.compressRatio = file.value<double>(c, at, "ratio", 1.0);
        if (mix.compressRatio < 1 || mix.compressRatio > 20 || mix.compressThresholdDb < -60 ||
            mix.compressThresholdDb > 0)
            file.fail(at, "the threshold is -60 to 0 dBFS and the ratio 1 to 20");
    }
    if (j.contains("reverb")) {
        mix.reverb = file.get<std::string>(j.at("reverb"), child(field, "reverb"));
        if (mix.reverb == "none")
            mix.reverb.clear();
    }
    if (j.contains("delay")) {
        const auto& d = j.at("delay");
        const std::string at = child(field, "delay");
        file.onlyKeys(d, at, {"send", "beats", "feedback"});
        mix.delaySend = file.value<double>(d, at, "send", mix.delaySend);
        mix.delayBeats = file.value<double>(d, at, "beats", mix.delayBeats);
        mix.delayFeedback = file.value<double>(d, at, "feedback", mix.delayFeedback);
        if (mix.delaySend < 0 || mix.delaySend > 1 || mix.delayBeats <= 0 || mix.delayBeats > 4 ||
            mix.delayFeedback < 0 || mix.delayFeedback > 0.9)
            file.fail(at, "send is 0 to 1, beats above 0 and up to 4, feedback 0 to 0.9");
    }
}

GenreStyle readGenre(const CatalogFile& file, const std::map<std::string, RoleMix>& defaultMix) {
    const json& j = file.root();
    file.onlyKeys(j, "",
                  {"id", "name", "cues", "default_mood", "remix_preset", "tempo", "meter", "minor_bias", "swing",
                   "form", "bars_per_chord", "progressions", "roles", "groove", "fills", "melody_density", "mix"});
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
    g.mix = defaultMix;
    if (j.contains("mix")) {
        const auto& mix = j.at("mix");
        file.onlyKeys(mix, "mix", {"roles", "sidechain"});
        const json roles = file.value<json>(mix, "mix", "roles", json::object()); // must outlive the loop
        for (const auto& [role, spec] : roles.items()) {
            if (!kWrittenStyles.contains(role))
                file.fail("mix.roles." + role, "is not a role; the roles are " + joined(kBandRoles));
            readRoleMix(file, spec, "mix.roles." + role, g.mix[role]);
        }
        if (mix.contains("sidechain")) {
            const auto& s = mix.at("sidechain");
            file.onlyKeys(s, "mix.sidechain", {"roles", "depth_db", "release_ms"});
            Sidechain sidechain;
            for (const auto& role :
                 file.get<std::vector<std::string>>(file.at(s, "mix.sidechain", "roles"), "mix.sidechain.roles"))
                if (!kWrittenStyles.contains(role))
                    file.fail("mix.sidechain.roles", "'" + role + "' is not a role");
                else
                    sidechain.roles.insert(role);
            sidechain.depthDb = file.value<double>(s, "mix.sidechain", "depth_db", 6.0);
            sidechain.releaseMs = file.value<double>(s, "mix.sidechain", "release_ms", 180.0);
            if (sidechain.depthDb < 0 || sidechain.depthDb > 24 || sidechain.releaseMs < 10 ||
                sidechain.releaseMs > 1000)
                file.fail("mix.sidechain", "depth_db is 0 to 24 and release_ms 10 to 1000");
            g.sidechain = sidechain;
        }
    }
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
        file.onlyKeys(spec, field, {"role", "sound"});
        InstrumentCue cue{lowered(phrase), file.get<std::string>(file.at(spec, field, "role"), field + ".role"),
                          file.get<std::string>(file.at(spec, field, "sound"), field + ".sound")};
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

PresetRef readPreset(const CatalogFile& file, const json& spec, const std::string& field) {
    PresetRef preset{file.get<std::string>(file.at(spec, field, "font"), child(field, "font")),
                     file.number(spec, field, "bank", 0, 0, 128), file.number(spec, field, "program", 0, 0, 127)};
    return preset;
}

void readPalette(const CatalogFile& file, Palette& palette) {
    const json& j = file.root();
    file.onlyKeys(j, "", {"fonts", "kits", "sounds"});
    for (const auto& [id, spec] : file.at(j, "", "fonts").items()) {
        const std::string field = child("fonts", id);
        file.onlyKeys(spec, field, {"file", "package", "licence"});
        palette.fonts[id] = {file.get<std::string>(file.at(spec, field, "file"), child(field, "file")),
                             file.get<std::string>(file.at(spec, field, "package"), child(field, "package")),
                             file.get<std::string>(file.at(spec, field, "licence"), child(field, "licence"))};
    }
    for (const auto& [id, spec] : file.at(j, "", "kits").items()) {
        const std::string field = child("kits", id);
        file.onlyKeys(spec, field, {"folder", "package", "licence", "notes", "choke"});
        SampleKit kit{file.get<std::string>(file.at(spec, field, "folder"), child(field, "folder")),
                      file.get<std::string>(file.at(spec, field, "package"), child(field, "package")),
                      file.get<std::string>(file.at(spec, field, "licence"), child(field, "licence")),
                      {},
                      {}};
        for (const auto& [note, sample] : file.at(spec, field, "notes").items()) {
            const int key = std::atoi(note.c_str());
            if (key < 0 || key > 127 || std::to_string(key) != note)
                file.fail(child(field, "notes." + note), "is not a MIDI note (0-127)");
            kit.notes[key] = file.get<std::string>(sample, child(field, "notes." + note));
        }
        for (const auto& group : file.value<std::vector<std::vector<int>>>(spec, field, "choke", {}))
            kit.chokes.emplace_back(group.begin(), group.end());
        palette.kits[id] = std::move(kit);
    }
    for (const auto& [name, spec] : file.at(j, "", "sounds").items()) {
        const std::string field = child("sounds", name);
        file.onlyKeys(spec, field,
                      {"roles", "gm", "character", "gain_db", "render_cost", "font", "bank", "program", "fallback",
                       "notes", "kit", "synth", "params"});
        PaletteSound sound;
        sound.name = name;
        for (const auto& role :
             file.get<std::vector<std::string>>(file.at(spec, field, "roles"), child(field, "roles")))
            if (!kWrittenStyles.contains(role))
                file.fail(child(field, "roles"), "'" + role + "' is not a role; the roles are " + joined(kBandRoles));
            else
                sound.roles.insert(role);
        sound.gmProgram = file.number(spec, field, "gm", 0, 0, 127);
        sound.character = file.value<std::string>(spec, field, "character", "");
        sound.gainDb = file.value<double>(spec, field, "gain_db", 0.0);
        if (sound.gainDb < -24 || sound.gainDb > 24)
            file.fail(child(field, "gain_db"), "is -24 to 24 dB");
        if (spec.contains("render_cost")) {
            const auto& cost = spec.at("render_cost");
            const std::string costField = child(field, "render_cost");
            file.onlyKeys(cost, costField, {"load", "ring_s"});
            sound.cost = PaletteSound::RenderCost{.load = file.value<double>(cost, costField, "load", 0.0),
                                                  .ringSeconds = file.value<double>(cost, costField, "ring_s", -1.0)};
            if (sound.cost->load <= 0 || sound.cost->load > 1)
                file.fail(child(costField, "load"), "is more than 0 and at most 1 (render seconds per second)");
            if (sound.cost->ringSeconds < 0 || sound.cost->ringSeconds > 30)
                file.fail(child(costField, "ring_s"), "is 0 to 30 seconds");
        }
        const int sources = static_cast<int>(spec.contains("font")) + static_cast<int>(spec.contains("kit")) +
                            static_cast<int>(spec.contains("synth"));
        if (sources != 1)
            file.fail(field, "a sound has one source: a font (with bank and program), a kit, or a synth");
        if (spec.contains("font")) {
            sound.kind = SoundKind::SoundFont;
            sound.preset = readPreset(file, spec, field);
            if (spec.contains("fallback")) {
                file.onlyKeys(spec.at("fallback"), child(field, "fallback"), {"font", "bank", "program"});
                sound.fallback = readPreset(file, spec.at("fallback"), child(field, "fallback"));
            }
            if (spec.contains("notes")) {
                const auto range = file.get<std::vector<int>>(spec.at("notes"), child(field, "notes"));
                if (range.size() != 2 || range[0] < 0 || range[1] > 127 || range[0] > range[1])
                    file.fail(child(field, "notes"), "is [lowest, highest], the MIDI notes the preset plays");
                sound.lowestNote = range[0];
                sound.highestNote = range[1];
            }
            for (const PresetRef* preset : {&sound.preset, sound.fallback ? &*sound.fallback : nullptr})
                if (preset && !palette.fonts.contains(preset->font))
                    file.fail(child(field, "font"), "'" + preset->font + "' is not a font of the palette");
        } else if (spec.contains("kit")) {
            sound.kind = SoundKind::SampleKit;
            sound.kit = file.get<std::string>(spec.at("kit"), child(field, "kit"));
            if (!palette.kits.contains(sound.kit))
                file.fail(child(field, "kit"), "'" + sound.kit + "' is not a kit of the palette");
        } else {
            sound.kind = SoundKind::Synth;
            sound.synth = file.get<std::string>(spec.at("synth"), child(field, "synth"));
            const auto known = synthSettings().find(sound.synth);
            if (known == synthSettings().end())
                file.fail(child(field, "synth"), "'" + sound.synth + "' is not a synthesizer of Cadenza");
            const json params = file.value<json>(spec, field, "params", json::object()); // must outlive the loop
            for (const auto& [setting, value] : params.items()) {
                if (!known->second.contains(setting))
                    file.fail(child(field, "params." + setting),
                              "is not a setting of the " + sound.synth + " synth; it has " + joined(known->second));
                sound.settings[setting] = file.get<double>(value, child(field, "params." + setting));
            }
        }
        palette.sounds[name] = std::move(sound);
    }
}

std::map<std::string, RoleMix> readMix(const CatalogFile& file, Catalog& c) {
    const json& j = file.root();
    file.onlyKeys(j, "", {"stem_level_lufs", "reverbs", "roles"});
    c.stemLevelLufs = file.value<double>(j, "", "stem_level_lufs", -20.0);
    if (c.stemLevelLufs < -40 || c.stemLevelLufs > -6)
        file.fail("stem_level_lufs", "is -40 to -6 LUFS");
    for (const auto& [name, spec] : file.at(j, "", "reverbs").items()) {
        const std::string field = child("reverbs", name);
        file.onlyKeys(spec, field, {"rt60", "low_rt60", "predelay_ms", "damping_hz"});
        const ReverbSpace space{name, file.value<double>(spec, field, "rt60", 2.0),
                                file.value<double>(spec, field, "low_rt60", 2.0),
                                file.value<double>(spec, field, "predelay_ms", 20.0),
                                file.value<double>(spec, field, "damping_hz", 6000.0)};
        if (space.rt60 < 0.1 || space.rt60 > 10 || space.lowRt60 < 0.1 || space.lowRt60 > 10 || space.predelayMs < 0 ||
            space.predelayMs > 200 || space.dampingHz < 1000 || space.dampingHz > 20000)
            file.fail(field, "rt60 and low_rt60 are 0.1 to 10 s, predelay_ms 0 to 200, damping_hz 1000 to 20000");
        c.reverbs[name] = space;
    }
    std::map<std::string, RoleMix> roles;
    for (const auto& [role, spec] : file.at(j, "", "roles").items()) {
        if (!kWrittenStyles.contains(role))
            file.fail(child("roles", role), "is not a role; the roles are " + joined(kBandRoles));
        readRoleMix(file, spec, child("roles", role), roles[role]);
    }
    return roles;
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
    // A sound a part plays must be in the palette and able to play that part.
    const auto checkSound = [&](const std::string& file, const std::string& field, const std::string& sound,
                                const std::string& role) {
        const auto found = c.palette.sounds.find(sound);
        if (found == c.palette.sounds.end())
            fail(file, field, "'" + sound + "' is not a sound of palette.json");
        if (!found->second.roles.contains(role))
            fail(file, field,
                 "'" + sound + "' does not play the " + role + " (it plays " + joined(found->second.roles) + ")");
    };
    for (const auto& cue : c.instrumentCues)
        checkSound("cues.json", "instruments." + cue.phrase + ".sound", cue.sound, cue.role);
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
        for (const auto& [role, style] : g.roles) {
            if (const auto known = c.stylesFor(role); !known.contains(style.style))
                fail(file, "roles." + role + ".style",
                     "'" + style.style + "' is not a style the " + role + " can play; it plays " + joined(known));
            checkSound(file, "roles." + role + ".sound", style.sound, role);
            for (const auto& [section, sound] : style.sectionSounds) {
                std::string field = "roles.";
                field.append(role).append(".section_sounds.").append(section);
                if (!c.sections.contains(section))
                    fail(file, field, "is not a section of sections.json");
                checkSound(file, field, sound, role);
            }
        }
        checkGroove(file, "groove", g.groove);
    }
    for (const auto& m : c.moods)
        for (const auto& genre : m.genres)
            if (!c.findGenre(genre))
                fail("moods.json", "moods." + m.id + ".genres", "'" + genre + "' is not a genre");
    for (const auto& [meter, groove] : c.meterGrooves)
        checkGroove("rhythm.json", "meter_grooves." + meter, groove);
    std::vector<std::string> spaces;
    for (const auto& [name, space] : c.reverbs)
        spaces.push_back(name);
    for (const auto& g : c.genres)
        for (const auto& [role, mix] : g.mix)
            if (!mix.reverb.empty() && !c.reverbs.contains(mix.reverb))
                fail("genres/" + g.id + ".json", "mix.roles." + role + ".reverb",
                     "'" + mix.reverb + "' is not a space of mix.json (" + joined(spaces) + ")");
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
    const auto defaultMix = readMix(CatalogFile(dir, "mix.json"), c);
    for (const auto& name : genreFiles) {
        const CatalogFile file(dir, name);
        GenreStyle genre = readGenre(file, defaultMix);
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
    readPalette(CatalogFile(dir, "palette.json"), c.palette);
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
