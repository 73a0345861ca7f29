// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that work on recordings and tracks: import, analyze, remix, separate.

#include "CliCommand.h"
#include "CliSupport.h"

#include "analysis/Analysis.h"
#include "audio/AudioFile.h"
#include "audio/AudioImport.h"
#include "audio/OutputTransaction.h"
#include "base/ResourcePaths.h"
#include "engines/Separation.h"
#include "music/Catalog.h"
#include "remix/Effects.h"
#include "remix/TimePitch.h"
#include "runners/ImportJob.h"
#include "runners/RearrangeJob.h"
#include "runners/RemixJob.h"
#include "runners/SeparateJob.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <functional>

namespace cadenza {
namespace {

// A recording named on the command line, decoded at the working rate; refused (status 2)
// before any large allocation when it is not usable audio.
StereoBuffer decodeArgument(const std::filesystem::path& file) {
    probeAudio(file);
    return importAudio(file, 44100, {}, interruptToken());
}

void printAnalysis(const nlohmann::json& a, bool asJson) {
    if (asJson) {
        std::printf("%s\n", a.dump(2).c_str());
        return;
    }
    std::printf("  %.1f s, %.1f BPM (%zu beats), %s (confidence %.2f), %.1f LUFS, range %.1f LU, %.1f dBTP\n",
                a["duration"].get<double>(), a["tempo"].get<double>(), a["beats"].size(),
                a["key"].get<std::string>().c_str(), a["key_confidence"].get<double>(), a["lufs"].get<double>(),
                a["loudness_range"].get<double>(), a["true_peak"].get<double>());
    std::string sections;
    for (const auto& s : a["sections"]) {
        char line[64];
        const auto start = s["start"].get<double>();
        std::snprintf(line, sizeof line, "%s%s %d:%02d", sections.empty() ? "" : ", ",
                      s["label"].get<std::string>().c_str(), static_cast<int>(start) / 60,
                      static_cast<int>(start) % 60);
        sections += line;
    }
    std::printf("  sections: %s\n", sections.c_str());
    if (a.contains("mood"))
        std::printf("  mood: %s (valence %+.2f, arousal %+.2f)\n", a["mood"]["label"].get<std::string>().c_str(),
                    a["mood"]["valence"].get<double>(), a["mood"]["arousal"].get<double>());
}

// `remix FILE|TRACK_ID [--tempo FACTOR] [--pitch SEMITONES] --out FILE.wav`: a track of
// the history becomes a derived track (a job, with lineage) and is copied to --out; a file
// is only read.
int remix(const QCommandLineParser& args) {
    const auto positional = args.positionalArguments();
    if (positional.size() < 2)
        throw UserError("file", "remix needs a file or a track id: cadenza-cli remix FILE|TRACK_ID --tempo 1.25 "
                                "--out FILE.wav");
    if (!args.isSet("out"))
        throw UserError("out", "remix needs --out FILE.wav, the file to write");
    const std::filesystem::path out = args.value("out").toStdString();
    if (out.extension() != ".wav")
        throw UserError("out", "remix writes WAV: --out must name a .wav file");
    const std::string target = positional.at(1).toStdString();
    if (const auto genre = textOption(args, "genre")) {
        // Another genre: a generated song's composition re-arranged, a recording approximated.
        const auto trackId = trackIdArgument(target);
        if (!trackId)
            throw UserError("genre", "--genre re-arranges a track of the history: give its id, as "
                                     "`cadenza-cli list` shows it");
        if (args.isSet("tempo") || args.isSet("pitch") || args.isSet("preset"))
            throw UserError("genre", "--genre sets its own tempo and sound: use it without --tempo, --pitch and "
                                     "--preset, and remix the result again for those");
        ProjectDatabase db(defaultDataDirectory());
        const Catalog catalog = Catalog::load(resourceDirectory());
        catalog.requireGenre(*genre); // an unknown name is refused before anything is queued
        const auto derived = runTrackJob(db, catalog, *trackId, JobKind::Rearrange,
                                         rearrangeParameters(*trackId, *genre, args.isSet("keep-audio")));
        deliverFile(db.trackFolder(derived) / "song.wav", out);
        const auto made = db.track(derived);
        std::printf("%s: track %lld, %s at %.0f BPM, derived from track %s\n", out.c_str(),
                    static_cast<long long>(derived), made->genre.c_str(), made->tempo, target.c_str());
        return 0;
    }
    TimePitch change;
    change.tempo = numberOption<double>(args, "tempo").value_or(1.0);
    change.semitones = numberOption<double>(args, "pitch").value_or(0.0);
    change.validate();
    const auto preset = textOption(args, "preset").value_or("");
    const Catalog catalog = Catalog::load(resourceDirectory());
    const EffectChain effects = preset.empty() ? EffectChain{} : catalog.effectPreset(preset); // validates the name
    if (const auto trackId = trackIdArgument(target)) {
        ProjectDatabase db(defaultDataDirectory());
        const auto derived = runTrackJob(db, Catalog::load(resourceDirectory()), *trackId, JobKind::Remix,
                                         remixParameters(*trackId, change, preset));
        deliverFile(db.trackFolder(derived) / "song.wav", out);
        std::printf("%s: track %lld, derived from track %s\n", out.c_str(), static_cast<long long>(derived),
                    target.c_str());
        return 0;
    }
    TerminalProgress terminal;
    auto result = changeTempoAndPitch(decodeArgument(target), change, std::ref(terminal), interruptToken());
    if (!preset.empty())
        result = applyEffects(result, effects, std::ref(terminal), interruptToken());
    if (out.has_parent_path())
        std::filesystem::create_directories(out.parent_path());
    OutputTransaction files;
    writeWav(files.stage(out), result, SampleFormat::Pcm24, interruptToken());
    files.commit();
    terminal.finish();
    std::printf("%s: %.2f s\n", out.c_str(), result.seconds());
    return 0;
}

// `separate FILE|TRACK_ID --out DIR [--model NAME]`: vocals.wav, drums.wav, bass.wav and
// other.wav, by the named separation model or the best installed. A track of the history
// also gains a derived track holding them as stems.
int separate(const QCommandLineParser& args) {
    const auto positional = args.positionalArguments();
    if (positional.size() < 2)
        throw UserError("file", "separate needs a file or a track id: cadenza-cli separate FILE|TRACK_ID --out DIR");
    if (!args.isSet("out"))
        throw UserError("out", "separate needs --out DIR, the folder to write the four stems into");
    const std::filesystem::path out = args.value("out").toStdString();
    const std::string target = positional.at(1).toStdString();
    const std::string model = textOption(args, "model").value_or("");
    std::filesystem::create_directories(out);
    OutputTransaction files;
    if (const auto trackId = trackIdArgument(target)) {
        ProjectDatabase db(defaultDataDirectory());
        const auto derived = runTrackJob(db, Catalog::load(resourceDirectory()), *trackId, JobKind::Separate,
                                         separateParameters(*trackId, model));
        for (const char* name : SeparatedStems::kNames)
            std::filesystem::copy_file(db.trackFolder(derived) / "stems" / (std::string(name) + ".wav"),
                                       files.stage(out / (std::string(name) + ".wav")),
                                       std::filesystem::copy_options::overwrite_existing);
        files.commit();
        std::printf("%s: vocals, drums, bass, other; track %lld holds them as stems\n", out.c_str(),
                    static_cast<long long>(derived));
        return 0;
    }
    TerminalProgress terminal;
    const auto [separated, method] = separateBest(
        decodeArgument(target), {defaultDataDirectory() / "models", true, model}, std::ref(terminal), interruptToken());
    for (std::size_t s = 0; s < separated.stems.size(); ++s)
        writeWav(files.stage(out / (std::string(SeparatedStems::kNames[s]) + ".wav")), separated.stems[s],
                 SampleFormat::Pcm24, interruptToken());
    files.commit();
    terminal.finish();
    std::printf("%s: vocals, drums, bass, other (%s)\n", out.c_str(), method.c_str());
    return 0;
}

// `import FILE`: decodes a recording into the project history. The header is checked
// before anything is queued, so a file that is not usable audio changes nothing.
int importFile(const QCommandLineParser& args) {
    const auto positional = args.positionalArguments();
    if (positional.size() < 2)
        throw UserError("file", "import needs a file: cadenza-cli import FILE");
    const std::filesystem::path file = positional.at(1).toStdString();
    const auto info = probeAudio(file);
    const Catalog catalog = Catalog::load(resourceDirectory());
    ProjectDatabase db(defaultDataDirectory());
    const auto outcome = runJobs(db, catalog, [&](JobQueue& queue) {
                             return std::vector<std::int64_t>{
                                 queue.submit(JobKind::Import, printableFileName(file), importParameters(file))};
                         }).front();
    if (!outcome.refusedField.empty())
        db.forgetJob(outcome.id); // a file that is not usable audio leaves the history as it was
    throwIfFailed(outcome);
    const auto track = outcome.resultTrack.value();
    std::printf("%s: imported as track %lld (%.1f s, %d Hz, %d channel%s)\n", file.c_str(),
                static_cast<long long>(track), info.seconds(), info.sampleRate, info.channels,
                info.channels == 1 ? "" : "s");
    // The analysis runs as a job of its own: if it is interrupted, the import stands.
    runJob(db, catalog, [&](JobQueue& queue) {
        return queue.submit(JobKind::Analyze, printableFileName(file), analyzeParameters(track),
                            JobPriority::Background);
    });
    printAnalysis(nlohmann::json::parse(db.analysis(track).value()), false);
    return 0;
}

// `analyze FILE|TRACK_ID [--json]`: measures a recording. A track of the history is
// analysed as a job and its analysis stored; a file is only read.
int analyze(const QCommandLineParser& args) {
    const auto positional = args.positionalArguments();
    if (positional.size() < 2)
        throw UserError("file", "analyze needs a file or a track id: cadenza-cli analyze FILE|TRACK_ID");
    const std::string target = positional.at(1).toStdString();
    nlohmann::json analysis;
    if (const auto trackId = trackIdArgument(target)) {
        ProjectDatabase db(defaultDataDirectory());
        runTrackJob(db, Catalog::load(resourceDirectory()), *trackId, JobKind::Analyze, analyzeParameters(*trackId));
        analysis = nlohmann::json::parse(db.analysis(*trackId).value());
    } else {
        TerminalProgress terminal;
        AudioAnalysis measured = analyzeAudio(decodeArgument(target), std::ref(terminal), interruptToken());
        moodEnricher()(measured);
        analysis = nlohmann::json::parse(analysisToJson(measured));
    }
    printAnalysis(analysis, args.isSet("json"));
    return 0;
}

} // namespace

std::vector<CliCommand> trackCommands() {
    return {
        {.name = "import",
         .usage = "FILE",
         .summary = "add a recording (WAV, AIFF, FLAC, Ogg, Opus, MP3) to the history, and analyse it",
         .run = importFile},
        {.name = "analyze",
         .usage = "FILE|TRACK_ID [--json]",
         .summary = "tempo, beats, key, loudness, spectrum, sections and mood",
         .options = {jsonOption("the analysis")},
         .run = analyze},
        {.name = "remix",
         .usage = "FILE|TRACK_ID --out FILE.wav [--tempo FACTOR] [--pitch SEMITONES] [--preset NAME] | --genre NAME "
                  "[--keep-audio]",
         .summary = "tempo (0.5-2.0) and pitch (-12 to +12), effects, or the track in another genre",
         .options = {outOption("the WAV file"),
                     {"tempo", "Tempo factor, 0.5-2.0 (1.25 is 25% faster).", "FACTOR"},
                     {"pitch", "Transposition in semitones, -12 to +12.", "SEMITONES"},
                     {"preset", "An effect preset: lo-fi, radio, hall, club or underwater.", "NAME"},
                     {"genre",
                      "Re-arrange a track of the history in this genre, like \"jazz\": a recording is "
                      "covered (its melody, chords and form played by the genre's band).",
                      "NAME"},
                     {"keep-audio", "With --genre, for a recording: keep its audio, move its tempo into the genre's "
                                    "range, add the genre's effects and drums (no new band)."}},
         .run = remix},
        {.name = "separate",
         .usage = "FILE|TRACK_ID --out DIR [--model NAME]",
         .summary = "vocals, drums, bass and other stems",
         .options = {outOption("the folder for the four stems"),
                     {"model",
                      "The separation model: a folder name in the models folder (`models` lists them); "
                      "without it the best installed (HTDemucs, Open-Unmix, else the spectral method).",
                      "NAME"}},
         .run = separate},
    };
}

} // namespace cadenza
