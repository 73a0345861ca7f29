// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcribe/Transcription.h"

#include "compose/MidiFile.h"
#include "music/Score.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace cadenza {
namespace {

constexpr int kElectricPiano = 4; // GM program 5, what the reference's MIDI files use
constexpr int kBendRange = 2;     // semitones
constexpr int kBendsPerSemitone = Posteriorgrams::kContourBins / Posteriorgrams::kKeys; // bends are contour bins
constexpr int kBendUnitsPerSemitone = 4096; // of ±8192 over the ±2-semitone range

// The notes (by index) that overlap another in time, whose bends MIDI cannot carry.
std::vector<bool> overlapping(const std::vector<TranscribedNote>& notes) {
    std::vector<std::size_t> order(notes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return notes[a].start < notes[b].start; });
    std::vector<bool> overlaps(notes.size(), false);
    double latestEnd = -1;
    std::size_t latest = 0;
    for (const std::size_t i : order) {
        if (latestEnd > notes[i].start) {
            overlaps[i] = true;
            overlaps[latest] = true;
        }
        if (notes[i].end > latestEnd) {
            latestEnd = notes[i].end;
            latest = i;
        }
    }
    return overlaps;
}

} // namespace

int noteVelocity(const TranscribedNote& note) {
    return std::clamp(static_cast<int>(std::lround(127.0 * note.amplitude)), 1, 127);
}

std::string transcriptionToJson(const Transcription& t) {
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& note : t.notes)
        notes.push_back({{"start", note.start},
                         {"end", note.end},
                         {"pitch", note.pitch},
                         {"velocity", noteVelocity(note)},
                         {"amplitude", note.amplitude},
                         {"bends", note.bends}});
    nlohmann::json chords = nlohmann::json::array();
    const bool flats = t.key ? t.key->prefersFlats() : true;
    for (const auto& c : t.chords)
        chords.push_back({{"start", c.start},
                          {"end", c.end},
                          {"symbol", c.chord.name(flats)},
                          {"root", c.chord.root},
                          {"intervals", c.chord.intervals}});
    nlohmann::json json{{"model", t.model},
                        {"stem", t.stem},
                        {"tempo", t.tempo},
                        {"seconds", t.seconds},
                        {"options",
                         {{"onset_threshold", t.options.onsetThreshold},
                          {"frame_threshold", t.options.frameThreshold},
                          {"min_note_ms", t.options.minNoteMs},
                          {"infer_onsets", t.options.inferOnsets},
                          {"melodia_trick", t.options.melodiaTrick}}},
                        {"notes", std::move(notes)},
                        {"chords", std::move(chords)}};
    if (t.key)
        json["key"] = t.key->name();
    if (t.notesKey) {
        json["key_from_notes"] = t.notesKey->name();
        json["key_from_notes_confidence"] = t.notesKeyConfidence;
    }
    return json.dump();
}

Transcription transcriptionFromJson(const std::string& text) {
    try {
        const auto json = nlohmann::json::parse(text);
        Transcription t;
        t.model = json.value("model", t.model);
        t.stem = json.value("stem", "");
        t.tempo = json.at("tempo").get<double>();
        t.seconds = json.value("seconds", 0.0);
        if (json.contains("key"))
            t.key = Key::parse(json["key"].get<std::string>());
        if (json.contains("key_from_notes")) {
            t.notesKey = Key::parse(json["key_from_notes"].get<std::string>());
            t.notesKeyConfidence = json.value("key_from_notes_confidence", 0.0);
        }
        for (const auto& c : json.value("chords", nlohmann::json::array())) {
            TimedChord chord{c.at("start").get<double>(), c.at("end").get<double>(), {}};
            chord.chord.root = c.at("root").get<int>();
            chord.chord.intervals = c.at("intervals").get<std::vector<int>>();
            chord.chord.symbol = c.value("symbol", "");
            t.chords.push_back(std::move(chord));
        }
        if (json.contains("options")) {
            const auto& o = json["options"];
            t.options.onsetThreshold = o.value("onset_threshold", t.options.onsetThreshold);
            t.options.frameThreshold = o.value("frame_threshold", t.options.frameThreshold);
            t.options.minNoteMs = o.value("min_note_ms", t.options.minNoteMs);
            t.options.inferOnsets = o.value("infer_onsets", t.options.inferOnsets);
            t.options.melodiaTrick = o.value("melodia_trick", t.options.melodiaTrick);
        }
        for (const auto& n : json.at("notes"))
            t.notes.push_back({n.at("start").get<double>(), n.at("end").get<double>(), n.at("pitch").get<int>(),
                               n.value("amplitude", 0.0), n.value("bends", std::vector<int>{})});
        return t;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("not a transcription: ") + e.what());
    }
}

std::string transcriptionMidiBytes(const Transcription& transcription) {
    return transcriptionsMidiBytes({transcription});
}

std::string transcriptionsMidiBytes(const std::vector<Transcription>& transcriptions) {
    Score score;
    if (transcriptions.empty())
        return midiFileBytes(score);
    const Transcription& first = transcriptions.front();
    score.tempo = std::max(1, static_cast<int>(std::lround(first.tempo)));
    score.meter = Meter{4, 4};
    if (first.key)
        score.key = *first.key;
    const auto tickAt = [&](double seconds) {
        return static_cast<Tick>(std::lround(seconds / score.secondsPerTick()));
    };

    int channel = 0;
    for (const Transcription& t : transcriptions) {
        Part part;
        part.role = t.stem.empty() ? "transcription" : t.stem;
        part.group = part.role;
        part.program = kElectricPiano;
        part.bendRange = kBendRange;
        part.channel = channel;
        channel = std::min(15, channel + (channel == 8 ? 2 : 1)); // channel 10 (9) is the drums'
        const auto overlaps = overlapping(t.notes);
        for (std::size_t i = 0; i < t.notes.size(); ++i) {
            const auto& note = t.notes[i];
            const Tick start = tickAt(note.start);
            const Tick length = std::max<Tick>(1, tickAt(note.end) - start);
            part.notes.push_back({start, length, note.pitch, noteVelocity(note)});
            if (overlaps[i] || note.bends.empty())
                continue;
            // As the reference: the bends spread evenly from the note's start to its end.
            const auto count = note.bends.size();
            for (std::size_t b = 0; b < count; ++b) {
                const double at = count > 1 ? note.start + (note.end - note.start) * static_cast<double>(b) /
                                                               static_cast<double>(count - 1)
                                            : note.start;
                const int value = std::clamp(static_cast<int>(std::lround(static_cast<double>(note.bends[b]) *
                                                                          kBendUnitsPerSemitone / kBendsPerSemitone)),
                                             -8192, 8191);
                part.bends.push_back({tickAt(at), value});
            }
            if (note.bends.back() != 0)
                part.bends.push_back({start + length, 0});
        }
        score.parts.push_back(std::move(part));
    }
    // The chords of the first transcription (the mix's, when it is there).
    for (const auto& c : first.chords)
        score.chords.push_back({tickAt(c.start), std::max<Tick>(1, tickAt(c.end) - tickAt(c.start)), c.chord});
    return midiFileBytes(score);
}

} // namespace cadenza
