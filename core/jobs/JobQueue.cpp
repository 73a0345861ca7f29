// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobQueue.h"

#include "base/UserError.h"

#include <algorithm>
#include <stdexcept>

namespace cadenza {

JobQueue::JobQueue(ProjectDatabase& db, JobRunners runners, unsigned workers) : db_(db), runners_(std::move(runners)) {
    const unsigned count = workers > 0 ? workers : std::max(1u, std::thread::hardware_concurrency());
    for (unsigned i = 0; i < count; ++i)
        workers_.emplace_back([this](const std::stop_token& stop) { work(stop); });
}

JobQueue::~JobQueue() {
    // Stop the workers taking new jobs first, then cancel the ones they are running.
    for (auto& worker : workers_)
        worker.request_stop();
    {
        const std::lock_guard lock(mutex_);
        for (auto& [id, token] : running_)
            token.cancel();
    }
    changed_.notify_all();
    workers_.clear(); // joins; cancelled jobs record themselves as cancelled
    // Jobs still waiting stay queued in the history: the next start can run them.
}

void JobQueue::setListener(std::function<void(const JobEvent&)> listener) {
    const std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

void JobQueue::notify(const JobEvent& event) {
    std::function<void(const JobEvent&)> listener;
    {
        const std::lock_guard lock(mutex_);
        listener = listener_;
    }
    if (listener)
        listener(event);
}

std::int64_t JobQueue::submit(JobKind kind, const std::string& title, const std::string& parameters,
                              JobPriority priority) {
    if (!runners_.count(kind))
        throw std::invalid_argument(std::string("no runner for jobs of kind '") + jobKindName(kind) + "'");
    std::int64_t id = 0;
    {
        const std::lock_guard lock(mutex_);
        id = db_.addJob(kind, title, parameters);
        queue_.push_back({id, kind, parameters, priority});
    }
    changed_.notify_all();
    notify({.id = id, .kind = kind, .status = JobStatus::Queued});
    return id;
}

bool JobQueue::cancel(std::int64_t id) {
    JobKind kind{};
    {
        const std::lock_guard lock(mutex_);
        if (const auto it = running_.find(id); it != running_.end()) {
            it->second.cancel(); // the worker records the outcome when the job stops
            return true;
        }
        const auto queued = std::find_if(queue_.begin(), queue_.end(), [&](const Pending& p) { return p.id == id; });
        if (queued == queue_.end())
            return false;
        kind = queued->kind;
        queue_.erase(queued);
        db_.cancelJob(id);
    }
    changed_.notify_all();
    notify({.id = id, .kind = kind, .status = JobStatus::Cancelled});
    return true;
}

void JobQueue::retry(std::int64_t id, JobPriority priority) {
    JobKind kind{};
    {
        const std::lock_guard lock(mutex_);
        const auto job = db_.job(id);
        if (!job)
            throw std::invalid_argument("no job " + std::to_string(id));
        if (!runners_.count(job->kind))
            throw std::invalid_argument(std::string("no runner for jobs of kind '") + jobKindName(job->kind) + "'");
        db_.requeueJob(id);
        queue_.push_back({id, job->kind, job->parameters, priority});
        kind = job->kind;
    }
    changed_.notify_all();
    notify({.id = id, .kind = kind, .status = JobStatus::Queued});
}

void JobQueue::clearEnded() {
    const std::lock_guard lock(mutex_);
    db_.clearEndedJobs();
}

std::vector<JobRecord> JobQueue::jobs() const {
    const std::lock_guard lock(mutex_);
    return db_.jobs();
}

bool JobQueue::waitUntilIdle(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [this] { return queue_.empty() && running_.empty(); });
}

void JobQueue::work(const std::stop_token& stop) {
    while (true) {
        Pending job;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, stop, [this] { return !queue_.empty(); });
            if (stop.stop_requested())
                return;
            // Highest priority first, then the oldest.
            const auto next = std::min_element(queue_.begin(), queue_.end(), [](const Pending& a, const Pending& b) {
                return a.priority != b.priority ? a.priority > b.priority : a.id < b.id;
            });
            job = *next;
            queue_.erase(next);
            running_.emplace(job.id, CancelToken());
            db_.startJob(job.id);
        }
        run(job);
        {
            const std::lock_guard lock(mutex_);
            running_.erase(job.id);
        }
        changed_.notify_all();
    }
}

void JobQueue::run(const Pending& job) {
    CancelToken cancel;
    JobContext context;
    {
        const std::lock_guard lock(mutex_);
        cancel = running_.at(job.id);
        context.jobId = job.id;
        context.stagingFolder = db_.stagingFolder(job.id);
    }
    std::filesystem::remove_all(context.stagingFolder);
    std::filesystem::create_directories(context.stagingFolder);
    context.addTrack = [this](const TrackRecord& track, const std::filesystem::path& folder,
                              const std::vector<std::string>& stems, const std::vector<LineageLink>& parents) {
        const std::lock_guard lock(mutex_);
        return db_.addTrack(track, folder, stems, parents);
    };
    context.withDatabase = [this](const std::function<void(ProjectDatabase&)>& use) {
        const std::lock_guard lock(mutex_);
        use(db_);
    };
    notify({.id = job.id, .kind = job.kind, .status = JobStatus::Running});

    auto lastReport = std::chrono::steady_clock::time_point{};
    std::string lastStage;
    const ProgressCallback progress = [&](std::string_view stage, double fraction) {
        const auto now = std::chrono::steady_clock::now();
        if (stage == lastStage && now - lastReport < std::chrono::milliseconds(50))
            return;
        lastStage = stage;
        lastReport = now;
        {
            const std::lock_guard lock(mutex_);
            db_.updateJob(job.id, std::string(stage), fraction);
        }
        notify({.id = job.id,
                .kind = job.kind,
                .status = JobStatus::Running,
                .stage = std::string(stage),
                .progress = fraction});
    };

    JobEvent outcome{.id = job.id, .kind = job.kind, .status = JobStatus::Finished, .progress = 1};
    try {
        outcome.resultTrack = runners_.at(job.kind)(job.parameters, context, progress, cancel);
    } catch (const OperationCancelled&) {
        outcome.status = JobStatus::Cancelled;
    } catch (const UserError& e) {
        outcome.status = JobStatus::Failed;
        outcome.error = e.what();
        outcome.refusedField = e.field();
    } catch (const std::exception& e) {
        outcome.status = JobStatus::Failed;
        outcome.error = e.what();
    }
    std::error_code ignored;
    std::filesystem::remove_all(context.stagingFolder, ignored); // nothing half-written is left
    {
        const std::lock_guard lock(mutex_);
        switch (outcome.status) {
        case JobStatus::Finished:
            db_.finishJob(job.id, outcome.resultTrack);
            break;
        case JobStatus::Cancelled:
            db_.cancelJob(job.id);
            break;
        default:
            db_.failJob(job.id, outcome.error);
            break;
        }
    }
    notify(outcome);
}

} // namespace cadenza
