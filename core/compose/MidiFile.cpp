// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/MidiFile.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

namespace cadenza {
namespace {

struct Event {
    Tick tick;
    int order; // at equal ticks: controllers, then note-offs, then note-ons
    std::vector<std::uint8_t> bytes;
};

void putVarLen(std::string& out, std::uint32_t value) {
    std::uint8_t buffer[5];
    int n = 0;
    buffer[n++] = static_cast<std::uint8_t>(value & 0x7F);
    while ((value >>= 7) > 0)
        buffer[n++] = static_cast<std::uint8_t>((value & 0x7F) | 0x80);
    while (n > 0)
        out.push_back(static_cast<char>(buffer[--n]));
}

void putBigEndian(std::string& out, std::uint32_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::vector<std::uint8_t> meta(std::uint8_t type, const std::string& data) {
    std::vector<std::uint8_t> bytes{0xFF, type};
    std::string length;
    putVarLen(length, static_cast<std::uint32_t>(data.size()));
    bytes.insert(bytes.end(), length.begin(), length.end());
    bytes.insert(bytes.end(), data.begin(), data.end());
    return bytes;
}

std::string chunk(std::vector<Event> events) {
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.tick, a.order) < std::tie(b.tick, b.order);
    });
    std::string body;
    Tick last = 0;
    for (const auto& e : events) {
        putVarLen(body, static_cast<std::uint32_t>(e.tick - last));
        body.append(e.bytes.begin(), e.bytes.end());
        last = e.tick;
    }
    putVarLen(body, 0);
    body.append("\xFF\x2F\x00", 3); // end of track
    std::string out = "MTrk";
    putBigEndian(out, static_cast<std::uint32_t>(body.size()), 4);
    return out + body;
}

std::uint8_t byte(int value) {
    return static_cast<std::uint8_t>(std::clamp(value, 0, 127));
}

} // namespace

std::string midiFileBytes(const Score& score) {
    std::vector<std::string> tracks;

    std::vector<Event> conductor;
    const auto microsPerQuarter = static_cast<std::uint32_t>(60'000'000 / score.tempo);
    conductor.push_back({0, 0, meta(0x03, "Cadenza")});
    conductor.push_back(
        {0,
         0,
         {0xFF, 0x51, 0x03, static_cast<std::uint8_t>(microsPerQuarter >> 16),
          static_cast<std::uint8_t>(microsPerQuarter >> 8), static_cast<std::uint8_t>(microsPerQuarter)}});
    std::uint8_t denominatorPower = 0;
    while ((1 << denominatorPower) < score.meter.denominator)
        ++denominatorPower;
    conductor.push_back({0,
                         0,
                         {0xFF, 0x58, 0x04, static_cast<std::uint8_t>(score.meter.numerator), denominatorPower,
                          score.meter.compound() ? std::uint8_t{36} : std::uint8_t{24}, 8}});
    // Key signature: sharps (+) or flats (-) of the key, and the mode.
    static constexpr int majorAccidentals[12] = {0, -5, 2, -3, 4, -1, 6, 1, -4, 3, -2, 5};
    const int relativeMajor = score.key.mode == Mode::Major ? score.key.tonic : wrapPitchClass(score.key.tonic + 3);
    conductor.push_back(
        {0,
         0,
         {0xFF, 0x59, 0x02, static_cast<std::uint8_t>(static_cast<std::int8_t>(majorAccidentals[relativeMajor])),
          static_cast<std::uint8_t>(score.key.mode == Mode::Minor ? 1 : 0)}});
    for (const auto& section : score.sections)
        conductor.push_back({section.startBar * score.ticksPerBar(), 1, meta(0x06, section.kind)});
    // Chord symbols as text events, which DAWs show on the timeline.
    for (const auto& span : score.chords)
        if (!span.chord.intervals.empty())
            conductor.push_back({span.tick, 1, meta(0x01, span.chord.name(score.key.prefersFlats()))});
    tracks.push_back(chunk(std::move(conductor)));

    for (const auto& part : score.parts) {
        std::vector<Event> events;
        const auto ch = static_cast<std::uint8_t>(part.channel);
        events.push_back({0, 0, meta(0x03, part.role)});
        events.push_back({0, 0, {static_cast<std::uint8_t>(0xC0 | ch), byte(part.program)}});
        for (const auto& [controller, value] : {std::pair{7, part.volume}, std::pair{10, part.pan},
                                                std::pair{91, part.reverb}, std::pair{93, part.chorus}})
            events.push_back({0, 0, {static_cast<std::uint8_t>(0xB0 | ch), byte(controller), byte(value)}});
        // Pitch-bend range through RPN 0.
        for (const auto& [controller, value] :
             {std::pair{101, 0}, std::pair{100, 0}, std::pair{6, part.bendRange}, std::pair{38, 0}})
            events.push_back({0, 0, {static_cast<std::uint8_t>(0xB0 | ch), byte(controller), byte(value)}});
        for (const auto& bend : part.bends) {
            const int v = std::clamp(bend.value + 8192, 0, 16383);
            events.push_back({bend.tick, 0, {static_cast<std::uint8_t>(0xE0 | ch), byte(v & 0x7F), byte(v >> 7)}});
        }
        for (const auto& note : part.notes) {
            events.push_back(
                {note.tick,
                 2,
                 {static_cast<std::uint8_t>(0x90 | ch), byte(note.pitch), byte(std::max(1, note.velocity))}});
            events.push_back({note.tick + note.length, 1, {static_cast<std::uint8_t>(0x80 | ch), byte(note.pitch), 0}});
        }
        tracks.push_back(chunk(std::move(events)));
    }

    std::string file = "MThd";
    putBigEndian(file, 6, 4);
    putBigEndian(file, 1, 2);
    putBigEndian(file, static_cast<std::uint32_t>(tracks.size()), 2);
    putBigEndian(file, static_cast<std::uint32_t>(Score::kTicksPerQuarter), 2);
    for (const auto& t : tracks)
        file += t;
    return file;
}

} // namespace cadenza
