// UploadChunk: a chair or a secretary sends a PDF in chunks (docs/documents.md, "Upload").
// The gate is the one of every message (gate.h): authenticated, the rate limit (for a chunk that
// starts an upload; those that continue one are bounded by its declared size), then the role. The
// bytes go to UploadStore; the last one starts the Poppler ingest on a worker thread, and the
// DocumentIngested event is staged back on the event loop and answered after its commit.
#include "uploads.h"

#include "blobstore.h"
#include "documentintake.h"
#include "documents.h"
#include "gate.h"
#include "rooms.h"
#include "session.h"
#include "sessions.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace quorum {

namespace {
v1::ServerMessage progress(const QString &uploadId, qint64 received, qint64 total)
{
    v1::ServerMessage message;
    v1::UploadProgress *p = message.mutable_upload_progress();
    p->set_upload_id(sstr(uploadId));
    p->set_received(quint64(received));
    p->set_total_size(quint64(total));
    return message;
}

v1::ServerMessage failure(const std::string &uploadId, quint64 total, v1::ErrorCode code,
    v1::UploadFailure why, const QString &detail)
{
    v1::ServerMessage message;
    v1::UploadProgress *p = message.mutable_upload_progress();
    p->set_upload_id(uploadId);
    p->set_total_size(total);
    *p->mutable_error() = makeError(code, detail);
    p->set_failure(why);
    return message;
}

v1::ServerMessage done(const QString &uploadId, const v1::Document &document)
{
    v1::ServerMessage message
        = progress(uploadId, qint64(document.size()), qint64(document.size()));
    *message.mutable_upload_progress()->mutable_document() = document;
    return message;
}

v1::UploadFailure failureOf(pdf::IngestError error)
{
    switch (error) {
    case pdf::IngestError::TooLarge:
        return v1::UPLOAD_FAILURE_TOO_LARGE;
    case pdf::IngestError::NotPdf:
        return v1::UPLOAD_FAILURE_NOT_PDF;
    case pdf::IngestError::Truncated:
        return v1::UPLOAD_FAILURE_TRUNCATED;
    case pdf::IngestError::Encrypted:
        return v1::UPLOAD_FAILURE_ENCRYPTED;
    case pdf::IngestError::Corrupt:
        return v1::UPLOAD_FAILURE_CORRUPT;
    case pdf::IngestError::None:
    case pdf::IngestError::Unreadable:
        break;
    }
    return v1::UPLOAD_FAILURE_UNSPECIFIED;
}
} // namespace

/** What the ingest worker hands back to the event loop. */
struct Uploads::IngestOutcome
{
    std::optional<v1::Document> document;
    pdf::IngestError code = pdf::IngestError::None;
    QString error;
    qint64 elapsedMs = 0;
};

Uploads::Uploads(const Gate &gate, Rooms &rooms, const Sessions &sessions, const Clock &clock,
    const UploadStore::Limits &limits, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_rooms(rooms)
    , m_sessions(sessions)
    , m_clock(clock)
    , m_limits(limits)
{
    m_ingestPool.setMaxThreadCount(1);
}

Uploads::~Uploads()
{
    // The worker first, while what it reports back to is still whole.
    m_ingestPool.clear();
    m_ingestPool.waitForDone();
}

bool Uploads::setDirectory(const QString &directory, QString *error)
{
    m_uploads = std::make_unique<UploadStore>(directory, m_limits);
    if (!m_uploads->open(error)) {
        m_uploads.reset();
        return false;
    }
    // Checked a few times per idle limit: an upload is dropped at most a quarter late.
    m_expiry.setInterval(int(qBound(qint64(1000), m_limits.idleMs / 4, qint64(60000))));
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        if (const int dropped = m_uploads->expire(m_clock.nowMs()))
            qCInfo(lcServer) << "dropped" << dropped << "idle upload(s)";
    });
    m_expiry.start();
    return true;
}

