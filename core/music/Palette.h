// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cadenza {

// Where the sounds come from: a SoundFont, or a folder of drum samples, each installed by a
// Debian package under a licence.
struct SoundFontFile {
    std::filesystem::path file;
    std::string package;
    std::string licence;
};

struct SampleKit {
    std::filesystem::path folder;
    std::string package;
    std::string licence;
    std::map<int, std::string> notes;  // MIDI note -> sample file in the folder
    std::vector<std::set<int>> chokes; // notes that silence each other (closed and open hats)
};

// A SoundFont preset: font (an id of Palette::fonts), bank and program.
struct PresetRef {
    std::string font;
    int bank = 0;
    int program = 0;
};

enum class SoundKind { SoundFont, SampleKit, Synth };

// One sound of the palette: what a part plays. A sound is a SoundFont preset, a sampled
// drum kit, or one of the synthesizers compiled into Cadenza (render/faust/synths.dsp) with
// its settings.
struct PaletteSound {
    std::string name;
    std::set<std::string> roles; // the parts it may play
    int gmProgram = 0;           // written to song.mid: the General MIDI program, or kit
    std::string character;
    // Brings the sound to the loudness of FluidR3's preset of the same General MIDI program,
    // so that sounds sharing a stem play at one level (tools/palette-calibrator measures it).
    double gainDb = 0;
    // What the sound costs to render, for the order stems render in (the costliest first,
    // so the two cores finish together): `load` render seconds per second that one of its
    // notes sounds, `ringSeconds` how long a note sounds on after its note-off (a
    // pizzicato's samples ring for a second or two, a synth lead's release is short). From
    // tools/palette-calibrator; a sound it has not measured yet counts as an average one.
    struct RenderCost {
        double load = 0.0008;
        double ringSeconds = 0.5;
    };
    std::optional<RenderCost> cost;
    SoundKind kind = SoundKind::SoundFont;
    PresetRef preset;                  // SoundFont
    std::optional<PresetRef> fallback; // a drum kit's preset for the notes outside `notes`
    int lowestNote = 0;                // the notes the preset itself plays (the rest go to the fallback)
    int highestNote = 127;
    std::string kit;                        // SampleKit: an id of Palette::kits
    std::string synth;                      // Synth: supersaw, analog, pluck, acid, bass808, sub, drums
    std::map<std::string, double> settings; // Synth: its parameters
};

// Every sound Cadenza plays, read from catalog/palette.json: what genre files, the prompt's
// instrument words and the sound swap pick from, by name.
struct Palette {
    std::map<std::string, SoundFontFile> fonts;
    std::map<std::string, SampleKit> kits;
    std::map<std::string, PaletteSound> sounds;

    // The sound of that name; std::runtime_error for another.
    const PaletteSound& sound(const std::string& name) const;
    // The sounds that may play a role, by name.
    std::vector<const PaletteSound*> forRole(const std::string& role) const;
    // Where a sound comes from, for people: "MuseScore_General_Full.sf2, bank 0, program 0",
    // "TR808EmulationKit", "Cadenza's supersaw synthesizer".
    std::string sourceOf(const PaletteSound& sound) const;
    // The package and licence of the files a sound plays from.
    std::string packageOf(const PaletteSound& sound) const;
    std::string licenceOf(const PaletteSound& sound) const;
    // The files a sound needs on disk (its fonts, or its kit's samples).
    std::vector<std::filesystem::path> filesOf(const PaletteSound& sound) const;
};

// The synthesizers and the settings each takes, as render/faust/synths.dsp defines them.
const std::map<std::string, std::set<std::string>>& synthSettings();

} // namespace cadenza
