#include "roomserver.h"

#include "blobstore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <malloc.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcServer, "quorum.server")

namespace quorum {

namespace {
const QString SecretKeySetting = QStringLiteral("secret-hash-key");

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}
} // namespace

RoomServer::RoomServer(ServerConfig config, EventStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_store(store), m_clock(clock),
      m_ws(QStringLiteral("quorum-server"), QWebSocketServer::NonSecureMode)
{
    QByteArray key = m_store.setting(SecretKeySetting);
    if (key.isEmpty()) {
        key = randomBytes(32);
        m_store.setSetting(SecretKeySetting, key);
    }
    m_hasher = std::make_unique<SecretHasher>(key);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &RoomServer::onPendingConnection);
    // A room joining at once leaves the heap grown by thousands of Welcomes in flight, which
    // glibc keeps: measured 77 KiB per idle tablet before, 35 KiB after a trim
    // (docs/benchmarks.md). Give it back once connections have been quiet for a while.
    m_quietAfterConnects.setSingleShot(true);
    m_quietAfterConnects.setInterval(2000);
    connect(&m_quietAfterConnects, &QTimer::timeout, this, [] { ::malloc_trim(0); });
    m_ingestPool.setMaxThreadCount(1);
    m_followersTimer.setSingleShot(true);
    m_followersTimer.setInterval(250);
    connect(&m_followersTimer, &QTimer::timeout, this, &RoomServer::flushFollowers);
    // Poppler renders big documents for seconds; two at a time leave a core for the room.
    m_exportPool.setMaxThreadCount(2);
}

RoomServer::~RoomServer()
{
    // Workers first, while everything they report back to is still whole; what is only
    // queued is dropped (a tablet asks again).
    m_exportPool.clear();
    m_ingestPool.clear();
    m_exportPool.waitForDone();
    m_ingestPool.waitForDone();
}

bool RoomServer::loadMeetings(QString *error)
{
    for (const QString &id : m_store.meetingIds()) {
        auto room = std::make_unique<Room>(id, m_store, m_clock);
        if (!room->load(error))
            return false;
        // Nobody is connected to a server that just started.
        room->stage(room->meeting().leaveAll(v1::ParticipantLeft::REASON_SERVER_RESTART).events(), {});
        m_rooms[id] = std::move(room);
    }
    CommitBatch batch;
    for (auto &[id, room] : m_rooms)
        room->collect(batch);
    if (!m_store.commit(batch, error))
        return false;
    for (auto &[id, room] : m_rooms)
        room->publish();
    return true;
}

bool RoomServer::defineMeeting(const MeetingFile &file, bool *created, QString *error)
{
    const QString id = qstr(file.definition.meeting_id());
    *created = false;
    if (m_rooms.count(id))
        return true;
    auto room = std::make_unique<Room>(id, m_store, m_clock);
    const Decision decision = room->meeting().define(file.definition);
    if (!decision.ok()) {
        *error = qstr(decision.error().detail());
        return false;
    }
    room->stage(decision.events(), {});
    CommitBatch batch;
    room->collect(batch);
    for (auto it = file.secrets.cbegin(); it != file.secrets.cend(); ++it)
        batch.credentials.push_back({id, m_hasher->hash(id, it.value()), it.key()});
    if (!m_store.commit(batch, error))
        return false;
    room->publish();
    m_rooms[id] = std::move(room);
    *created = true;
    return true;
}

bool RoomServer::listen(QString *error)
{
    // Own the listening socket: QWebSocketServer's backlog of 50 drops tablets when a whole
    // room connects at once (TOOLCHAIN.md).
    m_tcp.setListenBacklogSize(m_config.listenBacklog);
    if (!m_tcp.listen(m_config.address, m_config.port)) {
        *error = m_tcp.errorString();
        return false;
    }
    connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            // Keep little unsent data in the kernel: a vote or a page turn queued behind a
            // document download then waits for at most this much, not for a full send buffer.
            const int lowWatermark = 64 * 1024;
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_NOTSENT_LOWAT,
                         &lowWatermark, sizeof lowWatermark);
            m_ws.handleConnection(socket);
        }
        m_quietAfterConnects.start();
    });
    qCInfo(lcServer) << "listening on" << m_tcp.serverAddress().toString() << port();
    return true;
}

quint16 RoomServer::port() const
{
    return m_tcp.serverPort();
}

Room *RoomServer::room(const QString &meetingId) const
{
    const auto it = m_rooms.find(meetingId);
    return it == m_rooms.end() ? nullptr : it->second.get();
}

QStringList RoomServer::meetingIds() const
{
    QStringList ids;
    for (const auto &[id, room] : m_rooms)
        ids << id;
    return ids;
}

void RoomServer::onPendingConnection()
{
    while (QWebSocket *socket = m_ws.nextPendingConnection()) {
        auto *session = new Session(socket, m_config, this);
        connect(session, &Session::binaryReceived, this, &RoomServer::onBinary);
        connect(session, &Session::textReceived, this, &RoomServer::onText);
        connect(session, &Session::writable, this, [this](Session *s) { feed(*s); });
        // Queued: a session can drop (Session::send aborts a tablet that stopped reading) in the
        // middle of a loop over m_sessions; removing it then would skip or repeat a session.
        connect(session, &Session::disconnected, this, &RoomServer::onDisconnected, Qt::QueuedConnection);
        m_sessions.push_back(session);
    }
}

