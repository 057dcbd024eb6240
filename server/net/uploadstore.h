#pragma once

#include "protocol.h"

#include <QCryptographicHash>
#include <QString>

#include <map>
#include <memory>

namespace quorum {

/**
 * PDF uploads under way (UploadChunk, docs/documents.md "Upload"): the bytes received so far
 * in a temporary file under the data folder, their running SHA-256, and the limits. One
 * upload is keyed by meeting, participant and the tablet's upload id, so another connection
 * of the same participant resumes it. No sockets and no Poppler: the handler
 * (uploadhandler.cpp) answers and ingests; this class only keeps bytes and says what fits.
 */
class UploadStore
{
public:
    struct Limits
    {
        /** The ingest's own limit (pdf::IngestLimits::maxBytes, 200 MiB): a bigger file would be
         *  refused after the whole transfer anyway. */
        qint64 maxBytes = 200 * 1024 * 1024;
        /** 256 KiB per chunk: the server reads a frame on its event loop, so a chunk must be
         *  small enough not to hold back other tablets' votes and page turns (DESIGN.md). */
        qint64 maxChunkBytes = 256 * 1024;
        /** A chair and a secretary add documents one or two at a time; more is a runaway tablet. */
        int maxPerParticipant = 2;
        /** An upload nobody continued for this long is dropped with its bytes (a tablet that
         *  went away for good); a tablet back later starts again from 0. */
        qint64 idleMs = 10 * 60 * 1000;
    };

    struct Upload
    {
        QString key;
        QString meetingId;
        QString participantId;
        QString uploadId;
        QString sha256; // declared, lowercase hex
        QString fileName; // declared
        qint64 total = 0;
        qint64 received = 0;
        qint64 lastActivityMs = 0;
        bool ingesting = false; // every byte is in; the ingest runs
        QString tempPath;
        std::unique_ptr<QCryptographicHash> hash; // of the bytes received so far
    };

    /** What a chunk did. With an error the upload is gone (file removed); nothing remains. */
    struct Outcome
    {
        v1::ErrorCode code = v1::ERROR_UNSPECIFIED;
        v1::UploadFailure failure = v1::UPLOAD_FAILURE_UNSPECIFIED;
        QString detail;
        Upload *upload = nullptr; // null after an error
        bool created = false; // this chunk started the upload
        bool complete = false; // this chunk brought the last byte: the upload is ingesting now
        bool ok() const { return code == v1::ERROR_UNSPECIFIED; }
    };

    UploadStore() = default;
    UploadStore(QString directory, Limits limits);
    ~UploadStore();

    /** Makes the folder and removes what an earlier run left in it (its uploads are forgotten). */
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    const Limits &limits() const { return m_limits; }

    static QString keyOf(
        const QString &meetingId, const QString &participantId, const QString &uploadId);
    Upload *find(const QString &key);

    /**
     * Checks and writes one chunk: starts the upload when unknown, skips bytes already held,
     * appends the rest. The last byte checks the declared SHA-256 and marks it ingesting.
     */
    Outcome accept(const QString &meetingId, const QString &participantId,
        const v1::UploadChunk &chunk, qint64 nowMs);

    /** The tablet gave it up: forgotten with its file, unless its ingest runs. */
    void abandon(const QString &key);
    /** Forgets an upload and removes its file (after its ingest, or an error). */
    void remove(const QString &key);
    /** Drops uploads idle for longer than the limit (not those being ingested). Returns how many.
     */
    int expire(qint64 nowMs);
    int count() const { return int(m_uploads.size()); }

private:
    Outcome fail(
        const QString &key, v1::ErrorCode code, v1::UploadFailure failure, const QString &detail);

    QString m_dir;
    Limits m_limits;
    bool m_open = false;
    std::map<QString, std::unique_ptr<Upload>> m_uploads;
};

} // namespace quorum
