#include "uploadstore.h"

#include "blobstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace quorum {

UploadStore::UploadStore(QString directory, Limits limits)
    : m_dir(std::move(directory))
    , m_limits(limits)
{ }

UploadStore::~UploadStore()
{
    // Nothing of an upload outlives the server: a restart forgets them (open() cleans up too).
    for (const auto &[key, upload] : m_uploads)
        QFile::remove(upload->tempPath);
}

bool UploadStore::open(QString *error)
{
    if (m_dir.isEmpty() || !QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the upload folder %1").arg(m_dir);
        return false;
    }
    // The uploads of an earlier run lived in its memory; their bytes can only be dropped.
    QDir dir(m_dir);
    for (const QString &name : dir.entryList({ QStringLiteral("*.part") }, QDir::Files))
        dir.remove(name);
    m_open = true;
    return true;
}

QString UploadStore::keyOf(
    const QString &meetingId, const QString &participantId, const QString &uploadId)
{
    return meetingId + QLatin1Char('\n') + participantId + QLatin1Char('\n') + uploadId;
}

UploadStore::Upload *UploadStore::find(const QString &key)
{
    const auto it = m_uploads.find(key);
    return it == m_uploads.end() ? nullptr : it->second.get();
}

UploadStore::Outcome UploadStore::fail(
    const QString &key, v1::ErrorCode code, v1::UploadFailure failure, const QString &detail)
{
    // An upload whose bytes a worker is ingesting is ended by that ingest only: a stray chunk
    // must neither delete the file under the worker nor free its place for another one.
    if (const Upload *upload = find(key); !upload || !upload->ingesting)
        remove(key);
    Outcome out;
    out.code = code;
    out.failure = failure;
    out.detail = detail;
    return out;
}

