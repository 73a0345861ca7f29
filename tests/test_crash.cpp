// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 7): cadenza-cli killed with SIGKILL at random moments of generation,
// import, remix, edit and export, 25 times. After each kill, what the person asked for is
// either absent or complete at its final path; after the next start the database passes
// SQLite's integrity check, its files agree with its rows (no orphans, no dangling rows),
// every track's song.wav decodes in full, the song the edits start from is unchanged, and
// the studio lists the interrupted jobs with Retry.
// A full disk (a file size limit, RLIMIT_FSIZE) fails the job with a clear message and
// leaves no partial files.

#include "audio/AudioFile.h"
#include "project/ProjectDatabase.h"
#include "ui/JobListModel.h"
#include "ui/JobPanel.h"
#include "ui/MainWindow.h"
#include "ui/StudioSession.h"

#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <cmath>
#include <csignal>
#include <random>

using namespace cadenza;

class CrashTest : public QObject {
    Q_OBJECT

    QTemporaryDir data_;
    QTemporaryDir files_;
    std::filesystem::path files() const { return files_.path().toStdString(); }
    std::filesystem::path data() const { return data_.path().toStdString(); }

    void startCli(QProcess& p, const QStringList& args, std::uint64_t fileSizeLimit = 0) const {
        p.setProcessChannelMode(QProcess::MergedChannels);
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", data_.path());
        p.setProcessEnvironment(environment);
        if (fileSizeLimit > 0)
            p.setChildProcessModifier([fileSizeLimit] {
                const rlimit limit{fileSizeLimit, fileSizeLimit};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        p.start(CADENZA_CLI, args);
    }
    std::pair<int, QString> run(const QStringList& args, std::uint64_t fileSizeLimit = 0) const {
        QProcess p;
        startCli(p, args, fileSizeLimit);
        p.waitForFinished(180000);
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    // A file at a final path is whole: it decodes, with the frames expected.
    static bool whole(const std::filesystem::path& file, std::size_t frames) {
        try {
            return readAudioFile(file).frames() == frames;
        } catch (const std::exception&) {
            return false;
        }
    }

    // The history after a new start: sound, and its files agree with it.
    void checkHistory() const {
        const ProjectDatabase db(data()); // opening it repairs what the kill left
        QCOMPARE(db.integrityCheck(), std::string("ok"));
        const auto problems = db.consistencyProblems();
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
        for (const auto& track : db.tracks())
            QVERIFY2(whole(db.trackFolder(track.id) / "song.wav",
                           static_cast<std::size_t>(std::lround(track.duration * 44100))),
                     ("track " + std::to_string(track.id) + "'s song.wav is not whole").c_str());
    }

  private slots:
    void initTestCase() {
        qputenv("CADENZA_AUDIO_OUTPUT", "null");
        qputenv("CADENZA_DATA_DIR", data_.path().toUtf8());
        const auto [status, output] = run({"generate", "energetic house track", "--duration", "20", "--seed", "1",
                                           "--out", QString::fromStdString((files() / "base").string())});
        QVERIFY2(status == 0, qPrintable(output)); // track 1, which remix and export work on
        StereoBuffer recording(44100, 44100 * 40);
        for (std::size_t i = 0; i < recording.frames(); ++i)
            recording.left[i] = recording.right[i] =
                0.3f * static_cast<float>(std::sin(2 * M_PI * 330 * static_cast<double>(i) / 44100));
        writeWav(files() / "recording.wav", recording, SampleFormat::Pcm24);
    }

    void killedAtRandomMomentsLosesNothing() {
        std::mt19937 random(20261122);
        constexpr int kTrials = 25;
        const StereoBuffer parent = readAudioFile(ProjectDatabase(data()).trackFolder(1) / "song.wav");
        int completed = 0;
        int trials = 0;
        for (int trial = 0; trial < kTrials; ++trial) {
            const int operation = trial % 5;
            const auto out = files() / ("trial-" + std::to_string(trial));
            QStringList args;
            std::filesystem::path result;
            std::size_t frames = 0;
            switch (operation) {
            case 0:
                args = {"generate", "epic cinematic trailer", "--duration", "30",
                        "--seed",   QString::number(trial),   "--out",      QString::fromStdString(out.string())};
                result = out / "song.wav";
                frames = 30 * 44100;
                break;
            case 1:
                args = {"import", QString::fromStdString((files() / "recording.wav").string())};
                break;
            case 2:
                args = {"remix", "1", "--tempo", "0.8", "--out", QString::fromStdString((out.string() + ".wav"))};
                result = out.string() + ".wav";
                frames = static_cast<std::size_t>(std::lround(20 * 44100 / 0.8));
                break;
            case 3:
                args = {"edit",         "1",
                        "--regenerate", "1",
                        "--seed",       QString::number(trial),
                        "--out",        QString::fromStdString(out.string())};
                result = out / "song.wav";
                frames = 20 * 44100;
                break;
            default:
                args = {"export", "1", "--format", "flac", "--out", QString::fromStdString(out.string() + ".flac")};
                result = out.string() + ".flac";
                frames = 20 * 44100;
                break;
            }
            QProcess p;
            startCli(p, args);
            QVERIFY(p.waitForStarted());
            // An edit of this short song ends in about half a second: its kills come sooner.
            const int delay = std::uniform_int_distribution<int>(20, operation == 3 ? 450 : 2500)(random);
            const bool ended = p.waitForFinished(delay);
            if (!ended) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                p.waitForFinished();
            }
            // What was asked for is absent, or whole.
            if (!result.empty() && std::filesystem::exists(result)) {
                QVERIFY2(
                    whole(result, frames),
                    qPrintable(
                        QString("trial %1: %2 is not whole").arg(trial).arg(QString::fromStdString(result.string()))));
                ++completed;
            }
            checkHistory();
            if (QTest::currentTestFailed())
                return;
            ++trials;
            qInfo("trial %2d: %-8s killed after %4d ms%s", trial, qPrintable(args.first()), delay,
                  ended ? " (it had finished)" : "");
        }
        QCOMPARE(trials, kTrials);
        // The song every remix, edit and export started from is as it was.
        QVERIFY(readAudioFile(ProjectDatabase(data()).trackFolder(1) / "song.wav").left == parent.left);
        // The interrupted jobs of every trial stay in the history, each saying why.
        int interrupted = 0;
        for (const auto& job : ProjectDatabase(data()).jobs())
            if (job.status == JobStatus::Interrupted) {
                ++interrupted;
                QVERIFY(!job.error.empty());
            }
        qInfo("%d interrupted jobs over the trials, %d results complete at their final paths", interrupted, completed);
        QVERIFY(interrupted >= 5);

        // The next start of the studio lists an interrupted job, and Retry is offered.
        StudioSession session(data());
        MainWindow window(session);
        window.show();
        auto* view = window.jobPanel()->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, JobListModel::Status).data().toString() == "interrupted")
                row = r;
        QVERIFY2(row >= 0, "no interrupted job listed after the kills");
        view->selectRow(row);
        QVERIFY(window.jobPanel()->retryButton()->isEnabled());
        QTest::mouseClick(window.jobPanel()->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(row, JobListModel::Status).data().toString(), QString("done"),
                                  120000);
    }

