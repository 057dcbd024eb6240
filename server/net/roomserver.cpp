#include "roomserver.h"

#include "qtsessionio.h"
#include "session.h"
#include "wireconnection.h"
#include "wireengine.h"
#include "wiresessionio.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <malloc.h>

Q_LOGGING_CATEGORY(lcServer, "quorum.server")

namespace quorum {

RoomServer::RoomServer(ServerConfig config, EventStore &store, const Clock &clock,
    QByteArray secretKey, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ioThreads(m_config.ioEngine == ServerConfig::IoEngine::Qt
              ? (m_config.ioThreads < 0 ? QThread::idealThreadCount() : m_config.ioThreads)
              : 0)
    , m_listener({ m_config.handshakeTimeoutMs, m_config.maxUnauthenticated })
    ,
    // TLS is the listener's (it owns the sockets and their deadlines); the WebSocket server
    // only upgrades connections that are already encrypted.
    m_ws(QStringLiteral("quorum-server"), QWebSocketServer::NonSecureMode)
    , m_rooms(store, clock, m_sessions)
    , m_gate(clock, { m_config.participantBytesBurst, m_config.participantBytesPerSecond })
    , m_follow(m_gate, m_rooms, m_sessions)
    , m_admission(m_config, store, clock, std::move(secretKey), m_rooms, m_sessions, m_follow)
    , m_blobSweep(m_rooms)
    , m_minutesExports(m_rooms)
    , m_commands(m_gate, m_rooms, clock, m_admission, m_minutesExports, m_blobSweep)
    , m_documentExports(m_gate)
    , m_formExports(m_gate)
    , m_transfers(m_gate, m_sessions, m_documentExports, m_formExports)
    , m_uploads(m_gate, m_rooms, m_sessions, clock, m_config.uploads)
{
    m_rooms.setCountsInterval(m_config.countsIntervalMs);
    connect(&m_rooms, &Rooms::committed, this, &RoomServer::committed);
    connect(&m_rooms, &Rooms::published, this, [this] { m_follow.noticeNewPresenters(); });
    connect(&m_rooms, &Rooms::landed, this, [this] { m_admission.releaseWelcomes(); });
    connect(&m_rooms, &Rooms::turnEnded, this, &RoomServer::dispatchDeferred);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &RoomServer::onPendingConnection);
    if (m_config.ioEngine == ServerConfig::IoEngine::Wire) {
        const int threads
            = m_config.ioThreads < 0 ? QThread::idealThreadCount() : m_config.ioThreads;
        m_wire = std::make_unique<wire::Engine>(threads,
            wire::LoopSettings{
                m_config.maxMessageBytes, m_config.stalledReaderMs, FrameTargetBytes },
            wire::Engine::Handlers{
                [this](const std::shared_ptr<wire::Connection> &c) { onWireUpgraded(c); },
                [this](const QHostAddress &peer, quint16 port) { m_listener.gone(peer, port); } });
        m_listener.setAdopt([this](int fd, const QHostAddress &peer, quint16 port) {
            m_quietAfterConnects.start();
            return m_wire->adopt(fd, peer, port);
        });
    }
    // A room joining at once leaves the heap grown by thousands of Welcomes in flight, which
    // glibc keeps (docs/benchmarks.md, "Memory"). Give it back once connections have been
    // quiet for a while and what the joins were sent has been written: trimmed before, the
    // pages still in the write buffers are freed only after the trim and stay with glibc.
    m_quietAfterConnects.setSingleShot(true);
    m_quietAfterConnects.setInterval(2000);
    connect(&m_quietAfterConnects, &QTimer::timeout, this, [this] {
        if (pendingBytes() > 0)
            m_quietAfterConnects.start(); // a reader still has pages to take: look again later
        else
            ::malloc_trim(0);
    });
}

// The parts with workers (uploads, document exports) wait for them in their destructors.
RoomServer::~RoomServer()
{
    // Each socket goes on its own I/O thread, as that thread ends (m_ioThreads, a member);
    // the wire engine's now, while their loops still run (sessions being deleted included).
    for (Session *session : findChildren<Session *>(Qt::FindDirectChildrenOnly))
        session->detachIo();
}

void RoomServer::setTls(const QSslConfiguration &configuration)
{
    m_listener.setTls(configuration);
    if (!m_wire)
        return;
    QByteArray chain;
    for (const QSslCertificate &certificate : configuration.localCertificateChain())
        chain += certificate.toPem();
    QString error;
    if (!m_wire->setTls(chain, configuration.privateKey().toPem(), &error))
        qCCritical(lcServer) << "the wire engine cannot use the TLS identity:" << error;
}

bool RoomServer::loadMeetings(QString *error)
{
    if (!m_rooms.load(error))
        return false;
    m_blobSweep.sweep(); // what an earlier run replaced or removed
    return true;
}

bool RoomServer::defineMeeting(const MeetingFile &file, bool *created, QString *error)
{
    const QString id = qstr(file.definition.meeting_id());
    std::vector<StoredCredential> credentials;
    for (auto it = file.secrets.cbegin(); it != file.secrets.cend(); ++it)
        credentials.push_back({ id, m_admission.hasher().hash(id, it.value()), it.key() });
    if (!m_rooms.define(file.definition, std::move(credentials), created, error))
        return false;
    // Birth dates live only here, read from the file at every start (never stored or sent).
    if (Room *room = m_rooms.room(id))
        room->setBirthDates(file.birthDates);
    return true;
}

bool RoomServer::setBlobStore(BlobStore *blobs, QString *error)
{
    m_blobSweep.setBlobStore(blobs);
    m_commands.setBlobStore(blobs);
    m_transfers.setBlobStore(blobs);
    m_uploads.setBlobStore(blobs);
    return m_documentExports.setBlobStore(blobs, error) && m_formExports.setBlobStore(blobs, error);
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
    if (!m_rooms.startWriter(error))
        return false;
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

qint64 RoomServer::pendingBytes() const
{
    qint64 bytes = 0;
    for (const Session *session : m_sessions)
        bytes += session->queuedBytes();
    return bytes;
}

void RoomServer::onPendingConnection()
{
    while (QWebSocket *socket = m_ws.nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        const quint16 peerPort = socket->peerPort();
        socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageBytes));
        socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
        auto handle = std::make_shared<QPointer<Session>>();
        QTcpSocket *transport = m_listener.upgraded(peer, peerPort, [handle] {
            if (*handle)
                (*handle)->abort();
        });
        // QWebSocketServer stays connected to the socket it upgraded (its `disconnected` deletes
        // the sender later, from this thread): once the socket lives on an I/O thread, that call
        // comes after the session may have deleted it there, and deletes it again (an I/O thread
        // crashed delivering an event to a freed object, 1 of ~12 bench runs). The session owns it.
        if (transport)
            transport->disconnect(&m_ws);
        auto *io = new QtSessionIo(socket, transport, m_config.stalledReaderMs, FrameTargetBytes);
        // The session first: it connects to the io's signals, and once the io is on its I/O
        // thread the socket is read at once there — a Hello or a `disconnected` emitted before
        // those connections would be lost (review of the merged tree).
        *handle = addSession(io, peer, peerPort);
        // Its socket, TLS and framing from now on on an I/O thread (the listener gave it up);
        // decisions, commits and what each tablet is owed stay on this one.
        if (IoMailbox *mailbox = transport ? m_ioThreads.next() : nullptr)
            io->moveTo(mailbox);
    }
}

