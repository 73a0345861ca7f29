// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/Palette.h"

#include <stdexcept>

namespace cadenza {

const std::map<std::string, std::set<std::string>>& synthSettings() {
    static const std::map<std::string, std::set<std::string>> settings = {
        {"supersaw", {"detune", "cutoff", "resonance", "envelope", "attack", "decay", "sustain", "release"}},
        {"analog",
         {"shape", "detune", "cutoff", "resonance", "envelope", "attack", "decay", "sustain", "release", "vibrato"}},
        {"pluck", {"cutoff", "decay", "brightness"}},
        {"acid", {"cutoff", "resonance", "envelope", "decay", "glide"}},
        {"bass808", {"drive", "decay", "glide"}},
        {"sub", {"drive", "release"}},
        {"drums", {"tone"}},
    };
    return settings;
}

const PaletteSound& Palette::sound(const std::string& name) const {
    const auto it = sounds.find(name);
    if (it == sounds.end())
        throw std::runtime_error("the palette has no sound '" + name + "'");
    return it->second;
}

std::vector<const PaletteSound*> Palette::forRole(const std::string& role) const {
    std::vector<const PaletteSound*> out;
    for (const auto& [name, sound] : sounds)
        if (sound.roles.contains(role))
            out.push_back(&sound);
    return out;
}

std::string Palette::sourceOf(const PaletteSound& sound) const {
    switch (sound.kind) {
    case SoundKind::SoundFont:
        return fonts.at(sound.preset.font).file.filename().string() + ", bank " + std::to_string(sound.preset.bank) +
               ", program " + std::to_string(sound.preset.program);
    case SoundKind::SampleKit:
        return kits.at(sound.kit).folder.filename().string();
    case SoundKind::Synth:
        return "Cadenza's " + sound.synth + " synthesizer";
    }
    return {};
}

std::string Palette::packageOf(const PaletteSound& sound) const {
    switch (sound.kind) {
    case SoundKind::SoundFont:
        return fonts.at(sound.preset.font).package;
    case SoundKind::SampleKit:
        return kits.at(sound.kit).package;
    case SoundKind::Synth:
        return "cadenza";
    }
    return {};
}

std::string Palette::licenceOf(const PaletteSound& sound) const {
    switch (sound.kind) {
    case SoundKind::SoundFont:
        return fonts.at(sound.preset.font).licence;
    case SoundKind::SampleKit:
        return kits.at(sound.kit).licence;
    case SoundKind::Synth:
        return "GPL-3.0-or-later";
    }
    return {};
}

std::vector<std::filesystem::path> Palette::filesOf(const PaletteSound& sound) const {
    std::vector<std::filesystem::path> files;
    switch (sound.kind) {
    case SoundKind::SoundFont:
        files.push_back(fonts.at(sound.preset.font).file);
        if (sound.fallback)
            files.push_back(fonts.at(sound.fallback->font).file);
        break;
    case SoundKind::SampleKit: {
        const auto& kit = kits.at(sound.kit);
        for (const auto& [note, file] : kit.notes)
            files.push_back(kit.folder / file);
        break;
    }
    case SoundKind::Synth:
        break;
    }
    return files;
}

} // namespace cadenza
