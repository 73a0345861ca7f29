// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <utility>

namespace cadenza {

// The studio's pool for background work, not Qt's global one: Qt 6.4 paints large areas on
// the global pool's threads and the GUI thread waits for them, so a loader or a cover on
// it held a paint back for up to 220 ms. Created on first use, owned by the application;
// GUI thread only.
QThreadPool& backgroundPool();

// Runs `work` on backgroundPool(), so that loading and drawing in the background never
// slows the window. Call it on the GUI thread.
template <typename Work> void runInBackground(Work work) {
    backgroundPool().start(std::move(work));
}

// Hands the result of background work to the GUI thread: `deliver(receiver)` runs there
// later, and only if the receiver still exists by then (a window closed while its loader
// ran is not touched). Call it from any thread; create the QPointer on the GUI thread,
// before the work starts.
template <typename Receiver, typename Deliver> void deliverToGui(QPointer<Receiver> receiver, Deliver deliver) {
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [receiver, deliver = std::move(deliver)]() mutable {
            if (receiver)
                deliver(*receiver);
        },
        Qt::QueuedConnection);
}

} // namespace cadenza
