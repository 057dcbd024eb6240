// Handlers for the messages that are not commands: document fetches (bulk bytes through the
// session's TransferQueue) and live stroke previews (relayed, never stored). The gate of every
// message (gate.h): authenticated, the rate limit, then the role.
#include "transfers.h"

#include "annotations.h"
#include "blobstore.h"
#include "documentexports.h"
#include "formexports.h"
#include "gate.h"
#include "room.h"
#include "session.h"
#include "sessions.h"
#include "transferqueue.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
v1::ServerMessage chunkError(const std::string &sha256, const v1::Error &error)
{
    v1::ServerMessage message;
    v1::DocumentChunk *chunk = message.mutable_document_chunk();
    chunk->set_sha256(sha256);
    *chunk->mutable_error() = error;
    return message;
}
} // namespace

void Transfers::handleFetchDocument(Session &session, const v1::FetchDocument &fetch)
{
    if (const auto error = m_gate.refusal(session, v1::ClientMessage::kFetchDocument)) {
        session.send(chunkError(fetch.sha256(), *error));
        return;
    }
    const QString hash = qstr(fetch.sha256());
    // Only bytes of this meeting: a hash is not a capability for another meeting's files.
    const MeetingState &state = session.room()->meeting().state();
    bool known
        = state.documents.ingested.contains(hash) || state.minutes.exportedFiles.contains(hash);
    QString path = known && m_blobs ? m_blobs->path(hash) : QString();
    if (!known && m_exports.holds(session.room()->id(), hash)) {
        // An ExportDocument with private annotations is its requester's alone.
        if (!m_exports.mayFetch(session.room()->id(), hash, session.participantId())) {
            session.send(chunkError(fetch.sha256(),
                makeError(v1::ERROR_FORBIDDEN, v1::DOCUMENT_REFUSAL_PRIVATE_EXPORT,
                    QStringLiteral(
                        "This export holds another participant's private annotations"))));
            return;
        }
        path = m_exports.path(hash);
    }
    if (path.isEmpty())
        path = m_formExports.path(session.room()->id(), hash); // a form's PDF or CSV
    if (path.isEmpty()) {
        session.send(chunkError(fetch.sha256(),
            makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_UNKNOWN_DOCUMENT,
                QStringLiteral("No document with this SHA-256 in the meeting"))));
        return;
    }
    const qint64 total = QFileInfo(path).size();
    if (fetch.offset() > quint64(total)) {
        session.send(chunkError(fetch.sha256(),
            makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_OFFSET_BEYOND_END,
                QStringLiteral("Offset %1 is beyond the end (%2 bytes)")
                    .arg(fetch.offset())
                    .arg(total))));
        return;
    }
    const qint64 offset = qint64(fetch.offset());
    const qint64 end = fetch.length() == 0
        ? total
        : qMin<qint64>(total, offset + qint64(qMin<quint64>(fetch.length(), quint64(total))));
    if (!session.enqueueTransfer(hash, path, offset, end, total))
        session.send(chunkError(fetch.sha256(),
            makeError(v1::ERROR_RATE_LIMITED, v1::DOCUMENT_REFUSAL_TOO_MANY_TRANSFERS,
                QStringLiteral("Too many transfers at once"))));
}

void Transfers::handleStrokePreview(Session &session, const v1::StrokePreview &preview)
{
    switch (m_gate.admit(session, v1::ClientMessage::kStrokePreview)) {
    case Gate::Verdict::Pass:
        break;
    case Gate::Verdict::RateLimited:
        return; // previews are best effort: a dropped one is replaced by the next, or the stroke
    case Gate::Verdict::Forbidden:
        session.sendError(makeError(v1::ERROR_FORBIDDEN, v1::ANNOTATION_REFUSAL_OBSERVER,
            QStringLiteral("Observers do not draw")));
        return;
    }
    const MeetingState &state = session.room()->meeting().state();
    if (const auto problem = checkStrokePreview(state, session.participantId(), preview)) {
        session.sendError(*problem);
        return;
    }
    v1::ServerMessage message;
    *message.mutable_stroke_preview() = preview;
    message.mutable_stroke_preview()->set_author(sstr(session.participantId()));
    const QByteArray frame = encode(message); // once, for every recipient
    const bool privateLayer = preview.layer() == v1::LAYER_PRIVATE;
    for (Session *other : m_sessions) {
        if (other == &session || other->room() != session.room()
            || other->state() != Session::State::Live)
            continue;
        if (privateLayer && other->participantId() != session.participantId())
            continue;
        other->send(frame);
    }
}

} // namespace quorum
