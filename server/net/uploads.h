#pragma once

#include "clock.h"
#include "protocol.h"
#include "uploadstore.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace quorum {

class BlobStore;
class Gate;
class Rooms;
class Session;
class Sessions;

/**
 * UploadChunk: the PDFs a chair or a secretary sends in chunks (docs/documents.md, "Upload").
 * The bytes wait in an UploadStore; the last chunk starts the ingest on a worker thread; the
 * document admitted into the blob store is recorded as DocumentIngested back on the event loop
 * and answered after its commit (uploadhandler.cpp). Not a command.
 */
class Uploads : public QObject
{
    Q_OBJECT
public:
    Uploads(const Gate &gate, Rooms &rooms, const Sessions &sessions, const Clock &clock,
        const UploadStore::Limits &limits, QObject *parent = nullptr);
    /** Waits for a running ingest; a queued one is dropped (the tablet uploads again). */
    ~Uploads() override;

    /** Where ingested documents are kept; without one uploads are refused. */
    void setBlobStore(BlobStore *blobs) { m_blobs = blobs; }
    /**
     * Where uploads keep their bytes until ingested (e.g. `<data>/uploads`); what an earlier
     * run left there is removed. Without one uploads are refused.
     */
    bool setDirectory(const QString &directory, QString *error);

    /** The handler of UploadChunk. */
    void handle(Session &session, const v1::UploadChunk &chunk);

private:
    struct IngestOutcome;
    void startIngest(const UploadStore::Upload &upload);
    void finishIngest(const QString &key, const IngestOutcome &outcome);

    const Gate &m_gate;
    Rooms &m_rooms;
    const Sessions &m_sessions;
    const Clock &m_clock;
    const UploadStore::Limits &m_limits;
    BlobStore *m_blobs = nullptr;
    std::unique_ptr<UploadStore> m_uploads;
    QTimer m_expiry;
    /** One ingest at a time, off the event loop; its destructor waits for a running one. */
    QThreadPool m_ingestPool;
};

} // namespace quorum
