// SPDX-License-Identifier: GPL-3.0-or-later
#include "engines/SongFiles.h"

#include "audio/AudioFile.h"
#include "base/RunConcurrently.h"
#include "compose/MidiFile.h"
#include "compose/ScoreJson.h"
#include "music/GeneralMidi.h"
#include "music/Palette.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace cadenza {
namespace {

double rounded(double value, int decimals = 3) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

nlohmann::json scoredLabels(const std::vector<ScoredLabel>& labels) {
    auto out = nlohmann::json::array();
    for (std::size_t i = 0; i < labels.size() && i < 5; ++i)
        out.push_back({{"id", labels[i].id}, {"score", labels[i].score}});
    return out;
}

} // namespace

std::string songJson(const Song& song, const SongFileOptions& options) {
    const auto& spec = song.spec;
    const auto& score = song.score;
    nlohmann::json j;
    j["prompt"] = spec.prompt;
    j["genre"] = spec.genre;
    j["mood"] = spec.mood;
    j["tempo"] = spec.tempo;
    j["tempo_unit"] = "quarter notes per minute"; // also in 6/8, as in MIDI files
    j["key"] = spec.key.name();
    j["meter"] = spec.meter.name();
    j["duration"] = spec.duration;
    j["seed"] = spec.seed;
    j["engine"] = options.engineName;
    j["engine_version"] = options.engineVersion;
    if (spec.hook) {
        // Hum to song: where the chorus's melody came from; song.mid has it in the lead.
        j["melody"] = {{"source", spec.hook->source},
                       {"notes", spec.hook->notes.size()},
                       {"bars", spec.hook->bars},
                       {"sung_by", "lead"}};
    }
    auto instruments = nlohmann::json::array();
    for (const auto& part : score.parts) {
        FieldSource source = FieldSource::Default;
        for (const auto& choice : spec.instruments)
            if (choice.role == part.role)
                source = choice.source;
        nlohmann::json instrument = {
            {"role", part.role},
            {"stem", part.group},
            {"program", part.program},
            {"name", part.drums() ? generalMidiKitName(part.program) : generalMidiProgramName(part.program)},
            {"source", fieldSourceName(source)}};
        if (!part.sound.empty())
            instrument["sound"] = part.sound;
        if (options.palette && options.palette->sounds.contains(part.sound)) {
            const PaletteSound& sound = options.palette->sound(part.sound);
            instrument["sound_source"] = {{"from", options.palette->sourceOf(sound)},
                                          {"package", options.palette->packageOf(sound)},
                                          {"licence", options.palette->licenceOf(sound)}};
        }
        instruments.push_back(instrument);
    }
    j["instruments"] = instruments;
    if (song.levels.stageDb) { // what an edit renders with, so that what it leaves sounds the same
        j["levels"] = {{"stage_db", *song.levels.stageDb}, {"stems_db", song.levels.stemDb}};
        if (const auto& master = song.levels.master)
            j["levels"]["master"] = {
                {"input_db", master->inputDb}, {"gain_db", master->gainDb}, {"ceiling_db", master->ceilingDb}};
    }
    auto sections = nlohmann::json::array();
    for (std::size_t i = 0; i < score.sections.size(); ++i) {
        const auto& s = score.sections[i];
        const double start = score.secondsAt(s.startBar * score.ticksPerBar());
        const bool last = i + 1 == score.sections.size();
        const double end = last ? spec.duration : score.secondsAt((s.startBar + s.bars) * score.ticksPerBar());
        sections.push_back({{"name", s.kind},
                            {"start", rounded(start)},
                            {"end", rounded(end)},
                            {"bars", s.bars},
                            {"energy", s.energy}});
    }
    if (song.measured) {
        // No score: the sections, tempo and key are what the audio measures.
        for (const auto& s : song.measured->sections)
            sections.push_back({{"name", s.label}, {"start", rounded(s.start)}, {"end", rounded(s.end)}});
        j["measured"] = {{"tempo", rounded(song.measured->tempo, 1)},
                         {"key", song.measured->key.name()},
                         {"key_confidence", rounded(song.measured->keyConfidence, 2)}};
    }
    j["sections"] = sections;
    nlohmann::json sources;
    for (const auto& [field, source] : spec.sources)
        sources[field] = fieldSourceName(source);
    j["sources"] = sources;
    j["alternatives"] = {{"genre", scoredLabels(spec.genreScores)}, {"mood", scoredLabels(spec.moodScores)}};
    j["loudness"] = {{"integrated_lufs", rounded(song.master.loudness.integratedLufs, 2)},
                     {"true_peak_dbtp", rounded(song.master.loudness.truePeakDbtp, 2)},
                     {"sample_peak_dbfs", rounded(song.master.loudness.samplePeakDbfs, 2)},
                     {"loudness_range", rounded(song.master.loudness.loudnessRange, 2)}};
    auto stems = nlohmann::json::array();
    for (const auto& stem : song.stems)
        stems.push_back("stems/" + stem.group + ".wav");
    const bool midi = !score.parts.empty();
    j["midi"] = midi;
    j["files"] = {
        {"audio", "song.wav"}, {"midi", midi ? nlohmann::json("song.mid") : nlohmann::json()}, {"stems", stems}};
    if (!song.engineReport.empty())
        j["engine_report"] = nlohmann::json::parse(song.engineReport);
    return j.dump(2) + "\n";
}

