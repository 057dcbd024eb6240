#include "linkhandover.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace {
// Enough for the answer of a process that is up; a link is one short line.
constexpr int kTimeoutMs = 3000;
// Join links are short; anything longer is not one (and is not read further).
constexpr qint64 kMaxLinkBytes = 4096;
} // namespace

LinkHandover::LinkHandover(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    , m_name(QDir(profileDirectory).filePath(QStringLiteral("links.sock")))
{ }

bool LinkHandover::listen(std::function<void(const QString &)> onLink, QString *error)
{
    // The caller holds the profile's lock: a socket file left by a crashed holder is stale.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        *error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this, onLink] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [socket, onLink] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxLinkBytes)
                        socket->abort();
                    return;
                }
                const QString link = QString::fromUtf8(socket->readLine(kMaxLinkBytes)).trimmed();
                socket->write("ok\n");
                socket->flush();
                onLink(link);
            });
        }
    });
    return true;
}

bool LinkHandover::handOver(const QString &link, QString *error) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs)) {
        *error = socket.errorString();
        return false;
    }
    socket.write(link.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(kTimeoutMs) || !socket.waitForReadyRead(kTimeoutMs)) {
        *error = socket.errorString();
        return false;
    }
    return socket.readLine().trimmed() == "ok";
}
