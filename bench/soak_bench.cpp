// SPDX-License-Identifier: GPL-3.0-or-later
// soak-bench: the studio's session under load. Queues N jobs back to back (default 200) on
// the same StudioSession the studio uses: generations of 10-second songs, imports of a
// 10-second recording (each followed by its analysis), and remixes, with every 10th job
// cancelled soon after it is queued. Prints the throughput, the failures (the goal is
// none), the process's resident memory after the first 20 jobs, at its peak and at the end
// (the goal is no growth after the first 20), and the GUI thread's longest stall, measured
// by a 5 ms watchdog timer. Run with QT_QPA_PLATFORM=offscreen. Usage: soak-bench [N].

#include "audio/AudioFile.h"
#include "engines/MlPlugin.h"
#include "ui/StudioSession.h"

#include "EventLoop.h"
#include "StallWatchdog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

namespace {

// VmRSS or VmHWM of this process, in MB.
double memoryMb(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::stod(line.substr(line.find(':') + 1)) / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    qputenv("CADENZA_AUDIO_OUTPUT", "null");
    const int total = argc > 1 ? std::atoi(argv[1]) : 200;
    QTemporaryDir data;
    qputenv("CADENZA_DATA_DIR", data.path().toUtf8()); // models (none) looked for here
    cadenza::StudioSession session(data.path().toStdString());
    // The studio loads libtorch's module in the background once its window is up, seconds
    // before anyone has typed a prompt; here the soak starts once it is loaded, so that the
    // memory after the first jobs includes it.
    cadenza::MlPlugin::instance().load();

    const auto recording = std::filesystem::path(data.path().toStdString()) / "recording.wav";
    cadenza::StereoBuffer tone(44100, 10 * 44100);
    for (std::size_t i = 0; i < tone.frames(); ++i)
        tone.left[i] = tone.right[i] =
            0.3f * static_cast<float>(std::sin(2 * M_PI * 220 * static_cast<double>(i) / 44100) *
                                      (0.5 + 0.5 * std::sin(2 * M_PI * 2 * static_cast<double>(i) / 44100)));
    cadenza::writeWav(recording, tone, cadenza::SampleFormat::Pcm16);

    std::map<qint64, cadenza::JobStatus> ended;
    qint64 lastTrack = 0;
    int finished = 0, failed = 0, cancelled = 0;
    double memoryAfter20 = 0;
    QObject::connect(&session, &cadenza::StudioSession::jobChanged,
                     [&](qint64 id, cadenza::JobStatus s, const QString&, double, const QString& error) {
                         if (s == cadenza::JobStatus::Queued || s == cadenza::JobStatus::Running || ended.count(id))
                             return;
                         ended[id] = s;
                         finished += s == cadenza::JobStatus::Finished;
                         cancelled += s == cadenza::JobStatus::Cancelled;
                         if (s == cadenza::JobStatus::Failed) {
                             ++failed;
                             std::fprintf(stderr, "job %lld failed: %s\n", static_cast<long long>(id),
                                          qPrintable(error));
                         }
                         if (ended.size() == 20)
                             memoryAfter20 = memoryMb("VmRSS");
                         if (ended.size() % 20 == 0)
                             std::printf("  %3zu jobs ended: %.0f MB resident\n", ended.size(), memoryMb("VmRSS"));
                     });
    QObject::connect(&session, &cadenza::StudioSession::trackAdded, [&](qint64 track) { lastTrack = track; });

    StallWatchdog watchdog;

    QElapsedTimer clock;
    clock.start();
    watchdog.start();
    int submitted = 0;
    std::vector<qint64> ours;
    // Jobs are queued a few at a time as earlier ones end, the way a person keeps working.
    while (static_cast<int>(ended.size()) < total && clock.elapsed() < 30 * 60 * 1000) {
        while (submitted < total && submitted - static_cast<int>(ended.size()) < 4) {
            std::int64_t id = 0;
            switch (submitted % 3) {
            case 0: {
                cadenza::GenerateRequest request{"soak test song", {.duration = 10.0}};
                request.overrides.seed = static_cast<std::uint64_t>(submitted);
                id = session.generate(request, 1).front();
                break;
            }
            case 1:
                id = session.import(recording);
                break;
            default:
                id = lastTrack > 0 ? session.remix(lastTrack, {.tempo = 1.1, .semitones = 1}, "")
                                   : session.import(recording);
                break;
            }
            ours.push_back(id);
            if (submitted % 10 == 9) // cancelled soon after: queued or already running
                QTimer::singleShot(submitted % 20 == 9 ? 0 : 200, [&session, id] { session.jobs().cancel(id); });
            ++submitted;
        }
        const auto endedBefore = ended.size();
        runEventLoopUntil([&] { return ended.size() != endedBefore; }, 30 * 60 * 1000 - clock.elapsed());
    }
    // The analyses that follow imports are background jobs of their own; let them end too,
    // with the event loop running (the watchdog keeps measuring).
    runEventLoopUntil([&] { return session.jobs().waitUntilIdle(std::chrono::milliseconds(0)); },
                      35 * 60 * 1000 - clock.elapsed());
    QCoreApplication::processEvents();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000;
    std::printf("%d jobs (+ the analyses of imports) in %.1f s: %.2f jobs/s\n", total, seconds, total / seconds);
    std::printf("finished %d, cancelled %d, failed %d\n", finished, cancelled, failed);
    std::printf("resident memory: %.0f MB after 20 jobs, %.0f MB at the end (%+.0f MB), peak %.0f MB\n", memoryAfter20,
                memoryMb("VmRSS"), memoryMb("VmRSS") - memoryAfter20, memoryMb("VmHWM"));
    std::printf("the GUI thread's longest stall: %.1f ms\n", watchdog.longestStallMs());
    return failed == 0 ? 0 : 1;
}
