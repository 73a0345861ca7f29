// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectDatabase.h"

#include "base/ProcessInfo.h"
#include "project/HistorySql.h"

#include <stdexcept>

namespace cadenza {
namespace {

JobRecord readJob(const SqliteStatement& row) {
    JobRecord j;
    j.id = row.integer(0);
    const auto kind = parseJobKind(row.text(1));
    if (!kind)
        throw std::runtime_error("project database: job " + std::to_string(j.id) +
                                 " is of a kind this Cadenza does "
                                 "not know, '" +
                                 row.text(1) + "': update Cadenza");
    j.kind = *kind;
    j.title = row.text(2);
    j.parameters = row.text(3);
    j.status = parseJobStatus(row.text(4));
    j.stage = row.text(5);
    j.progress = row.real(6);
    j.error = row.text(7);
    if (!row.isNull(8))
        j.resultTrack = row.integer(8);
    j.created = row.text(9);
    return j;
}

constexpr const char* kJobColumns =
    "SELECT id, kind, title, parameters, status, stage, progress, error, result_track, created FROM jobs";

} // namespace

std::int64_t ProjectDatabase::addJob(JobKind kind, const std::string& title, const std::string& parameters) {
    WriteTransaction transaction(db_);
    db_.prepare(
           std::string("INSERT INTO jobs (kind, title, parameters, status, created) VALUES (?1, ?2, ?3, 'queued', ") +
           sql::kNow + ")")
        .bind(1, jobKindName(kind))
        .bind(2, title)
        .bind(3, parameters.empty() ? std::string("{}") : parameters)
        .run();
    const auto id = db_.lastInsertId();
    transaction.commit();
    return id;
}

void ProjectDatabase::startJob(std::int64_t id) {
    const auto pid = currentProcessId();
    WriteTransaction transaction(db_);
    db_.prepare(std::string("UPDATE jobs SET status = 'running', stage = '', progress = 0, error = '', owner_pid = ?2, "
                            "owner_start = ?3, started = ") +
                sql::kNow + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, pid)
        .bind(3, processStartTime(pid).value_or(0))
        .run();
    transaction.commit();
}

void ProjectDatabase::updateJob(std::int64_t id, const std::string& stage, double progress) {
    WriteTransaction transaction(db_);
    db_.prepare("UPDATE jobs SET stage = ?2, progress = ?3 WHERE id = ?1")
        .bind(1, id)
        .bind(2, stage)
        .bind(3, progress)
        .run();
    transaction.commit();
}

void ProjectDatabase::endJob(std::int64_t id, JobStatus status, const std::string& error,
                             std::optional<std::int64_t> result) {
    WriteTransaction transaction(db_);
    db_.prepare(std::string("UPDATE jobs SET status = ?2, error = ?3, result_track = ?4, owner_pid = NULL, ended = ") +
                sql::kNow + (status == JobStatus::Finished ? ", progress = 1" : "") + " WHERE id = ?1")
        .bind(1, id)
        .bind(2, jobStatusName(status))
        .bind(3, error)
        .bind(4, result)
        .run();
    transaction.commit();
}

void ProjectDatabase::finishJob(std::int64_t id, std::optional<std::int64_t> resultTrack) {
    endJob(id, JobStatus::Finished, "", resultTrack);
}
void ProjectDatabase::failJob(std::int64_t id, const std::string& error) {
    endJob(id, JobStatus::Failed, error, std::nullopt);
}
void ProjectDatabase::cancelJob(std::int64_t id) {
    endJob(id, JobStatus::Cancelled, "", std::nullopt);
}

void ProjectDatabase::requeueJob(std::int64_t id) {
    WriteTransaction transaction(db_);
    db_.prepare("UPDATE jobs SET status = 'queued', stage = '', progress = 0, error = '', result_track = NULL, "
                "owner_pid = NULL, started = NULL, ended = NULL WHERE id = ?1 AND status IN ('failed', 'cancelled', "
                "'interrupted')")
        .bind(1, id)
        .run();
    const bool changed = db_.changes() > 0;
    transaction.commit();
    if (!changed)
        throw std::runtime_error("job " + std::to_string(id) + " cannot be retried: it has not ended in failure");
}

void ProjectDatabase::clearEndedJobs() {
    WriteTransaction transaction(db_);
    db_.exec("DELETE FROM jobs WHERE status IN ('finished', 'failed', 'cancelled', 'interrupted')");
    transaction.commit();
}

void ProjectDatabase::forgetJob(std::int64_t id) {
    WriteTransaction transaction(db_);
    db_.prepare("DELETE FROM jobs WHERE id = ?1 AND status IN ('finished', 'failed', 'cancelled', 'interrupted')")
        .bind(1, id)
        .run();
    transaction.commit();
}

std::vector<JobRecord> ProjectDatabase::jobs() const {
    std::vector<JobRecord> out;
    auto rows = db_.prepare(std::string(kJobColumns) + " ORDER BY id");
    while (rows.step())
        out.push_back(readJob(rows));
    return out;
}

std::optional<JobRecord> ProjectDatabase::job(std::int64_t id) const {
    auto row = db_.prepare(std::string(kJobColumns) + " WHERE id = ?1");
    row.bind(1, id);
    return row.step() ? std::optional<JobRecord>(readJob(row)) : std::nullopt;
}

} // namespace cadenza
