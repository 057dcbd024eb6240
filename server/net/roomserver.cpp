#include "roomserver.h"

#include "blobstore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QWebSocket>
#include <QTimer>

#include <malloc.h>

Q_LOGGING_CATEGORY(lcServer, "quorum.server")

namespace quorum {

namespace {
// How soon a held scrub is tried again: a minutes export's read of the log takes some tens
// of milliseconds; the chair waits for the result no longer than a person notices.
constexpr int ScrubRetryMs = 100;
} // namespace

RoomServer::RoomServer(ServerConfig config, EventStore &store, const Clock &clock, QByteArray secretKey,
                       QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_store(store), m_clock(clock),
      m_hasher(std::make_unique<SecretHasher>(std::move(secretKey))),
      m_listener({m_config.handshakeTimeoutMs, m_config.maxUnauthenticated}),
      // TLS is the listener's (it owns the sockets and their deadlines); the WebSocket server
      // only upgrades connections that are already encrypted.
      m_ws(QStringLiteral("quorum-server"), QWebSocketServer::NonSecureMode),
      m_pinBudget(m_config.pinBudget)
{
    m_authFailuresTimer.setSingleShot(true);
    m_authFailuresTimer.setInterval(500);
    connect(&m_authFailuresTimer, &QTimer::timeout, this, &RoomServer::flushAuthFailures);
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
    // A held scrub is retried soon: what holds it is a reader's snapshot (an export), short.
    m_scrubRetry.setSingleShot(true);
    m_scrubRetry.setInterval(ScrubRetryMs);
    connect(&m_scrubRetry, &QTimer::timeout, this, &RoomServer::commit);
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
    // A crash between a secret ballot's close and its scrub, or a box an older server kept:
    // no tablet is served before older versions of a box are gone (docs/architecture.md).
    if (!m_store.scrub(error)) {
        *error = QStringLiteral("the store could not be scrubbed of older ballot box versions: ") + *error;
        return false;
    }
    for (auto &[id, room] : m_rooms)
        room->publish();
    sweepBlobs(); // what an earlier run replaced or removed
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
    m_listener.setListenBacklogSize(m_config.listenBacklog);
    if (!m_listener.listen(m_config.address, m_config.port)) {
        *error = m_listener.errorString();
        return false;
    }
    // From now on the group commit's fsync runs on a thread of its own (start-up wrote here).
    auto writer = std::make_unique<CommitWriter>(m_store);
    if (!writer->start(error)) {
        *error = QStringLiteral("the commit writer could not open the store: ") + *error;
        return false;
    }
    connect(writer.get(), &CommitWriter::written, this, &RoomServer::landed);
    m_writer = std::move(writer);
    connect(&m_listener, &Listener::ready, this, [this](QTcpSocket *socket) {
        m_ws.handleConnection(socket);
        m_quietAfterConnects.start();
    });
    qCInfo(lcServer) << "listening on" << m_listener.serverAddress().toString() << port()
                     << (m_listener.isSecure() ? "(TLS)" : "(plain, --insecure)");
    return true;
}

quint16 RoomServer::port() const
{
    return m_listener.serverPort();
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
        const QHostAddress peer = socket->peerAddress();
        const quint16 peerPort = socket->peerPort();
        m_listener.upgraded(peer, peerPort);
        auto *session = new Session(socket, m_config, this);
        connect(session, &Session::authenticated, this,
                [this, peer, peerPort] { m_listener.authenticated(peer, peerPort); });
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
    if (m_commitScheduled)
        return;
    m_commitScheduled = true;
    // A zero timer fires once this turn's socket events are handled: every command that
    // arrived in the turn shares one transaction (group commit). While a batch is being
    // written, what arrives meanwhile waits for it and goes as the next batch (landed()).
    if (!m_writing)
        QTimer::singleShot(0, this, &RoomServer::commit);
}

void RoomServer::commit()
{
    m_commitScheduled = false;
    if (m_writing) { // the timer of a turn before the write began: the landing starts it
        m_commitScheduled = true;
        return;
    }
    CommitBatch batch;
    for (auto &[id, room] : m_rooms)
        room->collect(batch);
    m_writingEvents = int(batch.events.size());
    m_writingScrub = m_scrubPending || batch.touchesBallotBoxes();
    m_writingClosesBallot = !batch.closedBallotBoxes.empty();
    m_writingAfterCommit = std::move(m_afterCommit);
    m_afterCommit.clear();
    m_writingTicket = m_stagingTicket++; // replies queued from now on wait for the next one
    m_writing = true;
    if (m_writer && (!batch.isEmpty() || m_writingScrub)) {
        m_writer->submit(std::move(batch), m_writingScrub);
        return;
    }
    // Nothing to write (a duplicate's acknowledgement), or no writer yet: here and now.
    QString error;
    const bool durable = m_store.commit(batch, &error);
    QString scrubError;
    const bool scrubbed = durable && m_writingScrub && m_store.scrub(&scrubError);
    landed(durable, error, scrubbed, scrubError);
}

void RoomServer::landed(bool durable, const QString &error, bool scrubbed, const QString &scrubError)
{
    m_writing = false;
    std::vector<std::function<void(bool)>> completions = std::move(m_writingAfterCommit);
    m_writingAfterCommit.clear();
    if (durable && m_writingScrub)
        scrubBallotBoxes(m_writingClosesBallot, scrubbed, scrubError);
    if (durable && m_scrubPending) {
        // Durable, and held: no event, reply or Welcome leaves until the scrub succeeds.
        std::move(completions.begin(), completions.end(), std::back_inserter(m_heldAfterCommit));
        emit committed(m_writingEvents);
        if (m_commitScheduled) {
            m_commitScheduled = false;
            scheduleCommit();
        }
        return;
    }
    if (durable) {
        m_durableTicket = m_writingTicket; // and every batch held before it
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
                session->flushReplies(m_durableTicket, false);
        }
    } else {
        qCCritical(lcServer) << "commit of" << m_writingEvents << "events failed:" << error;
        // What was staged while it was written stood on it: it goes too, and fails alike.
        for (auto &[id, room] : m_rooms)
            room->reload();
        std::move(m_afterCommit.begin(), m_afterCommit.end(), std::back_inserter(completions));
        m_afterCommit.clear();
        for (Session *session : m_sessions) {
            session->flushReplies(m_durableTicket, true);
            if (session->state() == Session::State::Joining && session->hasHeldWelcome()
                && session->heldWelcomeSeq() > session->room()->headSeq()) {
                // Its Welcome showed a state that never became durable: it joins again.
                session->sendError(v1::ERROR_INTERNAL, QStringLiteral("The server could not record the join"));
                session->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("storage"));
            }
        }
    }
    if (durable) {
        std::vector<std::function<void(bool)>> held = std::move(m_heldAfterCommit);
        m_heldAfterCommit.clear();
        std::move(completions.begin(), completions.end(), std::back_inserter(held));
        completions = std::move(held);
    }
    for (auto &then : completions)
        then(durable);
    // Sessions welcomed just now (or held for this batch): their Welcome, then their replies.
    for (size_t i = 0; i < m_sessions.size(); ++i)
        releaseWelcome(*m_sessions[i]);
    for (Session *session : m_sessions)
        session->flushReplies(m_durableTicket, !durable);
    dispatchDeferred();
    emit committed(durable ? m_writingEvents : 0);
    if (m_commitScheduled) { // staged while this batch was written: the next one, now
        m_commitScheduled = false;
        scheduleCommit();
    }
}

void RoomServer::scrubBallotBoxes(bool closesBallot, bool scrubbed, const QString &error)
{
    if (scrubbed) {
        if (m_scrubPending)
            qCInfo(lcServer) << "older ballot box versions are gone: publishing again";
        m_scrubPending = false;
        return;
    }
    if (!closesBallot && !m_scrubPending) {
        // An open ballot: its running totals stay linkable in the WAL only until a later
        // scrub, and the close waits for one that succeeds.
        qCWarning(lcServer) << "during an open secret ballot:" << error << "- retried with the next vote";
        return;
    }
    if (!m_scrubPending)
        qCCritical(lcServer) << "a secret ballot ended but older versions of its box are still on disk:" << error
                             << "- nothing is published until they are gone; retrying";
    m_scrubPending = true;
    m_scrubRetry.start();
}

} // namespace quorum
