// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that make songs: generate, batch, engines.

#include "CliCommand.h"
#include "CliSupport.h"

#include "audio/AudioImport.h"
#include "audio/OutputTransaction.h"
#include "base/ResourcePaths.h"
#include "engines/HummedMelody.h"
#include "engines/InstalledModels.h"
#include "engines/SongFiles.h"
#include "music/Catalog.h"
#include "runners/GenerateJob.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>

namespace cadenza {
namespace {

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
    auto& neural = request.neural;
    neural.model = textOption(args, "model").value_or("");
    neural.guidance = numberOption<double>(args, "guidance");
    neural.temperature = numberOption<double>(args, "temperature");
    neural.topK = numberOption<int>(args, "top-k");
    neural.topP = numberOption<double>(args, "top-p");
    if (args.isSet("melody")) {
        // Hum to song: the file is checked here, so that a bad one queues nothing.
        const std::filesystem::path melody = std::filesystem::absolute(args.value("melody").toStdString());
        ImportLimits limits;
        limits.maxSeconds = kMaxMelodySeconds;
        try {
            probeAudio(melody, limits);
        } catch (const UserError& e) {
            throw UserError("melody", std::string("--melody: ") + e.what());
        }
        request.melody = melody.string();
    }

    const auto started = std::chrono::steady_clock::now();
    const Catalog catalog = Catalog::load(resourceDirectory());
    const StyleSpec spec = resolveGenerateRequest(request, catalog); // bad input stops here, changing nothing
    const Engines engines = installedEngines(catalog);
    requireModel(engines.usable(request.engine), neural.model); // not installed: say how, changing nothing

    ProjectDatabase db(defaultDataDirectory());
    const auto track = runJob(db, catalog, [&](JobQueue& queue) {
        return queue.submit(JobKind::Generate, generateTitle(request.prompt), generateParameters(request));
    });
    const auto trackFolder = db.trackFolder(track);
    const std::filesystem::path out = args.value("out").toStdString();
    copySongFolder(trackFolder, out);

