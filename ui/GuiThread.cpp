// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/GuiThread.h"

#include <QThread>

#include <algorithm>

namespace cadenza {

QThreadPool& backgroundPool() {
    static QPointer<QThreadPool> pool; // gone with the application, made again by a new one
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    }
    return *pool;
}

} // namespace cadenza
