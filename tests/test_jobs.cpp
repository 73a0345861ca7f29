// SPDX-License-Identifier: GPL-3.0-or-later
// The job queue over the real project database: priority order, progress, cancel, retry,
// clearing, and a real generation run as a job.

#include "TestSupport.h"

#include "base/UserError.h"
#include "engines/Engines.h"
#include "jobs/JobQueue.h"
#include "runners/GenerateJob.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <fstream>
#include <latch>

using namespace cadenza;
using namespace std::chrono_literals;

namespace {

// A job that does nothing but record its name and report progress.
JobRunner recording(std::vector<std::string>& order, std::mutex& orderMutex) {
    return [&](const std::string& parameters, const JobContext&, const ProgressCallback& progress, const CancelToken&) {
        progress("work", 0.5);
        const std::lock_guard lock(orderMutex);
        order.push_back(parameters);
        return std::optional<std::int64_t>();
    };
}

// A job that runs until cancelled, checking its token every 10 ms.
std::optional<std::int64_t> untilCancelled(const std::string&, const JobContext& context,
                                           const ProgressCallback& progress, const CancelToken& cancel) {
    std::ofstream(context.stagingFolder / "partial.wav") << "half a song";
    for (int i = 0;; ++i) {
        progress("render", 0.01 * (i % 100));
        cancel.throwIfCancelled();
        std::this_thread::sleep_for(10ms);
    }
}

} // namespace

class JobsTest : public QObject {
    Q_OBJECT

  private slots:
    void userWorkRunsBeforeBackgroundWork() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        std::vector<std::string> order;
        std::mutex orderMutex;
        std::latch release(1);
        const JobRunner blocker = [&](const std::string&, const JobContext&, const ProgressCallback&,
                                      const CancelToken&) {
            release.wait();
            return std::optional<std::int64_t>();
        };
        JobQueue queue(db, {{JobKind::Export, blocker}, {JobKind::Analyze, recording(order, orderMutex)}}, 1);
        queue.submit(JobKind::Export, "hold the only worker", "");
        std::this_thread::sleep_for(50ms); // the worker is now busy
        queue.submit(JobKind::Analyze, "analysis", "background 1", JobPriority::Background);
        queue.submit(JobKind::Analyze, "generate", "user 1", JobPriority::User);
        queue.submit(JobKind::Analyze, "analysis", "background 2", JobPriority::Background);
        queue.submit(JobKind::Analyze, "generate", "user 2", JobPriority::User);
        release.count_down();
        QVERIFY(queue.waitUntilIdle(5s));
        QCOMPARE(order, (std::vector<std::string>{"user 1", "user 2", "background 1", "background 2"}));
    }

    void progressIsReportedAndRecorded() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        std::vector<std::string> order;
        std::mutex orderMutex;
        JobQueue queue(db, {{JobKind::Analyze, recording(order, orderMutex)}}, 1);
        std::vector<JobEvent> events;
        std::mutex eventsMutex;
        queue.setListener([&](const JobEvent& e) {
            const std::lock_guard lock(eventsMutex);
            events.push_back(e);
        });
        const auto id = queue.submit(JobKind::Analyze, "a job", "x");
        QVERIFY(queue.waitUntilIdle(5s));
        const std::lock_guard lock(eventsMutex);
        QVERIFY(std::any_of(events.begin(), events.end(),
                            [](const JobEvent& e) { return e.stage == "work" && e.progress == 0.5; }));
        QCOMPARE(events.back().status, JobStatus::Finished);
        QCOMPARE(queue.jobs().front().id, id);
        QCOMPARE(queue.jobs().front().status, JobStatus::Finished);
        QCOMPARE(queue.jobs().front().progress, 1.0);
    }

    void cancelStopsARunningJobWithinHalfASecond() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        JobQueue queue(db, {{JobKind::Video, untilCancelled}}, 1);
        std::atomic<bool> running = false;
        std::atomic<bool> cancelled = false;
        queue.setListener([&](const JobEvent& e) {
            running = running || e.status == JobStatus::Running;
            cancelled = cancelled || e.status == JobStatus::Cancelled;
        });
        const auto id = queue.submit(JobKind::Video, "a long render", "");
        QTRY_VERIFY_WITH_TIMEOUT(running, 5000);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(queue.cancel(id));
        QTRY_VERIFY_WITH_TIMEOUT(cancelled, 500);
        qInfo("cancelled after %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(queue.waitUntilIdle(1s));
        QCOMPARE(queue.jobs().front().status, JobStatus::Cancelled);
        QVERIFY2(!std::filesystem::exists(db.stagingFolder(id)), "the partial file was left behind");
    }

    void cancellingAQueuedJobNeverRunsIt() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        std::vector<std::string> order;
        std::mutex orderMutex;
        JobQueue queue(db, {{JobKind::Video, untilCancelled}, {JobKind::Analyze, recording(order, orderMutex)}}, 1);
        const auto blocker = queue.submit(JobKind::Video, "busy", "");
        const auto waiting = queue.submit(JobKind::Analyze, "never", "never");
        QVERIFY(queue.cancel(waiting));
        QVERIFY(queue.cancel(blocker));
        QVERIFY(queue.waitUntilIdle(5s));
        QVERIFY(order.empty());
        QCOMPARE(db.job(waiting)->status, JobStatus::Cancelled);
        QVERIFY(!queue.cancel(waiting)); // it has ended
    }

    void failedJobCanBeRetried() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        std::atomic<int> attempts = 0;
        const JobRunner flaky = [&](const std::string&, const JobContext&, const ProgressCallback&,
                                    const CancelToken&) {
            if (++attempts == 1)
                throw UserError("file", "the file could not be read: it is not audio");
            return std::optional<std::int64_t>();
        };
        JobQueue queue(db, {{JobKind::Import, flaky}}, 1);
        const auto id = queue.submit(JobKind::Import, "import", R"({"file":"a.wav"})");
        QVERIFY(queue.waitUntilIdle(5s));
        QCOMPARE(db.job(id)->status, JobStatus::Failed);
        QCOMPARE(db.job(id)->error, std::string("the file could not be read: it is not audio"));
        queue.retry(id);
        QVERIFY(queue.waitUntilIdle(5s));
        QCOMPARE(db.job(id)->status, JobStatus::Finished);
        QCOMPARE(attempts.load(), 2);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, queue.retry(id)); // finished work is not redone
        queue.clearEnded();
        QVERIFY(queue.jobs().empty());
    }

    void aRealGenerationRunsAsAJob() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const Engines engines(test::catalog(), RenderSettings{}, dir.filePath("models").toStdString(), false);
        JobQueue queue(db, {{JobKind::Generate, generateJobRunner(test::catalog(), engines)}});
        GenerateRequest request{"bossa nova", {.duration = 6.0}};
        resolveGenerateRequest(request, test::catalog());
        const auto id = queue.submit(JobKind::Generate, "bossa nova", generateParameters(request));
        QVERIFY(queue.waitUntilIdle(60s));
        const auto job = db.job(id);
        QCOMPARE(job->status, JobStatus::Finished);
        QVERIFY(job->resultTrack);
        QCOMPARE(db.track(*job->resultTrack)->genre, std::string("bossa nova"));
        QVERIFY(std::filesystem::exists(db.trackFolder(*job->resultTrack) / "song.wav"));
    }
};

QTEST_GUILESS_MAIN(JobsTest)
#include "test_jobs.moc"