void RoomServer::onWireUpgraded(const std::shared_ptr<wire::Connection> &connection)
{
    // Past the handshake deadline now; the listener's cap and abort still apply until Hello.
    m_listener.upgradedAdopted(connection->peer(), connection->port());
    addSession(new WireSessionIo(connection), connection->peer(), connection->port());
    m_quietAfterConnects.start();
}

Session *RoomServer::addSession(SessionIo *io, const QHostAddress &peer, quint16 peerPort)
{
    auto *session = new Session(io, peer, peerPort, m_config, this);
    connect(session, &Session::authenticated, this,
        [this, peer, peerPort] { m_listener.authenticated(peer, peerPort); });
    connect(session, &Session::binaryReceived, this, &RoomServer::onBinary);
    connect(session, &Session::textReceived, this, &RoomServer::onText);
    connect(session, &Session::writable, this, [this](Session *s) { m_rooms.feed(*s); });
    // Queued: a session can drop (Session::send aborts a tablet that stopped reading) in the
    // middle of a loop over m_sessions; removing it then would skip or repeat a session.
    connect(
        session, &Session::disconnected, this, &RoomServer::onDisconnected, Qt::QueuedConnection);
    m_sessions.add(session);
    return session;
}

void RoomServer::onBinary(Session *session, const QByteArray &bytes)
{
    if (session->state() == Session::State::Closed)
        return;
    if (session->isAuthenticated() && session->deferIfOverBudget(bytes)) {
        m_rooms.scheduleCommit(); // its turn comes after the next commit
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
        Session *session = m_sessions.all()[i];
        while (const std::optional<QByteArray> frame = session->takeDeferred())
            dispatch(*session, *frame);
        if (session->hasDeferred())
            m_rooms.scheduleCommit();
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
        session->sendError(
            v1::ERROR_MALFORMED, QStringLiteral("The frame is not a valid ClientMessage"));
        session->close(
            QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("malformed message"));
        return;
    }
    m_gate.frameArrived(bytes.size());
    // The gate's first step, for every message but Hello: who this is. An unknown type is
    // answered below, before or after Hello alike.
    const v1::ClientMessage::BodyCase body = message->body_case();
    if (body != v1::ClientMessage::kHello && body != v1::ClientMessage::BODY_NOT_SET
        && !m_gate.authenticated(*session, body))
        return;
    switch (body) {
    case v1::ClientMessage::kHello:
        m_admission.handleHello(*session, message->hello());
        return;
    case v1::ClientMessage::kCommand:
        m_commands.handle(*session, message->command());
        return;
    case v1::ClientMessage::kFetchDocument:
        m_transfers.handleFetchDocument(*session, message->fetch_document());
        return;
    case v1::ClientMessage::kStrokePreview:
        m_transfers.handleStrokePreview(*session, message->stroke_preview());
        return;
    case v1::ClientMessage::kUploadChunk:
        m_uploads.handle(*session, message->upload_chunk());
        return;
    case v1::ClientMessage::kFollowState:
        m_follow.handle(*session, message->follow_state());
        return;
    case v1::ClientMessage::kExportDocument:
        m_documentExports.handle(*session, message->export_document());
        return;
    case v1::ClientMessage::kExportFormResults:
        m_formExports.handle(*session, message->export_form_results());
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
    m_sessions.remove(session);
    m_admission.leave(*session);
    session->deleteLater();
}

} // namespace quorum