    void aFullDiskFailsTheJobAndLeavesNothing() {
        // A file size limit of 2 MB: a 30-second song (5 MB) cannot be written.
        const auto out = files() / "full-disk";
        const auto tracksBefore = ProjectDatabase(data()).tracks().size();
        auto [status, output] =
            run({"generate", "calm piano ballad", "--duration", "30", "--out", QString::fromStdString(out.string())},
                2 << 20);
        QCOMPARE(status, 1);
        QVERIFY2(output.contains("cannot write") && output.contains("File too large"), qPrintable(output));
        QVERIFY(!std::filesystem::exists(out / "song.wav"));
        {
            const ProjectDatabase db(data());
            QCOMPARE(db.tracks().size(), tracksBefore);
            QCOMPARE(db.jobs().back().status, JobStatus::Failed);
            QVERIFY(db.jobs().back().error.find("File too large") != std::string::npos);
        }
        checkHistory();
        // An export that runs out of room leaves nothing at its destination, nor beside it.
        std::filesystem::create_directories(files() / "full-export");
        std::tie(status, output) = run({"export", "1", "--format", "wav", "--out",
                                        QString::fromStdString((files() / "full-export" / "a.wav").string())},
                                       1 << 20);
        QCOMPARE(status, 1);
        QVERIFY2(output.contains("File too large"), qPrintable(output));
        QVERIFY(std::filesystem::is_empty(files() / "full-export"));
        checkHistory();
    }
};

QTEST_MAIN(CrashTest)
#include "test_crash.moc"
