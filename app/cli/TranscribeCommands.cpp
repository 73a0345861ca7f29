// SPDX-License-Identifier: GPL-3.0-or-later
// `transcribe`: a recording, a track or one of its stems becomes MIDI notes.

#include "CliCommand.h"
#include "CliSupport.h"

#include "analysis/Analysis.h"
#include "audio/AudioImport.h"
#include "audio/OutputTransaction.h"
#include "base/ResourcePaths.h"
#include "engines/Transcriber.h"
#include "music/Catalog.h"
#include "runners/TranscribeJob.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>

namespace cadenza {
namespace {

NoteOptions noteOptions(const QCommandLineParser& args) {
    NoteOptions options;
    options.onsetThreshold = numberOption<double>(args, "onset-threshold").value_or(options.onsetThreshold);
    options.frameThreshold = numberOption<double>(args, "frame-threshold").value_or(options.frameThreshold);
    options.minNoteMs = numberOption<double>(args, "min-note-ms").value_or(options.minNoteMs);
    validateNoteOptions(options);
    return options;
}

void writeMidi(const std::vector<Transcription>& transcriptions, const std::filesystem::path& out) {
    if (out.extension() != ".mid" && out.extension() != ".midi")
        throw UserError("out", "transcribe writes a Standard MIDI File: --out must name a .mid file");
    if (out.has_parent_path())
        std::filesystem::create_directories(out.parent_path());
    OutputTransaction files;
    const auto bytes = transcriptionsMidiBytes(transcriptions);
    std::ofstream(files.stage(out), std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    files.commit();
}

void printSummary(const Transcription& t, const std::string& what) {
    if (t.notes.empty()) {
        std::printf("%s: no notes found (%.1f s)\n", what.c_str(), t.seconds);
        return;
    }
    const auto [lowest, highest] = std::minmax_element(t.notes.begin(), t.notes.end(),
                                                       [](const auto& a, const auto& b) { return a.pitch < b.pitch; });
    std::printf("%s: %zu notes, MIDI %d-%d, over %.1f s at %.1f BPM%s%s\n", what.c_str(), t.notes.size(), lowest->pitch,
                highest->pitch, t.seconds, t.tempo, t.key ? " in " : "", t.key ? t.key->name().c_str() : "");
    if (t.notesKey)
        std::printf("  key of the notes: %s (confidence %.2f)\n", t.notesKey->name().c_str(), t.notesKeyConfidence);
    std::string chords;
    for (std::size_t i = 0; i < t.chords.size() && i < 16; ++i)
        chords += (i ? " " : "") + t.chords[i].chord.name(t.key ? t.key->prefersFlats() : true);
    if (!chords.empty())
        std::printf("  chords: %s%s\n", chords.c_str(), t.chords.size() > 16 ? " ..." : "");
}

// `transcribe FILE|TRACK_ID [--stem NAME | --all-stems] [--out FILE.mid] [--json]
// [thresholds]`: a track of the history is transcribed as a job (a job per stem) and the
// notes kept with it; a file is only read.
int transcribe(const QCommandLineParser& args) {
    const auto positional = args.positionalArguments();
    if (positional.size() < 2)
        throw UserError("file", "transcribe needs a file or a track id: cadenza-cli transcribe FILE|TRACK_ID "
                                "[--out FILE.mid] [--json]");
    const std::string target = positional.at(1).toStdString();
    const NoteOptions options = noteOptions(args);
    const std::string stem = textOption(args, "stem").value_or("");
    if (!stem.empty() && args.isSet("all-stems"))
        throw UserError("stem", "--stem names one stem and --all-stems asks for every one: give one of them");
    std::vector<Transcription> transcriptions;
    if (const auto trackId = trackIdArgument(target)) {
        ProjectDatabase db(defaultDataDirectory());
        const Catalog catalog = Catalog::load(resourceDirectory());
        std::vector<std::string> stems{stem};
        if (args.isSet("all-stems")) {
            stems = db.stems(*trackId);
            // Drums have no pitches to write down.
            std::erase(stems, std::string("drums"));
            if (stems.empty())
                throw UserError("stem", "track " + target + " has no stems: transcribe it whole (without --all-stems)");
        }
        for (const auto& name : stems) {
            runTrackJob(db, catalog, *trackId, JobKind::Transcribe, transcribeParameters(*trackId, name, options));
            transcriptions.push_back(transcriptionFromJson(db.transcription(*trackId, name).value()));
        }
    } else {
        if (!stem.empty() || args.isSet("all-stems"))
            throw UserError("stem", "--stem and --all-stems name stems of a track in the history; a file is "
                                    "transcribed whole");
        probeAudio(target); // a file that is not usable audio, or too long, is refused here
        TerminalProgress terminal;
        const StereoBuffer audio = importAudio(target, 44100, {}, interruptToken());
        const AudioAnalysis analysis = analyzeAudio(audio, std::ref(terminal), interruptToken());
        TranscribeRequest request;
        request.notes = options;
        request.tempo = analysis.tempo;
        request.key = analysis.key;
        request.keyConfidence = analysis.keyConfidence;
        request.beats = analysis.beats;
        request.userModels = defaultDataDirectory() / "models";
        transcriptions.push_back(transcribeAudio(audio, request, std::ref(terminal), interruptToken()));
        terminal.finish();
    }
    if (args.isSet("out"))
        writeMidi(transcriptions, args.value("out").toStdString());
    if (args.isSet("json")) {
        nlohmann::json json = nlohmann::json::parse(transcriptionToJson(transcriptions.front()));
        if (transcriptions.size() > 1) {
            json = {{"stems", nlohmann::json::array()}};
            for (const auto& t : transcriptions)
                json["stems"].push_back(nlohmann::json::parse(transcriptionToJson(t)));
        }
        std::printf("%s\n", json.dump(2).c_str());
        return 0;
    }
    const std::string where = args.isSet("out") ? args.value("out").toStdString() : target;
    for (const auto& t : transcriptions)
        printSummary(t, t.stem.empty() ? where : where + " (" + t.stem + ")");
    return 0;
}

} // namespace

std::vector<CliCommand> transcribeCommands() {
    return {
        {.name = "transcribe",
         .usage = "FILE|TRACK_ID [--stem NAME | --all-stems] [--out FILE.mid] [--json] [--onset-threshold X] "
                  "[--frame-threshold X] [--min-note-ms N]",
         .summary = "the notes of a recording, a track or a stem, as MIDI (Basic Pitch)",
         .options = {outOption("the MIDI file"),
                     jsonOption("the notes: start, end, pitch, velocity, bends"),
                     {"stem", "Transcribe this stem of the track (vocals, bass, lead, ...).", "NAME"},
                     {"all-stems", "Transcribe every pitched stem of the track: one MIDI track each."},
                     {"onset-threshold", "How sure a note's start must be, 0-1 (default 0.5).", "X"},
                     {"frame-threshold", "How sure a sounding note must be, 0-1 (default 0.3).", "X"},
                     {"min-note-ms", "Shortest note kept, in ms (default 128).", "N"}},
         .run = transcribe},
    };
}

} // namespace cadenza
