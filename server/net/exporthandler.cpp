// ExportMinutes: the only command whose events the core cannot make by itself. The core's
// gate (role, a defined meeting) has passed; the MinutesExporter makes the PDF and the signed
// archive in a child process while the room goes on; its MinutesExported event is staged,
// committed and acknowledged like any other when the files are kept.
#include "minutesexports.h"

#include "minutes.h"
#include "rooms.h"
#include "session.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
v1::ServerMessage exportReply(quint64 requestId, quint64 seq, const v1::Error *error)
{
    v1::ServerMessage message;
    v1::Reply *r = message.mutable_reply();
    r->set_request_id(requestId);
    r->set_seq(seq);
    if (error)
        *r->mutable_error() = *error;
    return message;
}
} // namespace

void MinutesExports::archive(Session &session, quint64 requestId, const QString &commandKey)
{
    start(session, requestId, commandKey);
    const auto pending = m_exports.find(session.room()->id());
    if (pending != m_exports.end() && pending->commandKey == commandKey)
        pending->archive = true;
}

void MinutesExports::start(Session &session, quint64 requestId, const QString &commandKey)
{
    const QString meetingId = session.room()->id();
    if (!m_exporter) {
        const v1::Error error
            = makeError(v1::ERROR_INTERNAL, v1::MINUTES_REFUSAL_EXPORT_UNAVAILABLE,
                QStringLiteral("This server cannot export minutes"));
        session.send(exportReply(requestId, 0, &error));
        return;
    }
    const auto running = m_exports.find(meetingId);
    if (running != m_exports.end()) {
        // The same command again (a tablet that reconnected): it gets the Reply when it is done.
        if (running->commandKey == commandKey) {
            running->waiting.emplace_back(&session, requestId);
            return;
        }
        const v1::Error error
            = makeError(v1::ERROR_INVALID_STATE, v1::MINUTES_REFUSAL_EXPORT_RUNNING,
                QStringLiteral("An export of this meeting is already running"));
        session.send(exportReply(requestId, 0, &error));
        return;
    }
    PendingExport pending{ session.participantId(), commandKey, false, {} };
    pending.waiting.emplace_back(&session, requestId);
    m_exports.insert(meetingId, std::move(pending));
    qCInfo(lcServer) << session.describe() << "exports the minutes of" << meetingId;
    m_exporter->start(meetingId,
        [this, meetingId](const MinutesExporter::Result &result) { finish(meetingId, result); });
}

void MinutesExports::finish(const QString &meetingId, const MinutesExporter::Result &result)
{
    const PendingExport pending = m_exports.take(meetingId);
    Room *room = m_rooms.room(meetingId);
    if (!room)
        return;
    if (result.code != v1::ERROR_UNSPECIFIED) {
        qCWarning(lcServer) << "export of" << meetingId << "failed:" << result.detail;
        const v1::Error error = pending.archive
            ? makeError(result.code, v1::DESK_REFUSAL_ARCHIVE_FAILED, result.detail)
            : makeError(result.code, v1::MINUTES_REFUSAL_EXPORT_FAILED, result.detail);
        for (const auto &[session, requestId] : pending.waiting) {
            if (session && session->state() == Session::State::Live)
                session->send(exportReply(requestId, 0, &error));
        }
        return;
    }
    // Recorded even when the tablet that asked has gone: the files exist and are fetchable.
    Events events = makeMinutesExported(result.exported);
    if (pending.archive) // the desk's ArchiveMeeting: the archive made, the meeting archived
        events.push_back(makeEvent([](v1::Event &e) {
            e.mutable_meeting_phase_changed()->set_phase(v1::MEETING_PHASE_ARCHIVED);
        }));
    const quint64 seq = room->stage(events, pending.actorId, pending.commandKey);
    for (const auto &[session, requestId] : pending.waiting) {
        if (!session)
            continue;
        v1::ServerMessage reply = exportReply(requestId, seq, nullptr);
        if (pending.archive)
            *reply.mutable_reply()->mutable_archive() = result.exported;
        session->queueReply(reply, m_rooms.stagingTicket());
    }
    m_rooms.scheduleCommit();
}

} // namespace quorum
