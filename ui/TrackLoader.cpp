// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrackLoader.h"

#include "audio/AudioFile.h"
#include "audio/IntegratedLoudness.h"
#include "compose/ScoreJson.h"
#include "dsp/Spectrogram.h"
#include "transcribe/Transcription.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

namespace cadenza {
namespace {

std::optional<nlohmann::json> readJson(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in)
        return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    auto json = nlohmann::json::parse(text.str(), nullptr, false);
    return json.is_discarded() ? std::nullopt : std::optional(std::move(json));
}

// A composed song's score (score.json), where it has one this Cadenza can read.
std::optional<Score> readScore(const std::filesystem::path& folder) {
    std::ifstream in(folder / "score.json");
    if (!in)
        return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    try {
        return scoreFromJson(text.str());
    } catch (const std::exception&) {
        return std::nullopt; // the lanes show waveforms only
    }
}

double secondsPerTick(const Score& score) {
    return 60.0 / std::max(1, score.tempo) / static_cast<double>(Score::kTicksPerQuarter);
}

// The notes of a score, by the stem that plays them.
std::map<std::string, std::vector<LaneNote>> scoreNotes(const Score& score) {
    std::map<std::string, std::vector<LaneNote>> byStem;
    const double perTick = secondsPerTick(score);
    for (const auto& part : score.parts) {
        auto& notes = byStem[part.group];
        for (const auto& note : part.notes)
            notes.push_back({static_cast<double>(note.tick) * perTick,
                             static_cast<double>(note.tick + note.length) * perTick, note.pitch,
                             static_cast<float>(note.velocity) / 127.0f});
    }
    return byStem;
}

std::vector<ChordMarker> scoreChords(const Score& score) {
    std::vector<ChordMarker> chords;
    const double perTick = secondsPerTick(score);
    for (const auto& span : score.chords)
        chords.push_back({QString::fromStdString(span.chord.name(score.key.prefersFlats())),
                          static_cast<double>(span.tick) * perTick,
                          static_cast<double>(span.tick + span.length) * perTick});
    return chords;
}

// The song's own sections, tempo, meter and key; where song.json has none (a recording),
// the analysis's.
SongTiming timingOf(const std::optional<nlohmann::json>& facts, const std::optional<std::string>& analysis) {
    const auto analysed = analysis ? std::optional(nlohmann::json::parse(*analysis, nullptr, false)) : std::nullopt;
    const bool hasAnalysis = analysed && analysed->is_object();
    const auto sectionsOf = [](const nlohmann::json& json, const char* nameKey) {
        std::vector<SectionMarker> sections;
        for (const auto& section : json.value("sections", nlohmann::json::array()))
            sections.push_back({QString::fromStdString(section.value(nameKey, "")), section.value("start", 0.0),
                                section.value("end", 0.0)});
        return sections;
    };
    SongTiming timing;
    if (facts)
        timing.sections = sectionsOf(*facts, "name");
    if (timing.sections.empty() && hasAnalysis)
        timing.sections = sectionsOf(*analysed, "label");
    if (facts && facts->value("tempo", 0.0) > 0) {
        const auto meter = Meter::parse(facts->value("meter", "4/4")).value_or(Meter{});
        timing.grid = BarGrid(facts->value("tempo", 0.0), meter);
    } else if (hasAnalysis) {
        const auto beats = analysed->value("beats", std::vector<double>{});
        timing.grid = BarGrid(analysed->value("tempo", 0.0), Meter{}, beats.empty() ? 0.0 : beats.front());
    }
    timing.key = QString::fromStdString(facts ? facts->value("key", "") : "");
    if (timing.key.isEmpty() && hasAnalysis)
        timing.key = QString::fromStdString(analysed->value("key", ""));
    return timing;
}

} // namespace

SongTiming readTiming(const std::filesystem::path& folder, const std::optional<std::string>& analysis) {
    return timingOf(readJson(folder / "song.json"), analysis);
}

QString timingFacts(const SongTiming& timing) {
    QStringList said;
    if (timing.grid.valid())
        said << QString("%1 BPM").arg(qRound(timing.grid.quartersPerMinute()));
    if (!timing.key.isEmpty())
        said << timing.key;
    if (timing.grid.valid())
        said << QString::fromStdString(timing.grid.meter().name());
    return said.join(" · ");
}

std::vector<ChordMarker> heardChords(const Transcription& transcription) {
    const bool flats = transcription.key ? transcription.key->prefersFlats() : false;
    std::vector<ChordMarker> chords;
    for (const auto& timed : transcription.chords)
        chords.push_back({QString::fromStdString(timed.chord.name(flats)), timed.start, timed.end});
    return chords;
}

std::vector<LaneNote> laneNotes(const Transcription& transcription) {
    std::vector<LaneNote> notes;
    notes.reserve(transcription.notes.size());
    for (const auto& note : transcription.notes)
        notes.push_back({note.start, note.end, note.pitch, static_cast<float>(note.amplitude)});
    return notes;
}

LoadedTrack loadTrack(const std::filesystem::path& folder, const LaneSource& lanes,
                      const std::optional<std::string>& analysis) {
    LoadedTrack track;
    ArrangementSong& song = track.song;
    StereoBuffer mix = readAudioFile(folder / "song.wav");
    song.mix = std::make_shared<const PeakPyramid>(mix);
    song.spectrogram = std::make_shared<const Spectrogram>(computeSpectrogram(mix));
    song.duration = static_cast<double>(mix.frames()) / mix.sampleRate;
    track.lufs = measureIntegratedLoudness(mix);

    const auto facts = readJson(folder / "song.json");
    std::map<std::string, QStringList> sounds;
    if (facts && facts->contains("instruments"))
        for (const auto& instrument : (*facts)["instruments"])
            sounds[instrument.value("stem", "")] << QString::fromStdString(instrument.value("name", ""));
    const auto score = readScore(folder);
    auto notes = score ? scoreNotes(*score) : std::map<std::string, std::vector<LaneNote>>{};
    if (score)
        song.chords = scoreChords(*score);

    for (const auto& name : lanes.stems) {
        const auto file = lanes.folder / (name + ".wav");
        StereoBuffer audio = readAudioFile(file);
        ArrangementLane lane{QString::fromStdString(name), sounds[name].join(", "), file, {}};
        lane.content.peaks = std::make_shared<const PeakPyramid>(audio);
        lane.content.notes = std::move(notes[name]);
        song.lanes.push_back(std::move(lane));
        track.stems.push_back({name, std::move(audio)});
    }
    if (track.stems.empty()) { // a recording not separated: the mix is its only lane
        song.lanes.push_back({"mix", {}, folder / "song.wav", {song.mix, {}}});
        track.stems.push_back({"mix", std::move(mix)});
    }

    song.timing = timingOf(facts, analysis);
    track.facts = timingFacts(song.timing);
    if (facts && facts->contains("engine") && facts->value("tempo", 0) > 0) {
        const auto loudness = facts->value("loudness", nlohmann::json::object());
        track.composed = ComposedFacts{.tempo = facts->value("tempo", 0),
                                       .key = QString::fromStdString(facts->value("key", "")),
                                       .meter = QString::fromStdString(facts->value("meter", "4/4")),
                                       .genre = QString::fromStdString(facts->value("genre", "")),
                                       .mood = QString::fromStdString(facts->value("mood", "")),
                                       .sections = song.timing.sections,
                                       .lufs = loudness.value("integrated_lufs", 0.0),
                                       .loudnessRange = loudness.value("loudness_range", 0.0),
                                       .truePeak = loudness.value("true_peak_dbtp", 0.0)};
    }
    return track;
}

} // namespace cadenza
