// The organiser's Hello (docs/protocol.md, "The organiser's desk"): the meetings list, a new
// meeting (a room with its own log), or joining one as the organiser.
#include "admission.h"

#include "follow.h"
#include "lifecycle.h"
#include "meetingpages.h"
#include "rooms.h"
#include "session.h"
#include "sessions.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

void Admission::handleOrganiserHello(Session &session, const v1::Hello &hello)
{
    const qint64 now = m_clock.nowMs();
    const QString address = session.peerAddress();
    // Guessed like a PIN, bounded like one: per address, and over all addresses (the budget of
    // a meeting of its own).
    if (m_pinBudget.check(OrganiserId, address, true, now) != PinBudget::Verdict::Check) {
        session.sendError(v1::ERROR_TOO_MANY_ATTEMPTS,
            QStringLiteral("Too many wrong organiser secrets; wait and retry"));
        return;
    }
    if (!m_organiser.verify(qstr(hello.organiser_secret()))) {
        m_pinBudget.failed(OrganiserId, address, true, now);
        qCInfo(lcServer) << session.describe() << "wrong organiser secret";
        session.sendError(v1::ERROR_BAD_CREDENTIALS, QStringLiteral("Wrong organiser secret"));
        return;
    }
    const QString meetingId = qstr(hello.meeting_id());
    if (meetingId.isEmpty()) {
        // The desk's list is a question, not a session: answered, then the connection goes.
        v1::ServerMessage message;
        v1::Welcome *w = message.mutable_welcome();
        w->set_protocol_version(ProtocolVersion);
        w->set_server_version(sstr(QCoreApplication::applicationVersion()));
        w->set_participant_id(sstr(OrganiserId));
        w->set_organiser(true);
        w->set_server_time_ms(now);
        if (fillMeetingList(m_rooms, message)) {
            session.send(encode(message));
            session.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("meetings listed"));
            return;
        }
        // Hundreds of meetings: in pages as fast as the desk reads (Rooms::feed), then closed.
        session.send(encode(message));
        session.listMeetings(OrganiserId, m_rooms.meetingIds());
        m_rooms.feed(session);
        return;
    }
    Room *room = m_rooms.room(meetingId);
    if (hello.create_meeting()) {
        if (room) {
            session.sendError(v1::ERROR_MEETING_EXISTS,
                QStringLiteral("A meeting '%1' exists already").arg(meetingId));
            return;
        }
        const Decision created = decideCreate(MeetingState(), meetingId);
        if (!created.ok()) {
            session.sendError(created.error());
            return;
        }
        room = m_rooms.create(meetingId, created.events(), OrganiserId);
        qCInfo(lcServer) << session.describe() << "created meeting" << meetingId;
    }
    if (!room) {
        session.sendError(
            v1::ERROR_UNKNOWN_MEETING, QStringLiteral("No meeting '%1' here").arg(meetingId));
        return;
    }
    const QString deviceId
        = hello.device_id().empty() ? session.describe() : qstr(hello.device_id());
    // What a secretary's tablet sees and sends, but as no participant: no presence, no vote.
    session.authenticate(room, OrganiserId, v1::ROLE_SECRETARY, deviceId,
        participantCommands(*room, OrganiserId), {});
    replaceOlderSession(session);
    qCInfo(lcServer) << session.describe() << "joined meeting" << meetingId << "as the organiser";
    welcomeAfterCommit(session, hello.last_seq());
}

void Admission::closeMeeting(const Room &room)
{
    for (Session *session : m_sessions) {
        if (session->room() != &room)
            continue;
        m_follow.forget(*session);
        // Detached first: its disconnect is no participant leaving a meeting that is gone.
        session->authenticate(nullptr, {}, v1::ROLE_UNSPECIFIED, {});
        session->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("meeting removed"));
    }
}

} // namespace quorum
