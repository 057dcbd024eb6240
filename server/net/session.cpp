#include "session.h"

#include "room.h"
#include "transferqueue.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "quorum.session")

namespace quorum {

Session::Session(QWebSocket *socket, const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_config(config)
    , m_commands(std::make_shared<TokenBucket>(config.commandBurst, config.commandsPerSecond))
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(config.maxMessageBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(config.maxMessageBytes));
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray &bytes) { emit binaryReceived(this, bytes); });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this] { emit textReceived(this); });
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(config.stalledReaderMs);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcSession) << describe() << "is not reading; closing";
        m_socket->abort();
    });
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] {
        if (m_stallTimer.isActive())
            m_stallTimer.start(); // it reads, however slowly
        if (m_state == State::Live && isWritable())
            emit writable(this);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_state = State::Closed;
        emit disconnected(this);
    });

    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(config.helloTimeoutMs);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::AwaitingHello) {
            qCInfo(lcSession) << describe() << "said no Hello in time";
            close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no Hello"));
        }
    });
    m_helloTimer.start();
}

Session::~Session() = default;

void Session::authenticate(Room *room, const QString &participantId, v1::Role role,
    const QString &deviceId, std::shared_ptr<TokenBucket> commands, const QString &deviceKey)
{
    if (commands)
        m_commands = std::move(commands);
    m_deviceKey = deviceKey;
    m_helloTimer.stop();
    m_room = room;
    m_participantId = participantId;
    m_role = role;
    m_deviceId = deviceId;
    m_state = State::Joining;
    emit authenticated(this);
}

QString Session::peerAddress() const
{
    return m_socket->peerAddress().toString();
}

QString Session::describe() const
{
    const QString peer = QStringLiteral("%1:%2").arg(peerAddress()).arg(m_socket->peerPort());
    return m_participantId.isEmpty() ? peer : peer + QLatin1Char('/') + m_participantId;
}

void Session::send(const QByteArray &frame)
{
    if (m_state == State::Closed)
        return;
    // A tablet that stops reading must not make the server hold its whole backlog.
    if (m_socket->bytesToWrite() > m_config.maxQueuedBytesPerSession) {
        qCWarning(lcSession) << describe() << "is not reading; closing";
        m_socket->abort();
        return;
    }
    m_socket->sendBinaryMessage(frame);
}

bool Session::isWritable() const
{
    // Below a mark, not empty: a document download (TransferQueue) keeps up to ~192 KiB in the
    // write buffer all along, and a page turn must not wait for the whole download (measured:
    // 5.9 s p99 with "empty", docs/benchmarks.md).
    return m_socket->bytesToWrite() < FrameTargetBytes;
}

void Session::setWaitingForReader(bool waiting)
{
    if (!waiting)
        m_stallTimer.stop();
    else if (!m_stallTimer.isActive())
        m_stallTimer.start();
}

void Session::sendError(v1::ErrorCode code, const QString &detail)
{
    sendError(makeError(code, detail));
}

void Session::sendError(const v1::Error &error)
{
    v1::ServerMessage message;
    *message.mutable_error() = error;
    send(message);
}

void Session::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_socket->close(code, reason);
}

TransferQueue &Session::transfers()
{
    if (!m_transfers)
        m_transfers = new TransferQueue(m_socket, this);
    return *m_transfers;
}

void Session::flushReplies(quint64 durableTicket, bool failed)
{
    std::vector<PendingReply> later;
    for (PendingReply &pending : m_pendingReplies) {
        // A reply waits for its batch to be durable, then until this tablet has been sent the
        // events it acknowledges; after a failed commit, what that commit and the batch staged
        // behind it held fails (an earlier, durable one still waits for its turn).
        v1::ServerMessage &message = pending.message;
        const bool lost = failed && pending.ticket > durableTicket;
        if (!lost && (pending.ticket > durableTicket || message.reply().seq() > m_sentThrough)) {
            later.push_back(std::move(pending));
            continue;
        }
        if (lost) {
            const quint64 request = message.reply().request_id();
            message.Clear();
            message.mutable_reply()->set_request_id(request);
            *message.mutable_reply()->mutable_error()
                = makeError(v1::ERROR_INTERNAL, QStringLiteral("Not recorded; retry"));
        }
        send(message);
    }
    m_pendingReplies = std::move(later);
}

bool Session::deferIfOverBudget(const QByteArray &frame)
{
    if (m_deferred.empty() && m_turnBytes < FrameTargetBytes)
        return false;
    // What waits is bounded like what a tablet may leave unread.
    if (m_deferredBytes + frame.size() > m_config.maxQueuedBytesPerSession) {
        qCWarning(lcSession) << describe() << "sends faster than the room commits; closing";
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too much at once"));
        return true;
    }
    m_deferred.push_back(frame);
    m_deferredBytes += frame.size();
    return true;
}

std::optional<QByteArray> Session::takeDeferred()
{
    if (m_deferred.empty() || m_turnBytes >= FrameTargetBytes || m_state == State::Closed)
        return std::nullopt;
    QByteArray frame = std::move(m_deferred.front());
    m_deferred.pop_front();
    m_deferredBytes -= frame.size();
    return frame;
}

bool Session::admitCommand(qint64 nowMs)
{
    if (m_commands->take(nowMs)) {
        m_rejectedInARow = 0;
        return true;
    }
    if (++m_rejectedInARow >= m_config.maxRejectedInARow) {
        qCWarning(lcSession) << describe() << "keeps flooding; closing";
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many commands"));
    }
    return false;
}

} // namespace quorum