    std::ifstream songFile(trackFolder / "song.json");
    const auto song = nlohmann::json::parse(songFile);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    // A song without a score (a neural engine's) reports the tempo and key its audio measures.
    const bool measured = song.contains("measured");
    // The song's own tempo and key: a melody sets them when the prompt does not.
    const double tempo = measured ? song["measured"]["tempo"].get<double>() : song["tempo"].get<double>();
    const std::string key = measured ? song["measured"]["key"].get<std::string>() : song["key"].get<std::string>();
    std::printf("%s: track %lld, %s, %s, %s, %.0f BPM%s, %s, %s, %.0f s, seed %llu, %.1f LUFS, %.1f dBTP, made in "
                "%.1f s (%.2fx real time)\n",
                (out / "song.wav").c_str(), static_cast<long long>(track), song["engine"].get<std::string>().c_str(),
                spec.genre.c_str(), spec.mood.c_str(), tempo, measured ? " (measured)" : "", key.c_str(),
                spec.meter.name().c_str(), spec.duration, static_cast<unsigned long long>(spec.seed),
                song["loudness"]["integrated_lufs"].get<double>(), song["loudness"]["true_peak_dbtp"].get<double>(),
                seconds, spec.duration / seconds);
    return 0;
}

// A folder name made from a prompt: lower-case letters and digits joined by dashes.
std::string slug(const std::string& prompt) {
    std::string out;
    for (const unsigned char c : prompt) {
        if (std::isalnum(c) && c < 128)
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-')
            out += '-';
        if (out.size() >= 40)
            break;
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("song") : out;
}

int batch(const QCommandLineParser& args) {
    const auto out = requireOut(args, "DIR, the folder to write one folder per song into");
    std::vector<GenerateRequest> requests;
    std::optional<std::int64_t> takeGroup;
    ProjectDatabase db(defaultDataDirectory());
    if (args.isSet("prompts")) {
        if (args.isSet("prompt") || args.isSet("variations"))
            throw UserError("prompts", "give either --prompts FILE or --prompt P --variations N, not both");
        requests = readPromptList(args.value("prompts").toStdString());
    } else if (args.isSet("prompt")) {
        const int variations = numberOption<int>(args, "variations").value_or(4);
        if (variations < 1 || variations > 50)
            throw UserError("variations", "--variations is 1 to 50, not " + std::to_string(variations));
        // Takes differ by seed only: consecutive seeds from a random first one, or from --seed.
        const std::uint64_t first =
            numberOption<std::uint64_t>(args, "seed").value_or(std::random_device{}() % 1000000);
        for (int v = 0; v < variations; ++v) {
            GenerateRequest take{args.value("prompt").toStdString(), {}, "symbolic", {}};
            take.overrides.seed = first + static_cast<std::uint64_t>(v);
            requests.push_back(take);
        }
    } else {
        throw UserError("prompts", "batch needs --prompts FILE, or --prompt P with --variations N");
    }
    const Catalog catalog = Catalog::load(resourceDirectory());
    const auto duration = numberOption<double>(args, "duration");
    const auto engine = textOption(args, "engine");
    for (auto& request : requests) { // bad input stops here, changing nothing
        if (duration && !request.overrides.duration)
            request.overrides.duration = duration;
        if (engine)
            request.engine = *engine;
        resolveGenerateRequest(request, catalog);
    }
    installedEngines(catalog).usable(requests.front().engine);
    if (args.isSet("prompt") && requests.size() > 1)
        takeGroup = db.newTakeGroup();
    for (auto& request : requests)
        request.takeGroup = takeGroup;

    const auto outcomes = runJobs(db, catalog, [&](JobQueue& queue) {
        std::vector<std::int64_t> jobs;
        jobs.reserve(requests.size());
        for (const auto& request : requests)
            jobs.push_back(queue.submit(JobKind::Generate, generateTitle(request.prompt), generateParameters(request)));
        return jobs;
    });
    std::filesystem::create_directories(out);
    auto summary = nlohmann::json::array();
    int failed = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        char number[24];
        std::snprintf(number, sizeof number, "%02zu-", i + 1);
        const std::string folder = number + slug(requests[i].prompt) +
                                   (takeGroup ? "-seed-" + std::to_string(*requests[i].overrides.seed) : "");
        nlohmann::json entry{{"prompt", requests[i].prompt},
                             {"seed", *requests[i].overrides.seed},
                             {"job", outcomes[i].id},
                             {"status", jobStatusName(outcomes[i].status)}};
        if (outcomes[i].status == JobStatus::Finished && outcomes[i].resultTrack) {
            copySongFolder(db.trackFolder(*outcomes[i].resultTrack), out / folder);
            entry["folder"] = folder;
            entry["track"] = *outcomes[i].resultTrack;
        } else {
            entry["error"] = outcomes[i].error;
            ++failed;
        }
        std::printf("%-50s %s\n", (out / folder).c_str(),
                    outcomes[i].status == JobStatus::Finished ? "done" : outcomes[i].error.c_str());
        summary.push_back(entry);
    }
    OutputTransaction files;
    std::ofstream(files.stage(out / "batch.json")) << nlohmann::json{{"songs", summary}, {"failed", failed}}.dump(2);
    files.commit();
    std::printf("%zu songs in %s, %d failed\n", requests.size() - static_cast<std::size_t>(failed), out.c_str(),
                failed);
    return failed == 0 ? 0 : kExitFailure;
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
                       {"native_seconds", can.nativeSeconds},
                       {"models", engine->models()}});
    }
    if (args.isSet("json")) {
        std::printf("%s\n", all.dump(2).c_str());
        return 0;
    }
    for (const auto& e : all) {
        std::string models;
        for (const auto& model : e["models"])
            models += (models.empty() ? " (" : ", ") + model.get<std::string>();
        std::printf("%-10s %-22s %s\n", e["name"].get<std::string>().c_str(), e["title"].get<std::string>().c_str(),
                    e["installed"].get<bool>() ? ("installed" + models + (models.empty() ? "" : ")")).c_str()
                                               : ("not installed: " + e["problem"].get<std::string>()).c_str());
    }
    return 0;
}

