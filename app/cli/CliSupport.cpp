// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "audio/OutputTransaction.h"
#include "engines/MlPlugin.h"
#include "music/Catalog.h"
#include "runners/JobRunners.h"
#include "visual/Visuals.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <mutex>
#include <unistd.h>

namespace cadenza {
namespace {

extern "C" void onInterrupt(int) {
    interruptToken().cancel();
}

} // namespace

CancelToken& interruptToken() {
    static CancelToken token;
    return token;
}

void installInterruptHandlers() {
    interruptToken();
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    // Past a file size limit (ulimit -f), a write fails with EFBIG, which the job reports
    // like a full disk, instead of the signal ending the program mid-file.
    std::signal(SIGXFSZ, SIG_IGN);
}

std::optional<std::string> textOption(const QCommandLineParser& args, const QString& name) {
    return args.isSet(name) ? std::optional<std::string>(args.value(name).toStdString()) : std::nullopt;
}

QCommandLineOption jsonOption(const QString& what) {
    return {"json", "Print " + what + " as JSON."};
}

QCommandLineOption outOption(const QString& where) {
    return {"out", "Where to write: " + where + ".", "PATH"};
}

std::filesystem::path requireOut(const QCommandLineParser& args, const std::string& what) {
    if (!args.isSet("out") || args.value("out").isEmpty())
        throw UserError("out", "needs --out " + what);
    return args.value("out").toStdString();
}

TerminalProgress::TerminalProgress() : enabled_(::isatty(STDERR_FILENO) != 0) {}

TerminalProgress::~TerminalProgress() {
    finish();
}

void TerminalProgress::operator()(std::string_view stage, double fraction) {
    if (!enabled_)
        return;
    const int filled = static_cast<int>(fraction * 30);
    std::fprintf(stderr, "\r  %-8.*s [%.*s%*s] %3d%%", static_cast<int>(stage.size()), stage.data(), filled,
                 "##############################", 30 - filled, "", static_cast<int>(fraction * 100));
    std::fflush(stderr);
    active_ = true;
}

void TerminalProgress::finish() {
    if (active_)
        std::fprintf(stderr, "\r%60s\r", "");
    active_ = false;
}

Engines installedEngines(const Catalog& catalog) {
    return Engines(catalog, RenderSettings{}, defaultDataDirectory() / "models", true);
}

AnalysisEnricher moodEnricher() {
    return MlPlugin::instance().moodEnricher(defaultDataDirectory() / "models", true);
}

std::vector<JobEvent> runJobs(ProjectDatabase& db, const Catalog& catalog,
                              const std::function<std::vector<std::int64_t>(JobQueue&)>& start) {
    const Engines engines = installedEngines(catalog);
    TerminalProgress terminal;
    std::mutex outcomeMutex;
    std::map<std::int64_t, JobEvent> outcomes;
    std::vector<std::int64_t> jobs;
    {
        JobQueue queue(db,
                       jobRunners({.catalog = catalog,
                                   .engines = engines,
                                   .userModels = defaultDataDirectory() / "models",
                                   .allowCuda = true,
                                   .visuals = painterVisuals()}),
                       1);
        queue.setListener([&](const JobEvent& e) {
            if (e.status == JobStatus::Running && !e.stage.empty())
                terminal(e.stage, e.progress);
            if (e.status != JobStatus::Queued && e.status != JobStatus::Running) {
                const std::lock_guard lock(outcomeMutex);
                outcomes[e.id] = e;
            }
        });
        jobs = start(queue);
        while (!queue.waitUntilIdle(std::chrono::milliseconds(100)))
            if (interruptToken().cancelled())
                for (const auto job : jobs)
                    queue.cancel(job);
    }
    terminal.finish();
    std::vector<JobEvent> ended;
    for (const auto job : jobs) {
        const auto found = outcomes.find(job);
        if (found == outcomes.end())
            throw OperationCancelled();
        ended.push_back(found->second);
    }
    return ended;
}

void throwIfFailed(const JobEvent& outcome) {
    if (outcome.status == JobStatus::Cancelled)
        throw OperationCancelled();
    if (outcome.status != JobStatus::Finished && !outcome.refusedField.empty())
        throw UserError(outcome.refusedField, outcome.error);
    if (outcome.status != JobStatus::Finished)
        throw std::runtime_error(outcome.error);
}

std::int64_t runJob(ProjectDatabase& db, const Catalog& catalog, const std::function<std::int64_t(JobQueue&)>& start) {
    const auto outcome =
        runJobs(db, catalog, [&](JobQueue& queue) { return std::vector<std::int64_t>{start(queue)}; }).front();
    throwIfFailed(outcome);
    return outcome.resultTrack.value_or(0);
}

std::int64_t runTrackJob(ProjectDatabase& db, const Catalog& catalog, std::int64_t trackId, JobKind kind,
                         const std::string& parameters) {
    const auto track = db.track(trackId);
    if (!track)
        throw UserError("track", "there is no track " + std::to_string(trackId) + "; `cadenza-cli list` shows them");
    return runJob(db, catalog, [&](JobQueue& queue) { return queue.submit(kind, track->title, parameters); });
}

void deliverFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (to.has_parent_path())
        std::filesystem::create_directories(to.parent_path());
    OutputTransaction files;
    std::filesystem::copy_file(from, files.stage(to), std::filesystem::copy_options::overwrite_existing);
    files.commit();
}

std::optional<std::int64_t> trackIdArgument(const std::string& text) {
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), ::isdigit) ||
        std::filesystem::exists(text))
        return std::nullopt;
    return std::stoll(text);
}

std::int64_t requireTrackId(const QCommandLineParser& args, const std::string& usage) {
    const auto positional = args.positionalArguments();
    const auto id = trackIdArgument(positional.value(1).toStdString());
    if (!id)
        throw UserError("track", "needs the id of a track, as `cadenza-cli list` shows it: " + usage);
    return *id;
}

} // namespace cadenza