void RoomServer::onBinary(Session *session, const QByteArray &bytes)
{
    if (session->state() == Session::State::Closed)
        return;
    if (session->isAuthenticated() && session->deferIfOverBudget(bytes)) {
        scheduleCommit(); // its turn comes after the next commit
        return;
    }
    dispatch(*session, bytes);
}

void RoomServer::dispatchDeferred()
{
    for (Session *session : m_sessions)
        session->startTurn();
    // Index, not iterator: nothing handled here adds sessions, but stay safe if one did.
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        Session *session = m_sessions[i];
        while (const std::optional<QByteArray> frame = session->takeDeferred())
            dispatch(*session, *frame);
        if (session->hasDeferred())
            scheduleCommit();
    }
}

void RoomServer::dispatch(Session &s, const QByteArray &bytes)
{
    Session *session = &s;
    if (session->isAuthenticated())
        session->countTurnBytes(bytes.size());
    const auto message = decode<v1::ClientMessage>(bytes);
    if (!message) {
        qCWarning(lcServer) << session->describe() << "sent a frame that is not a ClientMessage";
        session->sendError(v1::ERROR_MALFORMED, QStringLiteral("The frame is not a valid ClientMessage"));
        session->close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("malformed message"));
        return;
    }
    switch (message->body_case()) {
    case v1::ClientMessage::kHello:
        handleHello(*session, message->hello());
        return;
    case v1::ClientMessage::kCommand:
        handleCommand(*session, message->command());
        return;
    case v1::ClientMessage::kFetchDocument:
        handleFetchDocument(*session, message->fetch_document());
        return;
    case v1::ClientMessage::kStrokePreview:
        handleStrokePreview(*session, message->stroke_preview());
        return;
    case v1::ClientMessage::kUploadChunk:
        handleUploadChunk(*session, message->upload_chunk());
        return;
    case v1::ClientMessage::kFollowState:
        handleFollowState(*session, message->follow_state());
        return;
    case v1::ClientMessage::kExportDocument:
        handleExportDocument(*session, message->export_document());
        return;
    case v1::ClientMessage::BODY_NOT_SET:
        break;
    }
    // A newer client may send a type this server does not know: tell it, keep the connection.
    qCInfo(lcServer) << session->describe() << "sent an unknown message type";
    session->sendError(v1::ERROR_UNSUPPORTED_MESSAGE, QStringLiteral("Unknown message type"));
}

void RoomServer::onText(Session *session)
{
    qCWarning(lcServer) << session->describe() << "sent a text frame";
    session->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                   QStringLiteral("Quorum speaks binary Protobuf frames only"));
}

void RoomServer::onDisconnected(Session *session)
{
    m_sessions.erase(std::remove(m_sessions.begin(), m_sessions.end(), session), m_sessions.end());
    Room *room = session->room();
    if (room && !hasOtherSession(*session)) {
        forgetFollower(*session);
        const Decision leave =
                room->meeting().leave(session->participantId(), v1::ParticipantLeft::REASON_DISCONNECTED);
        if (leave.ok() && !leave.events().empty()) {
            room->stage(leave.events(), {});
            scheduleCommit();
        }
    }
    session->deleteLater();
}

bool RoomServer::hasOtherSession(const Session &session) const
{
    for (const Session *other : m_sessions) {
        if (other != &session && other->room() == session.room()
            && other->participantId() == session.participantId() && other->isAuthenticated())
            return true;
    }
    return false;
}

void RoomServer::afterCommit(std::function<void(bool)> then)
{
    m_afterCommit.push_back(std::move(then));
    scheduleCommit();
}

void RoomServer::scheduleCommit()
{
    if (!m_commitScheduled) {
        m_commitScheduled = true;
        // A zero timer fires once this turn's socket events are handled: every command that
        // arrived in the turn shares one transaction (group commit).
        QTimer::singleShot(0, this, &RoomServer::commit);
    }
}

void RoomServer::commit()
{
    m_commitScheduled = false;
    CommitBatch batch;
    for (auto &[id, room] : m_rooms)
        room->collect(batch);
    QString error;
    const bool durable = m_store.commit(batch, &error);
    if (durable) {
        for (auto &[id, room] : m_rooms) {
            if (room->publish().empty())
                continue;
            // Each tablet's replies right after the events they acknowledge, not after the
            // whole room's fan-out; a tablet still reading earlier frames gets these later.
            for (Session *session : m_sessions) {
                if (session->room() == room.get())
                    feed(*session);
            }
        }
        noticeNewPresenters();
        // Replies to commands that changed nothing (no frame went out for them).
        for (Session *session : m_sessions) {
            if (session->state() == Session::State::Live)
                session->flushReplies(true);
        }
    } else {
        qCCritical(lcServer) << "commit of" << batch.events.size() << "events failed:" << error;
        for (auto &[id, room] : m_rooms)
            room->reload();
        for (Session *session : m_sessions)
            session->flushReplies(false);
    }
    auto completions = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (auto &then : completions)
        then(durable);
    // Sessions welcomed just now: their replies follow their Welcome and catch-up.
    for (Session *session : m_sessions)
        session->flushReplies(durable);
    dispatchDeferred();
    emit committed(durable ? int(batch.events.size()) : 0);
}

} // namespace quorum
