// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "project/ProjectDatabase.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace cadenza {

// User-started work runs before background work (analysis of imports, say).
enum class JobPriority { Background = 0, User = 1 };

// What a running job gets besides progress and cancel: a folder of its own to write into,
// and a way to add its result to the project history from its worker thread.
struct JobContext {
    std::int64_t jobId = 0;
    std::filesystem::path stagingFolder; // created empty; removed after the job
    std::function<std::int64_t(const TrackRecord&, const std::filesystem::path& folder,
                               const std::vector<std::string>& stems, const std::vector<LineageLink>& parents)>
        addTrack;
    // Runs `use` with the project history, under the queue's lock: for short reads and
    // writes (a track's record, its analysis), never for long work.
    std::function<void(const std::function<void(ProjectDatabase&)>& use)> withDatabase;
};

// Runs one kind of job from its parameters (JSON text), so that a job can be retried from
// the history alone, even one a crashed process left interrupted. Returns the track it
// made, if any. Throws UserError (or any exception) to fail with that message, and
// OperationCancelled when the token is cancelled.
using JobRunner =
    std::function<std::optional<std::int64_t>(const std::string& parameters, const JobContext& context,
                                              const ProgressCallback& progress, const CancelToken& cancel)>;

// The runners of every kind of job a queue can run.
using JobRunners = std::map<JobKind, JobRunner>;

// A change of a job's state or progress, as a listener sees it.
struct JobEvent {
    std::int64_t id = 0;
    JobKind kind = JobKind::Generate;
    JobStatus status = JobStatus::Queued;
    std::string stage;
    double progress = 0;
    std::string error;
    std::optional<std::int64_t> resultTrack;
    // Set when the job failed on its input (a UserError): the field it named. Front ends
    // report such a failure as a refusal (the CLI exits with status 2).
    std::string refusedField;
};

// The job queue: worker threads (one per core by default) take queued jobs in priority
// order, then oldest first, and record every state in the project history. Cancel sets
// the job's token, which its stages check every few milliseconds; a cancelled job leaves
// no files. The destructor cancels what is running and waits for it.
//
// The listener is called from worker threads (progress at most every 50 ms per job); a
// GUI forwards the events to its own thread with a queued signal.
class JobQueue {
  public:
    JobQueue(ProjectDatabase& db, JobRunners runners, unsigned workers = 0);
    ~JobQueue();
    JobQueue(const JobQueue&) = delete;
    JobQueue& operator=(const JobQueue&) = delete;

    void setListener(std::function<void(const JobEvent&)> listener);

    std::int64_t submit(JobKind kind, const std::string& title, const std::string& parameters,
                        JobPriority priority = JobPriority::User);
    // Cancels a queued job at once, or asks a running one to stop. False if it has ended.
    bool cancel(std::int64_t id);
    // Queues a failed, cancelled or interrupted job again, with its parameters.
    void retry(std::int64_t id, JobPriority priority = JobPriority::User);
    // Removes ended jobs from the history.
    void clearEnded();
    // The jobs of the project history, read under the queue's lock.
    std::vector<JobRecord> jobs() const;
    // Waits until nothing is queued or running; false on timeout.
    bool waitUntilIdle(std::chrono::milliseconds timeout);

  private:
    struct Pending {
        std::int64_t id;
        JobKind kind;
        std::string parameters;
        JobPriority priority;
    };
    void work(const std::stop_token& stop);
    void run(const Pending& job);
    void notify(const JobEvent& event);

    ProjectDatabase& db_;
    const JobRunners runners_;
    mutable std::mutex mutex_; // guards everything below, and every use of db_
    std::condition_variable_any changed_;
    std::vector<Pending> queue_;
    std::map<std::int64_t, CancelToken> running_;
    std::function<void(const JobEvent&)> listener_;
    std::vector<std::jthread> workers_;
};

} // namespace cadenza
