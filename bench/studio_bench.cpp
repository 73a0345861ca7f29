// SPDX-License-Identifier: GPL-3.0-or-later
// studio-bench: the studio's responsiveness. Prints
//  - the time from the start of main() to the main window being exposed (its first frame),
//    which includes loading the catalog, opening the project history and building the
//    widgets;
//  - the GUI thread's longest stall while two 60-second generations run as jobs, measured
//    by a 5 ms watchdog timer (the longest gap between its ticks, less 5 ms).
// Run with QT_QPA_PLATFORM=offscreen (or under a real display).

#include "ui/MainWindow.h"
#include "ui/StudioSession.h"

#include "EventLoop.h"
#include "StallWatchdog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    qputenv("CADENZA_AUDIO_OUTPUT", "null");
    QTemporaryDir data;
    cadenza::StudioSession session(data.path().toStdString());
    cadenza::MainWindow window(session);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 10000)) {
        std::fprintf(stderr, "the window never appeared\n");
        return 1;
    }
    std::printf("first window: %lld ms after main() began\n", static_cast<long long>(sinceStart.elapsed()));

    StallWatchdog watchdog;
    int finished = 0;
    QObject::connect(&session, &cadenza::StudioSession::jobChanged,
                     [&](qint64, cadenza::JobStatus status, const QString&, double, const QString&) {
                         finished += status == cadenza::JobStatus::Finished;
                     });
    cadenza::GenerateRequest request{"energetic house track at 124 bpm", {.duration = 60.0}};
    session.generate(request, 2);
    watchdog.start();
    QElapsedTimer jobs;
    jobs.start();
    runEventLoopUntil([&] { return finished == 2; }, 120000);
    std::printf("two 60 s generations as jobs: done in %.1f s; the GUI thread's longest stall: %.1f ms\n",
                static_cast<double>(jobs.elapsed()) / 1000, watchdog.longestStallMs());
    return finished == 2 ? 0 : 1;
}
