// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/EffectChain.h"
#include "music/MixSettings.h"
#include "music/Music.h"
#include "music/Palette.h"

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cadenza {

// Musical knowledge, loaded from the data files in resources/catalog. Nothing here is
// decided in code: a musician adds a genre by adding a JSON file.

// How one part of the band is played in a genre.
struct RoleStyle {
    std::string sound; // a sound of the palette: "grand-piano", "supersaw-pad", "tr808-kit"
    // Sections that play the part with another sound: section kind -> sound.
    std::map<std::string, std::string> sectionSounds;
    std::string style; // the pattern family, e.g. "walking", "stabs", "arpeggio"
    int low = 48;      // register, MIDI note numbers
    int high = 72;
    int volume = 100;  // MIDI CC 7
    int pan = 64;      // MIDI CC 10
    int reverb = 40;   // MIDI CC 91, the send to the synth's reverb bus
    int chorus = 0;    // MIDI CC 93
    int minEnergy = 1; // the part plays in sections of at least this energy
};

// One row of a drum groove: which drum, its step pattern, and from which energy it plays.
// Pattern characters: 'X' accent, 'x' normal, 'o' soft, 'g' ghost, '.' rest.
struct DrumLine {
    std::string drum;
    std::string pattern;
    int minEnergy = 1;
};

struct Swing {
    int unitSteps = 2; // 1: sixteenths swing, 2: eighths swing
    double amount = 0; // fraction of the unit by which the off-beat note is delayed
};

struct SectionPlan {
    std::string kind;
    int bars = 8;
};

struct GenreStyle {
    std::string id;
    std::string name;
    std::map<std::string, double> cues; // words and phrases that point to this genre
    std::string defaultMood;
    std::string remixPreset; // the effect preset that gives a recording this genre's sound, or none
    int tempoMin = 90;
    int tempoMax = 130;
    int tempoTypical = 110;
    Meter meter;
    double minorBias = 0.5; // chance of a minor key when neither prompt nor mood decides
    Swing swing;
    std::vector<SectionPlan> form;
    double barsPerChord = 1;
    std::vector<std::vector<std::string>> majorProgressions;
    std::vector<std::vector<std::string>> minorProgressions;
    std::map<std::string, RoleStyle> roles; // drums, bass, harmony, lead, and maybe pad, arp
    std::vector<DrumLine> groove;           // written for 4/4; other meters use meter grooves
    std::string fills = "rock";
    double melodyDensity = 0.5;         // 0 sparse .. 1 busy
    std::map<std::string, RoleMix> mix; // every role's strip and sends: mix.json's, with the genre's changes
    std::optional<Sidechain> sidechain;
};

struct MoodStyle {
    std::string id;
    std::string name;
    std::map<std::string, double> cues;
    double valence = 0;
    double arousal = 0;
    double minorProbability = 0.5;
    double tempoFactor = 1.0;
    double velocityScale = 1.0;
    double reverbScale = 1.0;        // multiplies every part's reverb send: dreamy washes, angry is dry
    double densityOffset = 0;        // added to the genre's melody density
    double articulation = 1.0;       // note lengths of pitched parts: < 1 detached, > 1 legato
    std::vector<std::string> genres; // genres that suit the mood, best first
};

// What a kind of section does to the arrangement.
struct SectionKind {
    std::string name;
    int energy = 2;          // 0 breakdown .. 3 chorus or drop
    std::string progression; // which progression slot it uses: verse, chorus, bridge
    std::string melody;      // verse, hook or none
    int dispensability = 0;  // a song too short for its form drops the highest first; 0: never
};

// A drum that grooves and fills name: its General MIDI percussion key, and whether it keeps
// time through a fill (kick, hats) or gives way to it.
struct DrumVoice {
    int note = 38;
    bool keepsTime = false;
};

// A named setting of the effects chain, such as "lo-fi" or "hall".
struct EffectPreset {
    std::string name;
    std::string description;
    EffectChain chain;
};

struct InstrumentCue {
    std::string phrase;
    std::string role;
    std::string sound; // of the palette
};

struct Catalog {
    std::vector<GenreStyle> genres;
    std::vector<MoodStyle> moods;
    std::map<std::string, SectionKind> sections;
    std::map<std::string, std::vector<DrumLine>> meterGrooves;       // "3/4" -> groove
    std::map<std::string, std::vector<std::vector<DrumLine>>> fills; // style -> 2-beat fills
    std::map<std::string, std::vector<std::string>> comping;         // harmony style -> chord rhythms
    std::map<std::string, std::string> bassCells;                    // bass style -> one-bar cell
    std::vector<InstrumentCue> instrumentCues;
    std::map<std::string, double> tempoCues;                         // "fast" -> 1.15
    std::map<std::string, std::string> meterCues;                    // "waltz" -> "3/4"
    std::map<std::string, std::map<std::string, double>> expansions; // WordNet: word -> target -> weight
    std::map<std::string, DrumVoice> drums;                          // "kick" -> key 36
    std::vector<EffectPreset> effectPresets;                         // by name
    std::string fallbackGenre;                  // when neither prompt, options nor mood name a genre
    Palette palette;                            // every sound the parts can play (palette.json)
    std::map<std::string, ReverbSpace> reverbs; // the mix's spaces (mix.json), by name
    double stemLevelLufs = -20;                 // a stem's loudness at full volume before its strip (mix.json)

    // Reads catalog/*.json under resourceDir and checks it whole: a typo (an unknown style,
    // drum, preset, section, role, instrument or field, a value out of its range) throws
    // std::runtime_error naming the file and the field, so that it fails at start-up and in
    // the tests, not when someone happens to pick that genre.
    static Catalog load(const std::filesystem::path& resourceDir);

    // Looks a genre or mood up by id or by display name, case-insensitively.
    const GenreStyle* findGenre(std::string_view idOrName) const;
    // As findGenre, but throws UserError("genre", ...) listing the genres when there is none.
    const GenreStyle& requireGenre(std::string_view idOrName) const;
    const MoodStyle* findMood(std::string_view idOrName) const;
    const SectionKind& section(const std::string& kind) const;
    const DrumVoice& drum(const std::string& name) const;
    // The styles a role of the band can play: those the composer's part writers play
    // themselves, and rhythm.json's bass cells (bass) or comping rhythms (chord parts).
    std::set<std::string> stylesFor(const std::string& role) const;
    // The preset's settings; UserError("preset", ...) listing the presets for another name.
    const EffectChain& effectPreset(std::string_view name) const;
};

// The roles a genre's band can have, in the order their parts are written and mixed.
inline constexpr const char* kBandRoles[] = {"drums", "bass", "harmony", "pad", "arp", "lead"};

} // namespace cadenza
