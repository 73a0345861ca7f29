// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <filesystem>

class QLocalServer;

namespace cadenza {

// One studio per project: the first `cadenza` listens on a local socket named after its
// data folder; a second one started on the same folder hands its files to it and exits,
// rather than opening a second studio on the same history.
class SingleInstance : public QObject {
    Q_OBJECT

  public:
    explicit SingleInstance(const std::filesystem::path& dataDirectory, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket's name for a data folder (per user and folder).
    static QString serverName(const std::filesystem::path& dataDirectory);
    // Hands `files` (absolute paths; none only brings the window up) to the studio already
    // running on this folder. False when there is none: this one becomes it (listen()).
    bool forwardToRunning(const QStringList& files, int timeoutMs = 1000) const;
    // Listens for later instances; a socket a crashed studio left behind is removed first.
    bool listen();

  signals:
    // A later instance's files, on the GUI thread.
    void filesReceived(const QStringList& files);

  private:
    QString name_;
    QLocalServer* server_ = nullptr;
};

} // namespace cadenza