// `models [--json] [--add FOLDER]`: every model found and every kind still missing, with
// its state, size and source; --add checks a folder and copies it into the models folder.
int listModels(const QCommandLineParser& args) {
    const auto userModels = defaultDataDirectory() / "models";
    if (args.isSet("add")) {
        const auto added =
            addModelFolder(std::filesystem::absolute(args.value("add").toStdString()), userModels, CancelToken());
        std::printf("added %s\n", added.c_str());
    }
    auto all = nlohmann::json::array();
    for (const auto& row : modelRows(userModels, true))
        all.push_back({{"name", row.name},
                       {"kind", row.kind},
                       {"title", row.title},
                       {"state", modelStateName(row.state)},
                       {"problem", row.problem},
                       {"folder", row.folder.string()},
                       {"megabytes", std::round(static_cast<double>(row.bytes) / 1e5) / 10},
                       {"device", row.device},
                       {"shipped", row.shipped},
                       {"source", row.source}});
    if (args.isSet("json")) {
        std::printf("%s\n", all.dump(2).c_str());
        return 0;
    }
    for (const auto& m : all) {
        const std::string state = m["state"].get<std::string>();
        char size[32] = "";
        if (state != "not installed")
            std::snprintf(size, sizeof size, "%.1f MB", m["megabytes"].get<double>());
        std::printf("%-22s %-12s %-14s %11s  %-5s %s\n", m["name"].get<std::string>().c_str(),
                    m["kind"].get<std::string>().c_str(), state.c_str(), size, m["device"].get<std::string>().c_str(),
                    state == "installed" ? m["folder"].get<std::string>().c_str()
                    : state == "damaged" ? m["problem"].get<std::string>().c_str()
                                         : ("get it from " + m["source"].get<std::string>()).c_str());
    }
    return 0;
}

} // namespace

std::vector<CliCommand> generateCommands() {
    const QCommandLineOption duration{"duration", "Length in seconds (5-600, default 60).", "SECONDS"};
    const QCommandLineOption seed{"seed", "Random seed; the same prompt, options and seed give the same song.", "N"};
    const QCommandLineOption engine{"engine", "The engine: symbolic (default) or musicgen; `engines` lists them.",
                                    "NAME"};
    return {
        {.name = "generate",
         .usage = "PROMPT --out DIR [--melody FILE]",
         .summary = "compose, render and master a song from a text prompt",
         .options = {outOption("the song's folder"),
                     duration,
                     seed,
                     {"tempo", "Tempo in BPM (40-240).", "BPM"},
                     {"key", "Key, like \"D minor\" or \"F# major\".", "KEY"},
                     {"genre", "Genre from the catalog, like \"house\" or \"bossa nova\".", "NAME"},
                     {"mood", "Mood from the catalog, like \"dreamy\".", "NAME"},
                     {"meter", "Time signature: 2/4, 3/4, 4/4, 6/8 or 12/8.", "N/D"},
                     engine,
                     {"model", "The neural engine's model: a folder name in the models folder (`engines` lists them).",
                      "FOLDER_NAME"},
                     {"guidance", "Neural engines: classifier-free guidance scale (1-20; 1 turns it off).", "X"},
                     {"temperature", "Neural engines: sampling temperature (0-4; 0 takes the likeliest token).", "X"},
                     {"top-k", "Neural engines: sample from the K likeliest tokens (0-2048; 0 for all).", "K"},
                     {"top-p", "Neural engines: sample from the likeliest tokens holding P of the probability.", "P"},
                     {"melody",
                      "A recording of a melody (hummed, sung, whistled or played; up to 90 s) that becomes "
                      "the chorus; with --engine musicgen, a MusicGen-melody checkpoint follows its chroma.",
                      "FILE"}},
         .run = generate},
        {.name = "batch",
         .usage = "(--prompts FILE | --prompt P --variations N) --out DIR",
         .summary = "a song per line of FILE (text, or JSON with \"prompt\"), or N takes of one prompt",
         .options = {outOption("the folder to write one folder per song into"),
                     {"prompts", "A file with one prompt per line, or JSON lines with \"prompt\".", "FILE"},
                     {"prompt", "The prompt to make takes of.", "PROMPT"},
                     {"variations", "How many takes of --prompt (1-50, default 4).", "N"},
                     duration,
                     seed,
                     engine},
         .run = batch},
        {.name = "models",
         .usage = "[--json] [--add FOLDER]",
         .summary = "the models found (installed or damaged) and those still missing, with where to get them",
         .options = {jsonOption("the models"),
                     {"add", "Check a model folder and copy it into the models folder.", "FOLDER"}},
         .run = listModels},
        {.name = "engines",
         .usage = "[--json]",
         .summary = "the engines, and whether each is installed",
         .options = {jsonOption("the engines")},
         .run = listEngines},
    };
}

} // namespace cadenza
