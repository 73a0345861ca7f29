// SPDX-License-Identifier: GPL-3.0-or-later
// palette-calibrator RESOURCES_DIR [PALETTE_JSON] [--only SOUND]
//
// The sounds of the palette come from different fonts and synthesizers, each at its own
// loudness, while the genres' part volumes were set for FluidR3's General MIDI presets.
// This plays the same phrase (a kit pattern for drums, a bass line for basses, chords and a
// melody for the rest, at velocity 90) through each sound and through FluidR3's preset of
// the sound's General MIDI program, measures both (integrated loudness, BS.1770), and writes
// the difference as the sound's gain_db into PALETTE_JSON (by default the catalog's). The
// mixer brings each whole stem to its part's level (StemMixer), so gain_db is what keeps
// sounds at one level where they share a stem: a part that changes sound by section, parts
// grouped into one stem, a kit and the fallback kit that plays the notes it lacks.
//
// It also writes the sound's render_cost (StemRenderer starts the costliest stems first):
// how long a short note rings on after its note-off, and what a second of a sounding note
// costs, from the time the phrase takes to render. That is a CPU time, so it varies a
// little from run to run and machine to machine; only the proportions matter. Run it after
// adding a sound (`--only SOUND` measures that one alone).

#include "audio/IntegratedLoudness.h"
#include "music/Catalog.h"
#include "render/StemRenderer.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

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

// The CPU seconds this process takes to render the score, the least of three runs.
double renderSeconds(const Score& score, const Palette& palette) {
    double least = std::numeric_limits<double>::max();
    for (int run = 0; run < 3; ++run) {
        const std::clock_t start = std::clock();
        renderStems(score, palette, {44100, 1}, {}, CancelToken());
        least = std::min(least, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    return least;
}

// How long one short note of the sound rings on after its note-off: until it is 90 dB
// under its peak. Deterministic, from the audio.
double ringSeconds(const std::string& sound, const std::string& role, const Palette& palette) {
    Score score = phrase(sound, role);
    score.durationSeconds = 16;
    auto& notes = score.parts.front().notes;
    notes.erase(notes.begin() + 1, notes.end());
    notes.front().length = Score::kTicksPerQuarter / 2;
    const StereoBuffer audio = renderStems(score, palette, {44100, 1}, {}, CancelToken()).front().audio;
    float peak = 0;
    std::size_t last = 0;
    for (std::size_t i = 0; i < audio.frames(); ++i)
        peak = std::max({peak, std::abs(audio.left[i]), std::abs(audio.right[i])});
    for (std::size_t i = 0; i < audio.frames(); ++i)
        if (std::max(std::abs(audio.left[i]), std::abs(audio.right[i])) > peak * 3.2e-5F)
            last = i;
    const double noteOff = score.secondsAt(notes.front().tick + notes.front().length);
    return std::max(0.0, static_cast<double>(last) / audio.sampleRate - noteOff);
}

// The sound's render cost: its ring, then its load from the time the phrase, played four
// times over, takes to render (less what the part costs with no notes: loading the preset).
PaletteSound::RenderCost measureCost(const std::string& sound, const std::string& role, const Palette& palette) {
    PaletteSound::RenderCost cost;
    cost.ringSeconds = ringSeconds(sound, role, palette);
    Score score = phrase(sound, role);
    const std::vector<NoteEvent> once = score.parts.front().notes;
    for (int time = 1; time < 4; ++time)
        for (NoteEvent note : once) {
            note.tick += time * 16 * Score::kTicksPerQuarter;
            score.parts.front().notes.push_back(note);
        }
    score.durationSeconds = 4 * 8 + 10; // and room for the last notes to ring out
    Score none = score;
    none.parts.front().notes.clear();
    double sounding = 0;
    for (const auto& note : score.parts.front().notes)
        sounding += score.secondsAt(note.length) + cost.ringSeconds;
    cost.load = std::max(1e-6, renderSeconds(score, palette) - renderSeconds(none, palette)) / sounding;
    return cost;
}

} // namespace

int main(int argc, char* argv[]) {
    std::vector<std::string> paths;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--only" && i + 1 < argc)
            only = argv[++i];
        else
            paths.push_back(arg);
    }
    if (paths.empty() || paths.size() > 2) {
        std::fprintf(stderr, "usage: palette-calibrator RESOURCES_DIR [PALETTE_JSON] [--only SOUND]\n");
        return 2;
    }
    const std::filesystem::path resources = paths[0];
    const std::filesystem::path file =
        paths.size() > 1 ? std::filesystem::path(paths[1]) : resources / "catalog" / "palette.json";
    Catalog catalog = Catalog::load(resources);
    Palette& palette = catalog.palette;
    if (!only.empty() && !palette.sounds.contains(only)) {
        std::fprintf(stderr, "palette-calibrator: the palette has no sound named '%s'\n", only.c_str());
        return 2;
    }
    nlohmann::ordered_json json;
    std::ifstream(file) >> json;
    for (auto& [name, sound] : palette.sounds) {
        if (!only.empty() && name != only)
            continue;
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
        const PaletteSound::RenderCost cost = measureCost(name, role, palette);
        std::printf("%-22s renders at %.2g s per second a note sounds, rings %.2f s\n", name.c_str(), cost.load,
                    cost.ringSeconds);
        // Two significant figures: the proportions matter, not the run's noise.
        const auto rounded = [](double x) {
            std::array<char, 32> text{};
            std::snprintf(text.data(), text.size(), "%.2g", x);
            return std::stod(text.data());
        };
        json["sounds"][name]["render_cost"] = {{"load", rounded(cost.load)}, {"ring_s", rounded(cost.ringSeconds)}};
    }
    std::ofstream(file) << json.dump(1) << "\n";
    return 0;
}
