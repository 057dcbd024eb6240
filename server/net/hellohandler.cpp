// The Hello handler: admission (admission.cpp), session replacement and the Welcome.
#include "admission.h"

#include "annotationpages.h"
#include "follow.h"
#include "lifecycle.h"
#include "rooms.h"
#include "session.h"
#include "sessions.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

void Admission::handleHello(Session &session, const v1::Hello &hello)
{
    if (session.isAuthenticated() || session.state() == Session::State::Listing) {
        session.sendError(
            v1::ERROR_ALREADY_AUTHENTICATED, QStringLiteral("This connection already joined"));
        return;
    }
    if (hello.protocol_version() != ProtocolVersion) {
        qCInfo(lcServer) << session.describe() << "speaks protocol" << hello.protocol_version();
        session.sendError(v1::ERROR_PROTOCOL_VERSION,
            QStringLiteral("This server speaks protocol version %1, the client %2")
                .arg(ProtocolVersion)
                .arg(hello.protocol_version()));
        session.close(
            QWebSocketProtocol::CloseCodeProtocolError, QStringLiteral("protocol version"));
        return;
    }
    if (const QString tooLong = overlongHelloField(hello); !tooLong.isEmpty()) {
        session.sendError(v1::ERROR_FIELD_TOO_LONG, tooLong);
        session.close(
            QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("field too long"));
        return;
    }
    if (!hello.organiser_secret().empty()) {
        handleOrganiserHello(session, hello);
        return;
    }
    QString meetingId = qstr(hello.meeting_id());
    if (meetingId.isEmpty() && m_rooms.onlyRoom())
        meetingId = m_rooms.onlyRoom()->id();
    Room *room = m_rooms.room(meetingId);
    if (!room) {
        session.sendError(
            v1::ERROR_UNKNOWN_MEETING, QStringLiteral("No meeting '%1' here").arg(meetingId));
        return;
    }
    // Who this is: a device token, or a PIN under the meeting's budget (admission.cpp).
    const std::optional<Admitted> admitted = admit(session, *room, hello);
    if (!admitted)
        return;
    const ParticipantState *participant
        = room->meeting().state().participant(admitted->participantId);
    if (!mayJoinInPhase(participant->role, phaseOf(room->meeting().state()))) {
        // A draft is prepared by its secretary; delegates join once it is convened.
        session.sendError(makeError(v1::ERROR_INVALID_STATE, v1::DESK_REFUSAL_WRONG_PHASE,
            QStringLiteral("The meeting is still being prepared")));
        return;
    }
    const QString deviceId
        = hello.device_id().empty() ? session.describe() : qstr(hello.device_id());
    if (connectedDevices(*room, participant->id, deviceId) >= m_config.maxDevicesPerParticipant) {
        session.sendError(v1::ERROR_TOO_MANY_DEVICES,
            QStringLiteral("%1 devices of this participant are connected already")
                .arg(m_config.maxDevicesPerParticipant));
        session.close(
            QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many devices"));
        return;
    }
    session.authenticate(room, participant->id, participant->role, deviceId,
        participantCommands(*room, participant->id), admitted->deviceKey);
    if (hello.device_token().empty())
        enrolDevice(session, *room, hello);
    replaceOlderSession(session);
    room->stage(room->meeting().join(participant->id, deviceId).events(), participant->id);
    qCInfo(lcServer) << session.describe() << "joined meeting" << meetingId << "as"
                     << qstr(v1::Role_Name(participant->role)) << "from seq" << hello.last_seq();

    welcomeAfterCommit(session, hello.last_seq());
}

void Admission::welcomeAfterCommit(Session &session, quint64 lastSeq)
{
    QPointer<Session> guard(&session);
    m_rooms.afterCommit([this, guard, lastSeq](bool durable) {
        if (!guard || guard->state() != Session::State::Joining)
            return;
        if (!durable) {
            guard->sendError(
                v1::ERROR_INTERNAL, QStringLiteral("The server could not record the join"));
            guard->close(
                QWebSocketProtocol::CloseCodeAbnormalDisconnection, QStringLiteral("storage"));
            return;
        }
        welcome(*guard, lastSeq);
    });
}

void Admission::replaceOlderSession(Session &newer)
{
    for (Session *older : m_sessions) {
        if (older != &newer && older->isAuthenticated() && older->room() == newer.room()
            && older->participantId() == newer.participantId()
            && older->deviceId() == newer.deviceId()) {
            qCInfo(lcServer) << older->describe()
                             << "replaced by a new connection of the same device";
            older->sendError(v1::ERROR_SESSION_REPLACED,
                QStringLiteral("The same device joined on another connection"));
            // Detach it first, so that its disconnect does not count as the participant leaving.
            older->authenticate(nullptr, {}, v1::ROLE_UNSPECIFIED, {});
            older->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("replaced"));
        }
    }
}

