#include "listener.h"

#include "tlsbuffers.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcListener, "quorum.server.listener")

namespace quorum {

namespace {
/**
 * A server-side TLS socket whose bytesToWrite() counts what waits for the network, encrypted,
 * as a plain socket's does. QSslSocket counts only the plaintext not yet encrypted, which it
 * encrypts at once: a tablet that stops reading would look drained forever, and the server's
 * limits on what it queues for one tablet (Session, TransferQueue) would never act.
 * bytesWritten() is also emitted when encrypted bytes reach the kernel, so that whoever waits
 * for the queue to drain (TransferQueue) wakes up. Once everything is written, OpenSSL's
 * buffers of the connection are given back (tlsbuffers.h: what an idle tablet costs).
 */
class ServerTlsSocket : public QSslSocket
{
public:
    explicit ServerTlsSocket(QObject *parent)
        : QSslSocket(parent)
    {
        connect(this, &QSslSocket::encryptedBytesWritten, this, [this](qint64 written) {
            emit bytesWritten(written);
            if (bytesToWrite() == 0)
                m_buffers.releaseIdle(this);
        });
        connect(this, &QIODevice::readyRead, this, [this] { m_buffers.noteRead(); });
    }
    qint64 bytesToWrite() const override
    {
        return QSslSocket::bytesToWrite() + encryptedBytesToWrite();
    }
    ~ServerTlsSocket() override
    {
        // QSslSocket's destructor may still emit (closing flushes): not into this part.
        disconnect(this, nullptr, this, nullptr);
    }
    void start() { m_buffers.startServerEncryption(this); }

private:
    TlsBuffers m_buffers;
};
} // namespace

Listener::Listener(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_clock.start();
    // One sweep a fraction of the deadline: a connection lives at most 1.25 deadlines
    // unauthenticated, and thousands of them cost one timer, not one each.
    m_deadlines.setInterval(qMax(50, m_limits.handshakeTimeoutMs / 4));
    connect(&m_deadlines, &QTimer::timeout, this, &Listener::expire);
}

QString Listener::keyOf(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char(' ') + QString::number(port);
}

void Listener::incomingConnection(qintptr descriptor)
{
    if (m_adopt) {
        adopt(descriptor);
        return;
    }
    QTcpSocket *socket = m_tls ? new ServerTlsSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcListener) << "cannot take an accepted connection:" << socket->errorString();
        socket->deleteLater();
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Keep little unsent data in the kernel: a vote or a page turn queued behind a document
    // download then waits for at most this much, not for a full send buffer.
    const int lowWatermark = 64 * 1024;
    ::setsockopt(
        int(descriptor), IPPROTO_TCP, TCP_NOTSENT_LOWAT, &lowWatermark, sizeof lowWatermark);

    while (int(m_pending.size()) >= m_limits.maxUnauthenticated)
        closeOldest();
    const QString key = keyOf(socket->peerAddress(), socket->peerPort());
    m_pending.insert(key, Pending{ socket, m_clock.elapsed(), false, {} });
    if (!m_deadlines.isActive())
        m_deadlines.start();
    // Gone before it authenticated (closed by either side): no longer counted.
    connect(socket, &QTcpSocket::disconnected, this, [this, key] { forget(key); });
    connect(socket, &QObject::destroyed, this, [this, key] { forget(key); });

    if (!m_tls) {
        emit ready(socket);
        return;
    }
    auto *tls = static_cast<QSslSocket *>(socket);
    tls->setSslConfiguration(*m_tls);
    connect(tls, &QSslSocket::encrypted, this, [this, tls] { emit ready(tls); });
    // A plaintext client (ws:// against this server), a port scanner or a tablet that refused
    // our certificate: the handshake fails and the connection goes.
    connect(tls, &QSslSocket::errorOccurred, tls, [tls](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCInfo(lcListener) << tls->peerAddress().toString()
                               << "TLS handshake failed:" << tls->errorString();
        tls->abort();
        tls->deleteLater();
    });
    static_cast<ServerTlsSocket *>(tls)->start();
}

void Listener::adopt(qintptr descriptor)
{
    const int fd = int(descriptor);
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        ::close(fd); // gone already
        return;
    }
    QHostAddress peer(reinterpret_cast<const sockaddr *>(&address));
    const quint16 port = ntohs(address.ss_family == AF_INET6
            ? reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port
            : reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    // As for the Qt engine's sockets (incomingConnection).
    const int lowWatermark = 64 * 1024;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NOTSENT_LOWAT, &lowWatermark, sizeof lowWatermark);

    while (int(m_pending.size()) >= m_limits.maxUnauthenticated)
        closeOldest();
    const QString key = keyOf(peer, port);
    Pending pending{ nullptr, m_clock.elapsed(), false, m_adopt(fd, peer, port) };
    m_pending.insert(key, std::move(pending));
    if (!m_deadlines.isActive())
        m_deadlines.start();
}

void Listener::upgradedAdopted(const QHostAddress &address, quint16 port)
{
    const auto it = m_pending.find(keyOf(address, port));
    if (it != m_pending.end())
        it->upgraded = true;
}

QTcpSocket *Listener::upgraded(
    const QHostAddress &address, quint16 port, std::function<void()> abort)
{
    const auto it = m_pending.find(keyOf(address, port));
    if (it == m_pending.end())
        return nullptr;
    it->upgraded = true;
    it->abort = std::move(abort);
    QTcpSocket *socket = it->socket;
    it->socket.clear(); // it may live on another thread from now on
    return socket;
}

void Listener::authenticated(const QHostAddress &address, quint16 port)
{
    forget(keyOf(address, port));
}

void Listener::forget(const QString &key)
{
    m_pending.remove(key);
    if (m_pending.isEmpty())
        m_deadlines.stop();
}

void Listener::closeOldest()
{
    auto oldest = m_pending.end();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (oldest == m_pending.end() || it->acceptedAtMs < oldest->acceptedAtMs)
            oldest = it;
    }
    if (oldest == m_pending.end())
        return;
    const Pending pending = *oldest;
    m_pending.erase(oldest);
    qCInfo(lcListener) << "more than" << m_limits.maxUnauthenticated
                       << "connections not authenticated: closing the oldest";
    close(pending);
}

void Listener::close(const Pending &pending)
{
    if (pending.abort) {
        pending.abort();
        return;
    }
    if (pending.upgraded)
        return;
    if (!pending.socket)
        return;
    pending.socket->abort();
    // Before the upgrade nobody else will delete it (after it, its session does): a flood
    // of half-open connections must not leave their TLS state behind.
    pending.socket->deleteLater();
}

void Listener::expire()
{
    const qint64 now = m_clock.elapsed();
    QList<Pending> late;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        // After the upgrade, the session's Hello timeout takes over (ServerConfig::helloTimeoutMs).
        if (!it->upgraded && now - it->acceptedAtMs > m_limits.handshakeTimeoutMs) {
            late << *it;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (!late.isEmpty())
        qCInfo(lcListener) << late.size()
                           << "connection(s) did not finish the TLS handshake and upgrade within"
                           << m_limits.handshakeTimeoutMs << "ms: closed";
    for (const Pending &pending : late)
        close(pending);
    if (m_pending.isEmpty())
        m_deadlines.stop();
}

} // namespace quorum
