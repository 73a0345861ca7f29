// SPDX-License-Identifier: GPL-3.0-or-later
// palette-calibrator RESOURCES_DIR [PALETTE_JSON]
//
// The sounds of the palette come from different fonts and synthesizers, each at its own
// loudness, while the genres' part volumes were set for FluidR3's General MIDI presets.
// This plays the same phrase (a kit pattern for drums, a bass line for basses, chords and a
// melody for the rest, at velocity 90) through each sound and through FluidR3's preset of
// the sound's General MIDI program, measures both (integrated loudness, BS.1770), and writes
// the difference as the sound's gain_db into PALETTE_JSON (by default the catalog's). The
// mixer brings each whole stem to its part's level (StemMixer), so gain_db is what keeps
// sounds at one level where they share a stem: a part that changes sound by section, parts
// grouped into one stem, a kit and the fallback kit that plays the notes it lacks. Run it
// after adding a sound.

#include "audio/IntegratedLoudness.h"
#include "music/Catalog.h"
#include "render/StemRenderer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

namespace {

using namespace cadenza;

Score phrase(const std::string& sound, const std::string& role) {
    Score score;
    score.tempo = 120;
    score.durationSeconds = 8;
    score.bars = 4;
    score.sections.push_back({"verse", 0, 4, 2});
    Part part;
    part.role = part.group = role;
    part.sound = sound;
    part.channel = role == "drums" ? 9 : 0;
    const auto at = [](double beats) { return static_cast<Tick>(beats * Score::kTicksPerQuarter); };
    if (role == "drums") {
        for (int beat = 0; beat < 14; ++beat) {
            part.notes.push_back({at(beat), at(0.5), beat % 2 == 0 ? 36 : 38, 90});
            part.notes.push_back({at(beat), at(0.25), 42, 80});
            part.notes.push_back({at(beat + 0.5), at(0.25), 42, 70});
        }
    } else if (role == "bass") {
        const int line[] = {36, 36, 43, 41, 36, 36, 39, 41, 43, 43, 41, 39, 36, 36};
        for (int beat = 0; beat < 14; ++beat)
            part.notes.push_back({at(beat), at(0.9), line[beat], 90});
    } else {
        for (const int pitch : {60, 64, 67})
            part.notes.push_back({at(0), at(3.8), pitch, 90});
        const int melody[] = {72, 71, 69, 67, 69, 71, 72, 74, 76, 74};
        for (int i = 0; i < 10; ++i)
            part.notes.push_back({at(4 + i), at(0.9), melody[i], 90});
    }
    score.parts.push_back(part);
    return score;
}

double loudnessOf(const Score& score, const Palette& palette) {
    const auto stems = renderStems(score, palette, {44100, 1}, {}, CancelToken());
    return measureIntegratedLoudness(stems.front().audio, CancelToken());
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: palette-calibrator RESOURCES_DIR [PALETTE_JSON]\n");
        return 2;
    }
    const std::filesystem::path resources = argv[1];
    const std::filesystem::path file = argc > 2 ? argv[2] : resources / "catalog" / "palette.json";
    Catalog catalog = Catalog::load(resources);
    Palette& palette = catalog.palette;
    nlohmann::ordered_json json;
    std::ifstream(file) >> json;
    for (auto& [name, sound] : palette.sounds) {
        const std::string role = sound.roles.contains("drums")  ? "drums"
                                 : sound.roles.contains("bass") ? "bass"
                                                                : *sound.roles.begin();
        sound.gainDb = 0;
        PaletteSound reference;
        reference.name = "reference";
        reference.roles = sound.roles;
        reference.preset = {"fluidr3", role == "drums" ? 128 : 0, sound.gmProgram};
        palette.sounds["reference"] = reference;
        const double measured = loudnessOf(phrase(name, role), palette);
        const double wanted = loudnessOf(phrase("reference", role), palette);
        palette.sounds.erase("reference");
        const double gain = std::clamp(std::round((wanted - measured) * 10) / 10, -18.0, 18.0);
        std::printf("%-22s %-8s %6.1f LUFS against FluidR3's %6.1f: %+5.1f dB\n", name.c_str(), role.c_str(), measured,
                    wanted, gain);
        json["sounds"][name]["gain_db"] = gain;
    }
    std::ofstream(file) << json.dump(1) << "\n";
    return 0;
}
