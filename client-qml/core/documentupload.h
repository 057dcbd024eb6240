#pragma once

#include <QFile>
#include <QObject>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

namespace quorum::v1 {
class UploadProgress;
}
class MeetingClient;

/**
 * The chair's or the secretary's upload of one PDF to an agenda item
 * (`client.documents.upload` in QML; docs/documents.md "Upload"): hashes the file, sends it in
 * chunks of 256 KiB with a few in flight (the next one goes when the server acknowledges one),
 * resumes from the server's count after a lost connection, and when the server has ingested
 * it attaches it with AttachDocument: to a new document id, or to an existing one (a new
 * version of that document). One upload at a time; `progress`, `state` and the error say how
 * it goes.
 */
class DocumentUpload : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.documents.upload")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    /** 0..1: bytes the server acknowledged over the file's size. */
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY stateChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY stateChanged)
    /** The document this upload becomes (new) or replaces; empty before it started. */
    Q_PROPERTY(QString documentId READ documentId NOTIFY stateChanged)
    Q_PROPERTY(bool replacing READ replacing NOTIFY stateChanged)
    /** State Failed: why, for words on screen (Texts.uploadErrorText). */
    Q_PROPERTY(Failure failure READ failure NOTIFY stateChanged)
    /** State Failed: the server's code (MeetingClient::ErrorCode), 0 for local failures. */
    Q_PROPERTY(int errorCode READ errorCode NOTIFY stateChanged)
    /** State Failed: English detail for logs and support. */
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY stateChanged)
    /** State Failed: why the server refused attaching it (Refusal::Reason), None otherwise. */
    Q_PROPERTY(int errorReason READ errorReason NOTIFY stateChanged)

public:
    enum State {
        Idle, // nothing started (or dismissed)
        Uploading, // sending chunks (also while waiting for the connection to come back)
        Processing, // every byte is on the server; it checks and ingests the PDF
        Attaching, // ingested; AttachDocument sent, waiting for its acknowledgement
        Done, // the document is on the agenda item
        Failed,
    };
    Q_ENUM(State)

    /** Same numbers as quorum.v1.UploadFailure; local ones from 100. */
    enum Failure {
        NoFailure = 0,
        TooLarge = 1,
        NotPdf = 2,
        Truncated = 3,
        Encrypted = 4,
        Corrupt = 5,
        HashMismatch = 6,
        TooManyUploads = 7,
        BadChunk = 8,
        Unreadable = 100, // the file on the tablet cannot be read
    };
    Q_ENUM(Failure)

    /** 256 KiB: the server's chunk limit (UploadChunk in quorum.proto). */
    static constexpr qint64 ChunkBytes = 256 * 1024;
    /** Chunks sent ahead of the acknowledgements: keeps a Wi-Fi link busy without queueing
     *  more than 1 MiB in front of the tablet's own commands. */
    static constexpr int Window = 4;
    /** The server's document size limit (pdf::IngestLimits::maxBytes). */
    static constexpr qint64 MaxBytes = 200 * 1024 * 1024;

    explicit DocumentUpload(MeetingClient *client, QObject *parent = nullptr);

    /**
     * Starts an upload of a local PDF (a path or a file: URL) to an agenda item. An empty
     * documentId adds a new document; an existing one's id replaces it (a new version). An
     * empty title leaves the PDF's own title (else the file name). False when another upload
     * is under way, or (state Failed) when the file cannot be read.
     */
    Q_INVOKABLE bool upload(const QString &fileOrUrl, const QString &itemId,
        const QString &documentId = {}, const QString &title = {});
    /** Stops sending, tells the server to drop what it got, and returns to Idle. */
    Q_INVOKABLE void cancel();
    /** Done or Failed -> Idle, once the user has seen it. */
    Q_INVOKABLE void dismiss();

    State state() const { return m_state; }
    bool busy() const
    {
        return m_state == Uploading || m_state == Processing || m_state == Attaching;
    }
    double progress() const;
    QString fileName() const { return m_fileName; }
    QString itemId() const { return m_itemId; }
    QString documentId() const { return m_documentId; }
    bool replacing() const { return m_replacing; }
    Failure failure() const { return m_failure; }
    int errorCode() const { return m_errorCode; }
    QString errorDetail() const { return m_errorDetail; }
    int errorReason() const { return m_errorReason; }
    QString uploadId() const { return m_uploadId; }

signals:
    void stateChanged();
    void progressChanged();
    /** The document is attached (state Done). */
    void finished(const QString &documentId);
    void failed();

private:
    void onProgress(const quorum::v1::UploadProgress &progress);
    void ask();
    void abandon();
    void pump();
    void attach(const QString &sha256);
    void setState(State state);
    void fail(Failure failure, int code, const QString &detail, int reason = 0);

    MeetingClient *m_client;
    State m_state = Idle;
    QFile m_file;
    QString m_uploadId;
    QString m_sha256;
    QString m_fileName;
    QString m_itemId;
    QString m_documentId;
    QString m_title;
    bool m_replacing = false;
    qint64 m_total = 0;
    qint64 m_sent = 0; // next offset to send
    qint64 m_acked = 0; // bytes the server holds
    bool m_asking = false; // a question is out: its answer sets where to go on from
    QString m_attachCommand;
    Failure m_failure = NoFailure;
    int m_errorCode = 0;
    QString m_errorDetail;
    int m_errorReason = 0;
};
