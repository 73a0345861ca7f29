// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <utility>

namespace cadenza {

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