SongWriter::SongWriter(std::filesystem::path folder, SongFileOptions options)
    : folder_(std::move(folder)), options_(std::move(options)) {
    std::filesystem::create_directories(folder_ / "stems");
}

void SongWriter::writeParts(const Score& score, const std::vector<Stem>& stems, const CancelToken& cancel) {
    if (!score.parts.empty()) {
        std::ofstream midi(files_.stage(folder_ / "song.mid"), std::ios::binary);
        midi << midiFileBytes(score);
        if (!midi.flush())
            throw std::runtime_error("cannot write " + (folder_ / "song.mid").string());
        std::ofstream kept(files_.stage(folder_ / "score.json"));
        kept << scoreToJson(score);
        if (!kept.flush())
            throw std::runtime_error("cannot write " + (folder_ / "score.json").string());
    }
    // Encoding the WAV files is most of the work: do it on every core.
    std::vector<std::function<void()>> encodes;
    encodes.reserve(stems.size());
    for (const auto& stem : stems)
        if (!kept_.contains(stem.group))
            encodes.emplace_back([&, path = files_.stage(folder_ / "stems" / (stem.group + ".wav"))] {
                writeWav(path, stem.audio, SampleFormat::Pcm24, cancel);
            });
    runConcurrently(encodes);
}

namespace {

// `from` under the temporary name `to`: a hard link where the file system allows, a copy otherwise.
void linkOrCopy(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code linkError;
    std::filesystem::create_hard_link(from, to, linkError);
    if (linkError)
        std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
}

} // namespace

void SongWriter::keepStem(const std::string& group, const std::filesystem::path& file) {
    linkOrCopy(file, files_.stage(folder_ / "stems" / (group + ".wav")));
    kept_.insert(group);
}

void SongWriter::finish(const Song& song) {
    {
        std::ofstream json(files_.stage(folder_ / "song.json"));
        json << songJson(song, options_);
        if (!json.flush())
            throw std::runtime_error("cannot write " + (folder_ / "song.json").string());
    }
    writeWav(files_.stage(folder_ / "song.wav"), song.master.audio, SampleFormat::Pcm24);
    files_.commit(); // renames in staging order: song.wav last
}

void copySongFolder(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(from))
        if (entry.is_regular_file())
            files.push_back(std::filesystem::relative(entry.path(), from));
    // song.wav marks a complete song: it goes last.
    std::stable_partition(files.begin(), files.end(), [](const auto& f) { return f != "song.wav"; });
    OutputTransaction staged;
    for (const auto& file : files) {
        std::filesystem::create_directories((to / file).parent_path());
        linkOrCopy(from / file, staged.stage(to / file));
    }
    staged.commit();
}

void writeSongFiles(const Song& song, const std::filesystem::path& folder, const SongFileOptions& options) {
    SongWriter writer(folder, options);
    writer.writeParts(song.score, song.stems);
    writer.finish(song);
}

} // namespace cadenza