void Uploads::handle(Session &session, const v1::UploadChunk &chunk)
{
    Room &room = *session.room();
    const QString uploadId = qstr(chunk.upload_id());
    const QString key = UploadStore::keyOf(room.id(), session.participantId(), uploadId);
    const bool continuing = m_uploads && m_uploads->find(key);
    if (chunk.abandon()) {
        if (continuing)
            m_uploads->abandon(key);
        return; // no answer: the tablet has moved on
    }
    // Starting an upload (or being refused one) costs like a command, and so does a question
    // (a chunk without bytes); the chunks that carry bytes are bounded by the declared size
    // instead, so a big file is not rate-limited.
    const Gate::Rate rate
        = !continuing || chunk.data().empty() ? Gate::Rate::Counted : Gate::Rate::Free;
    switch (m_gate.admit(session, v1::ClientMessage::kUploadChunk, rate)) {
    case Gate::Verdict::Pass:
        break;
    case Gate::Verdict::RateLimited:
        session.send(failure(chunk.upload_id(), chunk.total_size(), v1::ERROR_RATE_LIMITED,
            v1::UPLOAD_FAILURE_UNSPECIFIED, QStringLiteral("Too many requests")));
        return;
    case Gate::Verdict::Forbidden:
        session.send(failure(chunk.upload_id(), chunk.total_size(), v1::ERROR_FORBIDDEN,
            v1::UPLOAD_FAILURE_UNSPECIFIED,
            QStringLiteral("Only the chair and the secretary add documents")));
        return;
    }
    if (!m_uploads || !m_blobs) {
        session.send(failure(chunk.upload_id(), chunk.total_size(), v1::ERROR_INTERNAL,
            v1::UPLOAD_FAILURE_UNSPECIFIED, QStringLiteral("This server takes no uploads")));
        return;
    }
    if (!continuing) {
        // Bytes the meeting holds already (the same file again, or an upload whose answer was
        // lost with the connection): nothing needs to travel.
        const auto known
            = room.meeting().state().documents.ingested.constFind(qstr(chunk.sha256()));
        if (known != room.meeting().state().documents.ingested.cend()) {
            // The bytes may have been staged this very turn: answer once they are durable.
            QPointer<Session> guard(&session);
            m_rooms.afterCommit(
                [guard, uploadId, document = *known, total = chunk.total_size()](bool durable) {
                    if (!guard || guard->state() != Session::State::Live)
                        return;
                    guard->send(durable ? done(uploadId, document)
                                        : failure(sstr(uploadId), total, v1::ERROR_INTERNAL,
                                            v1::UPLOAD_FAILURE_UNSPECIFIED,
                                            QStringLiteral("Not recorded; upload again")));
                });
            return;
        }
    }
    const UploadStore::Outcome out
        = m_uploads->accept(room.id(), session.participantId(), chunk, m_clock.nowMs());
    if (!out.ok()) {
        qCInfo(lcServer) << session.describe() << "upload" << uploadId << "refused:" << out.detail;
        session.send(
            failure(chunk.upload_id(), chunk.total_size(), out.code, out.failure, out.detail));
        return;
    }
    if (out.created)
        qCInfo(lcServer) << session.describe() << "uploads" << out.upload->fileName
                         << out.upload->total << "bytes";
    session.send(progress(uploadId, out.upload->received, out.upload->total));
    if (out.complete)
        startIngest(*out.upload);
}