void Admission::welcome(Session &session, quint64 lastSeq)
{
    Room &room = *session.room();
    const quint64 published = room.publishedSeq();
    v1::ServerMessage message;
    v1::Welcome *w = message.mutable_welcome();
    w->set_protocol_version(ProtocolVersion);
    w->set_server_version(sstr(QCoreApplication::applicationVersion()));
    w->set_meeting_id(sstr(room.id()));
    w->set_participant_id(sstr(session.participantId()));
    // The organiser acts with a secretary's rights (session.role()) but is told its own role,
    // so that a tablet shows the desk, not the secretary's screens.
    w->set_role(session.participantId() == OrganiserId ? v1::ROLE_ORGANISER : session.role());
    w->set_server_time_ms(m_clock.nowMs());
    w->set_signing_key_fingerprint(sstr(m_signingFingerprint));
    w->set_device_token(sstr(session.issuedToken()));
    w->set_device_key(sstr(session.deviceKey()));
    w->set_organiser(session.participantId() == OrganiserId);
    // A client ahead of the server holds another history (e.g. a reset database): resync it.
    const bool snapshot
        = lastSeq == 0 || lastSeq > published || published - lastSeq > m_config.maxReplayEvents;
    if (snapshot) {
        // The state as it is now, which may hold events of the batch being written (the
        // commit's fsync runs beside this thread): the frame then waits for them to be durable
        // (releaseWelcome), so that a tablet never sees what a crash could take back.
        const quint64 at = room.headSeq();
        w->set_head_seq(at);
        // The state without annotations, serialized once per seq and shared by every tablet
        // joining at it; the annotations follow in pages (Admission::feed), so that no frame
        // grows with what the meeting holds.
        std::vector<AnnotationGroup> groups
            = room.meeting().annotationGroups(session.participantId());
        const bool annotations = std::any_of(groups.cbegin(), groups.cend(),
            [](const AnnotationGroup &g) { return !g.opIds.empty(); });
        w->set_annotations_follow(annotations); // none: the snapshot is whole as it is
        // The rest of a Welcome (versions, ids, the token, the key's fingerprint) is < 1 KiB.
        const QByteArray &snapshotBytes = room.sharedSnapshot();
        if (snapshotBytes.size() + 1024 <= FrameTargetBytes) {
            session.holdWelcome(room.sharedWelcome() + encode(message), at);
        } else {
            // Thousands of participants, forms' answers, minutes: the snapshot follows in
            // pieces of bounded size (Rooms::feed), so that no frame grows with the meeting.
            w->set_snapshot_pages(
                quint32((snapshotBytes.size() + SnapshotPageBytes - 1) / SnapshotPageBytes));
            session.holdWelcome(encode(message), at);
            session.snapshotBytes() = Session::SnapshotBytes{ snapshotBytes, 0 };
        }
        if (annotations)
            session.pages() = Session::Pages{ at, std::move(groups) };
        session.setSentThrough(at);
    } else {
        // Only what is durable and published; the missed events follow as fast as it reads.
        w->set_head_seq(published);
        session.holdWelcome(encode(message), published);
        session.setSentThrough(lastSeq);
    }
    releaseWelcome(session);
}

void Admission::releaseWelcomes()
{
    // A send may drop a tablet: it leaves the list on a later turn (a queued disconnect).
    for (Session *session : m_sessions)
        releaseWelcome(*session);
}

void Admission::releaseWelcome(Session &session)
{
    if (session.state() != Session::State::Joining || !session.hasHeldWelcome())
        return;
    if (session.room()->publishedSeq() < session.heldWelcomeSeq())
        return;
    session.send(session.takeHeldWelcome());
    // A send above may have dropped a tablet that stopped reading: it stays closed.
    if (session.state() == Session::State::Joining) {
        session.setState(Session::State::Live);
        sendAuthFailuresTo(session); // the chair and the secretary: wrong PINs so far
        m_follow.sendFollowersTo(session); // the chair and the presenter: who follows, right away
        m_rooms.feed(session); // pages, then the missed events, as fast as it reads
    }
}

} // namespace quorum