UploadStore::Outcome UploadStore::accept(const QString &meetingId, const QString &participantId,
    const v1::UploadChunk &chunk, qint64 nowMs)
{
    const QString uploadId = qstr(chunk.upload_id());
    const QString key = keyOf(meetingId, participantId, uploadId);
    const qint64 size = qint64(chunk.data().size());
    if (!m_open)
        return fail(key, v1::ERROR_INTERNAL, v1::UPLOAD_FAILURE_UNSPECIFIED,
            QStringLiteral("This server takes no uploads (no upload folder)"));
    if (uploadId.isEmpty() || chunk.upload_id().size() > 64)
        return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_BAD_CHUNK,
            QStringLiteral("upload_id must be 1 to 64 bytes"));
    if (Upload *running = find(key); running && running->ingesting) {
        Outcome out; // whatever it says: the answer is `received`, the ingest's end follows
        running->lastActivityMs = nowMs;
        out.upload = running;
        return out;
    }
    if (size > m_limits.maxChunkBytes)
        return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_BAD_CHUNK,
            QStringLiteral("A chunk holds at most %1 bytes, not %2")
                .arg(m_limits.maxChunkBytes)
                .arg(size));

    Outcome out;
    Upload *upload = find(key);
    if (!upload) {
        const QString sha = qstr(chunk.sha256());
        if (!isSha256Hex(sha))
            return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_BAD_CHUNK,
                QStringLiteral("sha256 must be 64 lowercase hex digits"));
        if (chunk.total_size() == 0)
            return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_NOT_PDF,
                QStringLiteral("An empty file is no PDF"));
        if (chunk.total_size() > quint64(m_limits.maxBytes))
            return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_TOO_LARGE,
                QStringLiteral("%1 bytes is over the limit of %2")
                    .arg(chunk.total_size())
                    .arg(m_limits.maxBytes));
        int mine = 0;
        for (const auto &[k, u] : m_uploads)
            mine += u->meetingId == meetingId && u->participantId == participantId;
        if (mine >= m_limits.maxPerParticipant)
            return fail(key, v1::ERROR_RATE_LIMITED, v1::UPLOAD_FAILURE_TOO_MANY,
                QStringLiteral("At most %1 uploads at once").arg(m_limits.maxPerParticipant));
        auto made = std::make_unique<Upload>();
        made->key = key;
        made->meetingId = meetingId;
        made->participantId = participantId;
        made->uploadId = uploadId;
        made->sha256 = sha;
        made->fileName = qstr(chunk.file_name()).left(255);
        made->total = qint64(chunk.total_size());
        made->hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
        // A random name: the tablet's words never become a path.
        made->tempPath
            = QDir(m_dir).filePath(QString::number(QRandomGenerator::system()->generate64(), 16)
                + QStringLiteral(".part"));
        QFile file(made->tempPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(key, v1::ERROR_INTERNAL, v1::UPLOAD_FAILURE_UNSPECIFIED,
                QStringLiteral("cannot create an upload file"));
        upload = made.get();
        m_uploads[key] = std::move(made);
        out.created = true;
    } else if (qstr(chunk.sha256()) != upload->sha256
        || qint64(chunk.total_size()) != upload->total) {
        return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_BAD_CHUNK,
            QStringLiteral("sha256 and total_size must stay those the upload started with"));
    }
    upload->lastActivityMs = nowMs;
    out.upload = upload;
    if (upload->ingesting || size == 0)
        return out; // a question (or a resend while the ingest runs): the answer is `received`

    if (chunk.offset() > quint64(upload->received)) // unsigned: no offset can overflow below
        return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_BAD_CHUNK,
            QStringLiteral("A gap: offset %1, but the server holds %2 bytes")
                .arg(chunk.offset())
                .arg(upload->received));
    const qint64 offset = qint64(chunk.offset());
    if (offset > upload->received)
        return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_BAD_CHUNK,
            QStringLiteral("A gap: offset %1, but the server holds %2 bytes")
                .arg(offset)
                .arg(upload->received));
    if (offset + size > upload->total)
        return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_BAD_CHUNK,
            QStringLiteral("The chunk ends past total_size (%1)").arg(upload->total));
    // A resend of bytes already held (an old connection's last chunks, after the new one
    // asked): only what is new counts.
    const qint64 skip = upload->received - offset;
    if (skip >= size)
        return out;
    const char *fresh = chunk.data().data() + skip;
    const qint64 freshSize = size - skip;
    QFile file(upload->tempPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.size() != upload->received
        || file.write(fresh, freshSize) != freshSize) {
        return fail(key, v1::ERROR_INTERNAL, v1::UPLOAD_FAILURE_UNSPECIFIED,
            QStringLiteral("cannot write the upload file"));
    }
    file.close();
    upload->hash->addData(QByteArrayView(fresh, freshSize));
    upload->received += freshSize;
    if (upload->received < upload->total)
        return out;

    // The whole file: its SHA-256 is known without reading it again.
    const QString actual = QString::fromLatin1(upload->hash->result().toHex());
    if (actual != upload->sha256)
        return fail(key, v1::ERROR_INVALID_ARGUMENT, v1::UPLOAD_FAILURE_HASH_MISMATCH,
            QStringLiteral("The bytes have SHA-256 %1, not the declared %2")
                .arg(actual, upload->sha256));
    upload->ingesting = true;
    out.complete = true;
    return out;
}

void UploadStore::remove(const QString &key)
{
    const auto it = m_uploads.find(key);
    if (it == m_uploads.end())
        return;
    QFile::remove(it->second->tempPath);
    m_uploads.erase(it);
}

void UploadStore::abandon(const QString &key)
{
    // The worker reads the file while it ingests: the ingest's end removes it.
    if (const Upload *upload = find(key); upload && !upload->ingesting)
        remove(key);
}

int UploadStore::expire(qint64 nowMs)
{
    QStringList idle;
    for (const auto &[key, upload] : m_uploads) {
        if (!upload->ingesting && nowMs - upload->lastActivityMs > m_limits.idleMs)
            idle << key;
    }
    for (const QString &key : idle)
        remove(key);
    return int(idle.size());
}

} // namespace quorum
