// The commands that take songs out of Cadenza: export, cover, video and batch.

#include "CliCommands.h"
#include "CliSupport.h"

#include "audio/OutputTransaction.h"
#include "base/ResourcePaths.h"
#include "compose/Catalog.h"
#include "engine/ExportJob.h"
#include "engine/GenerateJob.h"
#include "engine/SongFiles.h"
#include "export/CoverInput.h"
#include "visual/CoverArt.h"
#include "visual/VisualJobs.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <random>

namespace cadenza {
namespace {

std::filesystem::path requireOut(const QCommandLineParser& args, const std::string& what) {
    if (!args.isSet("out") || args.value("out").isEmpty())
        throw UserError("out", "needs --out " + what);
    return args.value("out").toStdString();
}

// Runs one job that makes no track (an export, a video), failing as the job failed.
void runOutputJob(ProjectDatabase& db, std::int64_t trackId, const std::string& kind, const std::string& parameters) {
    const auto track = db.track(trackId);
    if (!track)
        throw UserError("track", "there is no track " + std::to_string(trackId) + "; `cadenza-cli list` shows them");
    const auto outcome = runJobs(db, Catalog::load(resourceDirectory()), [&](JobQueue& queue) {
                             return std::vector<std::int64_t>{queue.submit(kind, track->title, parameters)};
                         }).front();
    throwIfFailed(outcome);
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

} // namespace

int exportCommand(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, "cadenza-cli export TRACK_ID --format mp3 --out FILE");
    ExportRequest request;
    request.track = trackId;
    request.format = exportFormatNamed(textOption(args, "format").value_or("wav"));
    request.bits = numberOption<int>(args, "bits").value_or(24);
    request.out = requireOut(args, request.format == ExportFormat::Stems ? "DIR or FILE.zip" : "FILE");
    request.cover = !args.isSet("no-cover");
    ProjectDatabase db(defaultDataDirectory());
    checkExportable(trackFiles(db, trackId), request); // refused before anything is queued
    runOutputJob(db, trackId, "export", exportParameters(request));
    std::printf("%s: track %lld as %s\n", request.out.c_str(), static_cast<long long>(trackId),
                std::string(exportFormatName(request.format)).c_str());
    return 0;
}

int coverCommand(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, "cadenza-cli cover TRACK_ID --out FILE.png");
    const auto out = requireOut(args, "FILE.png");
    ProjectDatabase db(defaultDataDirectory());
    TrackFiles track = trackFiles(db, trackId);
    if (args.isSet("new")) { // another of the track's covers, kept from now on
        track.record.coverVariant += 1;
        db.setCoverVariant(trackId, track.record.coverVariant);
    }
    const int size = numberOption<int>(args, "size").value_or(1024);
    if (size < 64 || size > 4096)
        throw UserError("size", "the cover's size is 64 to 4096 pixels, not " + std::to_string(size));
    const QImage cover = renderCover(coverInput(track), size);
    if (out.has_parent_path())
        std::filesystem::create_directories(out.parent_path());
    OutputTransaction files;
    const auto staged = files.stage(out);
    if (!cover.save(QString::fromStdString(staged.string()), "PNG"))
        throw std::runtime_error("cannot write " + out.string());
    files.commit();
    std::printf("%s: cover of track %lld (%dx%d, variant %d)\n", out.c_str(), static_cast<long long>(trackId), size,
                size, track.record.coverVariant);
    return 0;
}

int videoCommand(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, "cadenza-cli video TRACK_ID --out FILE.mp4");
    const auto out = requireOut(args, "FILE.mp4");
    ProjectDatabase db(defaultDataDirectory());
    runOutputJob(db, trackId, "video", videoParameters(trackId, out));
    std::printf("%s: music video of track %lld\n", out.c_str(), static_cast<long long>(trackId));
    return 0;
}

int batchCommand(const QCommandLineParser& args) {
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
            jobs.push_back(queue.submit("generate", generateTitle(request.prompt), generateParameters(request)));
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

} // namespace cadenza
