// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the GUI thread's event loop as the studio does (asleep until an event comes), until
// `done` holds or `timeoutMs` has passed; `done` is checked every 20 ms. A loop of
// processEvents() calls instead would keep a core busy polling, and take it from the jobs
// and from Qt's own painting threads whose stalls the benches measure.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

inline void runEventLoopUntil(const std::function<bool()>& done, qint64 timeoutMs) {
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start(20);
    if (!done())
        loop.exec();
}
