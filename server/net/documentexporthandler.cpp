// ExportDocument: one document with its shared (and, on request, the requester's private)
// annotations written in as PDF annotations. Not a command: no event. The annotations are
// collected on the event loop (they are the room's state at that moment); Poppler writes the
// file on a worker thread, so a 300-page document never holds the room up; the result is kept
// by SHA-256 in the blob store and fetched with FetchDocument, tied to its owner when private.
#include "documentexports.h"

#include "annotationpages.h"
#include "blobstore.h"
#include "gate.h"
#include "room.h"
#include "session.h"

#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QTemporaryDir>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
v1::ServerMessage exported(quint64 requestId, const v1::Error &error)
{
    v1::ServerMessage message;
    v1::DocumentExported *e = message.mutable_document_exported();
    e->set_request_id(requestId);
    *e->mutable_error() = error;
    return message;
}

/** Exports running per participant (all their tablets), and in all: each holds a worker and
 *  a copy of a PDF. */
constexpr int MaxExportsPerParticipant = 2;
constexpr int MaxExportsRunning = 8;
/** The exports folder is kept below this: the oldest files go first (a tablet asks again). */
constexpr qint64 MaxExportBytes = qint64(2) * 1024 * 1024 * 1024;
} // namespace

DocumentExports::DocumentExports(const Gate &gate, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
{
    // Poppler renders big documents for seconds; two at a time leave a core for the room.
    m_pool.setMaxThreadCount(2);
}

DocumentExports::~DocumentExports()
{
    // Workers first, while what they report back to is still whole; what is only queued is
    // dropped (a tablet asks again).
    m_pool.clear();
    m_pool.waitForDone();
}

void DocumentExports::handle(Session &session, const v1::ExportDocument &request)
{
    const quint64 requestId = request.request_id();
    if (const auto error = m_gate.refusal(session, v1::ClientMessage::kExportDocument)) {
        session.send(exported(requestId, *error));
        return;
    }
    const MeetingState &state = session.room()->meeting().state();
    const v1::Document *document = state.documents.document(qstr(request.document_id()));
    if (!document) {
        session.send(exported(requestId,
            makeError(v1::ERROR_INVALID_ARGUMENT, v1::DOCUMENT_REFUSAL_UNKNOWN_DOCUMENT,
                QStringLiteral("No document '%1' in the meeting")
                    .arg(qstr(request.document_id())))));
        return;
    }
    const QString source = m_blobs ? m_blobs->path(qstr(document->sha256())) : QString();
    if (source.isEmpty()) {
        session.send(exported(requestId,
            makeError(v1::ERROR_INTERNAL, v1::DOCUMENT_REFUSAL_UNREADABLE,
                QStringLiteral("The server does not hold the document's bytes"))));
        return;
    }
    const QString runner = session.room()->id() + QLatin1Char('/') + session.participantId();
    int running = 0;
    for (int n : std::as_const(m_running))
        running += n;
    if (!m_exportFiles || m_running.value(runner) >= MaxExportsPerParticipant
        || running >= MaxExportsRunning) {
        session.send(exported(requestId,
            makeError(v1::ERROR_RATE_LIMITED, v1::DOCUMENT_REFUSAL_EXPORTS_BUSY,
                QStringLiteral("Too many exports are running; try again in a moment"))));
        return;
    }
    const QString owner = request.include_private() ? session.participantId() : QString();
    // The bodies from the log (the room keeps only their entries), read on the event loop:
    // what the room's state holds now, as the tablet saw it when it asked.
    std::vector<pdf::ExportAnnotation> annotations = annotationsToExport(state, *document,
        durableAnnotationBodies(*session.room(), annotationsToWrite(state, *document, owner)));
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
    const QString exportDir = m_exportFiles->directory();
    QPointer<Session> requester(&session);
    ++m_running[runner];
    qCInfo(lcServer) << session.describe() << "exports" << qstr(document->id()) << "with"
                     << annotations.size() << "annotations"
                     << (owner.isEmpty() ? "(shared)" : "(with private)");
    m_pool.start([this, requester, runner, meetingId, owner, source, exportDir, answer,
                     annotations = std::move(annotations)]() mutable {
        // Worker thread: Poppler and files only, nothing of the room (a store of its own on
        // the exports folder, as the ingest does).
        QString error;
        QString sha;
        qint64 size = 0;
        QTemporaryDir tmp(QDir(exportDir).filePath(QStringLiteral("export-XXXXXX")));
        const QString target = tmp.filePath(QStringLiteral("annotated.pdf"));
        if (tmp.isValid() && pdf::exportAnnotated(source, target, annotations, &error)) {
            size = QFileInfo(target).size();
            BlobStore exports(exportDir);
            sha = exports.addFile(target, QStringLiteral("pdf"), &error);
        } else if (error.isEmpty()) {
            error = QStringLiteral("cannot make a temporary folder in %1").arg(exportDir);
        }
        QMetaObject::invokeMethod(
            this,
            [this, requester, runner, meetingId, owner, answer, sha, size, error]() mutable {
                if (auto it = m_running.find(runner); it != m_running.end() && --*it <= 0)
                    m_running.erase(it);
                v1::DocumentExported *result = answer.mutable_document_exported();
                if (sha.isEmpty()) {
                    qCWarning(lcServer)
                        << "export of a document of" << meetingId << "failed:" << error;
                    result->clear_file_name();
                    result->clear_annotations();
                    *result->mutable_error()
                        = makeError(v1::ERROR_INTERNAL, v1::DOCUMENT_REFUSAL_EXPORT_FAILED, error);
                } else {
                    m_exportedFiles.add(meetingId, sha, owner);
                    prune();
                    result->set_sha256(sstr(sha));
                    result->set_size(quint64(size));
                }
                if (requester && requester->state() == Session::State::Live)
                    requester->send(answer);
            },
            Qt::QueuedConnection);
    });
}

bool DocumentExports::setBlobStore(BlobStore *blobs, QString *error)
{
    m_blobs = blobs;
    const QString dir = QFileInfo(blobs->directory()).dir().filePath(QStringLiteral("exports"));
    // Who may fetch an export lives in this run's memory: an earlier run's files (private
    // annotations among them) can only be dropped.
    QDir(dir).removeRecursively();
    m_exportFiles = std::make_unique<BlobStore>(dir);
    return m_exportFiles->open(error);
}

void DocumentExports::prune()
{
    QFileInfoList files
        = QDir(m_exportFiles->directory())
              .entryInfoList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Time | QDir::Reversed);
    qint64 total = 0;
    for (const QFileInfo &f : files)
        total += f.size();
    for (const QFileInfo &oldest : files) {
        if (total <= MaxExportBytes)
            break;
        total -= oldest.size();
        m_exportedFiles.forget(oldest.completeBaseName());
        QFile::remove(oldest.filePath());
    }
}

bool DocumentExports::holds(const QString &meetingId, const QString &sha256) const
{
    return m_exportFiles && m_exportedFiles.contains(meetingId, sha256);
}

bool DocumentExports::mayFetch(
    const QString &meetingId, const QString &sha256, const QString &participantId) const
{
    return m_exportedFiles.mayFetch(meetingId, sha256, participantId);
}

QString DocumentExports::path(const QString &sha256) const
{
    return m_exportFiles ? m_exportFiles->path(sha256) : QString();
}

} // namespace quorum
