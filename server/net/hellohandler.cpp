// The Hello handler: authentication, session replacement and the Welcome.
#include "roomserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

void RoomServer::handleHello(Session &session, const v1::Hello &hello)
{
    if (session.isAuthenticated()) {
        session.sendError(v1::ERROR_ALREADY_AUTHENTICATED, QStringLiteral("This connection already joined"));
        return;
    }
    if (hello.protocol_version() != ProtocolVersion) {
        qCInfo(lcServer) << session.describe() << "speaks protocol" << hello.protocol_version();
        session.sendError(v1::ERROR_PROTOCOL_VERSION,
                          QStringLiteral("This server speaks protocol version %1, the client %2")
                                  .arg(ProtocolVersion).arg(hello.protocol_version()));
        session.close(QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("protocol version"));
        return;
    }
    const qint64 now = m_clock.nowMs();
    TokenBucket &attempts = authAttempts(session.peerAddress());
    if (!attempts.available(now)) {
        qCInfo(lcServer) << session.describe() << "too many wrong PINs";
        session.sendError(v1::ERROR_TOO_MANY_ATTEMPTS,
                          QStringLiteral("Too many wrong PINs from this address; wait and retry"));
        return;
    }

    QString meetingId = qstr(hello.meeting_id());
    if (meetingId.isEmpty() && m_rooms.size() == 1)
        meetingId = m_rooms.begin()->first;
    Room *room = this->room(meetingId);
    if (!room) {
        session.sendError(v1::ERROR_UNKNOWN_MEETING, QStringLiteral("No meeting '%1' here").arg(meetingId));
        return;
    }
    const auto participantId =
            m_store.participantForSecret(meetingId, m_hasher->hash(meetingId, qstr(hello.secret())));
    const ParticipantState *participant =
            participantId ? room->meeting().state().participant(*participantId) : nullptr;
    if (!participant) {
        attempts.take(now);
        qCInfo(lcServer) << session.describe() << "wrong PIN for meeting" << meetingId;
        session.sendError(v1::ERROR_BAD_CREDENTIALS, QStringLiteral("Wrong PIN"));
        return;
    }

    const QString deviceId = hello.device_id().empty() ? session.describe() : qstr(hello.device_id());
    session.authenticate(room, participant->id, participant->role, deviceId);
    replaceOlderSession(session);
    room->stage(room->meeting().join(participant->id, deviceId).events(), participant->id);
    qCInfo(lcServer) << session.describe() << "joined meeting" << meetingId << "as"
                     << qstr(v1::Role_Name(participant->role)) << "from seq" << hello.last_seq();

    const quint64 lastSeq = hello.last_seq();
    QPointer<Session> guard(&session);
    afterCommit([this, guard, lastSeq](bool durable) {
        if (!guard || guard->state() != Session::State::Joining)
            return;
        if (!durable) {
            guard->sendError(v1::ERROR_INTERNAL, QStringLiteral("The server could not record the join"));
            guard->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("storage"));
            return;
        }
        welcome(*guard, lastSeq);
    });
}

TokenBucket &RoomServer::authAttempts(const QString &address)
{
    auto attempts = m_authAttempts.find(address);
    if (attempts == m_authAttempts.end())
        attempts = m_authAttempts.insert(address, TokenBucket(m_config.authBurst, m_config.authPerSecond));
    return *attempts;
}

void RoomServer::replaceOlderSession(Session &newer)
{
    for (Session *older : m_sessions) {
        if (older != &newer && older->isAuthenticated() && older->room() == newer.room()
            && older->participantId() == newer.participantId() && older->deviceId() == newer.deviceId()) {
            qCInfo(lcServer) << older->describe() << "replaced by a new connection of the same device";
            older->sendError(v1::ERROR_SESSION_REPLACED,
                             QStringLiteral("The same device joined on another connection"));
            // Detach it first, so that its disconnect does not count as the participant leaving.
            older->authenticate(nullptr, {}, v1::ROLE_UNSPECIFIED, {});
            older->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("replaced"));
        }
    }
}

void RoomServer::welcome(Session &session, quint64 lastSeq)
{
    Room &room = *session.room();
    // Only what is durable and published: never an event staged for the next commit.
    const quint64 head = room.publishedSeq();
    v1::ServerMessage message;
    v1::Welcome *w = message.mutable_welcome();
    w->set_protocol_version(ProtocolVersion);
    w->set_server_version(sstr(QCoreApplication::applicationVersion()));
    w->set_meeting_id(sstr(room.id()));
    w->set_participant_id(sstr(session.participantId()));
    w->set_role(session.role());
    w->set_head_seq(head);
    w->set_server_time_ms(m_clock.nowMs());
    w->set_signing_key_fingerprint(sstr(m_signingFingerprint));
    // A client ahead of the server holds another history (e.g. a reset database): resync it.
    const bool snapshot = lastSeq == 0 || lastSeq > head || head - lastSeq > m_config.maxReplayEvents;
    if (snapshot) {
        // One frame, two serialized ServerMessages: Protobuf merges concatenated messages
        // (the sub-messages of the same field merge), so the tablet parses one Welcome whose
        // snapshot is the shared part, serialized once per seq, plus this viewer's own part.
        *w->mutable_snapshot() = room.meeting().privateSnapshot(session.participantId());
        session.send(room.sharedWelcome() + encode(message));
    } else {
        session.send(message);
    }
    if (!snapshot) {
        for (quint64 seq = lastSeq + 1; seq <= head; ++seq)
            session.send(room.frameFor(seq, session.participantId()));
    }
    // A send above may have dropped a tablet that stopped reading: it stays closed.
    if (session.state() == Session::State::Joining) {
        session.setState(Session::State::Live);
        sendFollowersTo(session); // the chair and the presenter: who follows, right away
    }
}

} // namespace quorum
