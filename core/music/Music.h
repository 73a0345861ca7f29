// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace cadenza {

enum class Mode { Major, Minor };

// A tonal centre: tonic pitch class (0 = C) and mode. Printed the way musicians spell keys
// ("Bb minor", "F# major").
struct Key {
    int tonic = 9;
    Mode mode = Mode::Minor;

    std::string name() const;
    // Whether the key is spelled with flats (F, Bb, Eb, Ab, Db major and their relative minors).
    bool prefersFlats() const;
    // Accepts "A minor", "F# major", "Bb min", "eb", "G" (major), "C sharp minor".
    static std::optional<Key> parse(std::string_view text);
    // Pitch classes of the diatonic scale, tonic first (natural minor for minor keys).
    std::array<int, 7> scale() const;
    bool operator==(const Key&) const = default;
};

// A time signature. Compound meters (6/8, 12/8) group three eighths into a beat.
struct Meter {
    int numerator = 4;
    int denominator = 4;

    static constexpr int kStepsPerWhole = 16; // the grid is sixteenth notes

    int stepsPerBar() const { return numerator * kStepsPerWhole / denominator; }
    bool compound() const { return denominator == 8 && numerator % 3 == 0; }
    int stepsPerBeat() const { return compound() ? 6 : kStepsPerWhole / denominator; }
    int beatsPerBar() const { return stepsPerBar() / stepsPerBeat(); }
    // Quarter notes per bar: a bar's length in the unit that the tempo counts.
    double quartersPerBar() const { return 4.0 * numerator / denominator; }
    std::string name() const;
    // Accepts the supported meters only: 2/4, 3/4, 4/4, 6/8 and 12/8.
    static std::optional<Meter> parse(std::string_view text);
    bool operator==(const Meter&) const = default;
};

// "C", "C#", ... spelled with sharps or flats.
std::string pitchClassName(int pitchClass, bool preferFlats);
// Parses a note letter with an optional accidental ("Bb", "f#", "E flat"); returns the
// pitch class and how many characters it used.
std::optional<std::pair<int, std::size_t>> parsePitchClass(std::string_view text);

inline int wrapPitchClass(int pc) {
    return ((pc % 12) + 12) % 12;
}

} // namespace cadenza
