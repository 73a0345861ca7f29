// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace cadenza {

SingleInstance::SingleInstance(const std::filesystem::path& dataDirectory, QObject* parent)
    : QObject(parent), name_(serverName(dataDirectory)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const std::filesystem::path& dataDirectory) {
    const QByteArray folder =
        QString::fromStdString(std::filesystem::absolute(dataDirectory).lexically_normal().string()).toUtf8();
    const QByteArray user = qgetenv("USER");
    return "cadenza-" + QCryptographicHash::hash(user + '\0' + folder, QCryptographicHash::Sha256).toHex().left(24);
}

bool SingleInstance::forwardToRunning(const QStringList& files, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(name_);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(files.join('\n').toUtf8());
    socket.disconnectFromServer();
    return socket.state() == QLocalSocket::UnconnectedState || socket.waitForDisconnected(timeoutMs);
}

bool SingleInstance::listen() {
    server_ = new QLocalServer(this);
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server_->listen(name_)) {
        // Nobody answered forwardToRunning: the socket is a crashed studio's.
        QLocalServer::removeServer(name_);
        if (!server_->listen(name_))
            return false;
    }
    connect(server_, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = server_->nextPendingConnection()) {
            // The files are read once the sender has closed: all of them are in by then.
            const auto take = [this, socket] {
                const QString text = QString::fromUtf8(socket->readAll());
                socket->deleteLater();
                emit filesReceived(text.split('\n', Qt::SkipEmptyParts));
            };
            if (socket->state() == QLocalSocket::UnconnectedState)
                take();
            else
                connect(socket, &QLocalSocket::disconnected, this, take);
        }
    });
    return true;
}

} // namespace cadenza
