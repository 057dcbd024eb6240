#include "wiresessionio.h"

#include "wireconnection.h"
#include "wireloop.h"

namespace quorum {

using wire::Connection;

WireSessionIo::WireSessionIo(std::shared_ptr<Connection> connection)
    : m_connection(std::move(connection))
{
    m_connection->owner = this;
}

WireSessionIo::~WireSessionIo()
{
    m_connection->owner = nullptr;
    // The last item for it: it holds the connection until its loop has taken every frame
    // posted before (they name it without holding it, Loop::post).
    m_connection->loop().call([connection = m_connection] { connection->abort(); });
}

qint64 WireSessionIo::queuedBytes() const
{
    return m_connection->queuedBytes();
}

int WireSessionIo::transfers() const
{
    return m_connection->transfersPosted.load() + m_connection->transfersQueued.load();
}

bool WireSessionIo::setWaiting(bool waiting)
{
    const bool was = std::exchange(m_stallAsked, waiting);
    Connection *connection = m_connection.get();
    connection->waiting.store(waiting);
    if (!waiting) {
        if (was)
            connection->loop().call([connection] { connection->watchReader(false); });
        return false;
    }
    if (!was)
        connection->loop().call([connection] { connection->watchReader(true); });
    // Drained between the caller's look and now: no write will say so any more.
    return queuedBytes() < connection->loop().settings().writableBelowBytes
        && connection->waiting.exchange(false);
}

void WireSessionIo::post(QByteArray frame)
{
    m_connection->handedOver += frame.size();
    m_connection->loop().post(m_connection.get(), std::move(frame));
}

void WireSessionIo::postClose(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    Connection *connection = m_connection.get();
    connection->loop().call(
        [connection, code, reason = reason.toUtf8()] { connection->close(quint16(code), reason); });
}

void WireSessionIo::postAbort()
{
    Connection *connection = m_connection.get();
    connection->loop().call([connection] { connection->abort(); });
}

void WireSessionIo::postTransfer(
    const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total)
{
    Connection *connection = m_connection.get();
    ++connection->transfersPosted;
    connection->loop().call([=] { connection->addTransfer(sha256, path, offset, end, total); });
}

void WireSessionIo::setName(const QString &name)
{
    Connection *connection = m_connection.get();
    connection->loop().call([connection, name] { connection->setName(name); });
}

void WireSessionIo::deliverClosed()
{
    if (!std::exchange(m_closed, true))
        emit disconnected();
}

} // namespace quorum
