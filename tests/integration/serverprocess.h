#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

class QJsonObject;

/**
 * Writes a meeting file (the JSON of assets/demo/meeting.json) to `path`, for a test that starts
 * the server with start({ "--meeting", path }) instead of the demo. The path; empty when the
 * file could not be written.
 */
QString writeMeetingFile(const QString &path, const QJsonObject &meeting);

/**
 * The real quorum-server binary on a loopback port with a temporary data folder, for
 * integration tests: start, kill -9, restart on the same database.
 */
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    /** Starts the server with the demo meeting; waits until it listens. */
    bool start(const QStringList &extraArguments = {});
    /** SIGKILL: no chance to flush or close anything. */
    void kill();
    /** SIGTERM and wait. */
    void stop();

    quint16 port() const { return m_port; }
    /**
     * wss://127.0.0.1:PORT/?fp=FINGERPRINT, the server's certificate pinned as a join link
     * pins it (MeetingClient and RawClient take `fp` off the URL); ws://127.0.0.1:PORT when
     * the server was started with --insecure.
     */
    QUrl url() const;
    /** SHA-256 of the server's certificate (certfingerprint.h); empty for --insecure. */
    QString fingerprint() const { return m_fingerprint; }
    /** The data folder (--data): event log, blobs/, uploads/. */
    QString dataPath() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("quorum.sqlite")); }
    QString output() const { return m_output; }
    /**
     * The server's organiser secret, as it prints it on the start that makes one (the newest:
     * a start with --new-organiser-secret prints another); empty until printed.
     */
    QString organiserSecret() const;
    /** The server's process id (0 when not running): for tests that look at its children. */
    qint64 processId() const { return m_process.processId(); }
    /** The server's resident memory now, in KiB (VmRSS); 0 when not running. */
    qint64 residentKiB() const;
    /**
     * The heap the server holds now, in bytes, as it reports it on SIGUSR1 (heapreport.h:
     * mallinfo2 after malloc_trim, not the allocator's peak as RSS is); -1 when no report came.
     */
    qint64 heapInUseBytes();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
    QString m_fingerprint;
};
