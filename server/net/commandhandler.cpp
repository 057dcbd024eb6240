// The Command handler: the gate of every message (gate.h), then the command id,
// then the core decides, and the reply waits for durability.
#include "commands.h"

#include "admission.h"
#include "blobsweep.h"
#include "gate.h"
#include "minutesexports.h"
#include "passagecheck.h"
#include "preparation.h"
#include "rooms.h"
#include "session.h"

#include <QLoggingCategory>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
v1::ServerMessage reply(
    quint64 requestId, quint64 seq, bool duplicate, const QString &participantId = {})
{
    v1::ServerMessage message;
    v1::Reply *r = message.mutable_reply();
    r->set_request_id(requestId);
    r->set_seq(seq);
    r->set_duplicate(duplicate);
    r->set_participant_id(sstr(participantId));
    return message;
}

v1::ServerMessage replyError(quint64 requestId, const v1::Error &error)
{
    v1::ServerMessage message;
    v1::Reply *r = message.mutable_reply();
    r->set_request_id(requestId);
    *r->mutable_error() = error;
    return message;
}
} // namespace

void Commands::handle(Session &session, const v1::Command &received)
{
    const quint64 requestId = received.request_id();
    // A refusal changes nothing durable: it goes out at once. An acknowledgement waits for
    // the commit that makes its events (or the state it relied on) durable, and then follows
    // the events on this tablet's connection (see Rooms::commit).
    auto refuse = [&](const v1::Error &error) { session.send(replyError(requestId, error)); };
    QString about; // CheckIn: whom the card named, for the door tablet's Reply
    v1::Reply extra; // the desk's: PINs issued (to the sender alone)
    auto acknowledge = [&](quint64 seq, bool duplicate) {
        v1::ServerMessage message = reply(requestId, seq, duplicate, about);
        message.mutable_reply()->MergeFrom(extra);
        session.queueReply(message, m_rooms.stagingTicket());
        m_rooms.scheduleCommit();
    };
    // The gate (gate.h): the rate, then the role; the command's own type is the core's
    // roleMay, with the rest of its rules.
    switch (m_gate.admit(session, v1::ClientMessage::kCommand)) {
    case Gate::Verdict::Pass:
        break;
    case Gate::Verdict::RateLimited:
        refuse(makeError(v1::ERROR_RATE_LIMITED, QStringLiteral("Too many commands")));
        return;
    case Gate::Verdict::Forbidden:
        refuse(Gate::forbidden(session.role(), v1::ClientMessage::kCommand));
        return;
    }
    if (received.command_id().empty() || received.command_id().size() > 64) {
        refuse(makeError(v1::ERROR_INVALID_ARGUMENT, v1::GENERAL_REFUSAL_BAD_COMMAND_ID,
            QStringLiteral("command_id must be 1 to 64 bytes")));
        return;
    }
    v1::Command command = received;
    if (command.has_check_in()) {
        // Before the duplicate check, so that a resent check-in's Reply still says whom.
        if (const auto error = m_admission.resolveCheckIn(session, *command.mutable_check_in())) {
            refuse(*error);
            return;
        }
        about = qstr(command.check_in().participant_id());
    }
    Room &room = *session.room();
    if (command.has_submit_answer()) // an amendment's passage is checked against the page's text
        fillPageTexts(room.meeting().state(), m_blobs, *command.mutable_submit_answer());
    const QString key = session.participantId() + QLatin1Char('/') + qstr(received.command_id());
    if (const auto seq = room.completedCommand(key)) {
        acknowledge(*seq, true);
        return;
    }
    const Decision decision = room.meeting().decide(
        session.participantId(), command, m_clock.nowMs(), session.deviceId());
    if (!decision.ok()) {
        // Refusals are routine (a second vote, a closed ballot): one line at debug level,
        // so that a flooding tablet cannot flood the log.
        qCDebug(lcServer) << session.describe()
                          << "command refused:" << qstr(decision.error().detail());
        if (command.has_import_participants()) {
            // Every refused row, so that the organiser fixes the list at once.
            v1::ServerMessage message = replyError(requestId, decision.error());
            for (const v1::RefusedParticipant &row :
                refusedRows(room.meeting().state(), command.import_participants()))
                *message.mutable_reply()->add_refused_participants() = row;
            session.send(message);
            return;
        }
        refuse(decision.error());
        return;
    }
    if (command.has_issue_pins() && !decision.events().empty()) {
        // Hashes staged with PinsIssued; the PINs go to the sender once, in the Reply.
        for (const v1::IssuedPin &pin :
            m_admission.issuePins(room, decision.events().front().pins_issued()))
            *extra.add_issued_pins() = pin;
    }
    if (command.body_case() == v1::Command::kArchiveMeeting) {
        // The signed archive first (as ExportMinutes), then the phase, in one commit.
        m_minutesExports.archive(session, requestId, key);
        return;
    }
    if (command.body_case() == v1::Command::kRemoveMeeting) {
        removeMeeting(session, requestId);
        return;
    }
    if (command.body_case() == v1::Command::kExportMinutes) {
        // The core let it through (role, meeting); the files are made outside the event loop.
        m_minutesExports.start(session, requestId, key);
        return;
    }
    const quint64 seq = room.stage(decision.events(), session.participantId(), key);
    if (decision.secretVote())
        room.stageSecretVote(*decision.secretVote());
    if (decision.sealedAnswer()) // an anonymous answer: to the form box, never into an event
        room.stageSealedAnswer(*decision.sealedAnswer());
    acknowledge(seq, false);
    if ((command.body_case() == v1::Command::kRemoveDocument
            || command.body_case() == v1::Command::kAttachDocument)
        && seq != 0) {
        // A removed document or a replaced version: its bytes go once that is durable.
        m_rooms.afterCommit([this](bool durable) {
            if (durable)
                m_blobSweep.sweep();
        });
    }
    if (command.body_case() == v1::Command::kRevokeDevice && seq != 0) {
        // Once the revocation is durable, the device's connections go: its token no longer joins.
        const QString deviceKey = qstr(command.revoke_device().device_key());
        m_rooms.afterCommit([this, &room, deviceKey](bool durable) {
            if (durable)
                m_admission.closeRevokedDevice(room, deviceKey);
        });
    }
}

void Commands::removeMeeting(Session &session, quint64 requestId)
{
    // After the batch being written lands, so that nothing of the room is in flight; the
    // sender is answered before its connection goes with the others.
    const QString meetingId = session.room()->id();
    QPointer<Session> sender(&session);
    m_rooms.afterCommit([this, meetingId, sender, requestId](bool) {
        Room *room = m_rooms.room(meetingId);
        if (!room)
            return;
        if (sender)
            sender->send(reply(requestId, 0, false));
        m_admission.closeMeeting(*room);
        QString error;
        if (!m_rooms.remove(meetingId, &error)) {
            qCWarning(lcServer) << "meeting" << meetingId << "could not be removed:" << error;
            return;
        }
        qCInfo(lcServer) << "meeting" << meetingId << "removed by the organiser";
    });
}

} // namespace quorum
