// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectDatabase.h"

#include "base/ProcessInfo.h"
#include "project/HistorySql.h"

#include <set>

namespace cadenza {
namespace {

bool isNumber(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

void ProjectDatabase::recoverFromCrash() {
    // Under the write lock: no other process is between renaming a track folder into place
    // and committing its row while we look for leftovers.
    WriteTransaction transaction(db_);
    std::set<std::int64_t> runningJobs;
    {
        auto running = db_.prepare("SELECT id, owner_pid, owner_start FROM jobs WHERE status = 'running'");
        std::vector<std::int64_t> orphaned;
        while (running.step()) {
            if (running.isNull(1) || !processAlive(running.integer(1), running.integer(2)))
                orphaned.push_back(running.integer(0));
            else
                runningJobs.insert(running.integer(0));
        }
        for (const auto id : orphaned)
            db_.prepare(std::string("UPDATE jobs SET status = 'interrupted', ended = ") + sql::kNow +
                        ", error = 'The program stopped while this job was running.' WHERE id = ?1")
                .bind(1, id)
                .run();
    }
    std::set<std::int64_t> trackIds;
    auto ids = db_.prepare("SELECT id FROM tracks");
    while (ids.step())
        trackIds.insert(ids.integer(0));
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "tracks")) {
        const auto name = entry.path().filename().string();
        if (!isNumber(name) || !trackIds.count(std::stoll(name)))
            std::filesystem::remove_all(entry.path());
    }
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "staging")) {
        const auto name = entry.path().filename().string();
        if (!isNumber(name) || !runningJobs.count(std::stoll(name)))
            std::filesystem::remove_all(entry.path());
    }
    transaction.commit();
}

std::string ProjectDatabase::integrityCheck() const {
    auto row = db_.prepare("PRAGMA integrity_check");
    std::string result;
    while (row.step())
        result += (result.empty() ? "" : "; ") + row.text(0);
    return result;
}

std::vector<std::string> ProjectDatabase::consistencyProblems() const {
    std::vector<std::string> problems;
    std::set<std::int64_t> trackIds;
    for (const auto& track : tracks()) {
        trackIds.insert(track.id);
        const auto folder = trackFolder(track.id);
        const std::string name = "track " + std::to_string(track.id);
        if (!std::filesystem::is_regular_file(folder / "song.wav"))
            problems.push_back(name + " has no song.wav");
        for (const auto& stem : stems(track.id))
            if (!std::filesystem::is_regular_file(folder / "stems" / (stem + ".wav")))
                problems.push_back(std::string(name).append(" lacks its stem ").append(stem));
        if (!std::filesystem::is_directory(folder))
            continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
            if (entry.path().filename().string().find(".part-") != std::string::npos)
                problems.push_back(name + " holds a half-written file, " + entry.path().filename().string());
    }
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "tracks")) {
        const auto folder = entry.path().filename().string();
        if (!isNumber(folder) || !trackIds.count(std::stoll(folder)))
            problems.push_back("tracks/" + folder + " belongs to no track");
    }
    std::set<std::int64_t> runningJobs;
    for (const auto& job : jobs()) {
        if (job.status == JobStatus::Running || job.status == JobStatus::Queued)
            runningJobs.insert(job.id);
        if (job.resultTrack && !trackIds.count(*job.resultTrack))
            problems.push_back("job " + std::to_string(job.id) + " names track " + std::to_string(*job.resultTrack) +
                               ", which is not there");
    }
    for (const auto& entry : std::filesystem::directory_iterator(dataDirectory_ / "staging")) {
        const auto folder = entry.path().filename().string();
        if (!isNumber(folder) || !runningJobs.count(std::stoll(folder)))
            problems.push_back("staging/" + folder + " belongs to no running job");
    }
    return problems;
}

} // namespace cadenza
