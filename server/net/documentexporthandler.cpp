// ExportDocument: one document with its shared (and, on request, the requester's private)
// annotations written in as PDF annotations. Not a command: no event. The annotations are
// collected on the event loop (they are the room's state at that moment); Poppler writes the
// file on a worker thread, so a 300-page document never holds the room up; the result is kept
// by SHA-256 in the blob store and fetched with FetchDocument, tied to its owner when private.
#include "blobstore.h"
#include "documentexport.h"
#include "roomserver.h"

#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QTemporaryDir>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
v1::ServerMessage exported(quint64 requestId, v1::ErrorCode code, const QString &detail)
{
    v1::ServerMessage message;
    v1::DocumentExported *e = message.mutable_document_exported();
    e->set_request_id(requestId);
    *e->mutable_error() = makeError(code, detail);
    return message;
}

/** Exports running for one connection at most: each holds a worker and a copy of a PDF. */
constexpr int MaxExportsPerSession = 2;
} // namespace

void RoomServer::handleExportDocument(Session &session, const v1::ExportDocument &request)
{
    const quint64 requestId = request.request_id();
    if (!admitLiveMessage(session)) {
        if (session.isAuthenticated())
            session.send(
                exported(requestId, v1::ERROR_RATE_LIMITED, QStringLiteral("Too many requests")));
        return;
    }
    const MeetingState &state = session.room()->meeting().state();
    const v1::Document *document = state.documents.document(qstr(request.document_id()));
    if (!document) {
        session.send(exported(requestId, v1::ERROR_INVALID_ARGUMENT,
            QStringLiteral("No document '%1' in the meeting").arg(qstr(request.document_id()))));
        return;
    }
    const QString source = m_blobs ? m_blobs->path(qstr(document->sha256())) : QString();
    if (source.isEmpty()) {
        session.send(exported(requestId, v1::ERROR_INTERNAL,
            QStringLiteral("The server does not hold the document's bytes")));
        return;
    }
    if (m_documentExportsRunning.value(&session) >= MaxExportsPerSession) {
        session.send(exported(requestId, v1::ERROR_RATE_LIMITED,
            QStringLiteral("%1 exports are already running for this tablet")
                .arg(MaxExportsPerSession)));
        return;
    }
    const QString owner = request.include_private() ? session.participantId() : QString();
    std::vector<pdf::ExportAnnotation> annotations = annotationsToExport(state, *document, owner);
    v1::ServerMessage answer;
    v1::DocumentExported *result = answer.mutable_document_exported();
    result->set_request_id(requestId);
    result->set_file_name(sstr(exportedFileName(*document)));
    result->set_annotations(quint32(annotations.size()));
    if (annotations.empty()) {
        // Nothing to write in: the document's own bytes, which everyone may fetch already.
        result->set_sha256(document->sha256());
        result->set_size(document->size());
        session.send(answer);
        return;
    }

    const QString meetingId = session.room()->id();
    const QString blobDir = m_blobs->directory();
    BlobStore *blobs = m_blobs;
    QPointer<Session> requester(&session);
    ++m_documentExportsRunning[&session];
    qCInfo(lcServer) << session.describe() << "exports" << qstr(document->id()) << "with"
                     << annotations.size() << "annotations"
                     << (owner.isEmpty() ? "(shared)" : "(with private)");
    m_exportPool.start([this, requester, meetingId, owner, source, blobDir, blobs, answer,
                           annotations = std::move(annotations)]() mutable {
        // Worker thread: Poppler and files only, nothing of the room.
        QString error;
        QString sha;
        qint64 size = 0;
        QTemporaryDir tmp(QDir(blobDir).filePath(QStringLiteral("export-XXXXXX")));
        const QString target = tmp.filePath(QStringLiteral("annotated.pdf"));
        if (tmp.isValid() && pdf::exportAnnotated(source, target, annotations, &error)) {
            size = QFileInfo(target).size();
            sha = blobs->addFile(target, QStringLiteral("pdf"), &error);
        } else if (error.isEmpty()) {
            error = QStringLiteral("cannot make a temporary folder in %1").arg(blobDir);
        }
        QMetaObject::invokeMethod(
            this,
            [this, requester, meetingId, owner, answer, sha, size, error]() mutable {
                if (requester)
                    --m_documentExportsRunning[requester.data()];
                v1::DocumentExported *result = answer.mutable_document_exported();
                if (sha.isEmpty()) {
                    qCWarning(lcServer)
                        << "export of a document of" << meetingId << "failed:" << error;
                    result->clear_file_name();
                    result->clear_annotations();
                    *result->mutable_error() = makeError(v1::ERROR_INTERNAL, error);
                } else {
                    m_exportedFiles.add(meetingId, sha, owner);
                    result->set_sha256(sstr(sha));
                    result->set_size(quint64(size));
                }
                if (requester && requester->state() == Session::State::Live)
                    requester->send(answer);
            },
            Qt::QueuedConnection);
    });
}

} // namespace quorum
