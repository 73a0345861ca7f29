// cadenza-cli: the headless front end. It parses, calls core, and shows the result.

#include "CliCommands.h"
#include "CliSupport.h"

#include "analysis/Analysis.h"
#include "audio/AudioFile.h"
#include "audio/AudioImport.h"
#include "audio/OutputTransaction.h"
#include "base/BuildInfo.h"
#include "base/ResourcePaths.h"
#include "base/UserError.h"
#include "compose/Catalog.h"
#include "engine/AnalyzeJob.h"
#include "engine/Engines.h"
#include "engine/GenerateJob.h"
#include "engine/ImportJob.h"
#include "engine/MlPlugin.h"
#include "engine/RearrangeJob.h"
#include "engine/RemixJob.h"
#include "engine/SeparateJob.h"
#include "engine/SongFiles.h"
#include "project/ProjectDatabase.h"
#include "separate/SpectralSeparator.h"

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QGuiApplication>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <unistd.h>

namespace {

using namespace cadenza;

int generate(const QCommandLineParser& args) {
    const auto positional = args.positionalArguments();
    if (positional.size() < 2)
        throw UserError("prompt", "generate needs a prompt: cadenza-cli generate \"warm lo-fi beat\" --out DIR");
    if (!args.isSet("out"))
        throw UserError("out", "generate needs --out DIR, the folder to write the song into");

    GenerateRequest request;
    request.prompt = positional.mid(1).join(' ').toStdString();
    auto& overrides = request.overrides;
    overrides.duration = numberOption<double>(args, "duration");
    overrides.seed = numberOption<std::uint64_t>(args, "seed");
    overrides.tempo = numberOption<int>(args, "tempo");
    overrides.key = textOption(args, "key");
    overrides.genre = textOption(args, "genre");
    overrides.mood = textOption(args, "mood");
    overrides.meter = textOption(args, "meter");
    if (args.isSet("engine"))
        request.engine = args.value("engine").toStdString();

    const auto started = std::chrono::steady_clock::now();
    const Catalog catalog = Catalog::load(resourceDirectory());
    const StyleSpec spec = resolveGenerateRequest(request, catalog); // bad input stops here, changing nothing
    installedEngines(catalog).usable(request.engine);                // not installed: say how, changing nothing

    ProjectDatabase db(defaultDataDirectory());
    const auto track = runJob(db, catalog, [&](JobQueue& queue) {
        return queue.submit("generate", generateTitle(request.prompt), generateParameters(request));
    });
    const auto trackFolder = db.trackFolder(track);
    const std::filesystem::path out = args.value("out").toStdString();
    copySongFolder(trackFolder, out);

    std::ifstream songFile(trackFolder / "song.json");
    const auto song = nlohmann::json::parse(songFile);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    // A song without a score (a neural engine's) reports the tempo and key its audio measures.
    const bool measured = song.contains("measured");
    const double tempo = measured ? song["measured"]["tempo"].get<double>() : spec.tempo;
    const std::string key = measured ? song["measured"]["key"].get<std::string>() : spec.key.name();
    std::printf("%s: track %lld, %s, %s, %s, %.0f BPM%s, %s, %s, %.0f s, seed %llu, %.1f LUFS, %.1f dBTP, made in "
                "%.1f s (%.2fx real time)\n",
                (out / "song.wav").c_str(), static_cast<long long>(track), song["engine"].get<std::string>().c_str(),
                spec.genre.c_str(), spec.mood.c_str(), tempo, measured ? " (measured)" : "", key.c_str(),
                spec.meter.name().c_str(), spec.duration, static_cast<unsigned long long>(spec.seed),
                song["loudness"]["integrated_lufs"].get<double>(), song["loudness"]["true_peak_dbtp"].get<double>(),
                seconds, spec.duration / seconds);
    return 0;
}

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
        const auto derived = runTrackJob(db, catalog, *trackId, "rearrange", rearrangeParameters(*trackId, *genre));
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
    const EffectChain effects = preset.empty() ? EffectChain{} : EffectChain::preset(preset); // validates the name
    if (const auto trackId = trackIdArgument(target)) {
        ProjectDatabase db(defaultDataDirectory());
        const auto derived = runTrackJob(db, Catalog::load(resourceDirectory()), *trackId, "remix",
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

// `separate FILE|TRACK_ID --out DIR`: vocals.wav, drums.wav, bass.wav and other.wav. A
// track of the history also gains a derived track holding them as stems.
int separate(const QCommandLineParser& args) {
    const auto positional = args.positionalArguments();
    if (positional.size() < 2)
        throw UserError("file", "separate needs a file or a track id: cadenza-cli separate FILE|TRACK_ID --out DIR");
    if (!args.isSet("out"))
        throw UserError("out", "separate needs --out DIR, the folder to write the four stems into");
    const std::filesystem::path out = args.value("out").toStdString();
    const std::string target = positional.at(1).toStdString();
    std::filesystem::create_directories(out);
    OutputTransaction files;
    if (const auto trackId = trackIdArgument(target)) {
        ProjectDatabase db(defaultDataDirectory());
        const auto derived =
            runTrackJob(db, Catalog::load(resourceDirectory()), *trackId, "separate", separateParameters(*trackId));
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
    const auto [separated, method] =
        separateBest(decodeArgument(target), defaultDataDirectory() / "models", std::ref(terminal), interruptToken());
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
    const auto outcome =
        runJobs(db, catalog, [&](JobQueue& queue) {
            return std::vector<std::int64_t>{queue.submit("import", printableFileName(file), importParameters(file))};
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
        return queue.submit("analyze", printableFileName(file), analyzeParameters(track), JobPriority::Background);
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
        runTrackJob(db, Catalog::load(resourceDirectory()), *trackId, "analyze", analyzeParameters(*trackId));
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

// `retry JOB_ID`: runs a failed, cancelled or interrupted job again from its parameters.
int retry(const QCommandLineParser& args) {
    bool ok = false;
    const auto id = args.positionalArguments().value(1).toLongLong(&ok);
    if (!ok)
        throw UserError("job", "retry needs the id of a job, as `cadenza-cli jobs` lists them");
    ProjectDatabase db(defaultDataDirectory());
    const auto job = db.job(id);
    if (!job)
        throw UserError("job", "there is no job " + std::to_string(id));
    if (job->status != JobStatus::Failed && job->status != JobStatus::Cancelled &&
        job->status != JobStatus::Interrupted)
        throw UserError("job", "job " + std::to_string(id) + " is " + jobStatusName(job->status) +
                                   ": only failed, cancelled or interrupted jobs can be retried");
    const Catalog catalog = Catalog::load(resourceDirectory());
    const auto track = runJob(db, catalog, [&](JobQueue& queue) {
        queue.retry(id);
        return id;
    });
    std::printf("%s: track %lld, from job %lld\n", (db.trackFolder(track) / "song.wav").c_str(),
                static_cast<long long>(track), static_cast<long long>(id));
    return 0;
}

// `engines [--json]`: the engines, what they can do and whether they are installed.
int listEngines(const QCommandLineParser& args) {
    const Catalog catalog = Catalog::load(resourceDirectory());
    const Engines engines = installedEngines(catalog);
    auto all = nlohmann::json::array();
    for (const Engine* engine : engines.all()) {
        const auto status = engine->status();
        const auto can = engine->capabilities();
        all.push_back({{"name", engine->name()},
                       {"title", engine->title()},
                       {"version", engine->version()},
                       {"installed", status.installed},
                       {"problem", status.problem},
                       {"midi", can.midi},
                       {"needs_weights", can.needsWeights},
                       {"uses_gpu", can.usesGpu},
                       {"native_seconds", can.nativeSeconds}});
    }
    if (args.isSet("json")) {
        std::printf("%s\n", all.dump(2).c_str());
        return 0;
    }
    for (const auto& e : all)
        std::printf("%-10s %-22s %s\n", e["name"].get<std::string>().c_str(), e["title"].get<std::string>().c_str(),
                    e["installed"].get<bool>() ? "installed"
                                               : ("not installed: " + e["problem"].get<std::string>()).c_str());
    return 0;
}

// `list --json`: the tracks of the project history.
int listTracks(const QCommandLineParser& args) {
    const ProjectDatabase db(defaultDataDirectory());
    auto out = nlohmann::json::array();
    for (const auto& t : db.tracks())
        out.push_back({{"id", t.id},
                       {"title", t.title},
                       {"source", t.source},
                       {"engine", t.engine},
                       {"genre", t.genre},
                       {"mood", t.mood},
                       {"tempo", t.tempo},
                       {"key", t.key},
                       {"duration", t.duration},
                       {"created", t.created}});
    if (args.isSet("json")) {
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    for (const auto& t : out)
        std::printf("%5lld  %-40.40s %-10s %-12s %3.0f BPM  %-9s %5.0f s  %s\n", static_cast<long long>(t["id"]),
                    t["title"].get<std::string>().c_str(), t["source"].get<std::string>().c_str(),
                    t["genre"].get<std::string>().c_str(), t["tempo"].get<double>(),
                    t["key"].get<std::string>().c_str(), t["duration"].get<double>(),
                    t["created"].get<std::string>().c_str());
    return 0;
}

// `check [--json]`: whether the project history is sound: SQLite's integrity check, and the
// files on disk against the rows. Status 0 when both are clean, 1 otherwise.
int check(const QCommandLineParser& args) {
    const ProjectDatabase db(defaultDataDirectory()); // opening repairs what a crash left
    const std::string integrity = db.integrityCheck();
    const auto problems = db.consistencyProblems();
    if (args.isSet("json")) {
        std::printf("%s\n", nlohmann::json{{"integrity", integrity},
                                           {"problems", problems},
                                           {"tracks", db.tracks().size()},
                                           {"jobs", db.jobs().size()}}
                                .dump(2)
                                .c_str());
    } else {
        std::printf("database: %s\n", integrity.c_str());
        for (const auto& problem : problems)
            std::printf("problem: %s\n", problem.c_str());
        std::printf("%zu tracks, %zu jobs, %zu problems\n", db.tracks().size(), db.jobs().size(), problems.size());
    }
    return integrity == "ok" && problems.empty() ? 0 : kExitFailure;
}

// `jobs --json`: the jobs, with those a dead process left running marked interrupted.
int listJobs(const QCommandLineParser& args) {
    const ProjectDatabase db(defaultDataDirectory());
    auto out = nlohmann::json::array();
    for (const auto& j : db.jobs())
        out.push_back({{"id", j.id},
                       {"kind", j.kind},
                       {"title", j.title},
                       {"status", jobStatusName(j.status)},
                       {"stage", j.stage},
                       {"progress", j.progress},
                       {"error", j.error}});
    if (args.isSet("json")) {
        std::printf("%s\n", out.dump(2).c_str());
        return 0;
    }
    for (const auto& j : out)
        std::printf("%5lld  %-9s %-12s %3.0f%%  %-40.40s %s\n", static_cast<long long>(j["id"]),
                    j["kind"].get<std::string>().c_str(), j["status"].get<std::string>().c_str(),
                    100 * j["progress"].get<double>(), j["title"].get<std::string>().c_str(),
                    j["error"].get<std::string>().c_str());
    return 0;
}

// Qt's messages, less the offscreen platform's note that XDG_RUNTIME_DIR is unset (usual
// over ssh and in containers, and irrelevant to a program that opens no window).
void printQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::cerr << qFormatLogMessage(type, context, message).toStdString() << "\n";
}

} // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler(printQtMessage);
    // Covers and videos are drawn with QPainter, whose fonts need a QGuiApplication; a
    // command line program never opens a window, so it uses the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName("cadenza-cli");
    QCoreApplication::setApplicationVersion(QStringLiteral("%1 (commit %2)").arg(buildVersion(), buildCommit()));
    installInterruptHandlers();

    QCommandLineParser args;
    args.setApplicationDescription(
        "Cadenza, an offline music studio.\n\n"
        "Commands:\n"
        "  generate PROMPT --out DIR   compose, render and master a song from a text prompt [--engine NAME]\n"
        "  engines [--json]            the engines, and whether each is installed\n"
        "  list [--json]               the tracks in the project history\n"
        "  jobs [--json]               the jobs in the project history\n"
        "  retry JOB_ID                run a failed, cancelled or interrupted job again\n"
        "  check [--json]              check the project history: the database, and its files against it\n"
        "  import FILE                 add a recording (WAV, AIFF, FLAC, Ogg, Opus, MP3) to the history\n"
        "  analyze FILE|TRACK_ID       tempo, beats, key, loudness, spectrum, sections [--json]\n"
        "  remix FILE|TRACK_ID --out FILE.wav [--tempo FACTOR] [--pitch SEMITONES] [--preset NAME]\n"
        "  remix TRACK_ID --genre NAME --out FILE.wav   the track re-arranged in another genre\n"
        "                              change tempo (0.5-2.0) and pitch (-12 to +12) independently;\n"
        "                              presets: lo-fi, radio, hall, club, underwater\n"
        "  separate FILE|TRACK_ID --out DIR   vocals, drums, bass and other stems\n"
        "  export TRACK_ID --format wav|flac|mp3|ogg|opus|midi --out FILE   tagged, with the cover embedded\n"
        "  export TRACK_ID --format stems --out DIR|FILE.zip   every stem as WAV [--bits 16|24]\n"
        "  cover TRACK_ID --out FILE.png [--new] [--size PX]   the track's cover art (--new: another one)\n"
        "  video TRACK_ID --out FILE.mp4   a 1080p music video: cover, title and spectrum bars\n"
        "  batch --prompts FILE --out DIR   a song per line of FILE (text, or JSON with \"prompt\")\n"
        "  batch --prompt P --variations N --out DIR   N takes of one prompt with different seeds\n\n"
        "The project history lives in $CADENZA_DATA_DIR (default ~/.local/share/Cadenza).");
    args.addHelpOption();
    args.addVersionOption();
    args.addPositionalArgument("command", "generate");
    args.addOptions({
        {"out", "Where to write: the song's folder (generate, batch) or the file.", "DIR|FILE"},
        {"duration", "Length in seconds (5-600, default 60).", "SECONDS"},
        {"seed", "Random seed; the same prompt, options and seed give the same song.", "N"},
        {"tempo", "generate: tempo in BPM (40-240); remix: tempo factor (0.5-2.0).", "BPM|FACTOR"},
        {"pitch", "remix: transposition in semitones (-12 to +12).", "SEMITONES"},
        {"preset", "remix: an effect preset (lo-fi, radio, hall, club, underwater).", "NAME"},
        {"key", "Key, like \"D minor\" or \"F# major\".", "KEY"},
        {"genre", "Genre from the catalog, like \"house\" or \"bossa nova\" (generate; remix: re-arrange).", "NAME"},
        {"mood", "Mood from the catalog, like \"dreamy\".", "NAME"},
        {"meter", "Time signature: 2/4, 3/4, 4/4, 6/8 or 12/8.", "N/D"},
        {"engine", "generate: the engine, symbolic (default) or musicgen; `engines` lists them.", "NAME"},
        {"json", "Print as JSON (list, jobs, analyze, engines, check)."},
        {"format", "export: wav, flac, mp3, ogg, opus, midi or stems.", "FORMAT"},
        {"bits", "export: bit depth of WAV, FLAC and stems, 16 or 24 (default 24).", "BITS"},
        {"no-cover", "export: do not embed the cover art."},
        {"new", "cover: draw another cover for the track and keep it."},
        {"size", "cover: width and height in pixels (default 1024).", "PX"},
        {"prompts", "batch: a file with one prompt per line.", "FILE"},
        {"prompt", "batch: the prompt to make takes of.", "PROMPT"},
        {"variations", "batch: how many takes of --prompt (1-50, default 4).", "N"},
    });
    if (!args.parse(QCoreApplication::arguments())) {
        std::cerr << "cadenza-cli: " << args.errorText().toStdString() << "\n";
        return kExitUsage;
    }
    if (args.isSet("help"))
        args.showHelp(0);
    if (args.isSet("version"))
        args.showVersion();

    const QString command = args.positionalArguments().value(0);
    try {
        if (command == "generate")
            return generate(args);
        if (command == "list")
            return listTracks(args);
        if (command == "engines")
            return listEngines(args);
        if (command == "jobs")
            return listJobs(args);
        if (command == "check")
            return check(args);
        if (command == "retry")
            return retry(args);
        if (command == "import")
            return importFile(args);
        if (command == "analyze")
            return analyze(args);
        if (command == "remix")
            return remix(args);
        if (command == "separate")
            return separate(args);
        if (command == "export")
            return exportCommand(args);
        if (command == "cover")
            return coverCommand(args);
        if (command == "video")
            return videoCommand(args);
        if (command == "batch")
            return batchCommand(args);
        std::cerr << "cadenza-cli: unknown command '" << command.toStdString() << "'; try --help\n";
        return kExitUsage;
    } catch (const UserError& e) {
        std::cerr << "cadenza-cli: " << e.field() << ": " << e.what() << "\n";
        return kExitUsage;
    } catch (const OperationCancelled&) {
        std::cerr << "\ncadenza-cli: cancelled; nothing was written\n";
        return kExitCancelled;
    } catch (const std::exception& e) {
        std::cerr << "cadenza-cli: " << e.what() << "\n";
        return kExitFailure;
    }
}