void Uploads::startIngest(const UploadStore::Upload &upload)
{
    // Poppler reads every page and renders thumbnails: seconds for a big file (measured in
    // docs/documents.md), too long for the event loop that carries everyone's votes. One
    // worker thread (m_ingestPool), so that the other core stays with the room.
    const QString key = upload.key;
    auto *watcher = new QFutureWatcher<IngestOutcome>(this);
    connect(watcher, &QFutureWatcher<IngestOutcome>::finished, this, [this, watcher, key] {
        finishIngest(key, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_ingestPool,
        [dir = m_blobs->directory(), path = upload.tempPath, maxBytes = m_limits.maxBytes] {
            IngestOutcome outcome;
            QElapsedTimer timer;
            timer.start();
            pdf::IngestLimits limits;
            limits.maxBytes = maxBytes;
            BlobStore blobs(dir); // a copy: the store is a folder, and this one outlives nothing
            outcome.document = ingestDocument(blobs, path, &outcome.code, &outcome.error, limits);
            outcome.elapsedMs = timer.elapsed();
            return outcome;
        }));
}

void Uploads::finishIngest(const QString &key, const IngestOutcome &outcome)
{
    UploadStore::Upload *upload = m_uploads->find(key);
    if (!upload)
        return;
    const QString meetingId = upload->meetingId;
    const QString participantId = upload->participantId;
    const QString uploadId = upload->uploadId;
    const QString fileName = upload->fileName;
    const qint64 total = upload->total;
    // Ingest speaks of the file it read: the tablet knows it by its own name.
    QString detail = outcome.error;
    detail.replace(QFileInfo(upload->tempPath).fileName(), fileName);
    m_uploads->remove(key); // the temporary file: the blob store holds a copy, or nothing
    Room *room = m_rooms.room(meetingId);
    if (!room)
        return;
    auto tell = [this, room, participantId](const v1::ServerMessage &message) {
        // Every connection of the uploader: the one that sent the last chunk may have gone.
        const QByteArray frame = encode(message);
        for (Session *session : m_sessions) {
            if (session->room() == room && session->participantId() == participantId
                && session->state() == Session::State::Live)
                session->send(frame);
        }
    };
    if (!outcome.document) {
        const v1::UploadFailure why = failureOf(outcome.code);
        qCInfo(lcServer) << participantId << "upload" << uploadId << "not ingested:" << detail;
        tell(failure(sstr(uploadId), quint64(total),
            why == v1::UPLOAD_FAILURE_UNSPECIFIED ? v1::ERROR_INTERNAL : v1::ERROR_INVALID_ARGUMENT,
            why, detail));
        return;
    }
    qCInfo(lcServer) << participantId << "upload" << uploadId << "ingested in" << outcome.elapsedMs
                     << "ms:" << outcome.document->pages_size() << "pages";
    v1::Document document = *outcome.document;
    document.set_file_name(sstr(fileName.isEmpty() ? QStringLiteral("upload.pdf") : fileName));
    const Decision decision = decideDocumentIngested(room->meeting().state(), document);
    if (!decision.ok()) {
        tell(failure(sstr(uploadId), quint64(total), decision.error().code(),
            v1::UPLOAD_FAILURE_CORRUPT, qstr(decision.error().detail())));
        return;
    }
    if (decision.events().empty()) { // another upload of the same bytes got there first
        const v1::Document known
            = room->meeting().state().documents.ingested.value(qstr(document.sha256()));
        m_rooms.afterCommit([tell, uploadId, known, total](
                                bool durable) { // it may be staged, not durable
            if (durable)
                tell(done(uploadId, known));
            else
                tell(failure(sstr(uploadId), quint64(total), v1::ERROR_INTERNAL,
                    v1::UPLOAD_FAILURE_UNSPECIFIED, QStringLiteral("Not recorded; upload again")));
        });
        return;
    }
    room->stage(decision.events(), participantId);
    const v1::Document recorded = decision.events().front().document_ingested().document();
    m_rooms.afterCommit([tell, uploadId, recorded, total](bool durable) {
        if (durable)
            tell(done(uploadId, recorded));
        else
            tell(failure(sstr(uploadId), quint64(total), v1::ERROR_INTERNAL,
                v1::UPLOAD_FAILURE_UNSPECIFIED, QStringLiteral("Not recorded; upload again")));
    });
}

} // namespace quorum
