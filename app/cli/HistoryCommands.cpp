// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that read and keep the project history: list, jobs, retry, check.

#include "CliCommand.h"
#include "CliSupport.h"

#include "base/ResourcePaths.h"
#include "music/Catalog.h"
#include "project/ProjectDatabase.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace cadenza {
namespace {

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

// `list --json`: the tracks of the project history.
int listTracks(const QCommandLineParser& args) {
    const ProjectDatabase db(defaultDataDirectory());
    auto out = nlohmann::json::array();
    for (const auto& t : db.tracks())
        out.push_back({{"id", t.id},
                       {"title", t.title},
                       {"prompt", t.prompt},
                       {"source", trackSourceName(t.source)},
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
    for (const auto& t : out) {
        // Padded by characters, not bytes: titles hold dashes and names beyond ASCII.
        const std::string title =
            QString::fromStdString(t["title"].get<std::string>()).leftJustified(40, ' ', true).toStdString();
        std::printf("%5lld  %s %-10s %-12s %3.0f BPM  %-9s %5.0f s  %s\n", static_cast<long long>(t["id"]),
                    title.c_str(), t["source"].get<std::string>().c_str(), t["genre"].get<std::string>().c_str(),
                    t["tempo"].get<double>(), t["key"].get<std::string>().c_str(), t["duration"].get<double>(),
                    t["created"].get<std::string>().c_str());
    }
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
                       {"kind", jobKindName(j.kind)},
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

} // namespace

std::vector<CliCommand> historyCommands() {
    return {
        {.name = "list",
         .usage = "[--json]",
         .summary = "the tracks in the project history",
         .options = {jsonOption("the tracks")},
         .run = listTracks},
        {.name = "jobs",
         .usage = "[--json]",
         .summary = "the jobs in the project history",
         .options = {jsonOption("the jobs")},
         .run = listJobs},
        {.name = "retry",
         .usage = "JOB_ID",
         .summary = "run a failed, cancelled or interrupted job again",
         .run = retry},
        {.name = "check",
         .usage = "[--json]",
         .summary = "check the project history: the database, and its files against it",
         .options = {jsonOption("the findings")},
         .run = check},
    };
}

} // namespace cadenza
