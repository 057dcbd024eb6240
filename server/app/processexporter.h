#pragma once

#include "minutesexporter.h"

#include <QObject>
#include <QString>

namespace quorum {

class BlobStore;

/**
 * ExportMinutes the way the server can: `quorum-server export MEETING --data DIR --out FILE`
 * of its own binary as a child process on the live data (offscreen platform, QPdfWriter),
 * asynchronously (QProcess signals, no waiting). The archive and its minutes/bien-ban.vi.pdf
 * then go into the blob store by SHA-256. One child per call; a time limit kills a stuck one.
 */
class ProcessMinutesExporter : public QObject, public MinutesExporter
{
    Q_OBJECT
public:
    ProcessMinutesExporter(QString program, QString dataDir, BlobStore &blobs, QString fingerprint,
        QObject *parent = nullptr);

    void start(const QString &meetingId, Done done) override;

    /** Kill a child that takes longer; default 5 minutes. */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    QString m_program;
    QString m_dataDir;
    BlobStore &m_blobs;
    QString m_fingerprint;
    int m_timeoutMs = 5 * 60 * 1000;
};

} // namespace quorum
