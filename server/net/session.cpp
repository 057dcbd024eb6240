#include "session.h"

#include "room.h"
#include "sessionio.h"
#include "transferqueue.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSession, "quorum.session")

namespace quorum {

Session::Session(SessionIo *io, const QHostAddress &peer, quint16 peerPort,
    const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_io(io)
    , m_peer(peer)
    , m_peerPort(peerPort)
    , m_config(config)
    , m_commands(std::make_shared<TokenBucket>(config.commandBurst, config.commandsPerSecond))
{
    // From the socket's thread: queued (or direct when it is this one).
    connect(m_io, &SessionIo::binaryReceived, this,
        [this](const QByteArray &bytes) { emit binaryReceived(this, bytes); });
    connect(m_io, &SessionIo::textReceived, this, [this] { emit textReceived(this); });
    // Queued even on one thread: setWaitingForReader may emit it from inside a feed.
    connect(
        m_io, &SessionIo::writable, this,
        [this] {
            if (isFed())
                emit writable(this);
        },
        Qt::QueuedConnection);
    connect(m_io, &SessionIo::disconnected, this, [this] {
        m_state = State::Closed;
        emit disconnected(this);
    });
    m_io->setName(describe());

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

Session::~Session()
{
    detachIo();
}

void Session::detachIo()
{
    if (m_io)
        m_io->dispose(); // Qt's on its thread with its sockets, the wire engine's now
    m_io = nullptr;
}

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
    if (m_io)
        m_io->setName(describe());
    emit authenticated(this);
}

void Session::listMeetings(const QString &participantId, QStringList ids)
{
    m_helloTimer.stop();
    m_participantId = participantId;
    m_state = State::Listing;
    m_meetingList = MeetingList{ std::move(ids), 0 };
    if (m_io)
        m_io->setName(describe());
    emit authenticated(this);
}

QString Session::peerAddress() const
{
    return m_peer.toString();
}

QString Session::describe() const
{
    const QString peer = QStringLiteral("%1:%2").arg(peerAddress()).arg(m_peerPort);
    return m_participantId.isEmpty() ? peer : peer + QLatin1Char('/') + m_participantId;
}

void Session::send(const QByteArray &frame)
{
    if (m_state == State::Closed || !m_io)
        return;
    // A tablet that stops reading must not make the server hold its whole backlog.
    if (m_io->queuedBytes() > m_config.maxQueuedBytesPerSession) {
        qCWarning(lcSession) << describe() << "is not reading; closing";
        abort();
        return;
    }
    m_io->post(frame); // shared, not copied: every recipient of a fan-out holds the same bytes
}

void Session::abort()
{
    // Closed at once for this thread; disconnected() follows from the socket's thread.
    m_state = State::Closed;
    if (m_io)
        m_io->postAbort();
}

bool Session::isWritable() const
{
    // Below a mark, not empty: a document download (TransferQueue) keeps up to ~192 KiB in the
    // write buffer all along, and a page turn must not wait for the whole download (measured:
    // 5.9 s p99 with "empty", docs/benchmarks.md).
    return m_io && m_io->queuedBytes() < FrameTargetBytes;
}

qint64 Session::queuedBytes() const
{
    return m_io ? m_io->queuedBytes() : 0;
}

void Session::setWaitingForReader(bool waiting)
{
    // Drained meanwhile (the socket is on another thread): fed again on the next turn.
    if (m_io && m_io->setWaiting(waiting))
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (isFed())
                    emit writable(this);
            },
            Qt::QueuedConnection);
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
    if (m_io)
        m_io->postClose(code, reason);
}

bool Session::enqueueTransfer(
    const QString &sha256, const QString &path, qint64 offset, qint64 end, qint64 total)
{
    if (!m_io || m_io->transfers() >= TransferQueue::MaxTransfers)
        return false;
    m_io->postTransfer(sha256, path, offset, end, total);
    return true;
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

bool Session::hasRepliesDue(quint64 durableTicket) const
{
    return std::any_of(m_pendingReplies.cbegin(), m_pendingReplies.cend(),
        [&](const PendingReply &pending) { return pending.ticket <= durableTicket; });
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
