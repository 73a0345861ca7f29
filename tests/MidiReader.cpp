// SPDX-License-Identifier: GPL-3.0-or-later
#include "MidiReader.h"

#include <cstdint>
#include <stdexcept>

namespace cadenza::test {

Midi readMidi(const std::string& bytes) {
    const auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(bytes.at(i)); };
    const auto bigEndian = [&](std::size_t i, int count) {
        std::uint32_t v = 0;
        for (int k = 0; k < count; ++k)
            v = (v << 8) | byteAt(i + static_cast<std::size_t>(k));
        return v;
    };
    Midi midi;
    if (bytes.substr(0, 4) != "MThd")
        throw std::runtime_error("no MThd");
    midi.division = static_cast<int>(bigEndian(12, 2));
    std::size_t pos = 14;
    while (pos < bytes.size()) {
        if (bytes.substr(pos, 4) != "MTrk")
            throw std::runtime_error("no MTrk");
        const std::size_t end = pos + 8 + bigEndian(pos + 4, 4);
        pos += 8;
        MidiTrack track;
        Tick tick = 0;
        while (pos < end) {
            std::uint32_t delta = 0;
            unsigned char c = 0;
            do {
                c = byteAt(pos++);
                delta = (delta << 7) | (c & 0x7F);
            } while (c & 0x80);
            tick += delta;
            const unsigned char status = byteAt(pos++);
            if (status == 0xFF) {
                const unsigned char type = byteAt(pos++);
                const std::size_t length = byteAt(pos++); // short events only in our files
                if (type == 0x51)
                    midi.microsPerQuarter = static_cast<int>(bigEndian(pos, 3));
                if (type == 0x58)
                    midi.meter = std::to_string(byteAt(pos)) + "/" + std::to_string(1 << byteAt(pos + 1));
                pos += length;
                continue;
            }
            const int kind = status & 0xF0;
            track.channel = status & 0x0F;
            if (kind == 0xC0) {
                track.program = byteAt(pos++);
                continue;
            }
            const int data1 = byteAt(pos++);
            const int data2 = byteAt(pos++);
            if (kind == 0x90 && data2 > 0) {
                track.notes.push_back({tick, data1, data2, -1});
            } else if (kind == 0x80 || kind == 0x90) {
                // The earliest note of this pitch still sounding ends here.
                for (auto& note : track.notes)
                    if (note.pitch == data1 && note.length < 0) {
                        note.length = tick - note.tick;
                        break;
                    }
            } else if (kind == 0xE0) {
                ++track.bends;
            }
        }
        midi.tracks.push_back(track);
    }
    return midi;
}

} // namespace cadenza::test
