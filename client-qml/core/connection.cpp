#include "connection.h"

#include "protocol.h"
#include "tlspinning.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcConnection, "quorum.client.connection", QtInfoMsg)

namespace {
// How long a graceful close may take before the socket is simply aborted: leaving must not
// hang on a server that stopped answering.
constexpr int CloseGraceMs = 2000;
} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Connection::startAttempt);
    m_keepaliveTimer.setInterval(5000);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &Connection::onKeepaliveTick);
}

Connection::~Connection()
{
    // Destruction is not a loss: no retry, no signals into a half-destroyed owner.
    if (m_socket)
        m_socket->disconnect(this);
    if (m_closingSocket)
        m_closingSocket->disconnect(this);
}

void Connection::setReconnectPolicy(int initialMs, int maxMs)
{
    m_initialDelayMs = qMax(1, initialMs);
    m_maxDelayMs = qMax(m_initialDelayMs, maxMs);
}

void Connection::setKeepalive(int intervalMs, int timeoutMs)
{
    m_keepaliveTimer.setInterval(qMax(1, intervalMs));
    m_keepaliveTimeoutMs = qMax(intervalMs, timeoutMs);
}

void Connection::open(const QUrl &url)
{
    m_url = url;
    m_attempt = 0;
    m_retryTimer.stop();
    discardSocket();
    startAttempt();
}

void Connection::close()
{
    m_retryTimer.stop();
    m_keepaliveTimer.stop();
    m_state = State::Idle;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket) {
        if (!m_closingSocket)
            emit closed();
        return;
    }
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        socket->deleteLater();
        emit closed();
        return;
    }
    // Let the close handshake finish so the server sees a clean leave, not a dropped link.
    m_closingSocket = socket;
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        // Not through the QPointer alone: deleteLater() waits for the outermost event loop,
        // and a caller polling hasSocket() may be spinning processEvents().
        if (m_closingSocket == socket)
            m_closingSocket = nullptr;
        socket->deleteLater();
        emit closed();
    });
    QTimer::singleShot(CloseGraceMs, socket, [socket] {
        if (socket->state() != QAbstractSocket::UnconnectedState) {
            qCDebug(lcConnection) << "close handshake timed out; aborting";
            socket->abort();
        }
    });
    socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void Connection::drop(const QString &reason)
{
    if (m_state == State::Idle || m_state == State::Waiting)
        return;
    onSocketGone(m_socket, reason);
}

bool Connection::send(const QByteArray &frame)
{
    if (m_state != State::Open || !m_socket)
        return false;
    return m_socket->sendBinaryMessage(frame) == frame.size();
}

void Connection::startAttempt()
{
    discardSocket();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // Same limits as the server (protocol.h): a larger message is a bug or an attack.
    socket->setMaxAllowedIncomingFrameSize(quint64(quorum::MaxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(quorum::MaxMessageBytes));

    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_state = State::Open;
        m_lastActivity.start();
        emit opened();
    });
    connect(
        socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &frame) {
            if (socket != m_socket)
                return;
            m_lastActivity.start();
            emit messageReceived(frame);
        });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (socket == m_socket)
            m_lastActivity.start();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        QString reason = QStringLiteral("disconnected");
        if (socket->error() != QAbstractSocket::UnknownSocketError)
            reason = socket->errorString();
        else if (socket->closeCode() != QWebSocketProtocol::CloseCodeNormal
            || !socket->closeReason().isEmpty())
            reason = QStringLiteral("closed by the server (%1 %2)")
                         .arg(int(socket->closeCode()))
                         .arg(socket->closeReason());
        onSocketGone(socket, reason);
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](
            QAbstractSocket::SocketError) { onSocketGone(socket, socket->errorString()); });

    m_state = State::Opening;
    // The keepalive clock also bounds the handshake: a SYN to a tablet-less Wi-Fi can hang
    // for the kernel's two minutes otherwise.
    m_lastActivity.start();
    m_keepaliveTimer.start();
    qCDebug(lcConnection) << "connecting to" << m_url << "attempt" << m_attempt;
    m_refused = false;
    socket->open(m_url);
    if (m_url.scheme() == QLatin1String("wss")) {
        quorum::pinServerCertificate(
            socket, m_pinnedFingerprint, [this, socket](const QString &presented) {
                if (socket != m_socket)
                    return;
                m_refused = true;
                m_refusedFingerprint = presented;
            });
    }
}

void Connection::onKeepaliveTick()
{
    if (!m_socket)
        return;
    if (m_lastActivity.elapsed() > m_keepaliveTimeoutMs) {
        onSocketGone(m_socket,
            QStringLiteral("no answer from the server for %1 ms").arg(m_lastActivity.elapsed()));
        return;
    }
    if (m_state == State::Open)
        m_socket->ping();
}

void Connection::onSocketGone(QWebSocket *socket, const QString &reason)
{
    // Qt reports one loss through several signals (error, then disconnected); only the first
    // on the current socket counts.
    if (!socket || socket != m_socket)
        return;
    discardSocket();
    if (m_refused) {
        m_refused = false;
        m_state = State::Idle;
        m_retryTimer.stop();
        qCWarning(lcConnection) << "the server's TLS certificate" << m_refusedFingerprint
                                << "is not the pinned one" << m_pinnedFingerprint
                                << "- nothing sent";
        emit certificateRefused(m_refusedFingerprint);
        return;
    }
    const int delay = nextDelayMs();
    m_state = State::Waiting;
    qCInfo(lcConnection) << "connection lost:" << reason << "- retrying in" << delay << "ms";
    m_retryTimer.start(delay);
    emit lost(reason, delay);
}

void Connection::discardSocket()
{
    m_keepaliveTimer.stop();
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    socket->abort();
    // Later: we may be inside one of its signals.
    socket->deleteLater();
}

int Connection::nextDelayMs()
{
    const int shift = qMin(m_attempt, 20);
    const qint64 full = qMin<qint64>(m_maxDelayMs, qint64(m_initialDelayMs) << shift);
    ++m_attempt;
    // "Equal jitter": at least half the backoff, so retries still slow down, and spread over
    // the other half, so a room of tablets does not come back in one burst.
    const qint64 half = full / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}
