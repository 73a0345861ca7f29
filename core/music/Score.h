// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Music.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cadenza {

using Tick = std::int64_t;

struct NoteEvent {
    Tick tick = 0;
    Tick length = 0;
    int pitch = 60;
    int velocity = 90;
};

// A pitch-bend value in [-8192, 8191], relative to the part's bend range.
struct BendEvent {
    Tick tick = 0;
    int value = 0;
};

// One instrument's notes. Its group names the stem it renders into.
struct Part {
    std::string role;  // drums, bass, harmony, lead, pad, arp
    std::string group; // the stem: equal to the role in the default arrangement
    std::string sound; // the palette's sound that renders it
    int program = 0;   // GM program, or kit number on the drum channel, for song.mid
    int channel = 0;   // MIDI channel 0-15; 9 is percussion
    int volume = 100;
    int pan = 64;
    int reverb = 40;
    int chorus = 0;
    int bendRange = 2; // semitones
    std::vector<NoteEvent> notes;
    std::vector<BendEvent> bends;

    bool drums() const { return channel == 9; }
};

struct ScoreSection {
    std::string kind; // intro, verse, chorus, bridge, solo, breakdown, build, drop, outro
    int startBar = 0;
    int bars = 0;
    int energy = 2;
};

struct Chord {
    std::string symbol;         // as written in the catalog, e.g. "ii7", "bVImaj7"
    int root = 0;               // pitch class
    std::vector<int> intervals; // semitones above the root, root (0) first

    std::vector<int> pitchClasses() const;
    // The chord's name as a lead sheet writes it, from its root and intervals: "C", "Am",
    // "G7", "Fmaj7", "Bm7b5", "Dsus4"... (`preferFlats` spells the root: "Bb" or "A#", as
    // Key::prefersFlats says for the song's key).
    std::string name(bool preferFlats) const;
};

struct ChordSpan {
    Tick tick = 0;
    Tick length = 0;
    Chord chord;
};

struct Score {
    static constexpr Tick kTicksPerQuarter = 480;
    static constexpr Tick kTicksPerStep = kTicksPerQuarter / 4; // a sixteenth note

    int tempo = 120;
    Meter meter;
    Key key;
    int bars = 0;               // bars of music; the song's tail lets the last chord ring
    double durationSeconds = 0; // length of the rendered song
    Tick origin = 0;            // an excerpt's first tick in its song (render/StemSplice); 0 for a song
    std::vector<ScoreSection> sections;
    std::vector<ChordSpan> chords;
    std::vector<Part> parts;

    Tick ticksPerBar() const { return meter.stepsPerBar() * kTicksPerStep; }
    Tick musicTicks() const { return bars * ticksPerBar(); }
    double secondsPerTick() const { return 60.0 / (tempo * static_cast<double>(kTicksPerQuarter)); }
    double secondsAt(Tick tick) const { return static_cast<double>(tick) * secondsPerTick(); }
    const Chord& chordAt(Tick tick) const;
    // The section playing at `tick` (the last one for ticks past the end).
    const ScoreSection& sectionAt(Tick tick) const;
    // The stems this score renders into, in arrangement order.
    std::vector<std::string> groups() const;
};

} // namespace cadenza
