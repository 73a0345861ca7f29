// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the commands of cadenza-cli share: options, progress on a terminal, Ctrl-C, and
// running a job of the project history the way the studio would.

#include "base/UserError.h"
#include "engines/Engines.h"
#include "jobs/JobQueue.h"
#include "runners/AnalyzeJob.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace cadenza {

struct Catalog;

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitCancelled = 130;

// Cancelled by Ctrl-C (SIGINT) and SIGTERM once installInterruptHandlers() has run, which
// also turns SIGXFSZ (a file size limit reached) into a failed write.
CancelToken& interruptToken();
void installInterruptHandlers();

template <typename T> std::optional<T> numberOption(const QCommandLineParser& args, const QString& name) {
    if (!args.isSet(name))
        return std::nullopt;
    bool ok = false;
    const QString text = args.value(name);
    if constexpr (std::is_same_v<T, double>) {
        const double v = text.toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
    } else if constexpr (std::is_same_v<T, int>) {
        const int v = text.toInt(&ok);
        if (ok)
            return v;
    } else {
        const auto v = text.toULongLong(&ok);
        if (ok)
            return static_cast<T>(v);
    }
    throw UserError(name.toStdString(),
                    "--" + name.toStdString() + " needs a number, not '" + text.toStdString() + "'");
}

std::optional<std::string> textOption(const QCommandLineParser& args, const QString& name);

// Options several commands take.
QCommandLineOption jsonOption(const QString& what); // --json: print `what` as JSON
QCommandLineOption outOption(const QString& where); // --out: where to write
// The --out a command needs; UserError naming what it should be when it is missing.
std::filesystem::path requireOut(const QCommandLineParser& args, const std::string& what);

// Draws a progress line on a terminal; stays silent when output is piped or logged.
class TerminalProgress {
  public:
    TerminalProgress();
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    void operator()(std::string_view stage, double fraction);
    void finish();

  private:
    bool enabled_;
    bool active_ = false;
};

// The engines, with the data folder's models/ (CUDA allowed when the libtorch has it).
Engines installedEngines(const Catalog& catalog);

// Classifies the mood when the neural-model module and a mood model are installed
// (shipped, or in the data folder's models/); otherwise the analysis goes without one.
AnalysisEnricher moodEnricher();

// Runs jobs of the project history on a one-worker queue, the same jobs the studio would
// run, while this thread turns Ctrl-C into a cancel. `start` submits them; runJobs waits
// for all and returns the outcome of each (OperationCancelled after a Ctrl-C).
std::vector<JobEvent> runJobs(ProjectDatabase& db, const Catalog& catalog,
                              const std::function<std::vector<std::int64_t>(JobQueue&)>& start);

// Throws what an ended job's outcome says: OperationCancelled, a UserError for a job that
// refused its input, std::runtime_error for another failure. Returns for a finished job.
void throwIfFailed(const JobEvent& outcome);

// One job that makes a track: returns the track, or throws the job's error.
std::int64_t runJob(ProjectDatabase& db, const Catalog& catalog, const std::function<std::int64_t(JobQueue&)>& start);

// A job of `kind` on a track of the history. A track that is not there is refused
// (status 2) before anything is queued. Returns the track the job names as its result (0
// for the jobs that make files outside the history: export, video).
std::int64_t runTrackJob(ProjectDatabase& db, const Catalog& catalog, std::int64_t trackId, JobKind kind,
                         const std::string& parameters);

// Copies a file of the history to where the user asked: complete, or not at all.
void deliverFile(const std::filesystem::path& from, const std::filesystem::path& to);

// A track id: digits only, and no file of that name here.
std::optional<std::int64_t> trackIdArgument(const std::string& text);

// The track id a command's first argument names; UserError (naming `usage`) otherwise.
std::int64_t requireTrackId(const QCommandLineParser& args, const std::string& usage);

} // namespace cadenza
