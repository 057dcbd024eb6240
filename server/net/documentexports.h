#pragma once

#include "documentexport.h"
#include "protocol.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace quorum {

class BlobStore;
class Gate;
class Session;

/**
 * ExportDocument: one document with its annotations written in as PDF annotations, made by
 * Poppler on worker threads into an exports folder beside the blob store, and who may fetch
 * each file (documentexporthandler.cpp). Not a command: no event.
 */
class DocumentExports : public QObject
{
    Q_OBJECT
public:
    explicit DocumentExports(const Gate &gate, QObject *parent = nullptr);
    /** Waits for running exports; queued ones are dropped (a tablet asks again). */
    ~DocumentExports() override;

    /**
     * Where document bytes live; exported documents go to a sibling folder `exports`, emptied
     * here (who may fetch them is known to this run only) and kept below a size.
     */
    bool setBlobStore(BlobStore *blobs, QString *error);

    /** The handler of ExportDocument. */
    void handle(Session &session, const v1::ExportDocument &request);

    /** Whether `sha256` names a file exported in this meeting (FetchDocument). */
    bool holds(const QString &meetingId, const QString &sha256) const;
    /** Whether a participant may fetch it: one with private annotations is its requester's. */
    bool mayFetch(
        const QString &meetingId, const QString &sha256, const QString &participantId) const;
    /** The exported file with these bytes, or empty. */
    QString path(const QString &sha256) const;

private:
    void prune();

    const Gate &m_gate;
    BlobStore *m_blobs = nullptr;
    ExportedFiles m_exportedFiles;
    std::unique_ptr<BlobStore> m_exportFiles;
    QHash<QString, int> m_running; // meeting/participant -> exports running
    /** Poppler writes exported documents here; last, so that it waits for them first. */
    QThreadPool m_pool;
};

} // namespace quorum
